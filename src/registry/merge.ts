import { UserError } from '../errors.js';
import type { Repository } from './client.js';
import {
  CopyRun,
  copyMode,
  newPlan,
  newStats,
  planTags,
  requestCounter,
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
  parseImageManifest,
  sha256Digest,
  type Descriptor,
  type Platform,
  type RawManifest,
} from './manifest.js';

/** One image to merge: where it is read from and its manifest. */
export interface MergeSource {
  repo: Repository;
  root: RawManifest;
  /** How the user named it, for messages. */
  name: string;
}

interface ImageConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  'os.version'?: string;
}

/**
 * The index entries an image contributes: an index gives its own entries, a single-platform
 * image one entry whose platform is read from its config.
 */
export async function platformEntries(source: MergeSource): Promise<Descriptor[]> {
  const where = `${source.repo.label}: ${source.name}`;
  if (isIndexMediaType(source.root.mediaType)) {
    return parseImageIndex(source.root, where).manifests;
  }
  const manifest = parseImageManifest(source.root, where);
  const configBytes = await source.repo.getBlob(manifest.config.digest);
  let config: ImageConfig;
  try {
    config = JSON.parse(configBytes.toString('utf8')) as ImageConfig;
  } catch {
    throw new UserError(`${where}: its config ${manifest.config.digest} is not JSON`);
  }
  if (!config.os || !config.architecture) {
    throw new UserError(
      `${where}: its config names no os/architecture, so it cannot join a multi-platform image`,
    );
  }
  const platform: Platform = { os: config.os, architecture: config.architecture };
  if (config.variant) platform.variant = config.variant;
  if (config['os.version']) platform['os.version'] = config['os.version'];
  return [
    {
      mediaType: source.root.mediaType,
      digest: source.root.digest,
      size: source.root.bytes.length,
      platform,
    },
  ];
}

/** Refuses overlapping platforms before anything is written. Attestations are not platforms. */
export function checkOverlap(entries: { source: string; descriptor: Descriptor }[]): void {
  const seen = new Map<string, string>();
  for (const { source, descriptor } of entries) {
    if (isAttestation(descriptor)) continue;
    const key = `${formatPlatform(descriptor.platform)}${descriptor.platform?.['os.version'] ? ` ${descriptor.platform['os.version']}` : ''}`;
    const first = seen.get(key);
    if (first !== undefined && first !== source) {
      throw new UserError(
        `Input candidate: ${first} and ${source} both provide platform ${key}; each platform may come from one image only. Nothing was written.`,
      );
    }
    if (first === source) {
      throw new UserError(
        `Input candidate: ${source} lists platform ${key} twice. Nothing was written.`,
      );
    }
    seen.set(key, source);
  }
}

/** The OCI index holding all entries, in candidate order: the same inputs give the same digest. */
export function buildIndex(entries: Descriptor[]): RawManifest {
  const index = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: entries };
  const bytes = Buffer.from(JSON.stringify(index));
  return { bytes, mediaType: MediaType.ociIndex, digest: sha256Digest(bytes) };
}

/**
 * Joins per-platform images (built natively on separate runners) into one multi-platform index:
 * every child is made present in the target first, the index is written to the tags last.
 */
export async function mergeImages(
  sources: MergeSource[],
  target: Repository,
  tags: string[],
  options: CopyOptions = {},
): Promise<CopyResult> {
  const counter = requestCounter([...sources.map((s) => s.repo), target]);
  const perSource = await Promise.all(sources.map(platformEntries));
  checkOverlap(
    perSource.flatMap((entries, i) =>
      entries.map((descriptor) => ({ source: sources[i].name, descriptor })),
    ),
  );
  const index = buildIndex(perSource.flat());
  if (options.expectedDigest && index.digest !== options.expectedDigest) {
    throw new UserError(
      `The merged index is ${index.digest}, not the expected_digest ${options.expectedDigest}; nothing was written`,
    );
  }
  const plan = newPlan('merge', index);
  const stats = newStats();
  plan.tags = await planTags(target, tags, index.digest);
  if (plan.tags.some((t) => t.action === 'write')) {
    await Promise.all(
      sources.map(async (source, i) => {
        const run = new CopyRun(
          source.repo,
          target,
          copyMode(source.repo, target),
          options,
          plan,
          stats,
        );
        if (isIndexMediaType(source.root.mediaType)) {
          await Promise.all(perSource[i].map((child) => run.ensureChild(child)));
        } else {
          await run.ensureManifest(source.root, true);
        }
      }),
    );
    plan.manifests.push({ digest: index.digest, mediaType: index.mediaType, action: 'write' });
  }
  await writeTags(target, index, plan, stats, options);
  stats.requests = counter();
  return { digest: index.digest, mediaType: index.mediaType, plan, stats };
}
