import type { ImageSource } from '../oci/store.js';
import { discoverReferrers, isSignature, type ReferrerSource } from '../images/referrers.js';

/** Something that refers to the image or to one of its parts (DESIGN §5 `image.referrers`). */
export interface ReferrerFacts {
  /** What it is: a signature, an SBOM, an attestation (`application/spdx+json`, …); null when unsaid. */
  artifact_type: string | null;
  media_type: string;
  digest: string;
  size: number;
  /** The digest it hangs off: the image's, a platform's, or another referrer's. */
  subject: string;
  /** How the registry keeps it: its referrers API, the `sha256-<hex>` tag schema, or a cosign tag. */
  source: ReferrerSource;
  /** The cosign tag it was found under (`sha256-<hex>.sig`); null for the others. */
  tag: string | null;
}

export interface ReferrerReport {
  referrers: ReferrerFacts[];
  /** Whether a cosign signature or a sigstore bundle is among them: present, not verified. */
  signed: boolean;
}

/**
 * What refers to the image and to each of its platform manifests (and what refers to those:
 * a signature on an SBOM), through whatever the registry keeps them by.
 */
export async function readReferrers(
  repository: ImageSource,
  subjects: string[],
  debug: (message: string) => void = () => {},
): Promise<ReferrerReport> {
  const found = await discoverReferrers(repository, subjects, { debug });
  // An index entry that gives no media type or a size no manifest has describes nothing real.
  const wellFormed = found.filter((referrer) => {
    const ok =
      referrer.mediaType !== '' && Number.isSafeInteger(referrer.size) && referrer.size >= 0;
    if (!ok) debug(`skipping the malformed referrer entry ${referrer.digest}`);
    return ok;
  });
  return {
    referrers: wellFormed.map((referrer) => ({
      artifact_type: referrer.artifactType || null,
      media_type: referrer.mediaType,
      digest: referrer.digest,
      size: referrer.size,
      subject: referrer.subject,
      source: referrer.source,
      tag: referrer.tag ?? null,
    })),
    signed: wellFormed.some(isSignature),
  };
}
