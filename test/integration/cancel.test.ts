import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildah, buildahSandbox } from '../helpers/buildah.js';
import { listTags, pushImage, randomData } from '../helpers/images.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { startThrottleProxy, type ThrottleProxy } from '../helpers/throttle-proxy.js';

// Ctrl-C or a cancelled job in the middle of a long copy, through the bundled CLI as a user runs
// it: the uploads under way are cancelled in the registry, no tag is written, nothing is left in
// the temporary folder, and the exit status and last line say so.

const bin = path.resolve('bin/image-actions.js');
let src: TestRegistry;
let dst: TestRegistry;
let tokenDst: TestRegistry;
let slow: ThrottleProxy;
let stalled: FaultProxy;
let tmp: string;

beforeAll(async () => {
  [src, dst, tokenDst] = await Promise.all([
    startRegistry(),
    // Basic auth: distribution lets such an identity cancel its uploads.
    startRegistry({ auth: 'htpasswd', users: { ci: { password: 'cancel-pw-1' } } }),
    // Token auth: it lets only full access (`*`) cancel one; a robot that may push may not.
    startRegistry({ auth: 'token', users: { ci: { password: 'cancel-pw-1' } } }),
  ]);
  // 200 kB/s a connection: each 1 MB layer takes five seconds.
  slow = await startThrottleProxy(src.host, 200_000);
  // A source whose layers do not start: the uploads to the target are open, no byte sent yet.
  stalled = await startFaultProxy(src.url, ({ method, url }) =>
    method === 'GET' && /\/blobs\/sha256:/.test(url) ? { hang: 'before-headers' } : undefined,
  );
  tmp = mkdtempSync(path.join(tmpdir(), 'cancel-test-'));
}, 60_000);

