import { describe, expect, it } from '@jest/globals';
import { parsePlatform, platformMatches } from '../../../src/oci/platform.js';

describe('parsePlatform', () => {
  it.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    [' Linux/ARM/v7 ', { os: 'linux', architecture: 'arm', variant: 'v7' }],
  ])('%s', (text, platform) => expect(parsePlatform(text, 'platforms')).toEqual(platform));

  it.each(['linux', 'linux/amd64/v1/x', 'linux amd64', ''])(
    'refuses "%s", naming the input',
    (text) => {
      expect(() => parsePlatform(text, 'platforms')).toThrow(
        /^Input platforms: ".*" is not a platform/,
      );
    },
  );
});

describe('platformMatches', () => {
  it.each([
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }, true],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64' }, true],
    ['linux/arm', { os: 'linux', architecture: 'arm', variant: 'v6' }, false],
    ['linux/arm/v6', { os: 'linux', architecture: 'arm', variant: 'v6' }, true],
    ['linux/amd64', { os: 'linux', architecture: 'amd64', variant: 'v1' }, true],
    ['linux/amd64', { os: 'windows', architecture: 'amd64' }, false],
    ['linux/s390x', { os: 'linux', architecture: 's390x' }, true],
  ])('%s against %j: %s', (wanted, actual, expected) => {
    expect(platformMatches(parsePlatform(wanted, 'platforms'), actual)).toBe(expected);
  });
});

// Build and promote had two grammars: promote took `Linux/AMD64` and `windows/amd64/10.0.17763`,
// build refused both. One grammar now: any case, lowercased; an OS version is no variant.
describe('one platform grammar for build and promote', () => {
  it.each(['platform', 'platforms'])('%s: Linux/AMD64 is linux/amd64', (input) => {
    expect(parsePlatform('Linux/AMD64', input)).toEqual({ os: 'linux', architecture: 'amd64' });
  });

  it.each(['platform', 'platforms'])(
    '%s: an OS version is refused, and said to be one',
    (input) => {
      expect(() => parsePlatform('windows/amd64/10.0.17763', input)).toThrow(
        new RegExp(
          `^Input ${input}: "windows/amd64/10.0.17763" is not a platform; .*\\(an OS version such as 10\\.0\\.17763 is not a variant\\)$`,
        ),
      );
    },
  );
});
