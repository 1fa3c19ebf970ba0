import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../../src/actions/build/index.js';
import { push } from '../../src/actions/push/index.js';
import type { Action } from '../../src/host/run.js';
import { STATE } from '../../src/host/step-dir.js';
import { DockerBuilder } from '../../src/builders/docker.js';
import {
  buildah,
  buildahSandbox,
  pushBusyboxBase,
  type BuildahSandbox,
} from '../helpers/buildah.js';
import { fakeDocker } from '../helpers/fake-docker.js';
import { getManifest, listTags, pushImage, pushManifest } from '../helpers/images.js';
import { landed, landedIndex, visible } from '../helpers/landed.js';
import type { MemoryIO } from '../helpers/io.js';
import { runStep, writeContext, type Run } from '../helpers/steps.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { makeTempDir, removeTempDir } from '../helpers/util.js';

// buildah against real registries: `base` holds the base image and lets only the `base-staging`
// identity pull it (its primary cannot); `r2` is the default push target, with a prefix; `r3` is
// another registry to push to.
let base: TestRegistry;
let r2: TestRegistry;
let r3: TestRegistry;
let sandbox: BuildahSandbox;
let work: string;
let runnerTemp: string;

const secrets = {
  BASE_MAIN_PASS: 'main-pass-0a1b2c3d',
  BASE_STAGING_PASS: 'staging-pass-4e5f6a7b',
  BASE_PUSH_PASS: 'push-pass-8c9d0e1f',
  R2_PASS: 'r2-pass-2a3b4c5d',
  R3_PASS: 'r3-pass-6e7f8a9b',
};
const SEED = { username: 'seed', password: 'seed-pass-5b6c7d8e' };
const SHA = '0123456789abcdef0123456789abcdef01234567';

beforeAll(async () => {
  [base, r2, r3, sandbox, work, runnerTemp] = await Promise.all([
    startRegistry({
      auth: 'token',
      users: {
        'primary-user': { password: secrets.BASE_MAIN_PASS, repos: ['other/'] },
        'ctx-user': { password: secrets.BASE_STAGING_PASS, repos: ['base/'], actions: ['pull'] },
        pusher: { password: secrets.BASE_PUSH_PASS, repos: ['acme/'] },
        [SEED.username]: { password: SEED.password },
      },
    }),
    startRegistry({ auth: 'htpasswd', users: { deployer: { password: secrets.R2_PASS } } }),
    startRegistry({
      auth: 'token',
      users: { r3user: { password: secrets.R3_PASS, repos: ['team/'] } },
    }),
    buildahSandbox('build-test'),
    makeTempDir('build-test-work-'),
    makeTempDir('build-test-runner-temp-'),
  ]);
  // The base is made in a storage of its own: the builds must pull it through the registry.
  const seed = await buildahSandbox('seed');
  try {
    await pushBusyboxBase(seed, `${base.host}/base/busybox:1`, SEED);
  } finally {
    await seed.remove();
  }
}, 90_000);

afterAll(async () => {
  await Promise.all([
    base?.stop(),
    r2?.stop(),
    r3?.stop(),
    sandbox?.remove(),
    removeTempDir(work),
    removeTempDir(runnerTemp),
  ]);
});

function registries(): string {
  return `registries:
  - name: base-main
    domain: ${base.host}
    primary: true
    credentials: { username: primary-user, password: { env: BASE_MAIN_PASS } }
  - name: base-staging
    domain: ${base.host}
    credentials: { username: ctx-user, password: { env: BASE_STAGING_PASS } }
  - name: base-push
    domain: ${base.host}
    credentials: { username: pusher, password: { env: BASE_PUSH_PASS } }
  - name: r2
    domain: ${r2.host}
    default: true
    repository_prefix: acme
    credentials: { username: deployer, password: { env: R2_PASS } }
  - name: r3
    domain: ${r3.host}
    credentials: { username: r3user, password: { env: R3_PASS } }
  - name: lab
    domain: lab.example:8443
    insecure: true
`;
}

/** Runs an action in-process as a step would: the step's environment, state kept. */
function step(
  action: Action,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): Promise<Run> {
  return runStep(
    action,
    { registries: registries(), builder: 'buildah', ...inputs },
    {
      PATH: process.env.PATH,
      RUNNER_TEMP: runnerTemp,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/feature/Shiny',
      GITHUB_REF_NAME: 'feature/Shiny',
      ...sandbox.env,
      ...secrets,
      ...env,
    },
  );
}

function context(
  name: string,
  dockerfile: string,
  files: Record<string, string> = {},
): Promise<string> {
  return writeContext(work, name, dockerfile, files);
}

