import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promote } from '../../src/actions/promote/index.js';
import { reportImageInfo as report } from '../../src/actions/report-image-info/index.js';
import { listTags, pushImage } from '../helpers/images.js';
import { runWith } from '../helpers/io.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { makeTempDir, removeTempDir } from '../helpers/util.js';

// A refusal that another declared identity, or a registries file that was not found, explains:
// the error says what to set, not only "HTTP 401".
let shared: TestRegistry;
let locked: TestRegistry;
let empty: string;
const env = { STAGING_PW: 'staging-pw-1', PROD_PW: 'prod-pw-1' };

beforeAll(async () => {
  [shared, locked] = await Promise.all([
    startRegistry({
      auth: 'token',
      users: {
        staging: { password: env.STAGING_PW, repos: ['staging/'] },
        prod: { password: env.PROD_PW, repos: ['prod/'] },
      },
    }),
    startRegistry({ auth: 'htpasswd', users: { someone: { password: 'x-pw-123' } } }),
  ]);
  empty = await makeTempDir('no-registries-file-');
  await Promise.all([
    pushImage(shared, 'staging/app', '1', { seed: 'hint-staging' }),
    pushImage(locked, 'team/app', '1', { seed: 'hint-locked' }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([shared?.stop(), locked?.stop(), removeTempDir(empty)]);
});

const registries = () => `registries:
  - name: staging
    domain: ${shared.host}
    credentials: { username: staging, password: { env: STAGING_PW } }
  - name: prod
    domain: ${shared.host}
    primary: true
    credentials: { username: prod, password: { env: PROD_PW } }
`;

describe('refusals that say what to do', () => {
  it('a domain two integrations serve: the refusal names the other and registry_context', async () => {
    const io = await runWith(
      promote,
      { candidate: `${shared.host}/staging/app:1`, tag: 'copy', registries: registries() },
      env,
    );
    expect(io.failed).toMatch(/^prod: reading manifest staging\/app:1 failed: HTTP 401/);
    expect(io.failed).toContain(
      `; staging also serves ${shared.host}; set registry_context: staging (or registry_contexts) to pull with it`,
    );
    expect(await listTags(shared, 'staging/app')).toEqual(['1']);

    // As it says: with the context, it works.
    const fixed = await runWith(
      promote,
      {
        candidate: `${shared.host}/staging/app:1`,
        tag: 'copy',
        registry_context: 'staging',
        registries: registries(),
      },
      env,
    );
    expect(fixed.failed).toBeUndefined();
  });

  it('no registries file where one was looked for: the anonymous refusal says so', async () => {
    const io = await runWith(
      report,
      { image: `${locked.host}/team/app:1` },
      { GITHUB_WORKSPACE: empty, HOME: empty },
    );
    expect(io.failed).toMatch(/HTTP 401/);
    expect(io.failed).toContain(
      `no registries file at .github/registries.yml (cwd ${empty}): the request went anonymous`,
    );
  });
});
