import { RegistryError, UserError } from '../errors.js';
import type { Repository } from './client.js';
import { sleep, withRetryBudget } from './budget.js';
import { describe, isNetworkError, isRetryableStatus } from './http.js';
import { createLimiter } from './limit.js';
import {
  isIndexMediaType,
  isNonDistributable,
  digestMatches,
  parseImageIndex,
  referencedBlobs,
  type Descriptor,
  type RawManifest,
} from './manifest.js';
import { assertVerifiable, verifyingStream } from './verify.js';

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
}

export interface PlannedManifest {
  digest: string;
  mediaType: string;
  action: 'skip' | 'write';
}

export interface PlannedTag {
  tag: string;
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
}

export interface CopyStats {
  /** Manifests written, tags included. */
  manifests: number;
  blobs: { skipped: number; mounted: number; copied: number };
  bytes_copied: number;
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
  log?: (message: string) => void;
}

export const DEFAULT_JOBS = 4;

export function copyMode(source: Repository, target: Repository): CopyMode {
  if (!source.client.sameRegistry(target.client)) return 'copy';
  return source.name === target.name ? 'retag' : 'mount';
}

/** Reads the source manifest and checks it against `expected_digest` before anything is written. */
export async function readSource(
  source: Repository,
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
  source: Repository,
  root: RawManifest,
  target: Repository,
  tags: string[],
  options: CopyOptions = {},
): Promise<CopyResult> {
  const counter = requestCounter([source, target]);
  const mode = copyMode(source, target);
  const run = new CopyRun(source, target, mode, options, newPlan(mode, root), newStats());

  if (mode === 'retag') {
    // The repository already holds everything the manifest references: one write per tag.
    run.plan.tags = tags.map((tag) => ({ tag, action: 'write' }));
  } else {
    run.plan.tags = await planTags(target, tags, root.digest);
    if (run.plan.tags.some((t) => t.action === 'write')) await run.ensureManifest(root, false);
  }
  await writeTags(target, root, run.plan, run.stats, options);
  run.stats.requests = counter();
  return { digest: root.digest, mediaType: root.mediaType, plan: run.plan, stats: run.stats };
}

export function newPlan(mode: CopyPlan['mode'], root: RawManifest): CopyPlan {
  return {
    mode,
    digest: root.digest,
    mediaType: root.mediaType,
    manifests: [],
    blobs: [],
    tags: [],
  };
}

export function newStats(): CopyStats {
  return {
    manifests: 0,
    blobs: { skipped: 0, mounted: 0, copied: 0 },
    bytes_copied: 0,
    requests: 0,
  };
}

/** Requests made through these repositories' transports from now on. */
export function requestCounter(repos: Repository[]): () => number {
  const transports = [...new Set(repos.map((r) => r.client.transport))];
  const before = transports.reduce((n, t) => n + t.stats.requests, 0);
  return () => transports.reduce((n, t) => n + t.stats.requests, 0) - before;
}

/** A tag that already points at the digest needs no write: a HEAD per tag tells. */
export async function planTags(
  target: Repository,
  tags: string[],
  digest: string,
): Promise<PlannedTag[]> {
  const heads = await Promise.all(tags.map((tag) => target.headManifest(tag)));
  return tags.map((tag, i) => ({ tag, action: heads[i]?.digest === digest ? 'skip' : 'write' }));
}

/** Tags last: written only once everything they point to is in place. */
export async function writeTags(
  target: Repository,
  root: RawManifest,
  plan: CopyPlan,
  stats: CopyStats,
  options: CopyOptions,
): Promise<void> {
  if (options.dryRun) return;
  await Promise.all(
    plan.tags
      .filter((t) => t.action === 'write')
      .map(async (t) => {
        await target.putManifest(t.tag, root);
        stats.manifests++;
      }),
  );
}

/**
 * One source → target transfer. Several runs may share a plan and stats (a merge has one run per
 * source image).
 */
export class CopyRun {
  private readonly blobs = new Map<string, Promise<void>>();
  private readonly manifests = new Map<string, Promise<void>>();
  private readonly limit: <T>(task: () => Promise<T>) => Promise<T>;
  private readonly log: (message: string) => void;
  /** Set once the target refuses a mount: later blobs are not offered to it again. */
  private mountRefused = false;

  constructor(
    private readonly source: Repository,
    private readonly target: Repository,
    private readonly mode: CopyMode,
    private readonly options: CopyOptions,
    readonly plan: CopyPlan,
    readonly stats: CopyStats,
  ) {
    this.limit = createLimiter(Math.max(1, options.jobs ?? DEFAULT_JOBS));
    this.log = options.log ?? (() => {});
  }

