import type { BuildPlan } from '../../../src/builders/plan.js';

/** A plan with everything off: each table row turns on what it tests. */
export function plan(overrides: Partial<BuildPlan> = {}): BuildPlan {
  return {
    context: '/src/app',
    dockerfile: '/src/app/Dockerfile',
    buildArgs: {},
    noCache: false,
    platforms: [],
    labels: {},
    cacheFrom: [],
    cacheTo: [],
    secrets: [],
    ssh: [],
    annotations: [],
    tags: ['reg.example/acme/app:1.0'],
    authfile: '/tmp/s/pull/config.json',
    registriesConf: { file: '/tmp/s/registries.conf', insecure: [] },
    insecurePulls: [],
    iidfile: '/tmp/s/iid',
    metadataFile: '/tmp/s/metadata.json',
    ...overrides,
  };
}

export const PUSH = {
  registry: 'prod',
  host: 'reg.example',
  repository: 'acme/app',
  authfile: '/tmp/s/push/config.json',
  insecure: false,
  digestFiles: ['/tmp/s/digest-0', '/tmp/s/digest-1'],
};
