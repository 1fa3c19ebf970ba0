// `npm run bench`: the copy engine against `skopeo copy --all --preserve-digests` and `oras cp`,
// side by side, on the same images and fresh registries every round (skopeo remembers where
// blobs live, so reused registries would favour it), in alternating order. Two links: a
// wide-area one (every registry and token service behind a shaping proxy: a one-way delay, a rate
// cap per connection, a bounded window) and loopback. And the start of a step: a retag through
// the promote action's bundle, started as the runner starts it, against a bare `node -e 0`.
// Medians and ratios go to stdout and bench/RESULTS.md.
//
// BENCH_QUICK=1: small images and one round, to prove the benchmark runs (CI).
// Flags (or env): --delay-ms (BENCH_DELAY_MS, 10), --rate MB/s (BENCH_RATE_MB, 25),
// --window KiB (BENCH_WINDOW_KB, 2 × rate × delay, at least 256), --rounds (BENCH_ROUNDS),
// --jobs 4,8,16 (BENCH_JOBS: extra rows of ours over the WAN with IMAGE_ACTIONS_JOBS set),
// --only wan|loopback|startup|sync|archives (BENCH_ONLY).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startFaultProxy, type FaultProxy } from '../test/helpers/fault-proxy.js';
import { pushImage, pushIndex, getManifest } from '../test/helpers/images.js';
import { startRegistry, type TestRegistry } from '../test/helpers/registry.js';
import { trixieTool } from '../test/helpers/tools.js';
import { startShapingProxy, type LinkProfile, type ShapingProxy } from './shaping-proxy.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    'delay-ms': { type: 'string' },
    rate: { type: 'string' },
    window: { type: 'string' },
    rounds: { type: 'string' },
    jobs: { type: 'string' },
    only: { type: 'string' },
  },
});
const setting = (flag: string | undefined, env: string, fallback: string) =>
  flag ?? process.env[env] ?? fallback;
const quick = process.env.BENCH_QUICK === '1';
const rounds = Number(setting(flags.rounds, 'BENCH_ROUNDS', quick ? '1' : '5'));
const MB = 1024 * 1024;
const delayMs = Number(setting(flags['delay-ms'], 'BENCH_DELAY_MS', '10'));
const rate = Number(setting(flags.rate, 'BENCH_RATE_MB', '25')) * 1e6;
const link: LinkProfile = {
  delayMs,
  rate,
  window:
    Number(
      setting(
        flags.window,
        'BENCH_WINDOW_KB',
        String(Math.max(256, Math.ceil((2 * rate * delayMs) / 1000 / 1024))),
      ),
    ) * 1024,
};
const jobSweep = setting(flags.jobs, 'BENCH_JOBS', '').split(',').filter(Boolean).map(Number);
const only = setting(flags.only, 'BENCH_ONLY', '');
const runs = (part: 'wan' | 'loopback' | 'startup' | 'sync' | 'archives') => !only || only === part;

const bigLayers = { layers: 4, layerSize: quick ? 1 * MB : 32 * MB };
/** 8 layers of 1–4 MB per platform (64–256 KiB in quick mode). */
const indexLayerSizes = [1, 4, 2, 3, 1.5, 2.5, 3.5, 1].map((m) =>
  Math.round(m * (quick ? MB / 16 : MB)),
);
const TAGS_MANY = 25;
const INDEX = '3-platform index, 8 layers of 1–4 MB each';
const BIG = 'image of 4 × 32 MB layers';
const RERUN = 're-run of the copy (all present)';
const USER = 'bench';
const PASSWORD = 'bench-password-not-secret';

interface Sample {
  ms: number;
  rssKb: number;
  /** CPU time, user and system, of the tool's process(es). */
  cpuS: number;
  requests?: number;
  bytes?: number;
  /** Connections opened through the shaping proxies. */
  connections?: number;
}

type Tool = 'image-actions' | 'skopeo' | 'oras';
const TOOLS: Tool[] = ['image-actions', 'skopeo', 'oras'];
/** Per section, per scenario, per column (a tool, `node -e 0`, or ours with other jobs). */
const results = new Map<string, Map<string, Map<string, Sample[]>>>();
function record(section: string, scenario: string, column: string, sample: Sample) {
  if (!results.has(section)) results.set(section, new Map());
  const scenarios = results.get(section)!;
  if (!scenarios.has(scenario)) scenarios.set(scenario, new Map());
  const columns = scenarios.get(scenario)!;
  if (!columns.has(column)) columns.set(column, []);
  columns.get(column)!.push(sample);
}

