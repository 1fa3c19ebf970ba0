import path from 'node:path';
import { targetName } from '../../credentials/resolve.js';
import { isUserError, RegistryError, UserError } from '../../errors.js';
import { authConfig, writeAuthFile } from '../../builders/authfile.js';
import { availableBuilders } from '../../builders/detect.js';
import type { Builder, LocalImage } from '../../builders/types.js';
import type { Repository } from '../../distribution/repository.js';
import { createLimiter } from '../../concurrency.js';
import {
  isIndexMediaType,
  platformManifests,
  parseImageIndex,
  parseManifestContents,
} from '../../oci/manifest.js';
import {
  formatName,
  formatReference,
  manifestRef,
  parseReference,
  type ImageReference,
} from '../../oci/reference.js';
import {
  archiveEndpoint,
  archiveReference,
  namesArchive,
  withArchiveCandidate,
} from '../archive-candidate.js';
import type { Integration, RegistriesConfig } from '../../credentials/registries-file.js';
import {
  integrationByName,
  resolvePush,
  splitImageName,
  type Endpoint,
  type PushTarget,
} from '../../credentials/resolve.js';
import type { RegistrySession } from '../../distribution/session.js';
import { openSession } from '../../host/session.js';
import { getRegistries, getTags } from '../inputs.js';
import type { ActionIO, Summary } from '../../host/io.js';
import { candidateSources, runPromotion } from '../promotion.js';
import { readBackDigest } from '../../images/read-back.js';
import { builderIO } from '../builder-io.js';
import { removeStepDir, withStepDir } from '../../host/step-dir.js';

/** The push step's inputs, read and checked once (DESIGN §4 push). */
export interface PushSettings {
  /** As written: a build's `image` output, a local image, or a remote reference. */
  candidate: string;
  candidateRef: ImageReference;
  /** `tag` then `tags`; default `latest`. */
  tags: string[];
  /** Default: the candidate's name as written. */
  imageName?: string;
  registry?: string;
  registryContext?: string;
  config: RegistriesConfig;
}

export function readPushSettings(io: ActionIO): PushSettings {
  const candidate = io.getInput('candidate');
  if (!candidate) {
    throw new UserError(
      "Input candidate is required: the image to push (a build step's image output, a local image, or a remote reference)",
    );
  }
  const candidateRef = parseReference(candidate, { what: 'candidate' });
  const imageName = io.getInput('image_name') || undefined;
  if (imageName) {
    const ref = parseReference(imageName, { what: 'image_name', defaultTag: false });
    if (ref.tag || ref.digest) {
      throw new UserError(
        `Input image_name: "${imageName}" carries a tag or digest; give the name alone and the tags in tag or tags`,
      );
    }
  }
  const tags = getTags(io);
  return {
    candidate,
    candidateRef,
    tags: tags.length ? tags : ['latest'],
    imageName,
    registry: io.getInput('registry') || undefined,
    registryContext: io.getInput('registry_context') || undefined,
    config: getRegistries(io),
  };
}

/**
 * The builder whose local storage holds the candidate, docker first; without one the candidate
 * is remote, and `searched` says where it was looked for.
 */
async function findLocal(
  candidate: string,
  io: ActionIO,
): Promise<{ found?: { builder: Builder; image: LocalImage }; searched: string }> {
  const builders = await availableBuilders(io.env);
  for (const builder of builders) {
    const image = await builder.findImage(candidate, builderIO(io));
    if (image) return { found: { builder, image }, searched: builder.kind };
  }
  const searched = builders.length
    ? `the local storage of ${builders.map((b) => b.kind).join(' or ')}`
    : 'any local storage (no builder here)';
  io.debug(`${candidate} is not in ${searched}: treated as remote`);
  return { searched };
}

/**
 * What the candidate's registry holds under the candidate's name, by the digests that identify
 * it: as much as the comparison with the local copy needed (readRemoteCopy).
 */
export interface RemoteCopy {
  /** The manifest's (or index's) digest. */
  digest: string;
  index: boolean;
  /**
   * Each platform's manifest digest (one for a single manifest), attestations left out; its config
   * digest where it was read (always for a single manifest, which carries it).
   */
  platforms: { manifest: string; config?: string }[];
}

/**
 * How a local copy relates to the registry's: the same image, one of its platforms (or some of
 * them), or another image altogether.
 */
export type Relation = 'same' | 'part' | 'different';

