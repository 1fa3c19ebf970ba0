import path from 'node:path';
import { isUserError, RegistryError, UserError } from '../errors.js';
import { authConfig, writeAuthFile } from '../build/authfile.js';
import { availableBuilders, type Builder, type LocalImage } from '../build/builder.js';
import {
  isAttestation,
  isIndexMediaType,
  parseJson,
  type ImageIndex,
  type ImageManifest,
} from '../registry/manifest.js';
import {
  formatReference,
  looksLikeDomain,
  parseReference,
  type ImageReference,
} from '../registry/reference.js';
import type { Integration, RegistriesConfig } from '../registry/config.js';
import {
  integrationByName,
  resolvePush,
  type Endpoint,
  type PushTarget,
} from '../registry/resolve.js';
import { Clients } from './clients.js';
import { getRegistries, getTags } from './inputs.js';
import type { ActionIO, Summary } from './io.js';
import { candidateSources, runPromotion } from './promotion.js';
import { builderIO, readBackDigest } from './pushed.js';
import { removeStepDir, withStepDir } from './step-dir.js';

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

/** What the candidate's registry holds under the candidate's name, by the digests that identify it. */
export interface RemoteCopy {
  /** The manifest's (or index's) digest. */
  digest: string;
  index: boolean;
  /** Each platform's manifest and config digest (one for a single manifest); attestations left out. */
  platforms: { manifest: string; config?: string }[];
}

/**
 * How a local copy relates to the registry's: the same image, one of its platforms (or some of
 * them), or another image altogether.
 */
export type Relation = 'same' | 'part' | 'different';

export function relate(local: LocalImage, remote: RemoteCopy): Relation {
  const ids = new Set(local.ids);
  const manifests = remote.platforms.map((p) => p.manifest);
  const known = [remote.digest, ...manifests, ...remote.platforms.map((p) => p.config ?? '')];
  const shared = known.some((d) => d && ids.has(d));
  if (!remote.index) return shared ? 'same' : 'different';
  if (local.list) {
    // A list is the same image when it holds the same platform manifests, all of them.
    const all = manifests.length > 0 && manifests.every((m) => ids.has(m));
    if (all && ids.size === manifests.length) return 'same';
    return shared ? 'part' : 'different';
  }
  // One image cannot be an index; with docker's classic store it even carries the index's digest
  // (RepoDigests) when it holds one platform of it.
  return shared ? 'part' : 'different';
}

export interface CandidateChoice {
  source: 'local' | 'remote';
  /** Why, for the log. */
  why: string;
}

/**
 * Where a candidate is pushed from (actions/push/README.md, "Local or remote"): a candidate found
 * in no local storage is remote. A local one is pushed from there, unless its name carries a
 * registry that holds it and the local copy is only part of what the registry holds (one
 * platform of an index, as `docker run` leaves): the registry's copy is then promoted, whole, with
 * its digest. A local copy that is another image altogether is a build of this machine, and
 * pushing it is what was asked.
 */
export function chooseCandidateSource(
  candidate: string,
  local: { kind: string; image: LocalImage } | undefined,
  remote: RemoteCopy | undefined,
): CandidateChoice {
  if (!local) return { source: 'remote', why: `${candidate} is in no local storage` };
  const where = `the local ${local.kind} storage`;
  if (!namesRegistry(candidate))
    return { source: 'local', why: `${candidate} is in ${where} and names no registry` };
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
      };
    case 'part':
      return {
        source: 'remote',
        why: `${where} holds only part of ${candidate} (${remote.platforms.length} platforms in its registry): the registry's copy is pushed whole`,
      };
    default:
      return {
        source: 'local',
        why: `${candidate} in ${where} is another image than its registry holds (built here): the local image is pushed`,
      };
  }
}

/** Whether a reference is written with a registry: its first component is a domain. */
function namesRegistry(reference: string): boolean {
  const slash = reference.indexOf('/');
  return slash > 0 && looksLikeDomain(reference.slice(0, slash));
}

/**
 * What the candidate's registry holds, or undefined when it does not (or will not say): then the
 * local copy is all there is to push.
 */
