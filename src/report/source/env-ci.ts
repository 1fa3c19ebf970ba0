import envCi, { type EnvCiResult } from 'env-ci';
import { integer, text } from '../../json.js';
import { isReportUri } from '../schema.js';
import type { PullRequestFacts, SourceFacts } from './facts.js';
import { providerOf, remoteToWeb } from './remote-url.js';

/**
 * The Git and CI facts of a CI other than GitHub Actions and GitLab CI, as env-ci (semantic-release's
 * reader of some thirty CI services) tells them, completed from the documented variables env-ci
 * leaves unread (job names, pull request links, the repository's remote). read.ts loads this
 * module only off GitHub: env-ci and execa cost some 80 ms of start-up.
 */

/** The report's `ci.provider` for env-ci's service ids that are not already lowercase words. */
const PROVIDER_IDS: Record<string, string> = {
  azurePipelines: 'azure-pipelines',
  bitbucket: 'bitbucket-pipelines',
  codebuild: 'aws-codebuild',
};

/** A stable lowercase id: env-ci's `cloudflarePages` becomes `cloudflare-pages`. */
export function ciProviderId(service: string): string {
  return PROVIDER_IDS[service] ?? service.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** What env-ci does not read, from the same CI's documented variables; each part optional. */
interface Extras {
  workflow?: string | null;
  runId?: string | null;
  runUrl?: string | null;
  job?: string | null;
  actor?: string | null;
  event?: string | null;
  /** The tag, where env-ci does not read it. */
  tag?: string | null;
  /** Overrides env-ci's pull request number (which some CIs do not give it). */
  pr?: string | null;
  prBranch?: string | null;
  prTitle?: string | null;
  prUrl?: string | null;
  prAuthor?: string | null;
  /** The repository's clone URL, made a web address (credentials dropped) by remoteToWeb. */
  remote?: string | null;
}

type Env = NodeJS.ProcessEnv;

/** Per env-ci service; the variables are those each CI documents (links in the test table). */
const EXTRAS: Record<string, (env: Env) => Extras> = {
  // Multibranch pipelines set CHANGE_*; the GitHub pull request builder sets ghprb* (env-ci's).
  jenkins: (env) => ({
    job: text(env.JOB_NAME),
    tag: text(env.TAG_NAME),
    prBranch: text(env.CHANGE_BRANCH),
    prTitle: text(env.CHANGE_TITLE) ?? text(env.ghprbPullTitle),
    prUrl: text(env.CHANGE_URL) ?? text(env.ghprbPullLink),
    prAuthor: text(env.CHANGE_AUTHOR) ?? text(env.ghprbPullAuthorLogin),
    remote: text(env.GIT_URL),
  }),
  circleci: (env) => ({
    // env-ci's job is `<build>.<node index>`: CIRCLE_JOB is the name people gave the job.
    job: text(env.CIRCLE_JOB),
    actor: text(env.CIRCLE_USERNAME),
    prUrl: text(env.CIRCLE_PULL_REQUEST),
    remote: text(env.CIRCLE_REPOSITORY_URL),
  }),
  buildkite: (env) => ({
    workflow: text(env.BUILDKITE_PIPELINE_SLUG),
    runId: text(env.BUILDKITE_BUILD_ID),
    job: text(env.BUILDKITE_LABEL) ?? text(env.BUILDKITE_JOB_ID),
    actor: text(env.BUILDKITE_BUILD_CREATOR),
    event: text(env.BUILDKITE_SOURCE),
    remote: text(env.BUILDKITE_REPO),
  }),
  // env-ci reads no pull request on Bitbucket; BITBUCKET_PR_ID is set on pull-request pipelines,
  // where BITBUCKET_BRANCH is the source branch.
  bitbucket: (env) => {
    const pr = text(env.BITBUCKET_PR_ID);
    const slug = text(env.BITBUCKET_REPO_FULL_NAME);
    return {
      pr,
      prBranch: pr ? text(env.BITBUCKET_BRANCH) : null,
      prUrl: pr && slug ? `https://bitbucket.org/${slug}/pull-requests/${pr}` : null,
      job: text(env.BITBUCKET_STEP_UUID),
      remote: text(env.BITBUCKET_GIT_HTTP_ORIGIN),
    };
  },
  // BUILD_BUILDNUMBER (env-ci's build) is the run's name, `20240501.3`; BUILD_BUILDID its id.
  azurePipelines: (env) => {
    const collection = text(env.SYSTEM_COLLECTIONURI)?.replace(/\/*$/, '/') ?? null;
    const project = text(env.SYSTEM_TEAMPROJECT);
    const buildId = text(env.BUILD_BUILDID);
    const repository = text(env.BUILD_REPOSITORY_URI)?.replace(/\/+$/, '') ?? null;
    // On GitHub-hosted repositories the pull request's number is ..._PULLREQUESTNUMBER; the
    // ..._PULLREQUESTID env-ci reads is then GitHub's internal id.
    const pr =
      text(env.SYSTEM_PULLREQUEST_PULLREQUESTNUMBER) ?? text(env.SYSTEM_PULLREQUEST_PULLREQUESTID);
    return {
      workflow: text(env.BUILD_DEFINITIONNAME),
      runId: buildId,
      runUrl:
        collection && project && buildId
          ? `${collection}${encodeURIComponent(project)}/_build/results?buildId=${buildId}`
          : null,
      job: text(env.SYSTEM_JOBDISPLAYNAME) ?? text(env.AGENT_JOBNAME),
      actor: text(env.BUILD_REQUESTEDFOR),
      event: text(env.BUILD_REASON),
      tag: text(/^refs\/tags\/(.+)$/.exec(env.BUILD_SOURCEBRANCH ?? '')?.[1]),
      pr,
      prUrl:
        pr && repository && env.BUILD_REPOSITORY_PROVIDER === 'TfsGit'
          ? `${repository}/pullrequest/${pr}`
          : null,
      remote: repository,
    };
  },
  drone: (env) => ({
    // DRONE_JOB_NUMBER (env-ci's job) is Drone 0.8's; since 1.0 a job is a stage.
    job: text(env.DRONE_STAGE_NAME),
    actor: text(env.DRONE_COMMIT_AUTHOR),
    event: text(env.DRONE_BUILD_EVENT),
    remote: text(env.DRONE_GIT_HTTP_URL) ?? text(env.DRONE_REMOTE_URL),
  }),
};

/**
 * env-ci builds some values from templates (`${A}/${B}`), so a missing variable shows as the word
 * `undefined` in them (a slug `undefined/undefined`): such a value is unknown, not a value.
 */
function known(value: string | undefined): string | null {
  const v = text(value);
  return v !== null && !/(^|[^A-Za-z])undefined([^A-Za-z]|$)/.test(v) ? v : null;
}

function uri(value: string | null | undefined): string | null {
  return value && isReportUri(value) ? value : null;
}

/**
 * Reads the CI by env-ci; null when env-ci recognises none (the caller falls back to the CI_*
 * variables and `git`). env-ci asks `git` itself, synchronously, for what a CI's variables do not
 * tell: GIT_DIR pointing nowhere makes those calls fail at once, so that `git` is asked in one
 * place only — readSourceFacts's reader, with its timeout, which tests replace.
 */
export function envCiFacts(env: Env, cwd: string): SourceFacts | null {
  const ci: EnvCiResult = envCi({ env: { ...env, GIT_DIR: '/nonexistent/.git' }, cwd });
  if (!ci.service) return null;
  return mapEnvCi(ci, EXTRAS[ci.service]?.(env) ?? {});
}

/** env-ci's answer and the extras as the report's facts. */
export function mapEnvCi(ci: EnvCiResult, extras: Extras): SourceFacts {
  const prNumber = integer(extras.pr ?? ci.pr);
  const isPr = (ci.isPr === true || extras.pr != null) && prNumber !== null && prNumber >= 1;
  // The report's branch is the head (source) branch on pull requests; env-ci's `branch` is then
  // the target, its `prBranch` the source.
  let branch = isPr ? (extras.prBranch ?? known(ci.prBranch)) : known(ci.branch);
  // Jenkins' Git plugin names the remote branch (`origin/main`) in GIT_BRANCH.
  if (ci.service === 'jenkins') branch = branch?.replace(/^origin\//, '') ?? null;
  const tag = extras.tag ?? known(ci.tag);
  // A multibranch Jenkins names a tag build's BRANCH_NAME after the tag; on a tag push Azure's
  // BUILD_SOURCEBRANCH is the tag's ref, which env-ci takes for a branch.
  if (tag !== null && (branch === tag || branch === `refs/tags/${tag}`)) branch = null;
  const web = extras.remote ? remoteToWeb(extras.remote) : null;
  const pullRequest: PullRequestFacts | null = isPr
    ? {
        number: prNumber,
        title: extras.prTitle ?? null,
        url: uri(extras.prUrl),
        author: extras.prAuthor ?? null,
      }
    : null;
  const build = known(ci.build);
  return {
    git: {
      provider: web ? providerOf(web.host) : null,
      repository: known(ci.slug) ?? web?.path ?? null,
      repository_url: web?.url ?? null,
      ref: tag ? `refs/tags/${tag}` : branch && !isPr ? `refs/heads/${branch}` : null,
      branch,
      tag,
      commit: { sha: known(ci.commit), message: null, url: null, author: null, timestamp: null },
      pull_request: pullRequest,
    },
    ci: {
      provider: ciProviderId(ci.service ?? 'other'),
      workflow: extras.workflow ?? null,
      run_id: extras.runId ?? build,
      run_number: integer(build),
      run_attempt: null,
      run_url: uri(extras.runUrl) ?? uri(known(ci.buildUrl)),
      job: extras.job ?? known(ci.job),
      actor: extras.actor ?? null,
      event: extras.event ?? null,
    },
  };
}
