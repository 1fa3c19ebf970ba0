import { RegistryError, UserError } from '../errors.js';
import { Repository } from '../distribution/repository.js';
import type { ImageSource, ImageTarget } from '../oci/store.js';
import { DryRunTarget } from './dry-run.js';
import { retrying } from '../http/retry.js';
import { describe, isNetworkError } from '../http/errors.js';
import { isRetryableStatus } from '../http/transport.js';
import { createLimiter } from '../concurrency.js';
import type { TransferProgress } from './progress.js';
import {
  formatPlatform,
  isAttestation,
  isIndexMediaType,
  isNonDistributable,
  digestMatches,
  parseImageIndex,
  referencedBlobs,
  type Descriptor,
  type RawManifest,
} from '../oci/manifest.js';
import {
  discoverReferrers,
  mergeCosignManifest,
  mergeReferrersIndex,
  referrerDescriptor,
  referrersTag,
  type Referrer,
  type ReferrerSource,
} from './referrers.js';
import { assertVerifiable, verifyingStream } from '../oci/digest.js';

/**
 * How an image moves. `retag`: same repository, only tags are written. `mount`: same registry,
 * blobs are linked from the source repository. `copy`: another registry, missing blobs stream
 * from source to target.
 */
export type CopyMode = 'retag' | 'mount' | 'copy';

export interface PlannedBlob {
  digest: string;
  size: number;
  action: 'skip' | 'mount' | 'copy';
  /** The manifest that first named it (a blob two platforms share is planned once). */
  manifest: string;
}

export interface PlannedManifest {
  digest: string;
  mediaType: string;
  action: 'skip' | 'write';
  /** `linux/arm64/v8`, for an index's platform image. */
  platform?: string;
}

export interface PlannedTag {
  tag: string;
  action: 'skip' | 'write';
}

/** A signature, SBOM or attestation carried with the image. */
export interface PlannedReferrer {
  digest: string;
  artifactType: string;
  /** The digest it hangs off. */
  subject: string;
  source: ReferrerSource;
  /** cosign's tag, written with the same bytes in the target. */
  tag?: string;
  action: 'skip' | 'write';
}

/** What a promotion does (or, on a dry run, would do): plain data for summaries and tests. */
export interface CopyPlan {
  /** `merge`: several images joined into one new index (see merge.ts). */
  mode: CopyMode | 'merge';
  digest: string;
  mediaType: string;
  manifests: PlannedManifest[];
  blobs: PlannedBlob[];
  tags: PlannedTag[];
  referrers: PlannedReferrer[];
  /**
   * How the target is told of the referrers: its referrers API (the `subject` of each does it),
   * or the `sha256-<hex>` tag indexes written or merged; none when nothing refers to the image.
   */
  referrersIndex?: 'api' | 'tag-schema';
}

export interface CopyStats {
  /** Manifests written, tags included. */
  manifests: number;
  blobs: { skipped: number; mounted: number; copied: number };
  bytes_copied: number;
  /** Referrers (signatures, SBOMs, attestations) written to the target. */
  referrers: number;
  requests: number;
}

export interface CopyResult {
  digest: string;
  mediaType: string;
  plan: CopyPlan;
  stats: CopyStats;
}

export interface CopyOptions {
  /** Fail, writing nothing, unless the source resolves to this digest. */
  expectedDigest?: string;
  dryRun?: boolean;
  /** Blob transfers at once. */
  jobs?: number;
  /** Carry what refers to the image (signatures, SBOMs, attestations). Default true. */
  referrers?: boolean;
  /** false: a tag that exists and points elsewhere fails the promotion before any write. */
  overwrite?: boolean;
  /**
   * The root was made by this promotion (an index narrowed to some platforms): the source holds
   * nothing that refers to it, only to its children.
   */
  newRoot?: boolean;
  /** Counts the blobs and bytes that move, for progress lines. */
  progress?: TransferProgress;
  /** Told of each tag as it is written (what a cancelled step says it left behind). */
  onTagWritten?: (tag: string) => void;
  log?: (message: string) => void;
  /** What the source lists that is left out (a referrer that is none): else `log`. */
  warn?: (message: string) => void;
}

