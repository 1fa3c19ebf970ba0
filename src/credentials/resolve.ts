import { isLoopback } from '../http/loopback.js';
import { UserError } from '../errors.js';
import {
  DEFAULT_REGISTRIES_FILE,
  describeIntegration,
  NO_SOURCE,
  type Integration,
  type RegistriesConfig,
} from './registries-file.js';
import { type Credentials } from './credentials.js';
import { readCredentials } from './integration.js';
import { readDockerConfigCredentials } from './docker-config.js';
import {
  DOCKER_HUB,
  MAX_NAME_LENGTH,
  looksLikeDomain,
  normaliseDomain,
  officialPath,
  parseReference,
  trimSlashes,
} from '../oci/reference.js';

/** A registry to talk to, and with which credentials (DESIGN §3). */
export interface Endpoint {
  /** Normalised domain (`docker.io`). */
  domain: string;
  /** Where to connect: `registry-1.docker.io` for docker.io, else the domain. */
  host: string;
  /** Plain HTTP: the integration says `insecure`, or the host is loopback, as Docker allows. */
  insecure: boolean;
  integration?: Integration;
  via: 'integration' | 'docker-config' | 'anonymous';
  credentials?: Credentials;
  /** For messages: the integration's name, or e.g. `docker.io (Docker config)`. */
  label: string;
  /** What a 401/403 from this registry should add: another identity it may have needed. */
  refusalHint?: string;
  /** The integration's cap on requests to the host (DESIGN §9). */
  requestsPerSecond?: number;
}

const DOCKER_HUB_HOST = 'registry-1.docker.io';

function domainKey(domain: string): string {
  return normaliseDomain(domain.toLowerCase());
}

function sameDomain(a: string, b: string): boolean {
  return domainKey(a) === domainKey(b);
}

function endpoint(
  domain: string,
  via: Endpoint['via'],
  label: string,
  credentials: Credentials | undefined,
  integration?: Integration,
): Endpoint {
  const normalised = domainKey(domain);
  return {
    domain: normalised,
    host: normalised === DOCKER_HUB ? DOCKER_HUB_HOST : normalised,
    insecure: (integration?.insecure ?? false) || isLoopback(normalised),
    ...(integration ? { integration } : {}),
    via,
    ...(credentials ? { credentials } : {}),
    label,
    ...(integration?.requestsPerSecond ? { requestsPerSecond: integration.requestsPerSecond } : {}),
  };
}

/** The integration a step input names; unknown names are errors listing the known ones. */
export function integrationByName(
  config: RegistriesConfig,
  name: string,
  inputName: string,
): Integration {
  const found = config.integrations.find((i) => i.name === name);
  if (found) return found;
  const known = config.integrations.map((i) => i.name);
  const why =
    config.source === NO_SOURCE
      ? `no registries are declared (no ${DEFAULT_REGISTRIES_FILE}, no registries input)`
      : known.length
        ? `${config.source} declares ${known.join(', ')}`
        : `${config.source} declares no registries`;
  throw new UserError(`Input ${inputName}: there is no registry named "${name}"; ${why}`);
}

/**
 * The endpoint of an integration. Its credentials are resolved now, when it is used (see
 * readCredentials): read from the environment, asked of a helper, or minted. An integration that
 * declares no credentials uses what the Docker config holds for its domain, if anything, else
 * anonymous access.
 */
export async function endpointFor(
  integration: Integration,
  env: NodeJS.ProcessEnv,
): Promise<Endpoint> {
  const credentials =
    (await readCredentials(integration, env)) ??
    (await readDockerConfigCredentials(integration.domain, env));
  return endpoint(integration.domain, 'integration', integration.name, credentials, integration);
}

async function fallbackEndpoint(domain: string, env: NodeJS.ProcessEnv): Promise<Endpoint> {
  const normalised = domainKey(domain);
  const credentials = await readDockerConfigCredentials(normalised, env);
  return credentials
    ? endpoint(normalised, 'docker-config', `${normalised} (Docker config)`, credentials)
    : endpoint(normalised, 'anonymous', `${normalised} (anonymous)`, undefined);
}

/**
 * Through which registry and credentials an image on `domain` is pulled (DESIGN §3): the step's
 * context for that domain; else the one integration on the domain, or its `primary` one among
 * several; without any, the Docker config, else anonymous access.
 */
export async function resolvePull(
  config: RegistriesConfig,
  env: NodeJS.ProcessEnv,
  domain: string,
  contexts: Integration[],
): Promise<Endpoint> {
  const wanted = domainKey(domain);
  const chosen = contexts.filter((c) => sameDomain(c.domain, wanted));
  if (chosen.length > 1) {
    throw new UserError(
      `The registry contexts ${chosen.map((c) => c.name).join(' and ')} both serve ${wanted}; give at most one context per domain`,
    );
  }
  const candidates = config.integrations.filter((i) => sameDomain(i.domain, wanted));
  if (chosen.length === 1) return withHint(await endpointFor(chosen[0], env), candidates);

  if (candidates.length === 0) {
    const fallback = await fallbackEndpoint(wanted, env);
    // A user who meant a registries file to be read is told it was not there.
    if (fallback.via === 'anonymous' && config.lookedFor) {
      fallback.refusalHint = `no registries file at ${config.lookedFor}: the request went anonymous`;
    }
    return fallback;
  }
  if (candidates.length === 1) return endpointFor(candidates[0], env);
  const primary = candidates.find((i) => i.primary);
  if (primary) return withHint(await endpointFor(primary, env), candidates);
  throw new UserError(
    `Several registries serve ${wanted}: ${candidates.map(describeIntegration).join(', ')}; mark one primary: true in ${config.source}, or set registry_context to the one to pull through`,
  );
}

