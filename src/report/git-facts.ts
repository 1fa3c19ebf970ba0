import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { maskSecret } from '../secrets.js';
import type { CommitPullRequest } from './pull-requests.js';
import { isReportUri } from './schema.js';
import { isoTime } from './time.js';

/** Who made a commit; each part null when unknown. */
export interface CommitAuthor {
  name: string | null;
  email: string | null;
  username: string | null;
}

export interface CommitFacts {
  sha: string | null;
  message: string | null;
  url: string | null;
  author: CommitAuthor | null;
  /** UTC ISO 8601. */
  timestamp: string | null;
}

export interface PullRequestFacts {
  number: number;
  title: string | null;
  url: string | null;
  author: string | null;
}

/** Where the image's source came from (DESIGN §5 `git`). */
export interface GitFacts {
  /** `github`, `gitlab`, `bitbucket`, `git` (a remote of another host), or null. */
  provider: string | null;
  /** `owner/name` (GitLab: the project path). */
  repository: string | null;
  repository_url: string | null;
  /** The full ref the run is for: `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/7/merge`. */
  ref: string | null;
  /** The branch: the head branch on pull requests; on a tag push, the branch the push names, if any. */
  branch: string | null;
  /** The Git tag, when a tag was pushed (or HEAD is exactly at one, outside CI). */
  tag: string | null;
  commit: CommitFacts;
  pull_request: PullRequestFacts | null;
  /** On a push, with a GitHub token: the pull requests the commit came in through; null when unread. */
  pull_requests?: CommitPullRequest[] | null;
  /** Issue keys found in the commit message, the branch and the pull requests' titles. */
  issues?: string[];
}

/** The run that reports (DESIGN §5 `ci`). */
export interface CiFacts {
  /**
   * `github-actions`, `gitlab-ci`, a CI env-ci recognises (`jenkins`, `circleci`, `buildkite`,
   * `bitbucket-pipelines`, `azure-pipelines`, `drone`, …), `other` (a CI that sets CI=true), or
   * `local`.
   */
  provider: string;
  workflow: string | null;
  run_id: string | null;
  run_number: number | null;
  run_attempt: number | null;
  run_url: string | null;
  job: string | null;
  actor: string | null;
  event: string | null;
}

export interface SourceFacts {
  git: GitFacts;
  ci: CiFacts;
}

/** Runs `git` with these arguments; its trimmed stdout, or undefined when it failed. */
export type GitCommand = (args: string[]) => Promise<string | undefined>;

export interface SourceOptions {
  /** Default: the `git` program in `cwd`. */
  git?: GitCommand;
  cwd?: string;
  debug?: (message: string) => void;
}

/** `git` in a directory; failures (no git, not a repository, no such commit) give undefined. */
export function gitIn(cwd: string, debug: (message: string) => void = () => {}): GitCommand {
  return (args) =>
    new Promise((resolve) => {
      execFile(
        'git',
        args,
        {
          cwd,
          timeout: 10_000,
          maxBuffer: 1024 * 1024,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        },
        (error, stdout) => {
          if (error) {
            debug(`git ${args[0]} failed: ${error.message.split('\n')[0]}`);
            resolve(undefined);
          } else {
            resolve(stdout.replace(/\s+$/, ''));
          }
        },
      );
    });
}

/**
 * The Git and CI facts of this run. On GitHub Actions (GITHUB_ACTIONS) they come from the
 * GITHUB_* variables and the event payload at GITHUB_EVENT_PATH, read from `env` (not from
 * @actions/github, whose context reads process.env once at import). On GitLab CI, from its CI_*
 * variables, which tell more than env-ci reads (commit message, author, merge request title).
 * On the other CIs env-ci knows, from env-ci (ci-env.ts); on none of them, from CI_* variables
 * where set. Outside GitHub, what the variables do not tell is asked of `git` in the working
 * directory, and on every CI what they do not tell about the reported commit.
 */