export function relate(local: LocalImage, remote: RemoteCopy): Relation {
  const ids = new Set(local.ids);
  const manifests = new Set(remote.platforms.map((p) => p.manifest));
  const configs = remote.platforms.map((p) => p.config);
  if (!remote.index) {
    return [remote.digest, ...configs].some((d) => d && ids.has(d)) ? 'same' : 'different';
  }
  if (local.list) {
    // A list is told by its platform manifests: all of the registry's is the same image, some of
    // them a part; one the registry does not hold makes another image (with more platforms,
    // say), which only a push of the local list keeps whole.
    if (!ids.size || ![...ids].every((id) => manifests.has(id))) return 'different';
    return ids.size === manifests.size ? 'same' : 'part';
  }
  // One image cannot be an index; with docker's classic store it even carries the index's digest
  // (RepoDigests) when it holds one platform of it.
  const known = [remote.digest, ...manifests, ...configs];
  return known.some((d) => d && ids.has(d)) ? 'part' : 'different';
}

export interface CandidateChoice {
  source: 'local' | 'remote';
  /** Why, for the log. */
  why: string;
  /** The registry's copy compared, when it was read: a remote source is promoted by its digest. */
  remote?: RemoteCopy;
}

/**
 * Where a candidate is pushed from (actions/push/README.md, "Local or remote"): a candidate found
 * in no local storage is remote. A local one is pushed from there, unless its name carries a
 * registry that holds it and the local copy is only part of what the registry holds (one
 * platform of an index, as `docker run` leaves): the registry's copy is then promoted, whole, with
 * its digest. A local copy that is another image altogether is a build of this machine, and
 * pushing it is what was asked. `readRemote` is called only for a local candidate whose name
 * carries a registry; undefined means the registry does not hold it (or cannot be read).
 */
export async function chooseCandidateSource(
  candidate: string,
  local: { kind: string; image: LocalImage } | undefined,
  readRemote: () => Promise<RemoteCopy | undefined>,
): Promise<CandidateChoice> {
  if (!local) return { source: 'remote', why: `${candidate} is in no local storage` };
  const where = `the local ${local.kind} storage`;
  if (!splitImageName(candidate).domain)
    return { source: 'local', why: `${candidate} is in ${where} and names no registry` };
  const remote = await readRemote();
  if (!remote)
    return {
      source: 'local',
      why: `${candidate} is in ${where}, and its registry does not hold it (or cannot be read)`,
    };
  switch (relate(local.image, remote)) {
    case 'same':
      return {
        source: 'local',
        why: `${candidate} is in ${where}, the same image as in its registry`,
        remote,
      };
    case 'part':
      return {
        source: 'remote',
        why: `${where} holds only part of ${candidate} (${remote.platforms.length} platforms in its registry): the registry's copy is pushed whole`,
        remote,
      };
    default:
      return {
        source: 'local',
        why: `${candidate} in ${where} matches neither what its registry holds nor a part of it (a build of this machine, say): the local image is pushed`,
        remote,
      };
  }
}

/** Platform manifests read at once from one index. */
const CHILD_CONCURRENCY = 8;

/**
 * The registry's copy of `reference`, read as little as telling it from `local` needs: its root
 * manifest, whose digest (and, for one manifest, config digest) and list of platform manifests
 * settle almost every case. A single manifest is pushed from local storage whether it is the
 * same image or not, so nothing more is read. Only a single local image that matches none of an
 * index's digests may still be one of its platforms known by its config alone (docker's classic
 * store without RepoDigests, say): then the platform manifests are read for their configs, a few
 * at once.
 */
export async function readRemoteCopy(
  repo: Pick<Repository, 'getManifest' | 'name' | 'label'>,
  reference: string,
  local: LocalImage,
): Promise<RemoteCopy> {
  const where = `${repo.label}: ${repo.name}`;
  const root = await repo.getManifest(reference);
  if (!isIndexMediaType(root.mediaType)) {
    const config = parseManifestContents(root, where).config?.digest;
    return { digest: root.digest, index: false, platforms: [{ manifest: root.digest, config }] };
  }
  const entries = platformManifests(parseImageIndex(root, where));
  const copy: RemoteCopy = {
    digest: root.digest,
    index: true,
    platforms: entries.map((d) => ({ manifest: d.digest })),
  };
  if (local.list || relate(local, copy) !== 'different') return copy;
  const limit = createLimiter(CHILD_CONCURRENCY);
  copy.platforms = await Promise.all(
    copy.platforms.map((p) =>
      limit(async () => {
        const child = await repo.getManifest(p.manifest);
        // A nested index has no config of its own.
        if (isIndexMediaType(child.mediaType)) return p;
        return { ...p, config: parseManifestContents(child, where).config?.digest };
      }),
    ),
  );
  return copy;
}

