import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createLimiter } from '../../../src/concurrency.js';
import { verifyingStream } from '../../../src/oci/digest.js';

describe('createLimiter', () => {
  it('never runs more than the limit at once, and runs all', async () => {
    const limit = createLimiter(3);
    let active = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limit(async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 2 + (i % 3)));
          active--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('passes a rejection to its caller and goes on', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit(async () => 7)).resolves.toBe(7);
  });
});

describe('verifyingStream', () => {
  const data = Buffer.from('some blob bytes');
  const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
  const read = async (stream: Readable) => {
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };

  it('passes matching bytes through', async () => {
    expect(
      await read(verifyingStream(Readable.from([data]), { digest, size: data.length }, 'w')),
    ).toEqual(data);
  });

  it('fails at the end when the bytes do not hash to the digest', async () => {
    const bad = Buffer.from('some blob bytez');
    await expect(
      read(verifyingStream(Readable.from([bad]), { digest, size: bad.length }, 'reg')),
    ).rejects.toThrow(/reg: blob sha256:[0-9a-f]{64} arrived as sha256:/);
  });

  it('fails when the size differs', async () => {
    await expect(
      read(verifyingStream(Readable.from([data]), { digest, size: data.length + 1 }, 'reg')),
    ).rejects.toThrow(/of 16 bytes/);
  });

  it('verifies sha512 digests as it does sha256', async () => {
    const sha512 = `sha512:${createHash('sha512').update(data).digest('hex')}`;
    expect(
      await read(
        verifyingStream(Readable.from([data]), { digest: sha512, size: data.length }, 'w'),
      ),
    ).toEqual(data);
    const bad = Buffer.from('some blob bytez');
    await expect(
      read(verifyingStream(Readable.from([bad]), { digest: sha512, size: bad.length }, 'reg')),
    ).rejects.toThrow(/arrived as sha512:[0-9a-f]{128}/);
  });

  it('refuses a digest it cannot verify before a byte moves', () => {
    for (const digest of ['md5:abc', `sha256:${'A'.repeat(64)}`, 'sha256:../../x']) {
      const source = Readable.from([data]);
      expect(() => verifyingStream(source, { digest, size: 1 }, 'reg')).toThrow(
        `reg: cannot verify ${digest}: only sha256:<64 hex digits> or sha512:<128 hex digits> digests are supported`,
      );
      expect(source.destroyed).toBe(true);
    }
  });

  it('fails as soon as more bytes come than the descriptor gives, not at an end', async () => {
    let pulled = 0;
    // A blob that never ends: the check must not wait for its end.
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1024, 'x'));
      },
    });
    await expect(read(verifyingStream(endless, { digest, size: 4096 }, 'reg'))).rejects.toThrow(
      `reg: blob ${digest} is larger than the 4096 bytes its manifest gives; nothing was written`,
    );
    expect(pulled).toBeLessThan(100);
  });
});
