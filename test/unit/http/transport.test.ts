import { afterEach, describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { isRetryableStatus } from '../../../src/http/transport.js';
import { parseRetryAfter } from '../../../src/http/retry-after.js';
import { readBounded, redactUrl } from '../../../src/http/read.js';
import { DEFAULT_RETRY, retryPolicy } from '../../../src/http/limits.js';
import { backoff, RetryBudget, withRetryBudget } from '../../../src/http/retry.js';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  it.each([
    ['3', 3000],
    [' 0 ', 0],
    ['Sun, 22 Nov 2026 10:00:05 GMT', 5000],
    ['Sun, 22 Nov 2026 09:59:00 GMT', 0],
    // RFC 850 and asctime, the obsolete forms RFC 9110 still asks recipients to read.
    ['Sunday, 22-Nov-26 10:00:07 GMT', 7000],
    ['Sun Nov 22 10:00:09 2026', 9000],
    ['Sun Nov  2 10:00:00 2026', 0],
    // Neither delay-seconds nor an HTTP-date: absent, not "a date in 2001, retry now".
    ['-1', undefined],
    ['+1', undefined],
    ['2, 3', undefined],
    ['1.5', undefined],
    ['2026-11-22T10:00:05Z', undefined],
    ['Sun, 31 Feb 2026 10:00:00 GMT', undefined],
    ['soon', undefined],
    [undefined, undefined],
  ])('%s → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('retry policy', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries %i', (s) =>
    expect(isRetryableStatus(s)).toBe(true),
  );
  it.each([400, 401, 403, 404, 409, 501])('does not retry %i', (s) =>
    expect(isRetryableStatus(s)).toBe(false),
  );

  it('backs off exponentially with jitter, within the ceiling', () => {
    for (let failures = 1; failures <= 8; failures++) {
      const ceiling = Math.min(
        DEFAULT_RETRY.maxDelayMs,
        DEFAULT_RETRY.baseDelayMs * 2 ** (failures - 1),
      );
      for (let i = 0; i < 20; i++) {
        const d = backoff(failures, DEFAULT_RETRY);
        expect(d).toBeGreaterThanOrEqual(ceiling / 2);
        expect(d).toBeLessThanOrEqual(ceiling);
      }
    }
  });
});

describe('the retry budget of an operation', () => {
  afterEach(() => {
    delete process.env.IMAGE_ACTIONS_RETRY_BUDGET_MS;
  });

  it('allows its tries in all, and says why it stops', () => {
    const budget = new RetryBudget({ ...DEFAULT_RETRY, tries: 3 });
    expect(budget.next()).toHaveProperty('waitMs');
    expect(budget.next()).toHaveProperty('waitMs');
    expect(budget.next()).toEqual({ stop: 'gave up after 3 tries' });
    // Spent is spent: an outer loop asking again stops too, with the same reason.
    expect(budget.next()).toEqual({ stop: 'gave up after 3 tries' });
    expect(budget.spent).toBe('gave up after 3 tries');
  });

  it("waits a server's Retry-After exactly, and fails at once on one beyond the budget", () => {
    const budget = new RetryBudget(DEFAULT_RETRY);
    expect(budget.next(120_000)).toEqual({ waitMs: 120_000 });
    const stop = budget.next(86_400_000);
    expect(stop).toEqual({
      stop: expect.stringMatching(
        /^asked to retry at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(Retry-After\), beyond the retry budget of 5 minutes$/,
      ),
    });
    const at = Date.parse(/at (\S+)/.exec((stop as { stop: string }).stop)![1]);
    expect(Math.abs(at - (Date.now() + 86_400_000))).toBeLessThan(5_000);
  });

  it('is shortened by IMAGE_ACTIONS_RETRY_BUDGET_MS, and bytes moving renew it', async () => {
    process.env.IMAGE_ACTIONS_RETRY_BUDGET_MS = '300';
    expect(retryPolicy().budgetMs).toBe(300);
    const budget = new RetryBudget(retryPolicy({ ...DEFAULT_RETRY, baseDelayMs: 1000 }));
    expect(budget.remaining()).toBeLessThanOrEqual(300);
    // A backoff longer than what is left ends the operation rather than outlive it.
    expect(budget.next()).toEqual({
      stop: expect.stringMatching(/^gave up after 1 try within the retry budget of 300 ms$/),
    });
    const fresh = new RetryBudget(retryPolicy());
    await new Promise((r) => setTimeout(r, 150));
    const before = fresh.remaining();
    fresh.progressed();
    expect(fresh.remaining()).toBeGreaterThan(before);
  });

  it('is one per operation: loops inside draw on the outer one', async () => {
    const seen = await withRetryBudget(async (outer) =>
      withRetryBudget(async (inner) => inner === outer),
    );
    expect(seen).toBe(true);
    const apart = await Promise.all([
      withRetryBudget(async (b) => b),
      withRetryBudget(async (b) => b),
    ]);
    expect(apart[0]).not.toBe(apart[1]);
  });
});

describe('bodies read whole', () => {
  it('stops at the limit: an error past it, or the start kept', async () => {
    const endless = () => {
      const body = new PassThrough();
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (!body.destroyed && body.write(chunk));
        if (!body.destroyed) body.once('drain', pump);
      };
      pump();
      return body;
    };
    const first = endless();
    await expect(
      readBounded(first, 1024 * 1024, (max) => new Error(`more than ${max}`)),
    ).rejects.toThrow('more than 1 MiB');
    expect(first.destroyed).toBe(true);
    const second = endless();
    const start = await readBounded(second, 100_000);
    expect(start.length).toBe(100_000);
    expect(second.destroyed).toBe(true);
  });
});

it('keeps upload state tokens out of logged URLs', () => {
  expect(redactUrl('https://r.example/v2/a/blobs/uploads/uuid?_state=SECRET&digest=x')).toBe(
    'https://r.example/v2/a/blobs/uploads/uuid',
  );
});
