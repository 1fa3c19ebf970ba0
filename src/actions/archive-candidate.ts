import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { UserError } from '../errors.js';
import type { ArchivedImage } from '../archives/contents.js';
import { openArchive } from '../archives/open.js';
import type { ArchiveRepository } from '../archives/source.js';
import {
  formatArchiveLocation,
  parseArchiveLocation,
  type ArchiveLocation,
} from '../archives/transport.js';
import type { RawManifest } from '../oci/manifest.js';
import { parseReference, type ImageReference } from '../oci/reference.js';
import type { Endpoint } from '../credentials/resolve.js';
import type { ActionIO } from '../host/io.js';
import { cancelSignal } from '../host/cancel.js';
import { withWorkDir } from './archive-path.js';

/**
 * A candidate that is an archive (DESIGN §8): `oci-archive:PATH[:REF]`, `oci:DIR[:REF]`,
 * `docker-archive:PATH[:NAME:TAG]`, opened and checked whole, with the one image it names.
 */
export interface ArchiveCandidate {
  /** As written. */
  text: string;
  location: ArchiveLocation;
  image: ArchivedImage;
  source: ArchiveRepository;
  root: RawManifest;
}

/**
 * Runs `fn` with the archive the candidate names (undefined when it names a registry image), open
 * for as long as `fn` runs: a gzipped archive's one spooled copy is removed after it.
 */
export async function withArchiveCandidate<T>(
  io: ActionIO,
  text: string,
  input: string,
  fn: (candidate: ArchiveCandidate | undefined) => Promise<T>,
): Promise<T> {
  const location = parseArchiveLocation(text);
  if (!location) return fn(undefined);
  if (!location.path) {
    throw new UserError(`Input ${input}: "${text}" names no path after ${location.transport}:`);
  }
  const isFolder = (await stat(location.path).catch(() => undefined))?.isDirectory();
  if (isFolder !== undefined && isFolder !== (location.transport === 'oci')) {
    throw new UserError(
      `Input ${input}: ${location.path} is ${isFolder ? 'a folder: write oci:' : 'a file: write oci-archive: or docker-archive:'}${location.path}`,
    );
  }
  return withWorkDir('-', io.env.RUNNER_TEMP || tmpdir(), async (work) => {
    const archive = await openArchive(location.path, work, undefined, cancelSignal);
    const image = archive.pick(location.ref);
    const source = archive.source(image);
    const root = await source.getManifest(image.root.digest);
    io.info(`${formatArchiveLocation(location)}: ${image.ref} (${root.digest})`);
    return fn({ text, location, image, source, root });
  });
}

/** Whether the input names an archive rather than a registry image. */
export function namesArchive(text: string): boolean {
  return parseArchiveLocation(text) !== undefined;
}

/**
 * The registry image the archive's image would be, by its name in the archive: what messages,
 * summaries and reports call it, and the default name of where it goes.
 */
export function archiveReference(
  candidate: ArchiveCandidate,
  input: string,
  imageName?: string,
): ImageReference {
  const { image } = candidate;
  if (!image.name && imageName) {
    return {
      ...parseReference(imageName, { what: 'image_name', defaultTag: false }),
      digest: candidate.root.digest,
    };
  }
  if (!image.name) {
    throw new UserError(
      `Input ${input}: ${formatArchiveLocation(candidate.location)} gives image ${image.ref} no name; give image_name`,
    );
  }
  return {
    ...parseReference(`${image.name.name}:${image.name.tag}`),
    digest: candidate.root.digest,
  };
}

/** The archive in the place of the registry a candidate is pulled through, for messages. */
export function archiveEndpoint(candidate: ArchiveCandidate): Endpoint {
  const domain = candidate.image.name
    ? parseReference(`${candidate.image.name.name}:${candidate.image.name.tag}`).domain
    : 'localhost';
  return {
    domain,
    host: domain,
    insecure: false,
    via: 'anonymous',
    label: formatArchiveLocation(candidate.location),
  };
}
