import { UserError } from '../errors.js';
import { isIndexMediaType, parseImageIndex, type RawManifest } from '../oci/manifest.js';
import type { ImageSource, ImageTarget } from '../oci/store.js';
import { copyImage, planTags, type CopyOptions, type CopyResult } from './copy.js';

/**
 * Save and load are the copy engine between a registry and an archive: the archive's reader is
 * an `ImageSource`, its writer an `ImageTarget`, so blobs are verified as they stream, referrers
 * travel, and names (tags) are written last, exactly as registry to registry.
 */

export interface Transfer {
  source: ImageSource;
  root: RawManifest;
  target: ImageTarget;
  /** The names written in the target: tags, or for a nameless image in an archive its digest. */
  tags: string[];
  /** The root was made here (an index narrowed to some platforms). */
  newRoot?: boolean;
  /** How messages name the image. */
  label: string;
}

export interface TransferResult {
  transfer: Transfer;
  result: CopyResult;
}

/**
 * Copies each image in turn. With `overwrite` false, every target's tags are checked before the
 * first image moves: a refusal leaves every target as it was, not some images loaded.
 */
export async function transferImages(
  transfers: Transfer[],
  options: CopyOptions,
): Promise<TransferResult[]> {
  if (options.overwrite === false) {
    for (const t of transfers) await planTags(t.target, t.tags, t.root.digest, false);
  }
  const results: TransferResult[] = [];
  for (const transfer of transfers) {
    const result = await copyImage(transfer.source, transfer.root, transfer.target, transfer.tags, {
      ...options,
      newRoot: transfer.newRoot,
    });
    results.push({ transfer, result });
  }
  return results;
}

/** The platforms of an image, as `contents` lists them: `linux/amd64`, …; one for a manifest. */
export function platformsOf(root: RawManifest, where: string): string[] {
  if (!isIndexMediaType(root.mediaType)) return [];
  const index = parseImageIndex(root, where);
  return index.manifests
    .filter((m) => m.platform && m.platform.os !== 'unknown')
    .map((m) =>
      [m.platform!.os, m.platform!.architecture, m.platform!.variant].filter(Boolean).join('/'),
    );
}

/** Two images saved under one name:tag is refused before anything is fetched. */
export function checkDistinctNames(names: { name: string; tag: string }[]): void {
  const seen = new Set<string>();
  for (const { name, tag } of names) {
    const key = `${name}:${tag}`;
    if (seen.has(key)) {
      throw new UserError(
        `Input images: ${key} is named twice; an archive holds one image per name`,
      );
    }
    seen.add(key);
  }
}