const work = mkdtempSync(path.join(tmpdir(), 'image-actions-bench-'));
const policy = path.join(work, 'policy.json');
writeFileSync(policy, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
const oras = trixieTool('oras');
// Peers read no login of the machine's: their homes are empty folders.
const peerEnv = { ...process.env, HOME: path.join(work, 'home'), DOCKER_CONFIG: work };

// Times a program and reads its peak RSS from the kernel (getrusage of children), both measured
// by a small python3 parent so that neither tool pays for the other's measurement.
const MEASURE = [
  'import resource,subprocess,sys,time',
  't=time.monotonic()',
  'r=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.PIPE)',
  'ms=(time.monotonic()-t)*1000',
  'sys.stdout.buffer.write(r.stdout)',
  'sys.stderr.buffer.write(r.stderr)',
  'u=resource.getrusage(resource.RUSAGE_CHILDREN)',
  'sys.stderr.write("\\nBENCH %d %.1f %.3f\\n"%(u.ru_maxrss,ms,u.ru_utime+u.ru_stime))',
  'sys.exit(r.returncode)',
].join('\n');

function measure(
  command: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ ms: number; rssKb: number; cpuS: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', MEASURE, ...command], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const m = /BENCH (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      if (code !== 0 || !m) {
        reject(
          new Error(`${command.slice(0, 3).join(' ')} … failed (${code}):\n${stderr.slice(-2000)}`),
        );
        return;
      }
      resolve({ ms: Number(m[2]), rssKb: Number(m[1]), cpuS: Number(m[3]), stdout });
    });
  });
}

function registriesYaml(hosts: Record<string, string>): string {
  return `registries:\n${Object.entries(hosts)
    .map(
      ([n, host]) =>
        `  - name: ${n}\n    domain: ${host}\n    credentials: { username: ${USER}, password: { env: BENCH_PASSWORD } }\n`,
    )
    .join('')}`;
}

let files = 0;
function registriesFile(hosts: Record<string, string>): string {
  const file = path.join(work, `registries-${files++}.yml`);
  writeFileSync(file, registriesYaml(hosts));
  return file;
}

/** What one tool is asked to do: a copy from → to, or tags written next to `from`. */
type Job =
  | { kind: 'copy'; from: string; to: string }
  | { kind: 'tag'; from: string; tags: string[] }
  | { kind: 'image'; from: string; to: string };

const hostOf = (ref: string) => ref.slice(0, ref.indexOf('/'));
const repoOf = (ref: string) => ref.slice(ref.indexOf('/') + 1, ref.lastIndexOf(':'));

async function runOurs(job: Job, env: NodeJS.ProcessEnv = {}): Promise<Sample> {
  const from = hostOf(job.from);
  let args: string[];
  let hosts: Record<string, string>;
  if (job.kind === 'copy') {
    hosts = { s: from, t: hostOf(job.to) };
    args = [
      '--registry',
      't',
      '--image-name',
      repoOf(job.to),
      '--tag',
      job.to.slice(job.to.lastIndexOf(':') + 1),
    ];
  } else if (job.kind === 'image') {
    hosts = { t: from };
    args = ['--image-name', repoOf(job.to), '--tag', job.to.slice(job.to.lastIndexOf(':') + 1)];
  } else {
    hosts = { t: from };
    args = job.tags.length === 1 ? ['--tag', job.tags[0]] : ['--tags', job.tags.join(',')];
  }
  const run = await measure(
    [
      process.execPath,
      path.join(root, 'bin', 'image-actions.js'),
      'promote',
      '--registries-file',
      registriesFile(hosts),
      '--json',
      '--candidate',
      job.from,
      ...args,
    ],
    { ...process.env, BENCH_PASSWORD: PASSWORD, ...env },
  );
  const stats = JSON.parse(JSON.parse(run.stdout).stats);
  return {
    ms: run.ms,
    rssKb: run.rssKb,
    cpuS: run.cpuS,
    requests: stats.requests,
    bytes: stats.bytes_copied,
  };
}

async function runSkopeo(job: Job): Promise<Sample> {
  const dests =
    job.kind === 'tag'
      ? job.tags.map((t) => `${job.from.slice(0, job.from.lastIndexOf(':'))}:${t}`)
      : [job.to];
  let ms = 0;
  let rssKb = 0;
  let cpuS = 0;
  // skopeo writes one destination per run.
  for (const dest of dests) {
    const run = await measure(
      [
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
        `docker://${job.from}`,
        `docker://${dest}`,
      ],
      peerEnv,
    );
    ms += run.ms;
    cpuS += run.cpuS;
    rssKb = Math.max(rssKb, run.rssKb);
  }
  return { ms, rssKb, cpuS };
}

async function runOras(job: Job): Promise<Sample> {
  const creds = (side: string) => [
    `--${side}username`,
    USER,
    `--${side}password`,
    PASSWORD,
    `--${side}plain-http`,
  ];
  // `oras tag` writes all tags in one run; `oras cp` copies the whole graph of an index.
  const command =
    job.kind === 'tag'
      ? [oras, 'tag', '-u', USER, '-p', PASSWORD, '--plain-http', job.from, ...job.tags]
      : [oras, 'cp', ...creds('from-'), ...creds('to-'), job.from, job.to];
  const run = await measure(command, peerEnv);
  return { ms: run.ms, rssKb: run.rssKb, cpuS: run.cpuS };
}

const runTool = (tool: Tool, job: Job) =>
  tool === 'image-actions' ? runOurs(job) : tool === 'skopeo' ? runSkopeo(job) : runOras(job);

/** A round's registries: one source, a target per tool; `hosts` is how each is reached. */
interface Registries {
  source: TestRegistry;
  targets: Record<Tool, TestRegistry>;
  /** host:port as the tools are given it (through the shaping proxy on the WAN). */
  via: Map<TestRegistry, string>;
  proxies: ShapingProxy[];
  stop(): Promise<void>;
}

