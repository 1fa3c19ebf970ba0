import { describe, expect, it } from '@jest/globals';
import { ciProviderId } from '../../../../src/report/source/env-ci.js';
import { readSourceFacts } from '../../../../src/report/source/read.js';
import type { GitCommand } from '../../../../src/report/source/working-tree.js';
import type { ImageFacts } from '../../../../src/report/image-facts.js';
import { buildReport } from '../../../../src/report/payload.js';
import { validateReport } from '../../../../src/report/schema.js';

const SHA = '5d41402abc4b2a76b9719d911017c592ae1b6f2e';
const GIT_SHA = 'c0ffee0000000000000000000000000000000001';

/** A working tree that answers from a table (unknown commands: as if git failed). */
function fakeGit(answers: Record<string, string> = {}): { git: GitCommand; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    git: async (args) => {
      asked.push(args.join(' '));
      return answers[args.join(' ')];
    },
  };
}

const image: ImageFacts = {
  reference: 'registry.example.com/acme/shop:1.4.0',
  registry: { domain: 'registry.example.com', integration: 'prod', kind: 'other' },
  repository: 'acme/shop',
  tags: ['1.4.0'],
  digest: `sha256:${'a'.repeat(64)}`,
  media_type: 'application/vnd.oci.image.manifest.v1+json',
  image_id: `sha256:${'b'.repeat(64)}`,
  platforms: [],
  size: 0,
  created: null,
  labels: {},
  base: null,
};

interface Expected {
  provider: string;
  branch: string | null;
  tag?: string | null;
  /** Default: the tag's or branch's ref; on pull requests, null (no CI but GitLab names one). */
  ref?: string | null;
  sha: string;
  pr: { number: number; title: string | null; url: string | null } | null;
  run_id: string | null;
  run_url: string | null;
  job: string | null;
  repository: string | null;
  repository_url: string | null;
}

/**
 * One row per CI, its variables as its documentation lists them:
 * Jenkins https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables
 * (multibranch CHANGE_*) and the Git plugin's GIT_*; CircleCI
 * https://circleci.com/docs/variables/#built-in-environment-variables; Buildkite
 * https://buildkite.com/docs/pipelines/environment-variables; Bitbucket
 * https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/; Azure Pipelines
 * https://learn.microsoft.com/azure/devops/pipelines/build/variables; Drone
 * https://docs.drone.io/pipeline/environment/reference/; GitLab
 * https://docs.gitlab.com/ee/ci/variables/predefined_variables.html.
 */
