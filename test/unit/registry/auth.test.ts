import { describe, expect, it } from '@jest/globals';
import {
  basicValue,
  parseChallenge,
  parseRegistryErrors,
  registryMessage,
} from '../../../src/registry/auth.js';

describe('WWW-Authenticate', () => {
  it.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/nginx:pull',
        },
      },
    ],
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull,push"',
      {
        scheme: 'bearer',
        params: {
          realm: 'https://ghcr.io/token',
          service: 'ghcr.io',
          scope: 'repository:a/b:pull,push',
        },
      },
    ],
    ['Basic realm="Registry Realm"', { scheme: 'basic', params: { realm: 'Registry Realm' } }],
    ['basic realm=plain', { scheme: 'basic', params: { realm: 'plain' } }],
    [
      // Two challenges in one header (repeated headers are joined by commas): Bearer wins.
      'Basic realm="Registry, the realm", Bearer realm="https://auth.example/token",service="reg"',
      { scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'reg' } },
    ],
    [
      'Bearer realm="https://a.example/t",error="insufficient_scope", Basic realm="x"',
      { scheme: 'bearer', params: { realm: 'https://a.example/t', error: 'insufficient_scope' } },
    ],
    ['Negotiate abc, Basic realm="r"', { scheme: 'basic', params: { realm: 'r' } }],
    ['Negotiate abc', undefined],
    [undefined, undefined],
  ])('%s', (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected);
  });
});

describe("the registry's errors", () => {
  it('turns the JSON error list into CODE: message', () => {
    const body = JSON.stringify({
      errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }],
    });
    expect(registryMessage(body)).toBe(': DENIED: requested access to the resource is denied');
    expect(parseRegistryErrors(body)).toEqual([
      { code: 'DENIED', message: 'requested access to the resource is denied' },
    ]);
  });
  it('keeps a short plain body and drops an HTML page', () => {
    expect(registryMessage('quota exceeded')).toBe(': quota exceeded');
    expect(registryMessage('<html><body>502</body></html>')).toBe('');
    expect(registryMessage('')).toBe('');
  });
});

it('encodes Basic credentials', () => {
  expect(basicValue({ username: 'u', password: 'p:w' })).toBe(
    Buffer.from('u:p:w').toString('base64'),
  );
});