const APP_DOCKERFILE = `ARG BASE
FROM \${BASE}
ARG GREETING=hello
RUN echo "$GREETING from $(uname -s)" > /greeting && mkdir -p /app
RUN busybox true && echo built > /app/status
COPY app.txt /app/app.txt
LABEL com.example.team=platform
`;

/** Tags `to` with the manifest `from` points at, byte for byte. */
async function pushManifestCopy(
  reg: TestRegistry,
  repo: string,
  from: string,
  to: string,
): Promise<void> {
  const manifest = await getManifest(reg, repo, from);
  await pushManifest(reg, repo, to, manifest.mediaType ?? '', manifest.bytes);
}

function expectNoSecret(run: MemoryIO): void {
  const text = visible(run);
  for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
  const users = {
    BASE_MAIN_PASS: 'primary-user',
    BASE_STAGING_PASS: 'ctx-user',
    BASE_PUSH_PASS: 'pusher',
    R2_PASS: 'deployer',
    R3_PASS: 'r3user',
  };
  for (const [key, user] of Object.entries(users)) {
    expect(text).not.toContain(
      Buffer.from(`${user}:${secrets[key as keyof typeof secrets]}`).toString('base64'),
    );
  }
}

describe('build with buildah against real registries', () => {
  it('pulls a base only a non-primary integration may read through registry_contexts, and pushes two tags under the default registry prefix', async () => {
    const dir = await context('app', APP_DOCKERFILE, { 'app.txt': 'the app\n' });
    const tokensBefore = base.tokenRequests.length;
    const run = await step(build, {
      image_name: 'app',
      tags: '1.0\nstable',
      working_directory: dir,
      build_arguments: `BASE=${base.host}/base/busybox:1\nGREETING=hi there`,
      registry_contexts: 'base-staging',
      labels: 'org.opencontainers.image.title: custom-title\ncom.example.extra: "yes"',
    });
    expect(run.failed).toBeUndefined();

    const images = [`${r2.host}/acme/app:1.0`, `${r2.host}/acme/app:stable`];
    expect(run.outputs.image).toBe(images[0]);
    expect(run.outputs.images).toBe(images.join('\n'));
    const first = await landed(r2, 'acme/app', '1.0');
    const second = await landed(r2, 'acme/app', 'stable');
    expect(run.outputs.digest).toBe(first.digest);
    expect(second.digest).toBe(first.digest);
    expect(run.outputs.image_id).toBe(first.configDigest);

    // What landed: the base's busybox, the RUN steps' files (with the build argument), the COPY.
    expect(first.files.has('bin/busybox')).toBe(true);
    expect(first.files.get('greeting')?.toString()).toBe('hi there from Linux\n');
    expect(first.files.get('app/status')?.toString()).toBe('built\n');
    expect(first.files.get('app/app.txt')?.toString()).toBe('the app\n');
    // Git labels, the labels input over them, and the Dockerfile's own.
    expect(first.labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.example/acme/widgets',
      'org.opencontainers.image.url': 'https://github.example/acme/widgets',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.version': '1.0',
      'org.opencontainers.image.title': 'custom-title',
      'com.example.extra': 'yes',
      'com.example.team': 'platform',
    });
    expect(Date.parse(first.labels['org.opencontainers.image.created'])).toBeGreaterThan(
      Date.now() - 120_000,
    );

    const metadata = JSON.parse(run.outputs.metadata) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      builder: 'buildah',
      'containerimage.digest': first.digest,
      'image.name': images.join(','),
    });

    // The pull went as the context's identity; the primary's was never used for the base.
    const tokens = base.tokenRequests.slice(tokensBefore);
    expect(
      tokens.some(
        (t) => t.account === 'ctx-user' && JSON.stringify(t.granted).includes('base/busybox'),
      ),
    ).toBe(true);
    expect(tokens.some((t) => t.account === 'primary-user')).toBe(false);
    // The Dockerfile's FROM (through its ARG) was understood: no warning about the context.
    expect(run.logs.filter((l) => l.startsWith('warning:'))).toEqual([]);

    // The step's auth files are gone, and nothing secret was shown.
    expect(run.state[STATE.tempDir]).toContain(runnerTemp);
    expect(existsSync(run.state[STATE.tempDir])).toBe(false);
    expectNoSecret(run);
  });

  it("pushes with the push target's identity even when a context names another integration on its domain", async () => {
    const dir = await context(
      'same-domain',
      `FROM ${base.host}/base/busybox:1\nRUN echo same > /same\n`,
    );
    const tokensBefore = base.tokenRequests.length;
    const run = await step(build, {
      image_name: 'acme/same',
      tag: 'v1',
      working_directory: dir,
      registry: 'base-push',
      registry_contexts: 'base-staging',
    });
    expect(run.failed).toBeUndefined();
    expect(run.outputs.image).toBe(`${base.host}/acme/same:v1`);
    const image = await landed(base, 'acme/same', 'v1');
    expect(run.outputs.digest).toBe(image.digest);
    expect(image.files.get('same')?.toString()).toBe('same\n');
    const tokens = base.tokenRequests.slice(tokensBefore);
    // ctx-user may not push acme/, pusher may not pull base/: both identities were needed.
    expect(
      tokens.some(
        (t) => t.account === 'ctx-user' && JSON.stringify(t.granted).includes('base/busybox'),
      ),
    ).toBe(true);
    expect(
      tokens.some((t) => t.account === 'pusher' && JSON.stringify(t.granted).includes('"push"')),
    ).toBe(true);
    expectNoSecret(run);
  });

  it('builds with disable_push, then the push action pushes the local image to another registry under two tags', async () => {
    const dir = await context(
      'local',
      `FROM ${base.host}/base/busybox:1\nARG FLAVOUR\nRUN echo "$FLAVOUR" > /flavour\n`,
    );
    const built = await step(build, {
      image_name: 'local-app',
      working_directory: dir,
      build_arguments: 'FLAVOUR: vanilla',
      registry_contexts: 'base-staging',
      disable_push: 'true',
    });
    expect(built.failed).toBeUndefined();
    // No tag given: the branch name, made tag-safe, its case kept.
    expect(built.outputs.image).toBe('local-app:feature-Shiny');
    expect(built.outputs.digest).toBeUndefined();
    expect(built.outputs.image_id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await getManifest(r2, 'acme/local-app', 'feature-Shiny')).status).toBe(404);

    const pushed = await step(push, {
      candidate: built.outputs.image,
      registry: 'r3',
      image_name: 'team/app',
      tags: 'v1, latest',
    });
    expect(pushed.failed).toBeUndefined();
    expect(pushed.outputs.images).toBe(`${r3.host}/team/app:v1\n${r3.host}/team/app:latest`);
    const image = await landed(r3, 'team/app', 'v1');
    expect(pushed.outputs.digest).toBe(image.digest);
    expect((await getManifest(r3, 'team/app', 'latest')).digest).toBe(image.digest);
    expect(image.configDigest).toBe(built.outputs.image_id);
    expect(image.files.get('flavour')?.toString()).toBe('vanilla\n');
    expect(image.labels['org.opencontainers.image.version']).toBe('feature-Shiny');
    expect(existsSync(pushed.state[STATE.tempDir])).toBe(false);
    expectNoSecret(built);
    expectNoSecret(pushed);
  });

  it('pushes a remote candidate registry to registry, as a promotion', async () => {
    const source = await pushImage(r2, 'acme/remote', '3.1', { layers: 2, layerSize: 2000 });
    const run = await step(push, {
      candidate: `${r2.host}/acme/remote:3.1`,
      registry: 'r3',
      image_name: 'team/remote',
      tag: 'promoted',
    });
    expect(run.failed).toBeUndefined();
    expect(run.outputs.digest).toBe(source.digest);
    expect(run.outputs.image).toBe(`${r3.host}/team/remote:promoted`);
    expect((await getManifest(r3, 'team/remote', 'promoted')).digest).toBe(source.digest);
    expect(run.logs.some((l) => l.startsWith('copy: 3 blobs copied'))).toBe(true);
    expectNoSecret(run);
  });

  it('builds a multi-platform manifest list with buildah, pushes it, and a rebuild replaces the list', async () => {
    const dir = await context(
      'multi',
      'FROM scratch\nARG TARGETARCH\nCOPY hello.txt /hello.txt\nLABEL arch=$TARGETARCH\n',
      { 'hello.txt': 'hi\n' },
    );
    const inputs = {
      image_name: 'multi',
      tag: 'm1',
      working_directory: dir,
      platform: 'linux/amd64,linux/arm64',
      labels: 'com.example.extra: multi',
    };
    // An earlier single-platform build left an image under the name the list will take.
    const { platform: _platform, ...single } = inputs;
    expect((await step(build, single)).failed).toBeUndefined();
    const first = await step(build, inputs);
    expect(first.failed).toBeUndefined();
    const firstIndex = await landedIndex(r2, 'acme/multi', 'm1');
    expect(first.outputs.digest).toBe(firstIndex.digest);
    // No single image ID for a list; the metadata names the index, nothing as a config digest.
    expect(first.outputs.image_id).toBe('');
    const metadata = JSON.parse(first.outputs.metadata) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      builder: 'buildah',
      'containerimage.digest': firstIndex.digest,
      'image.name': `${r2.host}/acme/multi:m1`,
      platforms: ['linux/amd64', 'linux/arm64'],
      labels: { 'com.example.extra': 'multi', 'org.opencontainers.image.version': 'm1' },
    });
    expect(metadata).not.toHaveProperty(['containerimage.config.digest']);
    expect(Object.keys(firstIndex.platforms).sort()).toEqual(['amd64', 'arm64']);
    for (const [arch, image] of Object.entries(firstIndex.platforms)) {
      // The Git labels, the labels input and the Dockerfile's own, on every platform's image.
      expect(image.labels).toMatchObject({
        arch,
        'com.example.extra': 'multi',
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.source': 'https://github.example/acme/widgets',
        'org.opencontainers.image.version': 'm1',
      });
      expect(image.files.get('hello.txt')?.toString()).toBe('hi\n');
    }

    // The same build again, in the same storage, with a change: the list is replaced, not added to.
    await writeFile(path.join(dir, 'hello.txt'), 'hi again\n');
    const second = await step(build, inputs);
    expect(second.failed).toBeUndefined();
    const secondIndex = await landedIndex(r2, 'acme/multi', 'm1');
    expect(second.outputs.digest).toBe(secondIndex.digest);
    expect(secondIndex.digest).not.toBe(firstIndex.digest);
    expect(secondIndex.entries).toBe(2);
    for (const image of Object.values(secondIndex.platforms))
      expect(image.files.get('hello.txt')?.toString()).toBe('hi again\n');
    const local = JSON.parse(
      await buildah(sandbox, ['manifest', 'inspect', `${r2.host}/acme/multi:m1`]),
    ) as { manifests: unknown[] };
    expect(local.manifests).toHaveLength(2);
  });

  it('mounts secrets from a variable and a file for RUN; neither is in a layer, the log or the outputs', async () => {
    const envSecret = 'buildah-env-secret-5d4c3b2a';
    const fileSecret = 'buildah-file-secret-9e8d7c6b';
    const dir = await context(
      'secrets',
      `FROM ${base.host}/base/busybox:1
RUN --mount=type=secret,id=token --mount=type=secret,id=netrc \\
    sha256sum /run/secrets/token /run/secrets/netrc | cut -d' ' -f1 > /hashes
`,
      { 'netrc.txt': fileSecret },
    );
    const run = await step(
      build,
      {
        image_name: 'secretive',
        tag: 's1',
        working_directory: dir,
        registry_contexts: 'base-staging',
        secrets: `- id=token,env=BUILD_TOKEN\n- id=netrc,src=${path.join(dir, 'netrc.txt')}`,
      },
      { BUILD_TOKEN: envSecret },
    );
    expect(run.failed).toBeUndefined();
    const image = await landed(r2, 'acme/secretive', 's1');
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(image.files.get('hashes')?.toString()).toBe(
      `${sha256(envSecret)}\n${sha256(fileSecret)}\n`,
    );
    for (const data of image.files.values()) {
      expect(data.toString('latin1')).not.toContain(envSecret);
      expect(data.toString('latin1')).not.toContain(fileSecret);
    }
    expect(visible(run)).not.toContain(envSecret);
    expect(visible(run)).not.toContain(fileSecret);
    expectNoSecret(run);
  });

  it('forwards an SSH key to RUN --mount=type=ssh, and exports its layer cache to a registry repository', async () => {
    const keyDir = await context('ssh-key', 'FROM scratch\n');
    const key = path.join(keyDir, 'id_ed25519');
    const { privateKey } = generateKeyPairSync('ed25519');
    await writeFile(key, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    const dir = await context(
      'ssh',
      `FROM ${base.host}/base/busybox:1\nRUN --mount=type=ssh,id=deploy test -S "$SSH_AUTH_SOCK" && echo agent > /ssh\n`,
    );
    const run = await step(build, {
      image_name: 'ssh',
      tag: 'k1',
      working_directory: dir,
      registry_contexts: 'base-staging',
      ssh: `deploy=${key}`,
      cache_to: `type=registry,ref=${r2.host}/acme/ssh-cache:latest,mode=max`,
    });
    expect(run.failed).toBeUndefined();
    const image = await landed(r2, 'acme/ssh', 'k1');
    expect(image.files.get('ssh')?.toString()).toBe('agent\n');
    // buildah pushed the RUN step's layer to the cache repository, under a tag of its own.
    expect(run.logs.some((l) => l.includes(`--cache-to ${r2.host}/acme/ssh-cache`))).toBe(true);
    expect((await listTags(r2, 'acme/ssh-cache')).length).toBeGreaterThan(0);
  });

  it('refuses provenance with buildah before building, and pushes nothing', async () => {
    const dir = await context('provenance', 'FROM scratch\nCOPY Dockerfile /Dockerfile\n');
    const run = await step(build, {
      image_name: 'attested',
      tag: 'p1',
      working_directory: dir,
      provenance: 'mode=max',
    });
    expect(run.failed).toBe(
      'Input provenance: buildah cannot write provenance attestations (a BuildKit feature); remove provenance, set it to false, or use builder: docker',
    );
    expect(run.logs.some((l) => l.startsWith('[command]'))).toBe(false);
    expect((await getManifest(r2, 'acme/attested', 'p1')).status).toBe(404);
  });

  it('reads a short name with a path as a Docker Hub name, as docker does', async () => {
    const dir = await context('short-name', 'FROM somebody/someimage\n');
    const run = await step(build, {
      image_name: 'short',
      working_directory: dir,
      disable_push: 'true',
    });
    // No Docker Hub here (nor credentials for it): what matters is where buildah went for it.
    expect(run.failed).toMatch(/^The build \(buildah\) failed at FROM somebody\/someimage/);
    expect(run.failed).toContain(
      `Resolving "somebody/someimage" using unqualified-search registries (${runnerTemp}/image-actions-`,
    );
    expect(run.failed).toContain('Trying to pull docker.io/somebody/someimage:latest');
    expect(run.failed).not.toContain('no unqualified-search registries are defined');
  });

  it('speaks plain HTTP to a loopback registry the system registries.conf declares with insecure = false', async () => {
    const system = path.join(work, 'system-registries.conf');
    await writeFile(
      system,
      `unqualified-search-registries = ["quay.io"]\n\n[[registry]]\nlocation = "${base.host}"\ninsecure = false\n`,
    );
    const dir = await context(
      'system-conf',
      `FROM ${base.host}/base/busybox:1\nRUN echo ok > /ok\n`,
    );
    // A storage without the base: the build must pull it.
    const fresh = await buildahSandbox('system-conf');
    try {
      const run = await step(
        build,
        {
          image_name: 'sysconf',
          working_directory: dir,
          registry_contexts: 'base-staging',
          disable_push: 'true',
        },
        { ...fresh.env, CONTAINERS_REGISTRIES_CONF: system },
      );
      expect(run.failed).toBeUndefined();
      expect(run.outputs.image_id).toMatch(/^sha256:[0-9a-f]{64}$/);
    } finally {
      await fresh.remove();
    }
  });
});

