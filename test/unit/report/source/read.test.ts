import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSourceFacts } from '../../../../src/report/source/read.js';
import { remoteToWeb } from '../../../../src/report/source/remote-url.js';
import { gitIn, type GitCommand } from '../../../../src/report/source/working-tree.js';
import { isReportUri } from '../../../../src/report/schema.js';
import { redact } from '../../../../src/secrets.js';

const SHA = '5d41402abc4b2a76b9719d911017c592ae1b6f2e';

/** A working tree answering the commands the reader runs, from a table. */
function fakeGit(answers: Record<string, string>): { git: GitCommand; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    git: async (args) => {
      const key = args.join(' ');
      asked.push(key);
      return answers[key];
    },
  };
}

describe('outside GitHub', () => {
  it('reads the working tree: commit, branch, remote without its credentials', async () => {
    const { git } = fakeGit({
      'rev-parse HEAD': SHA,
      'rev-parse --abbrev-ref HEAD': 'feature/x',
      'config --get remote.origin.url':
        'https://x-access-token:ghs_secret123@github.com/acme/shop.git',
      [`log -1 --format=%an%x00%ae%x00%aI%x00%B ${SHA} --`]:
        'Ada\0ada@example.com\x002024-05-01T10:00:00Z\0Fix it',
    });
    const facts = await readSourceFacts({ HOME: '/nonexistent' }, { git });
    expect(facts).toEqual({
      git: {
        provider: 'github',
        repository: 'acme/shop',
        repository_url: 'https://github.com/acme/shop',
        ref: 'refs/heads/feature/x',
        branch: 'feature/x',
        tag: null,
        commit: {
          sha: SHA,
          message: 'Fix it',
          url: `https://github.com/acme/shop/commit/${SHA}`,
          author: { name: 'Ada', email: 'ada@example.com', username: null },
          timestamp: '2024-05-01T10:00:00.000Z',
        },
        pull_request: null,
      },
      ci: {
        provider: 'local',
        workflow: null,
        run_id: null,
        run_number: null,
        run_attempt: null,
        run_url: null,
        job: null,
        actor: null,
        event: null,
      },
    });
    expect(JSON.stringify(facts)).not.toContain('ghs_secret123');
  });

  it('reports a detached HEAD at a tag by its tag, and an unknown CI as other', async () => {
    const { git } = fakeGit({
      'rev-parse HEAD': SHA,
      'rev-parse --abbrev-ref HEAD': 'HEAD',
      'describe --tags --exact-match HEAD': 'v2.0.0',
      'config --get remote.origin.url': 'git@gitlab.example.com:group/sub/shop.git',
    });
    const facts = await readSourceFacts({ CI: 'true' }, { git });
    expect(facts.git).toMatchObject({
      provider: 'gitlab',
      repository: 'group/sub/shop',
      repository_url: 'https://gitlab.example.com/group/sub/shop',
      ref: 'refs/tags/v2.0.0',
      branch: null,
      tag: 'v2.0.0',
      commit: {
        sha: SHA,
        url: `https://gitlab.example.com/group/sub/shop/-/commit/${SHA}`,
        message: null,
      },
    });
    expect(facts.ci.provider).toBe('other');
  });

  it('leaves out a remote no valid web address can be made of, keeping the rest', async () => {
    const { git } = fakeGit({
      'rev-parse HEAD': SHA,
      'rev-parse --abbrev-ref HEAD': 'main',
      'config --get remote.origin.url': 'git@my host:acme/shop.git',
    });
    const facts = await readSourceFacts({}, { git });
    expect(facts.git).toMatchObject({
      provider: 'git',
      repository: null,
      repository_url: null,
      branch: 'main',
      commit: { sha: SHA, url: null },
    });
  });

  it('gives nulls, not errors, where there is no git at all', async () => {
    const facts = await readSourceFacts({}, { git: async () => undefined });
    expect(facts.git).toEqual({
      provider: null,
      repository: null,
      repository_url: null,
      ref: null,
      branch: null,
      tag: null,
      commit: { sha: null, message: null, url: null, author: null, timestamp: null },
      pull_request: null,
    });
    expect(facts.ci.provider).toBe('local');
  });

  it('reads a GitLab merge request pipeline from its variables, asking git nothing they tell', async () => {
    const { git, asked } = fakeGit({});
    const facts = await readSourceFacts(
      {
        GITLAB_CI: 'true',
        CI: 'true',
        CI_PROJECT_PATH: 'acme/shop',
        CI_PROJECT_URL: 'https://gitlab.com/acme/shop',
        CI_COMMIT_SHA: SHA,
        CI_COMMIT_REF_NAME: 'feature/y',
        CI_COMMIT_MESSAGE: 'Add y\n',
        CI_COMMIT_AUTHOR: 'Grace Hopper <grace@example.com>',
        CI_COMMIT_TIMESTAMP: '2024-05-01T12:00:00+00:00',
        CI_MERGE_REQUEST_IID: '7',
        CI_MERGE_REQUEST_TITLE: 'Add y',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/y',
        CI_PIPELINE_ID: '1234567',
        CI_PIPELINE_IID: '88',
        CI_PIPELINE_URL: 'https://gitlab.com/acme/shop/-/pipelines/1234567',
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_JOB_NAME: 'report',
        GITLAB_USER_LOGIN: 'grace',
      },
      { git },
    );
    expect(facts).toEqual({
      git: {
        provider: 'gitlab',
        repository: 'acme/shop',
        repository_url: 'https://gitlab.com/acme/shop',
        ref: 'refs/merge-requests/7/head',
        branch: 'feature/y',
        tag: null,
        commit: {
          sha: SHA,
          message: 'Add y',
          url: `https://gitlab.com/acme/shop/-/commit/${SHA}`,
          author: { name: 'Grace Hopper', email: 'grace@example.com', username: null },
          timestamp: '2024-05-01T12:00:00.000Z',
        },
        pull_request: {
          number: 7,
          title: 'Add y',
          url: 'https://gitlab.com/acme/shop/-/merge_requests/7',
          author: null,
        },
      },
      ci: {
        provider: 'gitlab-ci',
        workflow: null,
        run_id: '1234567',
        run_number: 88,
        run_attempt: null,
        run_url: 'https://gitlab.com/acme/shop/-/pipelines/1234567',
        job: 'report',
        actor: 'grace',
        event: 'merge_request_event',
      },
    });
    expect(asked).toEqual([]);
  });
});

