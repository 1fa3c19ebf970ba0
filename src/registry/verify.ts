import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { RegistryError } from '../errors.js';

/** Only sha256 can be checked on the way through; anything else is refused before a byte moves. */
export function assertVerifiable(expected: { digest: string }, where: string): void {
  if (!expected.digest.startsWith('sha256:')) {
    throw new RegistryError(
      `${where}: cannot verify ${expected.digest}: only sha256 digests are supported`,
      0,
    );
  }
}

/**
 * Passes a blob through while hashing it, and fails the stream at its end unless the bytes match
 * the expected digest and size. The failure aborts the upload it feeds, so this step reports the
 * bad bytes; what keeps them out of the target is the registry's own check of `?digest=` on the
 * closing PUT, which refuses a body that does not hash to it.
 */
export function verifyingStream(
  source: Readable,
  expected: { digest: string; size: number },
  where: string,
  onBytes: (n: number) => void = () => {},
): Readable {
  try {
    assertVerifiable(expected, where);
  } catch (error) {
    source.destroy();
    throw error;
  }
  const hash = createHash('sha256');
  let size = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      onBytes(chunk.length);
      callback(null, chunk);
    },
    flush(callback) {
      const digest = `sha256:${hash.digest('hex')}`;
      if (digest !== expected.digest || size !== expected.size) {
        callback(
          new RegistryError(
            `${where}: blob ${expected.digest} arrived as ${digest} (${size} of ${expected.size} bytes); nothing was written`,
            0,
            'DIGEST_INVALID',
          ),
        );
        return;
      }
      callback();
    },
  });
  // pipeline destroys both sides on error, so a failing source aborts the upload too.
  return pipeline(source, check, () => {});
}
