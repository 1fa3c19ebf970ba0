import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  dockerConfigDomains,
  dockerConfigPath,
  readDockerConfigCredentials,
} from '../../../src/credentials/docker-config.js';
import { helperCredentials } from '../../../src/credentials/credential-helper.js';
import { UserError } from '../../../src/errors.js';
import { redact } from '../../../src/secrets.js';
import { installTestHelper, type TestHelper } from '../../helpers/credential-helper.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

let dir: string;
const write = (name: string, content: string): string => {
  const sub = path.join(dir, name);
  mkdirSync(sub, { recursive: true });
  writeFileSync(path.join(sub, 'config.json'), content);
  return sub;
};
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'docker-config-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDockerConfigCredentials: auths', () => {
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    const configDir = write(
      'main',
      JSON.stringify({
        auths: {
          'ghcr.io': { auth: b64('octo:dc-ghcr-pass-1') },
          'https://index.docker.io/v1/': { auth: b64('hubuser:dc-hub-pass-2') },
          'localhost:5000': { username: 'local', password: 'dc-local-pass-3' },
          'quay.io': { identitytoken: 'dc-refresh-token-1' },
          'myacr.azurecr.io': {
            auth: b64('00000000-0000-0000-0000-000000000000:'),
            identitytoken: 'dc-refresh-token-2',
          },
          'http://registry.example.com:8443/v2/': { auth: b64('ex:dc-ex-pass-4:with:colons') },
          'https://gcr.io': { auth: b64('url:dc-gcr-url-pass') },
          'gcr.io': { auth: b64('exact:dc-gcr-exact-pass') },
          'eu.gcr.io': {},
          'bad.example.com': { auth: b64('no-colon-here') },
        },
      }),
    );
    env = { DOCKER_CONFIG: configDir };
  });

  it.each<[string, Record<string, unknown> | undefined]>([
    ['ghcr.io', { username: 'octo', password: 'dc-ghcr-pass-1' }],
    ['docker.io', { username: 'hubuser', password: 'dc-hub-pass-2' }],
    ['index.docker.io', { username: 'hubuser', password: 'dc-hub-pass-2' }],
    ['registry-1.docker.io', { username: 'hubuser', password: 'dc-hub-pass-2' }],
    ['localhost:5000', { username: 'local', password: 'dc-local-pass-3' }],
    ['registry.example.com:8443', { username: 'ex', password: 'dc-ex-pass-4:with:colons' }],
    ['gcr.io', { username: 'exact', password: 'dc-gcr-exact-pass' }],
    ['GHCR.IO', { username: 'octo', password: 'dc-ghcr-pass-1' }],
    ['quay.io', { username: '<token>', password: '', identityToken: 'dc-refresh-token-1' }],
    [
      'myacr.azurecr.io',
      {
        username: '00000000-0000-0000-0000-000000000000',
        password: '',
        identityToken: 'dc-refresh-token-2',
      },
    ],
    ['eu.gcr.io', undefined],
    ['registry.example.com', undefined],
    ['nowhere.example.com', undefined],
  ])('%s', async (domain, expected) => {
    const found = await readDockerConfigCredentials(domain, env);
    if (expected === undefined) expect(found).toBeUndefined();
    else
      expect(found).toEqual({ ...expected, source: expect.stringContaining('the Docker config') });
  });

  it('masks the password, the base64 form and identity tokens', async () => {
    await readDockerConfigCredentials('ghcr.io', env);
    await readDockerConfigCredentials('localhost:5000', env);
    await readDockerConfigCredentials('quay.io', env);
    expect(redact(`a dc-ghcr-pass-1 b ${b64('octo:dc-ghcr-pass-1')} c`)).toBe('a *** b *** c');
    expect(redact(`${b64('local:dc-local-pass-3')}`)).toBe('***');
    expect(redact('dc-refresh-token-1')).toBe('***');
  });

  it('fails on an auth that is not user:password, without quoting it', async () => {
    const call = readDockerConfigCredentials('bad.example.com', env);
    await expect(call).rejects.toThrow(UserError);
    await expect(call).rejects.toThrow(
      'the auth of "bad.example.com" is not base64 of user:password',
    );
    await expect(call).rejects.not.toThrow('no-colon-here');
  });

  it('falls back to $HOME/.docker/config.json', async () => {
    const home = path.join(dir, 'home');
    write(
      'home/.docker',
      JSON.stringify({ auths: { 'ghcr.io': { auth: b64('homeuser:dc-home-pass') } } }),
    );
    expect(dockerConfigPath({ HOME: home })).toBe(path.join(home, '.docker', 'config.json'));
    expect(await readDockerConfigCredentials('ghcr.io', { HOME: home })).toMatchObject({
      username: 'homeuser',
      password: 'dc-home-pass',
    });
  });

  it.each<[string, () => NodeJS.ProcessEnv]>([
    ['a DOCKER_CONFIG without config.json', () => ({ DOCKER_CONFIG: path.join(dir, 'missing') })],
    ['neither DOCKER_CONFIG nor HOME', () => ({})],
    [
      'a config without auths',
      () => ({ DOCKER_CONFIG: write('noauths', '{"currentContext":"x"}') }),
    ],
    ['an empty file', () => ({ DOCKER_CONFIG: write('empty', '') })],
    ['a file of whitespace', () => ({ DOCKER_CONFIG: write('blank', '\n  \n') })],
    ['{}', () => ({ DOCKER_CONFIG: write('braces', '{}') })],
    ['an empty DOCKER_AUTH_CONFIG', () => ({ DOCKER_AUTH_CONFIG: '' })],
  ])('gives undefined for %s', async (_title, makeEnv) => {
    expect(await readDockerConfigCredentials('ghcr.io', makeEnv())).toBeUndefined();
  });

  it('fails on malformed JSON, naming the file and not quoting it', async () => {
    const configDir = write(
      'broken',
      '{\n  "auths": {\n    "ghcr.io": { "auth": "c2VjcmV0LXZhbHVl" ,, }\n}',
    );
    const call = readDockerConfigCredentials('ghcr.io', { DOCKER_CONFIG: configDir });
    await expect(call).rejects.toThrow(UserError);
    await expect(call).rejects.toThrow(
      `The Docker config ${path.join(configDir, 'config.json')} is not valid JSON (line 3)`,
    );
    await expect(call).rejects.not.toThrow('c2VjcmV0');
  });
});

