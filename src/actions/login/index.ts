import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isObject } from '../../json.js';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { authConfig, type AuthConfig } from '../../builders/authfile.js';
import type { RegistriesConfig } from '../../credentials/registries-file.js';
import { dockerConfigPath } from '../../credentials/docker-config.js';
import { integrationByName, resolvePull, type Endpoint } from '../../credentials/resolve.js';
import { getList, getRegistries } from '../inputs.js';
import type { ActionIO } from '../../host/io.js';
import { STATE, STEP_DIR_PREFIX } from '../../host/step-dir.js';
import { ownLoginFolder, removeLoginFiles, writeLoginFiles } from './folder.js';

/**
 * The registries file for every later step of the job (DESIGN §4 login): a Docker config and a
 * containers auth.json holding, for each declared domain, the identity a pull would use, so that
 * `docker run`, `docker compose`, skopeo and podman pull with the declared identities too.
 */

export interface LoginSettings {
  config: RegistriesConfig;
  /** Which integration serves each domain, over `primary`. */
  contexts: string[];
  /** Only these integrations (all when empty). */
  only: string[];
  /** Where to write; a new private folder when not given. */
  dir?: string;
}

export function readLoginSettings(io: ActionIO): LoginSettings {
  return {
    config: getRegistries(io),
    contexts: getList(io, 'registry_contexts'),
    only: getList(io, 'registries_only'),
    dir: io.getInput('dir') || undefined,
  };
}

/** The endpoint a pull of each declared domain would use, one per domain. */
export async function loginEndpoints(
  settings: LoginSettings,
  env: NodeJS.ProcessEnv,
): Promise<Endpoint[]> {
  const { config } = settings;
  for (const name of settings.only) integrationByName(config, name, 'registries_only');
  const chosen = settings.only.length
    ? config.integrations.filter((i) => settings.only.includes(i.name))
    : config.integrations;
  const scoped: RegistriesConfig = { ...config, integrations: chosen };
  const contexts = settings.contexts.map((name) => {
    const integration = integrationByName(config, name, 'registry_contexts');
    if (!chosen.includes(integration)) {
      throw new UserError(
        `Input registry_contexts: ${name} is not among registries_only (${settings.only.join(', ')})`,
      );
    }
    return integration;
  });
  const domains = [...new Set(chosen.map((i) => i.domain))];
  const endpoints: Endpoint[] = [];
  for (const domain of domains) endpoints.push(await resolvePull(scoped, env, domain, contexts));
  return endpoints;
}

/**
 * The job's Docker config: the one it had, with our identities over its entries for our
 * domains. A credential helper for one of our domains would shadow our entry, so it goes; a
 * `credsStore` would shadow them all, so it goes too (its other registries with it: said).
 */
export function mergeDockerConfig(
  existing: Record<string, unknown>,
  ours: AuthConfig,
  warn: (message: string) => void,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...existing };
  const auths = isObject(existing.auths) ? { ...existing.auths } : {};
  merged.auths = { ...auths, ...ours.auths };
  if (isObject(existing.credHelpers)) {
    const helpers = { ...existing.credHelpers };
    for (const key of Object.keys(ours.auths)) delete helpers[key];
    merged.credHelpers = helpers;
  }
  if (typeof existing.credsStore === 'string' && Object.keys(ours.auths).length) {
    warn(
      `the Docker config's credsStore (${existing.credsStore}) is left out of the job's config: docker would read every registry from it and none of these logins`,
    );
    delete merged.credsStore;
  }
  return merged;
}

function readExisting(file: string | undefined): Record<string, unknown> {
  if (!file || !existsSync(file)) return {};
  const text = readFileSync(file, 'utf8');
  if (!text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UserError(`The Docker config ${file} is not valid JSON; fix or remove it`);
  }
  return isObject(parsed) ? parsed : {};
}

/**
 * The rest of the old config folder (buildx builders, contexts, CLI plugins) is linked into the
 * new one, so that pointing DOCKER_CONFIG at it loses nothing docker kept there.
 */
function siblings(from: string | undefined): { [name: string]: string } {
  const links: { [name: string]: string } = {};
  if (!from || !existsSync(from)) return links;
  for (const entry of readdirSync(from)) {
    if (entry !== 'config.json') links[entry] = path.join(from, entry);
  }
  return links;
}

export async function login(io: ActionIO): Promise<void> {
  const settings = readLoginSettings(io);
  const endpoints = await loginEndpoints(settings, io.env);
  const ours = authConfig(endpoints);
  const existingFile = dockerConfigPath(io.env);
  const merged = mergeDockerConfig(readExisting(existingFile), ours, (m) => io.warning(m));

  const dir = settings.dir ? path.resolve(settings.dir) : await newDir(io.env);
  await ownLoginFolder(dir);
  io.saveState(STATE.tempDir, dir);
  const dockerConfig = path.join(dir, 'config.json');
  const authFile = path.join(dir, 'auth.json');
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  writeLoginFiles(
    dir,
    {
      'config.json': json(merged),
      // podman, buildah and skopeo read the same `auths` format; they take no helpers from it.
      'auth.json': json({ auths: merged.auths as AuthConfig['auths'] }),
    },
    siblings(existingFile && path.dirname(existingFile)),
  );

  io.exportVariable('DOCKER_CONFIG', dir);
  io.exportVariable('REGISTRY_AUTH_FILE', authFile);
  const domains = endpoints.filter((e) => e.credentials).map((e) => e.domain);
  io.setOutput('docker_config', dir);
  io.setOutput('auth_file', authFile);
  io.setOutput('domains', domains.join('\n'));
  for (const e of endpoints) {
    io.info(
      e.credentials
        ? `${e.domain}: logged in as ${e.credentials.username} (${e.label})`
        : `${e.domain}: no credentials (${e.label}); pulls stay anonymous`,
    );
  }
  io.info(
    `Wrote ${dockerConfig} and ${authFile}; later steps use them through DOCKER_CONFIG and REGISTRY_AUTH_FILE`,
  );
}

async function newDir(env: NodeJS.ProcessEnv): Promise<string> {
  const base = env.RUNNER_TEMP && existsSync(env.RUNNER_TEMP) ? env.RUNNER_TEMP : tmpdir();
  return mkdtemp(path.join(base, STEP_DIR_PREFIX));
}

/**
 * The post step (and `image-actions logout`): what login wrote goes, whatever the job did. Only
 * what it recorded making is removed (its files, and its links while they still point where it
 * pointed them), then the folder if that left it empty: `dir` may be one the user named, and
 * anything planted beside login's files stays for its owner to look at.
 */
export async function logout(io: ActionIO): Promise<void> {
  const dir = io.getState(STATE.tempDir) || io.getInput('dir');
  if (!dir || !existsSync(dir)) return;
  if (removeLoginFiles(dir)) io.info(`Removed the login files in ${dir}`);
}
