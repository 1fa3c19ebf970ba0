import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { maskCredentials, maskSecret } from '../secrets.js';
import type { Credentials } from './credentials.js';
import { helperCredentials, helperServerUrl, TOKEN_USERNAME } from './credential-helper.js';
import { normaliseDomain } from '../oci/reference.js';

/**
 * The Docker config as docker reads it (DESIGN §2): `DOCKER_AUTH_CONFIG` (a whole config as JSON
 * in the environment, GitLab's convention) first, then `$DOCKER_CONFIG/config.json` or
 * `~/.docker/config.json`. In each, a registry's credentials come from its `credHelpers` entry,
 * else the `credsStore`, else its `auths` entry (`auth`, `username`/`password`, `identitytoken`).
 */

/** `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`; undefined without either. */
export function dockerConfigPath(env: NodeJS.ProcessEnv): string | undefined {
  if (env.DOCKER_CONFIG) return path.join(env.DOCKER_CONFIG, 'config.json');
  const home = env.HOME || env.USERPROFILE;
  return home ? path.join(home, '.docker', 'config.json') : undefined;
}

export const DOCKER_AUTH_CONFIG = 'DOCKER_AUTH_CONFIG';

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
}

interface DockerConfig {
  /** For messages: `The Docker config /home/u/.docker/config.json`, or `DOCKER_AUTH_CONFIG`. */
  where: string;
  auths: Record<string, unknown>;
  credHelpers: Record<string, unknown>;
  credsStore?: string;
}

/**
 * The host a key names: keys are hosts (`ghcr.io`) or URLs, as older Docker versions and
 * docker/login-action write them for Docker Hub (`https://index.docker.io/v1/`).
 */
function keyDomain(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '');
  return normaliseDomain(host.toLowerCase());
}

/** The keys of `map` that name `domain`: one written exactly as the domain first. */
function keysFor(map: Record<string, unknown>, domain: string): string[] {
  const wanted = normaliseDomain(domain.toLowerCase());
  const exact = (key: string) => Number(key.trim().toLowerCase() === wanted);
  return Object.keys(map)
    .filter((key) => keyDomain(key) === wanted)
    .sort((a, b) => exact(b) - exact(a));
}

/** The line of a character offset, so an error can point at it without quoting the config. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A config's text: empty (as an empty file is, for docker) or `{}` means no entries. */
function parseConfig(text: string, where: string): DockerConfig {
  if (!text.trim()) return { where, auths: {}, credHelpers: {} };
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    // The parser's message may quote the config, which holds secrets: give the line only.
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? ` (line ${lineOf(text, Number(position[1]))})` : '';
    throw new UserError(`${where} is not valid JSON${line}`);
  }
  if (!isObject(config)) throw new UserError(`${where} is not a JSON object`);
  for (const field of ['auths', 'credHelpers'] as const) {
    if (config[field] !== undefined && config[field] !== null && !isObject(config[field])) {
      throw new UserError(`${where}: ${field} must be an object keyed by registry`);
    }
  }
  if (config.credsStore !== undefined && typeof config.credsStore !== 'string') {
    throw new UserError(`${where}: credsStore must be the name of a credential helper`);
  }
  return {
    where,
    auths: (config.auths as Record<string, unknown> | undefined) ?? {},
    credHelpers: (config.credHelpers as Record<string, unknown> | undefined) ?? {},
    ...(config.credsStore ? { credsStore: config.credsStore } : {}),
  };
}

/** `DOCKER_AUTH_CONFIG`, then the file; a missing or unreadable file is no config. */
function readConfigs(env: NodeJS.ProcessEnv): DockerConfig[] {
  const configs: DockerConfig[] = [];
  const inline = env[DOCKER_AUTH_CONFIG];
  if (inline && inline.trim()) configs.push(parseConfig(inline, DOCKER_AUTH_CONFIG));
  const file = dockerConfigPath(env);
  if (!file) return configs;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return configs;
  }
  configs.push(parseConfig(text, `The Docker config ${file}`));
  return configs;
}

/**
 * Credentials for `domain` from the Docker config, undefined when it holds none. Secrets are
 * masked as soon as they are read; a helper is run only for the domain asked about.
 */
export async function readDockerConfigCredentials(
  domain: string,
  env: NodeJS.ProcessEnv,
): Promise<Credentials | undefined> {
  for (const config of readConfigs(env)) {
    const found = await configCredentials(config, domain, env);
    if (found) return found;
  }
  return undefined;
}

/** As docker does: the domain's `credHelpers` entry, else `credsStore`, else `auths`. */
async function configCredentials(
  config: DockerConfig,
  domain: string,
  env: NodeJS.ProcessEnv,
): Promise<Credentials | undefined> {
  const normalised = normaliseDomain(domain.toLowerCase());
  const helperKey = keysFor(config.credHelpers, normalised)[0];
  const helper = helperKey === undefined ? config.credsStore : config.credHelpers[helperKey];
  if (helper !== undefined) {
    if (typeof helper !== 'string' || !helper) {
      throw new UserError(`${config.where}: credHelpers "${helperKey}" must name a helper`);
    }
    const serverUrl = helperKey ?? helperServerUrl(normalised);
    const by = helperKey === undefined ? 'credsStore' : `credHelpers "${helperKey}"`;
    return helperCredentials({ helper, serverUrl, where: `${config.where} (${by})`, env });
  }
  for (const key of keysFor(config.auths, normalised)) {
    const entry = config.auths[key];
    if (!isObject(entry)) continue;
    const credentials = entryCredentials(entry as AuthEntry, config.where, key);
    if (credentials) return credentials;
  }
  return undefined;
}

/**
 * The domains the Docker config holds entries for (`auths` and `credHelpers`, normalised), so a
 * builder that is given its own auth file can still be given what `docker login` left for them.
 */
export function dockerConfigDomains(env: NodeJS.ProcessEnv): string[] {
  let configs: DockerConfig[];
  try {
    configs = readConfigs(env);
  } catch {
    return [];
  }
  const keys = configs.flatMap((c) => [...Object.keys(c.auths), ...Object.keys(c.credHelpers)]);
  return [...new Set(keys.map(keyDomain))];
}

function entryCredentials(entry: AuthEntry, where: string, key: string): Credentials | undefined {
  const source = `the entry "${key}" of ${where.replace(/^The /, 'the ')}`;
  let username = '';
  let password = '';
  if (typeof entry.auth === 'string' && entry.auth) {
    maskSecret(entry.auth);
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0 && !entry.identitytoken) {
      throw new UserError(`${where}: the auth of "${key}" is not base64 of user:password`);
    }
    username = colon > 0 ? decoded.slice(0, colon) : '';
    password = colon > 0 ? decoded.slice(colon + 1) : '';
  } else if (typeof entry.username === 'string' && typeof entry.password === 'string') {
    username = entry.username;
    password = entry.password;
  }
  // An identity token wins over a password, as with docker (`az acr login` writes both).
  if (typeof entry.identitytoken === 'string' && entry.identitytoken) {
    maskSecret(entry.identitytoken);
    return {
      username: username || TOKEN_USERNAME,
      password: '',
      identityToken: entry.identitytoken,
      source,
    };
  }
  if (!username || !password) return undefined;
  maskCredentials(username, password);
  return { username, password, source };
}
