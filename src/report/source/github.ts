import { readFileSync } from 'node:fs';
import { integer, isObject, object, text, type Json } from '../../json.js';
import { isoTime } from '../time.js';
import type { CommitFacts, PullRequestFacts, SourceFacts } from './facts.js';

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
