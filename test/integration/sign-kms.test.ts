import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { createPublicKey } from 'node:crypto';
import { join } from 'node:path';
import {
  CreateAliasCommand,
  CreateKeyCommand,
  GetPublicKeyCommand,
  KMSClient,
} from '@aws-sdk/client-kms';
import { promote } from '../../src/actions/promote/index.js';
import { pushIndex, pushImage, listTags } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startMoto, type Moto } from '../helpers/aws.js';
import { cosignTool, type CosignTool } from '../helpers/cosign.js';

// sign: kms against moto's KMS (its Sign of a DIGEST message corrected to sign the digest, as AWS
// does: test/helpers/moto-kms-digest), checked by the real cosign 2.5 with the key's public half
// exported as PEM, as `cosign public-key --key awskms:///…` writes it.

const PREDICATE = 'https://image-actions.dev/promotion/v1';
const NO_TLOG = ['--insecure-ignore-tlog'];
let reg: TestRegistry;
let moto: Moto;
let cosign: CosignTool;
let kms: KMSClient;

beforeAll(async () => {
  [reg, moto, cosign] = await Promise.all([startRegistry(), startMoto(), cosignTool()]);
  kms = new KMSClient({
    region: 'eu-west-1',
    endpoint: moto.url,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
}, 60_000);

afterAll(async () => {
  kms?.destroy();
  await Promise.all([reg?.stop(), moto?.stop(), cosign?.remove()]);
});

async function kmsKey(spec: string, alias: string): Promise<string> {
  const created = await kms.send(
    new CreateKeyCommand({ KeySpec: spec as 'RSA_3072', KeyUsage: 'SIGN_VERIFY' }),
  );
  const keyId = created.KeyMetadata!.KeyId!;
  await kms.send(new CreateAliasCommand({ AliasName: `alias/${alias}`, TargetKeyId: keyId }));
  const { PublicKey } = await kms.send(new GetPublicKeyCommand({ KeyId: keyId }));
  const pem = createPublicKey({ key: Buffer.from(PublicKey!), format: 'der', type: 'spki' })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  const path = join(cosign.dir, `${alias}.pub`);
  await writeFile(path, pem);
  return path;
}

const env = () => ({
  AWS_ENDPOINT_URL: moto.url,
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
});

const registries = () => `registries:\n  - name: reg\n    domain: ${reg.host}\n`;

describe('promote with sign: kms', () => {
  it.each([
    ['ECC_NIST_P256', 'ECDSA P-256'],
    ['RSA_3072', 'RSA 3072'],
  ] as [string, string][])(
    'a %s key signs and attests; cosign verify and verify-attestation pass with its public key',
    async (spec, words) => {
      const alias = `release-${spec.toLowerCase().replace(/_/g, '-')}`;
      const publicKey = await kmsKey(spec, alias);
      const repo = `team/${alias}`;
      const index = await pushIndex(reg, repo, 'rc', [{ os: 'linux', architecture: 'amd64' }], {
        seed: alias,
      });
      const run = await runWith(
        promote,
        {
          candidate: `${reg.host}/${repo}:rc`,
          tags: 'stable',
          sign: 'kms',
          sign_key: `awskms:///alias/${alias}`,
          attest: 'true',
          registries: registries(),
        },
        env(),
      );
      expect(run.failed).toBeUndefined();
      const facts = Object.fromEntries(run.summaries[0].facts ?? []);
      expect(facts['Signed by']).toContain(`AWS KMS key alias/${alias} (${words}, SHA256:`);
      for (const digest of [index.digest, index.children[0].digest]) {
        await cosign.verify(`${reg.host}/${repo}@${digest}`, ['--key', publicKey, ...NO_TLOG]);
      }
      const statements = await cosign.verifyAttestation(
        `${reg.host}/${repo}@${index.digest}`,
        PREDICATE,
        ['--key', publicKey, ...NO_TLOG],
      );
      expect(statements.map((s) => s.predicateType)).toEqual([PREDICATE]);
    },
  );

  it('a key that does not exist fails the step before anything is written', async () => {
    const image = await pushImage(reg, 'team/nokey', 'rc', { seed: 'kms-missing' });
    const run = await runWith(
      promote,
      {
        candidate: `${reg.host}/team/nokey:rc`,
        tags: 'stable',
        sign: 'kms',
        sign_key: 'awskms:///alias/not-there',
        registries: registries(),
      },
      env(),
    );
    expect(run.failed).toMatch(
      /Input sign_key \(awskms:\/\/\/alias\/not-there\): KMS GetPublicKey in eu-west-1 failed: NotFoundException/,
    );
    expect(await listTags(reg, 'team/nokey')).toEqual(['rc']);
    expect(image.digest).toMatch(/^sha256:/);
  });
});
