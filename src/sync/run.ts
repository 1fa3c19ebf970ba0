import type { RegistrySession } from '../distribution/session.js';
import type { TransferProgress } from '../images/progress.js';
import { newStats, type CopyStats } from '../images/copy.js';
import { defaultHorizon, workPostponing } from './postpone.js';
import { syncPair, type PairAction, type PairOutcome } from './pair.js';
import {
  listPairs,
  openEntry,
  slicePairs,
  sourceName,
  targetName,
  type EntryRepositories,
  type ResolvedEntry,
  type SyncPair,
} from './plan.js';
import { formatShard, matrixOf, shardCount, type Shard } from './shard.js';

/**
 * A sync run: every entry's tags listed, its pairs checked and copied, a few at a time, rate
 * limits waited out per item while the others go on. What could not be done is collected and
 * listed at the end, never dropped (DESIGN §9).
 */

/** Pairs worked on at once; each copy streams `COPY_JOBS` blobs at once. */
export const PAIR_CONCURRENCY = 8;
export const COPY_JOBS = 4;

/** One pair as the `plan` output says it. */
export interface PlanRow {
  /** The entry's index in the sync file. */
  entry: number;
  source: string;
  target: string;
  source_digest?: string;
  /** What the target tag pointed at before, when it existed. */
  target_digest?: string;
  action: PairAction | 'not done';
  bytes: number;
  backup?: string;
  note?: string;
  /** Why it was not done. */
  error?: string;
}

export interface NotDone {
  /** An entry's listing, or a pair: `source → target`. */
  what: string;
  why: string;
}

export interface SyncStats {
  pairs: number;
  copied: number;
  skipped: number;
  kept: number;
  not_done: number;
  bytes_copied: number;
  manifests: number;
  blobs: CopyStats['blobs'];
  referrers: number;
  requests: number;
}

export interface SyncReport {
  dry_run: boolean;
  shard: string;
  pairs: PlanRow[];
  not_done: NotDone[];
  /** Jobs for `strategy.matrix`, from what this run planned. */
  matrix: { include: { shard: string }[] };
  stats: SyncStats;
}

export interface SyncRunParts {
  entries: ResolvedEntry[];
  session: RegistrySession;
  shard: Shard;
  dryRun: boolean;
  jobs?: number;
  progress?: TransferProgress;
  log: (message: string) => void;
  warn: (message: string) => void;
  signal?: AbortSignal;
  onTagWritten?: (reference: string) => void;
  /** Pairs at once (tests lower it to order what they observe). */
  concurrency?: number;
}

