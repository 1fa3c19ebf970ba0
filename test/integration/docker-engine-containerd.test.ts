import { describe, expect, it } from '@jest/globals';
import { build } from '../../src/actions/build/index.js';
import { push } from '../../src/actions/push/index.js';
import { SUITE_SHA, useEngineSuite } from '../helpers/engine-suite.js';
import { getManifest } from '../helpers/images.js';
import { landedIndex } from '../helpers/landed.js';

// The docker path on an engine with the containerd image store (trixie's dockerd 26 on containerd
// 1.7, buildx 0.13): multi-platform images in the engine. The foreign platform's images are made
// FROM scratch with COPY alone, so no emulator is needed. `base` has two identities on one domain;
// `r2` is the password-protected default push target with a prefix; `r3` another registry.
const suite = useEngineSuite({ containerdStore: true });
const { step, context, expectNoSecret } = suite;
const SHA = SUITE_SHA;

const MULTI_DOCKERFILE =
  'FROM scratch\nARG TARGETARCH\nCOPY hello.txt /hello.txt\nLABEL arch=$TARGETARCH\n';
const TWO = 'linux/amd64,linux/arm64';

describe('build with docker buildx on an engine with the containerd image store', () => {
  it('pushes one platform: digest is what the registry holds, image_id its config digest, not the index buildx names', async () => {
    const dir = await context('single', MULTI_DOCKERFILE, { 'hello.txt': 'one\n' });
    const run = await step(build, { image_name: 'single', tag: 's1', working_directory: dir });
    expect(run.failed).toBeUndefined();
    // buildx pushes an index (the image and its provenance attestation) on this store.
    const index = await landedIndex(suite.r2, 'acme/single', 's1');
    expect(run.outputs.digest).toBe(index.digest);
    const image = index.platforms.amd64;
    expect(image.files.get('hello.txt')?.toString()).toBe('one\n');
    expect(run.outputs.image_id).toBe(image.configDigest);
    expect(run.outputs.image_id).not.toBe(index.digest);
    // buildx's metadata names the index's digest as the config digest on this store: not passed on.
    expect(JSON.parse(run.outputs.metadata)).toMatchObject({
      'containerimage.digest': index.digest,
      'containerimage.config.digest': image.configDigest,
    });
    expect(image.labels['org.opencontainers.image.revision']).toBe(SHA);
    expectNoSecret(run);
  });

  it('pushes two platforms during the build, with the labels on each', async () => {
    const dir = await context('multi', MULTI_DOCKERFILE, { 'hello.txt': 'hi\n' });
    const run = await step(build, {
      image_name: 'multi',
      tags: 'm1\nlatest',
      working_directory: dir,
      platform: TWO,
      labels: 'com.example.extra: multi',
    });
    expect(run.failed).toBeUndefined();
    const index = await landedIndex(suite.r2, 'acme/multi', 'm1');
    expect(run.outputs.digest).toBe(index.digest);
    expect((await getManifest(suite.r2, 'acme/multi', 'latest')).digest).toBe(index.digest);
    // Several platforms have no single image ID.
    expect(run.outputs.image_id).toBe('');
    // Both platforms, and buildx's provenance attestation (platform unknown) beside them.
    expect(Object.keys(index.platforms).sort()).toEqual(['amd64', 'arm64', 'unknown']);
    for (const arch of ['amd64', 'arm64']) {
      const image = index.platforms[arch];
      expect(image.labels).toMatchObject({ arch, 'com.example.extra': 'multi' });
      expect(image.files.get('hello.txt')?.toString()).toBe('hi\n');
    }
    expectNoSecret(run);
  });

  it('loads two platforms into the engine with disable_push (no build-cache warning), then the push action pushes both', async () => {
    const dir = await context('local-multi', MULTI_DOCKERFILE, { 'hello.txt': 'local\n' });
    const built = await step(build, {
      image_name: 'local-multi',
      tag: 'l1',
      working_directory: dir,
      platform: TWO,
      disable_push: 'true',
    });
    expect(built.failed).toBeUndefined();
    expect(built.logs.filter((l) => l.startsWith('warning:'))).toEqual([]);
    const inspected = await suite.engine.docker([
      'image',
      'inspect',
      '--format',
      '{{.Id}}',
      'local-multi:l1',
    ]);
    expect(inspected.trim()).toMatch(/^sha256:[0-9a-f]{64}$/);

    const pushed = await step(push, {
      candidate: built.outputs.image,
      registry: 'r3',
      image_name: 'team/multi',
      tag: 'v1',
    });
    expect(pushed.failed).toBeUndefined();
    const index = await landedIndex(suite.r3, 'team/multi', 'v1');
    expect(pushed.outputs.digest).toBe(index.digest);
    // The engine pushes the whole index: both platforms, and buildx's provenance beside them.
    expect(Object.keys(index.platforms).sort()).toEqual(['amd64', 'arm64', 'unknown']);
    for (const arch of ['amd64', 'arm64'])
      expect(index.platforms[arch].files.get('hello.txt')?.toString()).toBe('local\n');
    expectNoSecret(built);
    expectNoSecret(pushed);
  });

  it("builds two platforms pulling as a context's identity on the push domain: loads them, then pushes as the target's", async () => {
    // A two-platform base that only ctx-user may read (seeded by a build of its own).
    const seedDir = await context('files', MULTI_DOCKERFILE, { 'hello.txt': 'from the base\n' });
    const seeded = await step(build, {
      image_name: 'base/files',
      tag: '1',
      working_directory: seedDir,
      platform: TWO,
      registry: 'base-seed',
    });
    expect(seeded.failed).toBeUndefined();
    const dir = await context(
      'two-identities',
      `FROM ${suite.base.host}/base/files:1 AS files\nFROM scratch\nCOPY --from=files /hello.txt /from-suite.base.txt\n`,
    );
    const run = await step(build, {
      image_name: 'acme/two',
      tag: 't1',
      working_directory: dir,
      platform: TWO,
      registry: 'base-push',
      registry_contexts: 'base-staging',
    });
    expect(run.failed).toBeUndefined();
    const index = await landedIndex(suite.base, 'acme/two', 't1');
    expect(run.outputs.digest).toBe(index.digest);
    expect(Object.keys(index.platforms).sort()).toEqual(['amd64', 'arm64', 'unknown']);
    for (const arch of ['amd64', 'arm64'])
      expect(index.platforms[arch].files.get('from-suite.base.txt')?.toString()).toBe(
        'from the base\n',
      );
    expect(run.logs.some((l) => l.startsWith('[command]docker push'))).toBe(true);
    expectNoSecret(run);
  });

  it('passes provenance and annotations through: no attestation with provenance false, the annotations on manifest and index', async () => {
    const dir = await context('annotated', MULTI_DOCKERFILE, { 'hello.txt': 'annotated\n' });
    const run = await step(build, {
      image_name: 'annotated',
      tag: 'a1',
      working_directory: dir,
      platform: TWO,
      provenance: 'false',
      sbom: 'false',
      annotations:
        'manifest:org.opencontainers.image.vendor=Acme, Inc.\nindex:org.opencontainers.image.description=two, platforms',
    });
    expect(run.failed).toBeUndefined();
    const raw = await getManifest(suite.r2, 'acme/annotated', 'a1');
    const index = JSON.parse(raw.bytes.toString('utf8')) as {
      annotations?: Record<string, string>;
      manifests: { digest: string; platform: { architecture: string } }[];
    };
    expect(index.annotations).toMatchObject({
      'org.opencontainers.image.description': 'two, platforms',
    });
    // provenance: false: the platforms alone, no attestation manifests.
    expect(index.manifests.map((m) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    for (const entry of index.manifests) {
      const manifest = JSON.parse(
        (await getManifest(suite.r2, 'acme/annotated', entry.digest)).bytes.toString('utf8'),
      ) as { annotations?: Record<string, string> };
      expect(manifest.annotations).toMatchObject({
        'org.opencontainers.image.vendor': 'Acme, Inc.',
      });
    }
  });

  it("exports the build cache to a registry ref with mode=max, written with the registry's credentials", async () => {
    const dir = await context('registry-cache', MULTI_DOCKERFILE, { 'hello.txt': 'cache me\n' });
    const cacheRef = `${suite.r3.host}/team/cache:app`;
    const run = await step(build, {
      image_name: 'cached',
      tag: 'c1',
      working_directory: dir,
      cache_to: `type=registry,ref=${cacheRef},mode=max`,
      cache_from: `type=registry,ref=${cacheRef}`,
    });
    expect(run.failed).toBeUndefined();
    const cache = await getManifest(suite.r3, 'team/cache', 'app');
    expect(cache.status).toBe(200);
    // A BuildKit cache manifest: its config is the cache config, not an image's.
    const manifest = JSON.parse(cache.bytes.toString('utf8')) as {
      manifests?: { mediaType: string }[];
      config?: { mediaType: string };
    };
    expect(JSON.stringify(manifest)).toContain('application/vnd.buildkit.cacheconfig.v0');
    expectNoSecret(run);
  });

  it('refuses a cache_to ref on a registry the registries file does not declare, before anything runs', async () => {
    const dir = await context('unknown-cache', MULTI_DOCKERFILE, { 'hello.txt': 'x\n' });
    const run = await step(build, {
      image_name: 'nocache',
      tag: 'n1',
      working_directory: dir,
      cache_to: 'type=registry,ref=127.0.0.2:5999/cache/x:1',
    });
    expect(run.failed).toBe(
      'Input cache_to: 127.0.0.2:5999/cache/x:1 is on 127.0.0.2:5999, which no registry of the registries file (nor the Docker config) declares; declare it there so the cache is written with its credentials',
    );
    expect(run.logs.some((l) => l.startsWith('[command]'))).toBe(false);
    expect((await getManifest(suite.r2, 'acme/nocache', 'n1')).status).toBe(404);
  });
});
