import { describe, expect, it } from '@jest/globals';
import {
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
  redactUrl,
  DEFAULT_RETRY,
} from '../../../src/registry/http.js';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  it.each([
    ['3', 3000],
    [' 0 ', 0],
    ['Sun, 22 Nov 2026 10:00:05 GMT', 5000],
    ['Sun, 22 Nov 2026 09:59:00 GMT', 0],
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
    for (let attempt = 1; attempt <= 8; attempt++) {
      const ceiling = Math.min(
        DEFAULT_RETRY.maxDelayMs,
        DEFAULT_RETRY.baseDelayMs * 2 ** (attempt - 1),
      );
      for (let i = 0; i < 20; i++) {
        const d = retryDelay(attempt, DEFAULT_RETRY);
        expect(d).toBeGreaterThanOrEqual(ceiling / 2);
        expect(d).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it("honours the server's Retry-After, capped at a minute", () => {
    expect(retryDelay(1, DEFAULT_RETRY, 2000)).toBe(2000);
    expect(retryDelay(1, DEFAULT_RETRY, 3_600_000)).toBe(60_000);
  });
});

it('keeps upload state tokens out of logged URLs', () => {
  expect(redactUrl('https://r.example/v2/a/blobs/uploads/uuid?_state=SECRET&digest=x')).toBe(
    'https://r.example/v2/a/blobs/uploads/uuid',
  );
});
