import { describe, expect, it } from '@jest/globals';
import {
  buildxConfigDir,
  buildxDriver,
  dockerBuildArgs,
  dockerBuildRun,
  dockerImageId,
  dockerImageIds,
  dockerOutput,
  dockerPushCommands,
  imageStoreOf,
  transientPushFailure,
  type DockerOutput,
  type ImageStore,
} from '../../../src/builders/docker.js';
import type { BuildPlan } from '../../../src/builders/plan.js';
import { plan, PUSH } from './fixtures.js';

const TAIL = ['--iidfile', '/tmp/s/iid', '--metadata-file', '/tmp/s/metadata.json'];

describe('docker buildx build arguments: plan in, arguments out', () => {
  const rows: [string, Partial<BuildPlan>, DockerOutput, string[]][] = [
    [
      'the minimum, loaded into the engine',
      {},
      'load',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--load',
        '/src/app',
      ],
    ],
    [
      'pushed',
      {},
      'push',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--push',
        '/src/app',
      ],
    ],
    [
      'two platforms, one flag',
      { platforms: ['linux/amd64', 'linux/arm64'] },
      'push',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '--platform',
        'linux/amd64,linux/arm64',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--push',
        '/src/app',
      ],
    ],
    [
      'build arguments in order, values kept whole',
      { buildArgs: { B: '2', A: 'x=y, z' } },
      'load',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '--build-arg',
        'B=2',
        '--build-arg',
        'A=x=y, z',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--load',
        '/src/app',
      ],
    ],
    [
      'labels',
      { labels: { 'org.opencontainers.image.revision': 'abc', team: 'a b' } },
      'load',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '--label',
        'org.opencontainers.image.revision=abc',
        '--label',
        'team=a b',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--load',
        '/src/app',
      ],
    ],
    [
      'cache sources as given',
      { cacheFrom: ['type=registry,ref=reg.example/acme/app:cache', 'type=gha'] },
      'push',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '--cache-from',
        'type=registry,ref=reg.example/acme/app:cache',
        '--cache-from',
        'type=gha',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--push',
        '/src/app',
      ],
    ],
    [
      'cache exports, secrets, ssh, attestations and annotations, in their own flags',
      {
        cacheTo: ['type=registry,ref=reg.example/acme/app:cache,mode=max', 'type=inline'],
        secrets: [
          { id: 'token', env: 'NPM_TOKEN' },
          { id: 'netrc', file: '/home/u/.netrc' },
        ],
        ssh: ['default', 'github=/home/u/.ssh/id_ed25519'],
        provenance: 'mode=max',
        sbom: 'false',
        annotations: ['org.opencontainers.image.vendor=Acme, Inc.', 'index:com.example.kind=app'],
      },
      'push',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '--cache-to',
        'type=registry,ref=reg.example/acme/app:cache,mode=max',
        '--cache-to',
        'type=inline',
        '--secret',
        'id=token,env=NPM_TOKEN',
        '--secret',
        'id=netrc,src=/home/u/.netrc',
        '--ssh',
        'default',
        '--ssh',
        'github=/home/u/.ssh/id_ed25519',
        '--provenance=mode=max',
        '--sbom=false',
        '--annotation',
        'org.opencontainers.image.vendor=Acme, Inc.',
        '--annotation',
        'index:com.example.kind=app',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--push',
        '/src/app',
      ],
    ],
    [
      'target and no cache',
      { target: 'runtime', noCache: true },
      'load',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '--target',
        'runtime',
        '--no-cache',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--load',
        '/src/app',
      ],
    ],
    [
      'every tag',
      { tags: ['r/a:1', 'r/a:latest'] },
      'push',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '-t',
        'r/a:1',
        '-t',
        'r/a:latest',
        ...TAIL,
        '--push',
        '/src/app',
      ],
    ],
    [
      'pushed to an insecure: true registry: the exporter is told to use plain HTTP',
      { push: { ...PUSH, host: 'lab.example:8443', insecure: true } },
      'push',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--output',
        'type=image,push=true,registry.insecure=true',
        '/src/app',
      ],
    ],
    [
      'pushed to a loopback registry: plain HTTP already, a plain --push',
      { push: { ...PUSH, host: '127.0.0.1:5000', insecure: true } },
      'push',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--push',
        '/src/app',
      ],
    ],
    [
      'several platforms, nothing pushed: neither --load nor --push',
      { platforms: ['linux/amd64', 'linux/arm64'] },
      'cache',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/app/Dockerfile',
        '--platform',
        'linux/amd64,linux/arm64',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '/src/app',
      ],
    ],
    [
      'a Dockerfile outside the context, a path with spaces',
      { dockerfile: '/src/docker/My File', context: '/src/my app' },
      'load',
      [
        'buildx',
        'build',
        '--progress=plain',
        '-f',
        '/src/docker/My File',
        '-t',
        'reg.example/acme/app:1.0',
        ...TAIL,
        '--load',
        '/src/my app',
      ],
    ],
  ];
  it.each(rows)('%s', (_name, overrides, output, expected) => {
    expect(dockerBuildArgs(plan(overrides), output)).toEqual(expected);
  });
});