/**
 * The registry's copy of a local candidate, read as a remote candidate would be pulled (through
 * `registry_context` when given), or undefined when it cannot be: then the local copy is all
 * there is to push.
 */
async function remoteCopyOf(
  io: ActionIO,
  settings: PushSettings,
  clients: RegistrySession,
  local: LocalImage,
): Promise<RemoteCopy | undefined> {
  const ref = settings.candidateRef;
  let source: Endpoint;
  try {
    [source] = await candidateSources(settings.config, io.env, [ref], settings.registryContext);
  } catch (error) {
    // A local candidate needs no pull identity: one that cannot be decided only means the
    // registry's copy is not looked at. A context the user gave for it is worth a word.
    if (!isUserError(error)) throw error;
    const message = `${error.message}; the registry's copy of ${settings.candidate} is not read, and the local image is pushed`;
    if (settings.registryContext) io.warning(message);
    else io.debug(message);
    return undefined;
  }
  try {
    const repo = clients.for(source).repository(ref.repository);
    return await readRemoteCopy(repo, manifestRef(ref), local);
  } catch (error) {
    if (!isUserError(error)) throw error;
    io.debug(`${formatReference(ref)} could not be read from ${source.label}: ${error.message}`);
    return undefined;
  }
}

async function targetOf(
  settings: PushSettings,
  env: NodeJS.ProcessEnv,
  integration: Integration | undefined,
): Promise<PushTarget> {
  // A name as written keeps its domain, for resolvePush's last resort (the domain in the name).
  return resolvePush(settings.config, env, settings.imageName ?? settings.candidate, integration);
}

export async function push(io: ActionIO): Promise<void> {
  if (namesArchive(io.getInput('candidate'))) return pushFromArchive(io);
  const settings = readPushSettings(io);
  const { config } = settings;
  const integration = settings.registry
    ? integrationByName(config, settings.registry, 'registry')
    : undefined;
  const context = settings.registryContext
    ? integrationByName(config, settings.registryContext, 'registry_context')
    : undefined;
  // One set of clients for the step: the registry's copy of a local candidate and the promotion
  // share their pings, tokens and connections.
  const clients = openSession(io);
  try {
    const { found, searched } = await findLocal(settings.candidate, io);
    let candidate = settings.candidateRef;
    if (found) {
      let read = false;
      const choice = await chooseCandidateSource(
        settings.candidate,
        { kind: found.builder.kind, image: found.image },
        () => {
          read = true;
          return remoteCopyOf(io, settings, clients, found.image);
        },
      );
      io.info(choice.why);
      if (choice.source === 'local') {
        if (context && !read)
          io.warning(
            `Input registry_context: ${settings.candidate} is a local image written without a registry, so no registry is read and ${context.name} is not used`,
          );
        await pushLocal(
          io,
          settings,
          found,
          await targetOf(settings, io.env, integration),
          clients,
        );
        return;
      }
      // The copy that was compared, whatever its tag points at by now.
      if (choice.remote) candidate = { ...candidate, digest: choice.remote.digest };
    }
    await pushRemote(
      io,
      settings,
      candidate,
      await targetOf(settings, io.env, integration),
      clients,
      {
        searched: found ? undefined : searched,
      },
    );
  } finally {
    await clients.close();
  }
}

async function pushLocal(
  io: ActionIO,
  settings: PushSettings,
  local: { builder: Builder; image: LocalImage },
  target: PushTarget,
  session: RegistrySession,
): Promise<void> {
  const base = targetName(target);
  const images = settings.tags.map((tag) => `${base}:${tag}`);
  io.info(
    `Pushing the local ${local.builder.kind} image ${settings.candidate} to ${target.endpoint.label}: ${images.join(', ')}`,
  );
  const digest = await withStepDir(io, async (dir) => {
    const authfile = path.join(dir, 'push', 'config.json');
    await writeAuthFile(authfile, authConfig([target.endpoint]));
    for (const [i, destination] of images.entries()) {
      await local.builder.push(
        {
          source: settings.candidate,
          destination,
          target: {
            registry: target.endpoint.label,
            host: target.endpoint.host,
            repository: target.repository,
          },
          authfile,
          insecure: target.endpoint.insecure,
          list: local.image.list,
          digestFile: path.join(dir, `digest-${i}`),
        },
        builderIO(io),
      );
    }
    return readBackDigest(session, target, settings.tags);
  });
  await finish(io, images, digest, {
    title: 'Image pushed',
    facts: [
      ['Candidate', `${settings.candidate} (local, ${local.builder.kind})`],
      ['Target', `${images.join(', ')} (${target.endpoint.label})`],
      ['Digest', `\`${digest}\``],
    ],
  });
}

