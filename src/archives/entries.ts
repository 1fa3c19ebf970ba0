import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { formatBytes } from '../units.js';

/**
 * A file of an archive, hashed as the archive was read: every later read of it is checked
 * against this digest again (the engine's verifying stream), so the file cannot change between
 * the two reads unnoticed.
 */
export interface ArchiveEntry {
  /** Its name in the archive, normalised (`blobs/sha256/<hex>`, `<id>/layer.tar`). */
  name: string;
  size: number;
  /** `blobs/sha512/…` is hashed by sha512, every other entry by sha256. */
  digest: string;
  /** A fresh stream of its bytes. */
  open(): Readable;
}

/** Entries by name. */
export type EntryIndex = Map<string, ArchiveEntry>;

/**
 * Files one archive may hold: far above any real image set (a docker save of 200 images of 50
 * layers is some 10,000), low enough that a hostile archive of empty files cannot fill memory
 * with its index.
 */
export const MAX_ENTRIES = 100_000;

/** The algorithm an entry is hashed by: what its `blobs/<alg>/` folder says, else sha256. */
export function entryAlgorithm(name: string): 'sha256' | 'sha512' {
  return name.startsWith('blobs/sha512/') ? 'sha512' : 'sha256';
}

/** A content-addressed entry must hash to its name: `blobs/sha256/<hex>` holds sha256:<hex>. */
export function checkBlobName(entry: Pick<ArchiveEntry, 'name' | 'digest'>, archive: string): void {
  const match = /^blobs\/(sha256|sha512)\/([^/]+)$/.exec(entry.name);
  if (!match) return;
  const named = `${match[1]}:${match[2]}`;
  if (named !== entry.digest) {
    throw new UserError(
      `${archive}: entry ${entry.name} holds bytes of ${entry.digest}, not of ${named}; nothing was written`,
    );
  }
}

/** A small entry (index.json, a manifest, a config) read whole, within `limit` bytes. */
export async function readEntry(
  entry: ArchiveEntry,
  limit: number,
  archive: string,
): Promise<Buffer> {
  if (entry.size > limit) {
    throw new UserError(
      `${archive}: entry ${entry.name} is ${entry.size} bytes, over the ${formatBytes(limit)} such a file may have; nothing was written`,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of entry.open()) {
    size += (chunk as Buffer).length;
    if (size > limit) break;
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length !== entry.size) {
    throw new UserError(
      `${archive}: entry ${entry.name} changed while it was read (${bytes.length} of ${entry.size} bytes); nothing was written`,
    );
  }
  return bytes;
}
