import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createForwarder } from './fault-proxy.js';
import { closeServer, listen } from './util.js';

/**
 * The OCI 1.1 referrers API on top of a real registry (Debian's distribution 2.8 has none): every
 * request goes through to the registry; a manifest PUT that the registry stores and that carries
 * a `subject` is indexed here and answered with `OCI-Subject`, and `GET /v2/<name>/referrers/<d>`
 * lists what was indexed, `pageSize` entries a page linked by `Link`, filtered by `artifactType`.
 * Only the API is stood in for; storage, digests and auth are the real registry's.
 */

interface Indexed {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface ReferrersApi {
  host: string;
  url: string;
  /** Every referrers API request, path and query. */
  listed: string[];
  stop(): Promise<void>;
}

export async function startReferrersApi(
  upstream: string,
  options: { pageSize?: number } = {},
): Promise<ReferrersApi> {
  const pageSize = options.pageSize ?? 50;
  const forwarder = createForwarder(upstream);
  const index = new Map<string, Indexed[]>();
  const listed: string[] = [];
  let origin = '';

  const referrers = (res: ServerResponse, url: URL, name: string, subject: string) => {
    listed.push(url.pathname + url.search);
    const artifactType = url.searchParams.get('artifactType');
    let all = index.get(`${name}@${subject}`) ?? [];
    if (artifactType) all = all.filter((d) => d.artifactType === artifactType);
    const start = Number(url.searchParams.get('last') ?? 0);
    const page = all.slice(start, start + pageSize);
    const headers: Record<string, string> = {
      'content-type': 'application/vnd.oci.image.index.v1+json',
    };
    if (artifactType) headers['oci-filters-applied'] = 'artifactType';
    if (start + pageSize < all.length) {
      const next = new URL(url.pathname, origin);
      if (artifactType) next.searchParams.set('artifactType', artifactType);
      next.searchParams.set('last', String(start + pageSize));
      headers.link = `<${next.pathname}${next.search}>; rel="next"`;
    }
    res.writeHead(200, headers);
    res.end(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: page,
      }),
    );
  };

  const putManifest = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const h of ['content-type', 'authorization']) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    const answer = await fetch(new URL(req.url ?? '/', upstream), { method: 'PUT', headers, body });
    const out: Record<string, string> = {};
    answer.headers.forEach((v, k) => {
      if (k !== 'transfer-encoding' && k !== 'connection') out[k] = v;
    });
    let parsed: {
      subject?: { digest?: string };
      artifactType?: string;
      config?: { mediaType?: string };
      mediaType?: string;
      annotations?: Record<string, string>;
    } = {};
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      /* not JSON: the registry has refused it already */
    }
    if (answer.status === 201 && parsed.subject?.digest) {
      const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
      const key = `${name}@${parsed.subject.digest}`;
      const list = index.get(key) ?? [];
      if (!list.some((d) => d.digest === digest)) {
        list.push({
          mediaType: parsed.mediaType ?? String(headers['content-type']),
          digest,
          size: body.length,
          ...((parsed.artifactType ?? parsed.config?.mediaType)
            ? { artifactType: parsed.artifactType ?? parsed.config?.mediaType }
            : {}),
          ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
        });
      }
      index.set(key, list);
      out['oci-subject'] = parsed.subject.digest;
    }
    const text = Buffer.from(await answer.arrayBuffer());
    out['content-length'] = String(text.length);
    res.writeHead(answer.status, out);
    res.end(text);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const ref = /^\/v2\/(.+)\/referrers\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && ref) return referrers(res, url, ref[1], ref[2]);
    const manifest = /^\/v2\/(.+)\/manifests\/[^/]+$/.exec(url.pathname);
    if (req.method === 'PUT' && manifest) {
      putManifest(req, res, manifest[1]).catch(() => res.destroy());
      return;
    }
    forwarder.forward(req, res, { proxyOrigin: origin });
  });
  const port = await listen(server, '127.0.0.1');
  origin = `http://127.0.0.1:${port}`;
  return {
    host: `127.0.0.1:${port}`,
    url: origin,
    listed,
    async stop() {
      forwarder.close();
      await closeServer(server);
    },
  };
}
