import { describe, expect, it } from '@jest/globals';
import { distroOfOsRelease, parseOsRelease } from '../../../../src/report/contents/os-release.js';

const LAYER = `sha256:${'1'.repeat(64)}`;

describe('os-release', () => {
  it('reads quoted, single-quoted and bare values, escapes and comments as os-release(5) says', () => {
    expect(
      parseOsRelease(
        [
          '# a comment',
          'PRETTY_NAME="Ubuntu 24.04.1 LTS"',
          "NAME='Ubuntu'",
          'ID=ubuntu',
          'VERSION="24.04.1 LTS (Noble \\"Numbat\\")"',
          '  VERSION_ID="24.04"  ',
          'BROKEN=two words',
          'lower=case',
          'UNCLOSED="quote',
          '',
        ].join('\r\n'),
      ),
    ).toEqual({
      PRETTY_NAME: 'Ubuntu 24.04.1 LTS',
      NAME: 'Ubuntu',
      ID: 'ubuntu',
      VERSION: '24.04.1 LTS (Noble "Numbat")',
      VERSION_ID: '24.04',
    });
  });

  it('gives the report its id (lower case), version and pretty name, else NAME', () => {
    expect(distroOfOsRelease('ID=Alpine\nVERSION_ID=3.20.3\nNAME="Alpine Linux"\n', LAYER)).toEqual(
      {
        id: 'alpine',
        version_id: '3.20.3',
        pretty_name: 'Alpine Linux',
        source: 'os-release',
        digest: LAYER,
      },
    );
  });

  it('is null for a file that names nothing, and cuts values past 256 characters', () => {
    expect(distroOfOsRelease('HOME_URL=https://example.com/\n', LAYER)).toBeNull();
    expect(distroOfOsRelease(`ID=${'x'.repeat(1000)}\n`, LAYER)?.id).toHaveLength(256);
  });
});
