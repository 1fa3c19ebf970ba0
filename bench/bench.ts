// `npm run bench`: the copy engine against `skopeo copy --all --preserve-digests`, side by side,
// on the same images and fresh registries every round (skopeo remembers where blobs live, so
// reused registries would favour it). Medians and ratios go to stdout and bench/RESULTS.md.
// BENCH_QUICK=1: small images and one round, to prove the benchmark runs (CI).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFaultProxy } from '../test/helpers/fault-proxy.js';
import { pushImage, pushIndex, getManifest } from '../test/helpers/images.js';
import { startRegistry, type TestRegistry } from '../test/helpers/registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.env.BENCH_QUICK === '1';
const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 3));
const MB = 1024 * 1024;
const bigLayers = { layers: 4, layerSize: quick ? 1 * MB : 32 * MB };
const indexLayers = { layers: 2, layerSize: quick ? 256 * 1024 : 4 * MB };
const TAGS_MANY = 25;
const USER = 'bench';
const PASSWORD = 'bench-password-not-secret';

interface Sample {
  ms: number;
  rssKb: number;
  requests?: number;
  bytes?: number;
}

type Tool = 'image-actions' | 'skopeo';
const results = new Map<string, Record<Tool, Sample[]>>();
function record(scenario: string, tool: Tool, sample: Sample) {
  if (scenario.startsWith('(')) return;
  if (!results.has(scenario)) results.set(scenario, { 'image-actions': [], skopeo: [] });
  results.get(scenario)![tool].push(sample);
}

const work = mkdtempSync(path.join(tmpdir(), 'image-actions-bench-'));
const policy = path.join(work, 'policy.json');
writeFileSync(policy, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));

// Times a program and reads its peak RSS from the kernel (getrusage of children), both measured
// by a small python3 parent so that neither tool pays for the other's measurement.
const MEASURE = [
  'import resource,subprocess,sys,time',
  't=time.monotonic()',
  'r=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.PIPE)',
  'ms=(time.monotonic()-t)*1000',
  'sys.stdout.buffer.write(r.stdout)',
  'sys.stderr.buffer.write(r.stderr)',
  'sys.stderr.write("\\nBENCH %d %.1f\\n"%(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,ms))',
  'sys.exit(r.returncode)',
].join('\n');

function measure(
  command: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ ms: number; rssKb: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', MEASURE, ...command], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const m = /BENCH (\d+) ([\d.]+)\s*$/.exec(stderr);
      if (code !== 0 || !m) {
        reject(
          new Error(`${command.slice(0, 3).join(' ')} … failed (${code}):\n${stderr.slice(-2000)}`),
        );
        return;
      }
      resolve({ ms: Number(m[2]), rssKb: Number(m[1]), stdout });
    });
  });
}

function registriesFile(name: string, hosts: Record<string, string>): string {
  const file = path.join(work, `${name}.yml`);
  writeFileSync(
    file,
    `registries:\n${Object.entries(hosts)
      .map(
        ([n, host]) =>
          `  - name: ${n}\n    domain: ${host}\n    credentials: { username: ${USER}, password: { env: BENCH_PASSWORD } }\n`,
      )
      .join('')}`,
  );
  return file;
}

async function ours(scenario: string, file: string, args: string[]): Promise<Sample> {
  const run = await measure(
    [
      process.execPath,
      path.join(root, 'bin', 'image-actions.js'),
      'promote',
      '--registries-file',
      file,
      '--json',
      ...args,
    ],
    { ...process.env, BENCH_PASSWORD: PASSWORD },
  );
  const stats = JSON.parse(JSON.parse(run.stdout).stats);
  const sample = {
    ms: run.ms,
    rssKb: run.rssKb,
    requests: stats.requests,
    bytes: stats.bytes_copied,
  };
  record(scenario, 'image-actions', sample);
  return sample;
}

async function skopeo(scenario: string, from: string, to: string[]): Promise<Sample> {
  let ms = 0;
  let rssKb = 0;
  for (const dest of to) {
    const run = await measure([
      'skopeo',
      '--policy',
      policy,
      'copy',
      '--all',
      '--preserve-digests',
      '--quiet',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      '--src-creds',
      `${USER}:${PASSWORD}`,
      '--dest-creds',
      `${USER}:${PASSWORD}`,
      `docker://${from}`,
      `docker://${dest}`,
    ]);
    ms += run.ms;
    rssKb = Math.max(rssKb, run.rssKb);
  }
  const sample: Sample = { ms, rssKb };
  record(scenario, 'skopeo', sample);
  return sample;
}

const countingProxy = (reg: TestRegistry) => startFaultProxy(reg.url, () => undefined);
const tagList = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

