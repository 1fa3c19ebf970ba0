import { isObject, text, type Json } from '../../json.js';
import { isValidDigest } from '../../oci/reference.js';

/** How an image was built, from SLSA provenance (DESIGN §5 `provenance`). */
export interface ProvenanceFacts {
  /** The predicate type read: https://slsa.dev/provenance/v0.2 or /v1. */
  predicate_type: string;
  builder_id: string | null;
  build_type: string | null;
  source: { repository: string | null; commit: string | null };
  /** The images the build pulled (materials / resolvedDependencies of pkg:docker/…). */
  base_images: { name: string; digest: string | null }[];
  /** The digest of the manifest that carries it. */
  digest: string;
  /** Whether it came in a signed envelope (presence, not verification). */
  signed: boolean;
}

export const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
export const SLSA_V1 = 'https://slsa.dev/provenance/v1';
/** Where BuildKit keeps the Git facts of the build context in both versions. */
const BUILDKIT_METADATA = 'https://mobyproject.org/buildkit@v1#metadata';
/** The Dockerfile frontend image a `# syntax=` line pulls: a material, not a base image. */
const FRONTEND_IMAGE = /^(docker\.io\/)?docker\/dockerfile(-upstream)?[:@]/;
const MATERIAL_LIMIT = 1000;
const FIELD_LENGTH = 512;

function cut(value: string | null): string | null {
  return value === null ? null : value.slice(0, FIELD_LENGTH);
}

type Read = Omit<ProvenanceFacts, 'digest' | 'signed'>;

export function isProvenance(predicateType: string): boolean {
  return predicateType === SLSA_V02 || predicateType.startsWith(SLSA_V1);
}

/**
 * SLSA provenance v0.2 (`builder.id`, `buildType`, `invocation.configSource`, `materials`) or v1
 * (`runDetails.builder.id`, `buildDefinition.buildType`, `externalParameters`,
 * `resolvedDependencies`), as BuildKit, the SLSA GitHub generator and `cosign attest --type
 * slsaprovenance*` write them. The source is BuildKit's `vcs` metadata, else a Git config source
 * or dependency, else GitHub's workflow parameters.
 */
export function readProvenance(predicateType: string, predicate: Json): Read | string {
  if (predicateType === SLSA_V02) {
    const invocation = isObject(predicate.invocation) ? predicate.invocation : {};
    const materials = list(predicate.materials);
    return {
      predicate_type: predicateType,
      builder_id: cut(text(isObject(predicate.builder) ? predicate.builder.id : undefined)),
      build_type: cut(text(predicate.buildType)),
      source: sourceOf(predicate.metadata, invocation.configSource, materials, undefined),
      base_images: imagesOf(materials),
    };
  }
  if (!isObject(predicate.buildDefinition) && !isObject(predicate.runDetails))
    return 'its predicate has neither buildDefinition nor runDetails';
  const definition = isObject(predicate.buildDefinition) ? predicate.buildDefinition : {};
  const run = isObject(predicate.runDetails) ? predicate.runDetails : {};
  const external = isObject(definition.externalParameters) ? definition.externalParameters : {};
  const dependencies = list(definition.resolvedDependencies);
  return {
    predicate_type: predicateType,
    builder_id: cut(text(isObject(run.builder) ? run.builder.id : undefined)),
    build_type: cut(text(definition.buildType)),
    source: sourceOf(run.metadata, external.configSource, dependencies, external.workflow),
    base_images: imagesOf(dependencies),
  };
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.slice(0, MATERIAL_LIMIT).filter(isObject) : [];
}

function gitCommit(digest: unknown): string | null {
  if (!isObject(digest)) return null;
  const commit = text(digest.gitCommit) ?? text(digest.sha1);
  return commit && /^[a-f0-9]{40,64}$/.test(commit) ? commit : null;
}

/** A Git URI as a repository address: `git+https://github.com/o/r@refs/heads/main` → its URL. */
function repositoryOf(uri: string | null): string | null {
  if (!uri) return null;
  const match = /^(?:git\+)?((?:https?|ssh|git):\/\/[^/]+)([^#]*)/.exec(uri);
  if (!match) return null;
  // The ref follows the path after an `@` (`…/shop@refs/heads/main`); one in the host part is a
  // user (`ssh://git@github.com/…`).
  return cut(`${match[1]}${match[2].replace(/@.*$/, '')}`);
}

function sourceOf(
  metadata: unknown,
  configSource: unknown,
  materials: Json[],
  workflow: unknown,
): Read['source'] {
  const buildkit = isObject(metadata) ? metadata[BUILDKIT_METADATA] : undefined;
  const vcs = isObject(buildkit) && isObject(buildkit.vcs) ? buildkit.vcs : undefined;
  if (vcs && (text(vcs.source) || text(vcs.revision))) {
    return { repository: cut(text(vcs.source)), commit: cut(text(vcs.revision)) };
  }
  if (isObject(configSource)) {
    const repository = repositoryOf(text(configSource.uri));
    if (repository) return { repository, commit: gitCommit(configSource.digest) };
  }
  for (const material of materials) {
    const repository = repositoryOf(text(material.uri));
    if (repository && text(material.uri)?.startsWith('git+'))
      return { repository, commit: gitCommit(material.digest) };
  }
  if (isObject(workflow) && text(workflow.repository)) {
    return { repository: cut(text(workflow.repository)), commit: null };
  }
  return { repository: null, commit: null };
}

/** The images among materials: `pkg:docker/alpine@3.20?platform=…` with its sha256 digest. */
function imagesOf(materials: Json[]): Read['base_images'] {
  const images: Read['base_images'] = [];
  for (const material of materials) {
    const name = imageName(text(material.uri));
    if (!name) continue;
    const sha = isObject(material.digest) ? text(material.digest.sha256) : null;
    const digest = sha && isValidDigest(`sha256:${sha}`) ? `sha256:${sha}` : null;
    images.push({ name, digest });
  }
  return images;
}

/** A docker purl as a reference: `pkg:docker/library/alpine@3.20?…` → `library/alpine:3.20`. */
function imageName(uri: string | null): string | null {
  const match = uri ? /^pkg:docker\/([^?#@]+)(?:@([^?#]+))?/.exec(uri) : null;
  if (!match) return null;
  let name: string;
  let version: string | undefined;
  try {
    name = decodeURIComponent(match[1]);
    version = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
  } catch {
    return null;
  }
  const reference = version ? `${name}${version.includes(':') ? '@' : ':'}${version}` : name;
  return cut(reference);
}

/**
 * The one base image provenance names, for `base` where the annotations say none: the images
 * pulled, less the Dockerfile frontend; none when there are several (a multi-stage build's
 * materials do not say which stage made the image).
 */
export function soleBaseImage(
  provenance: Pick<ProvenanceFacts, 'base_images'>,
): { name: string; digest: string | null } | null {
  const images = provenance.base_images.filter((image) => !FRONTEND_IMAGE.test(image.name));
  return images.length === 1 ? images[0] : null;
}
