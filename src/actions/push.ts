import path from 'node:path';
import { RegistryError, UserError } from '../errors.js';
import { authConfig, writeAuthFile } from '../build/authfile.js';
import { availableBuilders, type Builder, type LocalImage } from '../build/builder.js';
import { formatReference, parseReference, type ImageReference } from '../registry/reference.js';
import type { Integration, RegistriesConfig } from '../registry/config.js';
import { integrationByName, resolvePush, type PushTarget } from '../registry/resolve.js';
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
  const { found: local, searched } = await findLocal(settings.candidate, io);

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
  }).catch((error: unknown) => {
    // A candidate the registry does not have (or will not show) may have been meant as local.
    if (error instanceof RegistryError && [401, 403, 404].includes(error.status)) {
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