/**
 * Blob streams at once. Where a link caps each connection (most wide-area paths), a copy of many
 * layers is as fast as its streams are many: over a 20 ms round trip at 25 MB/s per connection, a
 * 3-platform index of 24 layers of 1–4 MB copied in 2.5 s with 4 streams, 2.4 s with 8 and 1.8 s
 * with 16 (bench/RESULTS.md); on loopback, where the copy is CPU-bound, the number hardly matters,
 * and an image of fewer layers opens no more streams than it has blobs.
 */
export const DEFAULT_JOBS = 16;

/** Only two repositories of one registry can share blobs; any other pair streams them. */
export function copyMode(source: ImageSource, target: ImageTarget): CopyMode {
  if (!(source instanceof Repository && target instanceof Repository)) return 'copy';
  if (!source.client.sameRegistry(target.client)) return 'copy';
  return source.name === target.name ? 'retag' : 'mount';
}

/** What the engine writes through: the target itself, or on a dry run a stand-in that keeps it. */
export function writerFor(target: ImageTarget, options: Pick<CopyOptions, 'dryRun'>): ImageTarget {
  return options.dryRun ? new DryRunTarget(target) : target;
}

/** A dry run wrote nothing: its counts of writes are zero; what it found present stays counted. */
export function settled(stats: CopyStats, options: Pick<CopyOptions, 'dryRun'>): CopyStats {
  if (!options.dryRun) return stats;
  return {
    ...stats,
    manifests: 0,
    blobs: { ...stats.blobs, mounted: 0, copied: 0 },
    bytes_copied: 0,
    referrers: 0,
  };
}

/** Reads the source manifest and checks it against `expected_digest` before anything is written. */
export async function readSource(
  source: ImageSource,
  reference: string,
  expectedDigest?: string,
): Promise<RawManifest> {
  const root = await source.getManifest(reference);
  if (expectedDigest && !digestMatches(root.bytes, expectedDigest)) {
    throw new UserError(
      `${source.label}: ${source.name}${reference.includes(':') ? '@' : ':'}${reference} is ${root.digest}, not the expected_digest ${expectedDigest}; nothing was written`,
    );
  }
  return root;
}

/**
 * Promotes one image (manifest or index) to `tags` of the target repository. Everything a tag
 * points to is present and verified in the target before the tag is written.
 */
export async function copyImage(
  source: ImageSource,
  root: RawManifest,
  target: ImageTarget,
  tags: string[],
  options: CopyOptions = {},
): Promise<CopyResult> {
  const counter = requestCounter([source, target]);
  const mode = copyMode(source, target);
  const writer = writerFor(target, options);
  const run = new CopyRun({
    source,
    target: writer,
    mode,
    options,
    plan: newPlan(mode, root),
    stats: newStats(),
  });
  // In place, the repository already holds the image and all that refers to it.
  const carry = mode !== 'retag' && options.referrers !== false;
  // Read before any request starts: a malformed root fails alone, with nothing left in flight.
  const subjects = carry
    ? subjectsOf(root, options, `${source.label}: ${source.name}@${root.digest}`)
    : [];
  const [tagPlan, referrers] = await Promise.all([
    mode === 'retag' && options.overwrite !== false
      ? // Everything the manifest references is there already: one write per tag, no HEAD first.
        tags.map((tag): PlannedTag => ({ tag, action: 'write' }))
      : planTags(target, tags, root.digest, options.overwrite),
    carry ? discoverReferrers(source, subjects, { debug: options.log, warn: options.warn }) : [],
  ]);
  run.plan.tags = tagPlan;
  if (mode !== 'retag' && (tagPlan.some((t) => t.action === 'write') || referrers.length)) {
    // Referrers with a `subject` hang off the root by digest: it is put by digest first, so that
    // a registry indexing subjects finds it. cosign's tags name it only by their own name.
    await run.ensureManifest(root, {
      putByDigest: referrers.some((r) => r.source !== 'cosign-tag'),
    });
  }
  await run.carryReferrers(referrers);
  await writeTags(writer, root, run.plan, run.stats, options);
  run.stats.requests = counter();
  return {
    digest: root.digest,
    mediaType: root.mediaType,
    plan: run.plan,
    stats: settled(run.stats, options),
  };
}

