import { describe, expect, it } from '@jest/globals';
import { planPromotion, type PromoteSettings } from '../../../src/actions/promote/index.js';
import { parseRegistries } from '../../../src/credentials/registries-file.js';
import { parseReference } from '../../../src/oci/reference.js';

const CONFIG = parseRegistries(
  `registries:
  - name: gh
    kind: ghcr
    repository_prefix: acme
    credentials: { username: bot, password: { env: GH_TOKEN } }
  - name: prod
    domain: registry.example.com
    repository_prefix: released
    credentials: { username: ci, password: { env: PROD_PW } }
`,
  'registries.yml',
);
const ENV = { GH_TOKEN: 'gh-token-value', PROD_PW: 'prod-password' };

function settings(candidate: string, extra: Partial<PromoteSettings> = {}): PromoteSettings {
  const ref = parseReference(candidate, { what: 'candidate' });
  return {
    candidate: ref,
    candidates: [ref],
    tags: ['stable'],
    dryRun: false,
    platforms: [],
    referrers: true,
    overwrite: true,
    indexAnnotations: {},
    config: CONFIG,
    ...extra,
  };
}

/** Where a promotion goes, as `label domain/repository`. */
async function target(candidate: string, extra: Partial<PromoteSettings> = {}): Promise<string> {
  const { target } = await planPromotion(settings(candidate, extra), ENV);
  return `${target.endpoint.label} ${target.endpoint.domain}/${target.repository}`;
}

describe('planPromotion: where a promotion goes', () => {
  it.each([
    // Bare tags retag in place: the integration's prefix does not move the image.
    ['ghcr.io/other/app:1', {}, 'gh ghcr.io/other/app'],
    ['ghcr.io/acme/app:1', {}, 'gh ghcr.io/acme/app'],
    ['quay.io/x/app:1', {}, 'quay.io (anonymous) quay.io/x/app'],
    ['nginx:1', {}, 'docker.io (anonymous) docker.io/library/nginx'],
    // A named registry gets the push rule: its prefix is applied.
    ['ghcr.io/acme/app:1', { registry: 'prod' }, 'prod registry.example.com/released/acme/app'],
    // A new name in the same registry is a push there, prefix included.
    ['ghcr.io/acme/app:1', { imageName: 'tools/app' }, 'gh ghcr.io/acme/tools/app'],
    ['quay.io/x/app:1', { imageName: 'y/app' }, 'quay.io (anonymous) quay.io/y/app'],
    // A domain in image_name that matches the target is accepted.
    ['ghcr.io/acme/app:1', { imageName: 'ghcr.io/acme/app2' }, 'gh ghcr.io/acme/app2'],
    [
      'ghcr.io/acme/app:1',
      { registry: 'prod', imageName: 'registry.example.com/app' },
      'prod registry.example.com/released/app',
    ],
  ] as [string, Partial<PromoteSettings>, string][])(
    '%s %j → %s',
    async (candidate, extra, expected) => {
      expect(await target(candidate, extra)).toBe(expected);
    },
  );

  it.each([
    [
      'quay.io/x/app:1',
      { imageName: 'ghcr.io/acme/app' },
      'Input image_name: "ghcr.io/acme/app" names ghcr.io, but the promotion goes to quay.io (quay.io (anonymous)); set registry to an integration of ghcr.io, or leave the domain out of image_name',
    ],
    [
      'ghcr.io/acme/app:1',
      { registry: 'prod', imageName: 'ghcr.io/acme/app' },
      'Input image_name: "ghcr.io/acme/app" names ghcr.io, but the promotion goes to registry.example.com (prod); set registry to an integration of ghcr.io, or leave the domain out of image_name',
    ],
    [
      'ghcr.io/acme/app:1',
      { registry: 'nope' },
      'Input registry: there is no registry named "nope"; registries.yml declares gh, prod',
    ],
  ] as [string, Partial<PromoteSettings>, string][])(
    '%s %j is refused',
    async (candidate, extra, message) => {
      await expect(target(candidate, extra)).rejects.toThrow(message);
    },
  );
});