describe('readDockerConfigCredentials: DOCKER_AUTH_CONFIG', () => {
  it('is read before the file; the file still serves the domains it does not name', async () => {
    const configDir = write(
      'under-env',
      JSON.stringify({
        auths: {
          'ghcr.io': { auth: b64('fileuser:dc-file-pass') },
          'quay.io': { auth: b64('quayfile:dc-quay-file-pass') },
        },
      }),
    );
    const env = {
      DOCKER_CONFIG: configDir,
      DOCKER_AUTH_CONFIG: JSON.stringify({
        auths: { 'ghcr.io': { auth: b64('envuser:dc-env-pass') } },
      }),
    };
    expect(await readDockerConfigCredentials('ghcr.io', env)).toEqual({
      username: 'envuser',
      password: 'dc-env-pass',
      source: 'the entry "ghcr.io" of DOCKER_AUTH_CONFIG',
    });
    expect(await readDockerConfigCredentials('quay.io', env)).toMatchObject({
      username: 'quayfile',
    });
    expect(dockerConfigDomains(env).sort()).toEqual(['ghcr.io', 'quay.io']);
  });

  it('fails when it is not JSON, naming the variable and not quoting it', async () => {
    const call = readDockerConfigCredentials('ghcr.io', {
      DOCKER_AUTH_CONFIG: '{"auths": {"ghcr.io": {"auth": "dc-secret-in-env"}}',
    });
    await expect(call).rejects.toThrow(/^DOCKER_AUTH_CONFIG is not valid JSON/);
    await expect(call).rejects.not.toThrow('dc-secret-in-env');
  });
});

