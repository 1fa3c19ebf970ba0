import { UserError } from '../errors.js';
import type { Repository } from '../distribution/repository.js';
import type { RegistrySession } from '../distribution/session.js';
import type { Endpoint, PushTarget } from '../credentials/resolve.js';
import type { SyncEntry } from './file.js';
import { pairTags, selectTags } from './rules.js';
import { inShard, type Shard } from './shard.js';

/**
 * From entries to pairs: each source's tags are listed (paged by `Link`), the rules pick and
 * order them, the template names their target tags, and the shard keeps its slice. Plain data,
 * printed by a dry run and tested as a table.
 */

/** An entry with where it reads and writes, resolved through the registries file. */
export interface ResolvedEntry {
  entry: SyncEntry;
  source: Endpoint;
  target: PushTarget;
}

/** The repository handles of an entry: one token per side, made once for all its pairs. */
export interface EntryRepositories {
  source: Repository;
  target: Repository;
}

/** One tag to mirror. */
export interface SyncPair {
  entry: ResolvedEntry;
  sourceTag: string;
  targetTag: string;
  /** Every tag of the source, as listed: tells which images have cosign or referrers tags. */
  sourceTags?: ReadonlySet<string>;
}

/** Tags a listing takes at most; the referrer walk's listing (10 000) is served from it. */
export const LISTING_LIMIT = 50_000;

/**
 * The target side's token grants push there and pull on the source when both are on one
 * registry (blobs are mounted then), so such a source needs no token of its own.
 */
export function openEntry(
  session: RegistrySession,
  resolved: ResolvedEntry,
  dryRun: boolean,
): EntryRepositories {
  const targetClient = session.for(resolved.target.endpoint);
  const sourceClient = session.for(resolved.source);
  const sourceName = resolved.entry.source.repository;
  const same = sourceClient.sameRegistry(targetClient);
  const target = targetClient.repository(resolved.target.repository, {
    push: !dryRun,
    mountFrom: same ? [sourceName] : [],
  });
  const source =
    sourceClient === targetClient
      ? target.sibling(sourceName)
      : sourceClient.repository(sourceName);
  return { source, target };
}

/** `host/repo`, as plans and messages name a side. */
export function sourceName(resolved: ResolvedEntry): string {
  return `${resolved.entry.source.domain}/${resolved.entry.source.repository}`;
}

export function targetName(resolved: ResolvedEntry): string {
  return `${resolved.target.endpoint.domain}/${resolved.target.repository}`;
}

/** What identifies a pair whatever the file's order: its source and its target. */
export function pairKey(pair: SyncPair): string {
  return `${sourceName(pair.entry)}:${pair.sourceTag} ${targetName(pair.entry)}:${pair.targetTag}`;
}

/** The pairs of one entry: its source's tags listed, picked, ordered and named in the target. */
export async function listPairs(
  resolved: ResolvedEntry,
  source: Repository,
  warn: (message: string) => void,
): Promise<SyncPair[]> {
  const listed = await source.listTags(LISTING_LIMIT);
  const where = `${source.label}: ${source.name}`;
  if (!listed) {
    throw new UserError(
      `${where}: the registry will not list its tags (a token that may pull but not list, or no such repository)`,
    );
  }
  if (!listed.complete) {
    throw new UserError(`${where}: more than ${LISTING_LIMIT} tags; narrow the source`);
  }
  const { entry } = resolved;
  const { pairs, invalid } = pairTags(selectTags(listed.tags, entry.rules), entry.targetTag);
  if (invalid.length) {
    warn(
      `${where}: target_tag ${entry.targetTag} makes ${invalid.slice(0, 3).join(', ')}${invalid.length > 3 ? ', …' : ''}, which ${invalid.length === 1 ? 'is not a tag' : 'are not tags'}; left out`,
    );
  }
  const sourceTags = new Set(listed.tags);
  return pairs.map((p) => ({
    entry: resolved,
    sourceTag: p.source,
    targetTag: p.target,
    sourceTags,
  }));
}

/**
 * The pairs of all entries, checked: two entries that would write one target tag are an error
 * before anything is written. Then only the shard's slice is kept.
 */
export function slicePairs(all: SyncPair[], shard: Shard): SyncPair[] {
  const writers = new Map<string, SyncPair>();
  for (const pair of all) {
    const target = `${targetName(pair.entry)}:${pair.targetTag}`;
    const other = writers.get(target);
    if (other && other.entry !== pair.entry) {
      const line = (p: SyncPair) => `line ${p.entry.entry.line}`;
      throw new UserError(
        `sync entries at ${line(other)} and ${line(pair)} both write ${target} (from ${sourceName(other.entry)}:${other.sourceTag} and ${sourceName(pair.entry)}:${pair.sourceTag}); give them different image_name or target_tag`,
      );
    }
    writers.set(target, pair);
  }
  return all.filter((pair) => inShard(pairKey(pair), shard));
}
