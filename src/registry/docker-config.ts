import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { maskSecret } from '../secrets.js';
import type { Credentials } from './config.js';
import { normaliseDomain } from './reference.js';

/** `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`; undefined without either. */
export function dockerConfigPath(env: NodeJS.ProcessEnv): string | undefined {
  if (env.DOCKER_CONFIG) return path.join(env.DOCKER_CONFIG, 'config.json');
  const home = env.HOME || env.USERPROFILE;
  return home ? path.join(home, '.docker', 'config.json') : undefined;
}

/**
 * The host an `auths` key names: keys are hosts (`ghcr.io`) or URLs, as older Docker versions
 * and docker/login-action write them for Docker Hub (`https://index.docker.io/v1/`).
 */
function keyDomain(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '');
  return normaliseDomain(host.toLowerCase());
}

/** The line of a character offset, so an error can point at it without quoting the file. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
}

/**
 * Credentials for `domain` from the Docker config, as `docker login` and docker/login-action
 * write it (DESIGN §2): `auths` entries with `auth` (base64 `user:pass`) or `username` and
 * `password`. The password and the base64 form are masked as soon as they are read.
 *
 * Not read (yet): `identitytoken` entries (an OAuth refresh token, as `az acr login` writes,
 * which needs a token exchange with the registry), and `credsStore` / `credHelpers` (external
 * programs). Such a registry is reached anonymously.
 *
 * A missing or unreadable file means no credentials; a file that is not JSON is an error.
 */
export function readDockerConfigCredentials(
  domain: string,
  env: NodeJS.ProcessEnv,
): Credentials | undefined {
  const file = dockerConfigPath(env);
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    // The parser's message may quote the file, which holds secrets: give the line only.
    const position = /position (\d+)/.exec((error as Error).message);
    const where = position ? ` (line ${lineOf(text, Number(position[1]))})` : '';
    throw new UserError(`The Docker config ${file} is not valid JSON${where}`);
  }
  if (typeof config !== 'object' || config === null) {
    throw new UserError(`The Docker config ${file} is not a JSON object`);
  }
  const auths = (config as { auths?: unknown }).auths;
  if (typeof auths !== 'object' || auths === null) return undefined;

  const wanted = normaliseDomain(domain.toLowerCase());
  // An entry keyed exactly by the domain comes before one keyed by a URL for it.
  const keys = Object.keys(auths)
    .filter((key) => keyDomain(key) === wanted)
    .sort(
      (a, b) =>
        Number(b.trim().toLowerCase() === wanted) - Number(a.trim().toLowerCase() === wanted),
    );
  for (const key of keys) {
    const entry = (auths as Record<string, unknown>)[key];
    if (typeof entry !== 'object' || entry === null) continue;
    const credentials = entryCredentials(entry as AuthEntry, file, key);
    if (credentials) return credentials;
  }
  return undefined;
}

/**
 * The domains the Docker config holds `auths` entries for (normalised), so a builder that is
 * given its own auth file can still be given what `docker login` left for them. [] without a
 * readable config.
 */
export function dockerConfigDomains(env: NodeJS.ProcessEnv): string[] {
  const file = dockerConfigPath(env);
  if (!file) return [];
  try {
    const auths = (JSON.parse(readFileSync(file, 'utf8')) as { auths?: unknown }).auths;
    if (typeof auths !== 'object' || auths === null) return [];
    return [...new Set(Object.keys(auths).map(keyDomain))];
  } catch {
    return [];
  }
}

function entryCredentials(entry: AuthEntry, file: string, key: string): Credentials | undefined {
  if (typeof entry.auth === 'string' && entry.auth) {
    maskSecret(entry.auth);
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) {
      throw new UserError(
        `The Docker config ${file}: the auth of "${key}" is not base64 of user:password`,
      );
    }
    const username = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    return password ? masked(username, password) : undefined;
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string') {
    if (!entry.username || !entry.password) return undefined;
    return masked(entry.username, entry.password);
  }
  return undefined;
}

function masked(username: string, password: string): Credentials {
  maskSecret(password);
  maskSecret(Buffer.from(`${username}:${password}`).toString('base64'));
  return { username, password };
}
