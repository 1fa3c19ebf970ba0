import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promote } from '../../src/actions/promote/index.js';
import { runCli } from '../../src/cli/cli.js';
import { pushImage } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startThrottleProxy, type ThrottleProxy } from '../helpers/throttle-proxy.js';

// A copy across a slow link says how far it is while it runs; a quick one says nothing extra.
let src: TestRegistry;
let dst: TestRegistry;
let slow: ThrottleProxy;

beforeAll(async () => {
  [src, dst] = await Promise.all([startRegistry(), startRegistry()]);
  // 500 kB/s per connection: each 1 MB layer of the images below takes two seconds.
  // The source is the slow side: bytes are counted as they arrive from it.
  slow = await startThrottleProxy(src.host, 500_000);
}, 60_000);

afterAll(async () => {
  await Promise.all([slow?.stop(), src?.stop(), dst?.stop()]);
});

const registries = () => `registries:
  - name: slow
    domain: ${slow.host}
  - name: dst
    domain: ${dst.host}
`;

const PROGRESS =
  /^progress: (\d+)\/(\d+) blobs, [\d.]+ (B|kB|MB) of 3\.\d+ MB, [\d.]+ (B|kB|MB)\/s/;

describe('progress', () => {
  it('says blobs and bytes done of the total, the rate and the time left, while a long copy runs', async () => {
    await pushImage(src, 'big/app', '1', { layers: 3, layerSize: 1_000_000, seed: 'big' });
    const io = await runWith(
      promote,
      { candidate: `${slow.host}/big/app:1`, registry: 'dst', tag: '1', registries: registries() },
      { IMAGE_ACTIONS_PROGRESS_SECONDS: '0.4' },
    );
    expect(io.failed).toBeUndefined();
    const lines = io.logs.filter((l) => l.startsWith('progress: '));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(PROGRESS);
    // Bytes go up from line to line, never past the total.
    const done = lines.map((l) => Number(/, ([\d.]+) MB of/.exec(l)?.[1] ?? 0));
    expect([...done].sort((a, b) => a - b)).toEqual(done);
    expect(lines.some((l) => / about \d+ s left/.test(l))).toBe(true);
  }, 60_000);

  it('says nothing for a copy shorter than the interval', async () => {
    await pushImage(src, 'small/app', '1', { seed: 'small' });
    const io = await runWith(
      promote,
      {
        candidate: `${slow.host}/small/app:1`,
        registry: 'dst',
        tag: '1',
        registries: registries(),
      },
      { IMAGE_ACTIONS_PROGRESS_SECONDS: '5' },
    );
    expect(io.failed).toBeUndefined();
    expect(io.logs.filter((l) => l.startsWith('progress: '))).toEqual([]);
  }, 60_000);

  it('on a terminal, the CLI keeps one line rewritten in place, ended when the copy is', async () => {
    await pushImage(src, 'big/cli', '1', { layers: 3, layerSize: 1_000_000, seed: 'big-cli' });
    let stderr = '';
    const code = await runCli(
      [
        'promote',
        '--candidate',
        `${slow.host}/big/cli:1`,
        '--registry',
        'dst',
        '--tag',
        '1',
        '--registries',
        registries(),
      ],
      {
        stdout: () => {},
        stderr: (t) => (stderr += t),
        env: { IMAGE_ACTIONS_PROGRESS_SECONDS: '0.3' },
        tty: true,
      },
    );
    expect(code).toBe(0);
    const live = stderr.split('\r\x1b[K').slice(1);
    expect(live.length).toBeGreaterThanOrEqual(2);
    // No newline inside the live line but the one that ends it.
    expect(live.slice(0, -1).every((l) => !l.includes('\n'))).toBe(true);
    expect(live[live.length - 1]).toMatch(/^\d+\/4 blobs, .*\n/);
  }, 60_000);
});
