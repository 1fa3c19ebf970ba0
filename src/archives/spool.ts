import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { UserError } from '../errors.js';

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/**
 * The archive as an uncompressed tar file that can be read at any offset (tar-index.ts): a plain
 * tar file as it is; a gzipped one, or standard input (`-`), written once to `workDir`,
 * decompressed on the way. That one copy is the only one: standard input is never held in memory
 * nor spooled twice.
 */
export async function seekableTar(
  source: string,
  workDir: string,
  archive: string,
  stdin: Readable = process.stdin,
  signal?: AbortSignal,
): Promise<string> {
  const spooled = path.join(workDir, 'archive.tar');
  if (source === '-') {
    await spoolStream(stdin, spooled, archive, signal);
    return spooled;
  }
  if (!(await startsWithGzip(source, archive))) return source;
  await spoolStream(createReadStream(source), spooled, archive, signal);
  return spooled;
}

async function startsWithGzip(file: string, archive: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new UserError(`${archive}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head.equals(GZIP_MAGIC);
  } finally {
    await handle.close();
  }
}

/** Copies a stream to `file`, gunzipping it when its first bytes say it is gzip. */
async function spoolStream(
  input: Readable,
  file: string,
  archive: string,
  signal?: AbortSignal,
): Promise<void> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  // The first two bytes tell gzip from tar; they are read ahead and put back in front.
  let head = Buffer.alloc(0);
  let ended = false;
  while (head.length < 2) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head = Buffer.concat([head, next.value]);
  }
  const all = async function* () {
    if (head.length) yield head;
    if (ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  };
  const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
  try {
    if (head.subarray(0, 2).equals(GZIP_MAGIC)) {
      await pipeline(Readable.from(all()), createGunzip(), out, { signal });
    } else {
      await pipeline(Readable.from(all()), out, { signal });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith('Z_')) {
      throw new UserError(
        `${archive}: the gzip stream is damaged or ends early (${code}); nothing was written`,
      );
    }
    throw error;
  }
}
