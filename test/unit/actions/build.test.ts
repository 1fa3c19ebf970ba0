import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planBuild } from '../../../src/actions/build/plan.js';
import { readBuildSettings, type BuildSettings } from '../../../src/actions/build/settings.js';
import { resolveBuildRegistries } from '../../../src/actions/build/registries.js';
import { parseRegistries } from '../../../src/credentials/registries-file.js';
import { memoryIO } from '../../helpers/io.js';

const YAML = `registries:
  - name: gcr-prod
    domain: gcr.io
    primary: true
    default: true
    repository_prefix: acme
    credentials: { username: _json_key, password: { env: PROD_KEY } }
  - name: gcr-staging
    domain: gcr.io
    credentials: { username: _json_key, password: { env: STAGING_KEY } }
  - name: quay-a
    domain: quay.io
    credentials: { username: a, password: { env: QUAY_A } }
  - name: quay-b
    domain: quay.io
    credentials: { username: b, password: { env: QUAY_B } }
  - name: unused
    domain: registry.unused.example
    credentials: { username: u, password: { env: UNSET_SECRET } }
  - name: local
    domain: localhost:5000
  - name: lab
    domain: lab.example:8443
    insecure: true
`;
const env = {
  PROD_KEY: 'prod-secret',
  STAGING_KEY: 'staging-secret',
  QUAY_A: 'qa',
  QUAY_B: 'qb',
  HOME: '/nonexistent',
};

function settings(overrides: Partial<BuildSettings> = {}): BuildSettings {
  return {
    imageName: 'app',
    tags: ['1.0'],
    context: '/src',
    dockerfile: '/src/Dockerfile',
    buildArgs: {},
    noCache: false,
    platforms: [],
    labels: {},
    cacheFrom: [],
    cacheTo: [],
    secrets: [],
    ssh: [],
    annotations: [],
    registryContexts: [],
    disablePush: false,
    builder: 'auto',
    config: parseRegistries(YAML, '.github/registries.yml'),
    ...overrides,
  };
}

async function resolve(
  overrides: Partial<BuildSettings>,
  dockerfile: string,
  environment: NodeJS.ProcessEnv = env,
) {
  const warnings: string[] = [];
  const registries = await resolveBuildRegistries(settings(overrides), environment, dockerfile, {
    warn: (m) => warnings.push(m),
    debug: () => {},
  });
  return {
    registries,
    warnings,
    pulls: Object.fromEntries(registries.pulls.map((p) => [p.domain, p.label])),
  };
}

