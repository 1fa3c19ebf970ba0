import { describe, expect, it } from '@jest/globals';
import {
  buildahBuildArgs,
  buildahCacheSources,
  buildahLimits,
  buildahCommands,
  buildahPushArgs,
} from '../../../src/builders/buildah.js';
import type { BuildPlan } from '../../../src/builders/plan.js';
import { plan, PUSH } from './fixtures.js';

// Every build reads its own registries.conf (short names on Docker Hub, plain HTTP where allowed).
const HEAD = [
  '--registries-conf',
  '/tmp/s/registries.conf',
  'build',
  '--authfile',
  '/tmp/s/pull/config.json',
];
const TAG = ['-t', 'reg.example/acme/app:1.0'];
const IID = ['--iidfile', '/tmp/s/iid', '/src/app'];

describe('buildah build arguments: plan in, arguments out', () => {
  const rows: [string, Partial<BuildPlan>, string[]][] = [
    [
      'the minimum: layers cached, one image per tag',
      {},
      [...HEAD, '--layers', '-f', '/src/app/Dockerfile', ...TAG, ...IID],
    ],
    [
      'one platform',
      { platforms: ['linux/arm64'] },
      [
        ...HEAD,
        '--layers',
        '-f',
        '/src/app/Dockerfile',
        '--platform',
        'linux/arm64',
        ...TAG,
        ...IID,
      ],
    ],
    [
      'secrets, ssh, a registry cache export and manifest annotations',
      {
        cacheTo: ['type=registry,ref=r.example/a:cache,mode=max', 'type=inline'],
        secrets: [
          { id: 'token', env: 'NPM_TOKEN' },
          { id: 'netrc', file: '/home/u/.netrc' },
        ],
        ssh: ['default'],
        annotations: ['org.example.a=1, 2', 'manifest:org.example.b=2', 'index:org.example.c=3'],
      },
      [
        ...HEAD,
        '--layers',
        '-f',
        '/src/app/Dockerfile',
        '--cache-to',
        'r.example/a',
        '--secret',
        'id=token,env=NPM_TOKEN',
        '--secret',
        'id=netrc,src=/home/u/.netrc',
        '--ssh',
        'default',
        '--annotation',
        'org.example.a=1, 2',
        '--annotation',
        'org.example.b=2',
        ...TAG,
        ...IID,
      ],
    ],
    [
      'two platforms: one manifest list, no layer cache, no single image ID',
      {
        platforms: ['linux/amd64', 'linux/arm64'],
        tags: ['r/a:1', 'r/a:2'],
        cacheFrom: ['r/a:cache'],
      },
      [
        ...HEAD,
        '-f',
        '/src/app/Dockerfile',
        '--platform',
        'linux/amd64,linux/arm64',
        '--manifest',
        'r/a:1',
        '/src/app',
      ],
    ],
    [
      'build arguments and labels',
      {
        buildArgs: { A: '1', B: 'two words' },
        labels: { 'org.opencontainers.image.version': '1.0' },
      },
      [
        ...HEAD,
        '--layers',
        '-f',
        '/src/app/Dockerfile',
        '--build-arg',
        'A=1',
        '--build-arg',
        'B=two words',
        '--label',
        'org.opencontainers.image.version=1.0',
        ...TAG,
        ...IID,
      ],
    ],
    [
      'cache sources: repositories of registry references only',
      {
        cacheFrom: [
          'type=registry,ref=reg.example/acme/app:buildcache',
          'reg.example/acme/cache',
          'type=gha',
        ],
      },
      [
        ...HEAD,
        '--layers',
        '-f',
        '/src/app/Dockerfile',
        '--cache-from',
        'reg.example/acme/app',
        '--cache-from',
        'reg.example/acme/cache',
        ...TAG,
        ...IID,
      ],
    ],
    [
      'target and no cache',
      { target: 'runtime', noCache: true },
      [
        ...HEAD,
        '--layers',
        '-f',
        '/src/app/Dockerfile',
        '--target',
        'runtime',
        '--no-cache',
        ...TAG,
        ...IID,
      ],
    ],
    [
      'every tag',
      { tags: ['r/a:1', 'r/a:latest'] },
      [...HEAD, '--layers', '-f', '/src/app/Dockerfile', '-t', 'r/a:1', '-t', 'r/a:latest', ...IID],
    ],
    [
      'plain HTTP pulls: the hosts are in the registries.conf, not in the arguments',
      { registriesConf: { file: '/tmp/s/registries.conf', insecure: ['127.0.0.1:5000'] } },
      [...HEAD, '--layers', '-f', '/src/app/Dockerfile', ...TAG, ...IID],
    ],
  ];
  it.each(rows)('%s', (_name, overrides, expected) => {
    expect(buildahBuildArgs(plan(overrides))).toEqual(expected);
  });
});

