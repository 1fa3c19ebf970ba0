import { expect } from '@jest/globals';
import { layerFiles } from './buildah.js';
import { getBlob, getManifest } from './images.js';
import type { MemoryIO } from './io.js';
import type { TestRegistry } from './registry.js';

/** What a build step left in a registry, read back as a client would, and what it showed. */

/** The files of every layer of a pushed image, and its config. */
export async function landed(reg: TestRegistry, repo: string, tag: string) {
  const manifest = await getManifest(reg, repo, tag);
  expect(manifest.status).toBe(200);
  const parsed = JSON.parse(manifest.bytes.toString('utf8')) as {
    config: { digest: string };
    layers: { digest: string }[];
  };
  const config = JSON.parse(
    (await getBlob(reg, repo, parsed.config.digest)).bytes.toString('utf8'),
  ) as {
    config: { Labels?: Record<string, string> };
  };
  const files = new Map<string, Buffer>();
  for (const layer of parsed.layers) {
    for (const [name, data] of layerFiles((await getBlob(reg, repo, layer.digest)).bytes))
      files.set(name, data);
  }
  return {
    digest: manifest.digest,
    configDigest: parsed.config.digest,
    labels: config.config.Labels ?? {},
    files,
  };
}

/** The platforms of a pushed index, by architecture: their labels and files. */
export async function landedIndex(reg: TestRegistry, repo: string, tag: string) {
  const index = await getManifest(reg, repo, tag);
  expect(index.status).toBe(200);
  const { manifests } = JSON.parse(index.bytes.toString('utf8')) as {
    manifests: { digest: string; platform: { architecture: string } }[];
  };
  const platforms: Record<string, Awaited<ReturnType<typeof landed>>> = {};
  for (const entry of manifests)
    platforms[entry.platform.architecture] = await landed(reg, repo, entry.digest);
  return { digest: index.digest, entries: manifests.length, platforms };
}

/** Everything a step printed or set, where no secret may appear. */
export function visible(run: MemoryIO): string {
  return [
    ...run.logs,
    run.failed ?? '',
    JSON.stringify(run.outputs),
    JSON.stringify(run.summaries),
  ].join('\n');
}
