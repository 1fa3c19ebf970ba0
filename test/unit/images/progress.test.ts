import { describe, expect, it } from '@jest/globals';
import { TransferProgress } from '../../../src/images/progress.js';
import { humanDuration } from '../../../src/units.js';

describe('progress lines', () => {
  it.each([
    [0.2, '1 s'],
    [42, '42 s'],
    [125, '2 min 5 s'],
    [3725, '1 h 2 min'],
  ])('humanDuration(%d) = %s', (seconds, text) => expect(humanDuration(seconds)).toBe(text));

  it('counts what moved against the plan, with the rate and the time left at it', () => {
    const progress = new TransferProgress(0);
    progress.planned(60_000_000);
    progress.planned(40_000_000);
    expect(progress.idle).toBe(false);
    progress.moved(30_000_000);
    progress.finished();
    expect(progress.line(10_000)).toBe(
      '1/2 blobs, 30.0 MB of 100.0 MB, 3.00 MB/s, about 23 s left',
    );
    // A failed try's bytes are taken back: they move again.
    progress.unmoved(10_000_000);
    expect(progress.line(10_000)).toMatch(/^1\/2 blobs, 20\.0 MB of 100\.0 MB/);
    progress.moved(80_000_000);
    progress.finished();
    expect(progress.idle).toBe(true);
    expect(progress.line(20_000)).toBe('2/2 blobs, 100.0 MB of 100.0 MB, 5.00 MB/s');
  });
});
