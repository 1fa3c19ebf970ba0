import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { load } from '../../src/actions/load/index.js';
import { save } from '../../src/actions/save/index.js';
import { promote } from '../../src/actions/promote/index.js';
import { startDockerEngine, type DockerEngine } from '../helpers/docker-engine.js';
import { getManifest } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { supplyChain, type SupplyChain } from '../helpers/signing.js';
import { makeTar } from '../helpers/tar.js';
import { makeTempDir, removeTempDir, run } from '../helpers/util.js';
import { mkdir, writeFile } from 'node:fs/promises';

// The real `docker save` and `docker load` of both engines the tests start: bookworm's 20.10
// (legacy `<id>/layer.tar` archives, no manifest) and trixie's 26 with the containerd image store
// (an OCI layout with the registry's manifests). Images are made with `docker import` of a tar
// made here: no builder, nothing from the internet.

describe.each([
  ['bookworm 20.10', false],
  ['trixie 26, containerd store', true],
])('docker save and docker load on %s', (_name, containerdStore) => {
  let engine: DockerEngine;
  let registry: TestRegistry;
  let dir: string;
  let tools: SupplyChain;

  beforeAll(async () => {
    [engine, registry, dir, tools] = await Promise.all([
      startDockerEngine({ containerdStore }),
      startRegistry(),
      makeTempDir('archives-docker-'),
      supplyChain(),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([
      engine?.stop(),
      registry?.stop(),
      dir && removeTempDir(dir),
      tools?.remove(),
    ]);
  });

  const registries = () =>
    `registries:\n  - name: dst\n    domain: ${registry.host}\n    default: true\n`;
  const imageId = async (ref: string) =>
    (await engine.docker(['image', 'inspect', '--format', '{{.Id}}', ref])).trim();

  /** An image in the engine: one layer, imported from a tar made here. */
  async function makeImage(name: string, text: string): Promise<string> {
    const rootfs = path.join(dir, `${name.replace(/\W/g, '-')}.tar`);
    await writeFile(rootfs, await makeTar([{ name: 'hello.txt', body: text }]));
    await engine.docker(['import', '--change', 'LABEL made=archives-test', rootfs, name]);
    return imageId(name);
  }

  it('docker save → load → docker pull: the same image ID', async () => {
    const id = await makeImage('acme/hello:v1', `hello from ${_name}\n`);
    const archive = path.join(dir, 'saved.tar');
    await engine.docker(['save', '-o', archive, 'acme/hello:v1']);
    // 20.10 writes the legacy layout (no manifest: one is made for the registry), 26 an OCI one.
    const listing = await run('tar', ['-tf', archive]);
    expect(listing).toMatch(containerdStore ? /^index\.json$/m : /^[0-9a-f]{64}\/layer\.tar$/m);
    expect(listing.includes('index.json')).toBe(containerdStore);

    const loaded = await runWith(load, { archive, registries: registries() });
    expect(loaded.failed).toBeUndefined();
    expect(loaded.outputs.images).toBe(`${registry.host}/acme/hello:v1`);

    await engine.docker(['image', 'rm', 'acme/hello:v1']);
    await engine.docker(['pull', `${registry.host}/acme/hello:v1`]);
    expect(await imageId(`${registry.host}/acme/hello:v1`)).toBe(id);
  });

  it('save (oci) → docker load: the image and its name, as the registry has it', async () => {
    await makeImage(`${registry.host}/acme/pushed:v2`, 'pushed\n');
    await engine.docker(['push', `${registry.host}/acme/pushed:v2`]);
    const digest = (await getManifest(registry, 'acme/pushed', 'v2')).digest;
    await engine.docker(['image', 'rm', `${registry.host}/acme/pushed:v2`]);

    const archive = path.join(dir, 'from-registry.tar');
    const saved = await runWith(save, {
      images: `${registry.host}/acme/pushed:v2`,
      archive,
      registries: registries(),
    });
    expect(saved.failed).toBeUndefined();
    expect(JSON.parse(saved.outputs.digests)).toEqual({
      [`${registry.host}/acme/pushed:v2`]: digest,
    });
    const out = await engine.docker(['load', '-i', archive]);
    expect(out).toContain(`${registry.host}/acme/pushed:v2`);
    const manifest = JSON.parse(
      (await getManifest(registry, 'acme/pushed', 'v2')).bytes.toString(),
    );
    const id = await imageId(`${registry.host}/acme/pushed:v2`);
    // The graph driver store names an image by its config, the containerd store by its manifest.
    expect(id).toBe(containerdStore ? digest : manifest.config.digest);
  });

  it('save (oci) of a signed image with an SBOM → docker load: 20.10 reads it whole, the containerd store only without referrers', async () => {
    await makeImage(`${registry.host}/acme/signed:v4`, 'signed\n');
    await engine.docker(['push', `${registry.host}/acme/signed:v4`]);
    const digest = (await getManifest(registry, 'acme/signed', 'v4')).digest;
    await tools.sign(`${registry.host}/acme/signed@${digest}`);
    await tools.attach(`${registry.host}/acme/signed@${digest}`, 'application/spdx+json', '{}');
    await engine.docker(['image', 'rm', `${registry.host}/acme/signed:v4`]);
    const archive = path.join(dir, 'signed.tar');
    const saved = await runWith(save, {
      images: `${registry.host}/acme/signed:v4`,
      archive,
      registries: registries(),
    });
    expect(saved.failed).toBeUndefined();
    expect(JSON.parse(saved.outputs.contents).images[0].referrers).toHaveLength(2);
    if (containerdStore) {
      // Docker 26's containerd store makes an image of every index.json entry and unpacks it:
      // an artifact (an SBOM, its config the empty descriptor) is no image, and fails the load.
      // Without referrers, the same image loads.
      await expect(engine.docker(['load', '-i', archive])).rejects.toThrow(
        /mismatched image rootfs and manifest layers/,
      );
      const plain = await runWith(save, {
        images: `${registry.host}/acme/signed:v4`,
        archive,
        referrers: 'false',
        registries: registries(),
      });
      expect(plain.failed).toBeUndefined();
    }
    await engine.docker(['load', '-i', archive]);
    const manifest = JSON.parse(
      (await getManifest(registry, 'acme/signed', 'v4')).bytes.toString(),
    );
    expect(await imageId(`${registry.host}/acme/signed:v4`)).toBe(
      containerdStore ? digest : manifest.config.digest,
    );
  });

  it('save (docker format) → docker load: the image ID is its config digest', async () => {
    await makeImage(`${registry.host}/acme/plain:v3`, 'plain\n');
    await engine.docker(['push', `${registry.host}/acme/plain:v3`]);
    const manifest = JSON.parse((await getManifest(registry, 'acme/plain', 'v3')).bytes.toString());
    await engine.docker(['image', 'rm', `${registry.host}/acme/plain:v3`]);
    const archive = path.join(dir, 'plain-docker.tar');
    const saved = await runWith(save, {
      images: `${registry.host}/acme/plain:v3`,
      archive,
      format: 'docker',
      registries: registries(),
    });
    expect(saved.failed).toBeUndefined();
    const listing = await run('tar', ['-tf', archive]);
    expect(listing).not.toMatch(/^index\.json$/m);
    await engine.docker(['load', '-i', archive]);
    const id = await imageId(`${registry.host}/acme/plain:v3`);
    if (!containerdStore) expect(id).toBe(manifest.config.digest);
    else expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  // Only the containerd store exports type=oci with buildx's docker driver: 20.10 has no such test.
  if (containerdStore)
    it('buildx outputs (type=oci, type=docker) are candidates and load as they are', async () => {
      const context = path.join(dir, 'ctx');
      await mkdir(context, { recursive: true });
      await writeFile(
        path.join(context, 'Dockerfile'),
        'FROM scratch\nCOPY hello.txt /hello.txt\n',
      );
      await writeFile(path.join(context, 'hello.txt'), 'built\n');
      const ociTar = path.join(dir, 'buildx-oci.tar');
      await engine.docker([
        'buildx',
        'build',
        '--provenance=false',
        '--output',
        `type=oci,dest=${ociTar}`,
        '-t',
        'acme/built:b1',
        context,
      ]);
      const promoted = await runWith(promote, {
        candidate: `oci-archive:${ociTar}`,
        registry: 'dst',
        tags: 'b1',
        image_name: 'acme/built',
        registries: registries(),
      });
      expect(promoted.failed).toBeUndefined();
      const index = JSON.parse(await run('tar', ['-xOf', ociTar, 'index.json']));
      expect(promoted.outputs.digest).toBe(index.manifests[0].digest);
      expect((await getManifest(registry, 'acme/built', 'b1')).digest).toBe(
        index.manifests[0].digest,
      );

      const dockerTar = path.join(dir, 'buildx-docker.tar');
      await engine.docker([
        'buildx',
        'build',
        '--provenance=false',
        '--output',
        `type=docker,dest=${dockerTar}`,
        '-t',
        'acme/built-docker:b2',
        context,
      ]);
      const loaded = await runWith(load, { archive: dockerTar, registries: registries() });
      expect(loaded.failed).toBeUndefined();
      expect(loaded.outputs.images).toBe(`${registry.host}/acme/built-docker:b2`);
      // buildx's docker output is an OCI layout too: the registry gets the manifest it holds.
      const layout = JSON.parse(await run('tar', ['-xOf', dockerTar, 'index.json']));
      expect((await getManifest(registry, 'acme/built-docker', 'b2')).digest).toBe(
        layout.manifests[0].digest,
      );
    });
});