export async function readSourceFacts(
  env: NodeJS.ProcessEnv,
  options: SourceOptions = {},
): Promise<SourceFacts> {
  const debug = options.debug ?? (() => {});
  const cwd = options.cwd ?? process.cwd();
  const git = options.git ?? gitIn(cwd, debug);
  let facts: SourceFacts;
  if (env.GITHUB_ACTIONS === 'true') facts = githubFacts(env, readEvent(env, debug));
  else if (env.GITLAB_CI === 'true') facts = ciVariableFacts(env);
  else {
    // Loaded here only: env-ci costs start-up time GitHub runs need not pay.
    const { envCiFacts } = await import('./ci-env.js');
    facts = envCiFacts(env, cwd) ?? ciVariableFacts(env);
  }
  if (env.GITHUB_ACTIONS !== 'true') await fillFromWorkingTree(facts.git, git);
  await fillCommit(facts.git, git);
  return facts;
}

type Json = Record<string, unknown>;

/** The event payload at GITHUB_EVENT_PATH; {} when there is none or it cannot be read. */
export function readEvent(
  env: NodeJS.ProcessEnv,
  debug: (message: string) => void = () => {},
): Json {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    const event = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return isObject(event) ? event : {};
  } catch (error) {
    debug(`the event payload ${file} could not be read: ${(error as Error).message}`);
    return {};
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown): Json {
  return isObject(value) ? value : {};
}

/** A non-empty string, else null: CI variables set to '' are unset. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A whole number, from a number or a string of digits; else null. */
export function integer(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return null;
}

function stripPrefix(ref: string | null, prefix: string): string | null {
  return ref?.startsWith(prefix) ? ref.slice(prefix.length) : null;
}

const PULL_REQUEST_EVENTS = /^pull_request/;

/** The number in `refs/pull/42/merge` (or `/head`), the ref GitHub runs pull_request events on. */
function pullRequestNumberOf(ref: string): number | null {
  const match = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
  return match ? Number(match[1]) : null;
}