async function readRemoteCopy(
  io: ActionIO,
  source: Endpoint,
  ref: ImageReference,
): Promise<RemoteCopy | undefined> {
  const clients = new Clients((m) => io.debug(m));
  try {
    const repo = clients.for(source).repository(ref.repository);
    const root = await repo.getManifest(ref.digest ?? ref.tag ?? 'latest');
    const configOf = async (reference: string, known?: ImageManifest) => {
      const manifest =
        known ?? parseJson<ImageManifest>(await repo.getManifest(reference), ref.repository);
      return manifest.config?.digest;
    };
    if (!isIndexMediaType(root.mediaType)) {
      const config = await configOf(root.digest, parseJson<ImageManifest>(root, ref.repository));
      return { digest: root.digest, index: false, platforms: [{ manifest: root.digest, config }] };
    }
    const index = parseJson<ImageIndex>(root, ref.repository);
    const platforms = await Promise.all(
      index.manifests
        .filter((d) => !isAttestation(d))
        .map(async (d) => ({ manifest: d.digest, config: await configOf(d.digest) })),
    );
    return { digest: root.digest, index: true, platforms };
  } catch (error) {
    if (!isUserError(error)) throw error;
    io.debug(`${formatReference(ref)} could not be read from ${source.label}: ${error.message}`);
    return undefined;
  } finally {
    await clients.close();
  }
}

/** Whether the candidate's registry shows it to the identity it is pulled with. */
async function readable(io: ActionIO, source: Endpoint, ref: ImageReference): Promise<boolean> {
  const clients = new Clients((m) => io.debug(m));
  try {
    const repo = clients.for(source).repository(ref.repository);
    return (await repo.headManifest(ref.digest ?? ref.tag ?? 'latest')) !== undefined;
  } catch (error) {
    if (!isUserError(error)) throw error;
    return false;
  } finally {
    await clients.close();
  }
}

/** The registry's copy of a local candidate, read as a remote candidate would be pulled. */
async function remoteCopyOf(io: ActionIO, settings: PushSettings): Promise<RemoteCopy | undefined> {
  let source: Endpoint;
  try {
    [source] = candidateSources(
      settings.config,
      io.env,
      [settings.candidateRef],
      settings.registryContext,
    );
  } catch (error) {
    // A local candidate needs no pull identity: one that cannot be decided only means the
    // registry's copy is not looked at.
    if (!isUserError(error)) throw error;
    io.debug(`the registry of ${settings.candidate} is not read: ${error.message}`);
    return undefined;
  }
  return readRemoteCopy(io, source, settings.candidateRef);
}

function targetOf(
  settings: PushSettings,
  env: NodeJS.ProcessEnv,
  integration: Integration | undefined,
): PushTarget {
  // A name as written keeps its domain, for resolvePush's last resort (the domain in the name).
  return resolvePush(settings.config, env, settings.imageName ?? settings.candidate, integration);
}

export async function push(io: ActionIO): Promise<void> {
  const settings = readPushSettings(io);
  const { config } = settings;
  const integration = settings.registry
    ? integrationByName(config, settings.registry, 'registry')
    : undefined;
  const context = settings.registryContext
    ? integrationByName(config, settings.registryContext, 'registry_context')
    : undefined;
  const { found, searched } = await findLocal(settings.candidate, io);
  let local = found;
  if (local && namesRegistry(settings.candidate)) {
    const remote = await remoteCopyOf(io, settings);
    const choice = chooseCandidateSource(
      settings.candidate,
      { kind: local.builder.kind, image: local.image },
      remote,
    );
    io.info(choice.why);
    if (choice.source === 'remote') local = undefined;
  }

  if (local) {
    if (context)
      io.warning(
        `Input registry_context: ${settings.candidate} is a local image, so nothing is pulled and ${context.name} is not used`,
      );
    const target = targetOf(settings, io.env, integration);
    const base = `${target.endpoint.domain}/${target.repository}`;
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
      return readBackDigest(io, target, settings.tags);
    });
    await finish(io, images, digest, {
      title: 'Image pushed',
      facts: [
        ['Candidate', `${settings.candidate} (local, ${local.builder.kind})`],
        ['Target', `${images.join(', ')} (${target.endpoint.label})`],
        ['Digest', `\`${digest}\``],
      ],
    });
    return;
  }

  // A remote candidate goes registry to registry: a promotion.
  const [source] = candidateSources(
    config,
    io.env,
    [settings.candidateRef],
    settings.registryContext,
  );
  const target = targetOf(settings, io.env, integration);
  const { result, images } = await runPromotion(io, {
    candidates: [settings.candidateRef],
    sources: [source],
    target,
    tags: settings.tags,
  }).catch(async (error: unknown) => {
    // A candidate the registry does not have (or will not show) may have been meant as local;
    // a refusal of the target is no such thing, so the source is asked whether it was the one.
    if (
      !found &&
      error instanceof RegistryError &&
      [401, 403, 404].includes(error.status) &&
      !(await readable(io, source, settings.candidateRef))
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
      ['Candidate', `${formatReference(settings.candidateRef)} (remote, ${source.label})`],
      ['Target', `${images.join(', ')} (${target.endpoint.label})`],
      ['Digest', `\`${result.digest}\``],
      ['Mode', result.plan.mode],
    ],
  });
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
