import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { build } from '../../src/actions/build/index.js';
import { promote } from '../../src/actions/promote/index.js';
import { createReportImageInfo } from '../../src/actions/report-image-info/index.js';
import { redact } from '../../src/secrets.js';
import { startMoto, startOidcStandIn, type Moto, type OidcStandIn } from '../helpers/aws.js';
import { buildahSandbox, type BuildahSandbox } from '../helpers/buildah.js';
import { getManifest, pushImage } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { makeTempDir, removeTempDir } from '../helpers/util.js';

/**
 * kind: ecr with aws: the step mints the registry password with GetAuthorizationToken against
 * moto (a real ECR and STS), and the registry under test holds exactly the user and password that
 * moto's token decodes to. moto stamps its tokens as expired in 2015: each is used for the
 * request at hand and never cached, so these runs also show that no refresh loop starts.
 */

const ROLE = 'arn:aws:iam::123456789012:role/ecr-push';
const KEYS = {
  AWS_ACCESS_KEY_ID: 'AKIAECRTESTKEY000001',
  AWS_SECRET_ACCESS_KEY: 'ecr-test-secret-key-9f8e7d',
};
// No instance metadata, container credentials or shared files: only loopback is ever asked.
const SDK_ISOLATION = {
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws/credentials',
  AWS_CONFIG_FILE: '/nonexistent/aws/config',
};

let moto: Moto;
let strict: Moto;
let oidc: OidcStandIn;
let reg: TestRegistry;
let sandbox: BuildahSandbox;
let work: string;
let password: string;
let digest: string;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  // The SDK's default chain reads the process environment: isolate it too.
  for (const name of Object.keys(process.env).filter((n) => n.startsWith('AWS_'))) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
  for (const [name, value] of Object.entries(SDK_ISOLATION)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  [moto, strict, oidc, sandbox, work] = await Promise.all([
    startMoto(),
    startMoto({ strict: true }),
    startOidcStandIn(),
    buildahSandbox('ecr'),
    makeTempDir('ecr-work-'),
  ]);
  // moto's token first: the registry is started with the user and password it decodes to.
  const client = new ECRClient({
    region: 'eu-west-1',
    endpoint: moto.url,
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
  });
  const answer = await client.send(new GetAuthorizationTokenCommand({}));
  client.destroy();
  const decoded = Buffer.from(
    answer.authorizationData![0].authorizationToken!,
    'base64',
  ).toString();
  const [user, ...rest] = decoded.split(':');
  expect(user).toBe('AWS');
  password = rest.join(':');
  expect(new Date(answer.authorizationData![0].expiresAt!).getTime()).toBeLessThan(Date.now());
  reg = await startRegistry({ auth: 'htpasswd', users: { AWS: { password } } });
  ({ digest } = await pushImage(reg, 'team/app', '1.0', { seed: 'ecr' }));
}, 120_000);

afterAll(async () => {
  await Promise.all([
    moto?.stop(),
    strict?.stop(),
    oidc?.stop(),
    reg?.stop(),
    sandbox?.remove(),
    removeTempDir(work),
  ]);
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const registries = (aws = 'region: eu-west-1') => `registries:
  - name: ecr
    kind: ecr
    domain: ${reg.host}
    aws: { ${aws} }
`;

const stepEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: join(work, 'no-home'),
  AWS_ENDPOINT_URL: moto.url,
  ...SDK_ISOLATION,
  ...extra,
});

const promoteTo = (tag: string, aws?: string, env: NodeJS.ProcessEnv = {}) =>
  runWith(
    promote,
    { candidate: `${reg.host}/team/app:1.0`, tags: tag, registries: registries(aws) },
    stepEnv(env),
  );

