import { describe, expect, it } from '@jest/globals';
import { pulledImages, syntaxImage } from '../../../src/builders/dockerfile.js';

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
      'heredoc bodies are no instructions, whatever their lines start with',
      'FROM alpine\nRUN <<EOF\nFROM evil.example/not-pulled\nCOPY --from=evil.example/nor-this /x /x\nEOF\nCOPY <<-"END" /etc/motd\n\tFROM tabbed.example/no\n\tEND\nFROM gcr.io/acme/real:1\n',
      {},
      { images: ['alpine', 'gcr.io/acme/real:1'], complete: true },
    ],
    [
      'two heredocs on one instruction, each to its own terminator',
      "FROM alpine\nCOPY <<ONE <<'TWO' /dest/\nFROM a.example/x\nONE\nFROM b.example/y\nTWO\nCOPY --from=ghcr.io/acme/tools:2 /t /t\n",
      {},
      { images: ['alpine', 'ghcr.io/acme/tools:2'], complete: true },
    ],
    [
      'the escape directive: a backtick continues a line, a backslash does not',
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 `\n  AS base\nCOPY C:\\src\\ C:\\app\\\nFROM base\n',
      {},
      { images: ['mcr.microsoft.com/windows/servercore:ltsc2022'], complete: true },
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
      {
        images: ['docker/dockerfile:1', 'ghcr.io/acme/base:1', 'ghcr.io/acme/src:1'],
        complete: true,
      },
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

describe('the frontend image a syntax directive names', () => {
  it.each([
    ['the usual directive', '# syntax=docker/dockerfile:1\nFROM alpine\n', 'docker/dockerfile:1'],
    [
      'a key in any case, spaces around',
      '#SYNTAX = r.example/fe:1.7 \r\nFROM a\n',
      'r.example/fe:1.7',
    ],
    [
      'after other directives',
      '# escape=`\n# check=skip=all\n# syntax=r.example/fe:2\n',
      'r.example/fe:2',
    ],
    ['options after the image', '# syntax=r.example/fe:2 --opt=x\n', 'r.example/fe:2'],
    [
      'after a shebang line',
      '#!/usr/bin/env buildctl\n# syntax=r.example/fe:2\n',
      'r.example/fe:2',
    ],
    ['after a byte order mark', '\uFEFF# syntax=r.example/fe:2\n', 'r.example/fe:2'],
    ['none', 'FROM alpine\n', undefined],
    ['after an instruction: a comment', 'FROM alpine\n# syntax=r.example/fe:2\n', undefined],
    ['after a blank line: a comment', '\n# syntax=r.example/fe:2\nFROM a\n', undefined],
    ['after a plain comment', '# my image\n# syntax=r.example/fe:2\n', undefined],
    ['after an unknown directive', '# foo=bar\n# syntax=r.example/fe:2\n', undefined],
  ])('%s', (_name, text, expected) => {
    expect(syntaxImage(text)).toBe(expected);
  });

  it('gives way to the BUILDKIT_SYNTAX build argument, as BuildKit does', () => {
    expect(
      syntaxImage('# syntax=docker/dockerfile:1\n', { BUILDKIT_SYNTAX: 'r.example/fe:3' }),
    ).toBe('r.example/fe:3');
    expect(pulledImages('FROM alpine\n', { BUILDKIT_SYNTAX: 'r.example/fe:3' }).images).toEqual([
      'r.example/fe:3',
      'alpine',
    ]);
  });

  it('counts as pulled once, before the FROM images', () => {
    expect(pulledImages('# syntax=alpine\nFROM alpine\n').images).toEqual(['alpine']);
  });
});