export async function runSync(parts: SyncRunParts): Promise<SyncReport> {
  const { session, dryRun } = parts;
  const before = session.transport.stats.requests;
  const concurrency = parts.concurrency ?? PAIR_CONCURRENCY;
  const repos = new Map<ResolvedEntry, EntryRepositories>(
    parts.entries.map((e) => [e, openEntry(session, e, dryRun)]),
  );
  // One horizon for the whole run: rate limits are waited out for so long, not per phase.
  const options = {
    concurrency,
    signal: parts.signal,
    log: parts.log,
    horizon: defaultHorizon(),
  };
  const listings = await workPostponing(
    parts.entries,
    (e) => listPairs(e, (repos.get(e) as EntryRepositories).source, parts.warn),
    (e) => `listing ${sourceName(e)}`,
    options,
  );
  const notDone: NotDone[] = listings.unfinished.map(({ item, error }) => ({
    what: `${sourceName(item)} (sync file line ${item.entry.line}): listing its tags`,
    why: error.message,
  }));
  const all = parts.entries.flatMap((e) => listings.done.get(e) ?? []);
  const pairs = slicePairs(all, parts.shard);
  parts.log(
    `${all.length} pairs from ${parts.entries.length} entries${parts.shard.count > 1 ? `; shard ${formatShard(parts.shard)} takes ${pairs.length}` : ''}`,
  );
  const one = (pair: SyncPair) => {
    const { source, target } = repos.get(pair.entry) as EntryRepositories;
    return syncPair(pair, source, target, {
      dryRun,
      jobs: parts.jobs ?? COPY_JOBS,
      progress: parts.progress,
      log: parts.log,
      onTagWritten: (tag) => parts.onTagWritten?.(`${targetName(pair.entry)}:${tag}`),
    });
  };
  // The tags of a repository share most of their layers: one pair of each entry goes first, so
  // the others find those layers in the target instead of streaming them side by side.
  const leaders = parts.entries
    .map((e) => pairs.find((p) => p.entry === e))
    .filter((p): p is SyncPair => p !== undefined);
  const first = await workPostponing(leaders, one, describePair, options);
  const rest = await workPostponing(
    pairs.filter((p) => !leaders.includes(p)),
    one,
    describePair,
    options,
  );
  const work = {
    done: new Map([...first.done, ...rest.done]),
    unfinished: [...first.unfinished, ...rest.unfinished],
  };
  const stats = emptyStats();
  const failures = new Map(work.unfinished.map((u) => [u.item, u.error.message]));
  // A dry run plans each pair against a target of its own: a blob two pairs need moves once.
  const planned = new Map<string, Set<string>>();
  const bytesOf = (pair: SyncPair, outcome: PairOutcome): number => {
    if (!dryRun || !outcome.plan) return outcome.bytes;
    const repo = targetName(pair.entry);
    const seen = planned.get(repo) ?? new Set<string>();
    planned.set(repo, seen);
    let bytes = 0;
    for (const blob of outcome.plan.blobs) {
      if (blob.action !== 'copy' || seen.has(blob.digest)) continue;
      seen.add(blob.digest);
      bytes += blob.size;
    }
    return bytes;
  };
  const rows = pairs.map((pair): PlanRow => {
    const base = {
      entry: pair.entry.entry.index,
      source: `${sourceName(pair.entry)}:${pair.sourceTag}`,
      target: `${targetName(pair.entry)}:${pair.targetTag}`,
    };
    const outcome = work.done.get(pair);
    if (!outcome) {
      const why = failures.get(pair) ?? 'not done';
      notDone.push({ what: describePair(pair), why });
      return { ...base, action: 'not done', bytes: 0, error: why };
    }
    count(stats, outcome.action, outcome.stats);
    return {
      ...base,
      source_digest: outcome.sourceDigest,
      ...(outcome.targetDigest ? { target_digest: outcome.targetDigest } : {}),
      action: outcome.action,
      bytes: bytesOf(pair, outcome),
      ...(outcome.backup ? { backup: outcome.backup } : {}),
      ...(outcome.note ? { note: outcome.note } : {}),
    };
  });
  stats.pairs = rows.length;
  stats.not_done = notDone.length;
  stats.requests = session.transport.stats.requests - before;
  // What a plan could not check (a rate limit) may need a copy too: its shard will tell.
  const copies = rows.filter((r) => r.action === 'copy' || r.action === 'not done');
  return {
    dry_run: dryRun,
    shard: formatShard(parts.shard),
    pairs: rows,
    not_done: notDone,
    matrix: matrixOf(
      shardCount({
        pairs: rows.length,
        copies: copies.length,
        bytes: copies.reduce((n, r) => n + r.bytes, 0),
      }),
    ),
    stats,
  };
}

export function describePair(pair: SyncPair): string {
  return `${sourceName(pair.entry)}:${pair.sourceTag} → ${targetName(pair.entry)}:${pair.targetTag}`;
}

function emptyStats(): SyncStats {
  const { blobs } = newStats();
  return {
    pairs: 0,
    copied: 0,
    skipped: 0,
    kept: 0,
    not_done: 0,
    bytes_copied: 0,
    manifests: 0,
    blobs,
    referrers: 0,
    requests: 0,
  };
}

function count(stats: SyncStats, action: PairAction, copy?: CopyStats): void {
  if (action === 'copy') stats.copied++;
  else if (action === 'skip') stats.skipped++;
  else stats.kept++;
  if (!copy) return;
  stats.bytes_copied += copy.bytes_copied;
  stats.manifests += copy.manifests;
  stats.blobs.skipped += copy.blobs.skipped;
  stats.blobs.mounted += copy.blobs.mounted;
  stats.blobs.copied += copy.blobs.copied;
  stats.referrers += copy.referrers;
}
