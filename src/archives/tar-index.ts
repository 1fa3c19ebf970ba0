import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extract, type Header } from 'tar-stream';
import { UserError } from '../errors.js';
import {
  MAX_ENTRIES,
  checkBlobName,
  entryAlgorithm,
  type ArchiveEntry,
  type EntryIndex,
} from './entries.js';
import { entryName, printable } from './entry-name.js';

/*
 * Tar parsing is tar-stream's (npm `tar-stream`, 3.x): a streaming parser and nothing else. It
 * extracts nothing to disk (node-tar's `tar` is built to, and a hostile archive's paths must
 * never reach a file system), it gives each entry's offset in the stream (what reading entries
 * back by offset needs), it handles pax and GNU long names and base-256 sizes, and it is small
 * (four dependencies, no native code) for the bundles. Its packer writes the tars `save` makes.
 */

/**
 * Indexes an uncompressed tar file in one sequential pass: each regular file's name, size,
 * digest and where its bytes start. A tar has no table of contents, so its layout can only be
 * known once it has been read through; rather than copying every entry out to a temporary folder
 * on the way (a second copy of a multi-gigabyte archive on the runner's disk), the entries are
 * read back later by their offset in the file, which a regular file allows. Compressed archives
 * and standard input are first spooled to such a file once (spool.ts). Nothing of an entry is
 * kept in memory but its hash state.
 *
 * Devices and FIFOs have no place in an image archive, and `..` or absolute names only serve an
 * escape: any of them refuses the whole archive. Links are what `docker save` (and skopeo's
 * docker-archive:) write for a layer two images share (`<id>/layer.tar` → `../<other>/layer.tar`):
 * as nothing is ever extracted, such a link is only another name of a file in the same archive,
 * and is taken as that; one that points out of the archive, at nothing in it or at another link
 * is refused. A truncated tar fails naming the entry it ends in.
 */
export async function indexTar(
  file: string,
  archive: string,
  signal?: AbortSignal,
): Promise<EntryIndex> {
  const entries: EntryIndex = new Map();
  const links = new Map<string, { target: string; header: Header }>();
  const parser = extract();
  let current: string | undefined;
  parser.on('entry', (header: Header, stream, next) => {
    current = header.name;
    let name: string;
    try {
      name = entryName(header.name, archive);
      checkType(header, archive);
      if (header.type === 'directory') {
        stream.resume();
        stream.on('end', () => next());
        return;
      }
      if (header.type === 'symlink' || header.type === 'link') {
        if (links.has(name) || entries.has(name)) throw twice(name, archive);
        links.set(name, { target: linkTarget(name, header, archive), header });
        stream.resume();
        stream.on('end', () => next());
        return;
      }
      if (entries.has(name) || links.has(name)) {
        throw twice(name, archive);
      }
      if (entries.size + links.size >= MAX_ENTRIES) {
        throw new UserError(
          `${archive}: holds more than ${MAX_ENTRIES} files, more than any image archive; nothing was written`,
        );
      }
    } catch (error) {
      stream.resume();
      next(error as Error);
      return;
    }
    const algorithm = entryAlgorithm(name);
    const hash = createHash(algorithm);
    // The data follows the entry's last 512-byte header block.
    const start = stream.offset + 512;
    const size = header.size;
    stream.on('data', (chunk) => hash.update(chunk as Buffer));
    stream.on('error', (error: Error) => next(error));
    stream.on('end', () => {
      const entry: ArchiveEntry = {
        name,
        size,
        digest: `${algorithm}:${hash.digest('hex')}`,
        open: () =>
          size === 0 ? Readable.from([]) : createReadStream(file, { start, end: start + size - 1 }),
      };
      try {
        checkBlobName(entry, archive);
      } catch (error) {
        next(error as Error);
        return;
      }
      entries.set(name, entry);
      current = undefined;
      next();
    });
  });
  try {
    await pipeline(createReadStream(file), parser, { signal });
  } catch (error) {
    if (error instanceof UserError || signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const at = current === undefined ? '' : ` in entry ${printable(current)}`;
    if (/Unexpected end of data/.test(message)) {
      throw new UserError(`${archive}: the tar ends early${at}; nothing was written`);
    }
    if ((error as NodeJS.ErrnoException).code) throw error;
    throw new UserError(`${archive}: not a readable tar${at} (${message}); nothing was written`);
  }
  for (const [name, { target, header }] of links) {
    const file = entries.get(target);
    if (!file) {
      throw new UserError(
        `${archive}: entry ${printable(name)} is a link to ${printable(header.linkname ?? '')}, which is no file of the archive; nothing was written`,
      );
    }
    entries.set(name, { ...file, name });
  }
  if (entries.size === 0) {
    throw new UserError(`${archive}: holds no files: not an image archive; nothing was written`);
  }
  return entries;
}

function twice(name: string, archive: string): UserError {
  return new UserError(`${archive}: entry ${printable(name)} appears twice; nothing was written`);
}

/**
 * The archive entry a link names: a symbolic link's target is relative to the link's folder, a
 * hard link's to the archive's root. Out of the archive (absolute, or `..` past its root) is
 * refused.
 */
function linkTarget(name: string, header: Header, archive: string): string {
  const raw = header.linkname ?? '';
  const kind = header.type === 'link' ? 'hard link' : 'symbolic link';
  const outside = new UserError(
    `${archive}: entry ${printable(name)} is a ${kind} to ${printable(raw)}, outside the archive; nothing was written`,
  );
  if (!raw || raw.startsWith('/')) throw outside;
  const joined = header.type === 'link' ? raw : path.posix.join(path.posix.dirname(name), raw);
  const normal = path.posix.normalize(joined);
  if (normal === '..' || normal.startsWith('../') || normal.startsWith('/')) throw outside;
  return entryName(normal, archive);
}

function checkType(header: Header, archive: string): void {
  const name = printable(header.name);
  switch (header.type) {
    case 'file':
    case 'contiguous-file':
    case 'directory':
    case 'link':
    case 'symlink':
      return;
    default:
      throw new UserError(
        `${archive}: entry ${name} is a ${String(header.type)}, not a file; nothing was written`,
      );
  }
}