describe('buildah push arguments', () => {
  const base = {
    source: 'app:dev',
    destination: 'reg.example/acme/app:1',
    authfile: '/a/config.json',
    digestFile: '/d',
  };
  it.each([
    [
      'an image over TLS',
      { ...base, insecure: false, list: false },
      [
        'push',
        '--authfile',
        '/a/config.json',
        '--digestfile',
        '/d',
        'app:dev',
        'docker://reg.example/acme/app:1',
      ],
    ],
    [
      'an image over plain HTTP',
      { ...base, insecure: true, list: false },
      [
        'push',
        '--authfile',
        '/a/config.json',
        '--digestfile',
        '/d',
        '--tls-verify=false',
        'app:dev',
        'docker://reg.example/acme/app:1',
      ],
    ],
    [
      'a manifest list with all its images',
      { ...base, insecure: false, list: true },
      [
        'manifest',
        'push',
        '--all',
        '--authfile',
        '/a/config.json',
        '--digestfile',
        '/d',
        'app:dev',
        'docker://reg.example/acme/app:1',
      ],
    ],
  ])('%s', (_name, request, expected) => {
    expect(buildahPushArgs(request)).toEqual(expected);
  });
});

describe('buildah commands of a build', () => {
  it("builds with the pull auth file, then pushes each tag with the target's", () => {
    const tags = ['reg.example/acme/app:1.0', 'reg.example/acme/app:stable'];
    const commands = buildahCommands(plan({ tags, push: PUSH }));
    expect(commands.map((c) => [c.purpose, c.args])).toEqual([
      ['build', buildahBuildArgs(plan({ tags }))],
      [
        'push',
        [
          'push',
          '--authfile',
          '/tmp/s/push/config.json',
          '--digestfile',
          '/tmp/s/digest-0',
          tags[0],
          `docker://${tags[0]}`,
        ],
      ],
      [
        'push',
        [
          'push',
          '--authfile',
          '/tmp/s/push/config.json',
          '--digestfile',
          '/tmp/s/digest-1',
          tags[1],
          `docker://${tags[1]}`,
        ],
      ],
    ]);
    expect(commands.every((c) => c.program === 'buildah' && c.env === undefined)).toBe(true);
  });

  it('replaces the list an earlier build left, then pushes the new list, named by the first tag, to every tag', () => {
    const tags = ['r.example/a:1', 'r.example/a:2'];
    const multi = plan({
      tags,
      platforms: ['linux/amd64', 'linux/arm64'],
      push: { ...PUSH, insecure: true },
    });
    const commands = buildahCommands(multi);
    expect(commands.slice(0, 2).map((c) => [c.purpose, c.args])).toEqual([
      ['replace', ['manifest', 'rm', 'r.example/a:1']],
      ['build', buildahBuildArgs(multi)],
    ]);
    expect(commands.slice(2).map((c) => c.args)).toEqual([
      [
        'manifest',
        'push',
        '--all',
        '--authfile',
        '/tmp/s/push/config.json',
        '--digestfile',
        '/tmp/s/digest-0',
        '--tls-verify=false',
        tags[0],
        `docker://${tags[0]}`,
      ],
      [
        'manifest',
        'push',
        '--all',
        '--authfile',
        '/tmp/s/push/config.json',
        '--digestfile',
        '/tmp/s/digest-1',
        '--tls-verify=false',
        tags[0],
        `docker://${tags[1]}`,
      ],
    ]);
  });

  it('only builds with disable_push; a single image replaces nothing first', () => {
    expect(buildahCommands(plan()).map((c) => c.purpose)).toEqual(['build']);
    expect(
      buildahCommands(plan({ platforms: ['linux/amd64', 'linux/arm64'] })).map((c) => c.purpose),
    ).toEqual(['replace', 'build']);
  });
});

describe('cache_from for buildah', () => {
  it('keeps the repositories of registry references and names what it leaves out', () => {
    expect(
      buildahCacheSources([
        'type=registry,ref=r.example/a:cache',
        'r.example/b@sha256:' + 'a'.repeat(64),
        'localhost:5000/c',
        'type=gha,scope=x',
        'type=local,src=/tmp',
      ]),
    ).toEqual({
      sources: ['r.example/a', 'r.example/b', 'localhost:5000/c'],
      ignored: ['type=gha,scope=x', 'type=local,src=/tmp'],
    });
  });
});

describe('what buildah cannot do of a plan', () => {
  it('refuses provenance attestations, naming the input', () => {
    expect(() => buildahLimits(plan({ provenance: 'mode=max' }))).toThrow(
      'Input provenance: buildah cannot write provenance attestations (a BuildKit feature); remove provenance, set it to false, or use builder: docker',
    );
    expect(buildahLimits(plan({ provenance: 'false', sbom: 'false' }))).toEqual([]);
  });

  it('warns of an SBOM, cache exports other than a registry, and index annotations', () => {
    expect(
      buildahLimits(
        plan({
          sbom: 'true',
          cacheTo: ['type=inline', 'type=registry,ref=r.example/a:c'],
          annotations: ['index:k=v', 'k2=v2'],
        }),
      ),
    ).toEqual([
      'Input sbom: buildah 1.28 cannot generate an SBOM attestation; none is attached (use builder: docker, or attach one with syft and cosign or oras)',
      'Input cache_to: buildah exports cache to registry repositories only; type=inline left out',
      'Input annotations: buildah annotates image manifests only; index:k=v left out',
    ]);
  });
});
