import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { UserError } from '../../errors.js';
import { ArchiveWriter } from '../../archives/writer.js';
import { blobStoreFor } from '../../archives/blob-store.js';
import { ARCHIVE_FORMATS, finishArchive, type ArchiveFormat } from '../../archives/finish.js';
import { readSource } from '../../images/copy.js';
import { narrowToPlatforms } from '../../images/platforms.js';
import { parsePlatform } from '../../oci/platform.js';
import { TransferProgress } from '../../images/progress.js';
import {
  checkDistinctNames,
  platformsOf,
  transferImages,
  type Transfer,
} from '../../images/archive-transfer.js';
import { isIndexMediaType, type Platform } from '../../oci/manifest.js';
import {
  formatName,
  formatReference,
  parseReference,
  type ImageReference,
} from '../../oci/reference.js';
import type { RegistriesConfig } from '../../credentials/registries-file.js';
import {
  checkContexts,
  integrationByName,
  resolvePull,
  type Endpoint,
} from '../../credentials/resolve.js';
import { openSession } from '../../host/session.js';
import type { RegistrySession } from '../../distribution/session.js';
import { withProgress } from '../../host/progress.js';
import { CancelledError, cancelledBy } from '../../host/cancel.js';
import { jobsFromEnv } from '../promotion.js';
import type { ActionIO } from '../../host/io.js';
import { humanSize } from '../../units.js';
import { getBoolean, getList, getRegistries } from '../inputs.js';
import { getArchivePath, withWorkDir } from '../archive-path.js';

/** The save step's inputs, read and checked once (DESIGN §8 save). */
export interface SaveSettings {
  images: ImageReference[];
  /** A path, or `-` for standard output (CLI). */
  archive: string;
  format: ArchiveFormat;
  platforms: Platform[];
  referrers: boolean;
  /** `registry_context`, then `registry_contexts`: which integration serves each domain. */
  contexts: string[];
  config: RegistriesConfig;
}

export function readSaveSettings(io: ActionIO): SaveSettings {
  const images = getList(io, 'images').map((text) => parseReference(text, { what: 'images item' }));
  if (!images.length) {
    throw new UserError('Input images is required: the images to save, by tag or digest');
  }
  const archive = getArchivePath(io, 'stdout');
  const format = (io.getInput('format') || 'oci') as ArchiveFormat;
  if (!ARCHIVE_FORMATS.includes(format)) {
    throw new UserError(`Input format: "${format}" is not one of ${ARCHIVE_FORMATS.join(', ')}`);
  }
  if (format === 'oci-dir' && archive === '-') {
    throw new UserError('Input format: oci-dir is a folder and cannot go to standard output');
  }
  const platforms = getList(io, 'platforms').map((p) => parsePlatform(p, 'platforms'));
  if (format === 'docker' && platforms.length > 1) {
    throw new UserError(
      'Input platforms: format docker holds one platform per image; name one, or use format oci',
    );
  }
  return {
    images,
    archive,
    format,
    platforms,
    referrers: getBoolean(io, 'referrers', true) && format !== 'docker',
    contexts: [io.getInput('registry_context'), ...getList(io, 'registry_contexts')].filter(
      Boolean,
    ),
    config: getRegistries(io),
  };
}

/** What `contents` says of one image saved. */
interface SavedImage {
  name: string;
  tags: string[];
  digest: string;
  platforms: string[];
  referrers: { digest: string; artifact_type: string }[];
}

