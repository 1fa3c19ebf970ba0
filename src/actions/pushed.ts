import { UserError } from '../errors.js';
import type { BuilderIO } from '../build/builder.js';
import type { PushTarget } from '../registry/resolve.js';
import { Clients } from './clients.js';
import type { ActionIO } from './io.js';

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
