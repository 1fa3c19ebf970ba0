import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { save } from '../../src/actions/save/index.js';
import { load } from '../../src/actions/load/index.js';
import { promote } from '../../src/actions/promote/index.js';
import { push } from '../../src/actions/push/index.js';
import { reportImageInfo } from '../../src/actions/report-image-info/index.js';
import { getManifest, pushImage, pushIndex } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { supplyChain, type SupplyChain } from '../helpers/signing.js';
import { makeTempDir, removeTempDir, run } from '../helpers/util.js';
import { trixieTool } from '../helpers/tools.js';

// Registry → save → archive → load → registry, with the real tools reading what is in between:
// skopeo 1.9 (oci-archive:, docker-archive:), oras (--oci-layout), cosign (verify after load).

const SPDX = 'application/spdx+json';
let src: TestRegistry;
let dst: TestRegistry;
let tools: SupplyChain;
let dir: string;

beforeAll(async () => {
  [src, dst, tools, dir] = await Promise.all([
    startRegistry(),
    startRegistry(),
    supplyChain(),
    makeTempDir('archives-'),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([src?.stop(), dst?.stop(), tools?.remove(), dir && removeTempDir(dir)]);
});

function registries(defaultName?: string): string {
  return [
    'registries:',
    `  - name: src`,
    `    domain: ${src.host}`,
    `  - name: dst`,
    `    domain: ${dst.host}`,
    ...(defaultName ? [`    default: true`] : []),
  ].join('\n');
}

const skopeo = (...args: string[]) => run('skopeo', ['--insecure-policy', ...args]);

describe('save and load', () => {
  it('an index and a signed image travel with their signatures and SBOMs: every digest equal, cosign verify passes after load', async () => {
    const index = await pushIndex(src, 'team/app', '1.0', [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
    ]);
    const api = await pushImage(src, 'team/api', '2.0', { layers: 2, seed: 'api' });
    await tools.sign(`${src.host}/team/api@${api.digest}`);
    const sbom = await tools.attach(
      `${src.host}/team/app@${index.digest}`,
      SPDX,
      '{"spdxVersion":"SPDX-2.3"}',
    );

    const archive = path.join(dir, 'release.tar');
    const saved = await runWith(save, {
      images: `${src.host}/team/app:1.0\n${src.host}/team/api:2.0`,
      archive,
      registries: registries(),
    });
    expect(saved.failed).toBeUndefined();
    expect(JSON.parse(saved.outputs.digests)).toEqual({
      [`${src.host}/team/app:1.0`]: index.digest,
      [`${src.host}/team/api:2.0`]: api.digest,
    });
    const contents = JSON.parse(saved.outputs.contents);
    expect(contents.images[0].platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(contents.images[0].referrers).toEqual([{ digest: sbom, artifact_type: SPDX }]);
    expect(contents.images[1].referrers).toHaveLength(1);

    // skopeo reads the OCI way (ref name), and the docker way (manifest.json).
    const inspected = JSON.parse(
      await skopeo('inspect', '--raw', `oci-archive:${archive}:${src.host}/team/api:2.0`),
    );
    expect(inspected.config.digest).toBe(api.config.digest);
    const viaDocker = JSON.parse(
      await skopeo('inspect', `docker-archive:${archive}:${src.host}/team/api:2.0`),
    );
    expect(viaDocker.Layers).toEqual(api.layers.map((l) => l.digest));

    const loaded = await runWith(load, { archive, registry: 'dst', registries: registries() });
    expect(loaded.failed).toBeUndefined();
    expect(loaded.outputs.images.split('\n').sort()).toEqual([
      `${dst.host}/team/api:2.0`,
      `${dst.host}/team/app:1.0`,
    ]);
    expect((await getManifest(dst, 'team/app', '1.0')).digest).toBe(index.digest);
    expect((await getManifest(dst, 'team/api', '2.0')).digest).toBe(api.digest);
    await expect(tools.verify(`${dst.host}/team/api:2.0`)).resolves.toHaveLength(1);
    expect(await tools.discover(`${dst.host}/team/app@${index.digest}`)).toEqual([
      { artifactType: SPDX, digest: sbom },
    ]);
  });

  it('oras finds the referrers inside the OCI layout folder', async () => {
    const image = await pushImage(src, 'team/web', '3.0', { seed: 'web' });
    const sbom = await tools.attach(
      `${src.host}/team/web@${image.digest}`,
      SPDX,
      '{"spdxVersion":"SPDX-2.3","name":"web"}',
    );
    const layout = path.join(dir, 'web-layout');
    const saved = await runWith(save, {
      images: `${src.host}/team/web:3.0`,
      archive: layout,
      format: 'oci-dir',
      registries: registries(),
    });
    expect(saved.failed).toBeUndefined();
    const out = await run(trixieTool('oras'), [
      'discover',
      '--no-tty',
      '--format',
      'json',
      '--oci-layout',
      `${layout}@${image.digest}`,
    ]);
    const parsed = JSON.parse(out) as {
      manifests?: { digest: string; artifactType: string }[];
      referrers?: { digest: string; artifactType: string }[];
    };
    expect((parsed.manifests ?? parsed.referrers ?? []).map((m) => m.digest)).toEqual([sbom]);
  });

  it('reads what skopeo wrote (oci-archive: and docker-archive:, gzipped too) and loads it unchanged', async () => {
    const image = await pushImage(src, 'team/worker', '4.0', { layers: 2, seed: 'worker' });
    const ociTar = path.join(dir, 'skopeo-oci.tar');
    const dockerTar = path.join(dir, 'skopeo-docker.tar');
    await skopeo(
      'copy',
      '--preserve-digests',
      '--src-tls-verify=false',
      `docker://${src.host}/team/worker:4.0`,
      `oci-archive:${ociTar}:worker:4.0`,
    );
    await skopeo(
      'copy',
      '--src-tls-verify=false',
      `docker://${src.host}/team/worker:4.0`,
      `docker-archive:${dockerTar}:team/worker:4.0`,
    );
    const gz = path.join(dir, 'skopeo-docker.tar.gz');
    await run('sh', ['-c', 'gzip -c "$0" > "$1"', dockerTar, gz]);

    const fromOci = await runWith(load, {
      archive: ociTar,
      registry: 'dst',
      registries: registries(),
    });
    expect(fromOci.failed).toBeUndefined();
    expect(fromOci.outputs.images).toBe(`${dst.host}/worker:4.0`);
    expect((await getManifest(dst, 'worker', '4.0')).digest).toBe(image.digest);

    const fromDocker = await runWith(load, {
      archive: gz,
      registry: 'dst',
      image_name: 'team/worker-docker',
      registries: registries(),
    });
    expect(fromDocker.failed).toBeUndefined();
    const landed = JSON.parse(
      (await getManifest(dst, 'team/worker-docker', '4.0')).bytes.toString(),
    );
    // skopeo's docker-archive keeps the config: the image ID is the same.
    expect(landed.config.digest).toBe(image.config.digest);
  });

  it('an archive is a candidate: promote, push and report-image-info take oci-archive:, oci: and docker-archive:', async () => {
    const image = await pushImage(src, 'team/cand', '5.0', { layers: 2, seed: 'cand' });
    await tools.sign(`${src.host}/team/cand@${image.digest}`);
    const other = await pushImage(src, 'team/other', '1.0', { seed: 'other' });
    const archive = path.join(dir, 'candidates.tar.gz');
    const saved = await runWith(save, {
      images: `${src.host}/team/cand:5.0, ${src.host}/team/other:1.0`,
      archive,
      registries: registries(),
    });
    expect(saved.failed).toBeUndefined();

    // Two images: without REF the archive is ambiguous, and the error lists them.
    const ambiguous = await runWith(promote, {
      candidate: `oci-archive:${archive}`,
      registry: 'dst',
      tags: 'x',
      registries: registries(),
    });
    expect(ambiguous.failed).toBe(
      `archive ${archive}: holds 2 images; name one of them: ${src.host}/team/cand:5.0, ${src.host}/team/other:1.0`,
    );

    const promoted = await runWith(promote, {
      candidate: `oci-archive:${archive}:${src.host}/team/cand:5.0`,
      registry: 'dst',
      image_name: 'released/cand',
      tags: '5.0',
      registries: registries(),
    });
    expect(promoted.failed).toBeUndefined();
    expect(promoted.outputs.digest).toBe(image.digest);
    expect(promoted.outputs.image).toBe(`${dst.host}/released/cand:5.0`);
    // Its signature came along from the archive.
    await expect(tools.verify(`${dst.host}/released/cand:5.0`)).resolves.toHaveLength(1);

    const layout = path.join(dir, 'other-layout');
    await runWith(save, {
      images: `${src.host}/team/other:1.0`,
      archive: layout,
      format: 'oci-dir',
      registries: registries(),
    });
    const pushed = await runWith(push, {
      candidate: `oci:${layout}`,
      registry: 'dst',
      tags: 'from-layout',
      registries: registries(),
    });
    expect(pushed.failed).toBeUndefined();
    expect(pushed.outputs.image).toBe(`${dst.host}/team/other:from-layout`);
    expect(pushed.outputs.digest).toBe(other.digest);

    const dockerTar = path.join(dir, 'cand-docker.tar');
    await runWith(save, {
      images: `${src.host}/team/cand:5.0`,
      archive: dockerTar,
      format: 'docker',
      registries: registries(),
    });
    const reported = await runWith(reportImageInfo, {
      image: `docker-archive:${dockerTar}:${src.host}/team/cand:5.0`,
      registries: registries(),
    });
    expect(reported.failed).toBeUndefined();
    // The image ID (its config) is what the registry's image has.
    expect(reported.outputs.image_id).toBe(image.config.digest);
    const report = JSON.parse(reported.outputs.report);
    expect(report.image.repository).toBe('team/cand');
    expect(report.image.tags).toEqual(['5.0']);
  });

  it('load with overwrite false refuses a tag that points elsewhere, before any image moves', async () => {
    const first = await pushImage(src, 'team/pinned', '1.0', { seed: 'pinned-1' });
    const second = await pushImage(src, 'team/pinned', '2.0', { seed: 'pinned-2' });
    const archive = path.join(dir, 'pinned.tar');
    const saved = await runWith(save, {
      images: `${src.host}/team/pinned:2.0`,
      archive,
      registries: registries(),
    });
    expect(saved.failed).toBeUndefined();
    // The registry already has another image under the tag the archive's image would take.
    const occupied = await runWith(load, {
      archive,
      registry: 'dst',
      tags: 'stable',
      registries: registries(),
    });
    expect(occupied.failed).toBeUndefined();
    const other = path.join(dir, 'pinned-first.tar');
    await runWith(save, {
      images: `${src.host}/team/pinned:1.0`,
      archive: other,
      registries: registries(),
    });
    const refused = await runWith(load, {
      archive: other,
      registry: 'dst',
      tags: 'stable',
      overwrite: 'false',
      registries: registries(),
    });
    expect(refused.failed).toBe(
      `dst: team/pinned: overwrite is false and stable points to ${second.digest}, not to ${first.digest}; nothing was written`,
    );
    expect((await getManifest(dst, 'team/pinned', 'stable')).digest).toBe(second.digest);
  });

  it('a hostile archive fails with one line, and nothing lands in the registry', async () => {
    const bad = path.join(dir, 'bad.tar');
    await run('sh', [
      '-c',
      'cd "$0" && printf x > evil && tar --absolute-names -cf "$1" /etc/hostname',
      dir,
      bad,
    ]);
    const loaded = await runWith(load, { archive: bad, registry: 'dst', registries: registries() });
    expect(loaded.failed).toMatch(
      /^archive .*bad\.tar: entry "\/etc\/hostname" has an absolute path; nothing was written$/,
    );
    expect((await stat(bad)).size).toBeGreaterThan(0);

    // A blob whose bytes were changed after save: refused before the first byte is pushed.
    await pushImage(src, 'team/tampered', '1.0', { seed: 'tampered' });
    const layout = path.join(dir, 'tampered-layout');
    await runWith(save, {
      images: `${src.host}/team/tampered:1.0`,
      archive: layout,
      format: 'oci-dir',
      registries: registries(),
    });
    const index = JSON.parse(await readFile(path.join(layout, 'index.json'), 'utf8'));
    const manifest = JSON.parse(
      await readFile(
        path.join(layout, 'blobs', index.manifests[0].digest.replace(':', '/')),
        'utf8',
      ),
    );
    const layer = path.join(layout, 'blobs', manifest.layers[0].digest.replace(':', '/'));
    await writeFile(layer, Buffer.alloc(manifest.layers[0].size, 1));
    const tampered = await runWith(load, {
      archive: layout,
      registry: 'dst',
      registries: registries(),
    });
    expect(tampered.failed).toMatch(
      new RegExp(
        `^archive .*tampered-layout: entry blobs/sha256/[0-9a-f]{64} holds bytes of sha256:[0-9a-f]{64}, not of ${manifest.layers[0].digest}; nothing was written$`,
      ),
    );
    const catalog = await (await fetch(`${dst.url}/v2/_catalog`)).json();
    expect((catalog as { repositories: string[] }).repositories).not.toContain('team/tampered');
  });
});
