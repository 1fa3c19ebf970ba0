import { UserError } from '../errors.js';
import { boundedFetch, type BoundedFetch } from '../http/bounded-fetch.js';
import { BodyLimit } from '../http/limits.js';
import { formatDuration } from '../units.js';
import { object, text } from '../json.js';
import { isReportUri } from './schema.js';
import { isoTime } from './time.js';

/** A pull request a pushed commit came in through (DESIGN §5 `git.pull_requests`). */
export interface CommitPullRequest {
  number: number;
  title: string | null;
  url: string | null;
  author: string | null;
  /** `open` or `closed`. */
  state: string | null;
  /** UTC ISO 8601; null while not merged. */
  merged_at: string | null;
  /** The branch it was opened against. */
  base: string | null;
}

export interface PullRequestQuery {
  /** GITHUB_API_URL: `https://api.github.com`, or a GitHub Enterprise Server's `/api/v3`. */
  apiUrl: string;
  /** Masked by the caller when read. */
  token: string;
  /** `owner/name`. */
  repository: string;
  sha: string;
  timeoutMs: number;
}

/** The most a commit's list is read of: one page, which no ordinary commit fills. */
const PER_PAGE = 100;

/**
 * The pull requests that brought a commit in, as GitHub lists them
 * (`GET /repos/{owner}/{repo}/commits/{sha}/pulls`): the merged one for a push to the default
 * branch, the open ones for a push to a feature branch. A failure is a UserError naming the API
 * and the HTTP status; the caller decides whether it matters.
 */
export async function pullRequestsOfCommit(query: PullRequestQuery): Promise<CommitPullRequest[]> {
  const [owner, repo, ...rest] = query.repository.split('/');
  if (!owner || !repo || rest.length) {
    throw new UserError(`The repository "${query.repository}" is not owner/name`);
  }
  const apiUrl = query.apiUrl.replace(/\/+$/, '');
  let data: unknown;
  let bounded: BoundedFetch | undefined;
  // For the whole answer, its body included: an API that drips is not waited for past it.
  const deadline = AbortSignal.timeout(query.timeoutMs);
  try {
    // Loaded only here: @actions/github brings undici's whole fetch, some 100 ms at every start.
    // Its import reads the event file too, and throws on one that is no JSON: inside the try.
    const { getOctokit } = await import('@actions/github');
    // Octokit reads the answer whole: through @actions/github's own fetch (its proxy settings),
    // bounded, so that an API answering without end cannot fill the step's memory.
    const { defaults } = await import('@actions/github/lib/utils');
    bounded = boundedFetch(
      (defaults.request?.fetch as typeof fetch | undefined) ?? fetch,
      BodyLimit.githubApiAnswer,
      'GitHub API',
    );
    const octokit = getOctokit(query.token, { baseUrl: apiUrl, request: { fetch: bounded.fetch } });
    ({ data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
      owner,
      repo,
      commit_sha: query.sha,
      per_page: PER_PAGE,
      request: { signal: deadline },
    }));
  } catch (error) {
    throw new UserError(
      `Reading the pull requests of commit ${query.sha.slice(0, 12)} from ${apiUrl} failed: ${bounded?.overLimit?.message ?? (deadline.aborted ? late(query.timeoutMs) : describeApiError(error))}`,
    );
  }
  // Octokit hands on what text it got when the body fails: these say why it is not the answer.
  const cut = bounded.overLimit?.message ?? (deadline.aborted ? late(query.timeoutMs) : undefined);
  if (cut) {
    throw new UserError(
      `Reading the pull requests of commit ${query.sha.slice(0, 12)} from ${apiUrl} failed: ${cut}`,
    );
  }
  if (!Array.isArray(data)) {
    throw new UserError(
      `Reading the pull requests of commit ${query.sha.slice(0, 12)} from ${apiUrl} failed: the answer is no list`,
    );
  }
  return data.flatMap((item) => {
    const pull = pullRequestOf(item);
    return pull ? [pull] : [];
  });
}

const late = (ms: number) => `the GitHub API gave no complete answer within ${formatDuration(ms)}`;

function describeApiError(error: unknown): string {
  const { status, response } = error as { status?: unknown; response?: unknown };
  const message = (error as Error).message?.split('\n')[0] ?? String(error);
  // Octokit gives a failed connection status 500 too, but no response: no HTTP status to name.
  if (typeof status === 'number' && status > 0 && response !== undefined) {
    const hint =
      status === 401
        ? ' (the github_token was not accepted)'
        : status === 403 || status === 404
          ? ' (the github_token may not read this repository: give the job `pull-requests: read`)'
          : '';
    return `HTTP ${status}${hint}: ${message}`;
  }
  // fetch says only "fetch failed"; what failed (ECONNREFUSED, a TLS error) is its deepest cause.
  // Duck-typed: an error made in another realm (a VM context) is no `instanceof Error` here.
  const causeOf = (e: unknown) => (e as { cause?: { message?: unknown } } | null)?.cause;
  let root: unknown = error;
  for (let i = 0; i < 5 && typeof causeOf(root)?.message === 'string'; i++) root = causeOf(root);
  const cause = root === error ? undefined : (root as Error).message;
  return cause && cause !== message ? `${message} (${cause})` : message;
}

/** One entry of GitHub's answer, in the report's shape; undefined when it has no number. */
function pullRequestOf(value: unknown): CommitPullRequest | undefined {
  const item = object(value);
  const number = item.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) return undefined;
  const url = text(item.html_url);
  return {
    number,
    title: text(item.title),
    url: url && isReportUri(url) ? url : null,
    author: text(object(item.user).login),
    state: text(item.state),
    merged_at: isoTime(item.merged_at),
    base: text(object(item.base).ref),
  };
}
