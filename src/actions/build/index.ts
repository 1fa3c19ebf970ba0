import { formatPlatform } from '../../oci/manifest.js';
import { parsePlatform } from '../../oci/platform.js';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isUserError, UserError } from '../../errors.js';
import {
  authConfig,
  conflictingDomains,
  mergeAuthConfigs,
  writeAuthFile,
  type AuthConfig,
} from '../../builders/authfile.js';
import { BUILDER_CHOICES, type Builder, type BuilderChoice } from '../../builders/types.js';
import { detectBuilder } from '../../builders/detect.js';
import { pulledImages } from '../../builders/dockerfile.js';
import {
  cacheReferences,
  stepFiles,
  type BuildPlan,
  type BuildSecret,
} from '../../builders/plan.js';
import type { RegistriesConfig } from '../../credentials/registries-file.js';
import { dockerConfigDomains } from '../../credentials/docker-config.js';
import { normaliseDomain, parseReference } from '../../oci/reference.js';
import {
  checkContexts,
  integrationByName,
  resolvePull,
  resolvePush,
  type Endpoint,
  type PushTarget,
} from '../../credentials/resolve.js';
import { isLoopback } from '../../http/loopback.js';
import { defaultTag, imageLabels } from './labels.js';
import { parseSecrets, parseSsh } from './mounts.js';
import { getBoolean, getLines, getList, getRegistries, getTags, parseMap } from '../inputs.js';
import type { ActionIO, Summary } from '../../host/io.js';
import { checkPushAccess, readBackConfigDigest, readBackDigest } from '../../images/read-back.js';
import { openSession } from '../../host/session.js';
import type { RegistrySession } from '../../distribution/session.js';
import { builderIO } from '../builder-io.js';
import { removeStepDir, withStepDir } from '../../host/step-dir.js';

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
  cacheTo: string[];
  secrets: BuildSecret[];
  ssh: string[];
  provenance?: string;
  sbom?: string;
  annotations: string[];
  registry?: string;
  registryContexts: string[];
  disablePush: boolean;
  builder: BuilderChoice;
  config: RegistriesConfig;
}

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

/**
 * `provenance` / `sbom`: `true`, `false`, or buildx's own form (`mode=max`, `generator=…`),
 * passed through; absent when not given, so buildx's default holds.
 */
function attestation(
  io: ActionIO,
  name: 'provenance' | 'sbom',
): { provenance?: string; sbom?: string } {
  const value = io.getInput(name);
  if (!value) return {};
  if (!/^(?:true|false|[a-z-]+=[^\s]+)$/.test(value)) {
    throw new UserError(
      `Input ${name}: "${value}" is not true, false or buildx's key=value form (e.g. mode=max)`,
    );
  }
  return { [name]: value };
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
  // The builders get the platforms as containerd writes them: lowercase.
  const platforms = getList(io, 'platform').map((p) =>
    formatPlatform(parsePlatform(p, 'platform')),
  );
  const target = io.getInput('target') || undefined;
  if (target && /\s/.test(target))
    throw new UserError(`Input target: "${target}" is not a stage name`);
  const annotations = getLines(io, 'annotations');
  for (const annotation of annotations) {
    if (!/^(?:[a-z-]+(?:\[[^\]]+\])?(?:,[a-z-]+(?:\[[^\]]+\])?)*:)?[^\s=:]+=/.test(annotation)) {
      throw new UserError(
        `Input annotations: "${annotation}" is not key=value (optionally after manifest:, index:, manifest-descriptor: or index-descriptor:)`,
      );
    }
  }
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
    cacheFrom: getLines(io, 'cache_from'),
    cacheTo: getLines(io, 'cache_to'),
    secrets: parseSecrets(getLines(io, 'secrets'), io.env, workspace),
    ssh: parseSsh(getLines(io, 'ssh'), io.env, workspace),
    ...attestation(io, 'provenance'),
    ...attestation(io, 'sbom'),
    annotations,
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
  /**
   * Of those, the `insecure: true` ones (not loopback) the build is known to pull from: named by
   * the Dockerfile (its syntax directive included) or `cache_from`.
   */
  insecurePulls: string[];
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
 * Pull identities for the domains the build pulls from: the step's context for the domain, else
 * the domain's primary (or only) integration, else what `docker login` left. The Dockerfile is
 * read for the images it names (its syntax directive's frontend, FROM, COPY --from, RUN --mount
 * from), with `cache_from` and the contexts' domains; for those, resolution must succeed. When
 * the Dockerfile hides a name behind an ARG without a value, every other domain the registries
 * file or the Docker config knows is offered too; there a missing secret or an undecided primary
 * only leaves the domain out, and the push target's domain gets the push target's identity, so
 * that a domain the build may not even pull from never needs two identities (which costs docker
 * its push during the build).
 */
