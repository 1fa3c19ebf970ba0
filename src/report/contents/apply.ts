import type { ImageFacts } from '../image-facts.js';
import type { ContentsReport } from './contents.js';
import { soleBaseImage } from './provenance.js';

/**
 * Puts each platform's contents on it; fills `base` from the first platform's provenance where
 * the image carries no base annotations and provenance names exactly one base image; and counts
 * a Sigstore bundle found among the attachments as the signature `signed` looks for.
 */
export function applyContents(facts: ImageFacts, contents: ContentsReport): void {
  for (const platform of facts.platforms) {
    const found = contents.platforms.get(platform.digest);
    if (found) Object.assign(platform, found);
  }
  if (facts.signed === false && contents.sigstoreBundles.length) facts.signed = true;
  const provenance = facts.platforms[0]?.provenance;
  if (facts.base === null && provenance) {
    const base = soleBaseImage(provenance);
    if (base) facts.base = { name: base.name, digest: base.digest };
  }
}