describe('where a docker build puts its result', () => {
  const SHARED = { ...PUSH, sharedAuthfile: '/tmp/s/shared/config.json' };
  const TWO = ['linux/amd64', 'linux/arm64'];
  it.each([
    ['one identity per domain: pushed during the build', { push: SHARED }, 'push'],
    ['one identity per domain, two platforms', { push: SHARED, platforms: TWO }, 'push'],
    ['two identities on the push domain: loaded, then docker push', { push: PUSH }, 'load'],
    ['disable_push, one platform: loaded', {}, 'load'],
    ['disable_push, a platform given: loaded', { platforms: ['linux/arm64'] }, 'load'],
    ['disable_push, two platforms: the build cache only', { platforms: TWO }, 'cache'],
  ] as [string, Partial<BuildPlan>, DockerOutput][])('%s', (_name, overrides, expected) => {
    expect(dockerOutput(plan(overrides))).toBe(expected);
  });

  it('loads two platforms with disable_push into a containerd image store, which holds them', () => {
    expect(dockerOutput(plan({ platforms: TWO }), 'containerd')).toBe('load');
    expect(dockerOutput(plan({ platforms: TWO, push: SHARED }), 'containerd')).toBe('push');
  });

  it("reads the builder's driver from docker buildx inspect", () => {
    expect(
      buildxDriver(['Name:   default', 'Driver: docker', '', 'Nodes:', 'Name:      default']),
    ).toBe('docker');
    expect(buildxDriver(['Name: ci', 'Driver:        docker-container'])).toBe('docker-container');
    expect(buildxDriver(['nothing'])).toBeUndefined();
  });

  it('tells the store by the snapshotter docker info names', () => {
    expect(imageStoreOf('[["driver-type","io.containerd.snapshotter.v1"]]')).toBe('containerd');
    expect(imageStoreOf('[["Backing Filesystem","extfs"],["Supports d_type","true"]]')).toBe(
      'classic',
    );
  });

  it.each([
    ['classic, one platform: the config digest buildx names', 'classic', 1, 'sha256:cfg'],
    ['containerd store: none (buildx names an index there)', 'containerd', 1, ''],
    ['several platforms: none', 'classic', 2, ''],
  ] as [string, ImageStore, number, string][])('image ID, %s', (_n, store, platforms, id) => {
    const metadata = { 'containerimage.config.digest': 'sha256:cfg' };
    expect(dockerImageId(metadata, 'sha256:iid', { store, platforms })).toBe(id);
  });
});

