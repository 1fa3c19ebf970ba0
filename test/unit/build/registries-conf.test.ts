import { describe, expect, it } from '@jest/globals';
import { registriesConfWithInsecure } from '../../../src/build/registries-conf.js';

describe('the registries.conf of a build that pulls over plain HTTP', () => {
  it('marks only the given registries insecure, after what the system says', () => {
    const system =
      'unqualified-search-registries = ["docker.io"]\n\n[[registry]]\nlocation = "mirror.example"\n';
    expect(
      registriesConfWithInsecure(system, ['127.0.0.1:5000', 'reg.internal:8080', '127.0.0.1:5000']),
    ).toBe(
      'unqualified-search-registries = ["docker.io"]\n\n[[registry]]\nlocation = "mirror.example"\n' +
        '\n# image-actions: plain HTTP to these registries only, for this build.\n' +
        '\n[[registry]]\nlocation = "127.0.0.1:5000"\ninsecure = true\n' +
        '\n[[registry]]\nlocation = "reg.internal:8080"\ninsecure = true\n',
    );
  });

  it('does not declare a registry the system file already declares', () => {
    const text = registriesConfWithInsecure(
      '[[registry]]\nlocation = "127.0.0.1:5000"\ninsecure = true\n',
      ['127.0.0.1:5000'],
    );
    expect(text.match(/location = "127.0.0.1:5000"/g)).toHaveLength(1);
  });

  it('starts afresh without a system file, or from a v1 file that cannot be extended', () => {
    const expected =
      '\n# image-actions: plain HTTP to these registries only, for this build.\n\n[[registry]]\nlocation = "localhost:5000"\ninsecure = true\n';
    expect(registriesConfWithInsecure(undefined, ['localhost:5000'])).toBe(expected);
    expect(
      registriesConfWithInsecure('[registries.search]\nregistries = ["docker.io"]\n', [
        'localhost:5000',
      ]),
    ).toBe(expected);
  });
});
