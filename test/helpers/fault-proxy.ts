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
 * (with Retry-After), a connection dropped before any response, or a response cut mid-body.
 */

export type Fault =
  | { status: number; retryAfter?: string; body?: string; headers?: Record<string, string> }
  | { drop: 'before-response' }
  | { drop: 'mid-body' };

export interface ProxiedRequest {
  method: string;
  /** Path and query, as the client sent them. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  fault?: Fault;
  /** When the proxy received it (Date.now()), to check how long a client waited. */
  at: number;
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
    options: { proxyOrigin: string; cutMidBody?: boolean },
  ): void;
  close(): void;
}

export function createForwarder(upstream: string, realm?: (realm: string) => string): Forwarder {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true });
  return {
    forward(req, res, { proxyOrigin, cutMidBody = false }) {
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
