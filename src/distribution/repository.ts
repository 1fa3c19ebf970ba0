import type { Readable } from 'node:stream';
import { RegistryError } from '../errors.js';
import { parseRegistryErrors, registryMessage } from './registry-errors.js';
import { BodyLimit, CountLimit } from '../http/limits.js';
import { formatBytes } from '../units.js';
import { retrying } from '../http/retry.js';
import { describe, isNetworkError, RetriesSpent } from '../http/errors.js';
import { isReplayable, type HttpRequest, type HttpResponse } from '../http/transport.js';
import { parseRetryAfter } from '../http/retry-after.js';
import { readBounded } from '../http/read.js';
import {
  MANIFEST_ACCEPT,
  MediaType,
  digestLike,
  digestMatches,
  manifestMediaType,
  parseReferrersList,
  sha256Digest,
  type Descriptor,
  type RawManifest,
} from '../oci/manifest.js';
import { DIGEST_FORM, isValidDigest, isValidTag } from '../oci/reference.js';
import type { ImageTarget, ManifestHead } from '../oci/store.js';
import { nextLink } from '../http/link.js';
import type { RegistryHost } from './endpoint.js';

export type { ManifestHead } from '../oci/store.js';

/** How much of an answer read whole is taken, and what it is called when there is more. */
interface BodyBound {
  bytes: number;
  what: string;
}

/** Statuses with which a registry says it has no referrers API (OCI 1.1 says 404; some 400/405). */
const REFERRERS_UNSUPPORTED: ReadonlySet<number> = new Set([400, 404, 405, 501]);
const NOT_FOUND: ReadonlySet<number> = new Set([404]);
/** Statuses with which a registry declines to list a repository's tags. */
const TAGS_UNLISTED: ReadonlySet<number> = new Set([401, 403, 404, 405]);

/** Statuses with which a registry says it will not take a blob in one PUT. */
const MONOLITHIC_REFUSED = new Set([400, 405, 413, 416, 501]);
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;

export class Repository implements ImageTarget {
  /** The ping and token `prepareAuth` started, awaited by the first request. */
  private prepared: Promise<unknown> | undefined;

  constructor(
    readonly client: RegistryHost,
    readonly name: string,
    private readonly scopes: string[],
  ) {}

  /**
   * Starts this handle's ping and token ahead of its first request: a step that reads one
   * registry and writes another authenticates with both at once, not one after the other (two
   * round trips fewer on a wide-area link). A failure is thrown by the first request, as that
   * request would have thrown it, and not fetched a second time.
   */
  prepareAuth(): void {
    this.prepared ??= this.client.auth.authorization(this.scopes);
    this.prepared.catch(() => {});
  }

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
      if (this.prepared) {
        const prepared = this.prepared;
        this.prepared = undefined;
        await prepared;
      }
      const authorization = ownOrigin ? await this.authorize() : undefined;
      const headers = { ...req.headers, ...(authorization ? { authorization } : {}) };
      await this.client.pace?.take(transport.signal);
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

