import { describe, expect, it } from '@jest/globals';
import { inShard, matrixOf, parseShard, shardCount } from '../../../src/sync/shard.js';

describe('shards', () => {
  it('reads K/N and refuses anything else, naming the input', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    for (const bad of ['0/2', '3/2', '1/257', '1', 'a/b', '1/0']) {
      expect(() => parseShard(bad)).toThrow(/^Input shard: .* is not K\/N/);
    }
  });

  it('gives every pair to exactly one of N slices, the same way every time', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `src/app:1.${i}.0 dst/app:1.${i}.0`);
    const count = 7;
    const owners = keys.map((k) =>
      Array.from({ length: count }, (_, i) => i + 1).filter((i) => inShard(k, { index: i, count })),
    );
    expect(owners.every((o) => o.length === 1)).toBe(true);
    const sizes = Array.from(
      { length: count },
      (_, i) => owners.filter((o) => o[0] === i + 1).length,
    );
    // A fair share each: no slice empty or holding twice its share.
    expect(Math.min(...sizes)).toBeGreaterThan(1000 / count / 2);
    expect(Math.max(...sizes)).toBeLessThan((1000 / count) * 2);
    // A pair's slice depends on the pair alone, not on what else was listed.
    expect(keys.slice(0, 10).map((k) => inShard(k, { index: 2, count }))).toEqual(
      owners.slice(0, 10).map((o) => o[0] === 2),
    );
  });

  it('sizes the matrix from pairs, copies and bytes, between 1 and 256', () => {
    expect(shardCount({ pairs: 0, copies: 0, bytes: 0 })).toBe(1);
    expect(shardCount({ pairs: 300, copies: 250, bytes: 0 })).toBe(3);
    expect(shardCount({ pairs: 10, copies: 10, bytes: 9 * 1024 ** 3 })).toBe(3);
    expect(shardCount({ pairs: 1e7, copies: 1e6, bytes: 0 })).toBe(256);
    expect(matrixOf(2)).toEqual({ include: [{ shard: '1/2' }, { shard: '2/2' }] });
  });
});
