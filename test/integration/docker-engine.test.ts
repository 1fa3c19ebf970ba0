import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../../src/actions/build/index.js';
import { push } from '../../src/actions/push/index.js';
import { STATE } from '../../src/host/step-dir.js';
import { buildahSandbox, pushBusyboxBase } from '../helpers/buildah.js';
import { SUITE_SEED, SUITE_SHA, useEngineSuite } from '../helpers/engine-suite.js';
import { getBlob, getManifest } from '../helpers/images.js';
import { landed, visible } from '../helpers/landed.js';

// The docker path on a real engine (Debian's dockerd 20.10, its classic image store, buildx 0.13
// from trixie): `base` holds the busybox base, readable only as `ctx-user` (not its primary);
// `r2` is the password-protected default push target with a prefix; `r3` another registry.
const suite = useEngineSuite();
const { step, context, expectNoSecret } = suite;
const SHA = SUITE_SHA;
// Build secrets: what RUN may read, and no layer, log or output may hold.
const ENV_SECRET = 'env-build-secret-7c6b5a49';
const FILE_SECRET = 'machine example login ci password file-build-secret-3e2d1c0b\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// The busybox base, made in a buildah storage of its own: builds pull it through the registry.
beforeAll(async () => {
  const seed = await buildahSandbox('engine-seed');
  try {
    await pushBusyboxBase(seed, `${suite.base.host}/base/busybox:1`, SUITE_SEED);
  } finally {
    await seed.remove();
  }
}, 120_000);

/** The engine's image ID of a local image (`docker image inspect`). */
async function engineImageId(reference: string): Promise<string> {
  return (await suite.engine.docker(['image', 'inspect', '--format', '{{.Id}}', reference])).trim();
}

const APP_DOCKERFILE = `ARG BASE
FROM \${BASE}
ARG GREETING=hello
RUN echo "$GREETING from $(uname -s)" > /greeting
COPY app.txt /app/app.txt
LABEL com.example.team=platform
`;

