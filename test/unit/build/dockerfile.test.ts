import { describe, expect, it } from '@jest/globals';
import { pulledImages } from '../../../src/build/dockerfile.js';

describe('the images a Dockerfile pulls', () => {
  it.each([
    [
      'one FROM',
      'FROM gcr.io/acme/base:1\nRUN true\n',
      {},
      { images: ['gcr.io/acme/base:1'], complete: true },
    ],
    ['scratch pulls nothing', 'FROM scratch\nCOPY x /x\n', {}, { images: [], complete: true }],
    [
      'stages, --platform, and COPY --from a stage or an image',
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN go build\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\nCOPY --from=ghcr.io/acme/tools:2 /bin/t /bin/t\nCOPY --from=0 /x /x\n',
      {},
      {
        images: ['golang:1.22', 'gcr.io/distroless/static', 'ghcr.io/acme/tools:2'],
        complete: true,
      },
    ],
    [
      'a FROM of an earlier stage, any case',
      'FROM alpine AS Base\nFROM base\n',
      {},
      { images: ['alpine'], complete: true },
    ],
    [
      'global ARGs with defaults',
      'ARG REG=quay.io\nARG TAG="3.19"\nFROM ${REG}/acme/base:$TAG\n',
      {},
      { images: ['quay.io/acme/base:3.19'], complete: true },
    ],
    [
      'build arguments over ARG defaults',
      'ARG BASE=alpine\nFROM $BASE\n',
      { BASE: 'ghcr.io/acme/base:1' },
      { images: ['ghcr.io/acme/base:1'], complete: true },
    ],
    [
      '${X:-default}',
      'ARG X\nFROM ${X:-debian:12}\n',
      {},
      { images: ['debian:12'], complete: true },
    ],
    [
      'an ARG without a value: unknown',
      'ARG BASE\nFROM $BASE\n',
      {},
      { images: [], complete: false },
    ],
    [
      'continuation lines and comments',
      '# syntax=docker/dockerfile:1\nFROM \\\n  ghcr.io/acme/base:1 \\\n  AS b\n# FROM not/this\nRUN --mount=type=cache,target=/c \\\n    --mount=type=bind,from=ghcr.io/acme/src:1,target=/s true\n',
      {},
      { images: ['ghcr.io/acme/base:1', 'ghcr.io/acme/src:1'], complete: true },
    ],
    [
      'lowercase instructions',
      'from alpine:3\ncopy --from=busybox /bin/busybox /b\n',
      {},
      { images: ['alpine:3', 'busybox'], complete: true },
    ],
  ])('%s', (_name, text, args, expected) => {
    expect(pulledImages(text, args)).toEqual(expected);
  });
});
