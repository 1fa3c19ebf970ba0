import { describe, expect, it } from '@jest/globals';
import { isRetryableReportStatus } from '../../../src/report/send.js';

describe('which answers of the endpoint are tried again', () => {
  const retried = [408, 429, 500, 502, 503, 504, 506, 507, 508, 520, 522, 524, 599];
  const final = [200, 201, 301, 302, 307, 400, 401, 403, 404, 409, 422, 501, 505, 600];

  it.each(retried)('%d is tried again', (status) => {
    expect(isRetryableReportStatus(status)).toBe(true);
  });

  it.each(final)('%d is final', (status) => {
    expect(isRetryableReportStatus(status)).toBe(false);
  });
});
