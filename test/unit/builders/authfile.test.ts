import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  authConfig,
  conflictingDomains,
  mergeAuthConfigs,
  writeAuthFile,
} from '../../../src/builders/authfile.js';
import { redact } from '../../../src/secrets.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const alice = { username: 'alice', password: 'alice-pw' };
const bob = { username: 'bob', password: 'bob-pw' };

describe('auth files', () => {
  it('hold one entry per domain with credentials, in the Docker config format', () => {
    expect(
      authConfig([
        { domain: 'ghcr.io', credentials: alice },
        { domain: 'quay.io' }, // anonymous: no entry
        { domain: '127.0.0.1:5000', credentials: bob },
      ]),
    ).toEqual({
      auths: {
        'ghcr.io': { auth: b64('alice:alice-pw') },
        '127.0.0.1:5000': { auth: b64('bob:bob-pw') },
      },
    });
  });

  it('write Docker Hub under both the domain and the key the docker CLI looks up', () => {
    expect(authConfig([{ domain: 'docker.io', credentials: alice }]).auths).toEqual({
      'docker.io': { auth: b64('alice:alice-pw') },
      'https://index.docker.io/v1/': { auth: b64('alice:alice-pw') },
    });
  });

  it('mask the base64 form as soon as it is made', () => {
    authConfig([{ domain: 'r.example', credentials: { username: 'carol', password: 'carol-pw' } }]);
    expect(redact(`auth ${b64('carol:carol-pw')}`)).toBe('auth ***');
  });

  it('hold an identity token as docker writes it: user with an empty password, and the token', () => {
    const acr = { username: '<token>', password: '', identityToken: 'af-refresh-token-1' };
    expect(authConfig([{ domain: 'acme.azurecr.io', credentials: acr }]).auths).toEqual({
      'acme.azurecr.io': { auth: b64('<token>:'), identitytoken: 'af-refresh-token-1' },
    });
    expect(redact('af-refresh-token-1')).toBe('***');
    const other = authConfig([
      { domain: 'acme.azurecr.io', credentials: { ...acr, identityToken: 'af-refresh-token-2' } },
    ]);
    expect(
      conflictingDomains(authConfig([{ domain: 'acme.azurecr.io', credentials: acr }]), other),
    ).toEqual(['acme.azurecr.io']);
  });

  it('merge pulls and push unless a domain needs two identities', () => {
    const pull = authConfig([
      { domain: 'gcr.io', credentials: alice },
      { domain: 'ghcr.io', credentials: bob },
    ]);
    const samePush = authConfig([{ domain: 'gcr.io', credentials: alice }]);
    const otherPush = authConfig([{ domain: 'gcr.io', credentials: bob }]);
    expect(mergeAuthConfigs(pull, samePush)).toEqual(pull);
    expect(
      Object.keys(
        mergeAuthConfigs(pull, authConfig([{ domain: 'quay.io', credentials: bob }]))?.auths ?? {},
      ),
    ).toEqual(['gcr.io', 'ghcr.io', 'quay.io']);
    expect(conflictingDomains(pull, otherPush)).toEqual(['gcr.io']);
    expect(mergeAuthConfigs(pull, otherPush)).toBeUndefined();
  });

  it('are written readable by their owner only, in a directory only the owner may enter', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'authfile-test-'));
    try {
      const file = path.join(dir, 'pull', 'config.json');
      const config = authConfig([{ domain: 'ghcr.io', credentials: alice }]);
      await writeAuthFile(file, config);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(config);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
