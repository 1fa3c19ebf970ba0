import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { build } from '../../src/actions/build/index.js';
import { login } from '../../src/actions/login/index.js';
import { promote } from '../../src/actions/promote/index.js';
import { createReportImageInfo } from '../../src/actions/report-image-info/index.js';
import { buildahSandbox, pushBusyboxBase, type BuildahSandbox } from '../helpers/buildah.js';
import {
  installTestHelper,
  passStore,
  type PassStore,
  type TestHelper,
} from '../helpers/credential-helper.js';
import { getManifest, pushImage } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { makeTempDir, removeTempDir, run } from '../helpers/util.js';

/**
 * Every credential form against real registries: identity tokens exchanged at the token issuer
 * (a real docker-registry verifies the JWTs it mints), a real credential helper program on PATH,
 * the Docker config's credHelpers and DOCKER_AUTH_CONFIG; promoted, built with buildah, reported.
 */

const REFRESH = 'rt-valid-5c1e9a7f3b2d';
const EXPIRED = 'rt-expired-0d4f8b6a2c1e';
const TOKEN_USER_PASS = 'acr-user-pass-8e2f4a6c';
const HTPASSWD_PASS = 'hp-user-pass-3b7d9f1e';
const SEED = { username: 'seed', password: 'seed-pass-1a2b3c4d' };
const GAR_TOKEN = 'ya29.gar-access-token-7c5e3a1f';

let tok: TestRegistry;
let hp: TestRegistry;
let helper: TestHelper;
let sandbox: BuildahSandbox;
let work: string;
let digest: string;

beforeAll(async () => {
  [tok, hp, helper, sandbox, work] = await Promise.all([
    startRegistry({
      auth: 'token',
      users: {
        acr: { password: TOKEN_USER_PASS },
        [SEED.username]: { password: SEED.password },
      },
      refreshTokens: { [REFRESH]: 'acr' },
    }),
    startRegistry({
      auth: 'htpasswd',
      users: { hpuser: { password: HTPASSWD_PASS }, oauth2accesstoken: { password: GAR_TOKEN } },
    }),
    installTestHelper(),
    buildahSandbox('credentials'),
    makeTempDir('credentials-work-'),
  ]);
  helper.set(hp.host, { Username: 'hpuser', Secret: HTPASSWD_PASS });
  helper.set(tok.host, { Username: '<token>', Secret: REFRESH });
  ({ digest } = await pushImage(tok, 'team/app', '1.0', { seed: 'credentials' }));
  expect((await pushImage(hp, 'seeded/app', '1.0', { seed: 'credentials' })).digest).toBe(digest);
  const seed = await buildahSandbox('credentials-seed');
  try {
    await pushBusyboxBase(seed, `${tok.host}/base/busybox:1`, SEED);
  } finally {
    await seed.remove();
  }
}, 120_000);

afterAll(async () => {
  await Promise.all([
    tok?.stop(),
    hp?.stop(),
    helper?.stop(),
    sandbox?.remove(),
    removeTempDir(work),
  ]);
});

const stepEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  PATH: `${helper.dir}${delimiter}${process.env.PATH}`,
  HOME: join(work, 'no-home'),
  ACR_TOKEN: REFRESH,
  ...extra,
});

const identityRegistries = (variable = 'ACR_TOKEN') => `registries:
  - name: acr
    kind: acr
    domain: ${tok.host}
    credentials: { identity_token: { env: ${variable} } }
  - name: helped
    domain: ${hp.host}
    credentials: { helper: test }
`;

const refreshGrants = () =>
  tok.tokenRequests.filter((r) => r.method === 'POST' && r.grant === 'refresh_token');