describe('the registries of a build', () => {
  it('pulls a domain through its context, other domains through their primary or only integration', async () => {
    const { pulls, warnings } = await resolve(
      { registryContexts: ['gcr-staging'] },
      'FROM gcr.io/staging/base:1\n',
    );
    // quay.io has two integrations and no primary, but the Dockerfile pulls nothing from it: left out.
    expect(pulls).toEqual({ 'gcr.io': 'gcr-staging' });
    expect(warnings).toEqual([]);
    expect((await resolve({}, 'FROM gcr.io/staging/base:1\n')).pulls).toEqual({
      'gcr.io': 'gcr-prod',
    });
  });

  it('requires a decision for a domain the Dockerfile pulls from', async () => {
    await expect(resolve({}, 'FROM quay.io/acme/base\n')).rejects.toThrow(
      /^Several registries serve quay.io: quay-a \(.github\/registries.yml line \d+\), quay-b/,
    );
    expect(
      (await resolve({ registryContexts: ['quay-b'] }, 'FROM quay.io/acme/base\n')).pulls[
        'quay.io'
      ],
    ).toBe('quay-b');
  });

  it("writes a cache_to ref with its domain's identity, and refuses a domain no registry declares", async () => {
    expect(
      (
        await resolve(
          { cacheTo: ['type=registry,ref=gcr.io/acme/cache:1,mode=max'] },
          'FROM alpine\n',
        )
      ).pulls,
    ).toEqual({ 'gcr.io': 'gcr-prod' });
    await expect(
      resolve({ cacheTo: ['type=registry,ref=cache.unknown.example/c:1'] }, 'FROM alpine\n'),
    ).rejects.toThrow(
      'Input cache_to: cache.unknown.example/c:1 is on cache.unknown.example, which no registry of the registries file (nor the Docker config) declares; declare it there so the cache is written with its credentials',
    );
    // An inline cache names no registry.
    await expect(resolve({ cacheTo: ['type=inline'] }, 'FROM alpine\n')).resolves.toBeDefined();
  });

  it('needs the secrets of the registries it pulls from only', async () => {
    expect((await resolve({}, 'FROM alpine\n')).pulls).not.toHaveProperty([
      'registry.unused.example',
    ]);
    await expect(resolve({}, 'FROM registry.unused.example/x\n')).rejects.toThrow(
      /the environment variable UNSET_SECRET that holds its password is not set/,
    );
  });

  it('offers what docker login left for domains no integration names', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'docker-config-'));
    try {
      writeFileSync(
        path.join(dir, 'config.json'),
        JSON.stringify({
          auths: { 'ghcr.io': { auth: Buffer.from('me:tok').toString('base64') } },
        }),
      );
      // Only where the Dockerfile cannot be read whole: this one may pull anything.
      const hidden = await resolve({}, 'ARG BASE\nFROM $BASE\n', { ...env, DOCKER_CONFIG: dir });
      expect(hidden.pulls['ghcr.io']).toBe('ghcr.io (Docker config)');
      const known = await resolve({}, 'FROM alpine\n', { ...env, DOCKER_CONFIG: dir });
      expect(known.pulls).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists the hosts pulled over plain HTTP: loopback and insecure ones', async () => {
    const known = await resolve(
      {},
      'FROM 127.0.0.1:6000/base\nCOPY --from=lab.example:8443/x / /\n',
    );
    expect(known.registries.insecure.sort()).toEqual(['127.0.0.1:6000', 'lab.example:8443']);
    // What docker cannot be told per build: insecure: true and pulled for sure, not loopback.
    expect(known.registries.insecurePulls).toEqual(['lab.example:8443']);
    const hidden = (await resolve({}, 'ARG BASE\nFROM $BASE\n')).registries;
    expect(hidden.insecure.sort()).toEqual(['lab.example:8443', 'localhost:5000']);
    expect(hidden.insecurePulls).toEqual([]);
  });

  it('counts as pulled over plain HTTP only a domain the build names, never a context alone', async () => {
    const unnamed = (await resolve({ registryContexts: ['lab'] }, 'FROM alpine\n')).registries;
    expect(unnamed.insecure).toEqual(['lab.example:8443']);
    expect(unnamed.insecurePulls).toEqual([]);
    const named = (await resolve({ registryContexts: ['lab'] }, 'FROM lab.example:8443/x\n'))
      .registries;
    expect(named.insecurePulls).toEqual(['lab.example:8443']);
  });

  it('pulls the frontend of a syntax directive as any other image', async () => {
    expect((await resolve({}, '# syntax=gcr.io/acme/frontend:1\nFROM alpine\n')).pulls).toEqual({
      'gcr.io': 'gcr-prod',
    });
    await expect(resolve({}, '# syntax=quay.io/acme/frontend:1\nFROM alpine\n')).rejects.toThrow(
      /^Several registries serve quay.io/,
    );
    expect(
      (await resolve({}, '# syntax=lab.example:8443/frontend:1\nFROM alpine\n')).registries
        .insecurePulls,
    ).toEqual(['lab.example:8443']);
    // A context for the frontend's domain is no unused context.
    expect(
      await resolve(
        { registryContexts: ['gcr-staging'] },
        '# syntax=gcr.io/acme/fe:1\nFROM alpine\n',
      ),
    ).toMatchObject({ warnings: [], pulls: { 'gcr.io': 'gcr-staging' } });
  });

  it('warns about a context no FROM line needs, or cannot be checked', async () => {
    expect(
      (await resolve({ registryContexts: ['gcr-staging'] }, 'FROM alpine\n')).warnings,
    ).toEqual([
      'Input registry_contexts: gcr-staging serves gcr.io, but the Dockerfile names no image on gcr.io',
    ]);
    expect(
      (await resolve({ registryContexts: ['gcr-staging'] }, 'ARG BASE\nFROM $BASE\n')).warnings[0],
    ).toMatch(/^Input registry_contexts: cannot tell whether this build pulls from gcr.io/);
  });

  it('refuses two contexts on one domain and unknown names', async () => {
    await expect(
      resolve({ registryContexts: ['quay-a', 'quay-b'] }, 'FROM quay.io/x\n'),
    ).rejects.toThrow(/quay-a and quay-b both serve quay.io/);
    await expect(resolve({ registryContexts: ['nope'] }, 'FROM alpine\n')).rejects.toThrow(
      /^Input registry_contexts: there is no registry named "nope"/,
    );
    await expect(resolve({ registry: 'nope' }, 'FROM alpine\n')).rejects.toThrow(
      /^Input registry: there is no registry named "nope"/,
    );
  });

  it('pushes to the registry named, else the default, under its prefix; nowhere with disable_push', async () => {
    const target = async (o: Partial<BuildSettings>) => {
      const t = (await resolve(o, 'FROM alpine\n')).registries.target;
      return t && `${t.endpoint.label} ${t.endpoint.domain}/${t.repository}`;
    };
    expect(await target({})).toBe('gcr-prod gcr.io/acme/app');
    expect(await target({ registry: 'quay-a', imageName: 'team/app' })).toBe(
      'quay-a quay.io/team/app',
    );
    expect(await target({ disablePush: true })).toBeUndefined();
  });
});

