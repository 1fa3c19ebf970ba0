import { RegistryError, UserError } from '../errors.js';
import { createLimiter } from '../concurrency.js';
import { backoff, sleep } from '../http/retry.js';
import { formatDuration } from '../units.js';
import { retryPolicy } from '../http/limits.js';

/**
 * Work on many items where a rate limit is normal (DESIGN §9): an item a registry answers 429
 * is set aside until its `Retry-After` has passed, its slot going to the others meanwhile, and
 * tried again; one that still fails, or whose wait would end past the horizon, is given up and
 * reported with the others at the end. Other failures of an item (a registry's refusal, a tag
 * gone) are reported at the end too; only a bug or a cancel stops the whole run.
 */

export interface PostponeOptions {
  /** Items worked on at once. */
  concurrency: number;
  /** Tries of one item in all. */
  tries?: number;
  /** No item waits past this time (ms since the epoch). */
  horizon?: number;
  signal?: AbortSignal;
  log?: (message: string) => void;
}

export interface Unfinished<T> {
  item: T;
  error: UserError;
}

/** Three retry budgets: the longest a sync waits out rate limits (15 minutes by default). */
export function defaultHorizon(now = Date.now()): number {
  return now + 3 * retryPolicy().budgetMs;
}

export const DEFAULT_TRIES = 4;

/** A rate limit's wait, or undefined when the failure is not one. */
export function rateLimitWait(error: unknown, failures: number): number | undefined {
  if (!(error instanceof RegistryError) || error.status !== 429) return undefined;
  return error.retryAfterMs ?? backoff(failures, retryPolicy());
}

export async function workPostponing<T, R>(
  items: T[],
  work: (item: T) => Promise<R>,
  describe: (item: T) => string,
  options: PostponeOptions,
): Promise<{ done: Map<T, R>; unfinished: Unfinished<T>[] }> {
  const limit = createLimiter(Math.max(1, options.concurrency));
  const tries = options.tries ?? DEFAULT_TRIES;
  const horizon = options.horizon ?? defaultHorizon();
  const done = new Map<T, R>();
  const unfinished: Unfinished<T>[] = [];
  const attempt = async (item: T, failures: number): Promise<void> => {
    try {
      done.set(item, await limit(() => work(item)));
      return;
    } catch (error) {
      // A bug keeps its stack, a cancel stops everything: neither is an item's own failure.
      if (!(error instanceof UserError) || options.signal?.aborted) throw error;
      const wait = rateLimitWait(error, failures + 1);
      if (wait === undefined || failures + 1 >= tries || Date.now() + wait > horizon) {
        unfinished.push({ item, error });
        return;
      }
      options.log?.(
        `${describe(item)}: rate-limited (HTTP 429); postponed for ${formatDuration(wait)} while the others go on`,
      );
      // Outside the limiter: the slot goes to the others while this one waits.
      await sleep(wait, options.signal);
      return attempt(item, failures + 1);
    }
  };
  await Promise.all(items.map((item) => attempt(item, 0)));
  return { done, unfinished };
}
