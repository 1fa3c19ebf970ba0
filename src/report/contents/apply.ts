import type { ImageFacts } from '../image-facts.js';
import type { PlatformContents } from './contents.js';
import { soleBaseImage } from './provenance.js';

/**
 * Puts each platform's contents on it, and fills `base` from the first platform's provenance
 * where the image carries no base annotations and provenance names exactly one base image.
 */
export function applyContents(facts: ImageFacts, contents: Map<string, PlatformContents>): void {
  for (const platform of facts.platforms) {
    const found = contents.get(platform.digest);
    if (found) Object.assign(platform, found);
  }
  const provenance = facts.platforms[0]?.provenance;
  if (facts.base === null && provenance) {
    const base = soleBaseImage(provenance);
    if (base) facts.base = { name: base.name, digest: base.digest };
  }
}
