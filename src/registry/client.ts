import type { Readable } from 'node:stream';
import { RegistryError } from '../errors.js';
import { Authenticator, parseRegistryErrors, registryMessage, type Credentials } from './auth.js';
import {
  describe,
  isNetworkError,
  isReplayable,
  parseRetryAfter,
  retryDelay,
  sleep,
  Transport,
  type HttpRequest,
  type HttpResponse,
} from './http.js';
import { MANIFEST_ACCEPT, manifestMediaType, sha256Digest, type RawManifest } from './manifest.js';
import { isValidTag } from './reference.js';

/** Where a registry is and how to speak to it; resolve.ts's Endpoint is one. */
export interface RegistryEndpoint {
  host: string;
  insecure: boolean;
  credentials?: Credentials;
  /** How messages name it: the integration's name, or the domain and how it was reached. */
  label: string;
}

export interface TagList {
  tags: string[];
  /** Whether the registry has more tags than were listed. */
  more: boolean;
}

export interface ManifestHead {
  digest: string;
  mediaType: string;
  size: number;
}

/** Statuses with which a registry says it will not take a blob in one PUT. */
const MONOLITHIC_REFUSED = new Set([400, 405, 413, 416, 501]);
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;

/** One registry host: its auth state and its connection pool are shared by all its repositories. */
export class RegistryClient {
  readonly baseUrl: string;
  readonly auth: Authenticator;

  constructor(
    readonly endpoint: RegistryEndpoint,
    readonly transport: Transport,
  ) {
    this.baseUrl = `${endpoint.insecure ? 'http' : 'https'}://${endpoint.host}`;
    this.auth = new Authenticator(transport, this.baseUrl, endpoint.label, endpoint.credentials);
  }

  get label(): string {
    return this.endpoint.label;
  }

  /**
   * A repository handle whose requests all carry one token: `pull` (and `push` for a target),
   * plus `pull` on each repository blobs may be mounted from, so a copy mints one token per side.
   */
  repository(name: string, access: { push?: boolean; mountFrom?: string[] } = {}): Repository {
    const scopes = [`repository:${name}:${access.push ? 'pull,push' : 'pull'}`];
    for (const source of access.mountFrom ?? []) {
      if (source !== name) scopes.push(`repository:${source}:pull`);
    }
    return new Repository(this, name, scopes);
  }

  /** Whether two endpoints are the same registry, so blobs can be mounted between them. */
  sameRegistry(other: RegistryClient): boolean {
    return this.baseUrl === other.baseUrl;
  }
}

export class Repository {
  constructor(
    readonly client: RegistryClient,
    readonly name: string,
    private readonly scopes: string[],
  ) {}

  get label(): string {
    return this.client.label;
  }

  /** Another repository of the same registry, read with this handle's token (whose scopes cover it). */
  sibling(name: string): Repository {
    return new Repository(this.client, name, this.scopes);
  }

  private url(path: string): string {
    return `${this.client.baseUrl}/v2/${this.name}${path}`;
  }

  /**
   * A request with auth. `Authorization` goes only to this registry's own origin (an upload URL
   * may point elsewhere). A 401 mints a new token and tries once more, unless the registry said
   * the scope itself is refused (`insufficient_scope`), which a new token cannot cure. A request
   * with a streamed body cannot be sent again: its 401 is returned after the refused token is
   * dropped, so that the caller's retry of the whole transfer authenticates afresh.
   * `action` names the request in the error a dropped connection turns into.
   */
  private async call(req: HttpRequest, action: string): Promise<HttpResponse> {
    const { auth, transport } = this.client;
    const ownOrigin = new URL(req.url).origin === new URL(this.client.baseUrl).origin;
    const send = async () => {
      const authorization = ownOrigin ? await auth.authorization(this.scopes) : undefined;
      const headers = { ...req.headers, ...(authorization ? { authorization } : {}) };
      try {
        return { res: await transport.sendWithRetry({ ...req, headers }), authorization };
      } catch (error) {
        throw this.networkError(error, action);
      }
    };
    const first = await send();
    const res = first.res;
    if (res.status !== 401 || !ownOrigin) return res;
    const challenge = res.headers['www-authenticate'];
    // A registry whose /v2/ is open may still guard its repositories: learn its challenge here.
    const learnt = auth.learnChallenge(challenge);
    const scopeRefused = /error="?insufficient_scope/i.test(challenge ?? '');
    if (!learnt && (!auth.usesTokens || scopeRefused)) return res;
    await auth.invalidate(this.scopes, first.authorization);
    if (!isReplayable(req)) return res;
    await res.body.dump().catch(() => {});
    return (await send()).res;
  }