describe('readDockerConfigCredentials: credential helpers', () => {
  let helper: TestHelper;
  beforeAll(async () => {
    helper = await installTestHelper();
    helper.set('gcr.io', { Username: 'oauth2accesstoken', Secret: 'dc-helper-secret-1' });
    helper.set('https://index.docker.io/v1/', { Username: 'hub', Secret: 'dc-helper-hub-2' });
    helper.set('quay.io', { Username: '<token>', Secret: 'dc-helper-identity-3' });
    helper.set('fail.example.com', { exit: 3, stdout: 'the keychain is locked\n' });
    helper.set('garbage.example.com', { raw: 'dc-helper-garbage-4 {' });
  });
  afterAll(() => helper.stop());

  const config = (content: Record<string, unknown>) => ({
    DOCKER_CONFIG: write(
      `helpers-${Object.keys(content).join('-')}-${Math.random()}`,
      JSON.stringify(content),
    ),
    PATH: helper.path,
  });

  it('runs the credHelpers entry of the domain: get, the server URL on stdin', async () => {
    const env = config({
      auths: { 'gcr.io': { auth: b64('ignored:dc-not-this') } },
      credHelpers: { 'gcr.io': 'test', 'quay.io': 'test' },
    });
    const before = helper.calls().length;
    expect(await readDockerConfigCredentials('gcr.io', env)).toEqual({
      username: 'oauth2accesstoken',
      password: 'dc-helper-secret-1',
      source: expect.stringContaining('docker-credential-test, asked for the Docker config'),
    });
    expect(helper.calls().slice(before)).toEqual([{ args: ['get'], input: 'gcr.io' }]);
    expect(redact('dc-helper-secret-1')).toBe('***');
    // `<token>` as username: the secret is an identity token.
    expect(await readDockerConfigCredentials('quay.io', env)).toMatchObject({
      username: '<token>',
      password: '',
      identityToken: 'dc-helper-identity-3',
    });
    expect(redact('dc-helper-identity-3')).toBe('***');
    // Another domain: no helper is run, auths answer (none here).
    expect(await readDockerConfigCredentials('ghcr.io', env)).toBeUndefined();
    expect(dockerConfigDomains(env).sort()).toEqual(['gcr.io', 'quay.io']);
  });

  it('asks the credsStore for every domain without a credHelpers entry, Docker Hub by its v1 URL', async () => {
    const env = config({
      auths: { 'ghcr.io': { auth: b64('octo:dc-ignored-with-store') } },
      credsStore: 'test',
    });
    const before = helper.calls().length;
    expect(await readDockerConfigCredentials('docker.io', env)).toMatchObject({
      username: 'hub',
      password: 'dc-helper-hub-2',
    });
    // As with docker, the store answers for ghcr.io too: it holds nothing, so nothing.
    expect(await readDockerConfigCredentials('ghcr.io', env)).toBeUndefined();
    expect(
      helper
        .calls()
        .slice(before)
        .map((c) => c.input),
    ).toEqual(['https://index.docker.io/v1/', 'ghcr.io']);
  });

  it('fails on a helper that is not installed, naming it and the config file', async () => {
    const env = config({ credHelpers: { 'gcr.io': 'nosuch' } });
    await expect(readDockerConfigCredentials('gcr.io', env)).rejects.toThrow(
      `The Docker config ${path.join(env.DOCKER_CONFIG, 'config.json')} (credHelpers "gcr.io"): the credential helper docker-credential-nosuch is not installed (not found on PATH)`,
    );
  });

  it('fails on a helper that exits non-zero or answers garbage, keeping its stderr out', async () => {
    const env = config({ credsStore: 'test' });
    const failed = readDockerConfigCredentials('fail.example.com', env);
    await expect(failed).rejects.toThrow(
      /\(credsStore\): the credential helper docker-credential-test failed \(exit code 3\); run it by hand to see why$/,
    );
    await expect(failed).rejects.not.toThrow('diagnostics');
    await expect(failed).rejects.not.toThrow('keychain');
    const garbage = readDockerConfigCredentials('garbage.example.com', env);
    await expect(garbage).rejects.toThrow('answered something that is not its JSON');
    await expect(garbage).rejects.not.toThrow('dc-helper-garbage-4');
  });
});

