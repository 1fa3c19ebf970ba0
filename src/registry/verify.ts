import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { RegistryError } from '../errors.js';

/**
 * Passes a blob through while hashing it, and fails the stream at its end unless the bytes match
 * the expected digest and size: the upload it feeds is then aborted before the registry commits.
 */
export function verifyingStream(
  source: Readable,
  expected: { digest: string; size: number },
  where: string,
  onBytes: (n: number) => void = () => {},
): Readable {
  if (!expected.digest.startsWith('sha256:')) {
    throw new RegistryError(
      `${where}: cannot verify ${expected.digest}: only sha256 digests are supported`,
      0,
    );
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
