import { describe, expect, it } from '@jest/globals';
import { nextLink } from '../../../src/http/link.js';
import { sha256Digest, type RawManifest } from '../../../src/oci/manifest.js';
import {
  cosignTags,
  isSignature,
  mergeCosignManifest,
  mergeReferrersIndex,
  referrersTag,
} from '../../../src/images/referrers.js';

const HEX = 'a'.repeat(64);
const D = (c: string) => `sha256:${c.repeat(64)}`;

function raw(value: unknown, mediaType = 'application/vnd.oci.image.index.v1+json'): RawManifest {
  const bytes = Buffer.from(JSON.stringify(value));
  return { bytes, mediaType, digest: sha256Digest(bytes) };
}

const entry = (c: string, artifactType = 'application/spdx+json') => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: D(c),
  size: 10,
  artifactType,
});

describe('referrer tags', () => {
  it('names the tag schema and cosign tags after the digest', () => {
    expect(referrersTag(`sha256:${HEX}`)).toBe(`sha256-${HEX}`);
    expect(cosignTags(`sha256:${HEX}`).map((t) => t.tag)).toEqual([
      `sha256-${HEX}.sig`,
      `sha256-${HEX}.att`,
      `sha256-${HEX}.sbom`,
    ]);
  });

  it('cuts a sha512 schema tag to 128 characters and gives it no cosign tags (too long)', () => {
    const digest = `sha512:${'b'.repeat(128)}`;
    expect(referrersTag(digest)).toHaveLength(128);
    expect(cosignTags(digest)).toEqual([]);
  });

  it('refuses what is no digest, so no path is built from it', () => {
    expect(() => referrersTag('sha256:../../x')).toThrow(/is not a digest/);
    expect(cosignTags('sha256:../../x')).toEqual([]);
  });

  it('tells signatures by artifact type or cosign tag', () => {
    expect(isSignature({ artifactType: 'application/vnd.dev.cosign.simplesigning.v1+json' })).toBe(
      true,
    );
    expect(isSignature({ artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' })).toBe(
      true,
    );
    expect(isSignature({ artifactType: '', tag: `sha256-${HEX}.sig` })).toBe(true);
    expect(isSignature({ artifactType: 'application/spdx+json' })).toBe(false);
  });
});

describe('mergeReferrersIndex', () => {
  it('writes a new index when the target has none', () => {
    const merged = mergeReferrersIndex(undefined, [entry('1')], 'here');
    expect(JSON.parse(merged!.bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [entry('1')],
    });
    expect(merged!.digest).toBe(sha256Digest(merged!.bytes));
  });

  it("keeps what the target listed, adds only what is new, and keeps the target's own fields", () => {
    const existing = raw({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [entry('2', 'application/vnd.example+json')],
      annotations: { kept: 'yes' },
    });
    const merged = mergeReferrersIndex(existing, [entry('1'), entry('2')], 'here');
    const index = JSON.parse(merged!.bytes.toString());
    expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([D('2'), D('1')]);
    expect(index.annotations).toEqual({ kept: 'yes' });
  });

  it("keeps even the target's entries this code would not read: they are the target's", () => {
    const odd = { mediaType: '', digest: D('9'), size: -1 };
    const existing = raw({ schemaVersion: 2, manifests: [odd, 'not a descriptor'] });
    const merged = mergeReferrersIndex(existing, [entry('1')], 'here');
    expect(JSON.parse(merged!.bytes.toString()).manifests).toEqual([
      odd,
      'not a descriptor',
      entry('1'),
    ]);
  });

  it('changes nothing when everything is listed already', () => {
    const existing = raw({ schemaVersion: 2, manifests: [entry('1')] });
    expect(mergeReferrersIndex(existing, [entry('1')], 'here')).toBeUndefined();
  });

  it('leaves a referrers tag that is not an index alone, saying so', () => {
    const image = raw(
      { schemaVersion: 2, layers: [] },
      'application/vnd.oci.image.manifest.v1+json',
    );
    expect(() => mergeReferrersIndex(image, [entry('1')], 'reg: app:sha256-x')).toThrow(
      'reg: app:sha256-x: the referrers tag holds a application/vnd.oci.image.manifest.v1+json, not an index; it is left alone',
    );
  });
});

describe('mergeCosignManifest', () => {
  const sig = (...layers: string[]) =>
    raw(
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: D('c'), size: 2 },
        layers: layers.map((c) => ({
          mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
          digest: D(c),
          size: 1,
        })),
      },
      'application/vnd.oci.image.manifest.v1+json',
    );

  it("appends the target's own signatures to the source's", () => {
    const merged = mergeCosignManifest(sig('1'), sig('2', '1'), 'here');
    const layers = JSON.parse(merged!.bytes.toString()).layers.map(
      (l: { digest: string }) => l.digest,
    );
    expect(layers).toEqual([D('1'), D('2')]);
  });

  it('is not needed when the source holds all of the target’s', () => {
    expect(mergeCosignManifest(sig('1', '2'), sig('2'), 'here')).toBeUndefined();
  });

  // Two keys signing one image write one payload (one digest) with two signatures: the target's
  // signature by another key was dropped when layers were told apart by digest alone.
  it('keeps a signature of the same payload by another key', () => {
    const signed = (signature: string) =>
      raw(
        {
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: {
            mediaType: 'application/vnd.oci.image.config.v1+json',
            digest: D('c'),
            size: 2,
          },
          layers: [
            {
              mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
              digest: D('1'),
              size: 1,
              annotations: { 'dev.cosignproject.cosign/signature': signature },
            },
          ],
        },
        'application/vnd.oci.image.manifest.v1+json',
      );
    const merged = mergeCosignManifest(signed('by-release-key'), signed('by-mirror-key'), 'here');
    const signatures = JSON.parse(merged!.bytes.toString()).layers.map(
      (l: { annotations: Record<string, string> }) =>
        l.annotations['dev.cosignproject.cosign/signature'],
    );
    expect(signatures).toEqual(['by-release-key', 'by-mirror-key']);
    expect(mergeCosignManifest(signed('same'), signed('same'), 'here')).toBeUndefined();
  });
});

describe('nextLink', () => {
  const base = 'https://reg.example.com/v2/app/referrers/sha256:x';
  it('follows rel="next", relative to the answering URL', () => {
    expect(nextLink('</v2/app/referrers/sha256:x?last=5>; rel="next"', base)).toBe(
      'https://reg.example.com/v2/app/referrers/sha256:x?last=5',
    );
    expect(
      nextLink(
        '<https://reg.example.com/a>; rel=prev, <https://reg.example.com/b>; rel=next',
        base,
      ),
    ).toBe('https://reg.example.com/b');
  });

  it('ends without a next link, and refuses one on another host (the token would follow)', () => {
    expect(nextLink(undefined, base)).toBeUndefined();
    expect(nextLink('</x>; rel="prev"', base)).toBeUndefined();
    expect(nextLink('<https://elsewhere.example.com/x>; rel="next"', base)).toBeUndefined();
  });
});
