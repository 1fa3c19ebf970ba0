import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildahSandbox, type BuildahSandbox } from '../helpers/buildah.js';
import { getManifest } from '../helpers/images.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { makeTempDir, removeTempDir } from '../helpers/util.js';

// The committed bundles, run the way the runner runs them: INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STATE files, then the post step with the saved state as STATE_* variables.
const bundles = {
  build: path.resolve('actions/build/dist/index.js'),
  push: path.resolve('actions/push/dist/index.js'),
};
const PASSWORD = 'deployer-very-secret-7f3e';
let reg: TestRegistry;
let sandbox: BuildahSandbox;
let dir: string;
let runnerTemp: string;

beforeAll(async () => {
  [reg, sandbox, dir] = await Promise.all([
    startRegistry({ auth: 'htpasswd', users: { deployer: { password: PASSWORD } } }),
    buildahSandbox('bundle'),
    makeTempDir('build-action-'),
  ]);
  runnerTemp = path.join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  mkdirSync(path.join(dir, 'workspace'));
  writeFileSync(
    path.join(dir, 'workspace', 'Dockerfile'),
    'FROM scratch\nCOPY hello.txt /hello.txt\n',
  );
  writeFileSync(path.join(dir, 'workspace', 'hello.txt'), 'hello\n');
}, 60_000);

afterAll(async () => {
  await Promise.all([reg?.stop(), sandbox?.remove(), removeTempDir(dir)]);
});

/** `name<<delimiter` blocks, as the runner reads GITHUB_OUTPUT and GITHUB_STATE. */
function parseCommandFile(text: string): Record<string, string> {
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

async function runBundle(
  action: keyof typeof bundles,
  inputs: Record<string, string>,
  name: string,
  state: Record<string, string> = {},
) {
  const files = {
    output: path.join(dir, `${name}.out`),
    state: path.join(dir, `${name}.state`),
    summary: path.join(dir, `${name}.md`),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: path.join(dir, 'workspace'),
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: 'abcdef0123456789abcdef0123456789abcdef01',
    GITHUB_REF: 'refs/pull/17/merge',
    RUNNER_TEMP: runnerTemp,
    RUNNER_DEBUG: '1',
    DEPLOY_PASSWORD: PASSWORD,
    ...sandbox.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(state)) env[`STATE_${k}`] = v;
  const child = spawn(process.execPath, [bundles[action]], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return {
    status,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    state: parseCommandFile(readFileSync(files.state, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

const registries = () => `registries:
  - name: deploy
    domain: ${reg.host}
    default: true
    repository_prefix: acme
    credentials: { username: deployer, password: { env: DEPLOY_PASSWORD } }
`;

function expectNoSecret(run: Awaited<ReturnType<typeof runBundle>>): void {
  const basic = Buffer.from(`deployer:${PASSWORD}`).toString('base64');
  const masked = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length));
  expect(masked).toEqual(expect.arrayContaining([PASSWORD, basic]));
  const rest = [
    ...run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')),
    run.stderr,
    JSON.stringify(run.outputs),
    JSON.stringify(run.state),
    run.summary,
  ].join('\n');
  for (const secret of [PASSWORD, basic]) expect(rest).not.toContain(secret);
}

describe('the build and push actions as the runner runs them', () => {
  it('build: pushes, sets outputs, leaves state for the post step, and removes its auth files itself', async () => {
    const run = await runBundle(
      'build',
      { image_name: 'app', registries: registries(), builder: 'buildah' },
      'build',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // A pull request build: the default tag is pr-<n>.
    expect(run.outputs.image).toBe(`${reg.host}/acme/app:pr-17`);
    expect(run.outputs.digest).toBe((await getManifest(reg, 'acme/app', 'pr-17')).digest);
    expect(run.outputs.image_id).toMatch(/^sha256:/);
    expect(JSON.parse(run.outputs.metadata)).toMatchObject({
      builder: 'buildah',
      labels: { 'org.opencontainers.image.version': 'pr-17' },
    });
    expect(run.summary).toContain('### Image built and pushed');
    expect(run.state.isPost).toBe('true');
    expect(path.dirname(run.state.temp_dir)).toBe(runnerTemp);
    expect(existsSync(run.state.temp_dir)).toBe(false);
    expectNoSecret(run);
  });

  it('build post step: removes a step directory the main step could not', async () => {
    const left = path.join(runnerTemp, 'image-actions-leftover');
    mkdirSync(path.join(left, 'pull'), { recursive: true });
    writeFileSync(path.join(left, 'pull', 'config.json'), '{"auths":{}}');
    const run = await runBundle('build', {}, 'build-post', { isPost: 'true', temp_dir: left });
    expect(run.status).toBe(0);
    expect(existsSync(left)).toBe(false);
    expect(run.stdout).toContain(`Removed the temporary credentials left in ${left}`);
  });

  it('push: pushes the local image to another repository, then the post step has nothing left to do', async () => {
    const run = await runBundle(
      'push',
      {
        candidate: `${reg.host}/acme/app:pr-17`,
        image_name: 'released',
        tags: 'v1,latest',
        registries: registries(),
      },
      'push',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.outputs.images).toBe(
      `${reg.host}/acme/released:v1\n${reg.host}/acme/released:latest`,
    );
    expect(run.outputs.digest).toBe((await getManifest(reg, 'acme/released', 'latest')).digest);
    expect(run.stdout).toContain('Pushing the local buildah image');
    expect(existsSync(run.state.temp_dir)).toBe(false);
    expectNoSecret(run);
    const post = await runBundle('push', {}, 'push-post', run.state);
    expect(post.status).toBe(0);
  });

  it('fails the step with the message alone on bad input', async () => {
    const run = await runBundle('build', { image_name: 'App', registries: registries() }, 'bad');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error::Invalid image_name "App": repository names must be lowercase',
    );
    expect(run.stdout).not.toMatch(/\s+at .*\.js:\d+/);
  });

  it("fails on docker/build-push-action's input names, naming ours, before anything runs", async () => {
    const run = await runBundle(
      'build',
      { image_name: 'app', registries: registries(), 'build-args': 'A=1', context: '.' },
      'unknown-inputs',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error::Unknown inputs build-args (did you mean build_arguments?), context (did you mean working_directory?) for build',
    );
    expect(run.outputs).toEqual({});
  });
});
