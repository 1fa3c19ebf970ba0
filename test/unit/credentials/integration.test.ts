import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { parseRegistries, type Integration } from '../../../src/credentials/registries-file.js';
import { readCredentials } from '../../../src/credentials/integration.js';
import { UserError } from '../../../src/errors.js';
import { redact } from '../../../src/secrets.js';
import { installTestHelper, type TestHelper } from '../../helpers/credential-helper.js';

const FILE = '.github/registries.yml';
const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';

function problems(yaml: string): string[] {
  try {
    parseRegistries(yaml, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message.split('\n');
  }
  throw new Error('expected a UserError');
}

const one = (yaml: string): Integration => parseRegistries(yaml, FILE).integrations[0];

describe('the credential forms of the registries file', () => {
  it('reads each form', () => {
    const config = parseRegistries(
      `registries:
  - name: gar
    kind: gar
    domain: europe-docker.pkg.dev
    credentials: { password: { env: GAR_TOKEN } }
  - name: gcr
    kind: gcr
    credentials: { helper: gcloud }
  - name: acr
    kind: acr
    domain: acme.azurecr.io
    credentials: { identity_token: { env: ACR_TOKEN } }
  - name: ecr
    kind: ecr
    domain: ${ECR}
    aws: { region: eu-west-1, role_arn: "arn:aws:iam::123456789012:role/push", role_session_name: ci }
  - name: ecr-by-number
    kind: ecr
    domain: 127.0.0.1:5000
    aws: { region: us-east-1, account_id: 012345678901 }
  - name: ghcr
    kind: ghcr
`,
      FILE,
    );
    const byName = Object.fromEntries(config.integrations.map((i) => [i.name, i]));
    expect(byName.gar.credentials).toEqual({
      username: 'oauth2accesstoken',
      password: { env: 'GAR_TOKEN' },
    });
    expect(byName.gcr.credentials).toEqual({ helper: 'gcloud' });
    expect(byName.acr.credentials).toEqual({ identityToken: { env: 'ACR_TOKEN' } });
    expect(byName.ecr.aws).toEqual({
      region: 'eu-west-1',
      accountId: '123456789012',
      roleArn: 'arn:aws:iam::123456789012:role/push',
      roleSessionName: 'ci',
    });
    expect(byName.ecr.credentials).toBeUndefined();
    // YAML reads an unquoted account as a number: its leading zero comes back.
    expect(byName['ecr-by-number'].aws).toEqual({ region: 'us-east-1', accountId: '012345678901' });
    expect(byName.ghcr.credentials).toBeUndefined();
  });

  it.each<[string, string, string[]]>([
    [
      'two forms',
      `registries:
  - name: acr
    domain: acme.azurecr.io
    credentials:
      helper: acr
      identity_token: { env: ACR_TOKEN }
`,
      [
        `${FILE} line 4: registries[0].credentials: gives helper and identity_token; give one form: username and password, helper, or identity_token`,
      ],
    ],
    [
      'a helper with a password',
      `registries:
  - name: gcr
    kind: gcr
    credentials: { helper: gcloud, username: u, password: { env: P } }
`,
      [
        `${FILE} line 4: registries[0].credentials: gives username and password and helper; give one form: username and password, helper, or identity_token`,
      ],
    ],
    [
      'no form',
      `registries:
  - name: q
    kind: quay
    credentials: {}
`,
      [
        `${FILE} line 4: registries[0].credentials: is empty; give one form: username and password, helper, or identity_token`,
      ],
    ],
    [
      'a password without a username outside gar and gcr',
      `registries:
  - name: q
    kind: quay
    credentials:
      password: { env: QUAY_TOKEN }
`,
      [
        `${FILE} line 4: registries[0].credentials.username: is required (only kinds gar and gcr default it, to oauth2accesstoken)`,
      ],
    ],
    [
      'a helper name that is a path',
      `registries:
  - name: q
    kind: quay
    credentials: { helper: ../bin/evil }
`,
      [
        `${FILE} line 4: registries[0].credentials.helper: must be the name of a Docker credential helper: gcloud for docker-credential-gcloud`,
      ],
    ],
    [
      'a literal identity token',
      `registries:
  - name: acr
    domain: acme.azurecr.io
    credentials: { identity_token: eyJliteral-token-never-quoted }
`,
      [`${FILE} line 4: registries[0].credentials.identity_token: must be a mapping`],
    ],
    [
      'aws on another kind',
      `registries:
  - name: q
    kind: quay
    aws: { region: eu-west-1 }
`,
      [`${FILE} line 4: registries[0].aws: is for kind ecr only, not quay`],
    ],
    [
      'aws and credentials',
      `registries:
  - name: e
    kind: ecr
    domain: ${ECR}
    credentials: { username: AWS, password: { env: ECR_PASSWORD } }
    aws: { region: eu-west-1 }
`,
      [`${FILE} line 6: registries[0].aws: and credentials are two ways to log in; give one`],
    ],
    [
      'a region that does not match the domain',
      `registries:
  - name: e
    kind: ecr
    domain: ${ECR}
    aws:
      region: us-east-1
      account_id: "210987654321"
`,
      [
        `${FILE} line 6: registries[0].aws.region: us-east-1 does not match the domain, which is in eu-west-1`,
        `${FILE} line 7: registries[0].aws.account_id: 210987654321 does not match the domain, which names account 123456789012`,
      ],
    ],
    [
      'bad aws values',
      `registries:
  - name: e
    kind: ecr
    domain: ${ECR}
    aws:
      region: Europe
      account_id: "12"
      role_arn: my-role
      colour: blue
`,
      [
        `${FILE} line 6: registries[0].aws.region: must be an AWS region, such as eu-west-1`,
        `${FILE} line 7: registries[0].aws.account_id: must be a 12-digit AWS account ID`,
        `${FILE} line 8: registries[0].aws.role_arn: must be an IAM role ARN, such as arn:aws:iam::123456789012:role/NAME`,
        `${FILE} line 9: registries[0].aws.colour: unknown field; allowed: region, account_id, role_arn, role_session_name`,
      ],
    ],
    [
      'aws without a region',
      `registries:
  - name: e
    kind: ecr
    domain: ${ECR}
    aws: { role_arn: "arn:aws:iam::123456789012:role/push" }
`,
      [`${FILE} line 5: registries[0].aws.region: is required`],
    ],
  ])('refuses %s, naming the line', (_title, yaml, expected) => {
    const found = problems(yaml);
    expect(found).toEqual(expected);
    expect(found.join('\n')).not.toContain('eyJliteral');
  });
});

describe('readCredentials of each form', () => {
  let helper: TestHelper;
  beforeAll(async () => {
    helper = await installTestHelper();
    helper.set('gcr.io', { Username: 'oauth2accesstoken', Secret: 'cr-helper-token-1' });
    helper.set('acme.azurecr.io', { Username: '<token>', Secret: 'cr-helper-refresh-2' });
  });
  afterAll(() => helper.stop());

  it('asks the helper for the integration domain', async () => {
    const gcr = one(
      `registries:\n  - name: gcr\n    kind: gcr\n    credentials: { helper: test }\n`,
    );
    expect(await readCredentials(gcr, { PATH: helper.path })).toMatchObject({
      username: 'oauth2accesstoken',
      password: 'cr-helper-token-1',
    });
    expect(helper.calls().at(-1)).toEqual({ args: ['get'], input: 'gcr.io' });
    const acr = one(
      `registries:\n  - name: acr\n    domain: acme.azurecr.io\n    credentials: { helper: test }\n`,
    );
    expect(await readCredentials(acr, { PATH: helper.path })).toMatchObject({
      identityToken: 'cr-helper-refresh-2',
    });
  });

  it('fails when the helper holds nothing or is missing, naming the integration and line', async () => {
    const quay = one(
      `registries:\n  - name: q\n    kind: quay\n    credentials: { helper: test }\n`,
    );
    await expect(readCredentials(quay, { PATH: helper.path })).rejects.toThrow(
      `Registry q (${FILE} line 2): the credential helper docker-credential-test holds no credentials for quay.io; log in with it first`,
    );
    await expect(readCredentials(quay, { PATH: '/nonexistent' })).rejects.toThrow(
      `Registry q (${FILE} line 2): the credential helper docker-credential-test is not installed`,
    );
  });

  it('reads an identity token from the environment, masked', async () => {
    const acr = one(
      `registries:\n  - name: acr\n    domain: acme.azurecr.io\n    credentials: { identity_token: { env: ACR_TOKEN } }\n`,
    );
    expect(await readCredentials(acr, { ACR_TOKEN: 'cr-refresh-token-3' })).toEqual({
      username: '<token>',
      password: '',
      identityToken: 'cr-refresh-token-3',
      source: `ACR_TOKEN of registry acr (${FILE} line 2)`,
    });
    expect(redact('cr-refresh-token-3')).toBe('***');
    await expect(readCredentials(acr, {})).rejects.toThrow(
      `Registry acr (${FILE} line 2): the environment variable ACR_TOKEN that holds its identity token is not set or is empty`,
    );
  });

  it('defaults the username of gar to oauth2accesstoken', async () => {
    const gar = one(
      `registries:\n  - name: gar\n    kind: gar\n    domain: europe-docker.pkg.dev\n    credentials: { password: { env: GAR_TOKEN } }\n`,
    );
    expect(await readCredentials(gar, { GAR_TOKEN: 'ya29.cr-access-token' })).toMatchObject({
      username: 'oauth2accesstoken',
      password: 'ya29.cr-access-token',
    });
  });

  it('uses GITHUB_TOKEN and GITHUB_ACTOR for kind ghcr without credentials, in GitHub Actions only', async () => {
    const ghcr = one(`registries:\n  - name: ghcr\n    kind: ghcr\n`);
    const actions = {
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: 'ghs_cr_token_4',
      GITHUB_ACTOR: 'octo',
    };
    expect(await readCredentials(ghcr, actions)).toMatchObject({
      username: 'octo',
      password: 'ghs_cr_token_4',
    });
    expect(redact(Buffer.from('octo:ghs_cr_token_4').toString('base64'))).toBe('***');
    expect(await readCredentials(ghcr, { ...actions, GITHUB_ACTIONS: undefined })).toBeUndefined();
    expect(await readCredentials(ghcr, { ...actions, GITHUB_TOKEN: '' })).toBeUndefined();
    const quay = one(`registries:\n  - name: q\n    kind: quay\n`);
    expect(await readCredentials(quay, actions)).toBeUndefined();
  });
});
