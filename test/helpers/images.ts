import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import type { TestRegistry } from './registry.js';

/**
 * Fixture writers and readers that talk to a test registry with Node's own fetch (never the
 * project's client, so fixtures do not depend on the code under test).
 */

export interface Blob {
  digest: string;
  size: number;
  mediaType: string;
  data: Buffer;
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface PushedImage {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  config: Blob;
  layers: Blob[];
  platform?: Platform;
}

export interface PushedIndex {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  /** The platform images, in the order of the platforms asked for. */
  children: PushedImage[];
  /** With `attestation`: one attestation manifest per child, in the same order. */
  attestations: PushedImage[];
}

export const MEDIA_TYPES = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
  inToto: 'application/vnd.in-toto+json',
} as const;

const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerList,
].join(', ');

export function sha256Digest(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** `size` incompressible bytes: random, or deterministic from `seed` (AES-256-CTR keystream). */
export function randomData(size: number, seed?: string): Buffer {
  if (seed === undefined) return randomBytes(size);
  const key = createHash('sha256').update(seed).digest();
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  return Buffer.concat([cipher.update(Buffer.alloc(size)), cipher.final()]);
}

async function headers(
  reg: TestRegistry,
  repo: string,
  actions: string[],
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  const authorization = await reg.authHeader(repo, actions);
  return authorization ? { ...extra, authorization } : extra;
}

async function failure(what: string, response: Response): Promise<Error> {
  const text = await response.text().catch(() => '');
  return new Error(`${what}: ${response.status} ${text.slice(0, 500)}`);
}

/** Pushes a blob monolithically (POST, then PUT with the digest) and returns it. */
export async function pushBlob(
  reg: TestRegistry,
  repo: string,
  data: Buffer,
  mediaType = 'application/octet-stream',
): Promise<Blob> {
  const digest = sha256Digest(data);
  const auth = await headers(reg, repo, ['pull', 'push']);
  const start = await fetch(`${reg.url}/v2/${repo}/blobs/uploads/`, {
    method: 'POST',
    headers: { ...auth, 'content-length': '0' },
  });
  if (start.status !== 202) throw await failure(`starting an upload to ${repo}`, start);
  await start.arrayBuffer();
  const location = new URL(start.headers.get('location') ?? '', reg.url);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { ...auth, 'content-type': 'application/octet-stream' },
    body: data,
  });
  if (put.status !== 201) throw await failure(`putting blob ${digest} to ${repo}`, put);
  await put.arrayBuffer();
  return { digest, size: data.length, mediaType, data };
}

/** Puts a manifest under `reference` (a tag or its digest) with its exact Content-Type. */
export async function pushManifest(
  reg: TestRegistry,
  repo: string,
  reference: string,
  mediaType: string,
  bytes: Buffer,
): Promise<string> {
  const digest = sha256Digest(bytes);
  const response = await fetch(`${reg.url}/v2/${repo}/manifests/${reference}`, {
    method: 'PUT',
    headers: await headers(reg, repo, ['pull', 'push'], { 'content-type': mediaType }),
    body: bytes,
  });
  if (response.status !== 201) {
    throw await failure(`putting manifest ${repo}:${reference}`, response);
  }
  await response.arrayBuffer();
  const answered = response.headers.get('docker-content-digest');
  if (answered && answered !== digest) {
    throw new Error(`registry computed ${answered} for manifest ${digest}`);
  }
  return digest;
}

const toJsonBytes = (value: unknown) => Buffer.from(JSON.stringify(value));

export interface PushImageOptions {
  /** default 1 */
  layers?: number;
  /** bytes per layer, default 4096 */
  layerSize?: number;
  /** the size of each layer, one per layer: overrides `layers` and `layerSize` */
  layerSizes?: number[];
  /** default linux/amd64 */
  platform?: Platform;
  /** default 'oci' */
  format?: 'oci' | 'docker';
  labels?: Record<string, string>;
  /** config `created`, default '2024-01-01T00:00:00Z' */
  created?: string;
  /** makes layers (and so the whole image) deterministic */
  seed?: string;
  /** the config history's `created_by` of each layer, default 'test fixture' */
  createdBy?: string[];
  /** the manifest's annotations */
  annotations?: Record<string, string>;
}