async function startRegistries(wan: boolean): Promise<Registries> {
  const proxies: ShapingProxy[] = [];
  const started: TestRegistry[] = [];
  const via = new Map<TestRegistry, string>();
  const stop = async () => {
    await Promise.all(proxies.map((p) => p.stop()));
    await Promise.all(started.map((r) => r.stop()));
  };
  try {
    const start = async () => {
      const reg = await startRegistry({
        auth: 'token',
        users: { [USER]: { password: PASSWORD } },
        // The token service is across the link too: it is where the registry is.
        ...(wan
          ? {
              realm: async (issuer: string) => {
                const url = new URL(issuer);
                const proxy = await startShapingProxy(Number(url.port), link);
                proxies.push(proxy);
                return `${proxy.url}${url.pathname}`;
              },
            }
          : {}),
      });
      started.push(reg);
      if (wan) {
        const proxy = await startShapingProxy(Number(reg.host.split(':')[1]), link);
        proxies.push(proxy);
        via.set(reg, proxy.host);
      } else via.set(reg, reg.host);
      return reg;
    };
    const source = await start();
    const targets = { 'image-actions': await start(), skopeo: await start(), oras: await start() };
    return { source, targets, via, proxies, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const connections = (regs: Registries) => regs.proxies.reduce((n, p) => n + p.connections, 0);

/** Every tool in turn (the order alternates by round), each on its own target. */
async function sideBySide(
  section: string,
  scenario: string,
  regs: Registries,
  order: Tool[],
  job: (target: string, tool: Tool) => Job,
  after?: (tool: Tool, target: TestRegistry) => Promise<void>,
): Promise<void> {
  for (const tool of order) {
    const before = connections(regs);
    const sample = await runTool(tool, job(regs.via.get(regs.targets[tool])!, tool));
    if (regs.proxies.length) sample.connections = connections(regs) - before;
    record(section, scenario, tool, sample);
    await after?.(tool, regs.targets[tool]);
  }
}

async function expectLanded(reg: TestRegistry, repo: string, tag: string, digest: string) {
  const landed = await getManifest(reg, repo, tag);
  if (landed.digest !== digest)
    throw new Error(`${repo}:${tag} landed as ${landed.digest}, not ${digest}`);
}

const PLATFORMS = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64', variant: 'v8' },
  { os: 'linux', architecture: 's390x' },
];

async function pushFixtures(regs: Registries, r: number) {
  const big = await pushImage(regs.source, 'bench/big', '1', { ...bigLayers, seed: `big-${r}` });
  const index = await pushIndex(regs.source, 'bench/idx', '1', PLATFORMS, {
    layerSizes: indexLayerSizes,
    seed: `idx-${r}`,
  });
  return { big, index };
}

async function wanRound(r: number, order: Tool[]): Promise<void> {
  const section = `Wide-area link: ${link.delayMs} ms each way, ${link.rate / 1e6} MB/s per connection`;
  const regs = await startRegistries(true);
  try {
    const { big, index } = await pushFixtures(regs, r);
    const src = regs.via.get(regs.source)!;
    const copy = (repo: string, tag: string) => (t: string) =>
      ({ kind: 'copy', from: `${src}/${repo}:1`, to: `${t}/${repo}:${tag}` }) as Job;
    await sideBySide(section, INDEX, regs, order, copy('bench/idx', '1'), (_tool, t) =>
      expectLanded(t, 'bench/idx', '1', index.digest),
    );
    await sideBySide(section, BIG, regs, order, copy('bench/big', '1'), (_tool, t) =>
      expectLanded(t, 'bench/big', '1', big.digest),
    );
    await sideBySide(section, RERUN, regs, order, copy('bench/big', '1'));
    // The same copies with other numbers of blob streams, ours alone, each to a new repository.
    for (const jobs of jobSweep) {
      for (const [scenario, repo] of [
        [INDEX, 'bench/idx'],
        [BIG, 'bench/big'],
      ]) {
        const t = regs.via.get(regs.targets['image-actions'])!;
        const before = connections(regs);
        const sample = await runOurs(
          { kind: 'copy', from: `${src}/${repo}:1`, to: `${t}/${repo}-jobs${jobs}:1` },
          { IMAGE_ACTIONS_JOBS: String(jobs) },
        );
        sample.connections = connections(regs) - before;
        record(section, scenario, `image-actions, IMAGE_ACTIONS_JOBS=${jobs}`, sample);
      }
    }
  } finally {
    await regs.stop();
  }
}

async function loopbackRound(r: number, order: Tool[]): Promise<void> {
  const section = 'Loopback';
  const regs = await startRegistries(false);
  const counting: FaultProxy[] = [];
  try {
    const { big, index } = await pushFixtures(regs, r);
    const src = regs.source.host;
    await sideBySide(
      section,
      BIG,
      regs,
      order,
      (t) => ({ kind: 'copy', from: `${src}/bench/big:1`, to: `${t}/bench/big:1` }),
      (_tool, t) => expectLanded(t, 'bench/big', '1', big.digest),
    );
    await sideBySide(
      section,
      INDEX,
      regs,
      order,
      (t) => ({ kind: 'copy', from: `${src}/bench/idx:1`, to: `${t}/bench/idx:1` }),
      (_tool, t) => expectLanded(t, 'bench/idx', '1', index.digest),
    );

    // Each small operation runs twice: timed straight against the registries, then counted
    // through proxies (the proxies' own latency would blur the times of such short runs).
    const sp = await startFaultProxy(regs.source.url, () => undefined);
    counting.push(sp);
    const tp = {} as Record<Tool, FaultProxy>;
    for (const tool of TOOLS) {
      tp[tool] = await startFaultProxy(regs.targets[tool].url, () => undefined);
      counting.push(tp[tool]);
    }
    const pass = async (scenario: string, job: (s: string, t: string, suffix: string) => Job) => {
      for (const tool of order) {
        const sample = await runTool(tool, job(src, regs.targets[tool].host, 'a'));
        const before = sp.requests.length + tp[tool].requests.length;
        const counted = await runTool(tool, job(sp.host, tp[tool].host, 'b'));
        sample.requests =
          tool === 'image-actions'
            ? counted.requests
            : sp.requests.length + tp[tool].requests.length - before;
        record(section, scenario, tool, sample);
      }
    };
    await pass(RERUN, (s, t) => ({
      kind: 'copy',
      from: `${s}/bench/big:1`,
      to: `${t}/bench/big:1`,
    }));
    await pass('retag in place, 1 tag', (_s, t, x) => ({
      kind: 'tag',
      from: `${t}/bench/big:1`,
      tags: [`one${r}${x}`],
    }));
    await pass(`retag in place, ${TAGS_MANY} tags`, (_s, t, x) => ({
      kind: 'tag',
      from: `${t}/bench/big:1`,
      tags: Array.from({ length: TAGS_MANY }, (_, i) => `many${r}${x}-${i}`),
    }));
    await pass('same registry, other repository', (_s, t, x) => ({
      kind: 'image',
      from: `${t}/bench/big:1`,
      to: `${t}/bench/other${x}:1`,
    }));
  } finally {
    await Promise.all(counting.map((p) => p.stop()));
    await regs.stop();
  }
}

const SYNC_REPOS = 4;
const SYNC_TAGS = quick ? 5 : 50;
const SYNC_FIRST = `sync of ${SYNC_REPOS} repositories × ${SYNC_TAGS} tags, first run`;
const SYNC_RERUN = `sync of ${SYNC_REPOS} repositories × ${SYNC_TAGS} tags, re-run (nothing changed)`;

/**
 * `image-actions sync` against `skopeo sync --src yaml` over the WAN: every tag of 4 repositories
 * (each tag an image of its own), to an empty target, then again with nothing changed.
 */
async function syncRound(r: number, order: Tool[]): Promise<void> {
  const section = `Sync over the wide-area link: ${link.delayMs} ms each way, ${link.rate / 1e6} MB/s per connection`;
  const regs = await startRegistries(true);
  try {
    const src = regs.via.get(regs.source)!;
    const repos = Array.from({ length: SYNC_REPOS }, (_, i) => `bench/s${i}`);
    const landed: Record<string, string> = {};
    for (const repo of repos) {
      for (let t = 0; t < SYNC_TAGS; t++) {
        const image = await pushImage(regs.source, repo, `1.${t}.0`, {
          layers: 1,
          layerSize: quick ? 16 * 1024 : 256 * 1024,
          seed: `sync-${r}-${repo}-${t}`,
        });
        landed[`${repo}:1.${t}.0`] = image.digest;
      }
    }
    const syncTools = order.filter((t): t is 'image-actions' | 'skopeo' => t !== 'oras');
    for (const scenario of [SYNC_FIRST, SYNC_RERUN]) {
      for (const tool of syncTools) {
        const target = regs.via.get(regs.targets[tool])!;
        const before = connections(regs);
        const sample =
          tool === 'image-actions'
            ? await runOursSync(src, target, repos)
            : await runSkopeoSync(src, target, repos);
        sample.connections = connections(regs) - before;
        record(section, scenario, tool, sample);
        for (const [ref, digest] of Object.entries(landed).slice(0, 3)) {
          const [repo, tag] = ref.split(':');
          await expectLanded(regs.targets[tool], repo, tag, digest);
        }
      }
    }
  } finally {
    await regs.stop();
  }
}

async function runOursSync(src: string, target: string, repos: string[]): Promise<Sample> {
  const registries = path.join(work, `sync-registries-${files++}.yml`);
  writeFileSync(
    registries,
    `${registriesYaml({ s: src, t: target })}`.replace(
      `  - name: t\n    domain: ${target}\n`,
      `  - name: t\n    domain: ${target}\n    default: true\n`,
    ),
  );
  const syncFile = path.join(work, `sync-${files++}.yml`);
  writeFileSync(
    syncFile,
    `sync:\n${repos.map((repo) => `  - source: ${src}/${repo}\n    image_name: ${repo}\n`).join('')}`,
  );
  const run = await measure(
    [
      process.execPath,
      path.join(root, 'bin', 'image-actions.js'),
      'sync',
      '--registries-file',
      registries,
      '--sync-file',
      syncFile,
      '--json',
    ],
    { ...process.env, BENCH_PASSWORD: PASSWORD, IMAGE_ACTIONS_SUMMARY: 'false' },
  );
  const stats = JSON.parse(JSON.parse(run.stdout).stats);
  return {
    ms: run.ms,
    rssKb: run.rssKb,
    cpuS: run.cpuS,
    requests: stats.requests,
    bytes: stats.bytes_copied,
  };
}

async function runSkopeoSync(src: string, target: string, repos: string[]): Promise<Sample> {
  const file = path.join(work, `skopeo-sync-${files++}.yml`);
  writeFileSync(
    file,
    [
      `${src}:`,
      '  tls-verify: false',
      `  credentials: { username: ${USER}, password: ${PASSWORD} }`,
      '  images:',
      ...repos.map((repo) => `    ${repo}: []`),
      '',
    ].join('\n'),
  );
  const run = await measure(
    [
      'skopeo',
      '--policy',
      policy,
      'sync',
      '--all',
      '--preserve-digests',
      '--src',
      'yaml',
      '--dest',
      'docker',
      '--dest-tls-verify=false',
      '--dest-creds',
      `${USER}:${PASSWORD}`,
      file,
      `${target}/bench`,
    ],
    peerEnv,
  );
  return { ms: run.ms, rssKb: run.rssKb, cpuS: run.cpuS };
}

const ARCHIVES = 'Archives on loopback: registry → archive (save) and back (load)';
const PIPE = 'image-actions, save | load through standard output and input';

/**
 * Save and load against skopeo's `oci-archive:` transport and oras's `--to-oci-layout` /
 * `--from-oci-layout` (a folder: oras writes no tar), each tool with its own archive and target
 * registry. Ours is the bundled CLI; a third run of ours pipes `save --archive -` into
 * `load --archive -`, measured as one: two processes, the peak RSS the larger of the two.
 */
async function archivesRound(r: number, order: Tool[]): Promise<void> {
  const regs = await startRegistries(false);
  try {
    const { big, index } = await pushFixtures(regs, r);
    const src = regs.source.host;
    for (const [name, repo, digest] of [
      [BIG, 'bench/big', big.digest],
      [INDEX, 'bench/idx', index.digest],
    ] as const) {
      for (const tool of order) {
        const archive = path.join(work, `archive-${r}-${tool}-${repo.replace('/', '-')}`);
        const target = regs.targets[tool].host;
        record(ARCHIVES, `save: ${name}`, tool, await saveWith(tool, `${src}/${repo}:1`, archive));
        record(
          ARCHIVES,
          `load: ${name}`,
          tool,
          await loadWith(tool, archive, `${target}/${repo}:1`),
        );
        rmSync(archive, { recursive: true, force: true });
        await expectLanded(regs.targets[tool], repo, '1', digest);
      }
      const target = regs.targets['image-actions'];
      const hosts = registriesFile({ s: src, t: target.host });
      const cli = [process.execPath, path.join(root, 'bin', 'image-actions.js')];
      const piped = await measurePipe(
        [
          ...cli,
          'save',
          '--registries-file',
          hosts,
          '--images',
          `${src}/${repo}:1`,
          '--archive',
          '-',
        ],
        [
          ...cli,
          'load',
          '--registries-file',
          hosts,
          '--registry',
          't',
          '--image-name',
          `${repo}-piped`,
          '--tags',
          '1',
          '--archive',
          '-',
        ],
        { ...process.env, BENCH_PASSWORD: PASSWORD },
      );
      record(ARCHIVES, `save: ${name}`, PIPE, piped);
      await expectLanded(target, `${repo}-piped`, '1', digest);
    }
  } finally {
    await regs.stop();
  }
}

async function saveWith(tool: Tool, image: string, archive: string): Promise<Sample> {
  const host = hostOf(image);
  const command =
    tool === 'image-actions'
      ? [
          process.execPath,
          path.join(root, 'bin', 'image-actions.js'),
          'save',
          '--registries-file',
          registriesFile({ s: host }),
          '--images',
          image,
          '--archive',
          `${archive}.tar`,
        ]
      : tool === 'skopeo'
        ? [
            'skopeo',
            '--policy',
            policy,
            'copy',
            '--all',
            '--preserve-digests',
            '--quiet',
            '--src-tls-verify=false',
            '--src-creds',
            `${USER}:${PASSWORD}`,
            `docker://${image}`,
            `oci-archive:${archive}.tar:${image}`,
          ]
        : [
            oras,
            'cp',
            '--from-username',
            USER,
            '--from-password',
            PASSWORD,
            '--from-plain-http',
            '--to-oci-layout',
            image,
            `${archive}:1`,
          ];
  const run = await measure(command, { ...peerEnv, BENCH_PASSWORD: PASSWORD });
  return { ms: run.ms, rssKb: run.rssKb, cpuS: run.cpuS };
}

async function loadWith(tool: Tool, archive: string, to: string): Promise<Sample> {
  const host = hostOf(to);
  const command =
    tool === 'image-actions'
      ? [
          process.execPath,
          path.join(root, 'bin', 'image-actions.js'),
          'load',
          '--registries-file',
          registriesFile({ t: host }),
          '--registry',
          't',
          '--image-name',
          repoOf(to),
          '--tags',
          '1',
          '--archive',
          `${archive}.tar`,
        ]
      : tool === 'skopeo'
        ? [
            'skopeo',
            '--policy',
            policy,
            'copy',
            '--all',
            '--preserve-digests',
            '--quiet',
            '--dest-tls-verify=false',
            '--dest-creds',
            `${USER}:${PASSWORD}`,
            `oci-archive:${archive}.tar`,
            `docker://${to}`,
          ]
        : [
            oras,
            'cp',
            '--to-username',
            USER,
            '--to-password',
            PASSWORD,
            '--to-plain-http',
            '--from-oci-layout',
            `${archive}:1`,
            to,
          ];
  const run = await measure(command, { ...peerEnv, BENCH_PASSWORD: PASSWORD });
  return { ms: run.ms, rssKb: run.rssKb, cpuS: run.cpuS };
}

// Two programs joined by a pipe (argument arrays, no shell), timed as one.
const MEASURE_PIPE = [
  'import json,resource,subprocess,sys,time',
  'a,b=json.loads(sys.argv[1]),json.loads(sys.argv[2])',
  't=time.monotonic()',
  'p=subprocess.Popen(a,stdout=subprocess.PIPE,stderr=subprocess.DEVNULL)',
  'q=subprocess.Popen(b,stdin=p.stdout,stdout=subprocess.DEVNULL,stderr=subprocess.PIPE)',
  'p.stdout.close()',
  'err=q.communicate()[1]',
  'p.wait()',
  'ms=(time.monotonic()-t)*1000',
  'sys.stderr.buffer.write(err)',
  'u=resource.getrusage(resource.RUSAGE_CHILDREN)',
  'sys.stderr.write("\\nBENCH %d %.1f %.3f\\n"%(u.ru_maxrss,ms,u.ru_utime+u.ru_stime))',
  'sys.exit(p.returncode or q.returncode)',
].join('\n');

function measurePipe(first: string[], second: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'python3',
      ['-c', MEASURE_PIPE, JSON.stringify(first), JSON.stringify(second)],
      { env },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const m = /BENCH (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      if (code !== 0 || !m) {
        reject(new Error(`save | load failed (${code}):\n${stderr.slice(-2000)}`));
        return;
      }
      resolve({ ms: Number(m[2]), rssKb: Number(m[1]), cpuS: Number(m[3]) });
    });
  });
}