async function round(r: number): Promise<void> {
  const source = await startRegistry({ auth: 'token', users: { [USER]: { password: PASSWORD } } });
  const targets = {
    'image-actions': await startRegistry({
      auth: 'token',
      users: { [USER]: { password: PASSWORD } },
    }),
    skopeo: await startRegistry({ auth: 'token', users: { [USER]: { password: PASSWORD } } }),
  };
  try {
    const big = await pushImage(source, 'bench/big', '1', { ...bigLayers, seed: `big-${r}` });
    const index = await pushIndex(
      source,
      'bench/idx',
      '1',
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' },
        { os: 'linux', architecture: 's390x' },
      ],
      { ...indexLayers, seed: `idx-${r}` },
    );
    // Alternate who goes first: caches and the other core's load fall on both alike.
    const order: Tool[] = r % 2 === 0 ? ['image-actions', 'skopeo'] : ['skopeo', 'image-actions'];
    const each = async (fn: (tool: Tool, target: TestRegistry) => Promise<unknown>) => {
      for (const tool of order) await fn(tool, targets[tool]);
    };
    const direct = (t: TestRegistry) =>
      registriesFile(`direct-${t.host.replace(':', '-')}`, { s: source.host, t: t.host });

    await each(async (tool, t) => {
      if (tool === 'image-actions')
        await ours('cross-registry copy, 4 × 32 MB layers', direct(t), [
          '--candidate',
          `${source.host}/bench/big:1`,
          '--registry',
          't',
          '--tag',
          '1',
        ]);
      else
        await skopeo('cross-registry copy, 4 × 32 MB layers', `${source.host}/bench/big:1`, [
          `${t.host}/bench/big:1`,
        ]);
    });
    await each(async (tool, t) => {
      if (tool === 'image-actions')
        await ours('cross-registry copy, 3-platform index', direct(t), [
          '--candidate',
          `${source.host}/bench/idx:1`,
          '--registry',
          't',
          '--tag',
          '1',
        ]);
      else
        await skopeo('cross-registry copy, 3-platform index', `${source.host}/bench/idx:1`, [
          `${t.host}/bench/idx:1`,
        ]);
    });
    for (const tool of ['image-actions', 'skopeo'] as Tool[]) {
      const landed = await getManifest(
        targets[tool],
        tool === 'image-actions' ? 'bench/idx' : 'bench/idx',
        '1',
      );
      if (landed.digest !== index.digest)
        throw new Error(`${tool}: the index landed as ${landed.digest}, not ${index.digest}`);
      const b = await getManifest(targets[tool], 'bench/big', '1');
      if (b.digest !== big.digest) throw new Error(`${tool}: the image landed as ${b.digest}`);
    }

    // Each small operation runs twice: timed straight against the registries, then counted
    // through proxies (the proxies' own latency would blur the times of such short runs).
    const sp = await countingProxy(source);
    const tp = {
      'image-actions': await countingProxy(targets['image-actions']),
      skopeo: await countingProxy(targets.skopeo),
    };
    const pass = async (
      scenario: string,
      oursArgs: (
        s: string,
        t: string,
        suffix: string,
      ) => { hosts: Record<string, string>; args: string[] },
      skopeoArgs: (s: string, t: string, suffix: string) => { from: string; to: string[] },
    ) => {
      await each(async (tool, t) => {
        const counters = [sp, tp[tool]];
        if (tool === 'image-actions') {
          const timed = oursArgs(source.host, t.host, 'a');
          const sample = await ours(scenario, registriesFile('direct', timed.hosts), timed.args);
          const counted = oursArgs(sp.host, tp[tool].host, 'b');
          const run = await measure(
            [
              process.execPath,
              path.join(root, 'bin', 'image-actions.js'),
              'promote',
              '--registries-file',
              registriesFile('counted', counted.hosts),
              '--json',
              ...counted.args,
            ],
            { ...process.env, BENCH_PASSWORD: PASSWORD },
          );
          sample.requests = JSON.parse(JSON.parse(run.stdout).stats).requests;
        } else {
          const timed = skopeoArgs(source.host, t.host, 'a');
          const sample = await skopeo(scenario, timed.from, timed.to);
          const counted = skopeoArgs(sp.host, tp[tool].host, 'b');
          const before = counters.reduce((n, p) => n + p.requests.length, 0);
          await skopeo('(counting)', counted.from, counted.to);
          sample.requests = counters.reduce((n, p) => n + p.requests.length, 0) - before;
        }
      });
    };
    try {
      await pass(
        're-run of the copy (all present)',
        (s, t) => ({
          hosts: { s, t },
          args: ['--candidate', `${s}/bench/big:1`, '--registry', 't', '--tag', '1'],
        }),
        (s, t) => ({ from: `${s}/bench/big:1`, to: [`${t}/bench/big:1`] }),
      );
      await pass(
        'retag in place, 1 tag',
        (_s, t, x) => ({
          hosts: { t },
          args: ['--candidate', `${t}/bench/big:1`, '--tag', `one${r}${x}`],
        }),
        (_s, t, x) => ({ from: `${t}/bench/big:1`, to: [`${t}/bench/big:one${r}${x}`] }),
      );
      await pass(
        `retag in place, ${TAGS_MANY} tags`,
        (_s, t, x) => ({
          hosts: { t },
          args: [
            '--candidate',
            `${t}/bench/big:1`,
            '--tags',
            tagList(`many${r}${x}-`, TAGS_MANY).join(','),
          ],
        }),
        (_s, t, x) => ({
          from: `${t}/bench/big:1`,
          to: tagList(`many${r}${x}-`, TAGS_MANY).map((tag) => `${t}/bench/big:${tag}`),
        }),
      );
      await pass(
        'same registry, other repository',
        (_s, t, x) => ({
          hosts: { t },
          args: [
            '--candidate',
            `${t}/bench/big:1`,
            '--image-name',
            `bench/other${x}`,
            '--tag',
            '1',
          ],
        }),
        (_s, t, x) => ({ from: `${t}/bench/big:1`, to: [`${t}/bench/other${x}:1`] }),
      );
    } finally {
      await Promise.all([sp.stop(), tp['image-actions'].stop(), tp.skopeo.stop()]);
    }
  } finally {
    await Promise.all([source.stop(), targets['image-actions'].stop(), targets.skopeo.stop()]);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtMb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

function table(): string {
  const lines = [
    '| scenario | image-actions | skopeo | time ratio | requests (ours / skopeo) | bytes copied on our side | peak RSS (ours / skopeo) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [scenario, s] of results) {
    const o = s['image-actions'];
    const k = s.skopeo;
    const ot = median(o.map((x) => x.ms));
    const kt = median(k.map((x) => x.ms));
    const req = `${median(o.map((x) => x.requests ?? 0))} / ${k[0]?.requests === undefined ? '–' : median(k.map((x) => x.requests ?? 0))}`;
    lines.push(
      `| ${scenario} | ${fmtMs(ot)} | ${fmtMs(kt)} | ${(ot / kt).toFixed(2)} | ${req} | ${median(o.map((x) => x.bytes ?? 0))} | ${fmtMb(Math.max(...o.map((x) => x.rssKb)))} / ${fmtMb(Math.max(...k.map((x) => x.rssKb)))} |`,
    );
  }
  return lines.join('\n');
}

function targets(): string {
  const t = (name: string) => results.get(name)!;
  const med = (name: string, tool: Tool) => median(t(name)[tool].map((x) => x.ms));
  const cross =
    med('cross-registry copy, 4 × 32 MB layers', 'image-actions') /
    med('cross-registry copy, 4 × 32 MB layers', 'skopeo');
  const rerun = t('re-run of the copy (all present)')['image-actions'];
  const many =
    med(`retag in place, ${TAGS_MANY} tags`, 'image-actions') /
    med('retag in place, 1 tag', 'image-actions');
  const rss =
    Math.max(...t('cross-registry copy, 4 × 32 MB layers')['image-actions'].map((x) => x.rssKb)) /
    1024;
  const ok = (b: boolean) => (b ? 'met' : '**not met**');
  return [
    '| target | measured | |',
    '| --- | --- | --- |',
    `| cross-registry copy ≤ 0.8 × skopeo's time | ${cross.toFixed(2)} | ${ok(cross <= 0.8)} |`,
    `| re-run moves no blob bytes, a handful of requests | ${median(rerun.map((x) => x.bytes ?? 0))} bytes, ${median(rerun.map((x) => x.requests ?? 0))} requests | ${ok(rerun.every((x) => x.bytes === 0) && median(rerun.map((x) => x.requests ?? 0)) <= 8)} |`,
    `| ${TAGS_MANY} tags ≤ 1.5 × the time of 1 tag | ${many.toFixed(2)} | ${ok(many <= 1.5)} |`,
    `| peak RSS of the copy < 150 MB | ${rss.toFixed(0)} MB | ${ok(rss < 150)} |`,
  ].join('\n');
}

function versions(): string {
  const v = (cmd: string, args: string[]) =>
    spawnSync(cmd, args, { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  return [
    `- machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB`,
    `- node ${process.version}; ${v('skopeo', ['--version'])}; ${v('docker-registry', ['--version'])}`,
    `- image-actions ${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version} (the bundled CLI, bin/image-actions.js), IMAGE_ACTIONS_JOBS=${process.env.IMAGE_ACTIONS_JOBS ?? 'default'}`,
    `- ${rounds} rounds, order alternating, fresh registries (token auth) every round; medians`,
  ].join('\n');
}

async function main() {
  for (let r = 0; r < rounds; r++) {
    process.stderr.write(`round ${r + 1}/${rounds}…\n`);
    await round(r);
  }
  const report = `${table()}\n\n${targets()}\n\n${versions()}\n`;
  console.log(report);
  if (!quick) {
    const file = path.join(root, 'bench', 'RESULTS.md');
    const previous = readFileSync(file, 'utf8').split('<!-- results -->');
    writeFileSync(
      file,
      `${previous[0]}<!-- results -->\n\nRun of ${new Date().toISOString().slice(0, 10)}:\n\n${report}<!-- /results -->${previous[2]?.split('<!-- /results -->')[1] ?? previous[1]?.split('<!-- /results -->')[1] ?? ''}`,
    );
    console.log(`written to ${path.relative(process.cwd(), file)}`);
  }
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