const rows: { ci: string; env: NodeJS.ProcessEnv; expected: Expected }[] = [
  {
    ci: 'Jenkins multibranch pull request',
    env: {
      JENKINS_URL: 'https://jenkins.example.com/',
      BUILD_NUMBER: '42',
      BUILD_URL: 'https://jenkins.example.com/job/shop/job/PR-7/42/',
      JOB_NAME: 'shop/PR-7',
      BRANCH_NAME: 'PR-7',
      CHANGE_ID: '7',
      CHANGE_BRANCH: 'feature/x',
      CHANGE_TARGET: 'main',
      CHANGE_TITLE: 'Add x',
      CHANGE_URL: 'https://github.com/acme/shop/pull/7',
      CHANGE_AUTHOR: 'ada',
      GIT_COMMIT: SHA,
      GIT_URL: 'https://github.com/acme/shop.git',
      WORKSPACE: '/var/jenkins/workspace/shop_PR-7',
    },
    expected: {
      provider: 'jenkins',
      branch: 'feature/x',
      sha: SHA,
      pr: { number: 7, title: 'Add x', url: 'https://github.com/acme/shop/pull/7' },
      run_id: '42',
      run_url: 'https://jenkins.example.com/job/shop/job/PR-7/42/',
      job: 'shop/PR-7',
      repository: 'acme/shop',
      repository_url: 'https://github.com/acme/shop',
    },
  },
  {
    ci: 'Jenkins freestyle job, Git plugin (GIT_BRANCH names the remote branch)',
    env: {
      JENKINS_URL: 'https://jenkins.example.com/',
      BUILD_NUMBER: '9',
      BUILD_URL: 'https://jenkins.example.com/job/shop/9/',
      JOB_NAME: 'shop',
      GIT_BRANCH: 'origin/main',
      GIT_COMMIT: SHA,
      GIT_URL: 'git@gitlab.example.com:acme/shop.git',
    },
    expected: {
      provider: 'jenkins',
      branch: 'main',
      sha: SHA,
      pr: null,
      run_id: '9',
      run_url: 'https://jenkins.example.com/job/shop/9/',
      job: 'shop',
      repository: 'acme/shop',
      repository_url: 'https://gitlab.example.com/acme/shop',
    },
  },
  {
    ci: 'CircleCI pull request',
    env: {
      CI: 'true',
      CIRCLECI: 'true',
      CIRCLE_BRANCH: 'feature/x',
      CIRCLE_SHA1: SHA,
      CIRCLE_BUILD_NUM: '101',
      CIRCLE_BUILD_URL: 'https://circleci.com/gh/acme/shop/101',
      CIRCLE_JOB: 'build-image',
      CIRCLE_NODE_INDEX: '0',
      CIRCLE_PULL_REQUEST: 'https://github.com/acme/shop/pull/7',
      CIRCLE_PROJECT_USERNAME: 'acme',
      CIRCLE_PROJECT_REPONAME: 'shop',
      CIRCLE_REPOSITORY_URL: 'git@github.com:acme/shop.git',
      CIRCLE_USERNAME: 'ada',
    },
    expected: {
      provider: 'circleci',
      branch: 'feature/x',
      sha: SHA,
      pr: { number: 7, title: null, url: 'https://github.com/acme/shop/pull/7' },
      run_id: '101',
      run_url: 'https://circleci.com/gh/acme/shop/101',
      job: 'build-image',
      repository: 'acme/shop',
      repository_url: 'https://github.com/acme/shop',
    },
  },
  {
    ci: 'Buildkite pull request',
    env: {
      CI: 'true',
      BUILDKITE: 'true',
      BUILDKITE_BRANCH: 'feature/x',
      BUILDKITE_COMMIT: SHA,
      BUILDKITE_BUILD_NUMBER: '17',
      BUILDKITE_BUILD_ID: '0190a1b2-c3d4-4e5f-8a9b-0c1d2e3f4a5b',
      BUILDKITE_BUILD_URL: 'https://buildkite.com/acme/shop/builds/17',
      BUILDKITE_PULL_REQUEST: '7',
      BUILDKITE_PULL_REQUEST_BASE_BRANCH: 'main',
      BUILDKITE_REPO: 'git@github.com:acme/shop.git',
      BUILDKITE_LABEL: ':docker: Build image',
      BUILDKITE_JOB_ID: '0190a1b2-0000-4e5f-8a9b-0c1d2e3f4a5b',
      BUILDKITE_PIPELINE_SLUG: 'shop',
      BUILDKITE_BUILD_CREATOR: 'Ada Lovelace',
      BUILDKITE_SOURCE: 'webhook',
    },
    expected: {
      provider: 'buildkite',
      branch: 'feature/x',
      sha: SHA,
      pr: { number: 7, title: null, url: null },
      run_id: '0190a1b2-c3d4-4e5f-8a9b-0c1d2e3f4a5b',
      run_url: 'https://buildkite.com/acme/shop/builds/17',
      job: ':docker: Build image',
      repository: 'acme/shop',
      repository_url: 'https://github.com/acme/shop',
    },
  },
  {
    ci: 'Bitbucket Pipelines pull request',
    env: {
      CI: 'true',
      BITBUCKET_BUILD_NUMBER: '12',
      BITBUCKET_COMMIT: SHA,
      BITBUCKET_BRANCH: 'feature/x',
      BITBUCKET_PR_ID: '7',
      BITBUCKET_PR_DESTINATION_BRANCH: 'main',
      BITBUCKET_REPO_FULL_NAME: 'acme/shop',
      BITBUCKET_GIT_HTTP_ORIGIN: 'http://bitbucket.org/acme/shop',
      BITBUCKET_STEP_UUID: '{8f2b0a4e-5d1c-4c7e-9a3b-2e6f1d0c9b8a}',
      BITBUCKET_CLONE_DIR: '/opt/atlassian/pipelines/agent/build',
    },
    expected: {
      provider: 'bitbucket-pipelines',
      branch: 'feature/x',
      sha: SHA,
      pr: { number: 7, title: null, url: 'https://bitbucket.org/acme/shop/pull-requests/7' },
      run_id: '12',
      run_url: 'https://bitbucket.org/acme/shop/addon/pipelines/home#!/results/12',
      job: '{8f2b0a4e-5d1c-4c7e-9a3b-2e6f1d0c9b8a}',
      repository: 'acme/shop',
      repository_url: 'http://bitbucket.org/acme/shop',
    },
  },
  {
    ci: 'Azure Pipelines pull request from a GitHub repository',
    env: {
      TF_BUILD: 'True',
      BUILD_BUILDURI: 'vstfs:///Build/Build/1234',
      BUILD_BUILDID: '1234',
      BUILD_BUILDNUMBER: '20240501.3',
      BUILD_SOURCEVERSION: SHA,
      BUILD_SOURCEBRANCH: 'refs/pull/7/merge',
      BUILD_DEFINITIONNAME: 'shop-ci',
      BUILD_REQUESTEDFOR: 'Ada Lovelace',
      BUILD_REASON: 'PullRequest',
      BUILD_REPOSITORY_URI: 'https://github.com/acme/shop',
      BUILD_REPOSITORY_PROVIDER: 'GitHub',
      SYSTEM_COLLECTIONURI: 'https://dev.azure.com/acme/',
      SYSTEM_TEAMPROJECT: 'Shop Team',
      SYSTEM_JOBDISPLAYNAME: 'Build image',
      SYSTEM_PULLREQUEST_PULLREQUESTID: '1876543210',
      SYSTEM_PULLREQUEST_PULLREQUESTNUMBER: '7',
      SYSTEM_PULLREQUEST_SOURCEBRANCH: 'feature/x',
      SYSTEM_PULLREQUEST_TARGETBRANCH: 'main',
    },
    expected: {
      provider: 'azure-pipelines',
      branch: 'feature/x',
      sha: SHA,
      pr: { number: 7, title: null, url: null },
      run_id: '1234',
      run_url: 'https://dev.azure.com/acme/Shop%20Team/_build/results?buildId=1234',
      job: 'Build image',
      repository: 'acme/shop',
      repository_url: 'https://github.com/acme/shop',
    },
  },
  {
    ci: 'Azure Pipelines push to an Azure Repos repository',
    env: {
      TF_BUILD: 'True',
      BUILD_BUILDURI: 'vstfs:///Build/Build/1235',
      BUILD_BUILDID: '1235',
      BUILD_BUILDNUMBER: '20240501.4',
      BUILD_SOURCEVERSION: SHA,
      BUILD_SOURCEBRANCH: 'refs/heads/main',
      BUILD_REPOSITORY_URI: 'https://dev.azure.com/acme/Shop/_git/shop',
      BUILD_REPOSITORY_PROVIDER: 'TfsGit',
      SYSTEM_COLLECTIONURI: 'https://dev.azure.com/acme/',
      SYSTEM_TEAMPROJECT: 'Shop',
      AGENT_JOBNAME: 'Job',
    },
    expected: {
      provider: 'azure-pipelines',
      branch: 'main',
      sha: SHA,
      pr: null,
      run_id: '1235',
      run_url: 'https://dev.azure.com/acme/Shop/_build/results?buildId=1235',
      job: 'Job',
      repository: 'acme/Shop/_git/shop',
      repository_url: 'https://dev.azure.com/acme/Shop/_git/shop',
    },
  },
  {
    ci: 'Azure Pipelines tag push',
    env: {
      TF_BUILD: 'True',
      BUILD_BUILDURI: 'vstfs:///Build/Build/1236',
      BUILD_BUILDID: '1236',
      BUILD_BUILDNUMBER: '20240501.5',
      BUILD_SOURCEVERSION: SHA,
      BUILD_SOURCEBRANCH: 'refs/tags/v1.4.0',
      BUILD_REPOSITORY_URI: 'https://github.com/acme/shop',
      SYSTEM_COLLECTIONURI: 'https://dev.azure.com/acme/',
      SYSTEM_TEAMPROJECT: 'Shop',
      SYSTEM_JOBDISPLAYNAME: 'Release',
    },
    expected: {
      provider: 'azure-pipelines',
      branch: null,
      tag: 'v1.4.0',
      sha: SHA,
      pr: null,
      run_id: '1236',
      run_url: 'https://dev.azure.com/acme/Shop/_build/results?buildId=1236',
      job: 'Release',
      repository: 'acme/shop',
      repository_url: 'https://github.com/acme/shop',
    },
  },
  {
    ci: 'Jenkins multibranch tag build (BRANCH_NAME is the tag)',
    env: {
      JENKINS_URL: 'https://jenkins.example.com/',
      BUILD_NUMBER: '3',
      BUILD_URL: 'https://jenkins.example.com/job/shop/job/v1.4.0/3/',
      JOB_NAME: 'shop/v1.4.0',
      BRANCH_NAME: 'v1.4.0',
      TAG_NAME: 'v1.4.0',
      GIT_COMMIT: SHA,
      GIT_URL: 'https://github.com/acme/shop.git',
    },
    expected: {
      provider: 'jenkins',
      branch: null,
      tag: 'v1.4.0',
      sha: SHA,
      pr: null,
      run_id: '3',
      run_url: 'https://jenkins.example.com/job/shop/job/v1.4.0/3/',
      job: 'shop/v1.4.0',
      repository: 'acme/shop',
      repository_url: 'https://github.com/acme/shop',
    },
  },
  {
    ci: 'Drone pull request',
    env: {
      CI: 'true',
      DRONE: 'true',
      DRONE_BUILD_EVENT: 'pull_request',
      DRONE_COMMIT_SHA: SHA,
      DRONE_BRANCH: 'main',
      DRONE_SOURCE_BRANCH: 'feature/x',
      DRONE_TARGET_BRANCH: 'main',
      DRONE_PULL_REQUEST: '7',
      DRONE_BUILD_NUMBER: '33',
      DRONE_BUILD_LINK: 'https://drone.example.com/acme/shop/33',
      DRONE_STAGE_NAME: 'default',
      DRONE_REPO_OWNER: 'acme',
      DRONE_REPO_NAME: 'shop',
      DRONE_GIT_HTTP_URL: 'https://github.com/acme/shop.git',
      DRONE_COMMIT_AUTHOR: 'ada',
    },
    expected: {
      provider: 'drone',
      branch: 'feature/x',
      sha: SHA,
      pr: { number: 7, title: null, url: null },
      run_id: '33',
      run_url: 'https://drone.example.com/acme/shop/33',
      job: 'default',
      repository: 'acme/shop',
      repository_url: 'https://github.com/acme/shop',
    },
  },
  {
    ci: 'Drone tag push',
    env: {
      CI: 'true',
      DRONE: 'true',
      DRONE_BUILD_EVENT: 'tag',
      DRONE_TAG: 'v1.4.0',
      DRONE_COMMIT_SHA: SHA,
      DRONE_BUILD_NUMBER: '34',
      DRONE_BUILD_LINK: 'https://drone.example.com/acme/shop/34',
      DRONE_STAGE_NAME: 'release',
      DRONE_REPO_OWNER: 'acme',
      DRONE_REPO_NAME: 'shop',
      DRONE_GIT_HTTP_URL: 'https://github.com/acme/shop.git',
    },
    expected: {
      provider: 'drone',
      branch: null,
      tag: 'v1.4.0',
      sha: SHA,
      pr: null,
      run_id: '34',
      run_url: 'https://drone.example.com/acme/shop/34',
      job: 'release',
      repository: 'acme/shop',
      repository_url: 'https://github.com/acme/shop',
    },
  },
  {
    ci: 'GitLab CI merge request pipeline (its own reader: env-ci tells less)',
    env: {
      CI: 'true',
      GITLAB_CI: 'true',
      CI_PROJECT_PATH: 'acme/shop',
      CI_PROJECT_URL: 'https://gitlab.com/acme/shop',
      CI_COMMIT_SHA: SHA,
      CI_COMMIT_REF_NAME: 'feature/x',
      CI_MERGE_REQUEST_ID: '987654',
      CI_MERGE_REQUEST_IID: '7',
      CI_MERGE_REQUEST_TITLE: 'Add x',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/x',
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_PIPELINE_ID: '1234567',
      CI_PIPELINE_IID: '88',
      CI_PIPELINE_URL: 'https://gitlab.com/acme/shop/-/pipelines/1234567',
      CI_JOB_NAME: 'report',
    },
    expected: {
      provider: 'gitlab-ci',
      branch: 'feature/x',
      ref: 'refs/merge-requests/7/head',
      sha: SHA,
      pr: { number: 7, title: 'Add x', url: 'https://gitlab.com/acme/shop/-/merge_requests/7' },
      run_id: '1234567',
      run_url: 'https://gitlab.com/acme/shop/-/pipelines/1234567',
      job: 'report',
      repository: 'acme/shop',
      repository_url: 'https://gitlab.com/acme/shop',
    },
  },
  {
    ci: 'a CI env-ci does not know, CI=true: the working tree tells',
    env: { CI: 'true' },
    expected: {
      provider: 'other',
      branch: 'main',
      sha: GIT_SHA,
      pr: null,
      run_id: null,
      run_url: null,
      job: null,
      repository: 'acme/shop',
      repository_url: 'https://github.com/acme/shop',
    },
  },
];

