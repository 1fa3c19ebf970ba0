import { DOCKER_HUB, formatName, parseReference } from '../oci/reference.js';

/**
 * How an archive names its images. OCI layouts put a ref name on each `index.json` entry: skopeo
 * and this project write the full `name:tag` there, Docker 25+ and buildx only the tag, with the
 * full name in containerd's own annotation. `docker save` tars name them in `RepoTags`.
 */
export const Annotation = {
  refName: 'org.opencontainers.image.ref.name',
  containerdName: 'io.containerd.image.name',
} as const;

/** An image name as an archive gives it, split. */
export interface ImageName {
  /** `localhost:5000/acme/app`, `docker.io/library/busybox`: the full name, normalised. */
  name: string;
  /** The repository it loads to under a registry: the path, Docker Hub's `library/` left out. */
  repository: string;
  tag: string;
}

/**
 * A full `name:tag`, or undefined when the text is no such thing (a bare tag, a digest). The
 * name is normalised as `docker pull` would, so `busybox:1` and `docker.io/library/busybox:1`
 * are one image.
 */
export function parseImageName(text: string): ImageName | undefined {
  if (!text.includes(':') && !text.includes('/')) return undefined;
  try {
    const ref = parseReference(text, { defaultTag: false });
    if (!ref.tag || ref.digest) return undefined;
    const repository =
      ref.domain === DOCKER_HUB && ref.repository.startsWith('library/')
        ? ref.repository.slice('library/'.length)
        : ref.repository;
    return { name: formatName(ref), repository, tag: ref.tag };
  } catch {
    return undefined;
  }
}

/**
 * The tags under which signatures, SBOMs and attestations travel: the referrers tag schema's
 * `sha256-<hex>` and cosign's `sha256-<hex>.sig/.att/.sbom`. An archive entry under such a tag is
 * not an image of its own: it goes with the image it refers to.
 */
export function isReferrerTag(tag: string): boolean {
  return /^(sha256|sha512)-[a-f0-9]{32,}(\.(sig|att|sbom))?$/.test(tag);
}

/**
 * Whether `wanted` (what a user wrote: `app:v1`, `localhost:5000/acme/app:v1`, or a bare tag as
 * skopeo matches an OCI ref name: `v1`) names it.
 */
export function namesImage(
  wanted: string,
  image: { ref: string; name?: ImageName; tag?: string },
): boolean {
  if (wanted === image.ref) return true;
  if (!wanted.includes(':') && !wanted.includes('/'))
    return (image.tag ?? image.name?.tag) === wanted;
  if (!image.name) return false;
  const parsed = parseImageName(wanted);
  if (!parsed) return false;
  return (
    parsed.tag === image.name.tag &&
    (parsed.name === image.name.name || parsed.repository === image.name.repository)
  );
}
