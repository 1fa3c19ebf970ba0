import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import {
  MAX_ENTRIES,
  checkBlobName,
  entryAlgorithm,
  type ArchiveEntry,
  type EntryIndex,
} from './entries.js';

/**
 * Indexes an OCI layout folder the way tar-index.ts indexes a tar: every file hashed once, up
 * front, so a blob that does not match its name is refused before anything is written. Links are
 * refused, not followed: a layout written by a tool holds none, and one pointing out of the
 * folder would read a file the archive does not contain.
 */
export async function indexFolder(
  dir: string,
  archive: string,
  signal?: AbortSignal,
): Promise<EntryIndex> {
  const entries: EntryIndex = new Map();
  const walk = async (relative: string): Promise<void> => {
    const names = (await readdir(path.join(dir, relative))).sort();
    for (const name of names) {
      const rel = relative ? `${relative}/${name}` : name;
      const full = path.join(dir, rel);
      const stat = await lstat(full);
      if (stat.isDirectory()) {
        await walk(rel);
        continue;
      }
      if (stat.isSymbolicLink()) {
        throw new UserError(
          `${archive}: ${rel} is a symbolic link; an image layout holds none; nothing was written`,
        );
      }
      if (!stat.isFile()) {
        throw new UserError(`${archive}: ${rel} is not a regular file; nothing was written`);
      }
      if (entries.size >= MAX_ENTRIES) {
        throw new UserError(
          `${archive}: holds more than ${MAX_ENTRIES} files, more than any image layout; nothing was written`,
        );
      }
      const algorithm = entryAlgorithm(rel);
      const hash = createHash(algorithm);
      let size = 0;
      signal?.throwIfAborted();
      for await (const chunk of createReadStream(full, { signal })) {
        size += (chunk as Buffer).length;
        hash.update(chunk as Buffer);
      }
      const entry: ArchiveEntry = {
        name: rel,
        size,
        digest: `${algorithm}:${hash.digest('hex')}`,
        open: () => createReadStream(full),
      };
      checkBlobName(entry, archive);
      entries.set(rel, entry);
    }
  };
  try {
    await walk('');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new UserError(`${archive}: cannot be read (${code})`);
    throw error;
  }
  return entries;
}
