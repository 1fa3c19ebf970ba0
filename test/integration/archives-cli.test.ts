import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { getManifest, pushImage, pushIndex } from '../helpers/images.js';
import { startThrottleProxy, type ThrottleProxy } from '../helpers/throttle-proxy.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { makeTempDir, removeTempDir } from '../helpers/util.js';

// `image-actions save --archive - | image-actions load --archive -`: two real processes joined by
// a real pipe (the CLI from source, through tsx), the archive never on disk but for load's one
// spooled copy.

const tsx = path.resolve('node_modules/.bin/tsx');
const main = path.resolve('src/cli/main.ts');
let src: TestRegistry;
let dst: TestRegistry;
let dir: string;
let slow: ThrottleProxy;

beforeAll(async () => {
  [src, dst, dir] = await Promise.all([startRegistry(), startRegistry(), makeTempDir('cli-pipe-')]);
  // 200 kB/s a connection: each 1 MB layer takes five seconds.
  slow = await startThrottleProxy(src.host, 200_000);
}, 60_000);

afterAll(async () => {
  await Promise.all([slow?.stop(), src?.stop(), dst?.stop(), dir && removeTempDir(dir)]);
});

describe('the CLI through a pipe', () => {
  it('save writes the archive to standard output and its outputs to standard error; load reads standard input', async () => {
    const index = await pushIndex(src, 'team/piped', '1.0', [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
    const registries = `registries:\n  - name: src\n    domain: ${src.host}\n  - name: dst\n    domain: ${dst.host}\n`;
    const env = { PATH: process.env.PATH, HOME: dir, RUNNER_TEMP: dir };
    const saver = spawn(
      tsx,
      [
        main,
        'save',
        '--registries',
        registries,
        '--images',
        `${src.host}/team/piped:1.0`,
        '--archive',
        '-',
      ],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const loader = spawn(
      tsx,
      [main, 'load', '--registries', registries, '--registry', 'dst', '--archive', '-'],
      { env, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    saver.stdout.pipe(loader.stdin);
    const text = (stream: NodeJS.ReadableStream) => {
      let all = '';
      stream.on('data', (d) => (all += d));
      return () => all;
    };
    const saveErr = text(saver.stderr);
    const loadOut = text(loader.stdout);
    const loadErr = text(loader.stderr);
    const exit = (child: ReturnType<typeof spawn>) =>
      new Promise<number | null>((resolve) => child.on('close', resolve));
    const [saved, loaded] = await Promise.all([exit(saver), exit(loader)]);
    expect({ saved, err: saveErr() }).toEqual({ saved: 0, err: expect.any(String) });
    expect({ loaded, err: loadErr() }).toEqual({ loaded: 0, err: expect.any(String) });
    // save's outputs went to standard error, out of the archive's way.
    expect(saveErr()).toContain(`digests={"${src.host}/team/piped:1.0":"${index.digest}"}`);
    expect(loadOut()).toContain(`images=${dst.host}/team/piped:1.0`);
    expect((await getManifest(dst, 'team/piped', '1.0')).digest).toBe(index.digest);
  }, 60_000);
});

describe('a cancelled save', () => {
  it('exits 143 with one line, leaving no archive and no work files', async () => {
    await pushImage(src, 'team/slow', '1', { layers: 2, layerSize: 1_000_000, seed: 'slow' });
    const out = path.join(dir, 'cancelled');
    mkdirSync(out);
    const registries = `registries:\n  - name: slow\n    domain: ${slow.host}\n`;
    const child = spawn(
      tsx,
      [
        main,
        'save',
        '--registries',
        registries,
        '--images',
        `${slow.host}/team/slow:1`,
        '--archive',
        path.join(out, 'slow.tar'),
      ],
      {
        env: { PATH: process.env.PATH, HOME: dir, IMAGE_ACTIONS_PROGRESS_SECONDS: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Once bytes move (a progress line), the copy is under way.
    await new Promise<void>((resolve) => {
      const check = () =>
        /blobs|MB|kB/.test(stderr) && /== Save/.test(stderr) ? resolve() : setTimeout(check, 100);
      check();
    });
    child.kill('SIGTERM');
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(143);
    expect(stderr.trim().split('\n').at(-1)).toMatch(
      /^error: Cancelled by SIGTERM: \d\/3 blobs, .* when stopped; no archive was written$/,
    );
    expect(existsSync(path.join(out, 'slow.tar'))).toBe(false);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});
