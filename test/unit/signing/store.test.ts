import { describe, expect, it } from '@jest/globals';
import { addToCosignTag, putBundleReferrer } from '../../../src/signing/store.js';
import { MemoryStore } from '../../helpers/memory-store.js';

const layer = (signature: string) => ({
  mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
  bytes: Buffer.from('{"critical":{}}'),
  annotations: { 'dev.cosignproject.cosign/signature': signature },
});

const layersOf = (store: MemoryStore, tag: string) =>
  (JSON.parse(store.manifests.get(tag)!.bytes.toString()) as { layers: { annotations: object }[] })
    .layers;

describe('addToCosignTag', () => {
  it("keeps the tag's signatures: another key's over the same payload is a layer of its own; the same one is not added twice", async () => {
    const store = new MemoryStore();
    const image = store.image('content', 'v1');
    const tag = await addToCosignTag(store, image.digest, 'sig', layer('key-a'));
    expect(tag).toBe(`sha256-${image.digest.slice(7)}.sig`);
    await addToCosignTag(store, image.digest, 'sig', layer('key-b'));
    expect(layersOf(store, tag).map((l) => l.annotations)).toEqual([
      { 'dev.cosignproject.cosign/signature': 'key-a' },
      { 'dev.cosignproject.cosign/signature': 'key-b' },
    ]);
    const writes = store.writes.length;
    await addToCosignTag(store, image.digest, 'sig', layer('key-a'));
    expect(store.writes.length).toBe(writes);
    // The config lists every layer, as cosign's does.
    const manifest = JSON.parse(store.manifests.get(tag)!.bytes.toString());
    const config = JSON.parse(store.blobs.get(manifest.config.digest)!.toString());
    expect(config.rootfs.diff_ids).toHaveLength(2);
  });
});

describe('putBundleReferrer', () => {
  it('without a referrers API, the sha256-<hex> tag index lists it beside what it listed', async () => {
    const store = new MemoryStore();
    const image = store.image('content', 'v1');
    const other = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${'0'.repeat(64)}`,
      size: 1,
    };
    store.manifest(
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [other],
      },
      'application/vnd.oci.image.index.v1+json',
      `sha256-${image.digest.slice(7)}`,
    );
    const digest = await putBundleReferrer(store, image, Buffer.from('{"bundle":1}'), { a: 'b' });
    const index = JSON.parse(
      store.manifests.get(`sha256-${image.digest.slice(7)}`)!.bytes.toString(),
    );
    expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([
      other.digest,
      digest,
    ]);
    expect(index.manifests[1].artifactType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    const manifest = JSON.parse(store.manifests.get(digest)!.bytes.toString());
    expect(manifest.subject.digest).toBe(image.digest);
    expect(manifest.config.mediaType).toBe('application/vnd.oci.empty.v1+json');
  });
});
