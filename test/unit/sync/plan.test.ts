import { describe, expect, it } from '@jest/globals';
import { parseSyncFile } from '../../../src/sync/file.js';
import { pairKey, slicePairs, type ResolvedEntry, type SyncPair } from '../../../src/sync/plan.js';
import type { Endpoint } from '../../../src/credentials/resolve.js';

const endpoint = (domain: string): Endpoint => ({
  domain,
  host: domain,
  insecure: false,
  via: 'anonymous',
  label: domain,
});

function entries(yaml: string, targets: string[]): ResolvedEntry[] {
  return parseSyncFile(yaml, 'sync.yml').entries.map((entry, i) => ({
    entry,
    source: endpoint(entry.source.domain),
    target: { endpoint: endpoint('mirror.example.com'), repository: targets[i] },
  }));
}

const pair = (entry: ResolvedEntry, sourceTag: string, targetTag = sourceTag): SyncPair => ({
  entry,
  sourceTag,
  targetTag,
});

describe('pairs across entries', () => {
  it('refuses two entries that write one target tag, naming both lines', () => {
    const [a, b] = entries('sync:\n  - source: ghcr.io/acme/app\n  - source: quay.io/acme/app\n', [
      'acme/app',
      'acme/app',
    ]);
    expect(() =>
      slicePairs([pair(a, '1.0'), pair(b, '1.1'), pair(b, '1.0')], { index: 1, count: 1 }),
    ).toThrow(
      'sync entries at line 2 and line 3 both write mirror.example.com/acme/app:1.0 (from ghcr.io/acme/app:1.0 and quay.io/acme/app:1.0); give them different image_name or target_tag',
    );
  });

  it('slices by what a pair copies, not by the order of the file', () => {
    const [a, b] = entries('sync:\n  - source: ghcr.io/acme/app\n  - source: quay.io/acme/db\n', [
      'acme/app',
      'acme/db',
    ]);
    const all = Array.from({ length: 40 }, (_, i) => [pair(a, `1.${i}`), pair(b, `2.${i}`)]).flat();
    const slices = [1, 2, 3].map((index) => slicePairs(all, { index, count: 3 }).map(pairKey));
    expect(slices.flat().sort()).toEqual(all.map(pairKey).sort());
    expect(new Set(slices.flat()).size).toBe(all.length);
    const reversed = [1, 2, 3].map((index) =>
      slicePairs([...all].reverse(), { index, count: 3 })
        .map(pairKey)
        .sort(),
    );
    expect(reversed).toEqual(slices.map((s) => [...s].sort()));
    expect(pairKey(all[0])).toBe('ghcr.io/acme/app:1.0 mirror.example.com/acme/app:1.0');
  });
});
