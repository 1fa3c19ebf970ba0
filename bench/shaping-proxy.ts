import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A wide-area link in front of a loopback server, for the benchmark: plain TCP, every byte
 * delayed by a one-way delay, each connection's each direction capped at a rate, and at most a
 * window of bytes in flight per direction (the sender is paused beyond it, as TCP's window would).
 * A new connection pays one round trip before its first byte goes through, as a handshake does.
 * Listens on and connects to 127.0.0.1 only.
 */

export interface LinkProfile {
  /** One-way delay, milliseconds. */
  delayMs: number;
  /** Per connection and direction, bytes a second. */
  rate: number;
  /** Bytes in flight per connection and direction before the sender is paused. */
  window: number;
}

export interface ShapingProxy {
  /** '127.0.0.1:PORT' */
  host: string;
  url: string;
  /** Connections accepted so far. */
  connections: number;
  stop(): Promise<void>;
}

/** Slices no bigger than this are paced one by one, so a 64 KiB read does not leave in a burst. */
const SLICE = 64 * 1024;

/** One direction of one connection: bytes leave `from`, are held as the link would, reach `to`. */
function shape(from: Socket, to: Socket, profile: LinkProfile, openAt: number): void {
  const queue: { at: number; data: Buffer }[] = [];
  let inFlight = 0;
  // When the link finishes serialising what it was given last.
  let wireFree = openAt;
  let timer: NodeJS.Timeout | undefined;
  let ended = false;
  let blocked = false;

  const flush = () => {
    timer = undefined;
    const now = performance.now();
    while (queue.length && queue[0].at <= now && !blocked) {
      const { data } = queue.shift()!;
      inFlight -= data.length;
      if (!to.write(data)) blocked = true;
    }
    if (inFlight < profile.window && from.isPaused() && !ended) from.resume();
    if (blocked) return;
    if (queue.length) schedule();
    else if (ended) to.end();
  };
  const schedule = () => {
    if (timer || !queue.length) return;
    timer = setTimeout(flush, Math.max(0, queue[0].at - performance.now()));
  };
  to.on('drain', () => {
    blocked = false;
    flush();
  });

  from.on('data', (chunk: Buffer) => {
    const now = performance.now();
    for (let offset = 0; offset < chunk.length; offset += SLICE) {
      const data = chunk.subarray(offset, offset + SLICE);
      wireFree = Math.max(wireFree, now) + (data.length / profile.rate) * 1000;
      queue.push({ at: wireFree + profile.delayMs, data });
      inFlight += data.length;
    }
    if (inFlight >= profile.window) from.pause();
    schedule();
  });
  from.on('end', () => {
    ended = true;
    if (!queue.length && !timer && !blocked) to.end();
  });
}

export async function startShapingProxy(
  upstreamPort: number,
  profile: LinkProfile,
): Promise<ShapingProxy> {
  const sockets = new Set<Socket>();
  const state = { connections: 0 };
  const server: Server = createServer({ allowHalfOpen: true }, (client) => {
    state.connections++;
    // The handshake's round trip: nothing crosses before it is over.
    const openAt = performance.now() + 2 * profile.delayMs;
    const upstream = createConnection({
      host: '127.0.0.1',
      port: upstreamPort,
      allowHalfOpen: true,
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.setNoDelay(true);
      s.on('close', () => sockets.delete(s));
      // A reset on one side resets the other: the link does not outlive its ends.
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    shape(client, upstream, profile, openAt);
    shape(upstream, client, profile, openAt);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    get connections() {
      return state.connections;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
