import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  parseRegistries,
  type RegistriesConfig,
} from '../../../src/credentials/registries-file.js';
import {
  applyPrefix,
  checkContexts,
  endpointFor,
  integrationByName,
  resolvePull,
  resolvePush,
} from '../../../src/credentials/resolve.js';
import { isLoopback } from '../../../src/http/loopback.js';
import { UserError } from '../../../src/errors.js';

const FILE = '.github/registries.yml';
const DIGEST = `sha256:${'b'.repeat(64)}`;

// Lines: prod-gcr 2, staging-gcr 7, ghcr 10, quay-a 14, quay-b 16, local 18, insecure 20, hub 23.
const MAIN = parseRegistries(
  `registries:
  - name: prod-gcr
    kind: gcr
    primary: true
    repository_prefix: acme
    credentials: { username: _json_key, password: { env: PROD_GCR_KEY } }
  - name: staging-gcr
    domain: gcr.io
    credentials: { username: { env: STG_USER }, password: { env: STG_KEY } }
  - name: ghcr
    kind: ghcr
    default: true
    credentials: { username: bot, password: { env: GHCR_TOKEN } }
  - name: quay-a
    kind: quay
  - name: quay-b
    kind: quay
  - name: local
    domain: localhost:5000
  - name: insecure
    domain: registry.internal:8080
    insecure: true
  - name: hub
    kind: dockerhub
    repository_prefix: acmeorg
`,
  FILE,
);

// No default, no Docker Hub integration.
const NO_DEFAULT = parseRegistries(
  `registries:
  - name: prod-gcr
    kind: gcr
    primary: true
    repository_prefix: acme
  - name: staging-gcr
    domain: gcr.io
  - name: long
    domain: long.example.com
    repository_prefix: ${'p'.repeat(120)}
`,
  FILE,
);

const NONE: RegistriesConfig = { source: 'none', integrations: [] };

let dockerConfig: string;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  dockerConfig = mkdtempSync(path.join(tmpdir(), 'resolve-docker-config-'));
  const auth = (s: string) => Buffer.from(s).toString('base64');
  writeFileSync(
    path.join(dockerConfig, 'config.json'),
    JSON.stringify({
      auths: {
        'registry.example.com': { auth: auth('dcuser:rs-dc-pass') },
        'https://index.docker.io/v1/': { auth: auth('hubuser:rs-hub-pass') },
      },
    }),
  );
  env = {
    DOCKER_CONFIG: dockerConfig,
    PROD_GCR_KEY: 'rs-prod-key',
    STG_USER: 'stg-robot',
    STG_KEY: 'rs-stg-key',
    GHCR_TOKEN: 'rs-ghcr-token',
  };
});
afterAll(() => rmSync(dockerConfig, { recursive: true, force: true }));

const byName = (config: RegistriesConfig, ...names: string[]) =>
  names.map((n) => integrationByName(config, n, 'registry_contexts'));

describe('resolvePull', () => {
  it.each<[string, RegistriesConfig, string, string[], Record<string, unknown>]>([
    [
      'no integration → Docker config',
      MAIN,
      'registry.example.com',
      [],
      {
        via: 'docker-config',
        label: 'registry.example.com (Docker config)',
        host: 'registry.example.com',
        credentials: { username: 'dcuser', password: 'rs-dc-pass' },
      },
    ],
    [
      'no integration → Docker config for docker.io',
      NONE,
      'index.docker.io',
      [],
      {
        via: 'docker-config',
        domain: 'docker.io',
        host: 'registry-1.docker.io',
        label: 'docker.io (Docker config)',
        credentials: { username: 'hubuser', password: 'rs-hub-pass' },
      },
    ],
    [
      'no integration, no Docker config entry → anonymous',
      MAIN,
      'other.example.com',
      [],
      { via: 'anonymous', label: 'other.example.com (anonymous)', insecure: false },
    ],
    [
      'single integration',
      MAIN,
      'ghcr.io',
      [],
      {
        via: 'integration',
        label: 'ghcr',
        credentials: { username: 'bot', password: 'rs-ghcr-token' },
      },
    ],
    [
      'primary among several',
      MAIN,
      'gcr.io',
      [],
      { label: 'prod-gcr', credentials: { username: '_json_key', password: 'rs-prod-key' } },
    ],
    [
      'context over primary',
      MAIN,
      'gcr.io',
      ['staging-gcr'],
      { label: 'staging-gcr', credentials: { username: 'stg-robot', password: 'rs-stg-key' } },
    ],
    ['context for another domain is ignored', MAIN, 'gcr.io', ['ghcr'], { label: 'prod-gcr' }],
    ['context among several without primary', MAIN, 'quay.io', ['quay-b'], { label: 'quay-b' }],
    [
      'integration without credentials uses the Docker config',
      MAIN,
      'docker.io',
      [],
      {
        via: 'integration',
        label: 'hub',
        host: 'registry-1.docker.io',
        credentials: { username: 'hubuser', password: 'rs-hub-pass' },
      },
    ],
    [
      'loopback integration → insecure',
      MAIN,
      'localhost:5000',
      [],
      { label: 'local', insecure: true },
    ],
    ['insecure integration', MAIN, 'registry.internal:8080', [], { insecure: true }],
    ['loopback IPv4, anonymous', NONE, '127.0.0.1:5000', [], { via: 'anonymous', insecure: true }],
    ['loopback IPv6, anonymous', NONE, '[::1]:5000', [], { via: 'anonymous', insecure: true }],
  ])('%s', async (_title, config, domain, contexts, expected) => {
    const endpoint = await resolvePull(config, env, domain, byName(MAIN, ...contexts));
    expect(endpoint).toMatchObject(expected);
    if (endpoint.via === 'integration') expect(endpoint.integration?.name).toBe(endpoint.label);
    else expect(endpoint.integration).toBeUndefined();
  });

  it('fails when several integrations serve a domain and none is primary', async () => {
    const call = resolvePull(MAIN, env, 'quay.io', []);
    await expect(call).rejects.toThrow(UserError);
    await expect(call).rejects.toThrow(
      `Several registries serve quay.io: quay-a (${FILE} line 14), quay-b (${FILE} line 16); mark one primary: true in ${FILE}, or set registry_context to the one to pull through`,
    );
  });

  it('fails on two contexts for one domain', async () => {
    await expect(
      resolvePull(MAIN, env, 'gcr.io', byName(MAIN, 'prod-gcr', 'staging-gcr')),
    ).rejects.toThrow(
      'The registry contexts prod-gcr and staging-gcr both serve gcr.io; give at most one context per domain',
    );
  });

  it('reads credentials only when an integration is used', async () => {
    // STG_KEY is missing, but staging-gcr is not used for this pull.
    const partial = { ...env, STG_KEY: undefined };
    expect((await resolvePull(MAIN, partial, 'gcr.io', [])).label).toBe('prod-gcr');
    await expect(resolvePull(MAIN, partial, 'gcr.io', byName(MAIN, 'staging-gcr'))).rejects.toThrow(
      'the environment variable STG_KEY that holds its password is not set or is empty',
    );
  });
});

