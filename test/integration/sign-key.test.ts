import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promote } from '../../src/actions/promote/index.js';
import { getManifest, listTags, pushImage, pushIndex } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { cosignTool, type CosignTool } from '../helpers/cosign.js';

// sign: key and attest: true, checked on the target by the real cosign 2.5 with the public key of
// the pair it generated: what a deploy gate runs. No transparency log: key signatures are not
// logged, so the verifier passes --insecure-ignore-tlog.

const PREDICATE = 'https://image-actions.dev/promotion/v1';
const NO_TLOG = ['--insecure-ignore-tlog'];
let src: TestRegistry;
let dst: TestRegistry;
let cosign: CosignTool;
let key: { privateKey: string; publicKey: string };
let other: { privateKey: string; publicKey: string };

beforeAll(async () => {
  [src, dst, cosign] = await Promise.all([startRegistry(), startRegistry(), cosignTool()]);
  key = await cosign.keyPair('release', 'release-key-password');
  other = await cosign.keyPair('other', 'other-key-password');
}, 60_000);

afterAll(async () => {
  await Promise.all([src?.stop(), dst?.stop(), cosign?.remove()]);
});

const registries = () =>
  `registries:\n  - name: src\n    domain: ${src.host}\n  - name: dst\n    domain: ${dst.host}\n`;

const github = {
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTOR: 'octocat',
};

type Row = string[];
const signedRows = (summaries: { tables?: { header: string[]; rows: Row[] }[] }[]) =>
  summaries[0].tables?.find((t) => t.header[0] === 'Signed')?.rows ?? [];