describe('the pull identities of a build that pushes to a non-primary integration', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  const basic = (user: string, pw: string) => Buffer.from(`${user}:${pw}`).toString('base64');
  const PROD = basic('_json_key', 'prod-secret');
  const STAGING = basic('_json_key', 'staging-secret');
  // The last column: why two identities are needed, '' when one file serves pulls and push.
  const rows: [string, Partial<BuildSettings>, string, Record<string, string>, string][] = [
    [
      'a Dockerfile of Docker Hub images alone: nothing of gcr.io, one shared file',
      { registry: 'gcr-staging' },
      'FROM alpine\nFROM somebody/tool:1 AS tool\nCOPY --from=tool /t /t\n',
      {},
      '',
    ],
    [
      'a FROM behind an ARG: gcr.io offered as the push target, never as its primary',
      { registry: 'gcr-staging' },
      'ARG BASE\nFROM $BASE\n',
      { 'gcr.io': STAGING },
      '',
    ],
    [
      'a FROM on gcr.io: pulled as its primary, pushed as gcr-staging, two files',
      { registry: 'gcr-staging' },
      'FROM gcr.io/acme/base\n',
      { 'gcr.io': PROD },
      'gcr.io is pulled as gcr-prod (primary: true for gcr.io) and pushed to as gcr-staging (input registry)',
    ],
    [
      'a context on the default push domain, even behind an ARG: what the user set wins',
      { registryContexts: ['gcr-staging'] },
      'ARG BASE\nFROM $BASE\n',
      { 'gcr.io': STAGING },
      'gcr.io is pulled as gcr-staging (input registry_contexts) and pushed to as gcr-prod (default: true)',
    ],
    [
      'the context pushed to: one identity, one file',
      { registry: 'gcr-staging', registryContexts: ['gcr-staging'] },
      'FROM gcr.io/acme/base\n',
      { 'gcr.io': STAGING },
      '',
    ],
  ];
  it.each(rows)('%s', async (_name, overrides, dockerfile, pulled, conflict) => {
    const { registries } = await resolve(overrides, dockerfile);
    const { plan, auth } = planBuild(settings(overrides), registries, '/tmp/step', {}, now);
    // The pull auth file holds exactly the identities resolution picked, and no other.
    expect(
      Object.fromEntries(Object.entries(auth.pull.auths).map(([k, v]) => [k, v.auth])),
    ).toEqual(pulled);
    if (conflict) {
      expect(plan.push?.conflict).toBe(conflict);
      expect(plan.push?.sharedAuthfile).toBeUndefined();
    } else {
      expect(plan.push?.conflict).toBeUndefined();
      expect(plan.push?.sharedAuthfile).toBe('/tmp/step/shared/config.json');
    }
  });
});

