import { formatPlatform } from '../../oci/manifest.js';
import { parsePlatform } from '../../oci/platform.js';
import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { BUILDER_CHOICES, type BuilderChoice } from '../../builders/types.js';
import { type BuildSecret } from '../../builders/plan.js';
import type { RegistriesConfig } from '../../credentials/registries-file.js';
import { parseReference } from '../../oci/reference.js';
import { defaultTag } from './labels.js';
import { parseSecrets, parseSsh } from './mounts.js';
import { getBoolean, getLines, getList, getRegistries, getTags, parseMap } from '../inputs.js';
import type { ActionIO } from '../../host/io.js';

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
