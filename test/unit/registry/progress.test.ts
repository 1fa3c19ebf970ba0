import { describe, expect, it } from '@jest/globals';
import { formatBytes, formatDuration, TransferProgress } from '../../../src/registry/progress.js';

describe('progress lines', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [128_000_000, '128.0 MB'],
    [2_500_000_000, '2.5 GB'],
  ])('formatBytes(%d) = %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  it.each([
    [0.2, '1 s'],
    [42, '42 s'],
    [125, '2 min 5 s'],
    [3725, '1 h 2 min'],
  ])('formatDuration(%d) = %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));

  it('counts what moved against the plan, with the rate and the time left at it', () => {
    const progress = new TransferProgress(0);
    progress.planned(60_000_000);
    progress.planned(40_000_000);
    expect(progress.idle).toBe(false);
    progress.moved(30_000_000);
    progress.finished();
    expect(progress.line(10_000)).toBe('1/2 blobs, 30.0 MB of 100.0 MB, 3.0 MB/s, about 23 s left');
    // A failed try's bytes are taken back: they move again.
    progress.unmoved(10_000_000);
    expect(progress.line(10_000)).toMatch(/^1\/2 blobs, 20\.0 MB of 100\.0 MB/);
    progress.moved(80_000_000);
    progress.finished();
    expect(progress.idle).toBe(true);
    expect(progress.line(20_000)).toBe('2/2 blobs, 100.0 MB of 100.0 MB, 5.0 MB/s');
  });
});
