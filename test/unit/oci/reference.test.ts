import { describe, it, expect } from '@jest/globals';
import {
  formatReference,
  parseReference,
  sanitizeTag,
  tagFromItem,
  type ImageReference,
} from '../../../src/oci/reference.js';
import { UserError } from '../../../src/errors.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  it.each<[string, ImageReference]>([
    ['nginx', { domain: 'docker.io', repository: 'library/nginx', tag: 'latest' }],
    ['nginx:1.25', { domain: 'docker.io', repository: 'library/nginx', tag: '1.25' }],
    ['docker.io/nginx', { domain: 'docker.io', repository: 'library/nginx', tag: 'latest' }],
    ['acme/app', { domain: 'docker.io', repository: 'acme/app', tag: 'latest' }],
    [
      'index.docker.io/library/nginx:1',
      { domain: 'docker.io', repository: 'library/nginx', tag: '1' },
    ],
    [
      'registry-1.docker.io/acme/app',
      { domain: 'docker.io', repository: 'acme/app', tag: 'latest' },
    ],
    ['Index.Docker.IO/acme/app', { domain: 'docker.io', repository: 'acme/app', tag: 'latest' }],
    ['ghcr.io/acme/app:v1', { domain: 'ghcr.io', repository: 'acme/app', tag: 'v1' }],
    ['localhost:5000/app', { domain: 'localhost:5000', repository: 'app', tag: 'latest' }],
    ['localhost/app:dev', { domain: 'localhost', repository: 'app', tag: 'dev' }],
    ['[::1]:5000/app:v1', { domain: '[::1]:5000', repository: 'app', tag: 'v1' }],
    ['gcr.io/proj/app@' + DIGEST, { domain: 'gcr.io', repository: 'proj/app', digest: DIGEST }],
    [
      `gcr.io/proj/app@sha512:${'c'.repeat(128)}`,
      { domain: 'gcr.io', repository: 'proj/app', digest: `sha512:${'c'.repeat(128)}` },
    ],
    ['localhost:65535/app', { domain: 'localhost:65535', repository: 'app', tag: 'latest' }],
    [
      'k3d-reg.localhost:5000/app',
      { domain: 'k3d-reg.localhost:5000', repository: 'app', tag: 'latest' },
    ],
    [
      'gcr.io/proj/app:v2@' + DIGEST,
      { domain: 'gcr.io', repository: 'proj/app', tag: 'v2', digest: DIGEST },
    ],
    ['  quay.io/a/b-c__d.e:x  ', { domain: 'quay.io', repository: 'a/b-c__d.e', tag: 'x' }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  it('leaves the tag out when defaultTag is false', () => {
    expect(parseReference('ghcr.io/acme/app', { defaultTag: false })).toEqual({
      domain: 'ghcr.io',
      repository: 'acme/app',
    });
  });

  it.each<[string, string]>([
    ['Acme/App', 'repository names must be lowercase'],
    ['ghcr.io/Acme/app', 'repository names must be lowercase'],
    ['app:-bad', '"-bad" is not a valid tag'],
    [`app:${'t'.repeat(129)}`, 'is not a valid tag'],
    ['app@sha256:abc', '"sha256:abc" is not a digest'],
    [`app@sha256:${'A'.repeat(64)}`, 'is not a digest (expected sha256:<64 hex digits> or sha512'],
    [`app@sha512:${'a'.repeat(64)}`, 'is not a digest'],
    [`app@md5:${'a'.repeat(32)}`, 'is not a digest'],
    ['app@sha256:../../x', 'is not a digest'],
    ['127.0.0.1:99999/app', 'is not a valid registry domain (host[:port], the port 1 to 65535)'],
    ['localhost:0/app', 'is not a valid registry domain'],
    ['', 'it is empty'],
    ['   ', 'it is empty'],
    ['a b', 'white space'],
    ['ghcr.io/', 'the repository name is missing'],
    ['ghcr.io/a//b', '"" is not a valid repository path component'],
    ['ghcr.io/-a', '"-a" is not a valid repository path component'],
    [`ghcr.io/${'a'.repeat(250)}`, 'longer than 255 characters'],
  ])('rejects %j', (text, fragment) => {
    const call = () => parseReference(text, { what: 'candidate' });
    expect(call).toThrow(UserError);
    expect(call).toThrow(fragment);
    expect(call).toThrow(`Invalid candidate "${text}"`);
  });
});

describe('formatReference', () => {
  it.each([
    'docker.io/library/nginx:latest',
    'ghcr.io/acme/app:v1',
    'localhost:5000/app:dev',
    '[::1]:5000/app:v1',
    `gcr.io/proj/app@${DIGEST}`,
    `gcr.io/proj/app:v2@${DIGEST}`,
  ])('round-trips %s', (text) => {
    expect(formatReference(parseReference(text))).toBe(text);
  });

  it('writes the normalised form', () => {
    expect(formatReference(parseReference('nginx'))).toBe('docker.io/library/nginx:latest');
  });
});

describe('tagFromItem', () => {
  it.each([
    ['v1.2.3', 'v1.2.3'],
    ['  latest ', 'latest'],
    ['ghcr.io/acme/app:1.2.3', '1.2.3'],
    ['acme/app:sha-abc', 'sha-abc'],
    [`ghcr.io/acme/app:pr-7@${DIGEST}`, 'pr-7'],
  ])('%s → %s', (item, tag) => {
    expect(tagFromItem(item)).toBe(tag);
  });

  it.each([
    ['ghcr.io/acme/app', 'Invalid tags item "ghcr.io/acme/app": it names no tag'],
    ['-bad', 'Invalid tags item "-bad"'],
  ])('rejects %s', (item, message) => {
    expect(() => tagFromItem(item)).toThrow(message);
  });

  it('names the input', () => {
    expect(() => tagFromItem('ghcr.io/acme/app', 'tag')).toThrow('Invalid tag item');
  });
});

describe('sanitizeTag', () => {
  it.each([
    ['feature/Foo_bar', 'feature-Foo_bar'],
    ['20200110-RC2', '20200110-RC2'],
    ['main', 'main'],
    ['v1.2.3', 'v1.2.3'],
    ['..-.hidden', 'hidden'],
    ['--x', 'x'],
    ['release/2024 Q1!', 'release-2024-Q1-'],
    ['---', 'latest'],
    ['', 'latest'],
    ['a'.repeat(200), 'a'.repeat(128)],
  ])('%j → %j', (name, tag) => {
    expect(sanitizeTag(name)).toBe(tag);
  });
});
