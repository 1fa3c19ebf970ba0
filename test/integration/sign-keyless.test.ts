import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promote } from '../../src/actions/promote/index.js';
import { getManifest, listTags, pushIndex, pushImage } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startOidcStandIn, type OidcStandIn } from '../helpers/aws.js';
import { startSigstore, type StandInSigstore } from '../helpers/sigstore.js';
import { cosignTool, type CosignTool } from '../helpers/cosign.js';

// sign: keyless against a private Sigstore on loopback (test/helpers/sigstore.ts: an OIDC issuer,
// a Fulcio that issues certificates from a CA of its own, a Rekor that signs entry timestamps),
// the token fetched from a stand-in of the runner's OIDC endpoint as a job with id-token: write
// gets it. Checked by the real cosign 2.5 trusting that CA and that Rekor key, the log entry
// verified offline from the signature's bundle annotation.

const PREDICATE = 'https://image-actions.dev/promotion/v1';
const WORKFLOW = 'acme/app/.github/workflows/release.yml@refs/heads/main';
let reg: TestRegistry;
let sigstore: StandInSigstore;
let oidc: OidcStandIn;
let cosign: CosignTool;

beforeAll(async () => {
  [reg, sigstore, oidc, cosign] = await Promise.all([
    startRegistry(),
    startSigstore(),
    startOidcStandIn(),
    cosignTool(),
  ]);
  oidc.token = sigstore.token(WORKFLOW);
}, 60_000);

afterAll(async () => {
  await Promise.all([reg?.stop(), sigstore?.stop(), oidc?.stop(), cosign?.remove()]);
});

const env = () => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  SIGSTORE_FULCIO_URL: sigstore.fulcioUrl,
  SIGSTORE_REKOR_URL: sigstore.rekorUrl,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKFLOW_REF: WORKFLOW,
});

/** What a verifier of this private Sigstore passes: its root, its Rekor key, the identity. */
const verifier = () => ({
  env: { SIGSTORE_ROOT_FILE: sigstore.rootFile, SIGSTORE_REKOR_PUBLIC_KEY: sigstore.rekorKeyFile },
  flags: (identity = `https://github.com/${WORKFLOW}`) => [
    '--certificate-identity',
    identity,
    '--certificate-oidc-issuer',
    sigstore.issuer,
    '--insecure-ignore-sct',
  ],
});

const registries = () => `registries:\n  - name: reg\n    domain: ${reg.host}\n`;

describe('promote with sign: keyless', () => {
  it('signs with a Fulcio certificate, logs in Rekor, attests; cosign verify with the identity passes, the log entry checked; a re-run adds nothing', async () => {
    const index = await pushIndex(
      reg,
      'team/app',
      'rc',
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' },
      ],
      { seed: 'keyless' },
    );
    const inputs = {
      candidate: `${reg.host}/team/app:rc`,
      tags: 'release',
      sign: 'keyless',
      attest: 'true',
      registries: registries(),
    };
    const run = await runWith(promote, inputs, env());
    expect(run.failed).toBeUndefined();
    expect(oidc.requests.map((r) => r.audience)).toContain('sigstore');
    const facts = Object.fromEntries(run.summaries[0].facts ?? []);
    expect(JSON.stringify(facts['Signed by'])).toBe(
      JSON.stringify(
        `keyless: https://github.com/${WORKFLOW} (OIDC issuer ${sigstore.issuer}), certificate from ${sigstore.fulcioUrl}, logged in ${sigstore.rekorUrl}`,
      ),
    );
    // One certificate for the step; one log entry per signature and attestation.
    expect(sigstore.issued).toBe(1);
    expect(sigstore.entries.map((e) => e.kind)).toEqual([
      'hashedrekord',
      'intoto',
      'hashedrekord',
      'hashedrekord',
    ]);

    const { env: trust, flags } = verifier();
    for (const digest of [index.digest, ...index.children.map((c) => c.digest)]) {
      const verified = await cosign.verify(`${reg.host}/team/app@${digest}`, flags(), trust);
      expect(JSON.stringify(verified)).toContain(digest);
    }
    const statements = await cosign.verifyAttestation(
      `${reg.host}/team/app@${index.digest}`,
      PREDICATE,
      flags(),
      trust,
    );
    expect(statements.map((s) => s.predicateType)).toEqual([PREDICATE]);
    // Another identity is refused.
    await expect(
      cosign.verify(
        `${reg.host}/team/app@${index.digest}`,
        flags('https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main'),
        trust,
      ),
    ).rejects.toThrow(/none of the expected identities matched|no matching signatures/i);

    // A re-run: a new certificate of the same identity finds the signatures there.
    const sigTag = `sha256-${index.digest.slice(7)}.sig`;
    const before = (await getManifest(reg, 'team/app', sigTag)).digest;
    const again = await runWith(promote, inputs, env());
    expect(again.failed).toBeUndefined();
    const rows = again.summaries[0].tables?.find((t) => t.header[0] === 'Signed')?.rows ?? [];
    expect(rows.map((r) => r[3])).toEqual([
      'already there',
      'already there',
      'already there',
      'already there',
    ]);
    expect(sigstore.entries).toHaveLength(4);
    expect((await getManifest(reg, 'team/app', sigTag)).digest).toBe(before);
  });

  it('signature_format: bundle: cosign verify-attestation --new-bundle-format with the identity passes for the signature and the attestation', async () => {
    const image = await pushImage(reg, 'team/bundled', 'rc', { seed: 'keyless-bundle' });
    const run = await runWith(
      promote,
      {
        candidate: `${reg.host}/team/bundled:rc`,
        tags: 'release',
        sign: 'keyless',
        signature_format: 'bundle',
        attest: 'true',
        registries: registries(),
      },
      env(),
    );
    expect(run.failed).toBeUndefined();
    const flags = [
      '--new-bundle-format',
      '--trusted-root',
      await sigstore.trustedRoot(),
      ...verifier().flags(),
    ];
    for (const type of ['https://sigstore.dev/cosign/sign/v1', PREDICATE]) {
      const statements = await cosign.verifyAttestation(
        `${reg.host}/team/bundled@${image.digest}`,
        type,
        flags,
        verifier().env,
      );
      expect(statements.map((s) => s.predicateType)).toEqual([type]);
    }
  });

  it('without an OIDC token fails before anything is written, saying what to grant', async () => {
    await pushImage(reg, 'team/notoken', 'rc', { seed: 'keyless-no-token' });
    const run = await runWith(promote, {
      candidate: `${reg.host}/team/notoken:rc`,
      tags: 'release',
      sign: 'keyless',
      registries: registries(),
    });
    expect(run.failed).toMatch(/permissions: id-token: write/);
    expect(await listTags(reg, 'team/notoken')).toEqual(['rc']);
  });
});
