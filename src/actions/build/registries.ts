import { isUserError, UserError } from '../../errors.js';
import { pulledImages } from '../../builders/dockerfile.js';
import { cacheReferences } from '../../builders/plan.js';
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
import type { BuildSettings } from './settings.js';

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