describe('helperCredentials', () => {
  it('fails on a helper that does not answer in time', async () => {
    const helper = await installTestHelper();
    try {
      helper.set('slow.example.com', { sleepMs: 10_000 });
      const started = Date.now();
      await expect(
        helperCredentials({
          helper: 'test',
          serverUrl: 'slow.example.com',
          where: 'Registry slow (registries.yml line 3)',
          env: { PATH: helper.path },
          timeoutMs: 500,
        }),
      ).rejects.toThrow(
        'Registry slow (registries.yml line 3): the credential helper docker-credential-test did not answer within 1 s',
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await helper.stop();
    }
  });

  /** Whether a process still runs: a zombie (killed, not yet reaped by whoever adopted it) does not. */
  const alive = (pid: number) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return !/^\d+ \(.*\) [ZX] /s.test(stat);
    } catch {
      return false;
    }
  };

  it('kills the whole group of a helper whose child holds its stdout open (the env timeout)', async () => {
    const helper = await installTestHelper();
    const saved = process.env.IMAGE_ACTIONS_HELPER_TIMEOUT_MS;
    process.env.IMAGE_ACTIONS_HELPER_TIMEOUT_MS = '800';
    try {
      helper.set('held.example.com', { forkHold: 'hang' });
      const started = Date.now();
      await expect(
        helperCredentials({
          helper: 'test',
          serverUrl: 'held.example.com',
          where: 'Registry held (registries.yml line 5)',
          env: { PATH: helper.path },
        }),
      ).rejects.toThrow(
        'Registry held (registries.yml line 5): the credential helper docker-credential-test did not answer within 1 s',
      );
      expect(Date.now() - started).toBeLessThan(5_000);
      const grandchild = helper.grandchild();
      expect(grandchild).toBeGreaterThan(0);
      // SIGKILL is delivered at once, but the kernel reaps a moment later.
      for (let i = 0; i < 50 && alive(grandchild!); i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(alive(grandchild!)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.IMAGE_ACTIONS_HELPER_TIMEOUT_MS;
      else process.env.IMAGE_ACTIONS_HELPER_TIMEOUT_MS = saved;
      await helper.stop();
    }
  });

  it('takes the answer of a helper that exits leaving a child on its stdout, and ends the child', async () => {
    const helper = await installTestHelper();
    try {
      helper.set('left.example.com', { forkHold: { Username: 'u', Secret: 'dc-left-6' } });
      const started = Date.now();
      const found = await helperCredentials({
        helper: 'test',
        serverUrl: 'left.example.com',
        where: 'W',
        env: { PATH: helper.path },
        timeoutMs: 30_000,
      });
      expect(found).toMatchObject({ username: 'u', password: 'dc-left-6' });
      expect(Date.now() - started).toBeLessThan(10_000);
      const grandchild = helper.grandchild()!;
      for (let i = 0; i < 50 && alive(grandchild); i++) await new Promise((r) => setTimeout(r, 20));
      expect(alive(grandchild)).toBe(false);
    } finally {
      await helper.stop();
    }
  });

  it('stops a helper that floods its stdout at 1 MiB, naming it and quoting nothing', async () => {
    const helper = await installTestHelper();
    try {
      helper.set('flood.example.com', { flood: '{"Secret":"dc-flood-7"} ' });
      const started = Date.now();
      const call = helperCredentials({
        helper: 'test',
        serverUrl: 'flood.example.com',
        where: 'Registry flood (registries.yml line 7)',
        env: { PATH: helper.path },
        timeoutMs: 30_000,
      });
      await expect(call).rejects.toThrow(
        'Registry flood (registries.yml line 7): the credential helper docker-credential-test answered more than 1 MiB, far more than credentials; it was stopped',
      );
      await expect(call).rejects.not.toThrow('dc-flood-7');
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await helper.stop();
    }
  });

  it('never quotes what a failing helper printed: it may be the secret', async () => {
    const helper = await installTestHelper();
    try {
      const answer = JSON.stringify({ Username: 'u', Secret: 'dc-failing-8' });
      helper.set('failing.example.com', { exit: 1, stdout: answer });
      const call = helperCredentials({
        helper: 'test',
        serverUrl: 'failing.example.com',
        where: 'W',
        env: { PATH: helper.path },
      });
      await expect(call).rejects.toThrow(
        'W: the credential helper docker-credential-test failed (exit code 1); run it by hand to see why',
      );
      await expect(call).rejects.not.toThrow('dc-failing-8');
    } finally {
      await helper.stop();
    }
  });

  it('refuses a helper name that is a path', async () => {
    await expect(
      helperCredentials({ helper: '../evil', serverUrl: 'x', where: 'W', env: {} }),
    ).rejects.toThrow('W: "../evil" is not a credential helper name');
  });
});
