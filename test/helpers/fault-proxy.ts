import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import { closeServer, listen } from './util.js';

/**
 * An HTTP reverse proxy in front of a real registry that can inject faults: an error status
 * (with Retry-After), a connection dropped before any response, or a response cut mid-body;
 * and the hostile ones: an answer whose body never ends, silence before or after the headers,
 * or the registry's own answer trickled out slowly.
 */

export type Fault =
  | {
      status: number;
      retryAfter?: string;
      body?: string | Buffer;
      headers?: Record<string, string>;
    }
  | { drop: 'before-response' }
  | { drop: 'mid-body' }
  /** Headers, then a body that never ends (as fast as the client reads it): `prefix` first. */
  | { endless: { status: number; headers?: Record<string, string>; prefix?: string } }
  /** Accepts the request and never answers; or answers the headers, then never a byte more. */
  | { hang: 'before-headers' }
  | { hang: 'after-headers'; answer: number; headers?: Record<string, string> }
  /** Forwards, then passes the registry's body on `chunkBytes` at a time, one per `everyMs`. */
  | { trickle: { chunkBytes: number; everyMs: number } };

export interface ProxiedRequest {
  method: string;
  /** Path and query, as the client sent them. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  fault?: Fault;
  /** When the proxy received it (Date.now()), to check how long a client waited. */
  at: number;
  /** Body bytes an `endless` fault sent before the client went away. */
  bytesSent?: number;
  /** When the client closed the connection of an `endless` or `hang` fault (Date.now()). */
  closedAt?: number;
}

export interface FaultProxy {
  /** '127.0.0.1:PORT' */
  host: string;
  /** 'http://127.0.0.1:PORT' */
  url: string;
  requests: ProxiedRequest[];
  stop(): Promise<void>;
}

export type Decide = (req: { method: string; url: string; index: number }) => Fault | undefined;

/**
 * Faults are decided before the request is forwarded: a status fault or a 'before-response' drop
 * never reaches the registry (the request body is read and discarded first), while a 'mid-body'
 * fault forwards the request and cuts the registry's answer after its headers and part of the
 * body (if the answer has no body, right after the headers).
 */