  /**
   * Makes the manifest and all it references present in the target. A manifest the target
   * already has needs nothing more: a registry only accepts a manifest whose references it holds.
   * `putByDigest` is false for the root, which the tags write.
   */
  async ensureManifest(raw: RawManifest, putByDigest: boolean, knownAbsent = false): Promise<void> {
    if (!knownAbsent && (await this.target.headManifest(raw.digest))) {
      this.plan.manifests.push({ digest: raw.digest, mediaType: raw.mediaType, action: 'skip' });
      return;
    }
    const where = `${this.source.label}: ${this.source.name}@${raw.digest}`;
    if (isIndexMediaType(raw.mediaType)) {
      const index = parseImageIndex(raw, where);
      await Promise.all(index.manifests.map((child) => this.ensureChild(child)));
    } else {
      const blobs = referencedBlobs(raw, where);
      await Promise.all(blobs.map((blob) => this.ensureBlob(blob)));
    }
    this.plan.manifests.push({ digest: raw.digest, mediaType: raw.mediaType, action: 'write' });
    if (putByDigest && !this.options.dryRun) {
      await this.target.putManifest(raw.digest, raw);
      this.stats.manifests++;
    }
  }

  /** A manifest the source holds by digest, made present in the target by digest. */
  ensureChild(child: Descriptor): Promise<void> {
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
          return;
        }
        const raw = await this.source.getManifest(child.digest);
        await this.ensureManifest(raw, true, true);
      })();
      this.manifests.set(child.digest, pending);
    }
    return pending;
  }

  private ensureBlob(blob: Descriptor): Promise<void> {
    if (isNonDistributable(blob)) return Promise.resolve();
    let pending = this.blobs.get(blob.digest);
    if (!pending) {
      pending = this.mode === 'mount' ? this.mountBlob(blob) : this.copyBlob(blob);
      this.blobs.set(blob.digest, pending);
    }
    return pending;
  }

  /** Mounting moves no bytes and answers 201 for a blob already there: no HEAD first. */
  private async mountBlob(blob: Descriptor): Promise<void> {
    if (this.mountRefused) return this.copyBlob(blob);
    const planned: PlannedBlob = { digest: blob.digest, size: blob.size, action: 'mount' };
    this.plan.blobs.push(planned);
    if (this.options.dryRun) return;
    const result = await this.limit(() => this.target.mountBlob(blob.digest, this.source.name));
    if (result.mounted) {
      this.stats.blobs.mounted++;
      return;
    }
    // The registry would not link it (credentials, policy): stream it through its upload
    // session, and copy the blobs that follow without asking again.
    if (!this.mountRefused) {
      this.mountRefused = true;
      this.log(
        `${this.target.label}: could not mount blobs from ${this.source.name}; copying them`,
      );
    }
    planned.action = 'copy';
    await this.limit(() => this.transfer(blob, result.uploadUrl));
  }

  private async copyBlob(blob: Descriptor): Promise<void> {
    const present = await this.target.headBlob(blob.digest);
    const planned: PlannedBlob = {
      digest: blob.digest,
      size: blob.size,
      action: present === undefined ? 'copy' : 'skip',
    };
    this.plan.blobs.push(planned);
    if (present !== undefined) {
      this.stats.blobs.skipped++;
      return;
    }
    if (this.options.dryRun) return;
    await this.limit(() => this.transfer(blob));
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
    return withRetryBudget(async (budget) => {
      let reauthenticated = false;
      for (let attempt = 1; ; attempt++) {
        let sent = 0;
        try {
          await this.target.uploadBlob(
            blob.digest,
            blob.size,
            async () => {
              sent = 0;
              return verifyingStream(await this.source.openBlob(blob.digest), blob, where, (n) => {
                sent += n;
                budget.progressed();
              });
            },
            attempt === 1 ? uploadUrl : undefined,
          );
          this.stats.blobs.copied++;
          this.stats.bytes_copied += sent;
          return;
        } catch (error) {
          const unauthorised = error instanceof RegistryError && error.status === 401;
          if (unauthorised && !reauthenticated) {
            reauthenticated = true;
            continue;
          }
          // A request inside has used the budget up and said so: nothing is left to retry with.
          if (!isTransient(error) || budget.spent) throw inUserWords(error, where, blob.digest);
          const next = budget.next(error instanceof RegistryError ? error.retryAfterMs : undefined);
          if ('stop' in next) throw inUserWords(error, where, blob.digest, next.stop);
          this.log(
            `${where}: copying ${blob.digest} failed (${describe(error)}); retrying in ${next.waitMs} ms`,
          );
          await sleep(next.waitMs);
        }
      }
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
