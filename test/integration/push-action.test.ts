import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../../src/actions/build/index.js';
import { push } from '../../src/actions/push/index.js';
import { runAction, type Action } from '../../src/host/run.js';
import { buildah, buildahSandbox, type BuildahSandbox } from '../helpers/buildah.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { getManifest, pushImage } from '../helpers/images.js';
import { memoryIO, type MemoryIO } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { makeTempDir, removeTempDir } from '../helpers/util.js';

// The push action against real registries. `src` holds candidates and has two integrations:
// its primary may read other/ only, the `src-ctx` identity may read team-src/ only. `dst` is the
// target: `dst-push` may push team/, `dst-reader` may only pull.
let src: TestRegistry;
let dst: TestRegistry;
let sandbox: BuildahSandbox;
let work: string;

const secrets = {
  SRC_MAIN_PASS: 'src-main-pass-1a2b3c',
  SRC_CTX_PASS: 'src-ctx-pass-4d5e6f',
  DST_PUSH_PASS: 'dst-push-pass-7a8b9c',
  DST_READ_PASS: 'dst-read-pass-0d1e2f',
};

beforeAll(async () => {
  [src, dst, sandbox, work] = await Promise.all([
    startRegistry({
      auth: 'token',
      users: {
        'main-user': { password: secrets.SRC_MAIN_PASS, repos: ['other/'] },
        'ctx-user': { password: secrets.SRC_CTX_PASS, repos: ['team-src/'], actions: ['pull'] },
      },
    }),
    startRegistry({
      auth: 'token',
      users: {
        pusher: { password: secrets.DST_PUSH_PASS, repos: ['team/'] },
        reader: { password: secrets.DST_READ_PASS, repos: ['team/'], actions: ['pull'] },
      },
    }),
    buildahSandbox('push-action'),
    makeTempDir('push-action-'),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([src?.stop(), dst?.stop(), sandbox?.remove(), removeTempDir(work)]);
});

const registries = () => `registries:
  - name: src-main
    domain: ${src.host}
    primary: true
    credentials: { username: main-user, password: { env: SRC_MAIN_PASS } }
  - name: src-ctx
    domain: ${src.host}
    credentials: { username: ctx-user, password: { env: SRC_CTX_PASS } }
  - name: dst-push
    domain: ${dst.host}
    primary: true
    credentials: { username: pusher, password: { env: DST_PUSH_PASS } }
  - name: dst-reader
    domain: ${dst.host}
    credentials: { username: reader, password: { env: DST_READ_PASS } }
`;

async function step(
  action: Action,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<MemoryIO> {
  const io = memoryIO(
    { registries: registries(), builder: 'buildah', ...inputs },
    {
      PATH: process.env.PATH,
      HOME: work,
      RUNNER_TEMP: work,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF_NAME: 'main',
      ...sandbox.env,
      ...secrets,
      ...env,
    },
  );
  await runAction(action, io);
  return io;
}

function expectNoSecret(run: MemoryIO): void {
  const text = [...run.logs, run.failed ?? '', JSON.stringify(run.outputs)].join('\n');
  for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
}

describe('push: a remote candidate', () => {
  it('is pulled through registry_context: the token issuer saw the context, never the primary', async () => {
    const source = await pushImage(src, 'team-src/app', '1', { layers: 2 });
    const before = src.tokenRequests.length;
    const run = await step(push, {
      candidate: `${src.host}/team-src/app:1`,
      registry: 'dst-push',
      image_name: 'team/app',
      tag: 'v1',
      registry_context: 'src-ctx',
    });
    expect(run.failed).toBeUndefined();
    expect(run.outputs.digest).toBe(source.digest);
    expect((await getManifest(dst, 'team/app', 'v1')).digest).toBe(source.digest);
    const tokens = src.tokenRequests.slice(before);
    expect(
      tokens.some(
        (t) => t.account === 'ctx-user' && JSON.stringify(t.granted).includes('team-src/app'),
      ),
    ).toBe(true);
    expect(tokens.filter((t) => t.account === 'main-user')).toEqual([]);
    expectNoSecret(run);

    // Without the context the primary's identity is used, which may not read team-src/.
    const refused = await step(push, {
      candidate: `${src.host}/team-src/app:1`,
      registry: 'dst-push',
      image_name: 'team/app',
      tag: 'v2',
    });
    expect(refused.failed).toMatch(
      /^src-main: reading manifest team-src\/app:1 failed: HTTP 40[13]/,
    );
    expect(refused.failed).toContain(`${src.host}/team-src/app:1 is not in the local storage`);
    expect((await getManifest(dst, 'team/app', 'v2')).status).toBe(404);
    expect(src.tokenRequests.slice(before).some((t) => t.account === 'main-user')).toBe(true);
  });

  it("names the registry, the repository and the registry's error when the target refuses it", async () => {
    await pushImage(src, 'team-src/refused', '1');
    const run = await step(push, {
      candidate: `${src.host}/team-src/refused:1`,
      registry: 'dst-reader',
      image_name: 'team/refused',
      registry_context: 'src-ctx',
    });
    // The integration, the repository, the status and the registry's own code and message; and
    // no talk of local storage, as the candidate was there to read.
    expect(run.failed).toMatch(
      /^dst-reader: starting an upload to team\/refused failed: HTTP 401: UNAUTHORIZED: authentication required/,
    );
    expect(run.failed).not.toContain('local storage');
    expect((await getManifest(dst, 'team/refused', 'latest')).status).toBe(404);
    expectNoSecret(run);
  });
});

async function context(name: string, dockerfile: string): Promise<string> {
  const dir = path.join(work, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'Dockerfile'), dockerfile);
  await writeFile(path.join(dir, 'hello.txt'), `${name}\n`);
  return dir;
}

describe('push: a local candidate', () => {
  it("names the registry, the repository and the registry's error when buildah's push is refused", async () => {
    const dir = await context('local-refused', 'FROM scratch\nCOPY hello.txt /hello.txt\n');
    const built = await step(build, {
      image_name: 'local-refused',
      tag: 'dev',
      working_directory: dir,
      disable_push: 'true',
    });
    expect(built.failed).toBeUndefined();
    const run = await step(push, {
      candidate: built.outputs.image,
      registry: 'dst-reader',
      image_name: 'team/local-refused',
      tag: '1',
    });
    expect(run.failed).toContain(
      `Push of ${dst.host}/team/local-refused:1 to dst-reader failed (registry ${dst.host}, repository team/local-refused; buildah exit code`,
    );
    expect(run.failed).toMatch(/denied|unauthorized/i);
    expect(run.failed).toContain(
      'check that the credentials of dst-reader may push to team/local-refused',
    );
    expectNoSecret(run);
  });

  it("is promoted from its registry, whole, when the local copy is only one platform of the registry's index", async () => {
    const dir = await context(
      'multi-local',
      'FROM scratch\nARG TARGETARCH\nCOPY hello.txt /hello.txt\nLABEL arch=$TARGETARCH\n',
    );
    const built = await step(build, {
      image_name: 'team/multi',
      tag: 'm1',
      working_directory: dir,
      registry: 'dst-push',
      platform: 'linux/amd64,linux/arm64',
    });
    expect(built.failed).toBeUndefined();
    const index = await getManifest(dst, 'team/multi', 'm1');

    // Another machine that ran the image: one platform in its storage, under the same name.
    const other = await buildahSandbox('push-one-platform');
    try {
      await buildah(other, [
        'pull',
        '--platform',
        'linux/arm64',
        '--tls-verify=false',
        '--creds',
        `pusher:${secrets.DST_PUSH_PASS}`,
        `${dst.host}/team/multi:m1`,
      ]);
      const run = await step(
        push,
        {
          candidate: `${dst.host}/team/multi:m1`,
          registry: 'dst-push',
          image_name: 'team/multi-copy',
          tag: 'c1',
        },
        other.env,
      );
      expect(run.failed).toBeUndefined();
      expect(run.logs).toContain(
        `the local buildah storage holds only part of ${dst.host}/team/multi:m1 (2 platforms in its registry): the registry's copy is pushed whole`,
      );
      expect(run.outputs.digest).toBe(index.digest);
      const copy = await getManifest(dst, 'team/multi-copy', 'c1');
      expect(copy.digest).toBe(index.digest);
    } finally {
      await other.remove();
    }

    // The build's own storage holds the whole list: pushed from there.
    const local = await step(push, {
      candidate: `${dst.host}/team/multi:m1`,
      registry: 'dst-push',
      image_name: 'team/multi-local',
      tag: 'l1',
    });
    expect(local.failed).toBeUndefined();
    // buildah's list holds its images by their local manifests, which the registry's (compressed
    // on push) never equal: told apart from a part of the registry's copy, not found the same.
    expect(local.logs).toContain(
      `${dst.host}/team/multi:m1 in the local buildah storage matches neither what its registry holds nor a part of it (a build of this machine, say): the local image is pushed`,
    );
    expect(local.logs.some((l) => l.startsWith('Pushing the local buildah image'))).toBe(true);
    const pushed = JSON.parse(
      (await getManifest(dst, 'team/multi-local', 'l1')).bytes.toString(),
    ) as { manifests: unknown[] };
    expect(pushed.manifests).toHaveLength(2);
  });
});

describe("push: what reading a local candidate's registry costs", () => {
  // The registry's copy of a local candidate is read through a proxy that injects nothing and
  // records every request, so that what a push costs its registry cannot grow unnoticed.
  it('reads the root once, with one ping and one token, which a promotion of the whole image reuses', async () => {
    const proxy = await startFaultProxy(src.url, () => undefined);
    const other = await buildahSandbox('push-counted');
    try {
      const proxied = `${registries()}  - name: src-proxied
    domain: ${proxy.host}
    credentials: { username: main-user, password: { env: SRC_MAIN_PASS } }
`;
      const dir = await context(
        'counted',
        'FROM scratch\nARG TARGETARCH\nCOPY hello.txt /hello.txt\nLABEL arch=$TARGETARCH\n',
      );
      const built = await step(build, {
        registries: proxied,
        image_name: 'other/counted',
        tag: 'c1',
        working_directory: dir,
        registry: 'src-proxied',
        platform: 'linux/amd64,linux/arm64',
      });
      expect(built.failed).toBeUndefined();
      const candidate = `${proxy.host}/other/counted:c1`;
      const index = await getManifest(src, 'other/counted', 'c1');
      // Another machine that ran the image: one platform in its storage.
      await buildah(other, [
        'pull',
        '--platform',
        'linux/arm64',
        '--tls-verify=false',
        '--creds',
        `main-user:${secrets.SRC_MAIN_PASS}`,
        candidate,
      ]);

      /** Runs a push, and what it asked of the candidate's registry and its token issuer. */
      const counted = async (tag: string, env: Record<string, string> = {}, from = candidate) => {
        const [requests, tokens] = [proxy.requests.length, src.tokenRequests.length];
        const run = await step(
          push,
          {
            registries: proxied,
            candidate: from,
            registry: 'dst-push',
            image_name: 'team/counted',
            tag,
          },
          env,
        );
        expect(run.failed).toBeUndefined();
        return {
          run,
          asked: proxy.requests.slice(requests).map((r) => `${r.method} ${r.url}`),
          tokens: src.tokenRequests.length - tokens,
        };
      };

      // The usual build with disable_push, then push: a name the registry does not hold yet.
      const single = await step(build, {
        registries: proxied,
        image_name: `${proxy.host}/other/counted`,
        tag: 's1',
        working_directory: dir,
        disable_push: 'true',
      });
      expect(single.failed).toBeUndefined();
      const fresh = await counted('s1', {}, single.outputs.image);
      expect(fresh.asked).toEqual(['GET /v2/', 'GET /v2/other/counted/manifests/s1']);
      expect(fresh.tokens).toBe(1);

      // The build's own storage holds its list: the index alone tells, nothing more is read.
      const local = await counted('l1');
      expect(local.run.logs).toContain(
        `${candidate} in the local buildah storage matches neither what its registry holds nor a part of it (a build of this machine, say): the local image is pushed`,
      );
      expect(local.asked).toEqual(['GET /v2/', 'GET /v2/other/counted/manifests/c1']);
      expect(local.tokens).toBe(1);

      // One platform of it: promoted whole, by the digest compared, on the same ping and token.
      const part = await counted('p1', other.env);
      expect(part.run.logs).toContain(
        `the local buildah storage holds only part of ${candidate} (2 platforms in its registry): the registry's copy is pushed whole`,
      );
      expect(part.run.outputs.digest).toBe(index.digest);
      expect(part.tokens).toBe(1);
      // One ping, one read of the tag. The l1 push left the platform manifests and blobs in the
      // target: the index is all the promotion reads, by the digest the comparison saw, and
      // what refers to it costs one tag listing and one referrers API probe (this registry has
      // none, so its other subjects are not asked).
      expect(part.asked.slice(0, 3)).toEqual([
        'GET /v2/',
        'GET /v2/other/counted/manifests/c1',
        `GET /v2/other/counted/manifests/${index.digest}`,
      ]);
      // These two go out at once.
      expect(part.asked.slice(3).sort()).toEqual([
        'GET /v2/other/counted/referrers/' + index.digest,
        'GET /v2/other/counted/tags/list?n=1000',
      ]);
    } finally {
      await Promise.all([proxy.stop(), other.remove()]);
    }
  });
});