describe('docker commands of a build', () => {
  const env = (dir: string) => ({ DOCKER_CONFIG: dir, BUILDX_CONFIG: '/home/u/.docker/buildx' });
  const dockerCommands = (p: BuildPlan, buildxConfig: string) =>
    dockerBuildRun(p, buildxConfig).commands;

  it('pushes during the build when pulls and push share one auth file', () => {
    const commands = dockerCommands(
      plan({ push: { ...PUSH, sharedAuthfile: '/tmp/s/shared/config.json' } }),
      '/home/u/.docker/buildx',
    );
    expect(commands).toEqual([
      {
        program: 'docker',
        args: dockerBuildArgs(plan(), 'push'),
        env: env('/tmp/s/shared'),
        purpose: 'build',
      },
    ]);
  });

  it("loads with the pull identities, then pushes each tag with the target's, when a domain needs two", () => {
    const tags = ['reg.example/acme/app:1.0', 'reg.example/acme/app:stable'];
    const commands = dockerCommands(plan({ tags, push: PUSH }), '/home/u/.docker/buildx');
    expect(commands).toEqual([
      {
        program: 'docker',
        args: dockerBuildArgs(plan({ tags }), 'load'),
        env: env('/tmp/s/pull'),
        purpose: 'build',
      },
      {
        program: 'docker',
        args: ['push', tags[0]],
        env: env('/tmp/s/push'),
        purpose: 'push',
        destination: tags[0],
      },
      {
        program: 'docker',
        args: ['push', tags[1]],
        env: env('/tmp/s/push'),
        purpose: 'push',
        destination: tags[1],
      },
    ]);
  });

  it('only loads with disable_push', () => {
    expect(dockerCommands(plan(), '/b')).toEqual([
      {
        program: 'docker',
        args: dockerBuildArgs(plan(), 'load'),
        env: { DOCKER_CONFIG: '/tmp/s/pull', BUILDX_CONFIG: '/b' },
        purpose: 'build',
      },
    ]);
  });

  it('builds two platforms with disable_push into the build cache, loading nothing', () => {
    const multi = plan({ platforms: ['linux/amd64', 'linux/arm64'] });
    const commands = dockerCommands(multi, '/b');
    expect(commands.map((c) => c.args)).toEqual([dockerBuildArgs(multi, 'cache')]);
    expect(commands[0].args).not.toContain('--load');
    expect(commands[0].args).not.toContain('--push');
  });

  const conflict =
    'reg.example is pulled as staging (input registry_contexts) and pushed to as prod (input registry)';

  it('refuses a multi-platform build that would need two identities on one domain, saying who picked them', () => {
    expect(() =>
      dockerCommands(
        plan({ platforms: ['linux/amd64', 'linux/arm64'], push: { ...PUSH, conflict } }),
        '/b',
      ),
    ).toThrow(
      `builder docker: a multi-platform build must push while it builds, with one identity per registry (the engine's classic image store holds one platform per image), but ${conflict}; use builder: buildah, an engine with the containerd image store, or let one identity both pull from and push to reg.example`,
    );
  });

  it('tells where the result goes, once, with the commands', () => {
    expect(dockerBuildRun(plan(), '/b').output).toBe('load');
    expect(dockerBuildRun(plan({ platforms: ['linux/amd64', 'linux/arm64'] }), '/b').output).toBe(
      'cache',
    );
    const shared = { ...PUSH, sharedAuthfile: '/tmp/s/shared/config.json' };
    expect(dockerBuildRun(plan({ push: shared }), '/b').output).toBe('push');
    expect(dockerBuildRun(plan({ push: PUSH }), '/b').output).toBe('load');
  });

  it('loads and pushes to an insecure target that only docker push can reach, saying what the engine needs', () => {
    const push = { ...PUSH, host: 'lab.example:8443', insecure: true, conflict };
    const run = dockerBuildRun(plan({ push }), '/b');
    expect(run.commands.map((c) => c.args.slice(0, 2))).toEqual([
      ['buildx', 'build'],
      ['push', 'reg.example/acme/app:1.0'],
    ]);
    expect(run.warnings).toEqual([
      'docker push: prod (lab.example:8443) is reached over plain HTTP (insecure: true), which docker push takes from the Docker engine, never from one command: the engine\'s daemon.json must list lab.example:8443 in "insecure-registries"; otherwise the push fails with a TLS error. Or use builder: buildah',
    ]);
    // A loopback target is plain HTTP to the engine anyway: loaded, then pushed, nothing to say.
    const loopback = { ...PUSH, host: '127.0.0.1:5000', insecure: true, conflict };
    const local = dockerBuildRun(plan({ push: loopback }), '/b');
    expect(local.commands.map((c) => c.purpose)).toEqual(['build', 'push']);
    expect(local.warnings).toEqual([]);
    // Pushed during the build, the exporter is told (registry.insecure=true): nothing to say.
    const shared = { ...push, conflict: undefined, sharedAuthfile: '/tmp/s/shared/config.json' };
    expect(dockerBuildRun(plan({ push: shared }), '/b').warnings).toEqual([]);
  });

  it('builds what pulls from an insecure registry, saying what the engine or builder needs', () => {
    const run = dockerBuildRun(
      plan({ insecurePulls: ['lab.example:8443', 'lab2.example'], push: PUSH }),
      '/b',
    );
    expect(run.commands.map((c) => c.purpose)).toEqual(['build', 'push']);
    expect(run.warnings).toEqual([
      'docker buildx: this build pulls from lab.example:8443, lab2.example over plain HTTP (insecure: true), which buildx takes from its builder, never from one build\'s options: with buildx\'s default docker driver, the Docker engine\'s daemon.json must list lab.example:8443, lab2.example in "insecure-registries"; with a docker-container builder, its buildkitd.toml must have [registry."lab.example:8443"] http = true and [registry."lab2.example"] http = true; otherwise those pulls fail with a TLS error. Or use builder: buildah',
    ]);
    expect(dockerBuildRun(plan(), '/b').warnings).toEqual([]);
  });

  it("pushes a local image: tag, then push with the target's credentials", () => {
    const request = {
      source: 'app:dev',
      destination: 'reg.example/acme/app:1',
      target: PUSH,
      authfile: '/tmp/s/push/config.json',
      insecure: false,
      list: false,
      digestFile: '/tmp/s/d',
    };
    expect(dockerPushCommands(request, '/b')).toEqual([
      {
        program: 'docker',
        args: ['tag', 'app:dev', 'reg.example/acme/app:1'],
        env: { DOCKER_CONFIG: '/tmp/s/push', BUILDX_CONFIG: '/b' },
        purpose: 'push',
        destination: 'reg.example/acme/app:1',
      },
      {
        program: 'docker',
        args: ['push', 'reg.example/acme/app:1'],
        env: { DOCKER_CONFIG: '/tmp/s/push', BUILDX_CONFIG: '/b' },
        purpose: 'push',
        destination: 'reg.example/acme/app:1',
      },
    ]);
  });

  it('reads the image ID and the repository digests that identify a local image', () => {
    const id = `sha256:${'1'.repeat(64)}`;
    const pulled = `sha256:${'2'.repeat(64)}`;
    expect(dockerImageIds(`"${id}" ["r.example/a@${pulled}","r.example/b@${pulled}"]`)).toEqual([
      id,
      pulled,
    ]);
    expect(dockerImageIds(`"${id}" []`)).toEqual([id]);
  });

  it('keeps buildx builder instances where the user has them', () => {
    expect(buildxConfigDir({ BUILDX_CONFIG: '/x' })).toBe('/x');
    expect(buildxConfigDir({ DOCKER_CONFIG: '/cfg' })).toBe('/cfg/buildx');
    expect(buildxConfigDir({ HOME: '/home/u' })).toBe('/home/u/.docker/buildx');
  });
});

