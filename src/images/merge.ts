import { UserError } from '../errors.js';
import type { ImageSource, ImageTarget } from '../oci/store.js';
import {
  CopyRun,
  copyMode,
  newPlan,
  newStats,
  planTags,
  requestCounter,
  settled,
  subjectsOf,
  writerFor,
  writeTags,
  type CopyOptions,
  type CopyResult,
} from './copy.js';
import {
  MediaType,
  formatPlatform,
  isAttestation,
  isIndexMediaType,
  parseImageIndex,
  parseImageConfig,
  parseImageManifest,
  type ImageConfig,
  sha256Digest,
  type Descriptor,
  type ImageManifest,
  type Platform,
  type RawManifest,
} from '../oci/manifest.js';
import { discoverReferrers } from './referrers.js';

/** One image to merge: where it is read from and its manifest. */
export interface MergeSource {
  repo: ImageSource;
  root: RawManifest;
  /** How the user named it, for messages. */
  name: string;
}

/**
 * The index entries an image contributes: an index gives its own entries, a single-platform
 * image one entry whose platform is read from its config.
 */
export async function platformEntries(source: MergeSource): Promise<Descriptor[]> {
  return (await readEntries(source)).entries;
}

/** OCI annotations that say where a multi-platform image came from (GHCR links packages by them). */
const ORIGIN_ANNOTATIONS = [
  'org.opencontainers.image.source',
  'org.opencontainers.image.revision',
  'org.opencontainers.image.version',
] as const;

/**
 * The index annotations every platform agrees on: `created` is the latest config's (so the same
 * images give the same index), `source`, `revision` and `version` the labels all configs share.
 */
export function agreedAnnotations(configs: ImageConfig[]): Record<string, string> {
  const out: Record<string, string> = {};
  const created = configs
    .map((c) => (typeof c.created === 'string' ? Date.parse(c.created) : NaN))
    .filter((t) => !Number.isNaN(t) && t > 0);
  if (created.length)
    out['org.opencontainers.image.created'] = new Date(Math.max(...created)).toISOString();
  for (const key of ORIGIN_ANNOTATIONS) {
    const values = new Set(configs.map((c) => c.config?.Labels?.[key]));
    const [value] = values;
    if (configs.length && values.size === 1 && typeof value === 'string' && value) out[key] = value;
  }
  return out;
}

/** The configs of a source's platform images (an index's children are read for them). */
async function platformConfigs(source: MergeSource, entries: Descriptor[]): Promise<ImageConfig[]> {
  const read = await readEntries(source);
  if (read.config) return [read.config];
  const where = `${source.repo.label}: ${source.name}`;
  return Promise.all(
    entries
      .filter((e) => !isAttestation(e))
      .map(async (entry) => {
        const child = await source.repo.getManifest(entry.digest);
        if (isIndexMediaType(child.mediaType)) return {};
        const manifest = parseImageManifest(child, where);
        return readConfig(source, manifest, where);
      }),
  );
}

const entriesRead = new WeakMap<
  MergeSource,
  Promise<{ entries: Descriptor[]; config?: ImageConfig }>
>();

/** A source's entries, read once (its config with them, for a single-platform image). */
function readEntries(
  source: MergeSource,
): Promise<{ entries: Descriptor[]; config?: ImageConfig }> {
  let pending = entriesRead.get(source);
  if (!pending) {
    pending = readEntriesOnce(source);
    entriesRead.set(source, pending);
  }
  return pending;
}

async function readConfig(
  source: MergeSource,
  manifest: ImageManifest,
  where: string,
): Promise<ImageConfig> {
  const configBytes = await source.repo.getBlob(manifest.config.digest);
  return parseImageConfig(configBytes, manifest.config.digest, where);
}

async function readEntriesOnce(
  source: MergeSource,
): Promise<{ entries: Descriptor[]; config?: ImageConfig }> {
  const where = `${source.repo.label}: ${source.name}`;
  if (isIndexMediaType(source.root.mediaType)) {
    return { entries: parseImageIndex(source.root, where).manifests };
  }
  const manifest = parseImageManifest(source.root, where);
  const config = await readConfig(source, manifest, where);
  if (!config.os || !config.architecture) {
    throw new UserError(
      `${where}: its config names no os/architecture, so it cannot join a multi-platform image`,
    );
  }
  const platform: Platform = { os: config.os, architecture: config.architecture };
  if (config.variant) platform.variant = config.variant;
  if (config['os.version']) platform['os.version'] = config['os.version'];
  return {
    entries: [
      {
        mediaType: source.root.mediaType,
        digest: source.root.digest,
        size: source.root.bytes.length,
        platform,
      },
    ],
    config,
  };
}

