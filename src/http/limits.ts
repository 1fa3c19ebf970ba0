/**
 * Every limit on what a registry or an endpoint can make a step read or wait for (DESIGN §6
 * "Bounded"), in one place. A hostile or broken server must not hold a job for hours or fill its
 * memory: bodies read whole have a size limit, a body that goes silent fails its try, and the
 * tries of one operation share one budget of time.
 *
 * Tests shorten the times through `IMAGE_ACTIONS_*` environment variables, read at each use so
 * that a test can set them around one call; nothing else should need to.
 */

import { KiB, MiB } from '../units.js';

/** Size limits, in bytes, of the bodies read whole. */
export const BodyLimit = {
  /** A manifest or an index: the distribution spec's limit for what registries must accept. */
  manifest: 4 * MiB,
  /** An image config, read whole for its platform and labels: long histories fit well below. */
  config: 8 * MiB,
  /** A page of a referrers or tag list (an index; 1000 tags). */
  listPage: 4 * MiB,
  /**
   * A referrers listing in all, its pages together: a registry repeating one huge entry on each
   * of 100 pages would otherwise have 400 MiB parsed and held; real listings are some KiB.
   */
  referrersListing: 16 * MiB,
  /** A token service's answer: a token is some KiB at most. */
  tokenAnswer: 1 * MiB,
  /** An error answer: read this far for the registry's own message, the rest is dropped. */
  errorBody: 64 * KiB,
  /** The reporting endpoint's answer. */
  reportAnswer: 1 * MiB,
  /**
   * A GitHub API answer (a commit's pull requests, 100 at most): each entry holds its head and
   * base repositories whole, some 25 KiB, so a full page is some 2.5 MiB.
   */
  githubApiAnswer: 8 * MiB,
  /** An AWS answer (ECR's token, STS's credentials, a KMS key or signature): some KiB at most. */
  awsAnswer: 1 * MiB,
  /** A credential helper's answer on stdout: one small JSON object; more is a helper gone wrong. */
  helperAnswer: 1 * MiB,
} as const;

/** Counts a registry could otherwise make endless. */
export const CountLimit = {
  /** Redirects followed for one request. */
  redirects: 5,
  /** Pages of a referrers list followed (`Link: rel="next"`): more is a registry looping. */
  referrerPages: 100,
  /**
   * Pages of a tag list followed: registries that cap a page at 100 tags whatever is asked (Quay
   * does) still list a sync's 50,000 tags in 500 pages; past it the listing ends incomplete (as
   * at its `limit`), so that a registry whose every page names one new tag cannot hold a step
   * for 10,000 requests.
   */
  tagPages: 500,
} as const;

/** How the tries of one operation are spread and bounded. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  tries: number;
  /** The first backoff's ceiling; it doubles per failed try, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * Time an operation may spend without getting anywhere: the tries, the waits between them and
   * a `Retry-After` must fit in it. A transfer that moves bytes pushes it further on.
   */
  budgetMs: number;
}

/** No byte for this long, while waiting for an answer's headers or during its body: the try fails. */
const IDLE_TIMEOUT_MS = 60_000;
const RETRY_BUDGET_MS = 5 * 60_000;

export const DEFAULT_RETRY: RetryPolicy = {
  tries: 5,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  budgetMs: RETRY_BUDGET_MS,
};

/** A positive number of milliseconds from the environment, else the default. */
function fromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : fallback;
}

/** The idle timeout: `IMAGE_ACTIONS_IDLE_TIMEOUT_MS` for tests, else 60 s. */
export function idleTimeoutMs(): number {
  return fromEnv('IMAGE_ACTIONS_IDLE_TIMEOUT_MS', IDLE_TIMEOUT_MS);
}

/** The default policy, its budget shortened by `IMAGE_ACTIONS_RETRY_BUDGET_MS` for tests. */
export function retryPolicy(policy: RetryPolicy = DEFAULT_RETRY): RetryPolicy {
  return { ...policy, budgetMs: fromEnv('IMAGE_ACTIONS_RETRY_BUDGET_MS', policy.budgetMs) };
}

/**
 * How long a credential helper may take: generous, since some (gcloud, ecr-login) call a cloud
 * API, but a hung one fails the step. `IMAGE_ACTIONS_HELPER_TIMEOUT_MS` for tests, else 60 s.
 */
export function helperTimeoutMs(): number {
  return fromEnv('IMAGE_ACTIONS_HELPER_TIMEOUT_MS', 60_000);
}
