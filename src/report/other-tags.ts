import type { ImageSource } from '../oci/store.js';
import { createLimiter } from '../concurrency.js';
import { isValidTag } from '../oci/reference.js';

/** The most tags a report compares: a repository with more is reported as scanned in part. */
export const MAX_TAGS_SCANNED = 1000;
/** Tags a page: what distribution 3 and ECR allow at most. */
const PAGE_SIZE = 1000;
/** Tags checked at once. */
const HEAD_CONCURRENCY = 8;

export interface OtherTags {
  /** The tags that point at the digest, sorted; the one reported is not among them. */
  tags: string[];
  /** How many tags were listed and compared. */
  scanned: number;
  /** False when the repository has more tags than were scanned. */
  complete: boolean;
}

/**
 * The other tags of the repository that point at `digest` (the "all tags" of an images list):
 * the first MAX_TAGS_SCANNED tags the registry lists, each asked for its digest with a HEAD.
 * A registry that answers a HEAD without Docker-Content-Digest is asked for the manifest itself.
 * A listed name that is no valid tag is skipped: each goes into a URL. Undefined when the
 * registry will not list the repository's tags to these credentials.
 */
export async function findOtherTags(
  repository: ImageSource,
  digest: string,
  reported: string | undefined,
  max = MAX_TAGS_SCANNED,
): Promise<OtherTags | undefined> {
  const listed = await repository.listTags(max, Math.min(max, PAGE_SIZE));
  if (!listed) return undefined;
  const limit = createLimiter(HEAD_CONCURRENCY);
  const candidates = listed.tags.filter((tag) => tag !== reported && isValidTag(tag));
  const matches = await Promise.all(
    candidates.map((tag) =>
      limit(async () => {
        const head = await repository.headManifest(tag);
        // Gone since it was listed: it points nowhere now.
        if (!head) return false;
        const found = head.digest || (await repository.getManifest(tag)).digest;
        return found === digest;
      }),
    ),
  );
  return {
    tags: candidates.filter((_tag, i) => matches[i]).sort(),
    scanned: listed.tags.length,
    complete: listed.complete,
  };
}