  /** The token (or Basic value) for this handle; a token service's refusal gets the hint too. */
  private async authorize(): Promise<string | undefined> {
    try {
      return await this.client.auth.authorization(this.scopes);
    } catch (error) {
      const hint = this.client.endpoint.refusalHint;
      if (
        hint &&
        error instanceof RegistryError &&
        (error.status === 401 || error.status === 403)
      ) {
        throw new RegistryError(`${error.message}; ${hint}`, error.status, error.code, {
          cause: error,
        });
      }
      throw error;
    }
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
   * A request whose small answer (a manifest, a config, a page of a list) is read whole, at most
   * `limit.bytes`. A connection dropped half-way through the body is retried like one dropped
   * before the answer, from the same retry budget. `optional`: the statuses in `absent` (404 by
   * default) mean "not there", not a failure.
   */
  private callWhole(
    req: HttpRequest,
    action: string,
    limit: BodyBound,
  ): Promise<{ res: HttpResponse; bytes: Buffer }>;
  private callWhole(
    req: HttpRequest,
    action: string,
    limit: BodyBound,
    optional: boolean,
    absent?: ReadonlySet<number>,
  ): Promise<{ res: HttpResponse; bytes: Buffer } | undefined>;
  private callWhole(
    req: HttpRequest,
    action: string,
    limit: BodyBound,
    optional = false,
    absent: ReadonlySet<number> = NOT_FOUND,
  ): Promise<{ res: HttpResponse; bytes: Buffer } | undefined> {
    return retrying(
      async (budget) => {
        const res = await this.call(req, action);
        if (optional && absent.has(res.status)) {
          await res.body.dump().catch(() => {});
          return undefined;
        }
        if (res.status !== 200) await this.fail(res, action);
        const bytes = await readBounded(
          res.body,
          limit.bytes,
          (max) =>
            new RegistryError(
              `${this.label}: ${action} failed: the ${limit.what} is larger than ${max}, the limit; refused`,
              res.status,
              'SIZE_INVALID',
            ),
          // A body that drips (a byte just within every idle timeout) ends with the budget.
          {
            ms: budget.remaining(),
            late: (within) =>
              new RegistryError(
                `${this.label}: ${action} failed: the ${limit.what} was not read whole within ${within}, the retry budget left; refused`,
                res.status,
                'TIMEOUT',
              ),
          },
        );
        return { res, bytes };
      },
      {
        // The request's own failures arrive as RegistryErrors (its retries are spent by then):
        // only a body that broke off half-way is tried again here.
        retryable: (error) => isNetworkError(error) && !(error instanceof RegistryError),
        exhausted: (error, stop) => {
          throw this.networkError(new RetriesSpent(error, stop), action);
        },
      },
    );
  }

  private async fail(res: HttpResponse, action: string): Promise<never> {
    // A body already drained (a HEAD's, say) cannot be read again: undici would throw outside
    // the promise. An error body is read for the registry's message only, its start at most.
    const drained = res.body.destroyed || res.body.readableEnded || res.body.bodyUsed;
    const text = drained
      ? ''
      : await readBounded(res.body, BodyLimit.errorBody).then(
          (bytes) => bytes.toString('utf8'),
          () => '',
        );
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
    const gaveUp = res.gaveUp ? ` (${res.gaveUp})` : '';
    const refused = res.status === 401 || res.status === 403 || codes.includes('DENIED');
    const other =
      refused && this.client.endpoint.refusalHint ? `; ${this.client.endpoint.refusalHint}` : '';
    throw new RegistryError(
      `${this.label}: ${action} failed: HTTP ${res.status}${registryMessage(text)}${hint}${other}${gaveUp}`,
      res.status,
      codes[0],
      { retryAfterMs: parseRetryAfter(res.headers['retry-after']) },
    );
  }

  /** A manifest reference (a tag or a digest) or a blob digest, checked before it joins a URL. */
  private checkReference(reference: string, what: 'manifest' | 'blob'): void {
    if (isValidDigest(reference) || (what === 'manifest' && isValidTag(reference))) return;
    throw new RegistryError(
      `${this.label}: ${this.name}: "${reference}" is not a ${what === 'manifest' ? 'tag or a digest' : 'digest'} (${DIGEST_FORM}); not requested`,
      0,
      'DIGEST_INVALID',
    );
  }

  async getManifest(reference: string): Promise<RawManifest> {
    const found = await this.readManifest(reference, false);
    if (!found) throw new Error(`unreachable: ${reference} came back absent`);
    return found;
  }

  /** The manifest, or undefined when the registry has none under `reference` (a probe). */
  findManifest(reference: string): Promise<RawManifest | undefined> {
    return this.readManifest(reference, true);
  }

  private async readManifest(
    reference: string,
    optional: boolean,
  ): Promise<RawManifest | undefined> {
    this.checkReference(reference, 'manifest');
    const found = await this.callWhole(
      {
        method: 'GET',
        url: this.url(`/manifests/${reference}`),
        headers: { accept: MANIFEST_ACCEPT },
      },
      `reading manifest ${this.name}${sep(reference)}`,
      { bytes: BodyLimit.manifest, what: 'manifest' },
      optional,
    );
    if (!found) return undefined;
    const { res, bytes } = found;
    // A manifest asked for by digest must hash to it, in that digest's algorithm: the registry
    // is not trusted blindly.
    const byDigest = isValidDigest(reference);
    const digest = byDigest ? digestLike(bytes, reference) : sha256Digest(bytes);
    if (byDigest && digest !== reference) {
      throw new RegistryError(
        `${this.label}: the manifest ${this.name}@${reference} came back with digest ${digest}`,
        200,
        'DIGEST_INVALID',
      );
    }
    return { bytes, digest, mediaType: manifestMediaType(bytes, res.headers['content-type']) };
  }

  /**
   * The OCI 1.1 referrers API: descriptors of the manifests whose `subject` is `digest`, every
   * page followed. `undefined` when the registry has no such API (distribution 2.8 answers 404),
   * so the caller falls back to the referrers tag schema. `artifactType` asks the registry to
   * filter; one that ignores the filter (no `OCI-Filters-Applied`) is filtered here.
   */
  async listReferrers(digest: string, artifactType?: string): Promise<Descriptor[] | undefined> {
    this.checkReference(digest, 'blob');
    const action = `listing referrers of ${this.name}@${digest}`;
    const query = artifactType ? `?${new URLSearchParams({ artifactType })}` : '';
    let url: string | undefined = this.url(`/referrers/${digest}${query}`);
    const found: Descriptor[] = [];
    const listed = new Set<string>();
    let bytes = 0;
    for (let page = 0; url; page++) {
      if (page >= CountLimit.referrerPages) {
        throw new RegistryError(
          `${this.label}: ${action}: more than ${CountLimit.referrerPages} pages; refused`,
          200,
        );
      }
      const answer = await this.callWhole(
        { method: 'GET', url, headers: { accept: MediaType.ociIndex } },
        action,
        { bytes: BodyLimit.listPage, what: 'page of referrers' },
        true,
        REFERRERS_UNSUPPORTED,
      );
      if (!answer) return page === 0 ? undefined : found;
      bytes += answer.bytes.length;
      if (bytes > BodyLimit.referrersListing) {
        throw new RegistryError(
          `${this.label}: ${action}: more than ${formatBytes(BodyLimit.referrersListing)} in all its pages; refused`,
          200,
          'SIZE_INVALID',
        );
      }
      // Each entry is checked: its digest goes into URLs next; one that is no descriptor is left out.
      const list = parseReferrersList(
        { bytes: answer.bytes, digest: sha256Digest(answer.bytes), mediaType: MediaType.ociIndex },
        `${this.label}: ${action}`,
      );
      const filtered = /artifactType/i.test(answer.res.headers['oci-filters-applied'] ?? '');
      for (const entry of list.entries) {
        if (artifactType && !filtered && entry.artifactType !== artifactType) continue;
        // An entry listed again (on a later page, say) is held once.
        if (listed.has(entry.digest)) continue;
        listed.add(entry.digest);
        found.push(entry);
      }
      url = nextLink(answer.res.headers.link, answer.res.url);
    }
    return found;
  }

  /**
   * The repository's tags, `pageSize` at a time following `Link`, up to `limit`: `complete` is
   * false when there were more. `undefined` when the registry will not list them (some refuse
   * listing to tokens that may pull).
   */
  async listTags(
    limit: number,
    pageSize = 1000,
  ): Promise<{ tags: string[]; complete: boolean } | undefined> {
    // A step that lists twice (referrer discovery, then a report's other tags) asks once: the
    // listing kept answers any later one it covers, until this handle writes a tag.
    const kept = this.tagListing;
    if (kept && (kept.limit >= limit || kept.listed?.complete)) {
      const listed = kept.listed;
      if (!listed) return undefined;
      return {
        tags: listed.tags.slice(0, limit),
        complete: listed.complete && listed.tags.length <= limit,
      };
    }
    const listed = await this.fetchTags(limit, pageSize);
    this.tagListing = { limit, listed };
    return listed;
  }

  /** The last tag listing of this handle, and the limit it was made with. */
  private tagListing?: {
    limit: number;
    listed: { tags: string[]; complete: boolean } | undefined;
  };

  private async fetchTags(
    limit: number,
    pageSize: number,
  ): Promise<{ tags: string[]; complete: boolean } | undefined> {
    const action = `listing the tags of ${this.name}`;
    let url: string | undefined = this.url(`/tags/list?n=${pageSize}`);
    const tags: string[] = [];
    const seen = new Set<string>();
    // A registry that links back to a page it sent, sends empty pages on, or pages that name
    // only tags it named already (under ever-new `last=`), ends the listing: each tag is listed
    // once. Past `CountLimit.tagPages` the listing ends incomplete, as at its `limit`.
    const asked = new Set<string>();
    for (let pages = 0; url && !asked.has(url); pages++) {
      if (tags.length >= limit || pages >= CountLimit.tagPages) {
        return { tags: tags.slice(0, limit), complete: false };
      }
      asked.add(url);
      const page: string = url;
      const answer = await this.callWhole(
        { method: 'GET', url: page },
        action,
        { bytes: BodyLimit.listPage, what: 'page of tags' },
        true,
        TAGS_UNLISTED,
      );
      if (!answer) return tags.length ? { tags, complete: false } : undefined;
      let body: { tags?: unknown };
      try {
        body = JSON.parse(answer.bytes.toString('utf8')) ?? {};
      } catch {
        throw new RegistryError(`${this.label}: ${action}: the answer is not JSON`, 200);
      }
      const before = tags.length;
      for (const tag of Array.isArray(body.tags) ? body.tags : []) {
        if (typeof tag === 'string' && !seen.has(tag)) {
          seen.add(tag);
          tags.push(tag);
        }
      }
      url = tags.length > before ? nextLink(answer.res.headers.link, answer.res.url) : undefined;
    }
    return { tags: tags.slice(0, limit), complete: tags.length <= limit };
  }

  /** The manifest's digest without its body, or undefined when the registry does not have it. */
  async headManifest(reference: string): Promise<ManifestHead | undefined> {
    this.checkReference(reference, 'manifest');
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
    const digest = res.headers['docker-content-digest'] ?? '';
    return {
      // A digest not of the known form is no digest: it is never compared or sent back.
      digest: isValidDigest(digest) ? digest : '',
      mediaType: res.headers['content-type'] ?? '',
      size: Number(res.headers['content-length'] ?? 0),
    };
  }

  /**
   * Stores the manifest's exact bytes under `reference` (a tag or its digest). `subject` is the
   * registry's `OCI-Subject` answer: set when it indexed the manifest's subject for its referrers
   * API, so no referrers tag index needs writing.
   */
  async putManifest(
    reference: string,
    manifest: RawManifest,
  ): Promise<{ digest: string; subject?: string }> {
    // A tag written (or moved) here: a kept listing no longer tells the truth.
    this.tagListing = undefined;
    this.checkReference(reference, 'manifest');
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
    // The registry names it in its own algorithm (sha256), whichever the manifest was asked by.
    const stored = res.headers['docker-content-digest'];
    if (stored && !digestMatches(manifest.bytes, stored)) {
      throw new RegistryError(
        `${this.label}: the registry stored manifest ${this.name}${sep(reference)} as ${stored}, not as the ${manifest.digest} that was sent`,
        res.status,
        'DIGEST_INVALID',
      );
    }
    const subject = res.headers['oci-subject'];
    return { digest: manifest.digest, ...(subject ? { subject } : {}) };
  }

  async headBlob(digest: string): Promise<number | undefined> {
    this.checkReference(digest, 'blob');
    const action = `checking blob ${this.name}@${digest}`;
    const res = await this.call({ method: 'HEAD', url: this.url(`/blobs/${digest}`) }, action);
    if (res.status !== 200 && res.status !== 404) await this.fail(res, action);
    await res.body.dump().catch(() => {});
    if (res.status === 404) return undefined;
    return Number(res.headers['content-length'] ?? 0);
  }

  /** The blob as a stream; the caller must consume or destroy it. */
  async openBlob(digest: string): Promise<Readable> {
    this.checkReference(digest, 'blob');
    const action = `reading blob ${this.name}@${digest}`;
    const res = await this.call({ method: 'GET', url: this.url(`/blobs/${digest}`) }, action);
    if (res.status !== 200) await this.fail(res, action);
    return res.body;
  }

  /** A small blob (a config) read whole, and checked against its digest. */
  async getBlob(digest: string): Promise<Buffer> {
    this.checkReference(digest, 'blob');
    const { bytes } = await this.callWhole(
      { method: 'GET', url: this.url(`/blobs/${digest}`) },
      `reading blob ${this.name}@${digest}`,
      { bytes: BodyLimit.config, what: 'blob' },
    );
    const actual = digestLike(bytes, digest);
    if (actual !== digest) {
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
    this.checkReference(digest, 'blob');
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
   * Proves that this identity may push here without writing anything: an upload session is
   * opened (which needs push access, with Basic auth as with a token) and cancelled at once. A
   * refusal fails as any request does, naming the registry, the status and the registry's error.
   */
  async checkPushAccess(): Promise<void> {
    const { location } = await this.startUploadSession();
    const action = `cancelling the test upload to ${this.name}`;
    try {
      const res = await this.call({ method: 'DELETE', url: location }, action);
      await res.body.dump().catch(() => {});
    } catch {
      // A registry that keeps the session lets it expire: nothing was written.
    }
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
    this.checkReference(digest, 'blob');
    const location = uploadUrl ?? (await this.startUpload());
    return this.inSession(location, () => this.putBlob(digest, size, open, location));
  }

  /**
   * Work on an upload session, known to the client while it is open: a cancel in the middle
   * leaves it listed, for `cancelUploads`. `moved` follows a session whose URL changes (chunks).
   */
  private async inSession<T>(
    location: string,
    work: (moved: (url: string) => void) => Promise<T>,
  ): Promise<T> {
    const { uploads, transport } = this.client;
    const entry = {
      url: location,
      authorization: await this.client.auth.authorization(this.scopes).catch(() => undefined),
    };
    uploads.add(entry);
    try {
      return await work((url) => (entry.url = url));
    } finally {
      if (!transport.signal?.aborted) uploads.delete(entry);
    }
  }

  private async putBlob(
    digest: string,
    size: number,
    open: () => Promise<Readable>,
    location: string,
  ): Promise<void> {
    const action = `uploading blob ${digest} to ${this.name}`;
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
      const text = await readBounded(res.body, BodyLimit.errorBody).catch(() => Buffer.alloc(0));
      const codes = parseRegistryErrors(text.toString('utf8')).map((e) => e.code);
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
    return this.inSession(started.location, (moved) =>
      this.putChunks(digest, open, started, moved),
    );
  }

  private async putChunks(
    digest: string,
    open: () => Promise<Readable>,
    started: { location: string; minChunk: number },
    moved: (url: string) => void,
  ): Promise<void> {
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
      moved(location);
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
}

function withDigest(location: string, digest: string): string {
  const url = new URL(location);
  url.searchParams.set('digest', digest);
  return url.toString();
}

function sep(reference: string): string {
  return reference.includes(':') ? `@${reference}` : `:${reference}`;
}