describe('identity tokens', () => {
  it('promote exchanges the token at the realm and retags with the tokens it yields', async () => {
    const before = refreshGrants().length;
    const io = await runWith(
      promote,
      { candidate: `${tok.host}/team/app:1.0`, tags: 'stable', registries: identityRegistries() },
      stepEnv(),
    );
    expect(io.failed).toBeUndefined();
    expect(io.outputs.digest).toBe(digest);
    expect((await getManifest(tok, 'team/app', 'stable')).digest).toBe(digest);
    const grants = refreshGrants().slice(before);
    expect(grants.length).toBeGreaterThan(0);
    expect(grants.every((g) => g.account === 'acr' && g.status === 200)).toBe(true);
    expect(grants.map((g) => g.scope).flat()).toContain('repository:team/app:pull,push');
    expect(io.logs.join('\n')).not.toContain(REFRESH);
  });

  it('an expired token fails the step naming the integration, the line and the variable; nothing written', async () => {
    const io = await runWith(
      promote,
      {
        candidate: `${tok.host}/team/app:1.0`,
        tags: 'never',
        registries: identityRegistries('OLD_TOKEN'),
      },
      stepEnv({ OLD_TOKEN: EXPIRED }),
    );
    expect(io.failed).toContain('acr: the token service at');
    expect(io.failed).toContain(
      'refused the identity token (HTTP 401): UNAUTHORIZED: invalid or expired refresh token; it may have expired or been revoked: renew OLD_TOKEN of registry acr (the registries input line 2)',
    );
    expect(io.failed).not.toContain(EXPIRED);
    expect((await getManifest(tok, 'team/app', 'never')).status).toBe(404);
  });

  it('report-image-info reads through a DOCKER_AUTH_CONFIG identitytoken entry', async () => {
    const io = await runWith(
      createReportImageInfo(),
      { image: `${tok.host}/team/app:1.0` },
      stepEnv({
        DOCKER_AUTH_CONFIG: JSON.stringify({
          auths: {
            [tok.host]: { auth: Buffer.from('acr:').toString('base64'), identitytoken: REFRESH },
          },
        }),
      }),
    );
    expect(io.failed).toBeUndefined();
    expect(io.outputs.digest).toBe(digest);
    const report = JSON.parse(io.outputs.report) as { image: { registry: unknown } };
    expect(report.image.registry).toMatchObject({ domain: tok.host });
  });
});

describe('credential helpers', () => {
  it('promote copies across registries: identity token to the source, the helper to the target', async () => {
    const before = helper.calls().length;
    const io = await runWith(
      promote,
      {
        candidate: `${tok.host}/team/app:1.0`,
        registry: 'helped',
        image_name: 'copied/app',
        tags: '1.0',
        registries: identityRegistries(),
      },
      stepEnv(),
    );
    expect(io.failed).toBeUndefined();
    expect((await getManifest(hp, 'copied/app', '1.0')).digest).toBe(digest);
    expect(helper.calls().slice(before)).toEqual([{ args: ['get'], input: hp.host }]);
    expect(io.logs.join('\n')).not.toContain(HTPASSWD_PASS);
  });

  it('the Docker config credHelpers serve a registry no integration names', async () => {
    const configDir = join(work, 'docker-config-helpers');
    await mkdir(configDir, { recursive: true });
    await writeFile(
      join(configDir, 'config.json'),
      JSON.stringify({ credHelpers: { [hp.host]: 'test', [tok.host]: 'test' } }),
    );
    const io = await runWith(
      promote,
      { candidate: `${tok.host}/team/app:1.0`, tags: 'from-helper' },
      stepEnv({ DOCKER_CONFIG: configDir }),
    );
    expect(io.failed).toBeUndefined();
    expect((await getManifest(tok, 'team/app', 'from-helper')).digest).toBe(digest);
  });

  it('a helper that is not installed fails the step naming it and the integration; nothing written', async () => {
    const io = await runWith(
      promote,
      {
        candidate: `${tok.host}/team/app:1.0`,
        registry: 'missing',
        tags: 'never',
        registries: `registries:\n  - name: missing\n    domain: ${hp.host}\n    credentials: { helper: nosuch }\n`,
      },
      stepEnv(),
    );
    expect(io.failed).toBe(
      'Registry missing (the registries input line 2): the credential helper docker-credential-nosuch is not installed (not found on PATH); install it, or log in another way',
    );
    expect((await getManifest(hp, 'team/app', 'never')).status).toBe(404);
  });
});

describe("Debian's docker-credential-pass", () => {
  let pass: PassStore;
  beforeAll(async () => {
    pass = await passStore();
    await pass.store(hp.host, 'hpuser', HTPASSWD_PASS);
  }, 60_000);
  afterAll(() => pass?.stop());

  it('serves an integration (helper: pass) and the Docker config (credsStore: pass)', async () => {
    const viaFile = await runWith(
      promote,
      {
        candidate: `${tok.host}/team/app:1.0`,
        registry: 'pass',
        image_name: 'via-pass/app',
        tags: '1.0',
        registries: `${identityRegistries()}  - name: pass\n    domain: ${hp.host}\n    credentials: { helper: pass }\n`,
      },
      stepEnv(pass.env),
    );
    expect(viaFile.failed).toBeUndefined();
    expect((await getManifest(hp, 'via-pass/app', '1.0')).digest).toBe(digest);

    const configDir = join(work, 'docker-config-pass');
    await mkdir(configDir, { recursive: true });
    await writeFile(join(configDir, 'config.json'), JSON.stringify({ credsStore: 'pass' }));
    const viaConfig = await runWith(
      createReportImageInfo(),
      { image: `${hp.host}/via-pass/app:1.0` },
      stepEnv({ ...pass.env, DOCKER_CONFIG: configDir }),
    );
    expect(viaConfig.failed).toBeUndefined();
    expect(viaConfig.outputs.digest).toBe(digest);
  }, 60_000);
});