describe('remote URLs as web addresses', () => {
  it.each([
    ['git@github.com:acme/shop.git', 'https://github.com/acme/shop'],
    ['https://github.com/acme/shop.git', 'https://github.com/acme/shop'],
    ['https://user:pa55@github.com/acme/shop', 'https://github.com/acme/shop'],
    ['ssh://git@github.com:22/acme/shop.git', 'https://github.com/acme/shop'],
    ['https://gitlab.com/group/sub/shop.git/', 'https://gitlab.com/group/sub/shop'],
    // An http(s) remote's port is where its web pages are; its scheme is kept.
    ['https://gitlab.example.com:8443/g/p.git', 'https://gitlab.example.com:8443/g/p'],
    ['http://git.internal/g/p.git', 'http://git.internal/g/p'],
    ['http://git.internal:8080/g/p', 'http://git.internal:8080/g/p'],
    ['https://gitlab.example.com:443/g/p.git', 'https://gitlab.example.com/g/p'],
    // An SSH port is not a web port.
    ['ssh://git@gitlab.example.com:2222/g/p.git', 'https://gitlab.example.com/g/p'],
    ['git://git.example.com:9418/g/p.git', 'https://git.example.com/g/p'],
    // Paths percent-encoded: scp-like paths are literal, URL paths keep their encoding.
    ['git@host.example:my repo.git', 'https://host.example/my%20repo'],
    ['git@host.example:g/100%.git', 'https://host.example/g/100%25'],
    ['https://host.example/g/my%20repo.git', 'https://host.example/g/my%20repo'],
    ['https://host.example/g/a|b^c', 'https://host.example/g/a%7Cb%5Ec'],
    // IPv6 hosts, in brackets in both forms.
    ['git@[::1]:a/b.git', 'https://[::1]/a/b'],
    ['[::1]:a/b.git', 'https://[::1]/a/b'],
    ['ssh://git@[::1]:2222/a/b.git', 'https://[::1]/a/b'],
    ['http://[::1]:8080/a/b.git', 'http://[::1]:8080/a/b'],
    // Credentials, query and fragment are dropped.
    [
      'https://x-access-token:ghs_remoteSecret0123@github.com/acme/shop.git?ref=x#frag',
      'https://github.com/acme/shop',
    ],
  ])('%s', (remote, url) => {
    const web = remoteToWeb(remote);
    expect(web?.url).toBe(url);
    expect(isReportUri(url)).toBe(true);
  });

  it('gives the repository path as people read it, and the host without a port', () => {
    expect(remoteToWeb('git@host.example:team/my repo.git')).toEqual({
      url: 'https://host.example/team/my%20repo',
      host: 'host.example',
      path: 'team/my repo',
    });
    expect(remoteToWeb('https://gitlab.example.com:8443/g/p.git')).toEqual({
      url: 'https://gitlab.example.com:8443/g/p',
      host: 'gitlab.example.com',
      path: 'g/p',
    });
  });

  it('masks a token found in a remote, so no log line can show it', () => {
    remoteToWeb('https://x-access-token:ghs_maskedInRemote42@github.com/acme/shop.git');
    remoteToWeb('https://glpat-usernameToken0123456789@gitlab.com/acme/shop.git');
    remoteToWeb('https://git@example.com/acme/shop.git');
    expect(redact('a ghs_maskedInRemote42 b')).toBe('a *** b');
    expect(redact('a glpat-usernameToken0123456789 b')).toBe('a *** b');
    // A short user name is a name, not a token: masking it would shred every word holding it.
    expect(redact('git clone')).toBe('git clone');
  });

  it.each([
    '/srv/git/shop.git',
    'file:///srv/git/shop.git',
    '../shop',
    '',
    'C:/repos/shop.git',
    'C:\\repos\\shop.git',
    'git@host:.git',
    'https://host.example/',
    'git@my host:a/b.git',
    'git@host.example:a/../b.git',
    'ftp://host.example/a/b.git',
  ])('%j is no web address', (remote) => {
    expect(remoteToWeb(remote)).toBeNull();
  });
});