export async function resolveBuildRegistries(
  settings: BuildSettings,
  env: NodeJS.ProcessEnv,
  dockerfileText: string,
  log: { warn(message: string): void; debug(message: string): void },
): Promise<BuildRegistries> {
  const { config } = settings;
  const contexts = settings.registryContexts.map((name) =>
    integrationByName(config, name, 'registry_contexts'),
  );
  const pulled = pulledImages(dockerfileText, settings.buildArgs);
  const cacheExports = cacheReferences(settings.cacheTo).references;
  for (const ref of cacheExports) checkCacheExport(ref, config, env);
  const named = new Set(
    [...pulled.images, ...cacheReferences(settings.cacheFrom).references, ...cacheExports]
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

  let target: PushTarget | undefined;
  const integration = settings.registry
    ? integrationByName(config, settings.registry, 'registry')
    : undefined;
  if (!settings.disablePush) {
    target = await resolvePush(config, env, settings.imageName, integration);
  }

  const strict = new Set([
    ...named,
    ...contexts.map((c) => normaliseDomain(c.domain.toLowerCase())),
  ]);
  const offered = new Set(strict);
  if (!pulled.complete) {
    for (const i of config.integrations) offered.add(normaliseDomain(i.domain.toLowerCase()));
    for (const d of dockerConfigDomains(env)) offered.add(normaliseDomain(d.toLowerCase()));
  }
  const pulls: Endpoint[] = [];
  const insecure: string[] = [];
  const insecurePulls: string[] = [];
  for (const domain of offered) {
    let endpoint: Endpoint;
    if (strict.has(domain)) {
      endpoint = await resolvePull(config, env, domain, contexts);
      // Only a domain the build names is pulled for sure: a context's own domain may be unused.
      if (named.has(domain) && endpoint.insecure && !isLoopback(endpoint.host))
        insecurePulls.push(endpoint.host);
    } else if (target && target.endpoint.domain === domain) {
      endpoint = target.endpoint;
    } else {
      try {
        endpoint = await resolvePull(config, env, domain, contexts);
      } catch (error) {
        if (!isUserError(error)) throw error;
        log.debug(`no pull credentials offered for ${domain}: ${error.message}`);
        if (
          isLoopback(domain) ||
          config.integrations.some((i) => i.domain === domain && i.insecure)
        )
          insecure.push(domain);
        continue;
      }
    }
    if (endpoint.insecure) insecure.push(endpoint.host);
    if (endpoint.credentials) pulls.push(endpoint);
  }
  return { pulls, insecure, insecurePulls, target };
}

/**
 * A `cache_to` registry reference is written during the build with the credentials the registries
 * file (or the Docker config) holds for its domain: a domain neither knows has none to write with.
 */
function checkCacheExport(ref: string, config: RegistriesConfig, env: NodeJS.ProcessEnv): void {
  const domain = domainOf(ref);
  if (!domain) throw new UserError(`Input cache_to: "${ref}" is not an image reference`);
  const known =
    config.integrations.some((i) => normaliseDomain(i.domain.toLowerCase()) === domain) ||
    dockerConfigDomains(env).some((d) => normaliseDomain(d.toLowerCase()) === domain);
  if (!known) {
    throw new UserError(
      `Input cache_to: ${ref} is on ${domain}, which no registry of the registries file (nor the Docker config) declares; declare it there so the cache is written with its credentials`,
    );
  }
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
  const conflict =
    target && push && !shared
      ? describeConflict(settings, registries.pulls, target, conflictingDomains(pull, push))
      : undefined;
  const plan: BuildPlan = {
    context: settings.context,
    dockerfile: settings.dockerfile,
    buildArgs: settings.buildArgs,
    ...(settings.target ? { target: settings.target } : {}),
    noCache: settings.noCache,
    platforms: settings.platforms,
    labels: imageLabels(env, settings.tags[0], settings.labels, now),
    cacheFrom: settings.cacheFrom,
    cacheTo: settings.cacheTo,
    secrets: settings.secrets,
    ssh: settings.ssh,
    ...(settings.provenance !== undefined ? { provenance: settings.provenance } : {}),
    ...(settings.sbom !== undefined ? { sbom: settings.sbom } : {}),
    annotations: settings.annotations,
    tags,
    authfile: files.pullAuth,
    registriesConf: { file: files.registriesConf, insecure: [...new Set(registries.insecure)] },
    insecurePulls: [...new Set(registries.insecurePulls)],
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
            ...(conflict ? { conflict } : {}),
            insecure: target.endpoint.insecure,
            digestFiles: files.digests,
          },
        }
      : {}),
  };
  return { plan, auth: { pull, ...(push ? { push } : {}), ...(shared ? { shared } : {}) } };
}

