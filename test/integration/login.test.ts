import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { login, logout } from '../../src/actions/login/index.js';
import { runAction } from '../../src/host/run.js';
import { runCli } from '../../src/cli/cli.js';
import { pushImage } from '../helpers/images.js';
import { memoryIO, runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { makeTempDir, removeTempDir, run } from '../helpers/util.js';

// A team with two integrations on one registry (staging and prod robots, each limited to its own
// repositories) and a partner registry: after login, a later step's skopeo pulls with the
// identity the registries file declares for each domain.

let shared: TestRegistry;
let partner: TestRegistry;
let dir: string;
const env = {
  STAGING_PW: 'staging-secret-pw',
  PROD_PW: 'prod-secret-pw',
  PARTNER_PW: 'partner-pw-1',
};

beforeAll(async () => {
  [shared, partner] = await Promise.all([
    startRegistry({
      auth: 'token',
      users: {
        staging: { password: env.STAGING_PW, repos: ['staging/'] },
        prod: { password: env.PROD_PW, repos: ['prod/'] },
      },
    }),
    startRegistry({ auth: 'htpasswd', users: { acme: { password: env.PARTNER_PW } } }),
  ]);
  dir = await makeTempDir('login-test-');
  await Promise.all([
    pushImage(shared, 'staging/app', '1', { seed: 'staging' }),
    pushImage(shared, 'prod/app', '1', { seed: 'prod' }),
    pushImage(partner, 'vendor/tool', '2', { seed: 'partner' }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([shared?.stop(), partner?.stop(), removeTempDir(dir)]);
});

const registries = () => `registries:
  - name: staging
    domain: ${shared.host}
    credentials: { username: staging, password: { env: STAGING_PW } }
  - name: prod
    domain: ${shared.host}
    primary: true
    credentials: { username: prod, password: { env: PROD_PW } }
  - name: partner
    domain: ${partner.host}
    credentials: { username: acme, password: { env: PARTNER_PW } }
`;

/** skopeo in a later step: it finds the login through REGISTRY_AUTH_FILE alone. */
async function inspect(authFile: string, image: string): Promise<string> {
  const out = await run('skopeo', [
    'inspect',
    '--tls-verify=false',
    '--authfile',
    authFile,
    '--format',
    '{{.Digest}}',
    `docker://${image}`,
  ]);
  return out.trim();
}

describe('login', () => {
  it('writes the identity a pull would use per domain, keeps the job’s other entries, and its post step removes the files', async () => {
    const home = path.join(dir, 'home');
    mkdirSync(path.join(home, '.docker', 'buildx'), { recursive: true });
    const existing = {
      auths: { 'docker.io': { auth: Buffer.from('hubuser:hubpass').toString('base64') } },
      credHelpers: { [shared.host]: 'gcloud', 'gcr.io': 'gcloud' },
    };
    writeFileSync(path.join(home, '.docker', 'config.json'), JSON.stringify(existing));
    const runnerTemp = path.join(dir, 'runner-temp');
    mkdirSync(runnerTemp);
    const state = new Map<string, string>();
    const io = memoryIO(
      { registries: registries(), registry_contexts: 'staging' },
      { ...env, HOME: home, RUNNER_TEMP: runnerTemp },
      state,
    );
    expect(await runAction(login, io)).toBe(true);

    const configDir = io.outputs.docker_config;
    const authFile = io.outputs.auth_file;
    expect(io.exported).toEqual({ DOCKER_CONFIG: configDir, REGISTRY_AUTH_FILE: authFile });
    expect(path.dirname(configDir)).toBe(runnerTemp);
    expect(io.outputs.domains.split('\n').sort()).toEqual([shared.host, partner.host].sort());
    expect(statSync(configDir).mode & 0o777).toBe(0o700);
    for (const file of [path.join(configDir, 'config.json'), authFile]) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    const config = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8'));
    const basic = (u: string, p: string) => Buffer.from(`${u}:${p}`).toString('base64');
    expect(config.auths).toEqual({
      'docker.io': existing.auths['docker.io'],
      // registry_contexts wins over primary for that domain.
      [shared.host]: { auth: basic('staging', env.STAGING_PW) },
      [partner.host]: { auth: basic('acme', env.PARTNER_PW) },
    });
    // A helper for our domain would shadow our entry; the others are the job's own.
    expect(config.credHelpers).toEqual({ 'gcr.io': 'gcloud' });
    // The rest of the old config folder (buildx builders here) comes along.
    expect(lstatSync(path.join(configDir, 'buildx')).isSymbolicLink()).toBe(true);
    // Nothing of the secrets reached the log.
    expect(io.logs.join('\n')).not.toMatch(/secret-pw|partner-pw/);

    expect(await inspect(authFile, `${shared.host}/staging/app:1`)).toMatch(/^sha256:/);
    expect(await inspect(authFile, `${partner.host}/vendor/tool:2`)).toMatch(/^sha256:/);
    // The staging identity, as asked: prod's repositories are not its to read.
    await expect(inspect(authFile, `${shared.host}/prod/app:1`)).rejects.toThrow(
      /denied|unauthorized|authentication required/i,
    );

    const post = memoryIO({}, { HOME: home }, state);
    expect(await runAction(logout, post)).toBe(true);
    expect(existsSync(configDir)).toBe(false);
  }, 60_000);

  it('registries_only limits it to some integrations; the primary serves a shared domain', async () => {
    const io = await runWith(
      login,
      { registries: registries(), registries_only: 'prod', dir: path.join(dir, 'only') },
      { ...env, HOME: path.join(dir, 'nohome') },
    );
    expect(io.failed).toBeUndefined();
    expect(io.outputs.domains).toBe(shared.host);
    expect(await inspect(io.outputs.auth_file, `${shared.host}/prod/app:1`)).toMatch(/^sha256:/);
    expect(Object.keys(JSON.parse(readFileSync(io.outputs.auth_file, 'utf8')).auths)).toEqual([
      shared.host,
    ]);
  });

  it.each([
    [{ registries_only: 'nope' }, /^Input registries_only: there is no registry named "nope"/],
    [
      { registries_only: 'partner', registry_contexts: 'staging' },
      'Input registry_contexts: staging is not among registries_only (partner)',
    ],
  ])('bad input %j fails, writing nothing', async (inputs, message) => {
    const target = path.join(dir, `bad-${Object.values(inputs).join('-')}`);
    const io = await runWith(login, { registries: registries(), dir: target, ...inputs }, env);
    expect(io.failed).toMatch(message);
    expect(existsSync(target)).toBe(false);
  });

  it('CLI: login prints export lines for a shell, logout removes what it wrote', async () => {
    const target = path.join(dir, 'cli');
    let stdout = '';
    let stderr = '';
    const streams = {
      stdout: (t: string) => (stdout += t),
      stderr: (t: string) => (stderr += t),
      env: { ...env, HOME: path.join(dir, 'nohome') },
    };
    expect(await runCli(['login', '--registries', registries(), '--dir', target], streams)).toBe(0);
    expect(stdout).toContain(`export DOCKER_CONFIG='${target}'\n`);
    expect(stdout).toContain(`export REGISTRY_AUTH_FILE='${path.join(target, 'auth.json')}'\n`);
    expect(stdout + stderr).not.toMatch(/secret-pw|partner-pw/);
    expect(await inspect(path.join(target, 'auth.json'), `${shared.host}/prod/app:1`)).toMatch(
      /^sha256:/,
    );

    expect(await runCli(['logout', '--dir', target], streams)).toBe(0);
    expect(existsSync(target)).toBe(false);
  });

  it('never writes through links planted in --dir, and logout removes only what login made', async () => {
    const outside = path.join(dir, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'auth.json'), 'the victim\n');
    const target = path.join(dir, 'planted');
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(path.join(outside, 'config.json'), path.join(target, 'config.json'));
    symlinkSync(path.join(outside, 'auth.json'), path.join(target, 'auth.json'));
    let stdout = '';
    let stderr = '';
    const streams = {
      stdout: (t: string) => (stdout += t),
      stderr: (t: string) => (stderr += t),
      env: { ...env, HOME: path.join(dir, 'nohome') },
    };
    expect(
      await runCli(['login', '--registries', registries(), '--dir', target], streams),
    ).not.toBe(0);
    expect(stderr).toContain(
      `The login folder already holds config.json as a link (${path.join(target, 'config.json')}); login creates its files new and never writes through what it finds: remove it or name another dir`,
    );
    expect(existsSync(path.join(outside, 'config.json'))).toBe(false);
    expect(readFileSync(path.join(outside, 'auth.json'), 'utf8')).toBe('the victim\n');
    expect(stdout + stderr).not.toMatch(/secret-pw|partner-pw/);

    expect(await runCli(['logout', '--dir', target], streams)).toBe(0);
    // The planted links are not login's: they stay, and so does what they point to.
    expect(readlinkSync(path.join(target, 'config.json'))).toBe(path.join(outside, 'config.json'));
    expect(readlinkSync(path.join(target, 'auth.json'))).toBe(path.join(outside, 'auth.json'));
    expect(readFileSync(path.join(outside, 'auth.json'), 'utf8')).toBe('the victim\n');
  });

  it('refuses a --dir that is a link or that others may write to; logout leaves a folder it did not write', async () => {
    const outside = path.join(dir, 'outside-dir');
    mkdirSync(outside, { recursive: true });
    const linked = path.join(dir, 'linked-dir');
    symlinkSync(outside, linked);
    const io = await runWith(login, { registries: registries(), dir: linked }, env);
    expect(io.failed).toBe(
      `The login folder ${linked} is a link; login writes credentials only into a real folder: name another dir`,
    );
    expect(existsSync(path.join(outside, 'config.json'))).toBe(false);

    const open = path.join(dir, 'open-dir');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const io2 = await runWith(login, { registries: registries(), dir: open }, env);
    expect(io2.failed).toMatch(
      `The login folder ${open} is not this user's alone (owned by uid ${process.getuid!()}, mode 777)`,
    );
    expect(existsSync(path.join(open, 'config.json'))).toBe(false);

    // A folder with a config.json of someone else's making: logout without login's record keeps it.
    const other = path.join(dir, 'other-dir');
    mkdirSync(other, { mode: 0o700 });
    writeFileSync(path.join(other, 'config.json'), '{}');
    const post = await runWith(logout, { dir: other }, env);
    expect(post.failed).toBeUndefined();
    expect(existsSync(path.join(other, 'config.json'))).toBe(true);
  });
});
