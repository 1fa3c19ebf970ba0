import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { login, logout } from '../../src/actions/login/index.js';
import { runAction } from '../../src/host/run.js';
import { buildahSandbox, pushBusyboxBase } from '../helpers/buildah.js';
import { startDockerEngine, type DockerEngine } from '../helpers/docker-engine.js';
import { memoryIO } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { dockerCli } from '../helpers/tools.js';
import { makeTempDir, removeTempDir, run } from '../helpers/util.js';

// The "freestyle step" of the Codefresh guide: after login, a plain `docker pull` in a later step
// of the job pulls a private image with the identity the registries file declares for its domain.

let engine: DockerEngine;
let reg: TestRegistry;
let temp: string;
const env = { STAGING_PW: 'staging-docker-pw-1', PROD_PW: 'prod-docker-pw-1' };

beforeAll(async () => {
  [engine, reg, temp] = await Promise.all([
    startDockerEngine(),
    startRegistry({
      auth: 'token',
      users: {
        staging: { password: env.STAGING_PW, repos: ['staging/'] },
        prod: { password: env.PROD_PW, repos: ['prod/'] },
        seed: { password: 'seed-docker-pw-1' },
      },
    }),
    makeTempDir('login-docker-'),
  ]);
  for (const repo of ['staging/tool', 'prod/tool']) {
    const seed = await buildahSandbox(`login-docker-${repo.replace('/', '-')}`);
    try {
      await pushBusyboxBase(seed, `${reg.host}/${repo}:1`, {
        username: 'seed',
        password: 'seed-docker-pw-1',
      });
    } finally {
      await seed.remove();
    }
  }
}, 180_000);

afterAll(async () => {
  await Promise.all([engine?.stop(), reg?.stop(), removeTempDir(temp)]);
});

describe('login, then docker in a later step', () => {
  it('docker pull uses the chosen identity per domain, keeps the job’s CLI plugins, and the post step cleans up', async () => {
    const registries = `registries:
  - name: staging
    domain: ${reg.host}
    credentials: { username: staging, password: { env: STAGING_PW } }
  - name: prod
    domain: ${reg.host}
    primary: true
    credentials: { username: prod, password: { env: PROD_PW } }
`;
    const state = new Map<string, string>();
    // The job's own Docker config: the engine's, with the buildx plugin under cli-plugins/.
    const io = memoryIO(
      { registries, registry_contexts: 'staging' },
      { ...env, DOCKER_CONFIG: engine.env.DOCKER_CONFIG, RUNNER_TEMP: temp },
      state,
    );
    expect(await runAction(login, io)).toBe(true);
    const later = { ...process.env, ...engine.env, DOCKER_CONFIG: io.exported.DOCKER_CONFIG };

    const pulled = await run(dockerCli(), ['pull', `${reg.host}/staging/tool:1`], { env: later });
    expect(pulled).toMatch(/Downloaded newer image|Image is up to date/);
    // The staging robot's identity, as registry_contexts chose: prod's repositories are not its.
    await expect(
      run(dockerCli(), ['pull', `${reg.host}/prod/tool:1`], { env: later }),
    ).rejects.toThrow(/denied|unauthorized|authentication required/i);
    // What the job's config folder held still works with the new one.
    expect(await run(dockerCli(), ['buildx', 'version'], { env: later })).toMatch(/buildx/);

    const post = memoryIO({}, {}, state);
    expect(await runAction(logout, post)).toBe(true);
    expect(existsSync(path.join(io.exported.DOCKER_CONFIG, 'config.json'))).toBe(false);
    // Only login's own files went: the job's config folder is untouched.
    expect(existsSync(path.join(engine.env.DOCKER_CONFIG, 'cli-plugins'))).toBe(true);
  }, 120_000);
});
