import { describe, expect, it } from '@jest/globals';
import { copyImage } from '../../../src/images/copy.js';
import { MemoryStore, OCI_INDEX, OCI_MANIFEST } from '../../helpers/memory-store.js';

/** An index of two platforms that share their config's base layer. */
function twoPlatforms(source: MemoryStore) {
  const shared = source.blob('base layer');
  const children = ['amd64', 'arm64'].map((architecture) => {
    const config = source.blob(
      JSON.stringify({ architecture, os: 'linux' }),
      'application/vnd.oci.image.config.v1+json',
    );
    const own = source.blob(`${architecture} layer`);
    const m = source.manifest({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config,
      layers: [shared, own],
    });
    return {
      mediaType: OCI_MANIFEST,
      digest: m.digest,
      size: m.size,
      platform: { os: 'linux', architecture },
    };
  });
  return source.manifest(
    { schemaVersion: 2, mediaType: OCI_INDEX, manifests: children },
    OCI_INDEX,
    'v1',
  );
}

describe('copyImage against stores in memory', () => {
  it('copies every blob once, children before the index, and the tags last', async () => {
    const source = new MemoryStore('acme/app', 'source');
    const target = new MemoryStore('mirror/app', 'target');
    const root = twoPlatforms(source);
    const result = await copyImage(source, root, target, ['1.0', 'latest'], { referrers: false });
    expect(result.digest).toBe(root.digest);
    expect(result.stats.blobs).toEqual({ skipped: 0, mounted: 0, copied: 5 });
    const blobWrites = target.writes.filter((w) => w.startsWith('blob'));
    expect(new Set(blobWrites).size).toBe(blobWrites.length);
    const lastTwo = target.writes.slice(-2).sort();
    expect(lastTwo).toEqual(['manifest 1.0', 'manifest latest']);
    expect((await target.getManifest('latest')).bytes.equals(root.bytes)).toBe(true);
    expect(
      result.plan.manifests
        .filter((m) => m.action === 'write')
        .map((m) => m.platform)
        .sort(),
    ).toEqual(['linux/amd64', 'linux/arm64', undefined]);
  });

  it('a second run writes nothing and plans every step as a skip', async () => {
    const source = new MemoryStore();
    const target = new MemoryStore('mirror/app');
    const root = twoPlatforms(source);
    await copyImage(source, root, target, ['1.0'], { referrers: false });
    const before = target.writes.length;
    const again = await copyImage(source, root, target, ['1.0'], { referrers: false });
    expect(target.writes.length).toBe(before);
    expect(again.plan.tags).toEqual([{ tag: '1.0', action: 'skip' }]);
    expect(again.stats.manifests).toBe(0);
  });

  it('a dry run plans what the real run then does, and writes nothing', async () => {
    const source = new MemoryStore();
    const target = new MemoryStore('mirror/app');
    const root = twoPlatforms(source);
    const dry = await copyImage(source, root, target, ['1.0'], { referrers: false, dryRun: true });
    expect(target.writes).toEqual([]);
    expect(dry.stats).toMatchObject({ manifests: 0, bytes_copied: 0, blobs: { copied: 0 } });
    const real = await copyImage(source, root, target, ['1.0'], { referrers: false });
    const shape = (p: typeof dry.plan) => ({
      tags: p.tags,
      blobs: p.blobs.map((b) => `${b.digest} ${b.action}`).sort(),
      manifests: p.manifests.map((m) => `${m.digest} ${m.action}`).sort(),
    });
    expect(shape(dry.plan)).toEqual(shape(real.plan));
    expect(real.stats.blobs.copied).toBe(5);
  });

  it('overwrite false refuses a tag that points elsewhere before any write', async () => {
    const source = new MemoryStore();
    const target = new MemoryStore('mirror/app');
    const root = source.image('new', 'v1');
    target.image('old', '1.0');
    await expect(
      copyImage(source, root, target, ['1.0'], { referrers: false, overwrite: false }),
    ).rejects.toThrow(/overwrite is false and 1\.0 points to sha256:[0-9a-f]{64}, not to/);
    expect(target.writes).toEqual([]);
  });

  it('a blob whose bytes do not match its digest fails the copy and writes no tag', async () => {
    const source = new MemoryStore();
    const target = new MemoryStore('mirror/app');
    const root = source.image('layer', 'v1');
    const layer = JSON.parse(root.bytes.toString()).layers[0].digest as string;
    source.blobs.set(layer, Buffer.from('tampered'));
    await expect(copyImage(source, root, target, ['1.0'], { referrers: false })).rejects.toThrow(
      layer,
    );
    expect(target.writes.filter((w) => w.startsWith('manifest'))).toEqual([]);
  });
});
