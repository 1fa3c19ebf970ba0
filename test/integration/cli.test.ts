import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { getManifest, pushImage } from '../helpers/images.js';

// The bundled CLI, outside any GitHub environment: no GITHUB_* variable, no runner.
const bin = path.resolve('bin/image-actions.js');
let reg: TestRegistry;
let dir: string;
const password = 'cli-secret-password';

beforeAll(async () => {
  reg = await startRegistry({ auth: 'token', users: { ci: { password } } });
  dir = mkdtempSync(path.join(tmpdir(), 'cli-test-'));
  writeFileSync(
    path.join(dir, 'registries.yml'),
    `registries:\n  - name: main\n    domain: ${reg.host}\n    credentials: { username: ci, password: { env: MAIN_PASSWORD } }\n`,
  );
}, 60_000);

afterAll(async () => {
  await reg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: dir, MAIN_PASSWORD: password, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('image-actions CLI', () => {
  it('promotes outside GitHub, printing outputs as name=value lines', async () => {
    const image = await pushImage(reg, 'cli/app', '1.0', { layers: 1, layerSize: 500 });
    // The registries file is found at .github/registries.yml by default; here it is named.
    const run = await cli([
      'promote',
      '--registries-file',
      'registries.yml',
      '--candidate',
      `${reg.host}/cli/app:1.0`,
      '--tags',
      'a',
      '--tags',
      'b',
    ]);
    expect(run.status).toBe(0);
    const outputs = Object.fromEntries(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(outputs.digest).toBe(image.digest);
    expect(outputs.images).toBe(`${reg.host}/cli/app:a\\n${reg.host}/cli/app:b`);
    expect(run.stderr).toContain('Image promoted');
    expect(run.stderr + run.stdout).not.toContain(password);
    expect((await getManifest(reg, 'cli/app', 'b')).digest).toBe(image.digest);
  });

  it('prints JSON with --json', async () => {
    await pushImage(reg, 'cli/json', '1', { layers: 1, layerSize: 100 });
    const run = await cli([
      'promote',
      '--registries-file=registries.yml',
      '--candidate',
      `${reg.host}/cli/json:1`,
      '--tag',
      'x',
      '--json',
    ]);
    expect(run.status).toBe(0);
    const outputs = JSON.parse(run.stdout);
    expect(Object.keys(outputs).sort()).toEqual(['digest', 'image', 'images', 'stats']);
    expect(JSON.parse(outputs.stats).requests).toBe(4);
  });

  it('fails with the clear error, exit 1, and no stack trace', async () => {
    const run = await cli(
      [
        'promote',
        '--registries-file',
        'registries.yml',
        '--candidate',
        `${reg.host}/cli/app:1.0`,
        '--tag',
        'x',
      ],
      { MAIN_PASSWORD: '' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: .*MAIN_PASSWORD/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('lists the actions and their inputs', async () => {
    const run = await cli(['--help']);
    expect(run.status).toBe(0);
    for (const action of ['build', 'push', 'promote', 'report-image-info'])
      expect(run.stdout).toContain(action);
    const help = await cli(['report-image-info', '--help']);
    expect(help.stdout).toContain('--endpoint');
  });
});
