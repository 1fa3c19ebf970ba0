import { describe, expect, it } from '@jest/globals';
import {
  dockerReference,
  parseSimpleSigning,
  parseStatement,
  preAuthEncoding,
  simpleSigningPayload,
  statement,
} from '../../../src/signing/formats.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('signature formats', () => {
  it('the simple-signing payload is the one cosign signs, byte for byte', () => {
    expect(simpleSigningPayload('ghcr.io/acme/app', DIGEST).toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"ghcr.io/acme/app"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},"optional":null}`,
    );
    expect(parseSimpleSigning(simpleSigningPayload('r', DIGEST))).toEqual({
      reference: 'r',
      digest: DIGEST,
    });
    expect(parseSimpleSigning(Buffer.from('{"critical":{"type":"other"}}'))).toBeUndefined();
    expect(parseSimpleSigning(Buffer.from('not json'))).toBeUndefined();
  });

  it('Docker Hub is named as go-containerregistry names it', () => {
    expect(dockerReference('docker.io', 'library/nginx')).toBe('index.docker.io/library/nginx');
    expect(dockerReference('127.0.0.1:5000', 'a/b')).toBe('127.0.0.1:5000/a/b');
  });

  it("DSSE's pre-authentication encoding (the spec's example)", () => {
    expect(
      preAuthEncoding('http://example.com/HelloWorld', Buffer.from('hello world')).toString(),
    ).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });

  it('a statement names its subject by digest; parseStatement takes only one about the digest', () => {
    const body = statement('reg/app', DIGEST, 'https://example.com/p', { a: 1 });
    expect(JSON.parse(body.toString())).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'reg/app', digest: { sha256: 'ab'.repeat(32) } }],
      predicateType: 'https://example.com/p',
      predicate: { a: 1 },
    });
    expect(parseStatement(body, DIGEST)?.predicateType).toBe('https://example.com/p');
    expect(parseStatement(body, `sha256:${'cd'.repeat(32)}`)).toBeUndefined();
  });
});