describe('ECR tokens minted by the step', () => {
  it('from the environment keys, as configure-aws-credentials leaves them', async () => {
    const started = Date.now();
    const io = await promoteTo('from-keys', undefined, {
      ...KEYS,
      AWS_SESSION_TOKEN: 'ecr-session-token-abc123',
    });
    expect(io.failed).toBeUndefined();
    expect((await getManifest(reg, 'team/app', 'from-keys')).digest).toBe(digest);
    // The password, the token and the keys are masked; the expired token caused no loop.
    expect(redact(`${password} ${Buffer.from(`AWS:${password}`).toString('base64')}`)).toBe(
      '*** ***',
    );
    expect(redact(KEYS.AWS_SECRET_ACCESS_KEY)).toBe('***');
    expect(io.logs.join('\n')).not.toContain(password);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('with role_arn, by assuming the role with the GitHub OIDC token (no keys anywhere)', async () => {
    const before = oidc.requests.length;
    const io = await promoteTo('from-oidc', `region: eu-west-1, role_arn: "${ROLE}"`, {
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      AWS_ENDPOINT_URL: undefined,
      AWS_ENDPOINT_URL_STS: moto.url,
      AWS_ENDPOINT_URL_ECR: moto.url,
    });
    expect(io.failed).toBeUndefined();
    expect((await getManifest(reg, 'team/app', 'from-oidc')).digest).toBe(digest);
    expect(oidc.requests.slice(before)).toEqual([
      { audience: 'sts.amazonaws.com', authorized: true },
    ]);
    expect(redact(oidc.token)).toBe('***');
    expect(redact(oidc.requestToken)).toBe('***');
  });

  it('from a web identity token file (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN)', async () => {
    const file = join(work, 'web-identity-token');
    await writeFile(file, 'eyJ.web-identity-file-token.sig\n');
    const io = await promoteTo('from-file', undefined, {
      AWS_WEB_IDENTITY_TOKEN_FILE: file,
      AWS_ROLE_ARN: ROLE,
    });
    expect(io.failed).toBeUndefined();
    expect((await getManifest(reg, 'team/app', 'from-file')).digest).toBe(digest);
  });

  it('report-image-info reads through it', async () => {
    const io = await runWith(
      createReportImageInfo(),
      { image: `${reg.host}/team/app:1.0`, registries: registries() },
      stepEnv(KEYS),
    );
    expect(io.failed).toBeUndefined();
    expect(io.outputs.digest).toBe(digest);
    expect(JSON.parse(io.outputs.report).image.registry).toMatchObject({
      integration: 'ecr',
      kind: 'ecr',
    });
  });

  it('build (buildah) pushes with the minted token in its auth file', async () => {
    const context = join(work, 'context');
    await mkdir(context, { recursive: true });
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
    await writeFile(join(context, 'hello.txt'), 'hello from ecr\n');
    const io = await runWith(
      build,
      {
        image_name: 'built/app',
        tag: 'v1',
        working_directory: context,
        builder: 'buildah',
        registry: 'ecr',
        registries: registries(),
      },
      stepEnv({ ...KEYS, RUNNER_TEMP: join(work, 'runner-temp'), ...sandbox.env }),
    );
    expect(io.failed).toBeUndefined();
    const pushed = await getManifest(reg, 'built/app', 'v1');
    expect(pushed.status).toBe(200);
    expect(io.outputs.digest).toBe(pushed.digest);
    expect(io.logs.join('\n')).not.toContain(password);
  }, 120_000);
});

describe('ECR bad input: a clear error naming the integration and line, nothing written', () => {
  const where = 'Registry ecr (the registries input line 2)';

  it.each<[string, string | undefined, () => NodeJS.ProcessEnv, RegExp]>([
    [
      'no AWS credentials at all',
      undefined,
      () => ({}),
      /: ECR GetAuthorizationToken in eu-west-1 failed: CredentialsProviderError: .*; no AWS credentials were found: set role_arn \(with permissions: id-token: write\), run aws-actions\/configure-aws-credentials before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY$/,
    ],
    [
      'keys that AWS refuses',
      undefined,
      () => ({ ...KEYS, AWS_ENDPOINT_URL: strict.url }),
      /: ECR GetAuthorizationToken in eu-west-1 failed: HTTP 403; the AWS credentials were refused: check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or the role$/,
    ],
    [
      'role_arn outside GitHub Actions (no OIDC token)',
      `region: eu-west-1, role_arn: "${ROLE}"`,
      () => ({ ...KEYS }),
      /: role_arn is assumed with the GitHub OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job permissions: id-token: write/,
    ],
    [
      'role_arn with an OIDC endpoint that refuses (id-token: write missing)',
      `region: eu-west-1, role_arn: "${ROLE}"`,
      () => ({
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'a-request-token-the-runner-never-issued',
      }),
      /: the GitHub OIDC token endpoint answered HTTP 401; check that the job has permissions: id-token: write$/,
    ],
  ])(
    '%s',
    async (_title, aws, makeEnv, message) => {
      const io = await promoteTo('never', aws, makeEnv());
      expect(io.failed?.startsWith(where)).toBe(true);
      expect(io.failed).toMatch(message);
      expect(io.failed).not.toContain(KEYS.AWS_SECRET_ACCESS_KEY);
      expect((await getManifest(reg, 'team/app', 'never')).status).toBe(404);
    },
    60_000,
  );

  it('a region that does not match the ECR domain is refused when the file is read', async () => {
    const io = await runWith(
      promote,
      {
        candidate: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:1.0',
        tags: 'never',
        registries: `registries:\n  - name: ecr\n    kind: ecr\n    domain: 123456789012.dkr.ecr.eu-west-1.amazonaws.com\n    aws: { region: us-east-1 }\n`,
      },
      stepEnv(KEYS),
    );
    expect(io.failed).toBe(
      'the registries input line 5: registries[0].aws.region: us-east-1 does not match the domain, which is in eu-west-1',
    );
  });
});
