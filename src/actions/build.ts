import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isUserError, UserError } from '../errors.js';
import { authConfig, mergeAuthConfigs, writeAuthFile, type AuthConfig } from '../build/authfile.js';
import {
  BUILDER_CHOICES,
  detectBuilder,
  type Builder,
  type BuilderChoice,
} from '../build/builder.js';
import { pulledImages } from '../build/dockerfile.js';
import { cacheReferences, stepFiles, type BuildPlan } from '../build/plan.js';
import type { RegistriesConfig } from '../registry/config.js';
import { dockerConfigDomains } from '../registry/docker-config.js';
import { normaliseDomain, parseReference } from '../registry/reference.js';
import {
  checkContexts,
  integrationByName,
  isLoopback,
  resolvePull,
  resolvePush,
  type Endpoint,
  type PushTarget,
} from '../registry/resolve.js';
import { defaultTag, imageLabels } from './image-metadata.js';
import { getBoolean, getList, getRegistries, getTags, parseMap } from './inputs.js';
import type { ActionIO, Summary } from './io.js';
import { builderIO, readBackDigest } from './pushed.js';
import { removeStepDir, withStepDir } from './step-dir.js';

/** The build step's inputs, read and checked once (DESIGN §4 build). */
export interface BuildSettings {
  /** As written: a repository name, possibly with a domain; never a tag. */
  imageName: string;
  /** `tag` then `tags`, or the default tag. */
  tags: string[];
  /** `working_directory`, absolute. */
  context: string;
  /** `dockerfile`, absolute (relative to the context when given relative). */
  dockerfile: string;
  buildArgs: Record<string, string>;
  target?: string;
  noCache: boolean;
  platforms: string[];
  /** The `labels` input, over the Git labels. */
  labels: Record<string, string>;
  cacheFrom: string[];
  registry?: string;
  registryContexts: string[];
  disablePush: boolean;
  builder: BuilderChoice;
  config: RegistriesConfig;
}

const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

function existing(input: string, file: string, kind: 'file' | 'directory', why: string): void {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new UserError(`Input ${input}: ${file} does not exist${why}`);
  }
  if (kind === 'directory' ? !stat.isDirectory() : !stat.isFile()) {
    throw new UserError(`Input ${input}: ${file} is not a ${kind}${why}`);
  }
}

export function readBuildSettings(io: ActionIO): BuildSettings {
  const imageName = io.getInput('image_name');
  if (!imageName) {
    throw new UserError(
      'Input image_name is required: the repository of the image, e.g. my-app or acme/my-app',
    );
  }
  const ref = parseReference(imageName, { what: 'image_name', defaultTag: false });
  if (ref.tag || ref.digest) {
    throw new UserError(
      `Input image_name: "${imageName}" carries a tag or digest; give the name alone and the tags in tag or tags`,
    );
  }
  const tags = getTags(io);
  if (!tags.length) tags.push(defaultTag(io.env));

  const workspace = io.env.GITHUB_WORKSPACE || process.cwd();
  const context = path.resolve(workspace, io.getInput('working_directory') || '.');
  existing('working_directory', context, 'directory', '');
  const dockerfile = path.resolve(context, io.getInput('dockerfile') || 'Dockerfile');
  existing(
    'dockerfile',
    dockerfile,
    'file',
    ` (a relative dockerfile is found in working_directory ${context})`,
  );

  const buildArgs = parseMap(io.getInput('build_arguments'), 'build_arguments');
  for (const key of Object.keys(buildArgs)) {
    if (!/^[^\s=]+$/.test(key))
      throw new UserError(`Input build_arguments: "${key}" is not an argument name`);
  }
  const labels = parseMap(io.getInput('labels'), 'labels');
  for (const key of Object.keys(labels)) {
    if (!key || /\s/.test(key)) throw new UserError(`Input labels: "${key}" is not a label key`);
  }
  const platforms = getList(io, 'platform');
  for (const platform of platforms) {
    if (!PLATFORM_RE.test(platform)) {
      throw new UserError(
        `Input platform: "${platform}" is not a platform; write os/arch[/variant], e.g. linux/amd64,linux/arm64`,
      );
    }
  }
  const target = io.getInput('target') || undefined;
  if (target && /\s/.test(target))
    throw new UserError(`Input target: "${target}" is not a stage name`);
  const builder = (io.getInput('builder') || 'auto') as BuilderChoice;
  if (!BUILDER_CHOICES.includes(builder)) {
    throw new UserError(`Input builder: "${builder}" is not one of ${BUILDER_CHOICES.join(', ')}`);
  }
  return {
    imageName,
    tags,
    context,
    dockerfile,
    buildArgs,
    target,
    noCache: getBoolean(io, 'no_cache', false),
    platforms: [...new Set(platforms)],
    labels,
    cacheFrom: getList(io, 'cache_from'),
    registry: io.getInput('registry') || undefined,
    registryContexts: getList(io, 'registry_contexts'),
    disablePush: getBoolean(io, 'disable_push', false),
    builder,
    config: getRegistries(io),
  };
}