afterAll(async () => {
  await Promise.all([slow?.stop(), stalled?.stop(), src?.stop(), dst?.stop(), tokenDst?.stop()]);
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * The upload sessions the registry still holds, in its own storage: a live one has its `data`
 * and `startedat`. (A cancelled one can leave an empty `hashstates` folder: distribution writes
 * it when it closes the writer after the cancel; its upload purging sweeps those.)
 */
function openUploads(reg: TestRegistry, repo: string): string[] {
  const dir = path.join(reg.dataDir, 'docker/registry/v2/repositories', repo, '_uploads');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((id) =>
    ['data', 'startedat'].some((f) => existsSync(path.join(dir, id, f))),
  );
}

async function cancelMidCopy(
  signal: 'SIGTERM' | 'SIGINT',
  repo: string,
  {
    target = dst,
    via = slow.host,
    open = 1,
  }: { target?: TestRegistry; via?: string; open?: number } = {},
) {
  await pushImage(src, repo, '1', { layers: 3, layerSize: 1_000_000, seed: `cancel-${repo}` });
  const own = mkdtempSync(path.join(tmp, 'tmpdir-'));
  const registries = `registries:\n  - name: slow\n    domain: ${via}\n  - name: dst\n    domain: ${target.host}\n    credentials: { username: ci, password: { env: DST_PW } }\n`;
  const child = spawn(
    process.execPath,
    [
      bin,
      'promote',
      '--candidate',
      `${via}/${repo}:1`,
      '--registry',
      'dst',
      '--tags',
      '1,latest',
      '--registries',
      registries,
    ],
    {
      env: {
        PATH: process.env.PATH,
        HOME: own,
        TMPDIR: own,
        DST_PW: 'cancel-pw-1',
        IMAGE_ACTIONS_PROGRESS_SECONDS: '0.3',
      },
    },
  );
  let stderr = '';
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => resolve(code)),
  );
  // Signalled once bytes are moving: a progress line says so, and the target holds sessions.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no progress: ${stderr}`)), 20_000);
    child.stderr.on('data', (d) => {
      stderr += d;
      if (/blobs, .* of /.test(stderr) && openUploads(target, repo).length >= open) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  // The registry holds a session a moment before its answer reaches the client: let it arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const sent = Date.now();
  child.kill(signal);
  const code = await exited;
  return { code, stderr, took: Date.now() - sent, own };
}

describe('cancel mid-copy', () => {
  it('SIGTERM: the open upload sessions cancelled in the registry, no tag, nothing left behind, exit 143 with one line', async () => {
    const { code, stderr, took, own } = await cancelMidCopy('SIGTERM', 'cancel/term', {
      via: stalled.host,
      open: 4,
    });
    expect(code).toBe(143);
    expect(took).toBeLessThan(5_000);
    expect(stderr.trim().split('\n').pop()).toBe(
      'error: Cancelled by SIGTERM: 0/4 blobs, 0 B of 3.00 MB, 0 B/s when stopped; 4 upload sessions cancelled; no tag was written',
    );
    // Gone from the registry's own storage, not only from this process.
    expect(openUploads(dst, 'cancel/term')).toEqual([]);
    expect(await listTags(dst, 'cancel/term')).toEqual([]);
    expect(readdirSync(own)).toEqual([]);
    expect(stderr).not.toContain('cancel-pw-1');
  }, 60_000);

  it('SIGINT (Ctrl-C) with bytes moving: exit 130, no tag; what the registry would not cancel is said', async () => {
    const { code, stderr, own } = await cancelMidCopy('SIGINT', 'cancel/int');
    expect(code).toBe(130);
    // distribution refuses to cancel a session whose bytes have moved past the state its URL
    // carries, as an upload cut off mid-body leaves it: the line says so rather than claim it.
    expect(stderr.trim().split('\n').pop()).toMatch(
      /^error: Cancelled by SIGINT: [0-3]\/4 blobs, [\d.]+ kB of 3\.00 MB, .* when stopped; \d of [1-4] upload sessions? cancelled \(the registry refused the rest: it expires them itself\); no tag was written$/,
    );
    expect(await listTags(dst, 'cancel/int')).toEqual([]);
    expect(readdirSync(own)).toEqual([]);
  }, 60_000);

  it('a registry that refuses every cancel (token auth, push but no delete right): said', async () => {
    const { code, stderr } = await cancelMidCopy('SIGTERM', 'cancel/refused', {
      target: tokenDst,
      via: stalled.host,
      open: 4,
    });
    expect(code).toBe(143);
    expect(stderr.trim().split('\n').pop()).toMatch(
      /; 0 of 4 upload sessions cancelled \(the registry refused the rest: it expires them itself\); no tag was written$/,
    );
    expect(await listTags(tokenDst, 'cancel/refused')).toEqual([]);
  }, 60_000);
});

describe('cancel mid-push of a local image', () => {
  it('SIGTERM to the step alone: the builder stops too, no tag, the temporary auth file is gone, exit 143', async () => {
    const sandbox = await buildahSandbox('cancel-push');
    const slowDst = await startThrottleProxy(dst.host, 200_000);
    try {
      // A local image of one 8 MB layer: pushed through the slow link, it takes forty seconds.
      const context = path.join(sandbox.dir, 'context');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(context);
      writeFileSync(path.join(context, 'payload'), randomData(8_000_000, 'cancel-push'));
      writeFileSync(path.join(context, 'Dockerfile'), 'FROM scratch\nCOPY payload /payload\n');
      await buildah(sandbox, ['build', '-t', 'localhost/cancel/push:1', context]);

      const own = mkdtempSync(path.join(tmp, 'push-tmpdir-'));
      const registries = `registries:\n  - name: dst\n    domain: ${slowDst.host}\n    credentials: { username: ci, password: { env: DST_PW } }\n`;
      const child = spawn(
        process.execPath,
        [
          bin,
          'push',
          '--candidate',
          'localhost/cancel/push:1',
          '--registry',
          'dst',
          '--image-name',
          'cancel/push',
          '--tag',
          '1',
          '--registries',
          registries,
        ],
        {
          env: {
            PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
            HOME: own,
            TMPDIR: own,
            DST_PW: 'cancel-pw-1',
            ...sandbox.env,
          },
        },
      );
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise<number | null>((resolve) =>
        child.on('close', (code) => resolve(code)),
      );
      // Signalled once the builder is pushing with the step's temporary auth file.
      const authFile = () =>
        readdirSync(own).some(
          (d) => d.startsWith('image-actions-') && readdirSync(path.join(own, d)).length > 0,
        );
      const deadline = Date.now() + 30_000;
      while (!(authFile() && openUploads(dst, 'cancel/push').length > 0)) {
        if (Date.now() > deadline) throw new Error(`the push never started: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const sent = Date.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(Date.now() - sent).toBeLessThan(10_000);
      expect(stderr.trim().split('\n').pop()).toMatch(/^error: Cancelled by SIGTERM: /);
      expect(readdirSync(own).filter((d) => d.startsWith('image-actions-'))).toEqual([]);
      expect(await listTags(dst, 'cancel/push')).toEqual([]);
      expect(stderr).not.toContain('cancel-pw-1');
    } finally {
      await Promise.all([slowDst.stop(), sandbox.remove()]);
    }
  }, 120_000);
});