describe('build with docker buildx (a stand-in docker CLI: no Docker engine here)', () => {
  const b64 = (user: string, password: string) => ({
    auth: Buffer.from(`${user}:${password}`).toString('base64'),
  });

  async function setup(name: string) {
    const fake = await fakeDocker(path.join(work, name));
    const userDocker = path.join(work, name, 'user-docker');
    await mkdir(path.join(userDocker, 'cli-plugins'), { recursive: true });
    await writeFile(path.join(userDocker, 'config.json'), JSON.stringify({ currentContext: 'ci' }));
    const dir = await context(name, 'FROM ' + base.host + '/base/busybox:1\nRUN make\n');
    return { fake, userDocker, dir, env: { ...fake.env, DOCKER_CONFIG: userDocker } };
  }

  it("auto picks docker where an engine answers; a context on the push domain means load with the pull identities, push with the target's", async () => {
    const { fake, userDocker, dir, env } = await setup('docker-two');
    // The stand-in pushes nothing: the image is put where the read-back will look.
    const seeded = await pushImage(base, 'acme/dock', 'v9');
    const run = await step(
      build,
      {
        image_name: 'acme/dock',
        tag: 'v9',
        working_directory: dir,
        registry: 'base-push',
        registry_contexts: 'base-staging',
        builder: 'auto',
      },
      env,
    );
    expect(run.failed).toBeUndefined();
    expect(run.outputs.digest).toBe(seeded.digest);
    expect(run.outputs.image_id).toBe(`sha256:${'c'.repeat(64)}`);
    expect(JSON.parse(run.outputs.metadata)).toMatchObject({
      builder: 'docker',
      'buildx.build.ref': 'default/default/x',
      'containerimage.config.digest': `sha256:${'c'.repeat(64)}`,
      // What the registry holds, not the digest of buildx's local export.
      'containerimage.digest': seeded.digest,
    });
    // buildx's digest of the loaded image is not what `docker push` wrote: nothing to compare.
    expect(run.logs.filter((l) => l.startsWith('warning:'))).toEqual([]);

    const calls = await fake.calls();
    expect(calls.map((c) => c.args.slice(0, 2))).toEqual([
      ['info'],
      ['buildx', 'version'],
      ['info', '--format'],
      ['buildx', 'build'],
      ['push', `${base.host}/acme/dock:v9`],
    ]);
    const [, , , buildCall, pushCall] = calls;
    expect(buildCall.args).toContain('--load');
    expect(buildCall.args.slice(-1)).toEqual([dir]);
    expect(buildCall.config?.auths?.[base.host]).toEqual(
      b64('ctx-user', secrets.BASE_STAGING_PASS),
    );
    expect(pushCall.config?.auths).toEqual({ [base.host]: b64('pusher', secrets.BASE_PUSH_PASS) });
    expect(buildCall.DOCKER_CONFIG).not.toBe(pushCall.DOCKER_CONFIG);
    // Private files; the user's buildx builders, plugins and current context still in reach.
    expect([buildCall.configMode, pushCall.configMode]).toEqual([0o600, 0o600]);
    expect(buildCall.BUILDX_CONFIG).toBe(path.join(userDocker, 'buildx'));
    expect(buildCall.plugins).toBe(true);
    expect(pushCall.config?.currentContext).toBe('ci');
    // Gone after the step; the user's own docker directory untouched.
    expect(existsSync(path.dirname(buildCall.DOCKER_CONFIG ?? ''))).toBe(false);
    expect(existsSync(path.join(userDocker, 'cli-plugins'))).toBe(true);
    expectNoSecret(run);
  });

  it('pushes during the build, for every platform, when one identity per domain suffices', async () => {
    const { fake, dir, env } = await setup('docker-one');
    const seeded = await pushImage(r2, 'acme/dockapp', '1');
    await pushManifestCopy(r2, 'acme/dockapp', '1', 'latest');
    const run = await step(
      build,
      {
        image_name: 'dockapp',
        tags: '1,latest',
        working_directory: dir,
        platform: 'linux/amd64,linux/arm64',
        builder: 'docker',
      },
      { ...env, FAKE_DOCKER_DIGEST: seeded.digest },
    );
    expect(run.failed).toBeUndefined();
    expect(run.outputs.digest).toBe(seeded.digest);
    // buildx's iidfile holds the index digest, which is no image ID: several platforms have none,
    // as with buildah.
    expect(run.outputs.image_id).toBe('');
    const metadata = JSON.parse(run.outputs.metadata) as Record<string, unknown>;
    expect(metadata).not.toHaveProperty(['containerimage.config.digest']);
    expect(metadata['containerimage.digest']).toBe(seeded.digest);
    // What buildx pushed is what the registry holds: no warning.
    expect(run.logs.filter((l) => l.startsWith('warning:'))).toEqual([]);
    const calls = await fake.calls();
    expect(calls.map((c) => c.args.slice(0, 2))).toEqual([
      ['info'],
      ['buildx', 'version'],
      ['info', '--format'],
      // Two platforms on a store the fake calls classic: which driver builds them.
      ['buildx', 'inspect'],
      ['buildx', 'build'],
    ]);
    const buildCall = calls[4];
    expect(buildCall.args).toEqual(
      expect.arrayContaining([
        '--push',
        '--platform',
        'linux/amd64,linux/arm64',
        '-t',
        `${r2.host}/acme/dockapp:1`,
        '-t',
        `${r2.host}/acme/dockapp:latest`,
      ]),
    );
    // One config: the push target's identity and the identity resolution picked for the one
    // domain the Dockerfile pulls from; nothing of r3 or any other registry declared.
    expect(buildCall.config?.auths).toEqual({
      [r2.host]: b64('deployer', secrets.R2_PASS),
      [base.host]: b64('primary-user', secrets.BASE_MAIN_PASS),
    });
  });

  it('pushes during the build to a non-primary integration when the Dockerfile pulls nothing from its domain', async () => {
    const { fake, dir, env } = await setup('docker-non-primary');
    await writeFile(path.join(dir, 'Dockerfile'), 'FROM busybox\nRUN make\n');
    const seeded = await pushImage(base, 'acme/np', 'v1');
    const run = await step(
      build,
      {
        image_name: 'acme/np',
        tag: 'v1',
        working_directory: dir,
        registry: 'base-push',
        platform: 'linux/amd64,linux/arm64',
        builder: 'docker',
      },
      { ...env, FAKE_DOCKER_DIGEST: seeded.digest },
    );
    expect(run.failed).toBeUndefined();
    const calls = (await fake.calls()).filter(
      (c) => c.args[0] !== 'info' && c.args[1] !== 'version' && c.args[1] !== 'inspect',
    );
    expect(calls.map((c) => c.args.slice(0, 2))).toEqual([['buildx', 'build']]);
    expect(calls[0].args).toContain('--push');
    // The primary of that domain is not in the file: the build pulls only from Docker Hub.
    expect(calls[0].config?.auths).toEqual({ [base.host]: b64('pusher', secrets.BASE_PUSH_PASS) });
  });

  it('keeps a multi-platform build with disable_push in the build cache, and says so', async () => {
    const { fake, dir, env } = await setup('docker-cache');
    const run = await step(
      build,
      {
        image_name: 'cached',
        tag: 'c1',
        working_directory: dir,
        platform: 'linux/amd64,linux/arm64',
        disable_push: 'true',
        builder: 'docker',
      },
      env,
    );
    expect(run.failed).toBeUndefined();
    expect(run.outputs.image).toBe('cached:c1');
    const buildCall = (await fake.calls()).find((c) => c.args[1] === 'build');
    expect(buildCall?.args).not.toContain('--load');
    expect(buildCall?.args).not.toContain('--push');
    expect(run.logs.filter((l) => l.startsWith('warning:'))).toEqual([
      expect.stringMatching(
        /^warning: docker buildx: a build for 2 platforms cannot be loaded into the engine's classic image store, so with disable_push its result stays in the build cache only/,
      ),
    ]);
  });

  it('builds what pulls from an insecure registry, saying what the engine or builder must allow', async () => {
    const { fake, dir, env } = await setup('docker-insecure');
    await writeFile(path.join(dir, 'Dockerfile'), 'FROM lab.example:8443/tools/base:1\n');
    const run = await step(
      build,
      { image_name: 'x', working_directory: dir, disable_push: 'true', builder: 'docker' },
      env,
    );
    // The engine's insecure-registries may well allow it: buildx is left to try.
    expect(run.failed).toBeUndefined();
    expect((await fake.calls()).some((c) => c.args[1] === 'build')).toBe(true);
    expect(run.logs.filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: docker buildx: this build pulls from lab.example:8443 over plain HTTP (insecure: true), which buildx takes from its builder, never from one build\'s options: with buildx\'s default docker driver, the Docker engine\'s daemon.json must list lab.example:8443 in "insecure-registries"; with a docker-container builder, its buildkitd.toml must have [registry."lab.example:8443"] http = true; otherwise those pulls fail with a TLS error. Or use builder: buildah',
    ]);

    // A context on that domain, for a Dockerfile that pulls nothing from it: no warning of plain
    // HTTP (the context's own warning only).
    await fake.reset();
    await writeFile(path.join(dir, 'Dockerfile'), 'FROM busybox\n');
    const unused = await step(
      build,
      {
        image_name: 'x',
        working_directory: dir,
        disable_push: 'true',
        builder: 'docker',
        registry_contexts: 'lab',
      },
      env,
    );
    expect(unused.failed).toBeUndefined();
    expect(unused.logs.filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: Input registry_contexts: lab serves lab.example:8443, but the Dockerfile names no image on lab.example:8443',
    ]);
  });

  it('pushes a local image to an insecure registry with docker push, saying what the engine must allow', async () => {
    const { fake, dir, env } = await setup('docker-push-insecure');
    const authfile = path.join(dir, 'push', 'config.json');
    await mkdir(path.dirname(authfile), { recursive: true });
    await writeFile(authfile, '{}\n', { mode: 0o600 });
    const warnings: string[] = [];
    const request = {
      source: 'app:dev',
      destination: 'lab.example:8443/team/app:1',
      target: { registry: 'lab', host: 'lab.example:8443', repository: 'team/app' },
      authfile,
      insecure: true,
      list: false,
      digestFile: path.join(dir, 'digest-0'),
    };
    const io = { env, log: () => {}, warn: (m: string) => warnings.push(m) };
    await new DockerBuilder().push(request, io);
    expect((await fake.calls()).map((c) => c.args)).toEqual([
      ['tag', 'app:dev', 'lab.example:8443/team/app:1'],
      ['push', 'lab.example:8443/team/app:1'],
    ]);
    expect(warnings).toEqual([
      'docker push: lab (lab.example:8443) is reached over plain HTTP (insecure: true), which docker push takes from the Docker engine, never from one command: the engine\'s daemon.json must list lab.example:8443 in "insecure-registries"; otherwise the push fails with a TLS error. Or use builder: buildah',
    ]);
    // Loopback is plain HTTP to the engine anyway.
    warnings.length = 0;
    await new DockerBuilder().push(
      {
        ...request,
        destination: '127.0.0.1:5000/team/app:1',
        target: { ...request.target, host: '127.0.0.1:5000' },
      },
      io,
    );
    expect(warnings).toEqual([]);
  });

  it('names the failing instruction from buildx output, and the registry and its error for a refused push', async () => {
    const { dir, env } = await setup('docker-fail');
    const failedBuild = await step(
      build,
      { image_name: 'x', working_directory: dir, builder: 'docker' },
      { ...env, FAKE_DOCKER_FAIL: 'build' },
    );
    expect(failedBuild.failed).toMatch(
      /^The build \(docker buildx\) failed at RUN make \(exit code 1\)\. Last lines of its output:\n/,
    );
    expect(failedBuild.failed).toContain('make: *** No rule to make target');
    const refused = await step(
      build,
      {
        image_name: 'acme/dock',
        tag: 'v9',
        working_directory: dir,
        registry: 'base-push',
        registry_contexts: 'base-staging',
        builder: 'docker',
      },
      { ...env, FAKE_DOCKER_FAIL: 'push' },
    );
    expect(refused.failed).toBe(
      `Push of ${base.host}/acme/dock:v9 to base-push failed (registry ${base.host}, repository acme/dock; docker exit code 1): denied: requested access to the resource is denied (check that the credentials of base-push may push to acme/dock)`,
    );
  });
});