/** Which registries a build reaches, and as whom (DESIGN §3). */
export interface BuildRegistries {
  /** One identity per domain a build may pull from, for the pull auth file. */
  pulls: Endpoint[];
  /** Hosts a build may pull from over plain HTTP (loopback, or `insecure: true`). */
  insecure: string[];
  /** Absent with `disable_push`. */
  target?: PushTarget;
}

function domainOf(image: string): string | undefined {
  try {
    return parseReference(image, { defaultTag: false }).domain.toLowerCase();
  } catch {
    return undefined; // the builder will say what is wrong with it
  }
}

/**
 * Pull identities for every domain the build may pull from: the step's context for the domain,
 * else the domain's primary (or only) integration, else what `docker login` left. The Dockerfile
 * is read for the images it names; for a domain it names (or a context serves), resolution must
 * succeed. Any other domain the registries file or the Docker config knows is offered too, as a
 * FROM line may hide behind an ARG; there a missing secret or an undecided primary only leaves the
 * domain out.
 */
export function resolveBuildRegistries(
  settings: BuildSettings,
  env: NodeJS.ProcessEnv,
  dockerfileText: string,
  log: { warn(message: string): void; debug(message: string): void },
): BuildRegistries {
  const { config } = settings;
  const contexts = settings.registryContexts.map((name) =>
    integrationByName(config, name, 'registry_contexts'),
  );
  const pulled = pulledImages(dockerfileText, settings.buildArgs);
  const named = new Set(
    [...pulled.images, ...cacheReferences(settings.cacheFrom).references]
      .map(domainOf)
      .filter((d): d is string => d !== undefined),
  );
  // At most one context per domain.
  checkContexts(
    contexts,
    [...named, ...contexts.map((c) => c.domain)],
    'registry_contexts',
    () => {},
  );
  for (const context of contexts) {
    if (named.has(context.domain)) continue;
    log.warn(
      pulled.complete
        ? `Input registry_contexts: ${context.name} serves ${context.domain}, but the Dockerfile names no image on ${context.domain}`
        : `Input registry_contexts: cannot tell whether this build pulls from ${context.domain} (a FROM line uses an ARG without a value); ${context.name} is used only for images on ${context.domain}`,
    );
  }

  const strict = new Set([...named, ...contexts.map((c) => c.domain)]);
  const offered = new Set([
    ...strict,
    ...config.integrations.map((i) => i.domain),
    ...dockerConfigDomains(env).map((d) => normaliseDomain(d.toLowerCase())),
  ]);
  const pulls: Endpoint[] = [];
  const insecure: string[] = [];
  for (const domain of offered) {
    let endpoint: Endpoint;
    try {
      endpoint = resolvePull(config, env, domain, contexts);
    } catch (error) {
      if (strict.has(domain) || !isUserError(error)) throw error;
      log.debug(`no pull credentials offered for ${domain}: ${error.message}`);
      if (isLoopback(domain) || config.integrations.some((i) => i.domain === domain && i.insecure))
        insecure.push(domain);
      continue;
    }
    if (endpoint.insecure) insecure.push(endpoint.host);
    if (endpoint.credentials) pulls.push(endpoint);
  }

  let target: PushTarget | undefined;
  const integration = settings.registry
    ? integrationByName(config, settings.registry, 'registry')
    : undefined;
  if (!settings.disablePush) target = resolvePush(config, env, settings.imageName, integration);
  return { pulls, insecure, target };
}

/** The full references a build writes: in the push target, or as named locally with disable_push. */
export function imageReferences(settings: BuildSettings, target: PushTarget | undefined): string[] {
  const name = target ? `${target.endpoint.domain}/${target.repository}` : settings.imageName;
  return settings.tags.map((tag) => `${name}:${tag}`);
}

export interface PlannedBuild {
  plan: BuildPlan;
  auth: { pull: AuthConfig; push?: AuthConfig; shared?: AuthConfig };
}

/** The plan of a build in the step directory `dir`: plain data, and the auth files' content. */
export function planBuild(
  settings: BuildSettings,
  registries: BuildRegistries,
  dir: string,
  env: NodeJS.ProcessEnv,
  now: Date,
): PlannedBuild {
  const { target } = registries;
  const tags = imageReferences(settings, target);
  const files = stepFiles(dir, tags.length);
  const pull = authConfig(registries.pulls);
  const push = target ? authConfig([target.endpoint]) : undefined;
  const shared = push ? mergeAuthConfigs(pull, push) : undefined;
  const plan: BuildPlan = {
    context: settings.context,
    dockerfile: settings.dockerfile,
    buildArgs: settings.buildArgs,
    ...(settings.target ? { target: settings.target } : {}),
    noCache: settings.noCache,
    platforms: settings.platforms,
    labels: imageLabels(env, settings.tags[0], settings.labels, now),
    cacheFrom: settings.cacheFrom,
    tags,
    authfile: files.pullAuth,
    ...(registries.insecure.length
      ? {
          registriesConf: {
            file: files.registriesConf,
            insecure: [...new Set(registries.insecure)],
          },
        }
      : {}),
    iidfile: files.iid,
    metadataFile: files.metadata,
    ...(target
      ? {
          push: {
            registry: target.endpoint.label,
            host: target.endpoint.host,
            repository: target.repository,
            authfile: files.pushAuth,
            ...(shared ? { sharedAuthfile: files.sharedAuth } : {}),
            insecure: target.endpoint.insecure,
            digestFiles: files.digests,
          },
        }
      : {}),
  };
  return { plan, auth: { pull, ...(push ? { push } : {}), ...(shared ? { shared } : {}) } };
}