// A registry's passing 5xx during `docker push` is tried again (DESIGN §6); nothing else is.
describe('transientPushFailure', () => {
  it.each([
    [
      'ERROR: unexpected status from HEAD request to http://127.0.0.1:5000/v2/a/manifests/1: 500 Internal Server Error',
      'HTTP 500 Internal Server Error',
    ],
    [
      '#8 ERROR: unexpected status from HEAD request to http://127.0.0.1:5000/v2/a/manifests/latest: 500 Internal Server Error',
      'HTTP 500 Internal Server Error',
    ],
    ['received unexpected HTTP status: 503 Service Unavailable', 'HTTP 503 Service Unavailable'],
    ['error parsing HTTP 502 Bad Gateway response body', 'HTTP 502 Bad Gateway'],
  ])('%s', (line, said) => {
    expect(transientPushFailure(['#8 pushing layer x done', line])).toBe(said);
  });

  it('not a build step that met a 5xx fetching something, nothing pushed', () => {
    expect(
      transientPushFailure([
        '#4 [internal] load metadata for 127.0.0.1:5000/base:1',
        'ERROR: failed to resolve source metadata: 500 Internal Server Error',
      ]),
    ).toBeUndefined();
  });

  it.each([
    'unauthorized: authentication required',
    'denied: requested access to the resource is denied',
    'ERROR: unexpected status from HEAD request: 401 Unauthorized',
    'http: server gave HTTP response to HTTPS client',
  ])('not: %s', (line) => {
    expect(
      transientPushFailure(['#8 pushing 127.0.0.1:5000/a:1 with docker', line]),
    ).toBeUndefined();
  });
});