function rowFor(name: string): (typeof rows)[number] {
  const row = rows.find((r) => r.ci === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
}

/** What the working tree of the plain-CI row says; the CI rows' variables leave git nothing to tell. */
const workingTree = {
  'rev-parse HEAD': GIT_SHA,
  'rev-parse --abbrev-ref HEAD': 'main',
  'config --get remote.origin.url': 'git@github.com:acme/shop.git',
};

describe('the CI and Git facts of each CI, from its documented variables', () => {
  it.each(rows)('$ci', async ({ env, expected }) => {
    const { git } = fakeGit(workingTree);
    const facts = await readSourceFacts(env, { git });
    expect(facts.ci.provider).toBe(expected.provider);
    expect(facts.git.branch).toBe(expected.branch);
    expect(facts.git.tag).toBe(expected.tag ?? null);
    expect(facts.git.ref).toBe(
      expected.ref !== undefined
        ? expected.ref
        : expected.tag
          ? `refs/tags/${expected.tag}`
          : expected.pr
            ? null
            : `refs/heads/${expected.branch}`,
    );
    expect(facts.git.commit.sha).toBe(expected.sha);
    expect(facts.git.pull_request).toEqual(
      expected.pr ? { ...expected.pr, author: facts.git.pull_request?.author ?? null } : null,
    );
    expect(facts.ci.run_id).toBe(expected.run_id);
    expect(facts.ci.run_url).toBe(expected.run_url);
    expect(facts.ci.job).toBe(expected.job);
    expect(facts.git.repository).toBe(expected.repository);
    expect(facts.git.repository_url).toBe(expected.repository_url);

    const report = buildReport({
      image,
      ...facts,
      annotations: {},
      reportedAt: new Date('2024-05-01T12:30:00Z'),
    });
    expect(validateReport(report)).toEqual([]);
  });

  it('keeps the facts env-ci does not read: pull request author, actor, workflow, event', async () => {
    const facts = await readSourceFacts(
      rowFor('Azure Pipelines pull request from a GitHub repository').env,
      { git: fakeGit().git },
    );
    expect(facts.ci).toEqual({
      provider: 'azure-pipelines',
      workflow: 'shop-ci',
      run_id: '1234',
      run_number: null,
      run_attempt: null,
      run_url: 'https://dev.azure.com/acme/Shop%20Team/_build/results?buildId=1234',
      job: 'Build image',
      actor: 'Ada Lovelace',
      event: 'PullRequest',
    });
    const jenkins = await readSourceFacts(rowFor('Jenkins multibranch pull request').env, {
      git: fakeGit().git,
    });
    expect(jenkins.git.pull_request?.author).toBe('ada');
    expect(jenkins.ci.run_number).toBe(42);
    expect(jenkins.git.provider).toBe('github');
    expect(jenkins.git.commit.url).toBe(`https://github.com/acme/shop/commit/${SHA}`);
  });

  it('takes an unset variable in an env-ci template for unknown, not for "undefined"', async () => {
    const facts = await readSourceFacts(
      { CIRCLECI: 'true', CIRCLE_SHA1: SHA, CIRCLE_BRANCH: 'main' },
      { git: fakeGit().git },
    );
    // env-ci makes `undefined/undefined` of the slug and `undefined.undefined` of the job.
    expect(facts.git.repository).toBeNull();
    expect(facts.ci.job).toBeNull();
    expect(facts.ci.run_url).toBeNull();
    const bitbucket = await readSourceFacts(
      { BITBUCKET_BUILD_NUMBER: '3' },
      { git: fakeGit().git },
    );
    expect(bitbucket.ci.run_url).toBeNull();
    expect(bitbucket.git.pull_request).toBeNull();
  });

  it('asks git through its own reader only, never env-ci running git in the working directory', async () => {
    // Jenkins without GIT_COMMIT: env-ci would run `git rev-parse HEAD` here (this repository).
    const { git, asked } = fakeGit({ 'rev-parse HEAD': GIT_SHA });
    const facts = await readSourceFacts(
      { JENKINS_URL: 'https://jenkins.example.com/', BRANCH_NAME: 'main' },
      { git, cwd: process.cwd() },
    );
    expect(facts.git.commit.sha).toBe(GIT_SHA);
    expect(asked).toContain('rev-parse HEAD');
  });

  it('reports a clone URL without the token a CI put in it', async () => {
    const facts = await readSourceFacts(
      {
        JENKINS_URL: 'https://jenkins.example.com/',
        GIT_COMMIT: SHA,
        GIT_BRANCH: 'main',
        GIT_URL: 'https://x-access-token:ghs_jenkinsRemote0123@github.com/acme/shop.git',
      },
      { git: fakeGit().git },
    );
    expect(facts.git.repository_url).toBe('https://github.com/acme/shop');
    expect(JSON.stringify(facts)).not.toContain('ghs_jenkinsRemote0123');
  });

  it('names every CI by a stable lowercase id', () => {
    expect(ciProviderId('azurePipelines')).toBe('azure-pipelines');
    expect(ciProviderId('bitbucket')).toBe('bitbucket-pipelines');
    expect(ciProviderId('cloudflarePages')).toBe('cloudflare-pages');
    expect(ciProviderId('jetbrainsSpace')).toBe('jetbrains-space');
    expect(ciProviderId('teamcity')).toBe('teamcity');
  });
});
