import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Action } from '../../src/host/run.js';
import { startDockerEngine, type DockerEngine } from './docker-engine.js';
import type { MemoryIO } from './io.js';
import { visible } from './landed.js';
import { startRegistry, type TestRegistry } from './registry.js';
import { runStep, writeContext, type Run } from './steps.js';
import { makeTempDir, removeTempDir } from './util.js';

/**
 * What the docker-engine test files share: one engine for the file, and three registries.
 * `base` has several identities on one domain (its primary may read other/ only; ctx-user may
 * pull base/; pusher may push acme/; seed may do anything); `r2` is the password-protected
 * default push target with the prefix acme; `r3` another registry, by token.
 */
export interface EngineSuite {
  engine: DockerEngine;
  base: TestRegistry;
  r2: TestRegistry;
  r3: TestRegistry;
  /** Runs an action as a build step on this engine: `builder: docker`, the registries file. */
  step(action: Action, inputs: Record<string, string>, env?: NodeJS.ProcessEnv): Promise<Run>;
  /** A build context with this Dockerfile and files. */
  context(name: string, dockerfile: string, files?: Record<string, string>): Promise<string>;
  /** No password of the registries file in anything the step showed. */
  expectNoSecret(run: MemoryIO): void;
}

export const SUITE_SHA = 'fedcba9876543210fedcba9876543210fedcba98';

const PASSWORDS = {
  BASE_MAIN_PASS: 'main-pass-1f2e3d4c',
  BASE_STAGING_PASS: 'staging-pass-5b6a7988',
  BASE_PUSH_PASS: 'push-pass-0a9b8c7d',
  BASE_SEED_PASS: 'seed-pass-3a4b5c6d',
  R2_PASS: 'r2-pass-6e5f4a3b',
  R3_PASS: 'r3-pass-2c1d0e9f',
};

/** The identity on `base` that may write anything there: for seeding base images. */
export const SUITE_SEED = { username: 'seed', password: PASSWORDS.BASE_SEED_PASS };

/** Starts the engine and registries before the file's tests and stops them after. */
export function useEngineSuite(options: { containerdStore?: boolean } = {}): EngineSuite {
  let work = '';
  let runnerTemp = '';
  const suite = {} as EngineSuite;

  beforeAll(async () => {
    [suite.engine, suite.base, suite.r2, suite.r3, work, runnerTemp] = await Promise.all([
      startDockerEngine(options),
      startRegistry({
        auth: 'token',
        users: {
          'primary-user': { password: PASSWORDS.BASE_MAIN_PASS, repos: ['other/'] },
          'ctx-user': {
            password: PASSWORDS.BASE_STAGING_PASS,
            repos: ['base/'],
            actions: ['pull'],
          },
          pusher: { password: PASSWORDS.BASE_PUSH_PASS, repos: ['acme/'] },
          seed: { password: PASSWORDS.BASE_SEED_PASS },
        },
      }),
      startRegistry({ auth: 'htpasswd', users: { deployer: { password: PASSWORDS.R2_PASS } } }),
      startRegistry({
        auth: 'token',
        users: { r3user: { password: PASSWORDS.R3_PASS, repos: ['team/'] } },
      }),
      makeTempDir('engine-test-work-'),
      makeTempDir('engine-test-runner-temp-'),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([
      suite.engine?.stop(),
      suite.base?.stop(),
      suite.r2?.stop(),
      suite.r3?.stop(),
      work && removeTempDir(work),
      runnerTemp && removeTempDir(runnerTemp),
    ]);
  }, 60_000);

  const registries = () => {
    const { base, r2, r3 } = suite;
    const identity = (name: string, user: string, secret: string) =>
      `  - name: ${name}\n    domain: ${base.host}\n    credentials: { username: ${user}, password: { env: ${secret} } }\n`;
    return `registries:
  - name: base-main
    domain: ${base.host}
    primary: true
    credentials: { username: primary-user, password: { env: BASE_MAIN_PASS } }
${identity('base-staging', 'ctx-user', 'BASE_STAGING_PASS')}${identity('base-push', 'pusher', 'BASE_PUSH_PASS')}${identity('base-seed', 'seed', 'BASE_SEED_PASS')}  - name: r2
    domain: ${r2.host}
    default: true
    repository_prefix: acme
    credentials: { username: deployer, password: { env: R2_PASS } }
  - name: r3
    domain: ${r3.host}
    credentials: { username: r3user, password: { env: R3_PASS } }
`;
  };

  suite.step = (action, inputs, env = {}) =>
    runStep(
      action,
      { registries: registries(), builder: 'docker', ...inputs },
      {
        RUNNER_TEMP: runnerTemp,
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_SHA: SUITE_SHA,
        GITHUB_REF: 'refs/tags/v2.0.0-RC1',
        GITHUB_REF_NAME: 'v2.0.0-RC1',
        ...suite.engine.env,
        ...PASSWORDS,
        ...env,
      },
    );
  suite.context = (name, dockerfile, files = {}) => writeContext(work, name, dockerfile, files);
  suite.expectNoSecret = (run) => {
    const text = visible(run);
    for (const secret of Object.values(PASSWORDS)) expect(text).not.toContain(secret);
  };
  return suite;
}