async function writeAuthFiles(planned: PlannedBuild): Promise<void> {
  const { plan, auth } = planned;
  await writeAuthFile(plan.authfile, auth.pull);
  if (plan.push && auth.push) await writeAuthFile(plan.push.authfile, auth.push);
  if (plan.push?.sharedAuthfile && auth.shared)
    await writeAuthFile(plan.push.sharedAuthfile, auth.shared);
}

function describePulls(registries: BuildRegistries): string {
  if (!registries.pulls.length) return 'anonymously';
  return registries.pulls.map((p) => `${p.domain} as ${p.label}`).join(', ');
}

export async function build(io: ActionIO): Promise<void> {
  const settings = readBuildSettings(io);
  const dockerfileText = readFileSync(settings.dockerfile, 'utf8');
  const registries = resolveBuildRegistries(settings, io.env, dockerfileText, {
    warn: (m) => io.warning(m),
    debug: (m) => io.debug(m),
  });
  const builder: Builder = await detectBuilder(settings.builder, io.env);
  io.info(`Building with ${builder.kind}; pulls ${describePulls(registries)}`);
  if (registries.target) {
    io.info(
      `Pushing to ${registries.target.endpoint.label}: ${registries.target.endpoint.domain}/${registries.target.repository}`,
    );
  }

  await withStepDir(io, async (dir) => {
    const planned = planBuild(settings, registries, dir, io.env, new Date());
    const { plan } = planned;
    await writeAuthFiles(planned);
    const outcome = await builder.build(plan, builderIO(io));

    let digest = '';
    if (registries.target) {
      digest = await readBackDigest(io, registries.target, settings.tags);
      const reported = builderReportedDigests(outcome.metadata);
      for (const other of reported) {
        if (other && other !== digest)
          io.warning(`${builder.kind} reported pushing ${other}, but the registry holds ${digest}`);
      }
    }
    const metadata = {
      ...outcome.metadata,
      builder: builder.kind,
      'image.name': plan.tags.join(','),
      ...(outcome.imageId ? { 'containerimage.config.digest': outcome.imageId } : {}),
      ...(digest ? { 'containerimage.digest': digest } : {}),
      ...(plan.platforms.length ? { platforms: plan.platforms } : {}),
      labels: plan.labels,
    };
    io.setOutput('image', plan.tags[0]);
    io.setOutput('images', plan.tags.join('\n'));
    if (digest) io.setOutput('digest', digest);
    io.setOutput('image_id', outcome.imageId);
    io.setOutput('metadata', JSON.stringify(metadata));
    io.info(
      registries.target
        ? `Built and pushed ${plan.tags.join(', ')} (${digest})`
        : `Built ${plan.tags.join(', ')}${outcome.imageId ? ` (${outcome.imageId})` : ''}; not pushed (disable_push)`,
    );
    await io.writeSummary(buildSummary(builder, registries, plan, digest, outcome.imageId));
  });
}

/** What the builder says it pushed: buildx's `containerimage.digest`, buildah's digest files. */
function builderReportedDigests(metadata: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (typeof metadata['containerimage.digest'] === 'string')
    out.push(metadata['containerimage.digest']);
  const pushed = metadata['buildah.pushed'];
  if (pushed && typeof pushed === 'object') {
    for (const value of Object.values(pushed)) if (typeof value === 'string') out.push(value);
  }
  return out;
}

function buildSummary(
  builder: Builder,
  registries: BuildRegistries,
  plan: BuildPlan,
  digest: string,
  imageId: string,
): Summary {
  const facts: [string, string][] = [
    ['Builder', builder.kind],
    ['Images', plan.tags.join(', ')],
  ];
  if (digest) facts.push(['Digest', `\`${digest}\``]);
  if (imageId) facts.push(['Image ID', `\`${imageId}\``]);
  if (plan.platforms.length) facts.push(['Platforms', plan.platforms.join(', ')]);
  facts.push(['Pulls', describePulls(registries)]);
  facts.push([
    'Pushed to',
    registries.target ? registries.target.endpoint.label : 'not pushed (disable_push)',
  ]);
  return {
    title: registries.target ? 'Image built and pushed' : 'Image built',
    facts,
    tables: [{ header: ['Label', 'Value'], rows: Object.entries(plan.labels) }],
  };
}

/** The post step: removes the auth files should the main step have died before it could. */
export const buildPost = removeStepDir;