/** The promote action's bundle, started as the runner starts it: INPUT_* env, GITHUB_OUTPUT. */
async function startupRound(r: number): Promise<void> {
  const section = 'Start of a step: retag in place, 1 tag, through the promote action';
  const reg = await startRegistry({ auth: 'token', users: { [USER]: { password: PASSWORD } } });
  try {
    await pushImage(reg, 'bench/app', '1', { layers: 1, layerSize: 4096, seed: `app-${r}` });
    const bundle = path.join(root, 'actions', 'promote', 'dist', 'index.js');
    // BENCH_NODE: another Node for the step (GitHub runs node24 actions on Node 24).
    const node = process.env.BENCH_NODE || process.execPath;
    const step = async (n: number) => {
      const output = path.join(work, `output-${r}-${n}`);
      const summary = path.join(work, `summary-${r}-${n}`);
      writeFileSync(output, '');
      writeFileSync(summary, '');
      const run = await measure([node, bundle], {
        PATH: process.env.PATH,
        HOME: work,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        BENCH_PASSWORD: PASSWORD,
        INPUT_CANDIDATE: `${reg.host}/bench/app:1`,
        INPUT_TAGS: `step${r}-${n}`,
        INPUT_REGISTRIES: registriesYaml({ t: reg.host }),
      });
      if (!readFileSync(output, 'utf8').includes('digest<<'))
        throw new Error(`the promote action wrote no digest output:\n${run.stdout}`);
      record(section, 'retag in place, 1 tag', 'promote action', {
        ms: run.ms,
        rssKb: run.rssKb,
        cpuS: run.cpuS,
      });
    };
    const bare = async () => {
      const run = await measure([node, '-e', '0']);
      record(section, 'retag in place, 1 tag', 'node -e 0', {
        ms: run.ms,
        rssKb: run.rssKb,
        cpuS: run.cpuS,
      });
    };
    // Several of each per round, alternating: these runs are short and the cores are shared.
    for (let n = 0; n < (quick ? 1 : 4); n++) {
      if ((r + n) % 2 === 0) {
        await step(n);
        await bare();
      } else {
        await bare();
        await step(n);
      }
    }
  } finally {
    await reg.stop();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtMb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const medianMs = (xs: Sample[] | undefined) => (xs?.length ? median(xs.map((x) => x.ms)) : NaN);
const cpu = (xs: Sample[]) => median(xs.map((x) => x.cpuS)).toFixed(2);

function tables(): string {
  const out: string[] = [];
  for (const [section, scenarios] of results) {
    out.push(`### ${section}`, '');
    if (section.startsWith('Start')) {
      out.push(
        '| scenario | promote action | node -e 0 | ratio | CPU s (action / node) | peak RSS (action / node) |',
        '| --- | --- | --- | --- | --- | --- |',
      );
      for (const [scenario, columns] of scenarios) {
        const a = columns.get('promote action')!;
        const n = columns.get('node -e 0')!;
        out.push(
          `| ${scenario} | ${fmtMs(medianMs(a))} | ${fmtMs(medianMs(n))} | ${(medianMs(a) / medianMs(n)).toFixed(2)} | ${cpu(a)} / ${cpu(n)} | ${fmtMb(Math.max(...a.map((x) => x.rssKb)))} / ${fmtMb(Math.max(...n.map((x) => x.rssKb)))} |`,
        );
      }
      out.push('');
      continue;
    }
    if (section.startsWith('Sync')) {
      out.push(
        '| scenario | image-actions | skopeo sync | ours / skopeo | requests (ours); connections (ours / skopeo) | bytes copied (ours) | CPU s (ours / skopeo) | peak RSS (ours / skopeo) |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
      );
      for (const [scenario, columns] of scenarios) {
        const o = columns.get('image-actions')!;
        const k = columns.get('skopeo')!;
        const med = (xs: Sample[], f: (x: Sample) => number | undefined) =>
          xs.every((x) => f(x) === undefined) ? '–' : String(median(xs.map((x) => f(x) ?? 0)));
        out.push(
          `| ${scenario} | ${fmtMs(medianMs(o))} | ${fmtMs(medianMs(k))} | ${(medianMs(o) / medianMs(k)).toFixed(2)} | ${med(o, (x) => x.requests)}; ${med(o, (x) => x.connections)} / ${med(k, (x) => x.connections)} | ${med(o, (x) => x.bytes)} | ${cpu(o)} / ${cpu(k)} | ${fmtMb(Math.max(...o.map((x) => x.rssKb)))} / ${fmtMb(Math.max(...k.map((x) => x.rssKb)))} |`,
        );
      }
      out.push('');
      continue;
    }
    const wan = section.startsWith('Wide');
    out.push(
      `| scenario | image-actions | skopeo | oras | ours / skopeo | ours / oras | ${wan ? 'requests (ours); connections (ours / skopeo / oras)' : 'requests (ours / skopeo / oras)'} | bytes copied (ours) | CPU s (ours / skopeo / oras) | peak RSS (ours / skopeo / oras) |`,
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const [scenario, columns] of scenarios) {
      const o = columns.get('image-actions')!;
      const k = columns.get('skopeo')!;
      const a = columns.get('oras')!;
      const med = (xs: Sample[], f: (x: Sample) => number | undefined) =>
        xs.every((x) => f(x) === undefined) ? '–' : String(median(xs.map((x) => f(x) ?? 0)));
      const counts = wan
        ? `${med(o, (x) => x.requests)}; ${[o, k, a].map((xs) => med(xs, (x) => x.connections)).join(' / ')}`
        : [o, k, a].map((xs) => med(xs, (x) => x.requests)).join(' / ');
      out.push(
        `| ${scenario} | ${fmtMs(medianMs(o))} | ${fmtMs(medianMs(k))} | ${fmtMs(medianMs(a))} | ${(medianMs(o) / medianMs(k)).toFixed(2)} | ${(medianMs(o) / medianMs(a)).toFixed(2)} | ${counts} | ${med(o, (x) => x.bytes)} | ${[o, k, a].map(cpu).join(' / ')} | ${[o, k, a].map((xs) => fmtMb(Math.max(...xs.map((x) => x.rssKb)))).join(' / ')} |`,
      );
      for (const [column, xs] of columns) {
        if (!column.startsWith('image-actions,')) continue;
        out.push(
          `| ↳ ${column.slice('image-actions, '.length)} | ${fmtMs(medianMs(xs))} | | | ${(medianMs(xs) / medianMs(k)).toFixed(2)} | ${(medianMs(xs) / medianMs(a)).toFixed(2)} | ${med(xs, (x) => x.requests)}; ${med(xs, (x) => x.connections)} | | ${cpu(xs)} | ${fmtMb(Math.max(...xs.map((x) => x.rssKb)))} |`,
        );
      }
    }
    out.push('');
  }
  return out.join('\n');
}

function targets(): string {
  const lines = ['| target | measured | |', '| --- | --- | --- |'];
  const ok = (b: boolean) => (b ? 'met' : '**not met**');
  const wanName = [...results.keys()].find((s) => s.startsWith('Wide'));
  const get = (section: string | undefined, scenario: string) =>
    section ? results.get(section)?.get(scenario) : undefined;
  const ratio = (section: string | undefined, scenario: string, a: string, b: string) => {
    const columns = get(section, scenario);
    return medianMs(columns?.get(a)) / medianMs(columns?.get(b));
  };
  const add = (what: string, value: number, limit: number, unit = '×') => {
    if (Number.isNaN(value)) return;
    lines.push(
      `| ${what} | ${value.toFixed(unit === '×' ? 2 : 0)} ${unit} | ${ok(value <= limit)} |`,
    );
  };
  const vsSkopeo = (section: string | undefined, scenario: string) =>
    ratio(section, scenario, 'image-actions', 'skopeo');
  add('WAN: 3-platform index ≤ 0.5 × skopeo', vsSkopeo(wanName, INDEX), 0.5);
  add('WAN: 4 × 32 MB ≤ 0.9 × skopeo', vsSkopeo(wanName, BIG), 0.9);
  add('WAN: re-run ≤ 0.4 × skopeo', vsSkopeo(wanName, RERUN), 0.4);
  add('loopback: 4 × 32 MB ≤ 1.0 × skopeo', vsSkopeo('Loopback', BIG), 1);
  add('loopback: re-run ≤ 2 × skopeo', vsSkopeo('Loopback', RERUN), 2);
  const syncName = [...results.keys()].find((s) => s.startsWith('Sync'));
  add('WAN sync: first run ≤ 0.7 × skopeo sync', vsSkopeo(syncName, SYNC_FIRST), 0.7);
  add('WAN sync: re-run ≤ 0.2 × skopeo sync', vsSkopeo(syncName, SYNC_RERUN), 0.2);
  const syncRerun = get(syncName, SYNC_RERUN)?.get('image-actions');
  if (syncRerun) {
    // Two HEADs per tag and one listing per repository; auth besides: a ping per registry and
    // a token per repository on each side.
    const allowed = 2 * SYNC_REPOS * SYNC_TAGS + SYNC_REPOS + 2 + 2 * SYNC_REPOS;
    add(
      `WAN sync: requests of a re-run ≤ 2 per tag plus the listings (${allowed})`,
      median(syncRerun.map((x) => x.requests ?? 0)),
      allowed,
      'requests',
    );
  }
  for (const name of [BIG, INDEX]) {
    add(`archives: save, ${name} ≤ 1.0 × skopeo`, vsSkopeo(ARCHIVES, `save: ${name}`), 1);
    add(`archives: load, ${name} ≤ 1.0 × skopeo`, vsSkopeo(ARCHIVES, `load: ${name}`), 1);
    const columns = get(ARCHIVES, `save: ${name}`);
    const separate =
      medianMs(columns?.get('image-actions')) +
      medianMs(get(ARCHIVES, `load: ${name}`)?.get('image-actions'));
    add(
      `archives: save | load, ${name} ≤ 1.2 × save + load`,
      medianMs(columns?.get(PIPE)) / separate,
      1.2,
    );
  }
  const archived = [...(results.get(ARCHIVES)?.values() ?? [])].flatMap((c) => [
    ...(c.get('image-actions') ?? []),
    ...(c.get(PIPE) ?? []),
  ]);
  if (archived.length)
    add(
      'peak RSS of a save or load < 150 MB',
      Math.max(...archived.map((x) => x.rssKb)) / 1024,
      149.99,
      'MB',
    );
  const startup = [...results.keys()].find((s) => s.startsWith('Start'));
  add(
    'retag through the action ≤ 1.5 × `node -e 0`',
    ratio(startup, 'retag in place, 1 tag', 'promote action', 'node -e 0'),
    1.5,
  );
  add(
    `loopback: ${TAGS_MANY} tags ≤ 1.5 × the time of 1 tag`,
    medianMs(get('Loopback', `retag in place, ${TAGS_MANY} tags`)?.get('image-actions')) /
      medianMs(get('Loopback', 'retag in place, 1 tag')?.get('image-actions')),
    1.5,
  );
  const copies = [wanName, 'Loopback'].flatMap((s) =>
    ([BIG, INDEX] as const).flatMap((n) => get(s, n)?.get('image-actions') ?? []),
  );
  if (copies.length)
    add('peak RSS of a copy < 100 MB', Math.max(...copies.map((x) => x.rssKb)) / 1024, 99.99, 'MB');
  const rerun = get('Loopback', RERUN)?.get('image-actions');
  if (rerun)
    lines.push(
      `| re-run moves no blob bytes | ${median(rerun.map((x) => x.bytes ?? 0))} bytes, ${median(rerun.map((x) => x.requests ?? 0))} requests | ${ok(rerun.every((x) => x.bytes === 0))} |`,
    );
  return lines.join('\n');
}

function versions(): string {
  const v = (cmd: string, args: string[]) =>
    spawnSync(cmd, args, { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  return [
    `- machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, shared with other work (expect noise)`,
    `- node ${process.version}; ${v('skopeo', ['--version'])}; oras ${v(oras, ['version']).replace(/^Version:\s*/, '')}; ${v('docker-registry', ['--version'])}`,
    `- image-actions ${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version} (the bundled CLI, bin/image-actions.js, and actions/promote/dist), IMAGE_ACTIONS_JOBS=${process.env.IMAGE_ACTIONS_JOBS ?? 'default'}`,
    `- WAN link: ${link.delayMs} ms one way, ${link.rate / 1e6} MB/s per connection and direction, ${link.window / 1024} KiB window, a round trip per new connection (bench/shaping-proxy.ts); the token services behind it too`,
    `- ${rounds} rounds, order alternating, fresh registries (token auth) every round; medians`,
  ].join('\n');
}

async function main() {
  for (let r = 0; r < rounds; r++) {
    process.stderr.write(`round ${r + 1}/${rounds}…\n`);
    // Alternate who goes first: caches and the other core's load fall on all alike.
    const order = r % 2 === 0 ? TOOLS : [...TOOLS].reverse();
    if (runs('wan')) await wanRound(r, order);
    if (runs('loopback')) await loopbackRound(r, order);
    if (runs('sync')) await syncRound(r, order);
    if (runs('archives')) await archivesRound(r, order);
    if (runs('startup')) await startupRound(r);
  }
  const report = `${tables()}\n${targets()}\n\n${versions()}\n`;
  console.log(report);
  if (!quick && !only) {
    const file = path.join(root, 'bench', 'RESULTS.md');
    const [head, rest = ''] = readFileSync(file, 'utf8').split('<!-- results -->');
    const tail = rest.split('<!-- /results -->')[1] ?? '';
    writeFileSync(
      file,
      `${head}<!-- results -->\n\nRun of ${new Date().toISOString().slice(0, 10)}:\n\n${report}<!-- /results -->${tail}`,
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