/**
 * A domain served by several integrations: a refusal of the one chosen names the others, which
 * may be the identity that was meant (DESIGN §3: `registry_context` picks one per step).
 */
function withHint(chosen: Endpoint, candidates: Integration[]): Endpoint {
  const others = candidates.filter((i) => i !== chosen.integration).map((i) => i.name);
  if (others.length === 0) return chosen;
  const serve = others.length === 1 ? 'also serves' : 'also serve';
  chosen.refusalHint = `${others.join(', ')} ${serve} ${chosen.domain}; set registry_context: ${others[0]} (or registry_contexts) to pull with it`;
  return chosen;
}

/** Prepends `prefix/` to `repository`, unless the repository already starts with it. */
export function applyPrefix(prefix: string | undefined, repository: string): string {
  const trimmed = trimSlashes(prefix ?? '');
  if (!trimmed || repository === trimmed || repository.startsWith(`${trimmed}/`)) {
    return repository;
  }
  return `${trimmed}/${repository}`;
}

export interface PushTarget {
  endpoint: Endpoint;
  repository: string;
}

/**
 * Splits an image name as the user wrote it into its domain, if it names one, and its path;
 * a tag or digest is dropped. The name is validated by the Docker reference grammar.
 */
export function splitImageName(imageName: string): { domain?: string; path: string } {
  const ref = parseReference(imageName, { defaultTag: false, what: 'image name' });
  let rest = imageName.trim();
  const at = rest.indexOf('@');
  if (at >= 0) rest = rest.slice(0, at);
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) rest = rest.slice(0, colon);
  const slash = rest.indexOf('/');
  if (slash >= 0 && looksLikeDomain(rest.slice(0, slash))) {
    return { domain: ref.domain, path: rest.slice(slash + 1) };
  }
  return { path: rest };
}

/**
 * Where a push of `imageName` goes (DESIGN §3): always the integration `registry` names, else the
 * `default` one, else the domain written in the image name (docker.io when it names none),
 * reached like a pull without contexts. The repository is the name's path, without a domain
 * written in it (the push goes to the chosen registry whatever the name says), with the
 * integration's repository_prefix applied.
 */
export async function resolvePush(
  config: RegistriesConfig,
  env: NodeJS.ProcessEnv,
  imageName: string,
  registry?: Integration,
): Promise<PushTarget> {
  const name = splitImageName(imageName);
  const target = registry ?? config.integrations.find((i) => i.default);
  const endpoint = target
    ? await endpointFor(target, env)
    : await resolvePull(config, env, name.domain ?? DOCKER_HUB, []);
  const repository = officialPath(
    endpoint.domain,
    applyPrefix(endpoint.integration?.repositoryPrefix, name.path),
  );
  if (`${endpoint.domain}/${repository}`.length > MAX_NAME_LENGTH) {
    throw new UserError(
      `Invalid image name "${imageName}": pushed to ${endpoint.label} it becomes ${endpoint.domain}/${repository}, longer than ${MAX_NAME_LENGTH} characters`,
    );
  }
  return { endpoint, repository };
}

/**
 * A registry context must serve a domain the step pulls from. When the step cannot know what it
 * pulls (the FROM lines of a Dockerfile), it only warns.
 */
export function checkContexts(
  contexts: Integration[],
  pulledDomains: string[] | undefined,
  inputName: string,
  warn: (message: string) => void,
): void {
  const byDomain = new Map<string, Integration>();
  for (const context of contexts) {
    const key = domainKey(context.domain);
    const other = byDomain.get(key);
    if (other && other.name !== context.name) {
      throw new UserError(
        `Input ${inputName}: ${other.name} and ${context.name} both serve ${key}; give at most one per domain`,
      );
    }
    byDomain.set(key, context);
  }
  for (const [domain, context] of byDomain) {
    if (pulledDomains === undefined) {
      warn(
        `Input ${inputName}: cannot tell whether this step pulls from ${domain}; ${context.name} is used only for images on ${domain}`,
      );
    } else if (!pulledDomains.some((d) => sameDomain(d, domain))) {
      const pulled = [...new Set(pulledDomains.map(domainKey))];
      throw new UserError(
        `Input ${inputName}: ${context.name} serves ${domain}, but this step pulls no image from ${domain}${pulled.length ? ` (only from ${pulled.join(', ')})` : ''}`,
      );
    }
  }
}