/** The digests whose referrers travel with the image: the root's own and its children's. */
export function subjectsOf(
  root: RawManifest,
  options: Pick<CopyOptions, 'newRoot'> = {},
  where = root.digest,
): string[] {
  const subjects = options.newRoot ? [] : [root.digest];
  if (isIndexMediaType(root.mediaType)) {
    const index = parseImageIndex(root, where);
    for (const child of Array.isArray(index.manifests) ? index.manifests : []) {
      if (typeof child?.digest === 'string') subjects.push(child.digest);
    }
  }
  return [...new Set(subjects)];
}

export function newPlan(mode: CopyPlan['mode'], root: RawManifest): CopyPlan {
  return {
    mode,
    digest: root.digest,
    mediaType: root.mediaType,
    manifests: [],
    blobs: [],
    tags: [],
    referrers: [],
  };
}

export function newStats(): CopyStats {
  return {
    manifests: 0,
    blobs: { skipped: 0, mounted: 0, copied: 0 },
    bytes_copied: 0,
    referrers: 0,
    requests: 0,
  };
}

/** Requests made through these registries' transports from now on (an archive makes none). */
export function requestCounter(stores: ImageSource[]): () => number {
  const repos = stores.filter((s): s is Repository => s instanceof Repository);
  const transports = [...new Set(repos.map((r) => r.client.transport))];
  const before = transports.reduce((n, t) => n + t.stats.requests, 0);
  return () => transports.reduce((n, t) => n + t.stats.requests, 0) - before;
}

/**
 * A tag that already points at the digest needs no write: a HEAD per tag tells. With `overwrite`
 * false, a tag that points elsewhere fails the promotion here, before anything is written.
 */
export async function planTags(
  target: ImageSource,
  tags: string[],
  digest: string,
  overwrite = true,
): Promise<PlannedTag[]> {
  const heads = await Promise.all(tags.map((tag) => target.headManifest(tag)));
  if (!overwrite) {
    const moved: string[] = [];
    await Promise.all(
      heads.map(async (head, i) => {
        if (!head) return;
        // A HEAD without Docker-Content-Digest proves presence only: the bytes tell.
        const current = head.digest || (await target.getManifest(tags[i])).digest;
        if (current !== digest) {
          head.digest = current;
          moved.push(`${tags[i]} points to ${current}`);
        }
      }),
    );
    if (moved.length) {
      throw new UserError(
        `${target.label}: ${target.name}: overwrite is false and ${moved.sort().join(', ')}, not to ${digest}; nothing was written`,
      );
    }
  }
  return tags.map((tag, i) => ({ tag, action: heads[i]?.digest === digest ? 'skip' : 'write' }));
}

/** Tags last: written only once everything they point to is in place. */
export async function writeTags(
  target: ImageTarget,
  root: RawManifest,
  plan: CopyPlan,
  stats: CopyStats,
  options: CopyOptions,
): Promise<void> {
  await Promise.all(
    plan.tags
      .filter((t) => t.action === 'write')
      .map(async (t) => {
        await target.putManifest(t.tag, root);
        stats.manifests++;
        options.onTagWritten?.(t.tag);
      }),
  );
}

/** A target that can link blobs from another repository of its registry. */
type MountingTarget = ImageTarget & Pick<Repository, 'mountBlob'>;

function canMount(target: ImageTarget): target is MountingTarget {
  return typeof (target as Partial<MountingTarget>).mountBlob === 'function';
}

/** How a manifest is made present: see `CopyRun.ensureManifest`. */
export interface EnsureOptions {
  /** Put it by digest too (false for a root, which its tags write). */
  putByDigest: boolean;
  /** The target is known not to have it: no HEAD first. */
  knownAbsent?: boolean;
  /** Its platform, or what it is (`referrers`), for the plan. */
  platform?: string;
}

export interface CopyRunParts {
  source: ImageSource;
  /** Where it writes: on a dry run, a `DryRunTarget` (see `writerFor`). */
  target: ImageTarget;
  mode: CopyMode;
  options: CopyOptions;
  plan: CopyPlan;
  stats: CopyStats;
}

/**
 * One source → target transfer. Several runs may share a plan and stats (a merge has one run per
 * source image).
 */
