import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';

/**
 * Scaling out on the CI's own matrix (DESIGN §9): `shard: K/N` makes a job take the K-th of N
 * slices of all (entry, tag) pairs. A pair's slice is a hash of what it copies, not its place in
 * a list, so every job agrees on it however the listing grew between their starts: no pair is
 * done twice or left out, and a re-run of a failed shard takes the same pairs.
 */

export const MAX_SHARDS = 256;

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export const WHOLE: Shard = { index: 1, count: 1 };

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new UserError(
      `Input shard: "${text}" is not K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS}; pass the matrix's shard, e.g. \${{ matrix.shard }}`,
    );
  }
  return { index, count };
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/** Whether the pair named by `key` (source and target references) belongs to `shard`. */
export function inShard(key: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const hash = createHash('sha256').update(key).digest().readUInt32BE(0);
  return (hash % shard.count) + 1 === shard.index;
}

/** What one job of the matrix is given: pairs to copy and bytes to move, at most. */
export const SHARE = { copies: 100, bytes: 4 * 1024 ** 3, checks: 2000 } as const;

/**
 * How many jobs a plan needs so each moves a fair share: enough that none copies more than
 * `SHARE.copies` images or `SHARE.bytes` bytes, or checks more than `SHARE.checks` pairs; at
 * least one (a matrix cannot be empty), at most 256 (GitHub's limit per matrix).
 */
export function shardCount(plan: { pairs: number; copies: number; bytes: number }): number {
  const wanted = Math.max(
    Math.ceil(plan.copies / SHARE.copies),
    Math.ceil(plan.bytes / SHARE.bytes),
    Math.ceil(plan.pairs / SHARE.checks),
    1,
  );
  return Math.min(wanted, MAX_SHARDS);
}

/** `{"include":[{"shard":"1/N"},…]}`, ready for `strategy.matrix`. */
export function matrixOf(count: number): { include: { shard: string }[] } {
  return {
    include: Array.from({ length: count }, (_, i) => ({ shard: `${i + 1}/${count}` })),
  };
}