describe('the kinds that need no username', () => {
  it('gar takes an access token as password, as oauth2accesstoken', async () => {
    const registries = `registries:\n  - name: gar\n    kind: gar\n    domain: ${hp.host}\n    credentials: { password: { env: GAR_TOKEN } }\n`;
    const promoted = await runWith(
      promote,
      { candidate: `${hp.host}/seeded/app:1.0`, tags: 'gar', registries },
      stepEnv({ GAR_TOKEN }),
    );
    expect(promoted.failed).toBeUndefined();
    expect((await getManifest(hp, 'seeded/app', 'gar')).digest).toBe(digest);
    const reported = await runWith(
      createReportImageInfo(),
      { image: `${hp.host}/seeded/app:gar`, registries },
      stepEnv({ GAR_TOKEN }),
    );
    expect(reported.outputs.digest).toBe(digest);
    expect([...promoted.logs, ...reported.logs].join('\n')).not.toContain(GAR_TOKEN);
  });

  it('ghcr without credentials logs in inside GitHub Actions as GITHUB_ACTOR with GITHUB_TOKEN', async () => {
    // kind ghcr with its domain on loopback: the registry that stands for ghcr.io here.
    const registries = `registries:\n  - name: ghcr\n    kind: ghcr\n    domain: ${hp.host}\n`;
    const actions = { GITHUB_ACTIONS: 'true', GITHUB_ACTOR: 'hpuser', GITHUB_TOKEN: HTPASSWD_PASS };
    const io = await runWith(
      promote,
      { candidate: `${hp.host}/seeded/app:1.0`, tags: 'ghcr', registries },
      stepEnv(actions),
    );
    expect(io.failed).toBeUndefined();
    expect((await getManifest(hp, 'seeded/app', 'ghcr')).digest).toBe(digest);
    // Outside GitHub Actions the token is not taken: anonymous, refused.
    const outside = await runWith(
      promote,
      { candidate: `${hp.host}/seeded/app:1.0`, tags: 'never', registries },
      stepEnv({ ...actions, GITHUB_ACTIONS: undefined }),
    );
    expect(outside.failed).toMatch(/^ghcr: .*HTTP 401/);
    expect((await getManifest(hp, 'seeded/app', 'never')).status).toBe(404);
  });
});

describe('login', () => {
  it('hands later steps the identity token and the helper’s answer: skopeo pulls with them', async () => {
    const before = refreshGrants().length;
    const io = await runWith(
      login,
      { registries: identityRegistries(), dir: join(work, 'login') },
      stepEnv({ RUNNER_TEMP: join(work, 'runner-temp') }),
    );
    expect(io.failed).toBeUndefined();
    const authFile = io.outputs.auth_file;
    for (const [host, repo, tag] of [
      [tok.host, 'team/app', '1.0'],
      [hp.host, 'seeded/app', '1.0'],
    ]) {
      const out = await run('skopeo', [
        'inspect',
        '--tls-verify=false',
        '--authfile',
        authFile,
        '--format',
        '{{.Digest}}',
        `docker://${host}/${repo}:${tag}`,
      ]);
      expect(out.trim()).toBe(digest);
    }
    // skopeo (containers/image) exchanged the identity token itself.
    expect(refreshGrants().length).toBeGreaterThan(before);
  });
});

describe('build with buildah', () => {
  it('pulls with an identity token and pushes with a helper: the auth file holds what they resolved to', async () => {
    const context = join(work, 'context');
    await mkdir(context, { recursive: true });
    await writeFile(
      join(context, 'Dockerfile'),
      `FROM ${tok.host}/base/busybox:1\nRUN echo built > /built.txt\n`,
    );
    const before = refreshGrants().length;
    const helperCalls = helper.calls().length;
    const io = await runWith(
      build,
      {
        image_name: 'built/app',
        tag: 'v1',
        working_directory: context,
        registry: 'helped',
        builder: 'buildah',
        registries: identityRegistries(),
      },
      stepEnv({ RUNNER_TEMP: join(work, 'runner-temp'), ...sandbox.env }),
    );
    expect(io.failed).toBeUndefined();
    expect(io.outputs.image).toBe(`${hp.host}/built/app:v1`);
    const pushed = await getManifest(hp, 'built/app', 'v1');
    expect(pushed.status).toBe(200);
    expect(io.outputs.digest).toBe(pushed.digest);
    // buildah itself exchanged the identity token the auth file held (containers/image's POST).
    const grants = refreshGrants().slice(before);
    expect(grants.map((g) => g.scope).flat()).toContain('repository:base/busybox:pull');
    expect(grants.every((g) => g.status === 200)).toBe(true);
    expect(helper.calls().length).toBeGreaterThan(helperCalls);
    expect(io.logs.join('\n')).not.toContain(REFRESH);
    expect(io.logs.join('\n')).not.toContain(HTPASSWD_PASS);
  }, 120_000);
});