describe('isLoopback', () => {
  it.each([
    ['localhost', true],
    ['localhost:5000', true],
    ['127.0.0.1', true],
    ['127.1.2.3:8080', true],
    ['[::1]', true],
    ['[::1]:5000', true],
    ['[0:0:0:0:0:0:0:1]:5000', true],
    ['k3d-reg.localhost:5000', true],
    ['a.b.localhost', true],
    ['LOCALHOST.', true],
    ['localhost.example.com', false],
    ['notlocalhost:5000', false],
    ['127.example.com', false],
    ['10.0.0.1:5000', false],
    ['ghcr.io', false],
  ])('%s → %s', (domain, expected) => {
    expect(isLoopback(domain)).toBe(expected);
  });
});

describe('endpointFor', () => {
  it('connects to registry-1.docker.io for docker.io', async () => {
    const [hub] = byName(MAIN, 'hub');
    expect(await endpointFor(hub, {})).toEqual({
      domain: 'docker.io',
      host: 'registry-1.docker.io',
      insecure: false,
      integration: hub,
      via: 'integration',
      label: 'hub',
    });
  });
});

describe('applyPrefix', () => {
  it.each<[string | undefined, string, string]>([
    [undefined, 'app', 'app'],
    ['', 'acme/app', 'acme/app'],
    ['acme', 'app', 'acme/app'],
    ['acme', 'acme/app', 'acme/app'],
    ['acme', 'acme', 'acme'],
    ['acme', 'acmeapp', 'acme/acmeapp'],
    ['/acme/', 'team/app', 'acme/team/app'],
    ['a/b', 'a/b/c', 'a/b/c'],
    ['a/b', 'a/c', 'a/b/a/c'],
  ])('%j + %j → %j', (prefix, repository, expected) => {
    expect(applyPrefix(prefix, repository)).toBe(expected);
  });
});