/** The facts GitHub gives: variables for the run, the event payload for the commit and pull request. */
export function githubFacts(env: NodeJS.ProcessEnv, event: Json): SourceFacts {
  const server = (text(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
  const repository = text(env.GITHUB_REPOSITORY) ?? text(object(event.repository).full_name);
  const repositoryUrl =
    text(object(event.repository).html_url) ?? (repository ? `${server}/${repository}` : null);
  const eventName = text(env.GITHUB_EVENT_NAME);
  const ref = text(env.GITHUB_REF) ?? text(event.ref);
  const pr = object(event.pull_request);
  // Decided by the event's name, not by its payload: when the event file is missing or
  // unreadable, GITHUB_HEAD_REF and GITHUB_REF (refs/pull/N/merge) still tell branch and number.
  const isPullRequest = eventName !== null && PULL_REQUEST_EVENTS.test(eventName);

  const tag = stripPrefix(ref, 'refs/tags/');
  let branch: string | null;
  // GITHUB_HEAD_REF is set on pull_request and pull_request_target only; other pull_request_*
  // events without a payload leave the branch unknown rather than take the merge ref for one.
  if (isPullRequest) branch = text(object(pr.head).ref) ?? text(env.GITHUB_HEAD_REF);
  else if (tag !== null) branch = stripPrefix(text(event.base_ref), 'refs/heads/');
  else branch = stripPrefix(ref, 'refs/heads/');

  const headCommit = object(event.head_commit);
  const headAuthor = object(headCommit.author);
  const sha = isPullRequest
    ? (text(object(pr.head).sha) ?? text(env.GITHUB_SHA))
    : (text(headCommit.id) ?? text(env.GITHUB_SHA));
  const fromHead = text(headCommit.id) === sha && sha !== null;
  const commit: CommitFacts = {
    sha,
    message: fromHead ? text(headCommit.message) : null,
    url:
      (fromHead ? text(headCommit.url) : null) ??
      (sha && repositoryUrl ? `${repositoryUrl}/commit/${sha}` : null),
    author:
      fromHead && Object.keys(headAuthor).length > 0
        ? {
            name: text(headAuthor.name),
            email: text(headAuthor.email),
            username: text(headAuthor.username),
          }
        : null,
    timestamp: fromHead ? isoTime(headCommit.timestamp) : null,
  };

  const number = integer(pr.number) ?? integer(event.number) ?? pullRequestNumberOf(ref ?? '');
  const pullRequest: PullRequestFacts | null =
    isPullRequest && number !== null
      ? {
          number,
          title: text(pr.title),
          url: text(pr.html_url) ?? (repositoryUrl ? `${repositoryUrl}/pull/${number}` : null),
          author: text(object(pr.user).login),
        }
      : null;

  const runId = text(env.GITHUB_RUN_ID);
  return {
    git: {
      provider: 'github',
      repository,
      repository_url: repositoryUrl,
      ref,
      branch,
      tag,
      commit,
      pull_request: pullRequest,
    },
    ci: {
      provider: 'github-actions',
      workflow: text(env.GITHUB_WORKFLOW),
      run_id: runId,
      run_number: integer(env.GITHUB_RUN_NUMBER),
      run_attempt: integer(env.GITHUB_RUN_ATTEMPT),
      run_url: runId && repository ? `${server}/${repository}/actions/runs/${runId}` : null,
      job: text(env.GITHUB_JOB),
      actor:
        text(env.GITHUB_TRIGGERING_ACTOR) ??
        text(env.GITHUB_ACTOR) ??
        text(object(event.sender).login),
      event: eventName,
    },
  };
}

/**
 * The CI_* variables GitLab sets (and other CIs that borrowed its names set in part); what is not
 * there stays null for the working tree to fill.
 */
export function ciVariableFacts(env: NodeJS.ProcessEnv): SourceFacts {
  const gitlab = env.GITLAB_CI === 'true';
  const projectUrl = text(env.CI_PROJECT_URL)?.replace(/\/+$/, '') ?? null;
  const sha = text(env.CI_COMMIT_SHA);
  const tag = text(env.CI_COMMIT_TAG);
  const branch =
    text(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ??
    text(env.CI_COMMIT_BRANCH) ??
    (tag ? null : text(env.CI_COMMIT_REF_NAME));
  const mergeRequest = integer(env.CI_MERGE_REQUEST_IID);
  const mergeRequestProject =
    text(env.CI_MERGE_REQUEST_PROJECT_URL)?.replace(/\/+$/, '') ?? projectUrl;
  const author = parseAuthor(text(env.CI_COMMIT_AUTHOR));
  const provider = gitlab ? 'gitlab' : null;
  return {
    git: {
      provider,
      repository: text(env.CI_PROJECT_PATH),
      repository_url: projectUrl,
      ref: tag
        ? `refs/tags/${tag}`
        : mergeRequest !== null
          ? `refs/merge-requests/${mergeRequest}/head`
          : branch
            ? `refs/heads/${branch}`
            : null,
      branch,
      tag,
      commit: {
        sha,
        message: text(env.CI_COMMIT_MESSAGE)?.replace(/\s+$/, '') ?? null,
        url: sha && projectUrl ? commitUrl(gitlab ? 'gitlab' : null, projectUrl, sha) : null,
        author,
        timestamp: isoTime(env.CI_COMMIT_TIMESTAMP),
      },
      pull_request:
        mergeRequest !== null
          ? {
              number: mergeRequest,
              title: text(env.CI_MERGE_REQUEST_TITLE),
              url: mergeRequestProject
                ? `${mergeRequestProject}/-/merge_requests/${mergeRequest}`
                : null,
              author: null,
            }
          : null,
    },
    ci: {
      provider: gitlab ? 'gitlab-ci' : env.CI && env.CI !== 'false' ? 'other' : 'local',
      workflow: text(env.CI_PIPELINE_NAME),
      run_id: text(env.CI_PIPELINE_ID),
      run_number: integer(env.CI_PIPELINE_IID),
      run_attempt: null,
      run_url: text(env.CI_PIPELINE_URL),
      job: text(env.CI_JOB_NAME),
      actor: text(env.GITLAB_USER_LOGIN),
      event: text(env.CI_PIPELINE_SOURCE),
    },
  };
}

/** `Name <email>`, as GitLab's CI_COMMIT_AUTHOR and git write it. */
function parseAuthor(value: string | null): CommitAuthor | null {
  if (!value) return null;
  const match = /^(.*?)\s*<([^>]*)>$/.exec(value);
  return match
    ? { name: match[1] || null, email: match[2] || null, username: null }
    : { name: value, email: null, username: null };
}

function commitUrl(provider: string | null, repositoryUrl: string, sha: string): string | null {
  if (provider === 'github') return `${repositoryUrl}/commit/${sha}`;
  if (provider === 'gitlab') return `${repositoryUrl}/-/commit/${sha}`;
  if (provider === 'bitbucket') return `${repositoryUrl}/commits/${sha}`;
  return null;
}

/** A remote's browsable address: `url` is valid as the report's `format: uri`. */
export interface WebRemote {
  url: string;
  /** The host as URLs write it: `[::1]` for IPv6; no port. */
  host: string;
  /** The repository path, decoded: `group/my repo`. */
  path: string;
}

/** Remote schemes that name a Git host reached over SSH or the Git protocol, not over the web. */
const NON_WEB_SCHEMES = new Set(['ssh:', 'git:', 'git+ssh:', 'ssh+git:']);

/** `[user@]host:path`, Git's scp-like form; the host may be a bracketed IPv6 address. */
const SCP_FORM = /^(?:[^@/[\]]+@)?(\[[^\]/]+\]|[^@:/[\]]+):(?!\/\/)(.+)$/;

/**
 * A remote URL as a browsable address, without any credentials it carries:
 * `git@github.com:acme/app.git` and `https://token@github.com/acme/app.git` both give
 * `https://github.com/acme/app`. An http(s) remote keeps its scheme and port (a GitLab on
 * `https://host:8443` serves its pages there); an SSH or scp-like remote becomes https on the
 * default port, since an SSH port says nothing of where the web pages are. The path is
 * percent-encoded as URLs need (`my repo` → `my%20repo`). Null for local paths and for whatever
 * cannot be made into a URL the report's schema accepts.
 */
export function remoteToWeb(remote: string): WebRemote | null {
  let origin: URL | null;
  /** The path's segments, percent-encoded, and as people read them. */
  let encoded: string[];
  let readable: string[];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) {
    const url = parseUrl(remote);
    if (!url) return null;
    maskRemoteCredentials(url);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    if (!web && !NON_WEB_SCHEMES.has(url.protocol)) return null;
    // Built from scheme and host alone: user, password, query and fragment stay behind.
    origin = parseUrl(web ? `${url.protocol}//${url.host}` : `https://${url.hostname}`);
    // URL leaves some characters RFC 3986 forbids (`|`, `^`, `[`) as they are: encode them too.
    encoded = url.pathname.split('/').map(encodePathSegment);
    readable = encoded.map(decodeOrRaw);
  } else {
    const scp = SCP_FORM.exec(remote);
    // `C:\repo` or `C:/repo` is a Windows path, as Git itself reads it, not host `C`.
    if (!scp || /^[A-Za-z]:[\\/]/.test(remote)) return null;
    origin = parseUrl(`https://${scp[1]}`);
    // An scp-like path is a plain path on the server: every character in it is literal.
    readable = scp[2].split('/');
    encoded = readable.map(encodeURIComponent);
  }
  const keep = (segments: string[]) => trimGitSuffix(segments.filter(Boolean));
  encoded = keep(encoded);
  readable = keep(readable);
  if (!origin?.hostname || !encoded.length || readable.some((s) => s === '.' || s === '..')) {
    return null;
  }
  const url = `${origin.origin}/${encoded.join('/')}`;
  if (!isReportUri(url)) return null;
  return { url, host: origin.hostname, path: readable.join('/') };
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** `shop.git` → `shop`; a path that was only `.git` is no path. */
function trimGitSuffix(segments: string[]): string[] {
  if (!segments.length) return segments;
  const last = segments[segments.length - 1].replace(/\.git$/, '');
  return last ? [...segments.slice(0, -1), last] : segments.slice(0, -1);
}

/** A path segment as RFC 3986 allows it: what is not a pchar, and a `%` that starts no escape, encoded. */
function encodePathSegment(segment: string): string {
  return segment.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@%]/gu, (c) =>
    encodeURIComponent(c),
  );
}

