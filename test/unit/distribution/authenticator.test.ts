import { describe, expect, it } from '@jest/globals';
import { basicValue } from '../../../src/credentials/credentials.js';
import { parseChallenge, parseChallenges } from '../../../src/distribution/challenge.js';
import { parseRegistryErrors, registryMessage } from '../../../src/distribution/registry-errors.js';
import { parseTokenAnswer } from '../../../src/distribution/authenticator.js';
import { redact } from '../../../src/secrets.js';

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

describe('challenges, each with its own parameters (RFC 9110 §11.6.1)', () => {
  it.each([
    [
      // A second challenge's realm must not replace the first's.
      'Bearer realm="https://a.example/t",service="reg", X realm="https://evil.example/t"',
      { scheme: 'bearer', params: { realm: 'https://a.example/t', service: 'reg' } },
    ],
    [
      'X realm="https://evil.example/t", Bearer realm="https://a.example/t"',
      { scheme: 'bearer', params: { realm: 'https://a.example/t' } },
    ],
    [
      'Bearer realm=A, realm=B',
      // A parameter named twice keeps its first value.
      { scheme: 'bearer', params: { realm: 'A' } },
    ],
    [
      'Negotiate YWJj==, Basic realm="r, with a comma", charset="UTF-8"',
      { scheme: 'basic', params: { realm: 'r, with a comma', charset: 'UTF-8' } },
    ],
    [
      'Bearer realm="quoted \\"inner\\" value"',
      { scheme: 'bearer', params: { realm: 'quoted "inner" value' } },
    ],
    ['Bearer', { scheme: 'bearer', params: {} }],
    [',,,', undefined],
  ])('%s', (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected);
  });

  it('lists every challenge of a header', () => {
    expect(parseChallenges('Basic realm="a", Digest realm="b", nonce="c", Bearer')).toEqual([
      { scheme: 'basic', params: { realm: 'a' } },
      { scheme: 'digest', params: { realm: 'b', nonce: 'c' } },
      { scheme: 'bearer', params: {} },
    ]);
  });
});

describe('token answers', () => {
  const service = 'reg: the token service at https://auth.example';
  it.each([
    ['{"token":"t1"}', { token: 't1' }],
    ['{"access_token":"t2","expires_in":300}', { access_token: 't2', expires_in: 300 }],
    ['{"token":"","access_token":"t3"}', { token: '', access_token: 't3' }],
  ])('takes %s', (text, expected) => {
    expect(parseTokenAnswer(text, service)).toEqual(expected);
  });

  it.each([
    ['null', 'sent no usable token (expected a JSON object with a token or access_token)'],
    ['[]', 'sent no usable token (expected a JSON object with a token or access_token)'],
    ['"t"', 'sent no usable token (expected a JSON object with a token or access_token)'],
    ['{}', 'sent no usable token (expected a JSON object with a token or access_token)'],
    ['{"token":5}', 'sent no usable token (token must be string)'],
    ['{"token":"t","expires_in":"60"}', 'sent no usable token (expires_in must be number)'],
    ['<html>', 'answered with no JSON'],
  ])('refuses %s in one line', (text, message) => {
    expect(() => parseTokenAnswer(text, service)).toThrow(`${service} ${message}`);
  });

  it('masks every token in an answer, even one it refuses', () => {
    const minted = 'refresh-token-minted-0123456789';
    expect(() =>
      parseTokenAnswer(JSON.stringify({ refresh_token: minted, expires_in: 'x' }), service),
    ).toThrow();
    expect(redact(`leaked ${minted}`)).toBe('leaked ***');
  });
});

describe('registry messages', () => {
  it('keeps what the registry says on one line, escaped', () => {
    const body = JSON.stringify({
      errors: [{ code: 'DENIED', message: 'no\n::stop-commands::x 100%' }],
    });
    expect(registryMessage(body)).toBe(': DENIED: no%0A::stop-commands::x 100%25');
    expect(registryMessage('::warning::plain')).toBe(': %3A%3Awarning::plain');
  });

  it('takes only strings from an error list of any shape', () => {
    expect(parseRegistryErrors('{"errors":[null,{"code":5,"message":{}}]}')).toEqual([
      { code: 'UNKNOWN', message: '' },
      { code: 'UNKNOWN', message: '' },
    ]);
    expect(parseRegistryErrors('null')).toEqual([]);
  });
});