/** Refuses overlapping platforms before anything is written. Attestations are not platforms. */
export function checkOverlap(
  entries: { source: string; descriptor: Descriptor }[],
  input: string,
): void {
  const seen = new Map<string, string>();
  for (const { source, descriptor } of entries) {
    if (isAttestation(descriptor)) continue;
    const key = `${formatPlatform(descriptor.platform)}${descriptor.platform?.['os.version'] ? ` ${descriptor.platform['os.version']}` : ''}`;
    const first = seen.get(key);
    if (first !== undefined && first !== source) {
      throw new UserError(
        `Input ${input}: ${first} and ${source} both provide platform ${key}; each platform may come from one image only. Nothing was written.`,
      );
    }
    if (first === source) {
      throw new UserError(
        `Input ${input}: ${source} lists platform ${key} twice. Nothing was written.`,
      );
    }
    seen.set(key, source);
  }
}

/** The OCI index holding all entries, in candidate order: the same inputs give the same digest. */
export function buildIndex(
  entries: Descriptor[],
  annotations: Record<string, string> = {},
): RawManifest {
  const index = {
    schemaVersion: 2,
    mediaType: MediaType.ociIndex,
    manifests: entries,
    ...(Object.keys(annotations).length ? { annotations } : {}),
  };
  const bytes = Buffer.from(JSON.stringify(index));
  return { bytes, mediaType: MediaType.ociIndex, digest: sha256Digest(bytes) };
}

/**
 * Joins per-platform images (built natively on separate runners) into one multi-platform index:
 * every child is made present in the target first, the index is written to the tags last.
 */
export async function mergeImages(
  sources: MergeSource[],
  target: ImageTarget,
  tags: string[],
  options: CopyOptions & {
    indexAnnotations?: Record<string, string>;
    /** The step input that named the sources, for messages. */
    input: string;
  },
): Promise<CopyResult> {
  const counter = requestCounter([...sources.map((s) => s.repo), target]);
  const perSource = await Promise.all(sources.map(platformEntries));
  checkOverlap(
    perSource.flatMap((entries, i) =>
      entries.map((descriptor) => ({ source: sources[i].name, descriptor })),
    ),
    options.input,
  );
  const configs = await Promise.all(sources.map((s, i) => platformConfigs(s, perSource[i])));
  const index = buildIndex(perSource.flat(), {
    ...agreedAnnotations(configs.flat()),
    ...options.indexAnnotations,
  });
  if (options.expectedDigest && index.digest !== options.expectedDigest) {
    throw new UserError(
      `The merged index is ${index.digest}, not the expected_digest ${options.expectedDigest}; nothing was written`,
    );
  }
  const writer = writerFor(target, options);
  const plan = newPlan('merge', index);
  const stats = newStats();
  plan.tags = await planTags(target, tags, index.digest, options.overwrite);
  const writes = plan.tags.some((t) => t.action === 'write');
  await Promise.all(
    sources.map(async (source, i) => {
      const run = new CopyRun({
        source: source.repo,
        target: writer,
        mode: copyMode(source.repo, target),
        options,
        plan,
        stats,
      });
      // The platform images keep their digests, so what refers to them still holds and follows.
      const referrers =
        options.referrers === false
          ? []
          : await discoverReferrers(
              source.repo,
              // A source index is not in the merged image: only its children are.
              subjectsOf(source.root, { newRoot: isIndexMediaType(source.root.mediaType) }),
              { debug: options.log },
            );
      if (!writes && referrers.length === 0) return;
      if (isIndexMediaType(source.root.mediaType)) {
        await Promise.all(perSource[i].map((child) => run.ensureChild(child)));
      } else {
        await run.ensureManifest(source.root, { putByDigest: true });
      }
      await run.carryReferrers(referrers);
    }),
  );
  if (writes)
    plan.manifests.push({ digest: index.digest, mediaType: index.mediaType, action: 'write' });
  await writeTags(writer, index, plan, stats, options);
  stats.requests = counter();
  return { digest: index.digest, mediaType: index.mediaType, plan, stats: settled(stats, options) };
}
