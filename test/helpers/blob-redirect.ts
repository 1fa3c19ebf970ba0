import { createServer, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createForwarder, type ProxiedRequest } from './fault-proxy.js';
import type { TestRegistry } from './registry.js';
import { closeServer, listen } from './util.js';

/**
 * A proxy in front of a registry that, like registries backed by object storage, answers blob
 * GETs with a redirect to another host (the "storage", bound to another loopback address) and
 * records what that host received, to prove that a client never sends its registry credentials
 * there. Everything else is forwarded to the registry as is.
 */

export interface StorageHit {
  /** Path and query of the storage request, e.g. '/storage/<name>/<digest>'. */
  url: string;
  method: string;
  headers: IncomingHttpHeaders;
}

export interface RedirectingProxy {
  /** '127.0.0.1:PORT' (the proxy, which clients talk to as the registry) */
  host: string;
  url: string;
  /** The storage server's origin, 'http://127.0.0.2:PORT'. */
  storageUrl: string;
  storageHits: StorageHit[];
  /** Every request the proxy received (redirected ones included). */
  requests: ProxiedRequest[];
  stop(): Promise<void>;
}

const BLOB_PATH = /^\/v2\/(.+)\/blobs\/([a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$/;

export async function startRedirectingProxy(
  registry: TestRegistry,
  options: { storageBindHost: string; bindHost?: string } = { storageBindHost: '127.0.0.2' },
): Promise<RedirectingProxy> {
  const bindHost = options.bindHost ?? '127.0.0.1';
  const storageHits: StorageHit[] = [];
  const requests: ProxiedRequest[] = [];

  const storage = createServer((req, res) => {
    storageHits.push({ url: req.url ?? '/', method: req.method ?? 'GET', headers: req.headers });
    const match = /^\/storage\/(.+)\/([^/?]+)(?:\?.*)?$/.exec(req.url ?? '');
    if (!match || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('no such object');
      return;
    }
    const [, name, digest] = match;
    void (async () => {
      const headers: Record<string, string> = {};
      const authorization = await registry.authHeader(name, ['pull']);
      if (authorization) headers.authorization = authorization;
      if (typeof req.headers.range === 'string') headers.range = req.headers.range;
      const upstream = await fetch(`${registry.url}/v2/${name}/blobs/${digest}`, {
        method: req.method,
        headers,
      });
      const out: OutgoingHttpHeaders = { 'content-type': 'application/octet-stream' };
      for (const header of ['content-length', 'content-range', 'accept-ranges', 'etag']) {
        const value = upstream.headers.get(header);
        if (value !== null) out[header] = value;
      }
      res.writeHead(upstream.status, out);
      if (!upstream.body || req.method === 'HEAD') {
        await upstream.body?.cancel();
        res.end();
        return;
      }
      Readable.fromWeb(upstream.body as WebReadableStream<Uint8Array>)
        .on('error', () => res.destroy())
        .pipe(res);
    })().catch((error: Error) => {
      if (res.headersSent) res.destroy();
      else {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`storage: ${error.message}`);
      }
    });
  });
  const storagePort = await listen(storage, options.storageBindHost);
  storage.unref();
  const storageUrl = `http://${options.storageBindHost}:${storagePort}`;

  const forwarder = createForwarder(registry.url);
  let origin = '';
  const proxy = createServer((req, res) => {
    requests.push({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: { ...req.headers },
      at: Date.now(),
    });
    const path = (req.url ?? '/').split('?')[0];
    const match = req.method === 'GET' ? BLOB_PATH.exec(path) : null;
    if (match) {
      const [, name, digest] = match;
      req.resume();
      res.writeHead(307, {
        location: `${storageUrl}/storage/${name}/${digest}`,
        'content-length': 0,
      });
      res.end();
      return;
    }
    forwarder.forward(req, res, { proxyOrigin: origin });
  });
  let port: number;
  try {
    port = await listen(proxy, bindHost);
  } catch (error) {
    await closeServer(storage);
    throw error;
  }
  proxy.unref();
  origin = `http://${bindHost}:${port}`;

  return {
    host: `${bindHost}:${port}`,
    url: origin,
    storageUrl,
    storageHits,
    requests,
    async stop() {
      await closeServer(proxy);
      await closeServer(storage);
      forwarder.close();
    },
  };
}