function decodeOrRaw(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `https://x-access-token:<token>@host/…` and `https://<token>@host/…` are how CI systems put
 * tokens into remotes. The report drops them; masking them too keeps them out of any log line
 * that might quote the remote. A user name alone is masked only when it is long enough to be a
 * token, so that `https://git@host/…` does not redact the word "git" everywhere.
 */
function maskRemoteCredentials(url: URL): void {
  const secret = url.password || (url.username.length >= 20 ? url.username : '');
  if (!secret) return;
  maskSecret(secret);
  maskSecret(decodeOrRaw(secret));
}

/** The report's `git.provider` of a Git host. */
export function providerOf(host: string): string {
  if (host === 'github.com') return 'github';
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return 'gitlab';
  if (host === 'bitbucket.org') return 'bitbucket';
  return 'git';
}

/** Outside GitHub: the commit, branch, tag and remote of the working tree, where not already known. */
async function fillFromWorkingTree(facts: GitFacts, git: GitCommand): Promise<void> {
  const [head, branch, tag, remote] = await Promise.all([
    facts.commit.sha ? Promise.resolve(facts.commit.sha) : git(['rev-parse', 'HEAD']),
    facts.branch || facts.tag
      ? Promise.resolve(undefined)
      : git(['rev-parse', '--abbrev-ref', 'HEAD']),
    facts.tag || facts.branch
      ? Promise.resolve(undefined)
      : git(['describe', '--tags', '--exact-match', 'HEAD']),
    facts.repository_url
      ? Promise.resolve(undefined)
      : git(['config', '--get', 'remote.origin.url']),
  ]);
  if (!facts.commit.sha && head && /^[0-9a-f]{40,64}$/.test(head)) facts.commit.sha = head;
  if (branch && branch !== 'HEAD') {
    facts.branch = branch;
    facts.ref ??= `refs/heads/${branch}`;
  }
  if (tag) {
    facts.tag = tag;
    facts.ref ??= `refs/tags/${tag}`;
  }
  const web = remote ? remoteToWeb(remote) : null;
  if (web) {
    facts.repository_url = web.url;
    facts.repository ??= web.path;
    facts.provider ??= providerOf(web.host);
  } else if (facts.commit.sha) {
    facts.provider ??= 'git';
  }
  if (facts.commit.sha && facts.repository_url) {
    facts.commit.url ??= commitUrl(facts.provider, facts.repository_url, facts.commit.sha);
  }
}

/** The message, author and time of the reported commit, asked of `git` when nothing else told them. */
async function fillCommit(facts: GitFacts, git: GitCommand): Promise<void> {
  const { commit } = facts;
  if (!commit.sha || !/^[0-9a-f]{7,64}$/.test(commit.sha)) return;
  if (commit.message !== null && commit.author !== null && commit.timestamp !== null) return;
  const out = await git(['log', '-1', '--format=%an%x00%ae%x00%aI%x00%B', commit.sha, '--']);
  if (!out) return;
  const [name, email, timestamp, ...body] = out.split('\0');
  commit.message ??= body.join('\0').replace(/\s+$/, '') || null;
  commit.author ??= { name: name || null, email: email || null, username: null };
  commit.timestamp ??= isoTime(timestamp);
}