describe('the plan of a build', () => {
  const now = new Date('2025-01-01T00:00:00Z');

  it('tags the push target, and shares one auth file when no domain needs two identities', async () => {
    const s = settings({ tags: ['1.0', 'stable'] });
    const { registries } = await resolve({}, 'FROM gcr.io/base\n');
    const { plan, auth } = planBuild(s, registries, '/tmp/step', { GITHUB_REPOSITORY: 'a/b' }, now);
    expect(plan.tags).toEqual(['gcr.io/acme/app:1.0', 'gcr.io/acme/app:stable']);
    expect(plan.labels['org.opencontainers.image.version']).toBe('1.0');
    expect(plan.authfile).toBe('/tmp/step/pull/config.json');
    expect(plan.push).toMatchObject({
      registry: 'gcr-prod',
      host: 'gcr.io',
      repository: 'acme/app',
      sharedAuthfile: '/tmp/step/shared/config.json',
      insecure: false,
    });
    expect(plan.push?.digestFiles).toEqual(['/tmp/step/digest-0', '/tmp/step/digest-1']);
    expect(Object.keys(auth.pull.auths)).toEqual(['gcr.io']);
    expect(auth.shared).toEqual(auth.pull);
  });

  it('keeps pull and push identities apart when a context names another integration on the push domain', async () => {
    const s = settings({ registryContexts: ['gcr-staging'] });
    const { registries } = await resolve(
      { registryContexts: ['gcr-staging'] },
      'FROM gcr.io/base\n',
    );
    const { plan, auth } = planBuild(s, registries, '/tmp/step', {}, now);
    const basic = (user: string, pw: string) => ({
      auth: Buffer.from(`${user}:${pw}`).toString('base64'),
    });
    expect(auth.pull.auths['gcr.io']).toEqual(basic('_json_key', 'staging-secret'));
    expect(auth.push?.auths).toEqual({ 'gcr.io': basic('_json_key', 'prod-secret') });
    expect(auth.shared).toBeUndefined();
    expect(plan.push?.sharedAuthfile).toBeUndefined();
  });

  it('names the image locally with disable_push', async () => {
    const s = settings({ disablePush: true, imageName: 'acme/app', tags: ['dev'] });
    const { registries } = await resolve({ disablePush: true }, 'FROM alpine\n');
    const { plan } = planBuild(s, registries, '/tmp/step', {}, now);
    expect(plan.tags).toEqual(['acme/app:dev']);
    expect(plan.push).toBeUndefined();
  });
});

