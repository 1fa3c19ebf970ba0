import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  dockerConfigPath,
  readDockerConfigCredentials,
} from '../../../src/registry/docker-config.js';
import { UserError } from '../../../src/errors.js';
import { redact } from '../../../src/secrets.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('readDockerConfigCredentials', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const write = (name: string, content: string): string => {
    const sub = path.join(dir, name);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'config.json'), content);
    return sub;
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'docker-config-'));
    const configDir = write(
      'main',
      JSON.stringify({
        auths: {
          'ghcr.io': { auth: b64('octo:dc-ghcr-pass-1') },
          'https://index.docker.io/v1/': { auth: b64('hubuser:dc-hub-pass-2') },
          'localhost:5000': { username: 'local', password: 'dc-local-pass-3' },
          'quay.io': { identitytoken: 'dc-refresh-token' },
          'http://registry.example.com:8443/v2/': { auth: b64('ex:dc-ex-pass-4:with:colons') },
          'https://gcr.io': { auth: b64('url:dc-gcr-url-pass') },
          'gcr.io': { auth: b64('exact:dc-gcr-exact-pass') },
          'eu.gcr.io': {},
          'bad.example.com': { auth: b64('no-colon-here') },
        },
        credsStore: 'desktop',
      }),
    );
    env = { DOCKER_CONFIG: configDir };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each<[string, { username: string; password: string } | undefined]>([
    ['ghcr.io', { username: 'octo', password: 'dc-ghcr-pass-1' }],
    ['docker.io', { username: 'hubuser', password: 'dc-hub-pass-2' }],
    ['index.docker.io', { username: 'hubuser', password: 'dc-hub-pass-2' }],
    ['localhost:5000', { username: 'local', password: 'dc-local-pass-3' }],
    ['registry.example.com:8443', { username: 'ex', password: 'dc-ex-pass-4:with:colons' }],
    ['gcr.io', { username: 'exact', password: 'dc-gcr-exact-pass' }],
    ['GHCR.IO', { username: 'octo', password: 'dc-ghcr-pass-1' }],
    // An identity token needs a token exchange: not read yet.
    ['quay.io', undefined],
    ['eu.gcr.io', undefined],
    ['registry.example.com', undefined],
    ['nowhere.example.com', undefined],
  ])('%s', (domain, expected) => {
    expect(readDockerConfigCredentials(domain, env)).toEqual(expected);
  });

  it('masks the password and the base64 form', () => {
    readDockerConfigCredentials('ghcr.io', env);
    readDockerConfigCredentials('localhost:5000', env);
    expect(redact(`a dc-ghcr-pass-1 b ${b64('octo:dc-ghcr-pass-1')} c`)).toBe('a *** b *** c');
    expect(redact(`${b64('local:dc-local-pass-3')}`)).toBe('***');
  });

  it('fails on an auth that is not user:password, without quoting it', () => {
    const call = () => readDockerConfigCredentials('bad.example.com', env);
    expect(call).toThrow(UserError);
    expect(call).toThrow('the auth of "bad.example.com" is not base64 of user:password');
    expect(call).not.toThrow('no-colon-here');
  });

  it('falls back to $HOME/.docker/config.json', () => {
    const home = path.join(dir, 'home');
    write(
      'home/.docker',
      JSON.stringify({ auths: { 'ghcr.io': { auth: b64('homeuser:dc-home-pass') } } }),
    );
    expect(dockerConfigPath({ HOME: home })).toBe(path.join(home, '.docker', 'config.json'));
    expect(readDockerConfigCredentials('ghcr.io', { HOME: home })).toEqual({
      username: 'homeuser',
      password: 'dc-home-pass',
    });
  });

  it.each<[string, () => NodeJS.ProcessEnv]>([
    ['a DOCKER_CONFIG without config.json', () => ({ DOCKER_CONFIG: path.join(dir, 'missing') })],
    ['neither DOCKER_CONFIG nor HOME', () => ({})],
    ['a config without auths', () => ({ DOCKER_CONFIG: write('noauths', '{"credsStore":"x"}') })],
  ])('gives undefined for %s', (_title, makeEnv) => {
    expect(readDockerConfigCredentials('ghcr.io', makeEnv())).toBeUndefined();
  });

  it('fails on malformed JSON, naming the file and not quoting it', () => {
    const configDir = write(
      'broken',
      '{\n  "auths": {\n    "ghcr.io": { "auth": "c2VjcmV0LXZhbHVl" ,, }\n}',
    );
    const call = () => readDockerConfigCredentials('ghcr.io', { DOCKER_CONFIG: configDir });
    expect(call).toThrow(UserError);
    expect(call).toThrow(
      `The Docker config ${path.join(configDir, 'config.json')} is not valid JSON (line 3)`,
    );
    expect(call).not.toThrow('c2VjcmV0');
  });
});