describe('promote with sign: key', () => {
  it('signs the index and each platform image, attests the promotion; cosign verify and verify-attestation pass on the target; a re-run adds nothing', async () => {
    const index = await pushIndex(
      src,
      'team/app',
      '1.0',
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' },
      ],
      { seed: 'sign-key', attestation: true },
    );
    const inputs = {
      candidate: `${src.host}/team/app:1.0`,
      registry: 'dst',
      tags: '1.0',
      sign: 'key',
      attest: 'true',
      registries: registries(),
    };
    const env = {
      ...github,
      COSIGN_PRIVATE_KEY: key.privateKey,
      COSIGN_PASSWORD: 'release-key-password',
    };
    const first = await runWith(promote, inputs, env);
    expect(first.failed).toBeUndefined();
    expect(first.outputs.digest).toBe(index.digest);

    const rows = signedRows(first.summaries);
    const children = index.children.map((c) => c.digest);
    expect(rows.map((r) => [r[0], r[1].split('@')[1], r[3], r[4]])).toEqual([
      ['signature', index.digest, 'written', 'yes'],
      ['attestation', index.digest, 'written', 'yes'],
      ...children.map((d) => ['signature', d, 'written', 'yes']),
    ]);
    expect(rows[0][2]).toBe(`sha256-${index.digest.slice(7)}.sig`);
    expect(rows[1][2]).toBe(`sha256-${index.digest.slice(7)}.att`);
    const facts = Object.fromEntries(first.summaries[0].facts ?? []);
    expect(facts['Signed by']).toMatch(/^the key in COSIGN_PRIVATE_KEY \(ECDSA P-256, SHA256:/);
    expect(JSON.stringify(first.logs)).not.toContain('release-key-password');

    // The real cosign, as a verifier, with the public key: the index and each platform image.
    for (const digest of [index.digest, ...children]) {
      const verified = await cosign.verify(`${dst.host}/team/app@${digest}`, [
        '--key',
        key.publicKey,
        ...NO_TLOG,
      ]);
      expect(JSON.stringify(verified)).toContain(digest);
      expect(JSON.stringify(verified)).toContain(`"docker-reference":"${dst.host}/team/app"`);
    }
    const statements = await cosign.verifyAttestation(
      `${dst.host}/team/app@${index.digest}`,
      PREDICATE,
      ['--key', key.publicKey, ...NO_TLOG],
    );
    expect(statements).toHaveLength(1);
    expect(statements[0].predicateType).toBe(PREDICATE);
    expect(statements[0].predicate).toEqual({
      source: { reference: `${src.host}/team/app:1.0`, digest: index.digest },
      targets: [{ reference: `${dst.host}/team/app:1.0`, digest: index.digest }],
      workflow: github.GITHUB_WORKFLOW_REF,
      run_url: 'https://github.com/acme/app/actions/runs/4242/attempts/1',
      actor: 'octocat',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    // Another key does not verify.
    await expect(
      cosign.verify(`${dst.host}/team/app@${index.digest}`, ['--key', other.publicKey, ...NO_TLOG]),
    ).rejects.toThrow(/no matching signatures|invalid signature/i);

    // A re-run finds its own signatures there and writes none.
    const sigTag = `sha256-${index.digest.slice(7)}.sig`;
    const before = (await getManifest(dst, 'team/app', sigTag)).digest;
    const again = await runWith(promote, inputs, env);
    expect(again.failed).toBeUndefined();
    expect(signedRows(again.summaries).map((r) => [r[0], r[3], r[4]])).toEqual([
      ['signature', 'already there', 'yes'],
      ['attestation', 'already there', 'yes'],
      ['signature', 'already there', 'yes'],
      ['signature', 'already there', 'yes'],
    ]);
    expect((await getManifest(dst, 'team/app', sigTag)).digest).toBe(before);
  });

  it('a second key adds its signature beside the first: both verify', async () => {
    const index = await pushIndex(
      src,
      'team/two',
      '2.0',
      [{ os: 'linux', architecture: 'amd64' }],
      {
        seed: 'sign-two-keys',
      },
    );
    const inputs = {
      candidate: `${src.host}/team/two:2.0`,
      registry: 'dst',
      tags: '2.0',
      sign: 'key',
      registries: registries(),
    };
    for (const [pair, password] of [
      [key, 'release-key-password'],
      [other, 'other-key-password'],
    ] as const) {
      const run = await runWith(promote, inputs, {
        COSIGN_PRIVATE_KEY: pair.privateKey,
        COSIGN_PASSWORD: password,
      });
      expect(run.failed).toBeUndefined();
    }
    const sig = JSON.parse(
      (await getManifest(dst, 'team/two', `sha256-${index.digest.slice(7)}.sig`)).bytes.toString(),
    ) as { layers: unknown[] };
    expect(sig.layers).toHaveLength(2);
    for (const pair of [key, other]) {
      await cosign.verify(`${dst.host}/team/two@${index.digest}`, [
        '--key',
        pair.publicKey,
        ...NO_TLOG,
      ]);
    }
  });

  it('signature_format: bundle: Sigstore bundles as OCI referrers (the sha256-<hex> index where the registry has no referrers API); cosign verify-attestation --new-bundle-format passes for both; a re-run adds nothing', async () => {
    const index = await pushIndex(
      src,
      'team/bundled',
      '4.0',
      [{ os: 'linux', architecture: 'amd64' }],
      { seed: 'sign-bundle' },
    );
    const inputs = {
      candidate: `${src.host}/team/bundled:4.0`,
      registry: 'dst',
      tags: '4.0',
      sign: 'key',
      signature_format: 'bundle',
      attest: 'true',
      registries: registries(),
    };
    const env = {
      ...github,
      COSIGN_PRIVATE_KEY: key.privateKey,
      COSIGN_PASSWORD: 'release-key-password',
    };
    const first = await runWith(promote, inputs, env);
    expect(first.failed).toBeUndefined();
    const rows = signedRows(first.summaries);
    expect(rows.map((r) => [r[0], r[2].split(' ')[0], r[3], r[4]])).toEqual([
      ['signature', 'referrer', 'written', 'yes'],
      ['attestation', 'referrer', 'written', 'yes'],
      ['signature', 'referrer', 'written', 'yes'],
    ]);
    const tags = await listTags(dst, 'team/bundled');
    expect(tags).toContain(`sha256-${index.digest.slice(7)}`);
    expect(tags.filter((t) => t.endsWith('.sig') || t.endsWith('.att'))).toEqual([]);
    // cosign 2.5 reads bundles only in verify-attestation (its verify reads .sig tags alone): the
    // image signature is a statement of cosign 3's sign predicate, checked as such.
    // A trusted root of no CA and no log: the key is all there is to trust (and cosign reaches
    // for the public Sigstore's TUF repository without one).
    const trustedRoot = join(cosign.dir, 'trusted_root.json');
    await writeFile(
      trustedRoot,
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: [],
      }),
    );
    const bundled = [
      '--new-bundle-format',
      '--trusted-root',
      trustedRoot,
      '--key',
      key.publicKey,
      ...NO_TLOG,
    ];
    for (const digest of [index.digest, index.children[0].digest]) {
      const signatures = await cosign.verifyAttestation(
        `${dst.host}/team/bundled@${digest}`,
        'https://sigstore.dev/cosign/sign/v1',
        bundled,
      );
      expect(signatures.map((s) => s.subject)).toEqual([
        [{ name: `${dst.host}/team/bundled`, digest: { sha256: digest.slice(7) } }],
      ]);
    }
    const statements = await cosign.verifyAttestation(
      `${dst.host}/team/bundled@${index.digest}`,
      PREDICATE,
      bundled,
    );
    expect(statements.map((s) => s.predicateType)).toEqual([PREDICATE]);

    const again = await runWith(promote, inputs, env);
    expect(again.failed).toBeUndefined();
    expect(signedRows(again.summaries).map((r) => r[3])).toEqual([
      'already there',
      'already there',
      'already there',
    ]);
  });

  it('a merge signs the index it made and each platform image; the attestation names every source', async () => {
    const amd = await pushImage(src, 'team/merged', 'amd64', {
      seed: 'sign-merge-amd64',
      platform: { os: 'linux', architecture: 'amd64' },
    });
    const arm = await pushImage(src, 'team/merged', 'arm64', {
      seed: 'sign-merge-arm64',
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    });
    const run = await runWith(
      promote,
      {
        candidate: `${src.host}/team/merged:amd64\n${src.host}/team/merged:arm64`,
        registry: 'dst',
        tags: '6.0',
        sign: 'key',
        attest: 'true',
        registries: registries(),
      },
      { ...github, COSIGN_PRIVATE_KEY: key.privateKey, COSIGN_PASSWORD: 'release-key-password' },
    );
    expect(run.failed).toBeUndefined();
    const digest = run.outputs.digest;
    for (const d of [digest, amd.digest, arm.digest]) {
      await cosign.verify(`${dst.host}/team/merged@${d}`, ['--key', key.publicKey, ...NO_TLOG]);
    }
    const [statement] = await cosign.verifyAttestation(
      `${dst.host}/team/merged@${digest}`,
      PREDICATE,
      ['--key', key.publicKey, ...NO_TLOG],
    );
    expect((statement.predicate as { sources: unknown }).sources).toEqual([
      { reference: `${src.host}/team/merged:amd64`, digest: amd.digest },
      { reference: `${src.host}/team/merged:arm64`, digest: arm.digest },
    ]);
  });

  it('a wrong password fails the step before anything is written', async () => {
    await pushIndex(src, 'team/locked', '3.0', [{ os: 'linux', architecture: 'amd64' }], {
      seed: 'sign-locked',
    });
    const run = await runWith(
      promote,
      {
        candidate: `${src.host}/team/locked:3.0`,
        registry: 'dst',
        tags: '3.0',
        sign: 'key',
        registries: registries(),
      },
      { COSIGN_PRIVATE_KEY: key.privateKey, COSIGN_PASSWORD: 'not-the-password' },
    );
    expect(run.failed).toMatch(/COSIGN_PASSWORD\) does not open the key/);
    expect(await listTags(dst, 'team/locked')).toEqual([]);
  });

  it('the committed CLI bundle signs too (the signing code is a chunk loaded when asked for)', async () => {
    const image = await pushIndex(
      src,
      'team/cli',
      '5.0',
      [{ os: 'linux', architecture: 'amd64' }],
      {
        seed: 'sign-cli',
      },
    );
    const args = [
      resolve('bin/image-actions.js'),
      'promote',
      '--candidate',
      `${src.host}/team/cli:5.0`,
      '--registry',
      'dst',
      '--tags',
      '5.0',
      '--sign',
      'key',
      '--attest',
      '--registries',
      registries(),
    ];
    const result = await new Promise<{ code: number | null; stderr: string }>((done, fail) => {
      const child = spawn(process.execPath, args, {
        env: {
          PATH: process.env.PATH,
          HOME: cosign.dir,
          COSIGN_PRIVATE_KEY: key.privateKey,
          COSIGN_PASSWORD: 'release-key-password',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.once('error', fail);
      child.once('close', (code) => done({ code, stderr }));
    });
    expect(result).toEqual({ code: 0, stderr: expect.any(String) });
    await cosign.verify(`${dst.host}/team/cli@${image.digest}`, [
      '--key',
      key.publicKey,
      ...NO_TLOG,
    ]);
    await cosign.verifyAttestation(`${dst.host}/team/cli@${image.digest}`, PREDICATE, [
      '--key',
      key.publicKey,
      ...NO_TLOG,
    ]);
  });
});
