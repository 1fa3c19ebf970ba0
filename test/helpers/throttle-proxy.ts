import { connect, createServer, type Socket } from 'node:net';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * A slow link on loopback: a TCP proxy to a registry that lets each connection carry at most
 * `bytesPerSecond` each way, so a small image takes seconds to copy. Plain TCP: HTTP, auth and
 * everything else are the registry's own.
 */
export interface ThrottleProxy {
  host: string;
  url: string;
  stop(): Promise<void>;
}

class Throttle extends Transform {
  private sentAt = Date.now();
  constructor(private readonly bytesPerSecond: number) {
    super({ highWaterMark: 16 * 1024 });
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    // Slices of a tenth of a second's worth, each sent when the rate allows.
    const slice = Math.max(1, Math.floor(this.bytesPerSecond / 10));
    const send = (offset: number) => {
      if (offset >= chunk.length) return done();
      const part = chunk.subarray(offset, offset + slice);
      const due = this.sentAt + (part.length / this.bytesPerSecond) * 1000;
      const wait = Math.max(0, due - Date.now());
      setTimeout(() => {
        this.sentAt = Math.max(due, Date.now() - 1000);
        this.push(part);
        send(offset + part.length);
      }, wait);
    };
    send(0);
  }
}

export async function startThrottleProxy(
  upstreamHost: string,
  bytesPerSecond: number,
): Promise<ThrottleProxy> {
  const [host, port] = upstreamHost.split(':');
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(port), host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(new Throttle(bytesPerSecond)).pipe(upstream);
    upstream.pipe(new Throttle(bytesPerSecond)).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    host: `127.0.0.1:${address.port}`,
    url: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