describe('resolvePush', () => {
  it.each<[string, RegistriesConfig, string, string | undefined, string, string]>([
    ['registry named', MAIN, 'team/app:1.0', 'staging-gcr', 'staging-gcr', 'team/app'],
    ['registry named, prefix applied', MAIN, 'app', 'prod-gcr', 'prod-gcr', 'acme/app'],
    ['registry named, prefix not doubled', MAIN, 'acme/app:v2', 'prod-gcr', 'prod-gcr', 'acme/app'],
    [
      'registry named, the domain in the name is dropped',
      MAIN,
      'gcr.io/proj/app:v1',
      'ghcr',
      'ghcr',
      'proj/app',
    ],
    ['default integration', MAIN, 'app', undefined, 'ghcr', 'app'],
    [
      'default wins over the domain in the name',
      MAIN,
      'gcr.io/acme/app',
      undefined,
      'ghcr',
      'acme/app',
    ],
    ['digest stripped', MAIN, `ghcr.io/acme/app@${DIGEST}`, undefined, 'ghcr', 'acme/app'],
    [
      'domain of the image name → its primary, prefix not doubled',
      NO_DEFAULT,
      'gcr.io/acme/app:1',
      undefined,
      'prod-gcr',
      'acme/app',
    ],
    [
      'domain of the image name, prefix applied',
      NO_DEFAULT,
      'gcr.io/app',
      undefined,
      'prod-gcr',
      'acme/app',
    ],
    [
      'docker.io gets library/',
      NO_DEFAULT,
      'nginx:1.25',
      undefined,
      'docker.io (Docker config)',
      'library/nginx',
    ],
    [
      'docker.io written out',
      NONE,
      'docker.io/acme/app',
      undefined,
      'docker.io (Docker config)',
      'acme/app',
    ],
    [
      'other domain, anonymous',
      NONE,
      'localhost:5000/app:dev',
      undefined,
      'localhost:5000 (anonymous)',
      'app',
    ],
    ['docker.io integration with a prefix', MAIN, 'app', 'hub', 'hub', 'acmeorg/app'],
  ])('%s', async (_title, config, imageName, registry, label, repository) => {
    const target = await resolvePush(
      config,
      env,
      imageName,
      registry ? integrationByName(config, registry, 'registry') : undefined,
    );
    expect(target.endpoint.label).toBe(label);
    expect(target.repository).toBe(repository);
  });

  it('resolves the domain of the image name like a pull', async () => {
    const target = await resolvePush(NONE, env, 'registry.example.com/team/app', undefined);
    expect(target.endpoint).toMatchObject({
      via: 'docker-config',
      domain: 'registry.example.com',
      credentials: { username: 'dcuser' },
    });
  });

  it.each([
    ['Acme/App', 'Invalid image name "Acme/App": repository names must be lowercase'],
    ['app:-x', 'Invalid image name "app:-x": "-x" is not a valid tag'],
    ['', 'Invalid image name "": it is empty'],
  ])('rejects %j', async (imageName, message) => {
    await expect(resolvePush(MAIN, env, imageName)).rejects.toThrow(message);
  });

  it('rejects a name that the prefix makes too long', async () => {
    const [long] = byName(NO_DEFAULT, 'long');
    await expect(resolvePush(NO_DEFAULT, env, 'a'.repeat(130), long)).rejects.toThrow(
      `Invalid image name "${'a'.repeat(130)}": pushed to long it becomes long.example.com/`,
    );
  });
});

describe('integrationByName', () => {
  it('finds an integration', () => {
    expect(integrationByName(MAIN, 'ghcr', 'registry').domain).toBe('ghcr.io');
  });

  it('names the input, the name and the known names', () => {
    expect(() => integrationByName(MAIN, 'prod', 'registry')).toThrow(
      `Input registry: there is no registry named "prod"; ${FILE} declares prod-gcr, staging-gcr, ghcr, quay-a, quay-b, local, insecure, hub`,
    );
  });

  it('says when no registries are declared', () => {
    expect(() => integrationByName(NONE, 'prod', 'registry_context')).toThrow(
      `Input registry_context: there is no registry named "prod"; no registries are declared (no ${FILE}, no registries input)`,
    );
    expect(() =>
      integrationByName({ source: 'the registries input', integrations: [] }, 'x', 'registry'),
    ).toThrow('the registries input declares no registries');
  });
});

describe('checkContexts', () => {
  const noWarn = (message: string) => {
    throw new Error(`unexpected warning: ${message}`);
  };

  it('accepts contexts for domains the step pulls', () => {
    expect(() =>
      checkContexts(
        byName(MAIN, 'staging-gcr', 'ghcr'),
        ['gcr.io', 'ghcr.io', 'docker.io'],
        'registry_contexts',
        noWarn,
      ),
    ).not.toThrow();
    expect(() =>
      checkContexts(byName(MAIN, 'hub'), ['index.docker.io'], 'registry_context', noWarn),
    ).not.toThrow();
  });

  it('fails on a context whose domain the step does not pull from', () => {
    expect(() =>
      checkContexts(byName(MAIN, 'staging-gcr', 'ghcr'), ['gcr.io'], 'registry_contexts', noWarn),
    ).toThrow(
      'Input registry_contexts: ghcr serves ghcr.io, but this step pulls no image from ghcr.io (only from gcr.io)',
    );
  });

  it('fails on two contexts for one domain', () => {
    expect(() =>
      checkContexts(
        byName(MAIN, 'prod-gcr', 'staging-gcr'),
        ['gcr.io'],
        'registry_contexts',
        noWarn,
      ),
    ).toThrow(
      'Input registry_contexts: prod-gcr and staging-gcr both serve gcr.io; give at most one per domain',
    );
  });

  it('warns when the step cannot know what it pulls', () => {
    const warnings: string[] = [];
    checkContexts(byName(MAIN, 'staging-gcr', 'ghcr'), undefined, 'registry_contexts', (m) =>
      warnings.push(m),
    );
    expect(warnings).toEqual([
      'Input registry_contexts: cannot tell whether this step pulls from gcr.io; staging-gcr is used only for images on gcr.io',
      'Input registry_contexts: cannot tell whether this step pulls from ghcr.io; ghcr is used only for images on ghcr.io',
    ]);
  });
});