/** Why an identity was picked, in the words of what the user set (DESIGN §3). */
function pullChoice(settings: BuildSettings, endpoint: Endpoint): string {
  const integration = endpoint.integration;
  if (!integration) return endpoint.label;
  if (settings.registryContexts.includes(integration.name))
    return `${integration.name} (input registry_contexts)`;
  return integration.primary
    ? `${integration.name} (primary: true for ${endpoint.domain})`
    : `${integration.name} (the only integration of ${endpoint.domain})`;
}

function pushChoice(settings: BuildSettings, target: PushTarget): string {
  const { label, integration } = target.endpoint;
  if (settings.registry) return `${label} (input registry)`;
  if (integration?.default) return `${label} (default: true)`;
  return `${label} (the domain of image_name)`;
}

/** Which domains need two identities, and who picked each: for a builder that must refuse it. */
function describeConflict(
  settings: BuildSettings,
  pulls: Endpoint[],
  target: PushTarget,
  keys: string[],
): string {
  return pulls
    .filter((p) => keys.includes(p.domain))
    .map(
      (p) =>
        `${p.domain} is pulled as ${pullChoice(settings, p)} and pushed to as ${pushChoice(settings, target)}`,
    )
    .join('; ');
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
  const registries = await resolveBuildRegistries(settings, io.env, dockerfileText, {
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

  // One registry session for the step: the check before the build and the reads after it.
  const session = openSession(io);
  try {
    await buildAndReport(io, settings, registries, builder, session);
  } finally {
    await session.close();
  }
}

async function buildAndReport(
  io: ActionIO,
  settings: BuildSettings,
  registries: BuildRegistries,
  builder: Builder,
  session: RegistrySession,
): Promise<void> {
  await withStepDir(io, async (dir) => {
    const planned = planBuild(settings, registries, dir, io.env, new Date());
    const { plan } = planned;
    if (registries.target) await checkPushAccess(session, registries.target);
    await writeAuthFiles(planned);
    const outcome = await io.group(`Build with ${builder.kind}`, () =>
      builder.build(plan, builderIO(io)),
    );

    let digest = '';
    let imageId = outcome.imageId;
    if (registries.target) {
      digest = await readBackDigest(session, registries.target, settings.tags);
      // What the registry holds is the image: its config digest, where the builder named none
      // (buildx on the containerd store names the digest of an index).
      if (!imageId && plan.platforms.length <= 1)
        imageId = await readBackConfigDigest(session, registries.target, digest);
      // Only what the build itself pushed can be compared: after a load, buildx's digest is that
      // of its local export, and `docker push` writes another.
      for (const other of new Set(outcome.pushedDigests)) {
        if (other !== digest)
          io.warning(`${builder.kind} reported pushing ${other}, but the registry holds ${digest}`);
      }
    }
    // The builder's metadata is passed on, but its config digest only as found above: buildx on
    // the containerd store names an index's digest there.
    const { 'containerimage.config.digest': _named, ...reported } = outcome.metadata;
    const metadata = {
      ...reported,
      ...(imageId ? { 'containerimage.config.digest': imageId } : {}),
      builder: builder.kind,
      'image.name': plan.tags.join(','),
      ...(digest ? { 'containerimage.digest': digest } : {}),
      ...(plan.platforms.length ? { platforms: plan.platforms } : {}),
      labels: plan.labels,
    };
    io.setOutput('image', plan.tags[0]);
    io.setOutput('images', plan.tags.join('\n'));
    if (digest) io.setOutput('digest', digest);
    io.setOutput('image_id', imageId);
    io.setOutput('metadata', JSON.stringify(metadata));
    io.info(
      registries.target
        ? `Built and pushed ${plan.tags.join(', ')} (${digest})`
        : `Built ${plan.tags.join(', ')}${imageId ? ` (${imageId})` : ''}; not pushed (disable_push)`,
    );
    await io.writeSummary(buildSummary(builder, registries, plan, digest, imageId));
  });
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
