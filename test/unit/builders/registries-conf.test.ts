import { describe, expect, it } from '@jest/globals';
import { buildahRegistriesConf } from '../../../src/builders/registries-conf.js';

const HEAD =
  '# image-actions: short names are Docker Hub names, as docker reads them.\n' +
  'unqualified-search-registries = ["docker.io"]\n';
const HTTP = '\n# image-actions: plain HTTP to these registries only, for this build.\n';

describe('the registries.conf buildah is given', () => {
  it('resolves short names on Docker Hub alone, with nothing else to say', () => {
    expect(buildahRegistriesConf(undefined, [])).toBe(HEAD);
    expect(buildahRegistriesConf('', [])).toBe(HEAD);
  });

  it("replaces the system's search registries, a multi-line array included, and keeps the rest", () => {
    const system =
      '# the system file\nshort-name-mode = "enforcing"\nunqualified-search-registries = [\n  "quay.io", # first\n  "docker.io",\n]\n\n' +
      '[[registry]]\nlocation = "docker.io"\n\n[[registry.mirror]]\nlocation = "mirror.example"\n';
    expect(buildahRegistriesConf(system, [])).toBe(
      HEAD +
        '\n# the system file\nshort-name-mode = "enforcing"\n\n' +
        '[[registry]]\nlocation = "docker.io"\n\n[[registry.mirror]]\nlocation = "mirror.example"\n',
    );
  });

  it('marks only the given registries insecure, after what the system says', () => {
    const system = '[[registry]]\nlocation = "mirror.example"\n';
    expect(
      buildahRegistriesConf(system, ['127.0.0.1:5000', 'reg.internal:8080', '127.0.0.1:5000']),
    ).toBe(
      HEAD +
        '\n[[registry]]\nlocation = "mirror.example"\n' +
        HTTP +
        '\n[[registry]]\nlocation = "127.0.0.1:5000"\ninsecure = true\n' +
        '\n[[registry]]\nlocation = "reg.internal:8080"\ninsecure = true\n',
    );
  });

  it('turns insecure = false into true where the system already declares the registry', () => {
    const system =
      '[[registry]]\nlocation = "127.0.0.1:5000"\ninsecure = false\nblocked = false\n\n' +
      "[[registry]]\nprefix = 'reg.internal:8080'\n\n" +
      '[[registry]]\nprefix = "lab.example"\nlocation = "elsewhere.example"\ninsecure = false\n';
    const text = buildahRegistriesConf(system, [
      '127.0.0.1:5000',
      'reg.internal:8080',
      'lab.example',
    ]);
    expect(text).toBe(
      HEAD +
        '\n[[registry]]\nlocation = "127.0.0.1:5000"\n' +
        'insecure = true # image-actions: plain HTTP for this build\nblocked = false\n\n' +
        '[[registry]]\ninsecure = true # image-actions: plain HTTP for this build\n' +
        "prefix = 'reg.internal:8080'\n\n" +
        // Sent elsewhere by the system: its choice, left alone, and not declared twice.
        '[[registry]]\nprefix = "lab.example"\nlocation = "elsewhere.example"\ninsecure = false\n',
    );
    expect(text.match(/location = "127.0.0.1:5000"/g)).toHaveLength(1);
    expect(text).not.toContain('insecure = false\nblocked');
  });

  it('starts afresh from a v1 file, which cannot be extended', () => {
    expect(
      buildahRegistriesConf('[registries.search]\nregistries = ["quay.io"]\n', ['localhost:5000']),
    ).toBe(HEAD + HTTP + '\n[[registry]]\nlocation = "localhost:5000"\ninsecure = true\n');
  });
});