/**
 * Pushes an image of random, incompressible, uncompressed layers (so diff_id = digest) with a
 * real config, by tag, or by digest alone when `tag` is undefined.
 */
export async function pushImage(
  reg: TestRegistry,
  repo: string,
  tag: string | undefined,
  options: PushImageOptions = {},
): Promise<PushedImage> {
  const format = options.format ?? 'oci';
  const platform = options.platform ?? { os: 'linux', architecture: 'amd64' };
  const sizes =
    options.layerSizes ??
    Array.from({ length: options.layers ?? 1 }, () => options.layerSize ?? 4096);
  const types =
    format === 'oci'
      ? {
          manifest: MEDIA_TYPES.ociManifest,
          config: MEDIA_TYPES.ociConfig,
          layer: MEDIA_TYPES.ociLayer,
        }
      : {
          manifest: MEDIA_TYPES.dockerManifest,
          config: MEDIA_TYPES.dockerConfig,
          layer: MEDIA_TYPES.dockerLayer,
        };

  const layers: Blob[] = [];
  for (let i = 0; i < sizes.length; i++) {
    const seed = options.seed === undefined ? undefined : `${options.seed}/layer/${i}`;
    layers.push(await pushBlob(reg, repo, randomData(sizes[i], seed), types.layer));
  }
  const created = options.created ?? '2024-01-01T00:00:00Z';
  const config = {
    created,
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      ...(options.labels ? { Labels: options.labels } : {}),
    },
    rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
    history: layers.map((_, i) => ({
      created,
      created_by: options.createdBy?.[i] ?? 'test fixture',
    })),
  };
  const configBlob = await pushBlob(reg, repo, toJsonBytes(config), types.config);
  return pushImageManifest(
    reg,
    repo,
    tag,
    types.manifest,
    configBlob,
    layers,
    platform,
    undefined,
    options.annotations,
  );
}

async function pushImageManifest(
  reg: TestRegistry,
  repo: string,
  tag: string | undefined,
  mediaType: string,
  config: Blob,
  layers: Blob[],
  platform: Platform | undefined,
  layerAnnotations?: Record<string, string>,
  annotations?: Record<string, string>,
): Promise<PushedImage> {
  const descriptor = (blob: Blob) => ({
    mediaType: blob.mediaType,
    digest: blob.digest,
    size: blob.size,
  });
  const manifest = {
    schemaVersion: 2,
    mediaType,
    config: descriptor(config),
    layers: layers.map((layer) => ({
      ...descriptor(layer),
      ...(layerAnnotations ? { annotations: layerAnnotations } : {}),
    })),
    ...(annotations ? { annotations } : {}),
  };
  const bytes = toJsonBytes(manifest);
  const digest = await pushManifest(reg, repo, tag ?? sha256Digest(bytes), mediaType, bytes);
  return { digest, mediaType, bytes, config, layers, platform };
}

export interface PushIndexOptions {
  /** default 'oci' */
  format?: 'oci' | 'docker';
  layers?: number;
  layerSize?: number;
  /** the size of each layer of each platform image (see PushImageOptions) */
  layerSizes?: number[];
  /** also add, per platform image, an 'unknown/unknown' attestation manifest as buildx does */
  attestation?: boolean;
  /** makes the children deterministic */
  seed?: string;
}

