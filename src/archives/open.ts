import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { ArchiveContents, type ArchivedImage } from './contents.js';
import { indexFolder } from './folder-index.js';
import { namesImage } from './ref-names.js';
import { ArchiveRepository } from './source.js';
import { seekableTar } from './spool.js';
import { indexTar } from './tar-index.js';

/** An archive opened for reading: its images, checked whole, and a source per repository. */
export interface OpenedArchive {
  label: string;
  contents: ArchiveContents;
  images: ArchivedImage[];
  /** The repository an image is read from. */
  source(image: ArchivedImage): ArchiveRepository;
  /** The one image `ref` names, or the only one when `ref` is undefined. */
  pick(ref: string | undefined): ArchivedImage;
}

/**
 * Opens `path` (a tar, gzipped or not, or `-` for standard input; or an OCI layout folder),
 * indexing and checking all of it. `workDir` receives the one spooled copy a gzipped archive or
 * standard input needs; the caller removes it.
 */
export async function openArchive(
  path: string,
  workDir: string,
  stdin?: Readable,
  signal?: AbortSignal,
): Promise<OpenedArchive> {
  const label = path === '-' ? 'archive on standard input' : `archive ${path}`;
  let folder = false;
  if (path !== '-') {
    try {
      folder = (await stat(path)).isDirectory();
    } catch (error) {
      throw new UserError(
        `${label}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
  }
  // A cancelled step stops reading: an archive of many gigabytes is not read to its end first.
  const entries = folder
    ? await indexFolder(path, label, signal)
    : await indexTar(await seekableTar(path, workDir, label, stdin, signal), label, signal);
  const contents = await ArchiveContents.read(entries, label);
  const sources = new Map<string, ArchiveRepository>();
  const source = (image: ArchivedImage) => {
    const key = image.name?.name ?? '';
    let found = sources.get(key);
    if (!found) {
      found = new ArchiveRepository(contents, image.name?.name);
      sources.set(key, found);
    }
    return found;
  };
  const pick = (ref: string | undefined): ArchivedImage => {
    const listed = contents.names().join(', ') || 'none';
    const matching = ref ? contents.images.filter((i) => namesImage(ref, i)) : contents.images;
    if (matching.length === 1) return matching[0];
    if (!matching.length && ref) {
      throw new UserError(`${label}: holds no image ${ref}; its images: ${listed}`);
    }
    if (!matching.length) throw new UserError(`${label}: holds no image`);
    throw new UserError(
      `${label}: holds ${matching.length} images${ref ? ` named ${ref}` : ''}; name one of them: ${listed}`,
    );
  };
  return { label, contents, images: contents.images, source, pick };
}