describe('build inputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-inputs-'));
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
  // An SSH agent's socket stands in: only that it is a socket is checked.
  const sock = path.join(dir, 'agent.sock');
  const agent = createServer();
  beforeAll(() => new Promise<void>((resolve) => agent.listen(sock, resolve)));
  afterAll(async () => {
    await new Promise<void>((resolve) => agent.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });
  const read = (inputs: Record<string, string>) =>
    readBuildSettings(
      memoryIO(
        { working_directory: dir, registries: YAML, ...inputs },
        { GITHUB_REF_NAME: 'Main' },
      ),
    );

  it('apply the defaults in code', () => {
    const s = read({ image_name: 'app' });
    expect(s).toMatchObject({
      tags: ['Main'],
      dockerfile: path.join(dir, 'Dockerfile'),
      context: dir,
      builder: 'auto',
      disablePush: false,
      noCache: false,
      platforms: [],
    });
  });

  it('reads platforms as promote does: any case, given to the builder lowercased', () => {
    expect(read({ image_name: 'app', platform: 'Linux/AMD64,linux/ARM64/V8' }).platforms).toEqual([
      'linux/amd64',
      'linux/arm64/v8',
    ]);
  });

  it('read lists and maps', () => {
    const s = read({
      image_name: 'app',
      tag: 'v1',
      tags: 'v1\nlatest',
      platform: 'linux/amd64, linux/arm64/v8',
      build_arguments: 'A=1\nB=x,y',
      labels: 'team: core',
      cache_from: 'type=gha\nr/a:cache',
      registry_contexts: '- gcr-staging',
      no_cache: 'true',
      disable_push: 'true',
    });
    expect(s).toMatchObject({
      tags: ['v1', 'latest'],
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      buildArgs: { A: '1', B: 'x,y' },
      labels: { team: 'core' },
      cacheFrom: ['type=gha', 'r/a:cache'],
      registryContexts: ['gcr-staging'],
      noCache: true,
      disablePush: true,
    });
  });

  it.each([
    [{}, /^Input image_name is required/],
    [{ image_name: 'app:1.0' }, /^Input image_name: "app:1.0" carries a tag or digest/],
    [{ image_name: 'App' }, /^Invalid image_name "App": repository names must be lowercase/],
    [
      { image_name: 'app', platform: 'amd64' },
      /^Input platform: "amd64" is not a platform; write os\/arch\[\/variant\]/,
    ],
    [
      { image_name: 'app', builder: 'kaniko' },
      /^Input builder: "kaniko" is not one of auto, docker, buildah/,
    ],
    [
      { image_name: 'app', build_arguments: 'A B: 1' },
      /^Input build_arguments: "A B" is not an argument name/,
    ],
    [{ image_name: 'app', no_cache: 'yes' }, /^Input no_cache: "yes" is not a boolean/],
    [{ image_name: 'app', tag: 'a b' }, /^Invalid tag item "a b"/],
  ])('refuse %j, naming the input', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });

  const readWith = (inputs: Record<string, string>, extra: NodeJS.ProcessEnv) =>
    readBuildSettings(
      memoryIO({ working_directory: dir, registries: YAML, image_name: 'app', ...inputs }, extra),
    );

  it('keep items holding commas whole: only newlines or a YAML list separate them', () => {
    writeFileSync(path.join(dir, 'netrc'), 'machine x login y password file-secret-123\n');
    const s = readWith(
      {
        cache_from: 'type=registry,ref=r.example/a:cache\ntype=gha,scope=x',
        cache_to: '- type=registry,ref=r.example/a:cache,mode=max\n- type=inline',
        secrets: 'id=token,env=NPM_TOKEN\nid=netrc,src=netrc',
        ssh: `default\nkey=${path.join(dir, 'netrc')}`,
        provenance: 'mode=max',
        sbom: 'false',
        annotations: 'org.opencontainers.image.vendor=Acme, Inc.\nindex:k=v',
      },
      { NPM_TOKEN: 'npm-secret-456', SSH_AUTH_SOCK: sock, GITHUB_WORKSPACE: dir },
    );
    expect(s).toMatchObject({
      cacheFrom: ['type=registry,ref=r.example/a:cache', 'type=gha,scope=x'],
      cacheTo: ['type=registry,ref=r.example/a:cache,mode=max', 'type=inline'],
      secrets: [
        { id: 'token', env: 'NPM_TOKEN' },
        { id: 'netrc', file: path.join(dir, 'netrc') },
      ],
      ssh: ['default', `key=${path.join(dir, 'netrc')}`],
      provenance: 'mode=max',
      sbom: 'false',
      annotations: ['org.opencontainers.image.vendor=Acme, Inc.', 'index:k=v'],
    });
    // The plan names where a secret is, never its value.
    expect(JSON.stringify(s)).not.toContain('npm-secret-456');
    expect(JSON.stringify(s)).not.toContain('file-secret-123');
  });

  it.each([
    [
      { secrets: 'id=token,env=NOPE_UNSET' },
      'Input secrets: the environment variable NOPE_UNSET of secret token is not set or empty',
    ],
    [
      { secrets: 'id=f,src=missing.txt' },
      /^Input secrets: the file .*missing\.txt of secret f does not exist$/,
    ],
    [{ secrets: 'token' }, 'Input secrets: "token" in "token" is not key=value'],
    [
      { secrets: 'id=a,env=X,src=y' },
      'Input secrets: "id=a,env=X,src=y" is not id=NAME,env=VARIABLE or id=NAME,src=PATH',
    ],
    [
      { ssh: 'default' },
      'Input ssh: default needs a running SSH agent, but SSH_AUTH_SOCK is not set; start one (e.g. webfactory/ssh-agent) or give id=PATH of a key',
    ],
    [{ ssh: 'key=/nonexistent/id_rsa' }, 'Input ssh: /nonexistent/id_rsa (of key) does not exist'],
    [
      { provenance: 'yes please' },
      'Input provenance: "yes please" is not true, false or buildx\'s key=value form (e.g. mode=max)',
    ],
    [{ annotations: 'no value' }, /^Input annotations: "no value" is not key=value/],
  ])('refuse %j, naming the input', (inputs, message) => {
    expect(() => readWith(inputs, { X: 'x' })).toThrow(message);
  });

  it('refuse ssh default when SSH_AUTH_SOCK names no socket', () => {
    expect(() => readWith({ ssh: 'default' }, { SSH_AUTH_SOCK: path.join(dir, 'netrc') })).toThrow(
      /^Input ssh: default needs a running SSH agent, but SSH_AUTH_SOCK \(.*\) is no socket/,
    );
  });
});