  /** A dropped connection or timeout, said in user words; retries still see the cause. */
  private networkError(error: unknown, action: string): unknown {
    if (!isNetworkError(error) || error instanceof RegistryError) return error;
    return new RegistryError(
      `${this.label}: ${action} failed: the connection failed (${describe(error)})`,
      0,
      'NETWORK',
      { cause: error },
    );
  }

  /**
   * A request whose small answer (a manifest, a config) is read whole. A connection dropped
   * half-way through the body is retried like one dropped before the answer.
   */
  private async callWhole(
    req: HttpRequest,
    action: string,
  ): Promise<{ res: HttpResponse; bytes: Buffer }> {
    const { retry } = this.client.transport;
    for (let attempt = 1; ; attempt++) {
      const res = await this.call(req, action);
      if (res.status !== 200) await this.fail(res, action);
      try {
        return { res, bytes: Buffer.from(await res.body.arrayBuffer()) };
      } catch (error) {
        if (attempt >= retry.tries || !isNetworkError(error))
          throw this.networkError(error, action);
        await sleep(retryDelay(attempt, retry));
      }
    }
  }

  private async fail(res: HttpResponse, action: string): Promise<never> {
    // A body already drained (a HEAD's, say) cannot be read again: undici would throw outside
    // the promise.
    const drained = res.body.destroyed || res.body.readableEnded || res.body.bodyUsed;
    const text = drained ? '' : clip(await res.body.text().catch(() => ''));
    const codes = parseRegistryErrors(text).map((e) => e.code);
    let hint = '';
    if (res.status === 401 && /insufficient_scope/i.test(res.headers['www-authenticate'] ?? '')) {
      hint = ' (access denied: check that these credentials may do this on this repository)';
    } else if (res.status === 401) {
      hint = this.client.endpoint.credentials
        ? ' (the credentials were not accepted)'
        : ' (no credentials: declare this registry with credentials in the registries file, or log in)';
    } else if (res.status === 403 || codes.includes('DENIED')) {
      hint = ' (access denied: check that these credentials may do this on this repository)';
    }
    throw new RegistryError(
      `${this.label}: ${action} failed: HTTP ${res.status}${registryMessage(text)}${hint}`,
      res.status,
      codes[0],
      { retryAfterMs: parseRetryAfter(res.headers['retry-after']) },
    );
  }