export class CopyRun {
  private readonly blobs = new Map<string, Promise<void>>();
  private readonly manifests = new Map<string, Promise<'skip' | 'write'>>();
  private readonly limit: <T>(task: () => Promise<T>) => Promise<T>;
  private readonly log: (message: string) => void;
  /** Set once the target refuses a mount: later blobs are not offered to it again. */
  private mountRefused = false;
  /** Set once the target answered a manifest PUT with `OCI-Subject`: it has the referrers API. */
  private targetIndexesSubjects = false;
  private readonly progress?: TransferProgress;
  private readonly source: ImageSource;
  private readonly target: ImageTarget;
  private readonly mode: CopyMode;
  readonly plan: CopyPlan;
  readonly stats: CopyStats;

  constructor({ source, target, mode, options, plan, stats }: CopyRunParts) {
    this.source = source;
    this.target = target;
    this.mode = mode;
    this.plan = plan;
    this.stats = stats;
    this.limit = createLimiter(Math.max(1, options.jobs ?? DEFAULT_JOBS));
    this.progress = options.progress;
    this.log = options.log ?? (() => {});
  }

  /**
   * Makes the manifest and all it references present in the target. A manifest the target
   * already has needs nothing more: a registry only accepts a manifest whose references it holds.
   * `putByDigest` is false for the root, which the tags write. Says whether it was written.
   */
  async ensureManifest(
    raw: RawManifest,
    { putByDigest, knownAbsent = false, platform }: EnsureOptions,
  ): Promise<'skip' | 'write'> {
    if (!knownAbsent && (await this.target.headManifest(raw.digest))) {
      this.plan.manifests.push({ digest: raw.digest, mediaType: raw.mediaType, action: 'skip' });
      return 'skip';
    }
    const where = `${this.source.label}: ${this.source.name}@${raw.digest}`;
    if (isIndexMediaType(raw.mediaType)) {
      const index = parseImageIndex(raw, where);
      await Promise.all(index.manifests.map((child) => this.ensureChild(child)));
    } else {
      // `blobs`: the OCI artifact manifest of the 1.1 release candidates, which some tools wrote.
      const blobs = referencedBlobs(raw, where);
      await Promise.all(blobs.map((blob) => this.ensureBlob(blob, raw.digest)));
    }
    this.plan.manifests.push({
      digest: raw.digest,
      mediaType: raw.mediaType,
      action: 'write',
      ...(platform ? { platform } : {}),
    });
    if (putByDigest) {
      const put = await this.target.putManifest(raw.digest, raw);
      if (put.subject) this.targetIndexesSubjects = true;
      this.stats.manifests++;
    }
    return 'write';
  }

  /** A manifest the source holds by digest, made present in the target by digest. */
  ensureChild(child: Descriptor, label?: string): Promise<'skip' | 'write'> {
    let pending = this.manifests.get(child.digest);
    if (!pending) {
      pending = (async () => {
        // The target is asked first: a child it holds is not read from the source at all.
        const present = await this.target.headManifest(child.digest);
        if (present) {
          this.plan.manifests.push({
            digest: child.digest,
            mediaType: present.mediaType || child.mediaType,
            action: 'skip',
          });
          return 'skip' as const;
        }
        const raw = await this.source.getManifest(child.digest);
        // Attestations are named as such: their unknown/unknown is no platform.
        const platform =
          label ??
          (isAttestation(child)
            ? 'attestations'
            : child.platform
              ? formatPlatform(child.platform)
              : undefined);
        return this.ensureManifest(raw, { putByDigest: true, knownAbsent: true, platform });
      })();
      this.manifests.set(child.digest, pending);
    }
    return pending;
  }

