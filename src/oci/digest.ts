import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { RegistryError } from '../errors.js';
import { DIGEST_FORM, digestAlgorithm, isValidDigest } from './reference.js';

/**
 * Only sha256 and sha512 digests can be checked on the way through; anything else is refused
 * before a byte moves.
 */
export function assertVerifiable(expected: { digest: string }, where: string): void {
  if (!isValidDigest(expected.digest)) {
    throw new RegistryError(
      `${where}: cannot verify ${expected.digest}: only ${DIGEST_FORM} digests are supported`,
      0,
      'DIGEST_INVALID',
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
  const algorithm = digestAlgorithm(expected.digest);
  const hash = createHash(algorithm);
  let size = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      // A blob longer than its descriptor says is refused at once, not read to its end, which
      // a hostile registry may never send.
      if (size > expected.size) {
        callback(
          new RegistryError(
            `${where}: blob ${expected.digest} is larger than the ${expected.size} bytes its manifest gives; nothing was written`,
            0,
            'SIZE_INVALID',
          ),
        );
        return;
      }
      hash.update(chunk);
      onBytes(chunk.length);
      callback(null, chunk);
    },
    flush(callback) {
      const digest = `${algorithm}:${hash.digest('hex')}`;
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
