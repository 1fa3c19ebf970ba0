import { RegistryError, UserError } from '../errors.js';
import type { BuilderIO } from '../builders/types.js';
import {
  isIndexMediaType,
  parseImageIndex,
  parseManifestContents,
  platformManifests,
} from '../oci/manifest.js';
import type { PushTarget } from '../credentials/resolve.js';
import { Clients } from '../distribution/session.js';
import type { ActionIO } from '../host/io.js';

/** How builders talk to the step: their output goes to the log. */
export function builderIO(io: ActionIO): BuilderIO {
  return { env: io.env, log: (line) => io.info(line), warn: (m) => io.warning(m) };
}

/**
 * The manifest digest that landed under every tag, read back from the registry (not what the
 * builder says it pushed). Every tag must hold the same one.
 */
export async function readBackDigest(
  io: ActionIO,
  target: PushTarget,
  tags: string[],
): Promise<string> {
  const clients = new Clients((m) => io.debug(m));
  try {
    const repo = clients.for(target.endpoint).repository(target.repository);
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
  } finally {
    await clients.close();
  }
}

/**
 * Fails in seconds, before anything is built, when the push target's identity may not push to
 * its repository: an upload session is opened and cancelled, which writes nothing.
 */
export async function checkPushAccess(io: ActionIO, target: PushTarget): Promise<void> {
  const clients = new Clients((m) => io.debug(m));
  try {
    await clients
      .for(target.endpoint)
      .repository(target.repository, { push: true })
      .checkPushAccess();
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    throw new UserError(
      `Cannot push to ${target.endpoint.domain}/${target.repository} as ${target.endpoint.label} (checked before building, nothing was built or pushed): ${error.message}`,
    );
  } finally {
    await clients.close();
  }
}

/**
 * The image ID (config digest) of what landed under `digest`: the manifest's config, or for an
 * index of one platform (buildx adds its attestations beside it) that platform's config; ''
 * for several platforms, which have no single image ID.
 */
export async function readBackConfigDigest(
  io: ActionIO,
  target: PushTarget,
  digest: string,
): Promise<string> {
  const clients = new Clients((m) => io.debug(m));
  try {
    const repo = clients.for(target.endpoint).repository(target.repository);
    const where = `${target.endpoint.label}: ${target.repository}`;
    let raw = await repo.getManifest(digest);
    if (isIndexMediaType(raw.mediaType)) {
      const platforms = platformManifests(parseImageIndex(raw, where));
      if (platforms.length !== 1) return '';
      raw = await repo.getManifest(platforms[0].digest);
    }
    // Validated: a config descriptor's digest is well formed.
    return parseManifestContents(raw, where).config?.digest ?? '';
  } finally {
    await clients.close();
  }
}
