import { RegistryError, UserError } from '../errors.js';
import {
  isIndexMediaType,
  parseImageIndex,
  parseManifestContents,
  platformManifests,
} from '../oci/manifest.js';
import type { PushTarget } from '../credentials/resolve.js';
import type { RegistrySession } from '../distribution/session.js';
import { formatName } from '../oci/reference.js';

/**
 * What landed in the registry after a builder pushed, read through the step's one session: the
 * checks before a build and the reads after it share its pings, tokens and connections.
 */

/**
 * The manifest digest that landed under every tag, read back from the registry (not what the
 * builder says it pushed). Every tag must hold the same one.
 */
export async function readBackDigest(
  session: RegistrySession,
  target: PushTarget,
  tags: string[],
): Promise<string> {
  const repo = session.for(target.endpoint).repository(target.repository);
  const digests = await Promise.all(
    tags.map(async (tag) => {
      const head = await repo.headManifest(tag);
      if (!head) {
        throw new UserError(
          `${target.endpoint.label}: ${target.endpoint.domain}/${target.repository}:${tag} is not in the registry after the push`,
        );
      }
      // Without Docker-Content-Digest a HEAD proves presence only: read the manifest itself.
      return head.digest || (await repo.getManifest(tag)).digest;
    }),
  );
  const distinct = [...new Set(digests)];
  if (distinct.length > 1) {
    throw new UserError(
      `${target.endpoint.label}: the tags of ${target.endpoint.domain}/${target.repository} hold different images after the push (${tags.map((t, i) => `${t}: ${digests[i]}`).join(', ')}); another push wrote some of them meanwhile`,
    );
  }
  return distinct[0];
}

/**
 * Fails in seconds, before anything is built, when the push target's identity may not push to
 * its repository: an upload session is opened and cancelled, which writes nothing.
 */
export async function checkPushAccess(session: RegistrySession, target: PushTarget): Promise<void> {
  try {
    await session
      .for(target.endpoint)
      .repository(target.repository, { push: true })
      .checkPushAccess();
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    throw new UserError(
      `Cannot push to ${formatName({ domain: target.endpoint.domain, repository: target.repository })} as ${target.endpoint.label} (checked before building, nothing was built or pushed): ${error.message}`,
    );
  }
}

/**
 * The image ID (config digest) of what landed under `digest`: the manifest's config, or for an
 * index of one platform (buildx adds its attestations beside it) that platform's config; ''
 * for several platforms, which have no single image ID.
 */
export async function readBackConfigDigest(
  session: RegistrySession,
  target: PushTarget,
  digest: string,
): Promise<string> {
  const repo = session.for(target.endpoint).repository(target.repository);
  const where = `${target.endpoint.label}: ${target.repository}`;
  let raw = await repo.getManifest(digest);
  if (isIndexMediaType(raw.mediaType)) {
    const platforms = platformManifests(parseImageIndex(raw, where));
    if (platforms.length !== 1) return '';
    raw = await repo.getManifest(platforms[0].digest);
  }
  // Validated: a config descriptor's digest is well formed.
  return parseManifestContents(raw, where).config?.digest ?? '';
}
