import { pack, type Header } from 'tar-stream';

export interface TarItem {
  name: string;
  body?: string | Buffer;
  type?: Header['type'];
  linkname?: string;
  /** A size header that lies about the body (a truncated or padded entry). */
  size?: number;
}

/** A tar made in memory, entry by entry: hostile ones included. */
export async function makeTar(items: TarItem[]): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (chunk) => chunks.push(chunk as Buffer));
  const ended = new Promise<void>((resolve) => tar.on('end', () => resolve()));
  for (const item of items) {
    const body = Buffer.from(item.body ?? '');
    await new Promise<void>((resolve, reject) =>
      tar.entry(
        {
          name: item.name,
          type: item.type ?? 'file',
          ...(item.linkname ? { linkname: item.linkname } : {}),
          ...(item.type && item.type !== 'file' ? {} : { size: body.length }),
        },
        item.type && item.type !== 'file' ? undefined! : body,
        (e) => (e ? reject(e) : resolve()),
      ),
    );
  }
  tar.finalize();
  await ended;
  return Buffer.concat(chunks);
}
