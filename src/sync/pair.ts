import { RegistryError } from '../errors.js';
import { copyImage, type CopyPlan, type CopyStats } from '../images/copy.js';
import { narrowToPlatforms, selectPlatforms } from '../images/platforms.js';
import { cosignTags, referrersTag } from '../images/referrers.js';
import type { TransferProgress } from '../images/progress.js';
import { isIndexMediaType, type RawManifest } from '../oci/manifest.js';
import { isValidTag } from '../oci/reference.js';
import type { ImageSource, ImageTarget } from '../oci/store.js';
import type { SyncPair } from './plan.js';

/**
 * One (source tag, target tag) pair. The cheap path first, as regsync does: a HEAD of the source
 * tag and one of the target tag; equal digests end it, no manifest body read, no blob moved.
 * Otherwise the image is copied by the promote engine, referrers and platforms as the entry
 * says, and the tag is written last.
 */

export type PairAction = 'copy' | 'skip' | 'kept';

export interface PairOutcome {
  action: PairAction;
  sourceDigest: string;
  /** What the target tag pointed at before, when it existed. */
  targetDigest?: string;
  /** Bytes moved (a dry run: bytes that would move). */
  bytes: number;
  /** The tag the old digest was kept under before the tag moved (`backup`). */
  backup?: string;
  plan?: CopyPlan;
  stats?: CopyStats;
  /** What `platforms` made of the image. */
  note?: string;
}

export interface PairOptions {
  dryRun: boolean;
  jobs?: number;
  progress?: TransferProgress;
  log?: (message: string) => void;
  onTagWritten?: (tag: string) => void;
}

export async function syncPair(
  pair: SyncPair,
  source: ImageSource,
  target: ImageTarget,
  options: PairOptions,
): Promise<PairOutcome> {
  const { entry } = pair.entry;
  const [sourceHead, targetHead] = await Promise.all([
    source.headManifest(pair.sourceTag),
    target.headManifest(pair.targetTag),
  ]);
  if (!sourceHead) {
    throw new RegistryError(
      `${source.label}: ${source.name}:${pair.sourceTag} is gone (it was listed, then not found)`,
      404,
      'MANIFEST_UNKNOWN',
    );
  }
  // A HEAD without Docker-Content-Digest proves presence only: the bytes tell then.
  let targetDigest = targetHead?.digest || undefined;
  const cheap = !entry.platforms.length && sourceHead.digest !== '';
  // Whether what hangs off the image is there too: else the copy carries it, tag or no tag.
  let carried = true;
  if (cheap && targetDigest === sourceHead.digest) {
    carried = await referrerTagsMatch(pair, source, target, sourceHead.digest);
    if (carried) {
      return { action: 'skip', sourceDigest: sourceHead.digest, targetDigest, bytes: 0 };
    }
  }
  // Read by digest when the HEAD gave one: the bytes are checked against it.
  const root = await source.getManifest(sourceHead.digest || pair.sourceTag);
  const wanted = entry.platforms.length ? expectedDigest(root, pair, source) : root.digest;
  if (targetHead && !targetDigest) targetDigest = (await target.getManifest(pair.targetTag)).digest;
  if (targetDigest === wanted && carried) {
    return { action: 'skip', sourceDigest: root.digest, targetDigest, bytes: 0 };
  }
  // The tag points elsewhere (not merely lacking what hangs off the same image).
  const moves = targetDigest !== undefined && targetDigest !== wanted;
  if (moves && !entry.overwrite) {
    return { action: 'kept', sourceDigest: root.digest, targetDigest, bytes: 0 };
  }
  const narrowed = entry.platforms.length
    ? await narrowToPlatforms(source, root, entry.platforms, { input: 'sync' })
    : { root, newRoot: false, note: undefined };
  const backup =
    moves && targetDigest && entry.backup
      ? await keepOld(target, targetDigest, entry.backup, pair.targetTag, options)
      : undefined;
  const result = await copyImage(source, narrowed.root, target, [pair.targetTag], {
    dryRun: options.dryRun,
    jobs: options.jobs,
    referrers: entry.referrers,
    newRoot: narrowed.newRoot,
    progress: options.progress,
    log: options.log,
    onTagWritten: options.onTagWritten,
  });
  const bytes = options.dryRun
    ? result.plan.blobs.filter((b) => b.action === 'copy').reduce((n, b) => n + b.size, 0)
    : result.stats.bytes_copied;
  return {
    action: 'copy',
    sourceDigest: root.digest,
    ...(targetDigest ? { targetDigest } : {}),
    bytes,
    ...(backup ? { backup } : {}),
    plan: result.plan,
    stats: result.stats,
    ...(narrowed.note ? { note: narrowed.note } : {}),
  };
}

/**
 * An image signed (or given an SBOM) after it was mirrored has new cosign or referrers tags in
 * the source: the listing shows them without a request. Only for such an image are those tags
 * compared on both sides (a `HEAD` each); an unsigned image costs nothing more. What the OCI
 * referrers API alone lists is not seen here: promote the image to carry it.
 */
async function referrerTagsMatch(
  pair: SyncPair,
  source: ImageSource,
  target: ImageTarget,
  digest: string,
): Promise<boolean> {
  if (!pair.entry.entry.referrers || !pair.sourceTags) return true;
  const tags = [referrersTag(digest), ...cosignTags(digest).map((c) => c.tag)].filter((tag) =>
    pair.sourceTags?.has(tag),
  );
  const heads = await Promise.all(
    tags.map(async (tag) => {
      const [theirs, ours] = await Promise.all([
        source.headManifest(tag),
        target.headManifest(tag),
      ]);
      return theirs?.digest !== '' && theirs?.digest === ours?.digest;
    }),
  );
  return heads.every(Boolean);
}

/**
 * The digest the target tag has once `platforms` is applied, told from the index alone: the one
 * platform's own manifest, or the narrowed index. A single manifest stays itself (its platform,
 * which only its config says, is checked by the copy).
 */
function expectedDigest(root: RawManifest, pair: SyncPair, source: ImageSource): string {
  if (!isIndexMediaType(root.mediaType)) return root.digest;
  const where = `${source.label}: ${source.name}@${root.digest}`;
  const selection = selectPlatforms(root, pair.entry.entry.platforms, where, 'sync');
  if (selection.kind === 'child') return selection.descriptor.digest;
  if (selection.kind === 'index') return selection.root.digest;
  return root.digest;
}

/** regsync's backup: the old digest tagged before the tag moves; nothing is ever deleted. */
async function keepOld(
  target: ImageTarget,
  oldDigest: string,
  template: string,
  tag: string,
  options: PairOptions,
): Promise<string> {
  const backup = template
    .replace(/\{tag\}/g, tag)
    .replace(/\{digest\}/g, oldDigest.slice(oldDigest.indexOf(':') + 1).slice(0, 12));
  if (!isValidTag(backup)) {
    throw new RegistryError(
      `${target.label}: ${target.name}: backup makes "${backup}" of ${tag}, which is not a tag; nothing was written`,
      0,
      'TAG_INVALID',
    );
  }
  if (!options.dryRun && (await target.headManifest(backup))?.digest !== oldDigest) {
    await target.putManifest(backup, await target.getManifest(oldDigest));
    options.onTagWritten?.(backup);
  }
  return backup;
}