export async function save(io: ActionIO): Promise<void> {
  const settings = readSaveSettings(io);
  const { config } = settings;
  if (settings.format === 'oci-dir') await refuseFullFolder(settings.archive);
  const contexts = settings.contexts.map((name) =>
    integrationByName(config, name, 'registry_context'),
  );
  checkContexts(
    contexts,
    settings.images.map((i) => i.domain),
    'registry_contexts',
    () => {},
  );
  const names = settings.images.map((image) => ({
    name: formatName(image),
    tag: image.tag ?? '',
  }));
  checkDistinctNames(names.filter((n) => n.tag));
  const sources = await io.group('Resolve the registries', async () => {
    const found = [];
    for (const image of settings.images) {
      const endpoint = await resolvePull(config, io.env, image.domain, contexts);
      io.info(`${formatReference(image)} via ${endpoint.label}`);
      found.push(endpoint);
    }
    return found;
  });
  const clients = openSession(io);
  const progress = new TransferProgress();
  const fallback = io.env.RUNNER_TEMP || tmpdir();
  try {
    const { saved, blobs, bytes } = await io.group('Save', () =>
      withWorkDir(settings.archive, fallback, async (work) => {
        const label =
          settings.archive === '-' ? 'archive on standard output' : `archive ${settings.archive}`;
        const store = await blobStoreFor(
          settings.archive,
          settings.format === 'oci-dir',
          work,
          label,
        );
        const writer = new ArchiveWriter(store, label);
        try {
          const transfers = await planTransfers(io, settings, clients, sources, writer);
          const results = await withProgress(
            io,
            (p) =>
              transferImages(transfers, {
                jobs: jobsFromEnv(io.env),
                referrers: settings.referrers,
                progress: p,
                log: (m) => io.info(m),
              }),
            progress,
          );
          for (const { transfer } of results) {
            if (transfer.tags[0] === transfer.root.digest) writer.addRoot(transfer.root);
          }
          const stdout = settings.archive === '-' ? io.stdio?.takeStdout() : undefined;
          const written = await finishArchive(writer, settings.archive, {
            format: settings.format,
            platform: settings.platforms[0],
            stdout,
          });
          const saved: SavedImage[] = results.map(({ transfer, result }, i) => ({
            name: names[i].name,
            tags: settings.images[i].tag ? [settings.images[i].tag!] : [],
            digest: result.digest,
            platforms: platformsOf(transfer.root, transfer.label),
            referrers: result.plan.referrers.map((r) => ({
              digest: r.digest,
              artifact_type: r.artifactType,
            })),
          }));
          return { saved, ...written };
        } catch (error) {
          await store.discard();
          throw error;
        }
      }),
    );
    const digests = Object.fromEntries(
      settings.images.map((image, i) => [formatReference(image), saved[i].digest]),
    );
    io.setOutput('archive', settings.archive);
    io.setOutput('digests', JSON.stringify(digests));
    io.setOutput('contents', JSON.stringify({ images: saved, blobs, bytes }));
    io.info(
      `Saved ${saved.length} image${saved.length === 1 ? '' : 's'} to ${settings.archive === '-' ? 'standard output' : settings.archive} (${settings.format}): ${blobs} blobs, ${humanSize(bytes)}`,
    );
    await io.writeSummary({
      title: 'Images saved',
      facts: [
        [
          'Archive',
          `${settings.archive === '-' ? 'standard output' : settings.archive} (${settings.format})`,
        ],
        ['Blobs', `${blobs} (${humanSize(bytes)})`],
      ],
      tables: [
        {
          header: ['Image', 'Digest', 'Platforms', 'Referrers'],
          rows: saved.map((s, i) => [
            formatReference(settings.images[i]),
            `\`${s.digest}\``,
            s.platforms.join(', ') || 'one',
            String(s.referrers.length),
          ]),
        },
      ],
      notes: [
        ...(settings.format === 'docker'
          ? ['format docker: a docker save tar carries no signatures, SBOMs or attestations.']
          : []),
      ],
    });
  } catch (error) {
    // Registries were only read: nothing of theirs to undo; the unfinished archive is gone.
    const signal = cancelledBy();
    if (!signal) throw error;
    throw new CancelledError(
      signal,
      `${progress.idle ? 'stopped' : `${progress.line()} when stopped`}; no archive was written`,
    );
  } finally {
    await clients.close();
  }
}

/**
 * Each image read (and narrowed to `platforms`) from its registry, to be copied into the
 * archive under its full name and tag; by digest alone, the archive names it by its digest.
 */
async function planTransfers(
  io: ActionIO,
  settings: SaveSettings,
  clients: RegistrySession,
  sources: Endpoint[],
  writer: ArchiveWriter,
): Promise<Transfer[]> {
  const transfers: Transfer[] = [];
  for (const [i, image] of settings.images.entries()) {
    const label = formatReference(image);
    const repo = clients.for(sources[i]).repository(image.repository);
    const root = await readSource(repo, image.digest ?? image.tag ?? 'latest');
    const narrowed = settings.platforms.length
      ? await narrowToPlatforms(repo, root, settings.platforms, { input: 'platforms' })
      : { root, newRoot: false, note: undefined };
    if (narrowed.note) io.info(`${label}: ${narrowed.note}`);
    if (settings.format === 'docker' && isIndexMediaType(narrowed.root.mediaType)) {
      throw new UserError(
        `Input platforms: ${label} is a multi-platform index, and format docker holds one platform per image: set platforms to one of ${platformsOf(narrowed.root, label).join(', ')}; nothing was written`,
      );
    }
    transfers.push({
      source: repo,
      root: narrowed.root,
      newRoot: narrowed.newRoot,
      target: writer.repository(formatName(image)),
      tags: image.tag ? [image.tag] : [narrowed.root.digest],
      label,
    });
  }
  return transfers;
}

/** An OCI layout folder is written whole and renamed into place: an existing one is not merged. */
async function refuseFullFolder(dir: string): Promise<void> {
  const found = await stat(dir).catch(() => undefined);
  if (found) {
    throw new UserError(
      `Input archive: ${dir} exists; format oci-dir writes a new folder, give a path that does not exist yet`,
    );
  }
}