/**
 * A remote candidate goes registry to registry: a promotion. `searched` is where a candidate
 * found in no local storage was looked for, for the error when its registry will not show it
 * either.
 */
async function pushRemote(
  io: ActionIO,
  settings: PushSettings,
  candidate: ImageReference,
  target: PushTarget,
  clients: RegistrySession,
  { searched }: { searched?: string },
): Promise<void> {
  const [source] = await candidateSources(
    settings.config,
    io.env,
    [candidate],
    settings.registryContext,
  );
  const { result, images } = await runPromotion(
    io,
    { candidates: [candidate], sources: [source], target, tags: settings.tags },
    clients,
  ).catch(async (error: unknown) => {
    // A candidate the registry does not have (or will not show) may have been meant as local;
    // a refusal of the target is no such thing. The source is read inside the promotion, so
    // only asking it again tells the two apart: one HEAD, on this failure only.
    if (
      searched &&
      error instanceof RegistryError &&
      [401, 403, 404].includes(error.status) &&
      !(await shows(clients, source, candidate))
    ) {
      throw new UserError(`${error.message}; ${settings.candidate} is not in ${searched} either`);
    }
    throw error;
  });
  const { stats } = result;
  io.info(
    `${result.plan.mode}: ${stats.blobs.copied} blobs copied (${stats.bytes_copied} bytes), ${stats.blobs.mounted} mounted, ${stats.blobs.skipped} already there`,
  );
  await finish(io, images, result.digest, {
    title: 'Image pushed',
    facts: [
      ['Candidate', `${formatReference(candidate)} (remote, ${source.label})`],
      ['Target', `${images.join(', ')} (${target.endpoint.label})`],
      ['Digest', `\`${result.digest}\``],
      ['Mode', result.plan.mode],
    ],
  });
}

/**
 * An archive's image (DESIGN §8), as promote takes it: to `registry`, else the default
 * integration, else the registry its name in the archive names.
 */
async function pushFromArchive(io: ActionIO): Promise<void> {
  const text = io.getInput('candidate');
  const imageName = io.getInput('image_name') || undefined;
  const tags = getTags(io);
  const config = getRegistries(io);
  const registry = io.getInput('registry');
  const integration = registry ? integrationByName(config, registry, 'registry') : undefined;
  await withArchiveCandidate(io, text, 'candidate', async (candidate) => {
    const reference = archiveReference(candidate!, 'candidate', imageName);
    const target = await resolvePush(
      config,
      io.env,
      imageName ?? formatName(reference),
      integration,
    );
    const clients = openSession(io);
    try {
      const { result, images } = await runPromotion(
        io,
        {
          candidates: [reference],
          sources: [archiveEndpoint(candidate!)],
          target,
          tags: tags.length ? tags : ['latest'],
          archive: { source: candidate!.source, digest: candidate!.root.digest },
        },
        clients,
      );
      await finish(io, images, result.digest, {
        title: 'Image pushed',
        facts: [
          ['Candidate', `${text} (archive)`],
          ['Target', `${images.join(', ')} (${target.endpoint.label})`],
          ['Digest', `\`${result.digest}\``],
        ],
      });
    } finally {
      await clients.close();
    }
  });
}

/** Whether a registry shows `ref` to the identity it is pulled with. */
async function shows(
  clients: RegistrySession,
  source: Endpoint,
  ref: ImageReference,
): Promise<boolean> {
  try {
    const repo = clients.for(source).repository(ref.repository);
    return (await repo.headManifest(manifestRef(ref))) !== undefined;
  } catch (error) {
    if (!isUserError(error)) throw error;
    return false;
  }
}

async function finish(
  io: ActionIO,
  images: string[],
  digest: string,
  summary: Summary,
): Promise<void> {
  io.setOutput('image', images[0]);
  io.setOutput('images', images.join('\n'));
  io.setOutput('digest', digest);
  io.info(`Pushed ${images.join(', ')} (${digest})`);
  await io.writeSummary(summary);
}

/** The post step: removes the auth file should the main step have died before it could. */
export const pushPost = removeStepDir;