  /**
   * Copies what refers to the image, level by level (a signature on an SBOM follows the SBOM),
   * then makes it discoverable in the target: through its referrers API where it has one (the
   * `subject` of each manifest does it), else through the `sha256-<hex>` tag indexes, merged with
   * what the target already lists. cosign's tags are written with the source's bytes.
   */
  async carryReferrers(referrers: Referrer[]): Promise<void> {
    const depths = [...new Set(referrers.map((r) => r.depth))].sort((a, b) => a - b);
    for (const depth of depths) {
      await Promise.all(
        referrers.filter((r) => r.depth === depth).map((r) => this.carryReferrer(r)),
      );
    }
    const indexed = referrers.filter((r) => r.source !== 'cosign-tag');
    if (indexed.length === 0) return;
    if (!this.targetIndexesSubjects) {
      // Nothing written here told: a target that lists referrers of the first subject has the API.
      this.targetIndexesSubjects =
        (await this.target.listReferrers(indexed[0].subject)) !== undefined;
    }
    this.plan.referrersIndex = this.targetIndexesSubjects ? 'api' : 'tag-schema';
    if (this.targetIndexesSubjects) return;
    const bySubject = new Map<string, Referrer[]>();
    for (const r of indexed) bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r]);
    await Promise.all(
      [...bySubject].map(async ([subject, list]) => {
        const tag = referrersTag(subject);
        const where = `${this.target.label}: ${this.target.name}:${tag}`;
        const merged = mergeReferrersIndex(
          await this.target.findManifest(tag),
          list.map(referrerDescriptor),
          where,
        );
        if (!merged) return;
        this.plan.manifests.push({
          digest: merged.digest,
          mediaType: merged.mediaType,
          action: 'write',
        });
        await this.target.putManifest(tag, merged);
        this.stats.manifests++;
      }),
    );
  }

  private async carryReferrer(referrer: Referrer): Promise<void> {
    const planned: PlannedReferrer = {
      digest: referrer.digest,
      artifactType: referrer.artifactType,
      subject: referrer.subject,
      source: referrer.source,
      ...(referrer.tag ? { tag: referrer.tag } : {}),
      action: 'skip',
    };
    this.plan.referrers.push(planned);
    if (!referrer.manifest || !referrer.tag) {
      const action = await this.ensureChild(referrerDescriptor(referrer), 'referrers');
      if (action === 'write') {
        planned.action = 'write';
        this.stats.referrers++;
      }
      return;
    }
    // A cosign tag: its manifest's blobs first, then the tag, as the source has it.
    const source = referrer.manifest;
    const head = await this.target.headManifest(referrer.tag);
    if (head?.digest === source.digest) return;
    await this.ensureManifest(source, {
      putByDigest: false,
      knownAbsent: true,
      platform: 'referrers',
    });
    let written = source;
    if (head) {
      // The target has signatures of its own under this tag: both sides' are kept.
      const where = `${this.target.label}: ${this.target.name}:${referrer.tag}`;
      const theirs = await this.target.getManifest(referrer.tag);
      if (theirs.digest === source.digest) return;
      written = mergeCosignManifest(source, theirs, where) ?? source;
    }
    planned.action = 'write';
    await this.target.putManifest(referrer.tag, written);
    this.stats.manifests++;
    this.stats.referrers++;
  }

  private ensureBlob(blob: Descriptor, manifest: string): Promise<void> {
    if (isNonDistributable(blob)) return Promise.resolve();
    let pending = this.blobs.get(blob.digest);
    if (!pending) {
      const target = this.target;
      pending =
        this.mode === 'mount' && canMount(target)
          ? this.mountBlob(blob, manifest, target)
          : this.copyBlob(blob, manifest);
      this.blobs.set(blob.digest, pending);
    }
    return pending;
  }

  /** Mounting moves no bytes and answers 201 for a blob already there: no HEAD first. */
  private async mountBlob(
    blob: Descriptor,
    manifest: string,
    target: MountingTarget,
  ): Promise<void> {
    if (this.mountRefused) return this.copyBlob(blob, manifest);
    const planned: PlannedBlob = {
      digest: blob.digest,
      size: blob.size,
      action: 'mount',
      manifest,
    };
    this.plan.blobs.push(planned);
    const result = await this.limit(() => target.mountBlob(blob.digest, this.source.name));
    if (result.mounted) {
      this.stats.blobs.mounted++;
      return;
    }
    // Copied after all: counted as it moves.
    // The registry would not link it (credentials, policy): stream it through its upload
    // session, and copy the blobs that follow without asking again.
    if (!this.mountRefused) {
      this.mountRefused = true;
      this.log(
        `${this.target.label}: could not mount blobs from ${this.source.name}; copying them`,
      );
    }
    planned.action = 'copy';
    await this.tracked(blob, () => this.transfer(blob, result.uploadUrl));
  }

  /** A blob transfer counted in the progress: planned when it is known to move, done when it has. */
  private async tracked(blob: Descriptor, move: () => Promise<void>): Promise<void> {
    this.progress?.planned(blob.size);
    await this.limit(move);
    this.progress?.finished();
  }

  private async copyBlob(blob: Descriptor, manifest: string): Promise<void> {
    const present = await this.target.headBlob(blob.digest);
    const planned: PlannedBlob = {
      digest: blob.digest,
      size: blob.size,
      action: present === undefined ? 'copy' : 'skip',
      manifest,
    };
    this.plan.blobs.push(planned);
    if (present !== undefined) {
      this.stats.blobs.skipped++;
      return;
    }
    await this.tracked(blob, () => this.transfer(blob));
  }

  /**
   * Streams one blob source → target, hashing on the way; the whole transfer is retried on faults,
   * after the registry's `Retry-After` when it gave one. Its requests draw on the transfer's one
   * retry budget, which bytes moving renew. A 401 (a token that expired or was revoked mid-copy;
   * the refused token is dropped by then) is retried once, with a new token.
   */
  private transfer(blob: Descriptor, uploadUrl?: string): Promise<void> {
    const where = `${this.source.label} → ${this.target.label}: ${this.target.name}`;
    assertVerifiable(blob, where);
    let reauthenticated = false;
    let tries = 0;
    return retrying(
      async (budget) => {
        for (;;) {
          let sent = 0;
          tries++;
          try {
            await this.target.uploadBlob(
              blob.digest,
              blob.size,
              async () => {
                // A fresh stream: the bytes a failed try moved will move again.
                this.progress?.unmoved(sent);
                sent = 0;
                return verifyingStream(
                  await this.source.openBlob(blob.digest),
                  blob,
                  where,
                  (n) => {
                    sent += n;
                    budget.progressed();
                    this.progress?.moved(n);
                  },
                );
              },
              // A refused mount's session serves the first try only.
              tries === 1 ? uploadUrl : undefined,
            );
            this.stats.blobs.copied++;
            this.stats.bytes_copied += sent;
            return;
          } catch (error) {
            // A 401 once: the token expired or was revoked mid-copy (the refused one is dropped
            // by now); tried again at once with a new one, no retry spent.
            if (error instanceof RegistryError && error.status === 401 && !reauthenticated) {
              reauthenticated = true;
              continue;
            }
            throw error;
          }
        }
      },
      {
        // A request inside that used the budget up has said so: nothing is left to retry with.
        retryable: (error, budget) =>
          isTransient(error) &&
          !budget.spent && {
            retryAfterMs: error instanceof RegistryError ? error.retryAfterMs : undefined,
          },
        exhausted: (error, stop) => {
          throw inUserWords(error, where, blob.digest, stop);
        },
        onRetry: (error, waitMs) =>
          this.log(
            `${where}: copying ${blob.digest} failed (${describe(error)}); retrying in ${waitMs} ms`,
          ),
      },
    ).catch((error: unknown) => {
      throw inUserWords(error, where, blob.digest);
    });
  }
}

/**
 * A failure that outlasted the retries, said with the blob and registries it hit, and why no
 * more tries were made (`gaveUp`) when the registry's own message does not say it.
 */
function inUserWords(error: unknown, where: string, digest: string, gaveUp?: string): unknown {
  if (error instanceof RegistryError) {
    if (!gaveUp || error.message.includes(gaveUp)) return error;
    return new RegistryError(`${error.message} (${gaveUp})`, error.status, error.code, {
      cause: error,
      retryAfterMs: error.retryAfterMs,
    });
  }
  if (!isNetworkError(error)) return error;
  return new RegistryError(
    `${where}: copying ${digest} failed: the connection failed (${describe(error)}${gaveUp ? `; ${gaveUp}` : ''})`,
    0,
    'NETWORK',
    { cause: error },
  );
}

function isTransient(error: unknown): boolean {
  if (isNetworkError(error)) return true;
  if (error instanceof RegistryError)
    return isRetryableStatus(error.status) || error.code === 'DIGEST_INVALID';
  return false;
}
