import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Credentials } from '../credentials/credentials.js';
import { DOCKER_HUB } from '../oci/reference.js';
import { maskSecret } from '../secrets.js';

/**
 * One registry's entry: base64 `user:pass`, or with an identity token `user:` and the token,
 * which docker and containers/image both exchange at the registry's token service themselves.
 */
export interface AuthEntry {
  auth: string;
  identitytoken?: string;
}

/** The `auths` part of a Docker config.json: what both docker and buildah (`--authfile`) read. */
export interface AuthConfig {
  auths: Record<string, AuthEntry>;
}

/** A registry and the identity to use there; resolve.ts's Endpoint is one. */
export interface AuthSource {
  domain: string;
  credentials?: Credentials;
}

/** The key the docker CLI looks Docker Hub up by; buildah reads it too. */
const DOCKER_HUB_LEGACY_KEY = 'https://index.docker.io/v1/';

function keysFor(domain: string): string[] {
  return domain === DOCKER_HUB ? [DOCKER_HUB, DOCKER_HUB_LEGACY_KEY] : [domain];
}

/**
 * The entry for resolved credentials. However they were obtained (a password, a credential
 * helper, a minted cloud token), the file holds the result, never a helper the builder might not
 * find. containers/image drops an identity token whose `auth` has no colon: `user:` it is.
 */
function entryFor(credentials: Credentials): AuthEntry {
  const { username, password, identityToken } = credentials;
  const auth = Buffer.from(`${username}:${identityToken ? '' : password}`).toString('base64');
  maskSecret(auth);
  if (!identityToken) return { auth };
  maskSecret(identityToken);
  return { auth, identitytoken: identityToken };
}

function sameEntry(a: AuthEntry, b: AuthEntry): boolean {
  return a.auth === b.auth && a.identitytoken === b.identitytoken;
}

/**
 * An auth config holding exactly the given identities, one per domain: endpoints without
 * credentials (anonymous access) get no entry. A later identity for a domain already present is
 * a bug of the caller, who must pick one per domain (resolution does).
 */
export function authConfig(sources: AuthSource[]): AuthConfig {
  const auths: AuthConfig['auths'] = {};
  for (const source of sources) {
    if (!source.credentials) continue;
    const entry = entryFor(source.credentials);
    for (const key of keysFor(source.domain)) {
      if (auths[key] && !sameEntry(auths[key], entry)) {
        throw new Error(`two identities for ${source.domain} in one auth file`);
      }
      auths[key] = entry;
    }
  }
  return { auths };
}

/** The domains that `a` and `b` both hold with different identities. */
export function conflictingDomains(a: AuthConfig, b: AuthConfig): string[] {
  return Object.keys(a.auths).filter(
    (key) => b.auths[key] !== undefined && !sameEntry(b.auths[key], a.auths[key]),
  );
}

/** Both configs in one, or undefined when a domain would need two identities. */
export function mergeAuthConfigs(a: AuthConfig, b: AuthConfig): AuthConfig | undefined {
  if (conflictingDomains(a, b).length) return undefined;
  return { auths: { ...a.auths, ...b.auths } };
}

/**
 * Writes the auth file, readable by its owner only, in a directory only its owner may enter.
 * The caller removes it when the step ends.
 */
export async function writeAuthFile(file: string, config: AuthConfig): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
  // The mode of writeFile applies only when it creates the file.
  await chmod(file, 0o600);
}