describe('build and push errors a user can act on', () => {
  it('names a missing Dockerfile and a missing working_directory', async () => {
    const dir = await context('no-dockerfile', 'FROM scratch\n');
    const noFile = await step(build, {
      image_name: 'x',
      working_directory: dir,
      dockerfile: 'Dockerfile.prod',
    });
    expect(noFile.failed).toBe(
      `Input dockerfile: ${path.join(dir, 'Dockerfile.prod')} does not exist (a relative dockerfile is found in working_directory ${dir})`,
    );
    const noDir = await step(build, {
      image_name: 'x',
      working_directory: path.join(work, 'nowhere'),
    });
    expect(noDir.failed).toBe(
      `Input working_directory: ${path.join(work, 'nowhere')} does not exist`,
    );
  });

  it('shows the failing instruction and the tail of its output', async () => {
    const dir = await context(
      'failing',
      `FROM ${base.host}/base/busybox:1\nRUN echo step one\nRUN echo "about to fail" && ls /missing-dir\nRUN echo never\n`,
    );
    const run = await step(build, {
      image_name: 'failing',
      working_directory: dir,
      registry_contexts: 'base-staging',
    });
    expect(run.failed).toMatch(
      /^The build \(buildah\) failed at RUN echo "about to fail" && ls \/missing-dir \(exit code \d+\)\. Last lines of its output:\n/,
    );
    expect(run.failed).toContain('about to fail');
    expect(run.failed).toMatch(/missing-dir.*No such file or directory/);
    expect(run.failed).not.toContain('never');
    expect(existsSync(run.state[STATE.tempDir])).toBe(false);
  });

  it('fails the pull with the primary identity when no context names the one that may read the base', async () => {
    const dir = await context('no-context', `FROM ${base.host}/base/busybox:1\nRUN true\n`);
    // A storage without the base, which the other builds pulled: this build must pull it.
    const fresh = await buildahSandbox('no-context');
    try {
      const run = await step(build, { image_name: 'nocontext', working_directory: dir }, fresh.env);
      expect(run.failed).toContain(`failed at FROM ${base.host}/base/busybox:1`);
      expect(run.failed).toMatch(/denied|unauthorized/i);
    } finally {
      await fresh.remove();
    }
  });

  it('names an unknown integration', async () => {
    const dir = await context('unknown', 'FROM scratch\n');
    const context1 = await step(build, {
      image_name: 'x',
      working_directory: dir,
      registry_contexts: 'nope',
    });
    expect(context1.failed).toMatch(
      /^Input registry_contexts: there is no registry named "nope"; the registries input declares base-main, /,
    );
    const registry = await step(build, {
      image_name: 'x',
      working_directory: dir,
      registry: 'gone',
    });
    expect(registry.failed).toMatch(/^Input registry: there is no registry named "gone"/);
    const pushRegistry = await step(push, {
      candidate: `${r2.host}/acme/app:1.0`,
      registry: 'gone',
    });
    expect(pushRegistry.failed).toMatch(/^Input registry: there is no registry named "gone"/);
    const nowhere = await step(push, { candidate: `${r2.host}/acme/nothing:1`, registry: 'r3' });
    expect(nowhere.failed).toMatch(/^r2: reading manifest acme\/nothing:1 failed: HTTP 404/);
    expect(nowhere.failed).toContain(
      `; ${r2.host}/acme/nothing:1 is not in the local storage of buildah either`,
    );
  });

  it("names the registry, the repository and the registry's error when a push is denied, before building", async () => {
    const dir = await context('denied', 'FROM scratch\nCOPY Dockerfile /Dockerfile\n');
    // ctx-user may pull base/ only: pushing app/ there is refused.
    const run = await step(build, {
      image_name: 'app',
      tag: 'x',
      working_directory: dir,
      registry: 'base-staging',
    });
    expect(run.failed).toBe(
      `Cannot push to ${base.host}/app as base-staging (checked before building, nothing was built or pushed): base-staging: starting an upload to app failed: HTTP 401: UNAUTHORIZED: authentication required (access denied: check that these credentials may do this on this repository)`,
    );
    // Nothing ran: no build step's output in the log.
    expect(run.logs.some((l) => l.startsWith('[command]buildah'))).toBe(false);
    expectNoSecret(run);
  });
});
