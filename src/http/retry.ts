import { AsyncLocalStorage } from 'node:async_hooks';
import { formatDuration } from '../units.js';
import { idleTimeoutMs, retryPolicy, type RetryPolicy } from './limits.js';

/**
 * One retry budget per operation (DESIGN §6): a manifest read, a blob transfer, a token request
 * each get a number of tries and a time to spend on them, shared by every retry loop the
 * operation passes through. Loops nest (a blob transfer retries whole around requests that retry
 * too): were each to count its own tries, five times five tries of a minute each would hold a
 * step for half an hour. The budget travels with the operation's async context, so an inner
 * loop draws from the outer one's budget without every call in between passing it on.
 */
export class RetryBudget {
  private failures = 0;
  private deadline: number;
  /** Why the budget allows no more tries, once `next` has said so: outer loops stop too. */
  spent?: string;

  constructor(readonly policy: RetryPolicy = retryPolicy()) {
    this.deadline = Date.now() + policy.budgetMs;
  }

  /** Bytes moved: an operation that gets somewhere has its time to spend renewed. */
  progressed(): void {
    this.deadline = Date.now() + this.policy.budgetMs;
  }

  /** Time left, in ms (0 once it is spent). */
  remaining(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  /**
   * Timeouts for one try: no byte for the idle timeout fails it, and no try outlives the budget
   * waiting for an answer. Bytes that keep coming are never cut, however long they take.
   */
  tryTimeouts(): { headersTimeout: number; bodyTimeout: number } {
    const timeout = Math.max(1000, Math.min(idleTimeoutMs(), this.remaining()));
    return { headersTimeout: timeout, bodyTimeout: timeout };
  }

  /**
   * After a failed try: the wait before the next one, or why there is none (the tries are used
   * up, the time is, or the server asked to come back after the budget ends). `retryAfterMs` is
   * the server's `Retry-After`: it is waited out exactly, never shortened.
   */
  next(retryAfterMs?: number): { waitMs: number } | { stop: string } {
    const decision = this.decide(retryAfterMs);
    if ('stop' in decision) this.spent ??= decision.stop;
    return decision;
  }

  private decide(retryAfterMs?: number): { waitMs: number } | { stop: string } {
    if (this.spent) return { stop: this.spent };
    this.failures++;
    const { policy } = this;
    if (this.failures >= policy.tries) return { stop: `gave up after ${tries(this.failures)}` };
    if (retryAfterMs !== undefined && retryAfterMs > this.remaining()) {
      const at = new Date(Date.now() + retryAfterMs).toISOString().replace(/\.\d+Z$/, 'Z');
      return {
        stop: `asked to retry at ${at} (Retry-After), beyond the retry budget of ${formatDuration(policy.budgetMs)}`,
      };
    }
    const waitMs = retryAfterMs ?? backoff(this.failures, policy);
    if (waitMs > this.remaining()) {
      return {
        stop: `gave up after ${tries(this.failures)} within the retry budget of ${formatDuration(policy.budgetMs)}`,
      };
    }
    return { waitMs };
  }
}

const tries = (n: number) => `${n} ${n === 1 ? 'try' : 'tries'}`;

/** Exponential backoff with full jitter: half the ceiling, plus up to as much again at random. */
export function backoff(failures: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

const current = new AsyncLocalStorage<RetryBudget>();

/** What is left of the running operation's budget, in ms; undefined outside any operation. */
export function budgetRemaining(): number | undefined {
  return current.getStore()?.remaining();
}

/**
 * Runs `operation` with the budget of the operation it is part of, or, when it is one of its
 * own, with a new budget (from `policy`).
 */
export function withRetryBudget<T>(
  operation: (budget: RetryBudget) => Promise<T>,
  policy?: RetryPolicy,
): Promise<T> {
  const outer = current.getStore();
  if (outer) return operation(outer);
  const budget = new RetryBudget(retryPolicy(policy));
  return current.run(budget, () => operation(budget));
}

/** Waits `ms`; a cancelled step does not wait out its backoff: the wait ends with its reason. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });

/** How `retrying` treats a failed try. */
export interface RetryRules<T> {
  /**
   * Whether the failure is worth another try: false (throw it), true, or the wait the server
   * asked for (`Retry-After`, in ms), which is waited out exactly.
   */
  retryable(error: unknown, budget: RetryBudget): boolean | { retryAfterMs?: number };
  /** What the caller gets when the budget allows no more tries: throw, or an answer to return. */
  exhausted(error: unknown, stop: string): T;
  /** Told before each wait (a debug line). */
  onRetry?(error: unknown, waitMs: number): void | Promise<void>;
  /** A cancelled step does not wait out its backoff. */
  signal?: AbortSignal;
  /** For an operation of its own (an outer operation's budget is used when there is one). */
  policy?: RetryPolicy;
}

/**
 * The one retry loop: tries `attempt` until it succeeds, a failure is not retryable, or the
 * operation's budget (DESIGN §6) allows no more tries, waiting with backoff (or the server's
 * `Retry-After`) between tries. `attempt` gets the budget (per-try timeouts, `progressed` as
 * bytes move) and the try's number from 1.
 */
export function retrying<T>(
  attempt: (budget: RetryBudget, n: number) => Promise<T>,
  rules: RetryRules<T>,
): Promise<T> {
  return withRetryBudget(async (budget) => {
    for (let n = 1; ; n++) {
      try {
        return await attempt(budget, n);
      } catch (error) {
        const verdict = rules.retryable(error, budget);
        if (!verdict) throw error;
        const next = budget.next(verdict === true ? undefined : verdict.retryAfterMs);
        if ('stop' in next) return rules.exhausted(error, next.stop);
        await rules.onRetry?.(error, next.waitMs);
        await sleep(next.waitMs, rules.signal);
      }
    }
  }, rules.policy);
}