describe('the git program in a real working tree', () => {
  let dir: string;
  const run = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'git-facts-'));
    run('init', '-q', '-b', 'main');
    run('config', 'user.name', 'Test Author');
    run('config', 'user.email', 'author@example.com');
    run('config', 'commit.gpgsign', 'false');
    writeFileSync(path.join(dir, 'file.txt'), 'x');
    run('add', 'file.txt');
    run('commit', '-q', '-m', 'First commit; $(echo not run) `nor this`', '-m', 'Body line.');
    run('remote', 'add', 'origin', 'git@github.com:acme/shop.git');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tells the commit, branch and remote, passing arguments without a shell', async () => {
    const facts = await readSourceFacts({}, { git: gitIn(dir) });
    const sha = run('rev-parse', 'HEAD');
    expect(facts.git).toMatchObject({
      provider: 'github',
      repository: 'acme/shop',
      branch: 'main',
      ref: 'refs/heads/main',
      commit: {
        sha,
        message: 'First commit; $(echo not run) `nor this`\n\nBody line.',
        url: `https://github.com/acme/shop/commit/${sha}`,
        author: { name: 'Test Author', email: 'author@example.com', username: null },
      },
    });
    expect(facts.git.commit.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
  });

  it('tolerates a directory that is no repository', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'no-git-'));
    try {
      const debug: string[] = [];
      const facts = await readSourceFacts({}, { git: gitIn(empty, (m) => debug.push(m)) });
      expect(facts.git.commit.sha).toBeNull();
      expect(debug.some((m) => m.startsWith('git rev-parse failed'))).toBe(true);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
