import { describe, expect, it } from '@jest/globals';
import { isReferrerTag, namesImage, parseImageName } from '../../../src/archives/ref-names.js';
import { formatArchiveLocation, parseArchiveLocation } from '../../../src/archives/transport.js';

describe('names an archive gives its images', () => {
  it.each([
    [
      'localhost:5000/acme/app:v1',
      { name: 'localhost:5000/acme/app', repository: 'acme/app', tag: 'v1' },
    ],
    ['busybox:1.36', { name: 'docker.io/library/busybox', repository: 'busybox', tag: '1.36' }],
    [
      'docker.io/library/busybox:1.36',
      { name: 'docker.io/library/busybox', repository: 'busybox', tag: '1.36' },
    ],
    [
      'ghcr.io/acme/app:latest',
      { name: 'ghcr.io/acme/app', repository: 'acme/app', tag: 'latest' },
    ],
  ])('%s is a name and a tag', (text, expected) => {
    expect(parseImageName(text)).toEqual(expected);
  });

  it.each(['latest', 'v1.2', 'acme/app', 'acme/app@sha256:' + 'a'.repeat(64), 'Not A Name:x'])(
    '%s is not',
    (text) => {
      expect(parseImageName(text)).toBeUndefined();
    },
  );

  it.each([
    ['sha256-' + 'a'.repeat(64), true],
    ['sha256-' + 'a'.repeat(64) + '.sig', true],
    ['sha256-' + 'a'.repeat(64) + '.att', true],
    ['sha256-' + 'a'.repeat(64) + '.sbom', true],
    ['sha256-' + 'a'.repeat(64) + '.other', false],
    ['v1', false],
    ['sha256-release', false],
  ])('%s is a referrer tag: %s', (tag, expected) => {
    expect(isReferrerTag(tag)).toBe(expected);
  });

  it('a user names an image as the archive does, or by its name without the registry', () => {
    const image = {
      ref: 'localhost:5000/acme/app:v1',
      name: parseImageName('localhost:5000/acme/app:v1'),
    };
    expect(namesImage('localhost:5000/acme/app:v1', image)).toBe(true);
    expect(namesImage('acme/app:v1', image)).toBe(true);
    expect(namesImage('acme/app:v2', image)).toBe(false);
    expect(namesImage('v1', { ref: 'v1' })).toBe(true);
    // A bare tag names an image by its tag, as skopeo matches buildx's ref name `v1`.
    expect(namesImage('v1', image)).toBe(true);
    expect(namesImage('v2', { ref: 'v1' })).toBe(false);
  });
});

describe("skopeo's transport names", () => {
  it.each([
    ['oci-archive:app.tar', { transport: 'oci-archive', path: 'app.tar' }],
    [
      'oci-archive:app.tar:localhost:5000/acme/app:v1',
      { transport: 'oci-archive', path: 'app.tar', ref: 'localhost:5000/acme/app:v1' },
    ],
    ['oci:/tmp/layout:v1', { transport: 'oci', path: '/tmp/layout', ref: 'v1' }],
    [
      'docker-archive:save.tar:acme/app:v1',
      { transport: 'docker-archive', path: 'save.tar', ref: 'acme/app:v1' },
    ],
    ['docker-archive:save.tar:', { transport: 'docker-archive', path: 'save.tar' }],
  ])('%s', (text, expected) => {
    expect(parseArchiveLocation(text)).toEqual(expected);
    if (!text.endsWith(':')) expect(formatArchiveLocation(parseArchiveLocation(text)!)).toBe(text);
  });

  it.each(['ghcr.io/acme/app:v1', 'docker://ghcr.io/acme/app', 'localhost:5000/oci:v1'])(
    '%s is a registry reference',
    (text) => {
      expect(parseArchiveLocation(text)).toBeUndefined();
    },
  );
});
