import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { getManifest, pushIndex } from '../helpers/images.js';

// The committed bundle, run the way the runner runs it: INPUT_* variables, GITHUB_OUTPUT file.
const bundle = path.resolve('actions/promote/dist/index.js');
let a: TestRegistry;
let b: TestRegistry;
let dir: string;
const secrets = { A_PASS: 'alice-very-secret', B_PASS: 'bob-very-secret' };

beforeAll(async () => {
  a = await startRegistry({ auth: 'htpasswd', users: { alice: { password: secrets.A_PASS } } });
  b = await startRegistry({ auth: 'token', users: { bob: { password: secrets.B_PASS } } });
  dir = mkdtempSync(path.join(tmpdir(), 'promote-action-'));
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

/** GITHUB_OUTPUT's `name<<delimiter` blocks, as the runner reads them. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/** Asynchronously: the token issuer answers from this process, so it must not be blocked. */
function spawnAsync(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function runBundle(inputs: Record<string, string>, name: string) {
  const outputFile = path.join(dir, `${name}.out`);
  const summaryFile = path.join(dir, `${name}.md`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_DEBUG: '1',
    A_USER: 'alice',
    B_USER: 'bob',
    ...secrets,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const result = await spawnAsync([bundle], env);
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

function registries(): string {
  return `registries:
  - name: a
    domain: ${a.host}
    credentials: { username: { env: A_USER }, password: { env: A_PASS } }
  - name: b
    domain: ${b.host}
    default: true
    repository_prefix: acme
    credentials: { username: { env: B_USER }, password: { env: B_PASS } }
`;
}

describe('the promote action as the runner runs it', () => {
  it('promotes across registries, writes outputs and a summary, and leaks no secret', async () => {
    const index = await pushIndex(
      a,
      'app',
      '1.0',
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' },
      ],
      { layers: 1, layerSize: 1000 },
    );
    const run = await runBundle(
      {
        candidate: `${a.host}/app:1.0`,
        registry: 'b',
        tags: `- 1.0\n- ${b.host}/acme/app:stable`,
        registries: registries(),
      },
      'cross',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.outputs.digest).toBe(index.digest);
    expect(run.outputs.image).toBe(`${b.host}/acme/app:1.0`);
    expect(run.outputs.images).toBe(`${b.host}/acme/app:1.0\n${b.host}/acme/app:stable`);
    expect(JSON.parse(run.outputs.stats).blobs.copied).toBe(4);
    expect(run.summary).toContain(index.digest);
    expect(run.summary).toContain('| Tag | Action |');
    expect((await getManifest(b, 'acme/app', 'stable')).digest).toBe(index.digest);

    // Debug logging is on. The runner masks what ::add-mask:: announces; nothing else may carry a
    // secret: not the passwords, not their base64 forms, not a token.
    const basic = (u: string, p: string) => Buffer.from(`${u}:${p}`).toString('base64');
    const forbidden = [
      secrets.A_PASS,
      secrets.B_PASS,
      basic('alice', secrets.A_PASS),
      basic('bob', secrets.B_PASS),
    ];
    const masked = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length));
    for (const secret of forbidden) expect(masked).toContain(secret);
    // The tokens the issuer minted were announced too (JWTs start eyJ).
    expect(masked.some((m) => m.startsWith('eyJ'))).toBe(true);
    const rest = [
      ...run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')),
      readFileSync(path.join(dir, 'cross.out'), 'utf8'),
      run.summary,
    ].join('\n');
    expect(rest).toContain('::debug::');
    for (const secret of [...forbidden, ...masked]) expect(rest).not.toContain(secret);
    expect(rest).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });

  it('fails the step with a message and no stack trace on bad input', async () => {
    const run = await runBundle(
      {
        candidate: `${a.host}/app:1.0`,
        tag: 'x',
        registries: 'registries:\n  - name: a\n    domain: x\n    password: hunter2\n',
      },
      'bad',
    );
    expect(run.status).toBe(1);
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
    expect(error).toMatch(/the registries input line 4/);
    expect(run.stdout).not.toMatch(/\s+at .*\.js:\d+/);
    expect(run.stdout).not.toContain('hunter2');
  });
});
