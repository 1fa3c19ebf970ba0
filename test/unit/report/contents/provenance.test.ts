import { describe, expect, it } from '@jest/globals';
import { readProvenance, soleBaseImage } from '../../../../src/report/contents/provenance.js';

const SHA = 'c'.repeat(64);

describe('SLSA provenance', () => {
  it('reads v0.2 with a Git config source and image materials', () => {
    expect(
      readProvenance('https://slsa.dev/provenance/v0.2', {
        builder: { id: 'https://github.com/slsa-framework/slsa-github-generator' },
        buildType: 'https://github.com/slsa-framework/slsa-github-generator/container@v1',
        invocation: {
          configSource: {
            uri: 'git+https://github.com/acme/shop@refs/tags/v1.2.3',
            digest: { sha1: 'a'.repeat(40) },
          },
        },
        materials: [
          { uri: `pkg:docker/library/alpine@sha256%3A${SHA}`, digest: { sha256: SHA } },
          { uri: 'pkg:docker/golang@1.23?platform=linux%2Famd64', digest: { sha256: 'zz' } },
          { uri: 'pkg:docker/%E0%A4%A', digest: {} },
        ],
      }),
    ).toEqual({
      predicate_type: 'https://slsa.dev/provenance/v0.2',
      builder_id: 'https://github.com/slsa-framework/slsa-github-generator',
      build_type: 'https://github.com/slsa-framework/slsa-github-generator/container@v1',
      source: { repository: 'https://github.com/acme/shop', commit: 'a'.repeat(40) },
      base_images: [
        { name: `library/alpine@sha256:${SHA}`, digest: `sha256:${SHA}` },
        // A digest that is none is left out, not trusted.
        { name: 'golang:1.23', digest: null },
      ],
    });
  });

  it("reads BuildKit's v1 config source, keeping an SSH URL's user out of the ref", () => {
    expect(
      readProvenance('https://slsa.dev/provenance/v1', {
        buildDefinition: {
          buildType:
            'https://github.com/moby/buildkit/blob/master/docs/attestations/slsa-definitions.md',
          externalParameters: {
            configSource: {
              uri: 'ssh://git@github.com/acme/shop.git#refs/heads/main',
              digest: { sha1: 'b'.repeat(40) },
              path: 'Dockerfile',
            },
          },
        },
        runDetails: { builder: { id: 'https://ci.example.com/run/7' } },
      }),
    ).toMatchObject({
      builder_id: 'https://ci.example.com/run/7',
      source: { repository: 'ssh://git@github.com/acme/shop.git', commit: 'b'.repeat(40) },
      base_images: [],
    });
  });

  it('says why a v1 predicate without its parts is not read', () => {
    expect(readProvenance('https://slsa.dev/provenance/v1', { builder: {} })).toBe(
      'its predicate has neither buildDefinition nor runDetails',
    );
  });

  it('names a base image only when exactly one besides the Dockerfile frontend was pulled', () => {
    const frontend = { name: 'docker/dockerfile:1', digest: null };
    const alpine = { name: 'alpine:3.20', digest: null };
    expect(soleBaseImage({ base_images: [frontend, alpine] })).toEqual(alpine);
    expect(soleBaseImage({ base_images: [frontend] })).toBeNull();
    expect(
      soleBaseImage({ base_images: [alpine, { name: 'golang:1.23', digest: null }] }),
    ).toBeNull();
  });
});
