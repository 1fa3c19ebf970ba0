import { describe, expect, it } from '@jest/globals';
import { availableBuilders, detectBuilder, type Probe } from '../../../src/builders/detect.js';
import type { BuilderChoice, BuilderKind } from '../../../src/builders/types.js';

/** A machine where the listed commands answer. */
function machine(...answering: string[]): Probe {
  return async (program, args) => answering.includes([program, ...args].join(' '));
}

const DOCKER = ['docker info', 'docker buildx version'];

describe('picking a builder', () => {
  const picks: [string, BuilderChoice, Probe, BuilderKind][] = [
    [
      'auto: docker when its engine answers',
      'auto',
      machine(...DOCKER, 'buildah --version'),
      'docker',
    ],
    ['auto: buildah when no engine answers', 'auto', machine('buildah --version'), 'buildah'],
    [
      'auto: buildah when docker has no buildx',
      'auto',
      machine('docker info', 'buildah --version'),
      'buildah',
    ],
    [
      'buildah asked for, docker there too',
      'buildah',
      machine(...DOCKER, 'buildah --version'),
      'buildah',
    ],
    ['docker asked for', 'docker', machine(...DOCKER), 'docker'],
  ];
  it.each(picks)('%s', async (_name, choice, probe, kind) => {
    expect((await detectBuilder(choice, {}, probe)).kind).toBe(kind);
  });

  const failures: [string, BuilderChoice, Probe, RegExp][] = [
    [
      'auto with neither',
      'auto',
      machine(),
      /^No image builder found: .*install buildah \(apt-get install buildah\), or Docker with buildx/,
    ],
    [
      'docker without an engine',
      'docker',
      machine('buildah --version'),
      /^Input builder: docker was asked for, but no Docker engine answers `docker info`/,
    ],
    [
      'docker without buildx',
      'docker',
      machine('docker info'),
      /^Input builder: docker was asked for, but the buildx plugin is missing/,
    ],
    [
      'buildah not installed',
      'buildah',
      machine(...DOCKER),
      /^Input builder: buildah was asked for, .*install buildah/,
    ],
  ];
  it.each(failures)('fails saying what to install: %s', async (_name, choice, probe, message) => {
    await expect(detectBuilder(choice, {}, probe)).rejects.toThrow(message);
  });

  it('lists every usable builder, docker first, for finding a local candidate', async () => {
    expect(
      (await availableBuilders({}, machine(...DOCKER, 'buildah --version'))).map((b) => b.kind),
    ).toEqual(['docker', 'buildah']);
    expect(
      (await availableBuilders({}, machine('docker info', 'buildah --version'))).map((b) => b.kind),
    ).toEqual(['buildah']);
    expect(await availableBuilders({}, machine())).toEqual([]);
  });
});