/** Pushes one image per platform (by digest), then an index of them under `tag`. */
export async function pushIndex(
  reg: TestRegistry,
  repo: string,
  tag: string,
  platforms: Platform[],
  options: PushIndexOptions = {},
): Promise<PushedIndex> {
  const format = options.format ?? 'oci';
  const children: PushedImage[] = [];
  for (const platform of platforms) {
    const name = `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}`;
    children.push(
      await pushImage(reg, repo, undefined, {
        format,
        platform,
        layers: options.layers,
        layerSize: options.layerSize,
        layerSizes: options.layerSizes,
        seed: options.seed === undefined ? undefined : `${options.seed}/${name}`,
      }),
    );
  }

  const attestations: PushedImage[] = [];
  if (options.attestation) {
    for (const child of children) {
      // What buildx pushes for provenance: an OCI manifest of in-toto statements about the child.
      const statement = {
        _type: 'https://in-toto.io/Statement/v0.1',
        predicateType: 'https://slsa.dev/provenance/v0.2',
        subject: [{ name: `pkg:docker/${repo}`, digest: { sha256: child.digest.slice(7) } }],
        predicate: {
          builder: { id: 'test-fixture' },
          buildType: 'https://mobyproject.org/buildkit@v1',
        },
      };
      const layer = await pushBlob(reg, repo, toJsonBytes(statement), MEDIA_TYPES.inToto);
      const config = await pushBlob(
        reg,
        repo,
        toJsonBytes({
          architecture: 'unknown',
          os: 'unknown',
          config: {},
          rootfs: { type: 'layers', diff_ids: [layer.digest] },
        }),
        MEDIA_TYPES.ociConfig,
      );
      attestations.push(
        await pushImageManifest(
          reg,
          repo,
          undefined,
          MEDIA_TYPES.ociManifest,
          config,
          [layer],
          { os: 'unknown', architecture: 'unknown' },
          { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
        ),
      );
    }
  }

  const platformOf = (platform: Platform) => ({
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
  });
  const mediaType = format === 'oci' ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.dockerList;
  const index = {
    schemaVersion: 2,
    mediaType,
    manifests: [
      ...children.map((child) => ({
        mediaType: child.mediaType,
        digest: child.digest,
        size: child.bytes.length,
        platform: platformOf(child.platform!),
      })),
      ...attestations.map((attestation, i) => ({
        mediaType: attestation.mediaType,
        digest: attestation.digest,
        size: attestation.bytes.length,
        annotations: {
          'vnd.docker.reference.digest': children[i].digest,
          'vnd.docker.reference.type': 'attestation-manifest',
        },
        platform: { architecture: 'unknown', os: 'unknown' },
      })),
    ],
  };
  const bytes = toJsonBytes(index);
  const digest = await pushManifest(reg, repo, tag, mediaType, bytes);
  return { digest, mediaType, bytes, children, attestations };
}

/** GETs a manifest accepting every image manifest and index type. */
export async function getManifest(
  reg: TestRegistry,
  repo: string,
  reference: string,
): Promise<{ status: number; digest?: string; mediaType?: string; bytes: Buffer }> {
  const response = await fetch(`${reg.url}/v2/${repo}/manifests/${reference}`, {
    headers: await headers(reg, repo, ['pull'], { accept: MANIFEST_ACCEPT }),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    digest: response.headers.get('docker-content-digest') ?? undefined,
    mediaType: response.headers.get('content-type') ?? undefined,
    bytes,
  };
}

export async function getBlob(
  reg: TestRegistry,
  repo: string,
  digest: string,
): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${reg.url}/v2/${repo}/blobs/${digest}`, {
    headers: await headers(reg, repo, ['pull']),
  });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The repository's tags, following pagination; [] if the repository does not exist. */
export async function listTags(reg: TestRegistry, repo: string): Promise<string[]> {
  const tags: string[] = [];
  let next: string | undefined = `${reg.url}/v2/${repo}/tags/list`;
  while (next) {
    const response = await fetch(next, { headers: await headers(reg, repo, ['pull']) });
    if (response.status === 404) {
      await response.arrayBuffer();
      return tags;
    }
    if (response.status !== 200) throw await failure(`listing tags of ${repo}`, response);
    const body = (await response.json()) as { tags?: string[] | null };
    tags.push(...(body.tags ?? []));
    const link = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.get('link') ?? '');
    next = link ? new URL(link[1], reg.url).toString() : undefined;
  }
  return tags;
}

/** Deletes a manifest by digest (the registry has deletes enabled). Returns the status. */
export async function deleteManifest(
  reg: TestRegistry,
  repo: string,
  digest: string,
): Promise<number> {
  const response = await fetch(`${reg.url}/v2/${repo}/manifests/${digest}`, {
    method: 'DELETE',
    headers: await headers(reg, repo, ['pull', 'push', 'delete']),
  });
  await response.arrayBuffer();
  return response.status;
}
