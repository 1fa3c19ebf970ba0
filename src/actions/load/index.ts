import { tmpdir } from 'node:os';
import { UserError } from '../../errors.js';
import { openArchive } from '../../archives/open.js';
import { namesImage } from '../../archives/ref-names.js';
import type { ArchivedImage } from '../../archives/contents.js';
import { transferImages, type Transfer } from '../../images/archive-transfer.js';
import { TransferProgress } from '../../images/progress.js';
import type { RegistriesConfig } from '../../credentials/registries-file.js';
import { integrationByName, resolvePush, type PushTarget } from '../../credentials/resolve.js';
import { openSession } from '../../host/session.js';
import { withProgress } from '../../host/progress.js';
import { cancelSignal } from '../../host/cancel.js';
import { cancelledWork, jobsFromEnv } from '../promotion.js';
import type { ActionIO } from '../../host/io.js';
import { getBoolean, getList, getRegistries, getTags } from '../inputs.js';
import { getArchivePath, withWorkDir } from '../archive-path.js';

/** The load step's inputs, read and checked once (DESIGN §8 load). */
export interface LoadSettings {
  /** A path, or `-` for standard input (CLI). */
  archive: string;
  registry?: string;
  /** Which of the archive's images, by `name:tag`; empty: all. */
  images: string[];
  imageName?: string;
  tags: string[];
  overwrite: boolean;
  referrers: boolean;
  config: RegistriesConfig;
}

export function readLoadSettings(io: ActionIO): LoadSettings {
  return {
    archive: getArchivePath(io, 'stdin'),
    registry: io.getInput('registry') || undefined,
    images: getList(io, 'images'),
    imageName: io.getInput('image_name') || undefined,
    tags: getTags(io),
    overwrite: getBoolean(io, 'overwrite', true),
    referrers: getBoolean(io, 'referrers', true),
    config: getRegistries(io),
  };
}

/** Which images of the archive load, under which name and tags. */
export function chooseImages(
  settings: Pick<LoadSettings, 'images' | 'imageName' | 'tags'>,
  available: ArchivedImage[],
  label: string,
): { image: ArchivedImage; name: string; tags: string[] }[] {
  const listed = available.map((i) => i.ref).join(', ') || 'none';
  const chosen = settings.images.length
    ? settings.images.map((wanted) => {
        const found = available.filter((i) => namesImage(wanted, i));
        if (!found.length)
          throw new UserError(
            `Input images: ${label} holds no image ${wanted}; it holds ${listed}`,
          );
        return found[0];
      })
    : available;
  if (!chosen.length) throw new UserError(`${label}: holds no image to load`);
  const one = new Set(chosen.map((i) => i.root.digest)).size === 1 && chosen.length === 1;
  if ((settings.imageName || settings.tags.length) && !one) {
    throw new UserError(
      `Input ${settings.imageName ? 'image_name' : 'tags'}: applies when one image loads, and ${label} holds ${chosen.length} (${listed}); choose one with images`,
    );
  }
  // Images of one name: their tags go to one repository, together.
  const byName = new Map<string, { image: ArchivedImage; name: string; tags: string[] }>();
  for (const image of chosen) {
    const name = settings.imageName ?? image.name?.repository;
    if (!name) {
      throw new UserError(
        `${label}: image ${image.ref} has no name in the archive; set image_name (and tags) for it`,
      );
    }
    const tags = settings.tags.length ? settings.tags : image.tag ? [image.tag] : ['latest'];
    const key = `${name}@${image.root.digest}`;
    const known = byName.get(key);
    if (known) known.tags.push(...tags.filter((t) => !known.tags.includes(t)));
    else byName.set(key, { image, name, tags });
  }
  return [...byName.values()];
}

export async function load(io: ActionIO): Promise<void> {
  const settings = readLoadSettings(io);
  const { config } = settings;
  const integration = settings.registry
    ? integrationByName(config, settings.registry, 'registry')
    : config.integrations.find((i) => i.default);
  if (!integration) {
    throw new UserError(
      'Input registry is required: the integration to load into (or mark one integration default in the registries file)',
    );
  }
  const clients = openSession(io);
  const progress = new TransferProgress();
  const fallback = io.env.RUNNER_TEMP || tmpdir();
  // What a cancelled step says it left behind.
  const written: string[] = [];
  try {
    const loaded = await withWorkDir('-', fallback, async (work) => {
      const archive = await io.group('Read the archive', async () => {
        const opened = await openArchive(settings.archive, work, io.stdio?.stdin, cancelSignal);
        io.info(`${opened.label}: ${opened.images.map((i) => i.ref).join(', ') || 'no images'}`);
        return opened;
      });
      const chosen = chooseImages(settings, archive.images, archive.label);
      const targets: PushTarget[] = [];
      for (const c of chosen) targets.push(await resolvePush(config, io.env, c.name, integration));
      const transfers: Transfer[] = await Promise.all(
        chosen.map(async (c, i) => {
          const source = archive.source(c.image);
          const target = clients.for(targets[i].endpoint).repository(targets[i].repository, {
            push: true,
          });
          return {
            source,
            root: await source.getManifest(c.image.root.digest),
            target,
            tags: c.tags,
            label: `${targets[i].endpoint.domain}/${targets[i].repository}`,
          };
        }),
      );
      return io.group('Load', () =>
        withProgress(
          io,
          (p) =>
            transferImages(transfers, {
              jobs: jobsFromEnv(io.env),
              referrers: settings.referrers,
              overwrite: settings.overwrite,
              onTagWritten: (tag) => written.push(tag),
              progress: p,
              log: (m) => io.info(m),
            }),
          progress,
        ),
      );
    });
    const images = loaded.flatMap(({ transfer }) =>
      transfer.tags.map((tag) => `${transfer.label}:${tag}`),
    );
    const digests = Object.fromEntries(
      loaded.flatMap(({ transfer, result }) =>
        transfer.tags.map((tag) => [`${transfer.label}:${tag}`, result.digest]),
      ),
    );
    io.setOutput('images', images.join('\n'));
    io.setOutput('digests', JSON.stringify(digests));
    const blobs = loaded.reduce((n, l) => n + l.result.stats.blobs.copied, 0);
    const referrers = loaded.reduce((n, l) => n + l.result.plan.referrers.length, 0);
    io.info(`Loaded ${images.join(', ')}: ${blobs} blobs copied, ${referrers} referrers carried`);
    await io.writeSummary({
      title: 'Images loaded',
      facts: [
        ['Archive', settings.archive === '-' ? 'standard input' : settings.archive],
        ['Registry', integration.name],
      ],
      tables: [
        {
          header: ['Image', 'Digest', 'Blobs copied', 'Already there', 'Referrers'],
          rows: loaded.flatMap(({ transfer, result }) =>
            transfer.tags.map((tag) => [
              `${transfer.label}:${tag}`,
              `\`${result.digest}\``,
              String(result.stats.blobs.copied),
              String(result.stats.blobs.skipped),
              String(result.plan.referrers.length),
            ]),
          ),
        },
      ],
    });
  } catch (error) {
    throw await cancelledWork(error, clients, progress, written);
  } finally {
    await clients.close();
  }
}