describe('build with docker buildx on a real Docker engine', () => {
  it('pushes during the build to a password-protected registry under several tags, with the labels; digest and image_id are what the registry holds', async () => {
    const dir = await context('several', APP_DOCKERFILE, { 'app.txt': 'the app\n' });
    const run = await step(build, {
      image_name: 'app',
      tags: '1.0\nstable',
      working_directory: dir,
      // ctx-user for base's domain, deployer for r2's: one identity per domain, one file.
      registry_contexts: 'base-staging',
      build_arguments: `BASE=${suite.base.host}/base/busybox:1\nGREETING=hi there`,
      labels: 'org.opencontainers.image.title: custom-title\ncom.example.extra: "yes"',
    });
    expect(run.failed).toBeUndefined();
    const images = [`${suite.r2.host}/acme/app:1.0`, `${suite.r2.host}/acme/app:stable`];
    expect(run.outputs.images).toBe(images.join('\n'));
    const first = await landed(suite.r2, 'acme/app', '1.0');
    expect((await getManifest(suite.r2, 'acme/app', 'stable')).digest).toBe(first.digest);
    expect(run.outputs.digest).toBe(first.digest);
    expect(run.outputs.image_id).toBe(first.configDigest);
    expect(first.files.get('greeting')?.toString()).toBe('hi there from Linux\n');
    expect(first.files.get('app/app.txt')?.toString()).toBe('the app\n');
    expect(first.labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.example/acme/widgets',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.version': '1.0',
      'org.opencontainers.image.title': 'custom-title',
      'com.example.extra': 'yes',
      'com.example.team': 'platform',
    });
    const metadata = JSON.parse(run.outputs.metadata) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      builder: 'docker',
      'containerimage.digest': first.digest,
      'containerimage.config.digest': first.configDigest,
    });
    // The build pushed (no docker push), and nothing disagreed.
    expect(run.logs.some((l) => l.startsWith('[command]docker push'))).toBe(false);
    expect(run.logs.filter((l) => l.startsWith('warning:'))).toEqual([]);
    expect(existsSync(run.state[STATE.tempDir])).toBe(false);
    expectNoSecret(run);
  });

  it("pulls through registry_contexts as another identity on the push target's domain: loads, then pushes as the target's", async () => {
    const dir = await context(
      'same-domain',
      `FROM ${suite.base.host}/base/busybox:1\nRUN echo same > /same\n`,
    );
    const tokensBefore = suite.base.tokenRequests.length;
    const run = await step(build, {
      image_name: 'acme/same',
      tag: 'v1',
      working_directory: dir,
      registry: 'base-push',
      registry_contexts: 'base-staging',
    });
    expect(run.failed).toBeUndefined();
    const image = await landed(suite.base, 'acme/same', 'v1');
    expect(run.outputs.digest).toBe(image.digest);
    expect(image.files.get('same')?.toString()).toBe('same\n');
    // The engine holds the loaded image: its ID is the config digest that landed.
    expect(run.outputs.image_id).toBe(image.configDigest);
    expect(await engineImageId(`${suite.base.host}/acme/same:v1`)).toBe(image.configDigest);
    expect(run.logs.some((l) => l.startsWith('[command]docker push'))).toBe(true);
    const tokens = suite.base.tokenRequests.slice(tokensBefore);
    expect(
      tokens.some(
        (t) => t.account === 'ctx-user' && JSON.stringify(t.granted).includes('base/busybox'),
      ),
    ).toBe(true);
    expect(
      tokens.some((t) => t.account === 'pusher' && JSON.stringify(t.granted).includes('"push"')),
    ).toBe(true);
    expect(tokens.some((t) => t.account === 'primary-user')).toBe(false);
    expectNoSecret(run);
  });

  it('pushes during the build to a non-primary integration when the Dockerfile pulls nothing from its domain', async () => {
    const dir = await context('non-primary', 'FROM scratch\nCOPY app.txt /app.txt\n', {
      'app.txt': 'np\n',
    });
    const tokensBefore = suite.base.tokenRequests.length;
    const run = await step(build, {
      image_name: 'acme/np',
      tag: 'v1',
      working_directory: dir,
      registry: 'base-push',
    });
    expect(run.failed).toBeUndefined();
    const image = await landed(suite.base, 'acme/np', 'v1');
    expect(run.outputs.digest).toBe(image.digest);
    expect(run.outputs.image_id).toBe(image.configDigest);
    // One identity on the domain (the push target's): buildx pushed, no docker push.
    expect(run.logs.some((l) => l.startsWith('[command]docker push'))).toBe(false);
    const accounts = new Set(suite.base.tokenRequests.slice(tokensBefore).map((t) => t.account));
    expect([...accounts]).toEqual(['pusher']);
    expectNoSecret(run);
  });

  it('builds with disable_push into the engine, then the push action pushes it to another registry under two tags', async () => {
    const dir = await context(
      'local',
      `FROM ${suite.base.host}/base/busybox:1\nARG FLAVOUR\nRUN echo "$FLAVOUR" > /flavour\n`,
    );
    const built = await step(build, {
      image_name: 'local-app',
      working_directory: dir,
      build_arguments: 'FLAVOUR: vanilla',
      registry_contexts: 'base-staging',
      disable_push: 'true',
    });
    expect(built.failed).toBeUndefined();
    expect(built.outputs.digest).toBeUndefined();
    const id = await engineImageId(built.outputs.image);
    expect(built.outputs.image_id).toBe(id);

    const pushed = await step(push, {
      candidate: built.outputs.image,
      registry: 'r3',
      image_name: 'team/app',
      tags: 'v1\nlatest',
    });
    expect(pushed.failed).toBeUndefined();
    const image = await landed(suite.r3, 'team/app', 'v1');
    expect(pushed.outputs.digest).toBe(image.digest);
    expect((await getManifest(suite.r3, 'team/app', 'latest')).digest).toBe(image.digest);
    expect(image.configDigest).toBe(id);
    expect(image.files.get('flavour')?.toString()).toBe('vanilla\n');
    expectNoSecret(built);
    expectNoSecret(pushed);
  });

  it('fails a wrong password in seconds, before building, naming the registry; nothing is pushed', async () => {
    const dir = await context('wrong-password', 'FROM scratch\nCOPY app.txt /app.txt\n', {
      'app.txt': 'x\n',
    });
    const run = await step(
      build,
      { image_name: 'denied', tag: 'v1', working_directory: dir },
      { R2_PASS: 'not-the-password' },
    );
    expect(run.failed).toBe(
      `Cannot push to ${suite.r2.host}/acme/denied as r2 (checked before building, nothing was built or pushed): r2: starting an upload to acme/denied failed: HTTP 401: UNAUTHORIZED: authentication required (the credentials were not accepted)`,
    );
    expect(run.logs.some((l) => l.startsWith('[command]docker'))).toBe(false);
    expect((await getManifest(suite.r2, 'acme/denied', 'v1')).status).toBe(404);
    expect(visible(run)).not.toContain('not-the-password');
  });

  it('mounts secrets from a variable and a file for RUN, and they are in no layer, log, output or summary', async () => {
    const dir = await context(
      'secrets',
      `FROM ${suite.base.host}/base/busybox:1
RUN --mount=type=secret,id=token --mount=type=secret,id=netrc \\
    sha256sum /run/secrets/token /run/secrets/netrc | cut -d' ' -f1 > /hashes && \\
    ls /run/secrets > /names
`,
      { 'netrc.txt': FILE_SECRET },
    );
    const run = await step(
      build,
      {
        image_name: 'secretive',
        tag: 's1',
        working_directory: dir,
        registry_contexts: 'base-staging',
        secrets: `id=token,env=BUILD_TOKEN\nid=netrc,src=${path.join(dir, 'netrc.txt')}`,
      },
      { BUILD_TOKEN: ENV_SECRET },
    );
    expect(run.failed).toBeUndefined();
    const image = await landed(suite.r2, 'acme/secretive', 's1');
    // RUN saw both (their hashes), and no layer holds either value.
    expect(image.files.get('hashes')?.toString()).toBe(
      `${sha256(ENV_SECRET)}\n${sha256(FILE_SECRET)}\n`,
    );
    expect(image.files.get('names')?.toString()).toBe('netrc\ntoken\n');
    for (const [name, data] of image.files) {
      expect([name, data.toString('latin1')].join()).not.toContain(ENV_SECRET);
      expect(data.toString('latin1')).not.toContain(FILE_SECRET.trim());
    }
    for (const secret of [ENV_SECRET, FILE_SECRET.trim()]) {
      expect(visible(run)).not.toContain(secret);
      expect(run.outputs.metadata).not.toContain(secret);
    }
    expectNoSecret(run);
  });

  it('forwards an SSH key to RUN --mount=type=ssh as an agent', async () => {
    const key = path.join(await context('ssh-key', 'FROM scratch\n'), 'id_ed25519');
    const { privateKey } = generateKeyPairSync('ed25519');
    await writeFile(key, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    const dir = await context(
      'ssh',
      `FROM ${suite.base.host}/base/busybox:1
RUN --mount=type=ssh,id=deploy test -S "$SSH_AUTH_SOCK" && echo agent > /ssh
`,
    );
    const run = await step(build, {
      image_name: 'ssh',
      tag: 'k1',
      working_directory: dir,
      registry_contexts: 'base-staging',
      ssh: `deploy=${key}`,
    });
    expect(run.failed).toBeUndefined();
    const image = await landed(suite.r2, 'acme/ssh', 'k1');
    expect(image.files.get('ssh')?.toString()).toBe('agent\n');
  });

  it('exports an inline cache into the pushed image, beside cache_from items holding commas', async () => {
    const dir = await context('inline-cache', 'FROM scratch\nCOPY app.txt /app.txt\n', {
      'app.txt': 'cached\n',
    });
    const run = await step(build, {
      image_name: 'cached',
      tag: 'c1',
      working_directory: dir,
      cache_to: 'type=inline',
      cache_from: `type=registry,ref=${suite.r2.host}/acme/cached:c1`,
    });
    expect(run.failed).toBeUndefined();
    expect(
      run.logs.some((l) =>
        l.includes(`--cache-from type=registry,ref=${suite.r2.host}/acme/cached:c1`),
      ),
    ).toBe(true);
    const image = await landed(suite.r2, 'acme/cached', 'c1');
    const config = await getBlob(suite.r2, 'acme/cached', image.configDigest);
    // BuildKit writes the inline cache's metadata into the image config.
    expect(JSON.parse(config.bytes.toString('utf8'))).toHaveProperty(['moby.buildkit.cache.v0']);
  });

  it('names the instruction a build failed at, from the real buildx output, and pushes nothing', async () => {
    const dir = await context(
      'failing',
      `FROM ${suite.base.host}/base/busybox:1\nRUN echo preparing && exit 3\nRUN echo never\n`,
    );
    const run = await step(build, {
      image_name: 'failing',
      tag: 'f1',
      working_directory: dir,
      registry_contexts: 'base-staging',
    });
    expect(run.failed).toMatch(
      /^The build \(docker buildx\) failed at RUN echo preparing && exit 3 \(exit code 1\)\. Last lines of its output:\n/,
    );
    expect(run.failed).toContain('preparing');
    expect((await getManifest(suite.r2, 'acme/failing', 'f1')).status).toBe(404);
  });

  it.each([
    ['with disable_push', { disable_push: 'true' }],
    ['pushed', {}],
  ])(
    "refuses two platforms on the classic store with the engine's own builder before building, %s",
    async (_name, extra) => {
      const dir = await context('classic-multi', 'FROM scratch\nCOPY app.txt /app.txt\n', {
        'app.txt': 'two\n',
      });
      const run = await step(build, {
        image_name: 'classic-multi',
        tag: 'c1',
        working_directory: dir,
        platform: 'linux/amd64,linux/arm64',
        ...extra,
      });
      expect(run.failed).toBe(
        "Input platform: linux/amd64, linux/arm64 need a builder that makes multi-platform images, but buildx's builder here is the engine's own (driver docker) on its classic image store, which builds one platform; set one up with docker/setup-buildx-action (a docker-container builder), turn on the engine's containerd image store, or use builder: buildah",
      );
      expect(run.logs.some((l) => l.startsWith('[command]docker buildx build'))).toBe(false);
      expect((await getManifest(suite.r2, 'acme/classic-multi', 'c1')).status).toBe(404);
    },
  );
});
