import { describe, expect, it } from '@jest/globals';
import {
  buildFailure,
  failingInstruction,
  pushFailure,
  registryReason,
} from '../../../src/builders/failure.js';

const BUILDAH = [
  'STEP 1/4: FROM 127.0.0.1:5000/base:1',
  'STEP 2/4: RUN echo one',
  'one',
  'STEP 3/4: RUN make && false',
  'make: nothing to do',
  'subprocess exited with status 1',
  'Error: building at STEP "RUN make && false": exit status 1',
];

const BUILDX = [
  '#5 [2/3] RUN echo one',
  '#5 DONE 0.2s',
  '#6 [3/3] RUN make && false',
  '#6 0.301 make: nothing to do',
  '#6 ERROR: process "/bin/sh -c make && false" did not complete successfully: exit code: 1',
  '------',
  ' > [3/3] RUN make && false:',
  '0.301 make: nothing to do',
  '------',
  'Dockerfile:3',
  'ERROR: failed to solve: process "/bin/sh -c make && false" did not complete successfully: exit code: 1',
];

describe('the instruction a build failed at', () => {
  it.each([
    ['buildah', BUILDAH, 'RUN make && false'],
    [
      'buildah, multi-stage',
      [
        '[1/2] STEP 1/2: FROM alpine AS b',
        '[1/2] STEP 2/2: RUN false',
        'Error: building at STEP "RUN false": exit status 1',
      ],
      'RUN false',
    ],
    [
      'buildah, a pull that fails',
      [
        'STEP 1/3: FROM r.example/base:1',
        'Trying to pull r.example/base:1...',
        'Error: creating build container: initializing source: denied',
      ],
      'FROM r.example/base:1',
    ],
    ['docker buildx', BUILDX, 'RUN make && false'],
    ['docker buildx, cut short', BUILDX.slice(0, 4), 'RUN make && false'],
    [
      'docker buildx, a push during the build that fails (real buildx 0.13 output)',
      [
        '#4 [1/1] COPY app.txt /app.txt',
        '#4 DONE 0.0s',
        '#6 pushing 127.0.0.1:43659/acme/denied:v1 with docker',
        '#6 ERROR: unauthorized: authentication required',
        '------',
        ' > pushing 127.0.0.1:43659/acme/denied:v1 with docker:',
        '------',
        'ERROR: unauthorized: authentication required',
      ],
      'pushing 127.0.0.1:43659/acme/denied:v1 with docker',
    ],
    ['nothing to tell', ['Error: no such file'], undefined],
  ])('%s', (_name, lines, instruction) => {
    expect(failingInstruction(lines)).toBe(instruction);
  });

  it('is named in the error with the tail of the output', () => {
    const lines = [...Array.from({ length: 40 }, (_, i) => `noise ${i}`), ...BUILDAH];
    const error = buildFailure('buildah', 1, lines);
    expect(error.message).toMatch(
      /^The build \(buildah\) failed at RUN make && false \(exit code 1\)\. Last lines of its output:\n/,
    );
    expect(error.message).toContain('  make: nothing to do');
    expect(error.message).not.toContain('noise 10');
    expect(error.message.split('\n')).toHaveLength(26);
  });
});

describe('what a registry said about a refused push', () => {
  it("is buildah's closing error with the registry's codes", () => {
    expect(
      registryReason([
        'Copying blob sha256:5f49',
        'Error: pushing image "r/app:x" to "docker://r/app:x": checking whether a blob exists in r/app: errors:',
        'denied: requested access to the resource is denied',
        '',
      ]),
    ).toBe(
      'pushing image "r/app:x" to "docker://r/app:x": checking whether a blob exists in r/app: errors: denied: requested access to the resource is denied',
    );
  });

  it("is docker push's last word", () => {
    expect(
      registryReason([
        'The push refers to repository [r/app]',
        'abc: Preparing',
        'unauthorized: authentication required',
      ]),
    ).toBe('unauthorized: authentication required');
  });

  it('names the registry, the host and the repository', () => {
    const error = pushFailure(
      'docker',
      { registry: 'prod', host: 'r.example', repository: 'acme/app' },
      'r.example/acme/app:1',
      1,
      ['denied: requested access to the resource is denied'],
    );
    expect(error.message).toBe(
      'Push of r.example/acme/app:1 to prod failed (registry r.example, repository acme/app; docker exit code 1): denied: requested access to the resource is denied (check that the credentials of prod may push to acme/app)',
    );
  });
});