  async getManifest(reference: string): Promise<RawManifest> {
    const { res, bytes } = await this.callWhole(
      {
        method: 'GET',
        url: this.url(`/manifests/${reference}`),
        headers: { accept: MANIFEST_ACCEPT },
      },
      `reading manifest ${this.name}${sep(reference)}`,
    );
    const digest = sha256Digest(bytes);
    // A manifest asked for by digest must hash to it: the registry is not trusted blindly.
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new RegistryError(
        `${this.label}: the manifest ${this.name}@${reference} came back with digest ${digest}`,
        200,
        'DIGEST_INVALID',
      );
    }
    return { bytes, digest, mediaType: manifestMediaType(bytes, res.headers['content-type']) };
  }

  /** The manifest's digest without its body, or undefined when the registry does not have it. */
  async headManifest(reference: string): Promise<ManifestHead | undefined> {
    const action = `checking manifest ${this.name}${sep(reference)}`;
    const res = await this.call(
      {
        method: 'HEAD',
        url: this.url(`/manifests/${reference}`),
        headers: { accept: MANIFEST_ACCEPT },
      },
      action,
    );
    if (res.status !== 200 && res.status !== 404) await this.fail(res, action);
    await res.body.dump().catch(() => {});
    if (res.status === 404) return undefined;
    // Without Docker-Content-Digest a HEAD proves presence only: the digest is left empty so
    // that no caller can take it for an equality.
    return {
      digest: res.headers['docker-content-digest'] ?? '',
      mediaType: res.headers['content-type'] ?? '',
      size: Number(res.headers['content-length'] ?? 0),
    };
  }

  /** Stores the manifest's exact bytes under `reference` (a tag or its digest). */
  async putManifest(reference: string, manifest: RawManifest): Promise<string> {
    const action = `writing manifest ${this.name}${sep(reference)}`;
    const res = await this.call(
      {
        method: 'PUT',
        url: this.url(`/manifests/${reference}`),
        headers: { 'content-type': manifest.mediaType },
        body: manifest.bytes,
      },
      action,
    );
    if (res.status !== 201 && res.status !== 200) await this.fail(res, action);
    await res.body.dump().catch(() => {});
    // A registry that stored other bytes than were sent (a rewrite, a conversion) is not trusted.
    const stored = res.headers['docker-content-digest'];
    if (stored && stored !== manifest.digest) {
      throw new RegistryError(
        `${this.label}: the registry stored manifest ${this.name}${sep(reference)} as ${stored}, not as the ${manifest.digest} that was sent`,
        res.status,
        'DIGEST_INVALID',
      );
    }
    return manifest.digest;
  }

  async headBlob(digest: string): Promise<number | undefined> {
    const action = `checking blob ${this.name}@${digest}`;
    const res = await this.call({ method: 'HEAD', url: this.url(`/blobs/${digest}`) }, action);
    if (res.status !== 200 && res.status !== 404) await this.fail(res, action);
    await res.body.dump().catch(() => {});
    if (res.status === 404) return undefined;
    return Number(res.headers['content-length'] ?? 0);
  }

  /** The blob as a stream; the caller must consume or destroy it. */
  async openBlob(digest: string): Promise<Readable> {
    const action = `reading blob ${this.name}@${digest}`;
    const res = await this.call({ method: 'GET', url: this.url(`/blobs/${digest}`) }, action);
    if (res.status !== 200) await this.fail(res, action);
    return res.body;
  }

  /** A small blob (a config) read whole, and checked against its digest. */
  async getBlob(digest: string): Promise<Buffer> {
    const { bytes } = await this.callWhole(
      { method: 'GET', url: this.url(`/blobs/${digest}`) },
      `reading blob ${this.name}@${digest}`,
    );
    const actual = sha256Digest(bytes);
    if (digest.startsWith('sha256:') && actual !== digest) {
      throw new RegistryError(
        `${this.label}: the blob ${this.name}@${digest} came back with digest ${actual}`,
        200,
        'DIGEST_INVALID',
      );
    }
    return bytes;
  }

  /**
   * Asks the registry to link a blob from another repository. Registries that will not (other
   * credentials, mounting disabled) open an upload session instead: its URL is returned for use.
   */
  async mountBlob(
    digest: string,
    from: string,
  ): Promise<{ mounted: true } | { mounted: false; uploadUrl?: string }> {
    const query = new URLSearchParams({ mount: digest, from });
    const action = `mounting blob ${digest} from ${from} into ${this.name}`;
    const res = await this.call(
      { method: 'POST', url: this.url(`/blobs/uploads/?${query}`) },
      action,
    );
    if (res.status === 201) {
      await res.body.dump().catch(() => {});
      return { mounted: true };
    }
    if (res.status === 202) {
      await res.body.dump().catch(() => {});
      return { mounted: false, uploadUrl: this.location(res) };
    }
    // Distribution answers 401 (insufficient_scope) when these credentials may not read the
    // source repository: the blob is then copied with the source's own credentials instead.
    if (res.status === 401 || res.status === 403) {
      await res.body.dump().catch(() => {});
      return { mounted: false };
    }
    return this.fail(res, action);
  }

  private location(res: HttpResponse): string {
    const location = res.headers.location;
    if (!location) {
      throw new RegistryError(
        `${this.label}: the registry opened an upload with no Location`,
        res.status,
      );
    }
    // Relative to the URL that answered, which after a redirect may not be the registry's own.
    return new URL(location, res.url).toString();
  }

  private async startUpload(): Promise<string> {
    return (await this.startUploadSession()).location;
  }

  private async startUploadSession(): Promise<{ location: string; minChunk: number }> {
    const action = `starting an upload to ${this.name}`;
    const res = await this.call({ method: 'POST', url: this.url('/blobs/uploads/') }, action);
    if (res.status !== 202) await this.fail(res, action);
    await res.body.dump().catch(() => {});
    return {
      location: this.location(res),
      minChunk: Number(res.headers['oci-chunk-min-length'] ?? 0) || 0,
    };
  }

  /**
   * Uploads a blob in one PUT; a registry that refuses that gets it in chunks (PATCH) instead.
   * `open` gives a fresh stream each time it is called, since a refused PUT has used up the first.
   */
  async uploadBlob(
    digest: string,
    size: number,
    open: () => Promise<Readable>,
    uploadUrl?: string,
  ): Promise<void> {
    const action = `uploading blob ${digest} to ${this.name}`;
    const location = uploadUrl ?? (await this.startUpload());
    const body = await open();
    let res: HttpResponse;
    try {
      res = await this.call(
        {
          method: 'PUT',
          url: withDigest(location, digest),
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
          body,
        },
        action,
      );
    } finally {
      if (!body.readableEnded) body.destroy();
    }
    if (res.status === 201 || res.status === 204) {
      await res.body.dump().catch(() => {});
      return;
    }
    if (MONOLITHIC_REFUSED.has(res.status)) {
      const codes = parseRegistryErrors(await res.body.text().catch(() => '')).map((e) => e.code);
      if (!codes.includes('DIGEST_INVALID') && !codes.includes('SIZE_INVALID')) {
        return this.uploadChunked(digest, open);
      }
      throw new RegistryError(
        `${this.label}: ${action} failed: HTTP ${res.status}: ${codes.join(', ')}`,
        res.status,
        codes[0],
      );
    }
    await this.fail(res, action);
  }

  private async uploadChunked(digest: string, open: () => Promise<Readable>): Promise<void> {
    const started = await this.startUploadSession();
    let location = started.location;
    // Registries may name the smallest chunk they take (OCI-Chunk-Min-Length).
    const chunkSize = Math.max(DEFAULT_CHUNK_SIZE, started.minChunk);
    const body = await open();
    let offset = 0;
    let pending: Buffer[] = [];
    let pendingSize = 0;
    const chunkAction = `uploading a chunk of blob ${digest} to ${this.name}`;
    const send = async (chunk: Buffer) => {
      const res = await this.call(
        {
          method: 'PATCH',
          url: location,
          headers: {
            'content-type': 'application/octet-stream',
            'content-length': String(chunk.length),
            'content-range': `${offset}-${offset + chunk.length - 1}`,
          },
          body: chunk,
        },
        chunkAction,
      );
      if (res.status !== 202) await this.fail(res, chunkAction);
      await res.body.dump().catch(() => {});
      location = this.location(res);
      offset += chunk.length;
    };
    for await (const data of body) {
      pending.push(data as Buffer);
      pendingSize += (data as Buffer).length;
      while (pendingSize >= chunkSize) {
        const all = Buffer.concat(pending, pendingSize);
        await send(all.subarray(0, chunkSize));
        pending = [all.subarray(chunkSize)];
        pendingSize = all.length - chunkSize;
      }
    }
    if (pendingSize > 0) await send(Buffer.concat(pending, pendingSize));
    const action = `completing blob ${digest} in ${this.name}`;
    const res = await this.call(
      { method: 'PUT', url: withDigest(location, digest), headers: { 'content-length': '0' } },
      action,
    );
    if (res.status !== 201 && res.status !== 204) await this.fail(res, action);
    await res.body.dump().catch(() => {});
  }

  /**
   * The repository's tags in the registry's order, `pageSize` a page (`n=`), following the
   * `Link` header's next page on this registry; at most `max`. `more` is true when the registry
   * showed a tag beyond those (so reaching `max` at the end of a page asks for one page more). Names that are no valid tag are left out: each may go into a URL.
   */
  async listTags(max: number, pageSize = 100): Promise<TagList> {
    const action = `listing the tags of ${this.name}`;
    const tags: string[] = [];
    const seen = new Set<string>();
    let url: string | undefined = this.url(`/tags/list?n=${Math.min(pageSize, max)}`);
    while (url && !seen.has(url)) {
      seen.add(url);
      const { res, bytes } = await this.callWhole(
        { method: 'GET', url, headers: { accept: 'application/json' } },
        action,
      );
      const page = parseTagPage(bytes);
      if (!page) {
        throw new RegistryError(`${this.label}: ${action} failed: the answer is no tag list`, 200);
      }
      for (const tag of page.filter(isValidTag)) {
        if (tags.length === max) return { tags, more: true };
        tags.push(tag);
      }
      // A page with no tags ends the walk, whatever its Link says: it would go on for ever.
      url = page.length ? nextPage(res.headers.link, res.url, this.client.baseUrl) : undefined;
    }
    return { tags, more: false };
  }
}