export async function startFaultProxy(
  upstream: string,
  decide: Decide,
  options: {
    bindHost?: string;
    /** Rewrites the realm of the registry's Bearer challenges: to put a token service behind a proxy too. */
    realm?: (realm: string) => string;
  } = {},
): Promise<FaultProxy> {
  const bindHost = options.bindHost ?? '127.0.0.1';
  const requests: ProxiedRequest[] = [];
  const forwarder = createForwarder(upstream, options.realm);
  let origin = '';
  const server = createServer((req, res) => {
    const index = requests.length;
    const record: ProxiedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: { ...req.headers },
      at: Date.now(),
    };
    requests.push(record);
    let fault: Fault | undefined;
    try {
      fault = decide({ method: record.method, url: record.url, index });
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`decide threw: ${String(error)}`);
      return;
    }
    if (fault) record.fault = fault;
    if (!fault) {
      forwarder.forward(req, res, { proxyOrigin: origin });
    } else if ('status' in fault) {
      const status = fault;
      drain(req, () => {
        const body =
          status.body ??
          JSON.stringify({
            errors: [{ code: 'UNAVAILABLE', message: `injected fault: ${status.status}` }],
          });
        const headers: OutgoingHttpHeaders = {
          'content-type': status.body === undefined ? 'application/json' : 'text/plain',
          'content-length': Buffer.byteLength(body),
        };
        if (status.retryAfter !== undefined) headers['retry-after'] = status.retryAfter;
        Object.assign(headers, status.headers ?? {});
        res.writeHead(status.status, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    } else if ('endless' in fault) {
      const { status, headers = {}, prefix = '' } = fault.endless;
      drain(req, () => {
        res.writeHead(status, headers);
        res.once('close', () => (record.closedAt = Date.now()));
        streamForever(res, prefix, (n) => (record.bytesSent = n));
      });
    } else if ('hang' in fault) {
      req.socket.once('close', () => (record.closedAt = Date.now()));
      if (fault.hang === 'after-headers') {
        drain(req, () => {
          res.writeHead(fault.answer, fault.headers ?? {});
          res.flushHeaders();
        });
      } else {
        drain(req, () => {});
      }
    } else if ('trickle' in fault) {
      forwarder.forward(req, res, { proxyOrigin: origin, trickle: fault.trickle });
    } else if (fault.drop === 'before-response') {
      drain(req, () => req.socket.destroy());
    } else {
      forwarder.forward(req, res, { proxyOrigin: origin, cutMidBody: true });
    }
  });
  const port = await listen(server, bindHost);
  server.unref();
  origin = `http://${bindHost}:${port}`;
  return {
    host: `${bindHost}:${port}`,
    url: origin,
    requests,
    stop: async () => {
      await closeServer(server);
      forwarder.close();
    },
  };
}

/** Writes `prefix`, then 64 KiB chunks for as long as the client reads; `sent` counts them. */
export function streamForever(
  res: ServerResponse,
  prefix: string,
  sent: (n: number) => void,
): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let total = Buffer.byteLength(prefix);
  if (prefix) res.write(prefix);
  const pump = () => {
    while (!res.destroyed) {
      total += chunk.length;
      sent(total);
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
  };
  res.once('close', () => sent(total));
  pump();
}

/** Reads and discards a request body, then calls `done`. */
export function drain(req: IncomingMessage, done: () => void): void {
  if (req.complete) {
    done();
    return;
  }
  req.on('data', () => {});
  req.once('end', done);
  req.once('error', () => req.socket.destroy());
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  return out;
}

export interface Forwarder {
  /**
   * Forwards `req` to the upstream with its method, path, headers (Host kept as the client sent
   * it) and streamed body, and streams the answer back. A Location pointing at the upstream
   * itself is rewritten to `proxyOrigin`.
   */
  forward(
    req: IncomingMessage,
    res: ServerResponse,
    options: {
      proxyOrigin: string;
      cutMidBody?: boolean;
      trickle?: { chunkBytes: number; everyMs: number };
    },
  ): void;
  close(): void;
}

/** Passes a body on slowly: a slow link, which must not be taken for a silent one. */
function trickleOut(
  from: IncomingMessage,
  to: ServerResponse,
  { chunkBytes, everyMs }: { chunkBytes: number; everyMs: number },
): void {
  const pending: Buffer[] = [];
  let ended = false;
  from.on('data', (chunk: Buffer) => pending.push(chunk));
  from.on('end', () => (ended = true));
  const timer = setInterval(() => {
    let buffered = Buffer.concat(pending);
    pending.length = 0;
    if (buffered.length) {
      to.write(buffered.subarray(0, chunkBytes));
      buffered = buffered.subarray(chunkBytes);
      if (buffered.length) pending.push(buffered);
    }
    if (ended && !pending.length) {
      clearInterval(timer);
      to.end();
    }
  }, everyMs);
  to.once('close', () => clearInterval(timer));
}

export function createForwarder(upstream: string, realm?: (realm: string) => string): Forwarder {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true });
  return {
    forward(req, res, { proxyOrigin, cutMidBody = false, trickle }) {
      const upstreamReq = httpRequest({
        agent,
        host: target.hostname,
        port: target.port || 80,
        method: req.method,
        path: req.url,
        headers: withoutHopByHop(req.headers),
      });
      req.on('aborted', () => upstreamReq.destroy());
      res.on('close', () => {
        if (!res.writableFinished) upstreamReq.destroy();
      });
      upstreamReq.on('error', (error) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        const body = `proxy: upstream failed: ${error.message}`;
        res.writeHead(502, {
          'content-type': 'text/plain',
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
      });
      upstreamReq.on('response', (upstreamRes) => {
        const headers = withoutHopByHop(upstreamRes.headers);
        const location = upstreamRes.headers.location;
        if (location?.startsWith(target.origin)) {
          headers.location = proxyOrigin + location.slice(target.origin.length);
        }
        const challenge = upstreamRes.headers['www-authenticate'];
        if (realm && typeof challenge === 'string') {
          headers['www-authenticate'] = challenge.replace(
            /realm="([^"]*)"/,
            (_m, r: string) => `realm="${realm(r)}"`,
          );
        }
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, headers);
        if (trickle) {
          trickleOut(upstreamRes, res, trickle);
          return;
        }
        if (!cutMidBody) {
          upstreamRes.pipe(res);
          upstreamRes.on('error', () => res.destroy());
          return;
        }
        // Headers and part of the body, then the connection goes.
        const cut = () => {
          upstreamRes.destroy();
          res.socket?.destroy();
        };
        const length = Number(upstreamRes.headers['content-length'] ?? NaN);
        const hasBody =
          req.method !== 'HEAD' &&
          upstreamRes.statusCode !== 204 &&
          upstreamRes.statusCode !== 304 &&
          length !== 0;
        if (!hasBody) {
          res.flushHeaders();
          setImmediate(cut);
          return;
        }
        const limit = Number.isFinite(length) ? Math.max(1, Math.floor(length / 2)) : 1;
        let sent = 0;
        upstreamRes.on('data', (chunk: Buffer) => {
          if (sent >= limit) return;
          const part = chunk.subarray(0, limit - sent);
          sent += part.length;
          if (sent >= limit) {
            upstreamRes.pause();
            res.write(part, () => setImmediate(cut));
          } else {
            res.write(part);
          }
        });
        upstreamRes.on('end', () => setImmediate(cut));
      });
      req.pipe(upstreamReq);
    },
    close() {
      agent.destroy();
    },
  };
}
