import { UserError } from '../errors.js';
import type { CopyResult } from '../registry/copy.js';
import {
  formatReference,
  isValidDigest,
  parseReference,
  type ImageReference,
} from '../registry/reference.js';
import type { RegistriesConfig } from '../registry/config.js';
import {
  integrationByName,
  resolvePush,
  splitImageName,
  type Endpoint,
} from '../registry/resolve.js';
import { getBoolean, getList, getRegistries, getTags } from './inputs.js';
import type { ActionIO } from './io.js';
import { candidateSources, runPromotion } from './promotion.js';

/** The promote step's inputs, read and checked once (DESIGN §4 promote). */
export interface PromoteSettings {
  /** The first (often only) candidate: it decides the default target. */
  candidate: ImageReference;
  /** Several candidates are merged into one multi-platform index. */
  candidates: ImageReference[];
  tags: string[];
  registry?: string;
  imageName?: string;
  registryContext?: string;
  expectedDigest?: string;
  dryRun: boolean;
  config: RegistriesConfig;
}

export function readPromoteSettings(io: ActionIO): PromoteSettings {
  const candidates = getList(io, 'candidate').map((text) =>
    parseReference(text, { what: 'candidate' }),
  );
  if (!candidates.length)
    throw new UserError('Input candidate is required: the image to promote, by tag or digest');
  const tags = getTags(io);
  if (!tags.length)
    throw new UserError('Input tag or tags is required: the tags to write in the target');
  const expectedDigest = io.getInput('expected_digest') || undefined;
  if (expectedDigest && !isValidDigest(expectedDigest)) {
    throw new UserError(
      `Input expected_digest: "${expectedDigest}" is not a digest (sha256:<64 hex digits>)`,
    );
  }
  return {
    candidate: candidates[0],
    candidates,
    tags,
    registry: io.getInput('registry') || undefined,
    imageName: io.getInput('image_name') || undefined,
    registryContext: io.getInput('registry_context') || undefined,
    expectedDigest,
    dryRun: getBoolean(io, 'dry_run', false),
    config: getRegistries(io),
  };
}

export interface PromoteTarget {
  endpoint: Endpoint;
  repository: string;
}

/**
 * Where the candidate is pulled from, and where it goes: the named `registry`, else the
 * integration the candidate is pulled through. With neither `registry` nor `image_name`, the
 * target is the candidate's own repository, whatever prefix its integration declares: bare
 * `tags` retag in place.
 */
export async function planPromotion(
  settings: PromoteSettings,
  env: NodeJS.ProcessEnv,
): Promise<{ source: Endpoint; sources: Endpoint[]; target: PromoteTarget }> {
  const { config, candidate } = settings;
  const sources = await candidateSources(
    config,
    env,
    settings.candidates,
    settings.registryContext,
  );
  const source = sources[0];
  if (!settings.registry && !settings.imageName) {
    return { source, sources, target: { endpoint: source, repository: candidate.repository } };
  }
  const integration = settings.registry
    ? integrationByName(config, settings.registry, 'registry')
    : source.integration;
  const imageName = settings.imageName ?? candidate.repository;
  let target: PromoteTarget;
  if (integration) {
    target =
      integration === source.integration
        ? { ...(await resolvePush(config, env, imageName, integration)), endpoint: source }
        : await resolvePush(config, env, imageName, integration);
  } else {
    // Reached through the Docker config or anonymously: the target is the same registry.
    const named = parseReference(`${source.domain}/${splitImageName(imageName).path}`, {
      what: 'image_name',
      defaultTag: false,
    });
    target = { endpoint: source, repository: named.repository };
  }
  // A domain written in image_name that is not where the copy goes would be dropped silently.
  const written = settings.imageName ? splitImageName(settings.imageName).domain : undefined;
  if (written && written !== target.endpoint.domain) {
    throw new UserError(
      `Input image_name: "${settings.imageName}" names ${written}, but the promotion goes to ${target.endpoint.domain} (${target.endpoint.label}); set registry to an integration of ${written}, or leave the domain out of image_name`,
    );
  }
  return { source, sources, target };
}

export async function promote(io: ActionIO): Promise<void> {
  const settings = readPromoteSettings(io);
  const { sources, target } = await planPromotion(settings, io.env);
  io.debug(`target: ${target.endpoint.domain}/${target.repository} via ${target.endpoint.label}`);

  const { result, images } = await runPromotion(io, {
    candidates: settings.candidates,
    sources,
    target,
    tags: settings.tags,
    expectedDigest: settings.expectedDigest,
    dryRun: settings.dryRun,
  });
  io.setOutput('digest', result.digest);
  io.setOutput('image', images[0]);
  io.setOutput('images', images.join('\n'));
  io.setOutput('stats', JSON.stringify(result.stats));
  io.info(describeResult(settings, result, images, settings.dryRun));
  await io.writeSummary(promoteSummary(settings, sources, target, result, images));
}

function describeResult(
  settings: PromoteSettings,
  result: CopyResult,
  images: string[],
  dryRun: boolean,
): string {
  const { blobs } = result.stats;
  const verb = dryRun ? 'Would promote' : 'Promoted';
  const moved = dryRun
    ? `${result.plan.blobs.filter((b) => b.action === 'copy').length} blobs to copy, ${result.plan.blobs.filter((b) => b.action === 'mount').length} to mount, ${result.plan.tags.filter((t) => t.action === 'write').length} tags to write`
    : `${result.plan.mode}: ${blobs.copied} blobs copied (${result.stats.bytes_copied} bytes), ${blobs.mounted} mounted, ${blobs.skipped} already there, ${result.stats.manifests} manifests written, ${result.stats.requests} requests`;
  return `${verb} ${settings.candidates.map(formatReference).join(' + ')} (${result.digest}) to ${images.join(', ')}; ${moved}`;
}

function promoteSummary(
  settings: PromoteSettings,
  sources: Endpoint[],
  target: PromoteTarget,
  result: CopyResult,
  images: string[],
) {
  const { stats, plan } = result;
  return {
    title: settings.dryRun ? 'Promotion plan (dry run)' : 'Image promoted',
    facts: [
      ...settings.candidates.map((c, i): [string, string] => [
        settings.candidates.length > 1 ? `Source ${i + 1}` : 'Source',
        `${formatReference(c)} (${sources[i].label})`,
      ]),
      ['Target', `${images.join(', ')} (${target.endpoint.label})`],
      ['Digest', `\`${result.digest}\``],
      ['Mode', plan.mode],
    ] as [string, string][],
    tables: [
      {
        header: ['Tag', 'Action'],
        rows: plan.tags.map((t) => [
          t.tag,
          t.action === 'skip' ? 'already there' : settings.dryRun ? 'would write' : 'written',
        ]),
      },
      {
        header: [
          'Manifests written',
          'Blobs copied',
          'Bytes copied',
          'Blobs mounted',
          'Blobs already there',
          'Requests',
        ],
        rows: [
          [
            stats.manifests,
            stats.blobs.copied,
            stats.bytes_copied,
            stats.blobs.mounted,
            stats.blobs.skipped,
            stats.requests,
          ].map(String),
        ],
      },
    ],
    notes:
      plan.manifests.length > 1 ? [`Index with ${plan.manifests.length - 1} child manifests.`] : [],
  };
}
