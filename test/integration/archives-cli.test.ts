import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { getManifest, pushIndex } from '../helpers/images.js';
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

beforeAll(async () => {
  [src, dst, dir] = await Promise.all([startRegistry(), startRegistry(), makeTempDir('cli-pipe-')]);
}, 60_000);

afterAll(async () => {
  await Promise.all([src?.stop(), dst?.stop(), dir && removeTempDir(dir)]);
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
