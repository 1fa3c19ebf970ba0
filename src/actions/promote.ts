import { UserError } from '../errors.js';
import { copyImage, readSource, type CopyResult } from '../registry/copy.js';
import { formatReference, isValidDigest, parseReference, type ImageReference } from '../registry/reference.js';
import type { RegistriesConfig } from '../registry/config.js';
import {
  checkContexts,
  integrationByName,
  resolvePull,
  resolvePush,
  type Endpoint,
} from '../registry/resolve.js';
import { Clients, jobsFromEnv } from './clients.js';
import { getBoolean, getRegistries, getTags } from './inputs.js';
import type { ActionIO } from './io.js';

/** The promote step's inputs, read and checked once (DESIGN §4 promote). */
export interface PromoteSettings {
  candidate: ImageReference;
  tags: string[];
  registry?: string;
  imageName?: string;
  registryContext?: string;
  expectedDigest?: string;
  dryRun: boolean;
  config: RegistriesConfig;
}

export function readPromoteSettings(io: ActionIO): PromoteSettings {
  const candidateText = io.getInput('candidate');
  if (!candidateText) throw new UserError('Input candidate is required: the image to promote, by tag or digest');
  const candidate = parseReference(candidateText, { what: 'candidate' });
  const tags = getTags(io);
  if (!tags.length) throw new UserError('Input tag or tags is required: the tags to write in the target');
  const expectedDigest = io.getInput('expected_digest') || undefined;
  if (expectedDigest && !isValidDigest(expectedDigest)) {
    throw new UserError(`Input expected_digest: "${expectedDigest}" is not a digest (sha256:<64 hex digits>)`);
  }
  return {
    candidate,
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
 * integration the candidate is pulled through, so that bare `tags` retag in place.
 */
export function planPromotion(settings: PromoteSettings, env: NodeJS.ProcessEnv): { source: Endpoint; target: PromoteTarget } {
  const { config, candidate } = settings;
  const contexts = settings.registryContext
    ? [integrationByName(config, settings.registryContext, 'registry_context')]
    : [];
  checkContexts(contexts, [candidate.domain], 'registry_context', () => {});
  const source = resolvePull(config, env, candidate.domain, contexts);
  const integration = settings.registry
    ? integrationByName(config, settings.registry, 'registry')
    : source.integration;
  const imageName = settings.imageName ?? candidate.repository;
  if (integration) {
    const target = integration === source.integration ? { ...resolvePush(config, env, imageName, integration), endpoint: source } : resolvePush(config, env, imageName, integration);
    return { source, target };
  }
  // Reached through the Docker config or anonymously: the target is the same registry.
  const named = parseReference(`${source.domain}/${imageName.replace(/^[^/]*[.:][^/]*\//, '')}`, {
    what: 'image_name',
    defaultTag: false,
  });
  return { source, target: { endpoint: source, repository: named.repository } };
}

export async function promote(io: ActionIO): Promise<void> {
  const settings = readPromoteSettings(io);
  const { source, target } = planPromotion(settings, io.env);
  io.debug(`source: ${formatReference(settings.candidate)} via ${source.label}; target: ${target.endpoint.domain}/${target.repository} via ${target.endpoint.label}`);

  const clients = new Clients((m) => io.debug(m));
  try {
    const sourceClient = clients.for(source);
    const targetClient = clients.for(target.endpoint);
    const sameRegistry = sourceClient.sameRegistry(targetClient);
    const targetRepo = targetClient.repository(target.repository, {
      push: !settings.dryRun,
      mountFrom: sameRegistry ? [settings.candidate.repository] : [],
    });
    // On one client the target's token already grants pull on the source: no second token.
    const sourceRepo =
      sourceClient === targetClient
        ? targetRepo.sibling(settings.candidate.repository)
        : sourceClient.repository(settings.candidate.repository);
    const reference = settings.candidate.digest ?? settings.candidate.tag ?? 'latest';
    const root = await readSource(sourceRepo, reference, settings.expectedDigest);
    const result = await copyImage(sourceRepo, root, targetRepo, settings.tags, {
      dryRun: settings.dryRun,
      jobs: jobsFromEnv(io.env),
      log: (m) => io.info(m),
    });

    const base = `${target.endpoint.domain}/${target.repository}`;
    const images = settings.tags.map((tag) => `${base}:${tag}`);
    io.setOutput('digest', result.digest);
    io.setOutput('image', images[0]);
    io.setOutput('images', images.join('\n'));
    io.setOutput('stats', JSON.stringify(result.stats));
    io.info(describeResult(settings, result, images, settings.dryRun));
    await io.writeSummary(promoteSummary(settings, source, target, result, images));
  } finally {
    await clients.close();
  }
}

function describeResult(settings: PromoteSettings, result: CopyResult, images: string[], dryRun: boolean): string {
  const { blobs } = result.stats;
  const verb = dryRun ? 'Would promote' : 'Promoted';
  const moved = dryRun
    ? `${result.plan.blobs.filter((b) => b.action === 'copy').length} blobs to copy, ${result.plan.blobs.filter((b) => b.action === 'mount').length} to mount, ${result.plan.tags.filter((t) => t.action === 'write').length} tags to write`
    : `${result.plan.mode}: ${blobs.copied} blobs copied (${result.stats.bytes_copied} bytes), ${blobs.mounted} mounted, ${blobs.skipped} already there, ${result.stats.manifests} manifests written, ${result.stats.requests} requests`;
  return `${verb} ${formatReference(settings.candidate)} (${result.digest}) to ${images.join(', ')}; ${moved}`;
}

function promoteSummary(
  settings: PromoteSettings,
  source: Endpoint,
  target: PromoteTarget,
  result: CopyResult,
  images: string[],
) {
  const { stats, plan } = result;
  return {
    title: settings.dryRun ? 'Promotion plan (dry run)' : 'Image promoted',
    facts: [
      ['Source', `${formatReference(settings.candidate)} (${source.label})`],
      ['Target', `${images.join(', ')} (${target.endpoint.label})`],
      ['Digest', `\`${result.digest}\``],
      ['Mode', plan.mode],
    ] as [string, string][],
    tables: [
      {
        header: ['Tag', 'Action'],
        rows: plan.tags.map((t) => [t.tag, t.action === 'skip' ? 'already there' : settings.dryRun ? 'would write' : 'written']),
      },
      {
        header: ['Manifests written', 'Blobs copied', 'Bytes copied', 'Blobs mounted', 'Blobs already there', 'Requests'],
        rows: [[stats.manifests, stats.blobs.copied, stats.bytes_copied, stats.blobs.mounted, stats.blobs.skipped, stats.requests].map(String)],
      },
    ],
    notes: plan.manifests.length > 1 ? [`Index with ${plan.manifests.length - 1} child manifests.`] : [],
  };
}