/** `{"name": …, "tags": […]}`, the answer of tags/list; its tags, or undefined when it is not one. */
function parseTagPage(bytes: Buffer): string[] | undefined {
  try {
    const body = JSON.parse(bytes.toString('utf8')) as { tags?: unknown };
    if (body.tags === null || body.tags === undefined) return [];
    if (Array.isArray(body.tags))
      return body.tags.filter((t): t is string => typeof t === 'string');
  } catch {
    // Not JSON: no tag list.
  }
  return undefined;
}

/** The `rel="next"` URL of a Link header, resolved, when it is on the registry's own origin. */
function nextPage(link: string | undefined, base: string, origin: string): string | undefined {
  const match = /<([^>]*)>\s*;\s*rel="?next"?/.exec(link ?? '');
  if (!match) return undefined;
  try {
    const url = new URL(match[1], base);
    return url.origin === new URL(origin).origin ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function withDigest(location: string, digest: string): string {
  const url = new URL(location);
  url.searchParams.set('digest', digest);
  return url.toString();
}

function sep(reference: string): string {
  return reference.includes(':') ? `@${reference}` : `:${reference}`;
}

/** Keeps error bodies short: a registry may answer with a whole HTML page. */
function clip(text: string): string {
  return text.length > 4096 ? text.slice(0, 4096) : text;
}
