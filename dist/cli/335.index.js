export const id = 335;
export const ids = [335];
export const modules = {

/***/ 75943:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ registryMessage),
/* harmony export */   k: () => (/* binding */ parseRegistryErrors)
/* harmony export */ });
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88005);

/** What a registry says went wrong, in its error body (distribution spec, "Error Codes"). */
/** The registry's own JSON error, `: CODE: message`, or the start of a plain body. */
function registryMessage(body) {
    const errors = parseRegistryErrors(body);
    if (errors.length) {
        return `: ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLogText */ .dD)(errors.map((e) => `${e.code}: ${e.message}`).join('; '))}`;
    }
    const text = body.trim().slice(0, 200);
    return text && !text.startsWith('<') ? `: ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLogText */ .dD)(text)}` : '';
}
function parseRegistryErrors(body) {
    try {
        const parsed = JSON.parse(body);
        if (Array.isArray(parsed.errors)) {
            // Each entry as sent may be anything: only strings are taken from it.
            return parsed.errors.map((e) => ({
                code: typeof e?.code === 'string' ? e.code : 'UNKNOWN',
                message: typeof e?.message === 'string' ? e.message : '',
            }));
        }
        if (typeof parsed.details === 'string')
            return [{ code: 'ERROR', message: parsed.details }];
    }
    catch {
        /* not JSON */
    }
    return [];
}


/***/ }),

/***/ 94294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ Repository)
});

// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/distribution/registry-errors.js
var registry_errors = __webpack_require__(75943);
// EXTERNAL MODULE: ./.build/src/http/limits.js
var limits = __webpack_require__(94146);
// EXTERNAL MODULE: ./.build/src/units.js
var units = __webpack_require__(31496);
// EXTERNAL MODULE: ./.build/src/http/retry.js
var retry = __webpack_require__(60174);
// EXTERNAL MODULE: ./.build/src/http/errors.js
var http_errors = __webpack_require__(37677);
// EXTERNAL MODULE: ./.build/src/http/transport.js
var http_transport = __webpack_require__(90737);
// EXTERNAL MODULE: ./.build/src/http/retry-after.js
var retry_after = __webpack_require__(17437);
// EXTERNAL MODULE: ./.build/src/http/read.js
var read = __webpack_require__(25186);
// EXTERNAL MODULE: ./.build/src/oci/manifest.js
var oci_manifest = __webpack_require__(66908);
// EXTERNAL MODULE: ./.build/src/oci/reference.js
var oci_reference = __webpack_require__(92968);
;// CONCATENATED MODULE: ./.build/src/http/link.js
/** The `rel="next"` target of a `Link` header, resolved against the URL that answered. */
function nextLink(header, base) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (match && /\brel\s*=\s*"?next"?/i.test(match[2])) {
            const next = new URL(match[1], base);
            // A next page on another host would take this registry's token with it: refused.
            if (next.origin !== new URL(base).origin)
                return undefined;
            return next.toString();
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/distribution/repository.js












/** Statuses with which a registry says it has no referrers API (OCI 1.1 says 404; some 400/405). */
const REFERRERS_UNSUPPORTED = new Set([400, 404, 405, 501]);
const NOT_FOUND = new Set([404]);
/** Statuses with which a registry declines to list a repository's tags. */
const TAGS_UNLISTED = new Set([401, 403, 404, 405]);
/** Statuses with which a registry says it will not take a blob in one PUT. */
const MONOLITHIC_REFUSED = new Set([400, 405, 413, 416, 501]);
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
class Repository {
    client;
    name;
    scopes;
    /** The ping and token `prepareAuth` started, awaited by the first request. */
    prepared;
    constructor(client, name, scopes) {
        this.client = client;
        this.name = name;
        this.scopes = scopes;
    }
    /**
     * Starts this handle's ping and token ahead of its first request: a step that reads one
     * registry and writes another authenticates with both at once, not one after the other (two
     * round trips fewer on a wide-area link). A failure is thrown by the first request, as that
     * request would have thrown it, and not fetched a second time.
     */
    prepareAuth() {
        this.prepared ??= this.client.auth.authorization(this.scopes);
        this.prepared.catch(() => { });
    }
    get label() {
        return this.client.label;
    }
    /** Another repository of the same registry, read with this handle's token (whose scopes cover it). */
    sibling(name) {
        return new Repository(this.client, name, this.scopes);
    }
    url(path) {
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
    async call(req, action) {
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
            }
            catch (error) {
                throw this.networkError(error, action);
            }
        };
        const first = await send();
        const res = first.res;
        if (res.status !== 401 || !ownOrigin)
            return res;
        const challenge = res.headers['www-authenticate'];
        // A registry whose /v2/ is open may still guard its repositories: learn its challenge here.
        const learnt = auth.learnChallenge(challenge);
        const scopeRefused = /error="?insufficient_scope/i.test(challenge ?? '');
        if (!learnt && (!auth.usesTokens || scopeRefused))
            return res;
        await auth.invalidate(this.scopes, first.authorization);
        if (!(0,http_transport/* isReplayable */.e1)(req))
            return res;
        await res.body.dump().catch(() => { });
        return (await send()).res;
    }
    /** The token (or Basic value) for this handle; a token service's refusal gets the hint too. */
    async authorize() {
        try {
            return await this.client.auth.authorization(this.scopes);
        }
        catch (error) {
            const hint = this.client.endpoint.refusalHint;
            if (hint &&
                error instanceof errors/* RegistryError */.gl &&
                (error.status === 401 || error.status === 403)) {
                throw new errors/* RegistryError */.gl(`${error.message}; ${hint}`, error.status, error.code, {
                    cause: error,
                });
            }
            throw error;
        }
    }
    /** A dropped connection or timeout, said in user words; retries still see the cause. */
    networkError(error, action) {
        if (!(0,http_errors/* isNetworkError */.TX)(error) || error instanceof errors/* RegistryError */.gl)
            return error;
        return new errors/* RegistryError */.gl(`${this.label}: ${action} failed: the connection failed (${(0,http_errors/* describe */.q0)(error)})`, 0, 'NETWORK', { cause: error });
    }
    callWhole(req, action, limit, optional = false, absent = NOT_FOUND) {
        return (0,retry/* retrying */.R$)(async (budget) => {
            const res = await this.call(req, action);
            if (optional && absent.has(res.status)) {
                await res.body.dump().catch(() => { });
                return undefined;
            }
            if (res.status !== 200)
                await this.fail(res, action);
            const bytes = await (0,read/* readBounded */.CB)(res.body, limit.bytes, (max) => new errors/* RegistryError */.gl(`${this.label}: ${action} failed: the ${limit.what} is larger than ${max}, the limit; refused`, res.status, 'SIZE_INVALID'), 
            // A body that drips (a byte just within every idle timeout) ends with the budget.
            {
                ms: budget.remaining(),
                late: (within) => new errors/* RegistryError */.gl(`${this.label}: ${action} failed: the ${limit.what} was not read whole within ${within}, the retry budget left; refused`, res.status, 'TIMEOUT'),
            });
            return { res, bytes };
        }, {
            // The request's own failures arrive as RegistryErrors (its retries are spent by then):
            // only a body that broke off half-way is tried again here.
            retryable: (error) => (0,http_errors/* isNetworkError */.TX)(error) && !(error instanceof errors/* RegistryError */.gl),
            exhausted: (error, stop) => {
                throw this.networkError(new http_errors/* RetriesSpent */.R1(error, stop), action);
            },
        });
    }
    async fail(res, action) {
        // A body already drained (a HEAD's, say) cannot be read again: undici would throw outside
        // the promise. An error body is read for the registry's message only, its start at most.
        const drained = res.body.destroyed || res.body.readableEnded || res.body.bodyUsed;
        const text = drained
            ? ''
            : await (0,read/* readBounded */.CB)(res.body, limits/* BodyLimit */.qc.errorBody).then((bytes) => bytes.toString('utf8'), () => '');
        const codes = (0,registry_errors/* parseRegistryErrors */.k)(text).map((e) => e.code);
        let hint = '';
        if (res.status === 401 && /insufficient_scope/i.test(res.headers['www-authenticate'] ?? '')) {
            hint = ' (access denied: check that these credentials may do this on this repository)';
        }
        else if (res.status === 401) {
            hint = this.client.endpoint.credentials
                ? ' (the credentials were not accepted)'
                : ' (no credentials: declare this registry with credentials in the registries file, or log in)';
        }
        else if (res.status === 403 || codes.includes('DENIED')) {
            hint = ' (access denied: check that these credentials may do this on this repository)';
        }
        const gaveUp = res.gaveUp ? ` (${res.gaveUp})` : '';
        const refused = res.status === 401 || res.status === 403 || codes.includes('DENIED');
        const other = refused && this.client.endpoint.refusalHint ? `; ${this.client.endpoint.refusalHint}` : '';
        throw new errors/* RegistryError */.gl(`${this.label}: ${action} failed: HTTP ${res.status}${(0,registry_errors/* registryMessage */.D)(text)}${hint}${other}${gaveUp}`, res.status, codes[0], { retryAfterMs: (0,retry_after/* parseRetryAfter */.m)(res.headers['retry-after']) });
    }
    /** A manifest reference (a tag or a digest) or a blob digest, checked before it joins a URL. */
    checkReference(reference, what) {
        if ((0,oci_reference/* isValidDigest */.fH)(reference) || (what === 'manifest' && (0,oci_reference/* isValidTag */.r_)(reference)))
            return;
        throw new errors/* RegistryError */.gl(`${this.label}: ${this.name}: "${reference}" is not a ${what === 'manifest' ? 'tag or a digest' : 'digest'} (${oci_reference/* DIGEST_FORM */.uY}); not requested`, 0, 'DIGEST_INVALID');
    }
    async getManifest(reference) {
        const found = await this.readManifest(reference, false);
        if (!found)
            throw new Error(`unreachable: ${reference} came back absent`);
        return found;
    }
    /** The manifest, or undefined when the registry has none under `reference` (a probe). */
    findManifest(reference) {
        return this.readManifest(reference, true);
    }
    async readManifest(reference, optional) {
        this.checkReference(reference, 'manifest');
        const found = await this.callWhole({
            method: 'GET',
            url: this.url(`/manifests/${reference}`),
            headers: { accept: oci_manifest/* MANIFEST_ACCEPT */.dY },
        }, `reading manifest ${this.name}${sep(reference)}`, { bytes: limits/* BodyLimit */.qc.manifest, what: 'manifest' }, optional);
        if (!found)
            return undefined;
        const { res, bytes } = found;
        // A manifest asked for by digest must hash to it, in that digest's algorithm: the registry
        // is not trusted blindly.
        const byDigest = (0,oci_reference/* isValidDigest */.fH)(reference);
        const digest = byDigest ? (0,oci_manifest/* digestLike */.kG)(bytes, reference) : (0,oci_manifest/* sha256Digest */.sI)(bytes);
        if (byDigest && digest !== reference) {
            throw new errors/* RegistryError */.gl(`${this.label}: the manifest ${this.name}@${reference} came back with digest ${digest}`, 200, 'DIGEST_INVALID');
        }
        return { bytes, digest, mediaType: (0,oci_manifest/* manifestMediaType */.gp)(bytes, res.headers['content-type']) };
    }
    /**
     * The OCI 1.1 referrers API: descriptors of the manifests whose `subject` is `digest`, every
     * page followed. `undefined` when the registry has no such API (distribution 2.8 answers 404),
     * so the caller falls back to the referrers tag schema. `artifactType` asks the registry to
     * filter; one that ignores the filter (no `OCI-Filters-Applied`) is filtered here.
     */
    async listReferrers(digest, artifactType) {
        this.checkReference(digest, 'blob');
        const action = `listing referrers of ${this.name}@${digest}`;
        const query = artifactType ? `?${new URLSearchParams({ artifactType })}` : '';
        let url = this.url(`/referrers/${digest}${query}`);
        const found = [];
        const listed = new Set();
        let bytes = 0;
        for (let page = 0; url; page++) {
            if (page >= limits/* CountLimit */.h1.referrerPages) {
                throw new errors/* RegistryError */.gl(`${this.label}: ${action}: more than ${limits/* CountLimit */.h1.referrerPages} pages; refused`, 200);
            }
            const answer = await this.callWhole({ method: 'GET', url, headers: { accept: oci_manifest/* MediaType */.zu.ociIndex } }, action, { bytes: limits/* BodyLimit */.qc.listPage, what: 'page of referrers' }, true, REFERRERS_UNSUPPORTED);
            if (!answer)
                return page === 0 ? undefined : found;
            bytes += answer.bytes.length;
            if (bytes > limits/* BodyLimit */.qc.referrersListing) {
                throw new errors/* RegistryError */.gl(`${this.label}: ${action}: more than ${(0,units/* formatBytes */.z3)(limits/* BodyLimit */.qc.referrersListing)} in all its pages; refused`, 200, 'SIZE_INVALID');
            }
            // Each entry is checked: its digest goes into URLs next; one that is no descriptor is left out.
            const list = (0,oci_manifest/* parseReferrersList */.a_)({ bytes: answer.bytes, digest: (0,oci_manifest/* sha256Digest */.sI)(answer.bytes), mediaType: oci_manifest/* MediaType */.zu.ociIndex }, `${this.label}: ${action}`);
            const filtered = /artifactType/i.test(answer.res.headers['oci-filters-applied'] ?? '');
            for (const entry of list.entries) {
                if (artifactType && !filtered && entry.artifactType !== artifactType)
                    continue;
                // An entry listed again (on a later page, say) is held once.
                if (listed.has(entry.digest))
                    continue;
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
    async listTags(limit, pageSize = 1000) {
        // A step that lists twice (referrer discovery, then a report's other tags) asks once: the
        // listing kept answers any later one it covers, until this handle writes a tag.
        const kept = this.tagListing;
        if (kept && (kept.limit >= limit || kept.listed?.complete)) {
            const listed = kept.listed;
            if (!listed)
                return undefined;
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
    tagListing;
    async fetchTags(limit, pageSize) {
        const action = `listing the tags of ${this.name}`;
        let url = this.url(`/tags/list?n=${pageSize}`);
        const tags = [];
        const seen = new Set();
        // A registry that links back to a page it sent, sends empty pages on, or pages that name
        // only tags it named already (under ever-new `last=`), ends the listing: each tag is listed
        // once. Past `CountLimit.tagPages` the listing ends incomplete, as at its `limit`.
        const asked = new Set();
        for (let pages = 0; url && !asked.has(url); pages++) {
            if (tags.length >= limit || pages >= limits/* CountLimit */.h1.tagPages) {
                return { tags: tags.slice(0, limit), complete: false };
            }
            asked.add(url);
            const page = url;
            const answer = await this.callWhole({ method: 'GET', url: page }, action, { bytes: limits/* BodyLimit */.qc.listPage, what: 'page of tags' }, true, TAGS_UNLISTED);
            if (!answer)
                return tags.length ? { tags, complete: false } : undefined;
            let body;
            try {
                body = JSON.parse(answer.bytes.toString('utf8')) ?? {};
            }
            catch {
                throw new errors/* RegistryError */.gl(`${this.label}: ${action}: the answer is not JSON`, 200);
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
    async headManifest(reference) {
        this.checkReference(reference, 'manifest');
        const action = `checking manifest ${this.name}${sep(reference)}`;
        const res = await this.call({
            method: 'HEAD',
            url: this.url(`/manifests/${reference}`),
            headers: { accept: oci_manifest/* MANIFEST_ACCEPT */.dY },
        }, action);
        if (res.status !== 200 && res.status !== 404)
            await this.fail(res, action);
        await res.body.dump().catch(() => { });
        if (res.status === 404)
            return undefined;
        // Without Docker-Content-Digest a HEAD proves presence only: the digest is left empty so
        // that no caller can take it for an equality.
        const digest = res.headers['docker-content-digest'] ?? '';
        return {
            // A digest not of the known form is no digest: it is never compared or sent back.
            digest: (0,oci_reference/* isValidDigest */.fH)(digest) ? digest : '',
            mediaType: res.headers['content-type'] ?? '',
            size: Number(res.headers['content-length'] ?? 0),
        };
    }
    /**
     * Stores the manifest's exact bytes under `reference` (a tag or its digest). `subject` is the
     * registry's `OCI-Subject` answer: set when it indexed the manifest's subject for its referrers
     * API, so no referrers tag index needs writing.
     */
    async putManifest(reference, manifest) {
        // A tag written (or moved) here: a kept listing no longer tells the truth.
        this.tagListing = undefined;
        this.checkReference(reference, 'manifest');
        const action = `writing manifest ${this.name}${sep(reference)}`;
        const res = await this.call({
            method: 'PUT',
            url: this.url(`/manifests/${reference}`),
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
        }, action);
        if (res.status !== 201 && res.status !== 200)
            await this.fail(res, action);
        await res.body.dump().catch(() => { });
        // A registry that stored other bytes than were sent (a rewrite, a conversion) is not trusted.
        // The registry names it in its own algorithm (sha256), whichever the manifest was asked by.
        const stored = res.headers['docker-content-digest'];
        if (stored && !(0,oci_manifest/* digestMatches */.U2)(manifest.bytes, stored)) {
            throw new errors/* RegistryError */.gl(`${this.label}: the registry stored manifest ${this.name}${sep(reference)} as ${stored}, not as the ${manifest.digest} that was sent`, res.status, 'DIGEST_INVALID');
        }
        const subject = res.headers['oci-subject'];
        return { digest: manifest.digest, ...(subject ? { subject } : {}) };
    }
    async headBlob(digest) {
        this.checkReference(digest, 'blob');
        const action = `checking blob ${this.name}@${digest}`;
        const res = await this.call({ method: 'HEAD', url: this.url(`/blobs/${digest}`) }, action);
        if (res.status !== 200 && res.status !== 404)
            await this.fail(res, action);
        await res.body.dump().catch(() => { });
        if (res.status === 404)
            return undefined;
        return Number(res.headers['content-length'] ?? 0);
    }
    /** The blob as a stream; the caller must consume or destroy it. */
    async openBlob(digest) {
        this.checkReference(digest, 'blob');
        const action = `reading blob ${this.name}@${digest}`;
        const res = await this.call({ method: 'GET', url: this.url(`/blobs/${digest}`) }, action);
        if (res.status !== 200)
            await this.fail(res, action);
        return res.body;
    }
    /** A small blob (a config) read whole, and checked against its digest. */
    async getBlob(digest) {
        this.checkReference(digest, 'blob');
        const { bytes } = await this.callWhole({ method: 'GET', url: this.url(`/blobs/${digest}`) }, `reading blob ${this.name}@${digest}`, { bytes: limits/* BodyLimit */.qc.config, what: 'blob' });
        const actual = (0,oci_manifest/* digestLike */.kG)(bytes, digest);
        if (actual !== digest) {
            throw new errors/* RegistryError */.gl(`${this.label}: the blob ${this.name}@${digest} came back with digest ${actual}`, 200, 'DIGEST_INVALID');
        }
        return bytes;
    }
    /**
     * Asks the registry to link a blob from another repository. Registries that will not (other
     * credentials, mounting disabled) open an upload session instead: its URL is returned for use.
     */
    async mountBlob(digest, from) {
        this.checkReference(digest, 'blob');
        const query = new URLSearchParams({ mount: digest, from });
        const action = `mounting blob ${digest} from ${from} into ${this.name}`;
        const res = await this.call({ method: 'POST', url: this.url(`/blobs/uploads/?${query}`) }, action);
        if (res.status === 201) {
            await res.body.dump().catch(() => { });
            return { mounted: true };
        }
        if (res.status === 202) {
            await res.body.dump().catch(() => { });
            return { mounted: false, uploadUrl: this.location(res) };
        }
        // Distribution answers 401 (insufficient_scope) when these credentials may not read the
        // source repository: the blob is then copied with the source's own credentials instead.
        if (res.status === 401 || res.status === 403) {
            await res.body.dump().catch(() => { });
            return { mounted: false };
        }
        return this.fail(res, action);
    }
    location(res) {
        const location = res.headers.location;
        if (!location) {
            throw new errors/* RegistryError */.gl(`${this.label}: the registry opened an upload with no Location`, res.status);
        }
        // Relative to the URL that answered, which after a redirect may not be the registry's own.
        return new URL(location, res.url).toString();
    }
    async startUpload() {
        return (await this.startUploadSession()).location;
    }
    async startUploadSession() {
        const action = `starting an upload to ${this.name}`;
        const res = await this.call({ method: 'POST', url: this.url('/blobs/uploads/') }, action);
        if (res.status !== 202)
            await this.fail(res, action);
        await res.body.dump().catch(() => { });
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
    async checkPushAccess() {
        const { location } = await this.startUploadSession();
        const action = `cancelling the test upload to ${this.name}`;
        try {
            const res = await this.call({ method: 'DELETE', url: location }, action);
            await res.body.dump().catch(() => { });
        }
        catch {
            // A registry that keeps the session lets it expire: nothing was written.
        }
    }
    /**
     * Uploads a blob in one PUT; a registry that refuses that gets it in chunks (PATCH) instead.
     * `open` gives a fresh stream each time it is called, since a refused PUT has used up the first.
     */
    async uploadBlob(digest, size, open, uploadUrl) {
        this.checkReference(digest, 'blob');
        const location = uploadUrl ?? (await this.startUpload());
        return this.inSession(location, () => this.putBlob(digest, size, open, location));
    }
    /**
     * Work on an upload session, known to the client while it is open: a cancel in the middle
     * leaves it listed, for `cancelUploads`. `moved` follows a session whose URL changes (chunks).
     */
    async inSession(location, work) {
        const { uploads, transport } = this.client;
        const entry = {
            url: location,
            authorization: await this.client.auth.authorization(this.scopes).catch(() => undefined),
        };
        uploads.add(entry);
        try {
            return await work((url) => (entry.url = url));
        }
        finally {
            if (!transport.signal?.aborted)
                uploads.delete(entry);
        }
    }
    async putBlob(digest, size, open, location) {
        const action = `uploading blob ${digest} to ${this.name}`;
        const body = await open();
        let res;
        try {
            res = await this.call({
                method: 'PUT',
                url: withDigest(location, digest),
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
                body,
            }, action);
        }
        finally {
            if (!body.readableEnded)
                body.destroy();
        }
        if (res.status === 201 || res.status === 204) {
            await res.body.dump().catch(() => { });
            return;
        }
        if (MONOLITHIC_REFUSED.has(res.status)) {
            const text = await (0,read/* readBounded */.CB)(res.body, limits/* BodyLimit */.qc.errorBody).catch(() => Buffer.alloc(0));
            const codes = (0,registry_errors/* parseRegistryErrors */.k)(text.toString('utf8')).map((e) => e.code);
            if (!codes.includes('DIGEST_INVALID') && !codes.includes('SIZE_INVALID')) {
                return this.uploadChunked(digest, open);
            }
            throw new errors/* RegistryError */.gl(`${this.label}: ${action} failed: HTTP ${res.status}: ${codes.join(', ')}`, res.status, codes[0]);
        }
        await this.fail(res, action);
    }
    async uploadChunked(digest, open) {
        const started = await this.startUploadSession();
        return this.inSession(started.location, (moved) => this.putChunks(digest, open, started, moved));
    }
    async putChunks(digest, open, started, moved) {
        let location = started.location;
        // Registries may name the smallest chunk they take (OCI-Chunk-Min-Length).
        const chunkSize = Math.max(DEFAULT_CHUNK_SIZE, started.minChunk);
        const body = await open();
        let offset = 0;
        let pending = [];
        let pendingSize = 0;
        const chunkAction = `uploading a chunk of blob ${digest} to ${this.name}`;
        const send = async (chunk) => {
            const res = await this.call({
                method: 'PATCH',
                url: location,
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-length': String(chunk.length),
                    'content-range': `${offset}-${offset + chunk.length - 1}`,
                },
                body: chunk,
            }, chunkAction);
            if (res.status !== 202)
                await this.fail(res, chunkAction);
            await res.body.dump().catch(() => { });
            location = this.location(res);
            moved(location);
            offset += chunk.length;
        };
        for await (const data of body) {
            pending.push(data);
            pendingSize += data.length;
            while (pendingSize >= chunkSize) {
                const all = Buffer.concat(pending, pendingSize);
                await send(all.subarray(0, chunkSize));
                pending = [all.subarray(chunkSize)];
                pendingSize = all.length - chunkSize;
            }
        }
        if (pendingSize > 0)
            await send(Buffer.concat(pending, pendingSize));
        const action = `completing blob ${digest} in ${this.name}`;
        const res = await this.call({ method: 'PUT', url: withDigest(location, digest), headers: { 'content-length': '0' } }, action);
        if (res.status !== 201 && res.status !== 204)
            await this.fail(res, action);
        await res.body.dump().catch(() => { });
    }
}
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url.toString();
}
function sep(reference) {
    return reference.includes(':') ? `@${reference}` : `:${reference}`;
}


/***/ }),

/***/ 89335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ openSession)
});

// EXTERNAL MODULE: ./.build/src/http/transport.js
var transport = __webpack_require__(90737);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
// EXTERNAL MODULE: ./.build/src/http/errors.js
var http_errors = __webpack_require__(37677);
// EXTERNAL MODULE: ./.build/src/http/read.js
var read = __webpack_require__(25186);
// EXTERNAL MODULE: ./.build/src/http/limits.js
var limits = __webpack_require__(94146);
// EXTERNAL MODULE: ./.build/src/http/retry.js
var retry = __webpack_require__(60174);
;// CONCATENATED MODULE: ./.build/src/credentials/credentials.js
/** The value of a Basic `Authorization` header (and of docker's `auth` field). */
function basicValue(credentials) {
    return Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
}

;// CONCATENATED MODULE: ./.build/src/distribution/challenge.js
/** `WWW-Authenticate` challenges as RFC 9110 §11.6.1 writes them: each scheme with its own parameters. */
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const PARAM_RE = new RegExp(`^(${TOKEN})\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|(${TOKEN}))\\s*$`);
const SCHEME_RE = new RegExp(`^(${TOKEN})(?:\\s+([\\s\\S]*))?$`);
/** Splits a header at the commas outside quoted strings. */
function splitList(header) {
    const items = [];
    let item = '';
    let quoted = false;
    for (let i = 0; i < header.length; i++) {
        const c = header[i];
        if (quoted && c === '\\') {
            item += c + (header[++i] ?? '');
            continue;
        }
        if (c === '"')
            quoted = !quoted;
        if (c === ',' && !quoted) {
            items.push(item.trim());
            item = '';
            continue;
        }
        item += c;
    }
    items.push(item.trim());
    return items.filter(Boolean);
}
/**
 * Every challenge of a `WWW-Authenticate` header (RFC 9110 §11.6.1): `scheme param=value, …`, the
 * next challenge starting at the next scheme name. Each challenge keeps its own parameters, so
 * in `Bearer realm=A, X realm=B` the realm of Bearer stays A; a parameter named twice keeps its
 * first value.
 */
function parseChallenges(header) {
    const challenges = [];
    const addParam = (challenge, text) => {
        const match = PARAM_RE.exec(text);
        if (!match)
            return false;
        const name = match[1].toLowerCase();
        if (challenge && !(name in challenge.params)) {
            challenge.params[name] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
        }
        return true;
    };
    for (const item of splitList(header)) {
        if (addParam(challenges.at(-1), item))
            continue;
        const match = SCHEME_RE.exec(item);
        if (!match)
            continue;
        const challenge = { scheme: match[1].toLowerCase(), params: {} };
        challenges.push(challenge);
        // What follows the scheme is its first parameter, or a token68 this client has no use for.
        if (match[2])
            addParam(challenge, match[2].trim());
    }
    return challenges;
}
/** The challenge to answer: Bearer is preferred over Basic; other schemes are not spoken. */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const known = parseChallenges(header).filter((c) => c.scheme === 'basic' || c.scheme === 'bearer');
    return known.find((c) => c.scheme === 'bearer') ?? known[0];
}

// EXTERNAL MODULE: ./.build/src/distribution/registry-errors.js
var registry_errors = __webpack_require__(75943);
// EXTERNAL MODULE: ./.build/src/oci/generated/protocol-validators.js
var protocol_validators = __webpack_require__(44171);
;// CONCATENATED MODULE: ./.build/src/distribution/identity-token.js
/**
 * Identity tokens (docker's `identitytoken`, what `az acr login` and helpers answering `<token>`
 * leave): OAuth2 refresh tokens, exchanged at the registry's token realm with a POST of
 * `grant_type=refresh_token`, as docker and containers/image do, instead of a GET with Basic.
 */
/** Who asks, as the token service's logs show it. */
const CLIENT_ID = 'image-actions';
/** The form of the exchange: the scopes space-separated, as docker sends them. */
function refreshTokenForm(identityToken, service, scopes) {
    const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: identityToken,
        client_id: CLIENT_ID,
    });
    if (service)
        form.set('service', service);
    if (scopes.length)
        form.set('scope', scopes.join(' '));
    return form.toString();
}
/** How a token service's refusal names the identity it refused. */
function refusedIdentity(credentials) {
    if (!credentials)
        return 'anonymous access';
    return credentials.identityToken
        ? 'the identity token'
        : `the credentials of user "${credentials.username}"`;
}
/** What to renew after a refusal: where the refused identity came from. */
function refusalHint(credentials) {
    if (!credentials?.source)
        return '';
    return credentials.identityToken
        ? `; it may have expired or been revoked: renew ${credentials.source}`
        : `; they came from ${credentials.source}`;
}

;// CONCATENATED MODULE: ./.build/src/distribution/authenticator.js











/** Tokens are renewed this long before they expire, so none lapses mid-request. */
const EXPIRY_MARGIN_MS = 10_000;
/** The distribution spec's default when a token response names no lifetime. */
const DEFAULT_TOKEN_SECONDS = 60;
/**
 * Produces the `Authorization` header for one registry host: Basic where the registry asks for it,
 * else a Bearer token per scope set, fetched from the challenge's realm and cached until it expires.
 */
class Authenticator {
    transport;
    baseUrl;
    label;
    credentials;
    challenge;
    pinged;
    tokens = new Map();
    constructor(transport, baseUrl, label, credentials) {
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.label = label;
        this.credentials = credentials;
        if (credentials) {
            (0,secrets/* maskCredentials */.Bs)(credentials.username, credentials.password);
            (0,secrets/* maskSecret */.$l)(credentials.identityToken);
        }
    }
    /** The `/v2/` ping, once per host: it tells whether and how the registry wants auth. */
    ping() {
        this.pinged ??= this.doPing().catch((error) => {
            this.pinged = undefined;
            throw error;
        });
        return this.pinged;
    }
    async doPing() {
        let res;
        try {
            res = await this.transport.sendWithRetry({ method: 'GET', url: `${this.baseUrl}/v2/` });
        }
        catch (error) {
            throw new errors/* UserError */.yo(`${this.label}: cannot reach the registry at ${this.baseUrl}: ${(0,http_errors/* describe */.q0)(error)}`);
        }
        await res.body.dump().catch(() => { });
        if (res.status === 401) {
            this.challenge = parseChallenge(res.headers['www-authenticate']);
            return;
        }
        if (res.status >= 200 && res.status < 300)
            return;
        if (res.status === 404) {
            throw new errors/* RegistryError */.gl(`${this.label}: ${this.baseUrl} does not speak the registry API (GET /v2/ answered HTTP 404)`, 404);
        }
        throw new errors/* RegistryError */.gl(`${this.label}: GET ${this.baseUrl}/v2/ answered HTTP ${res.status}`, res.status);
    }
    /**
     * A 401 on a host whose `/v2/` was open: some registries guard only their repositories. The
     * challenge it carries is learnt, so the retry authenticates. Returns whether it changed.
     */
    learnChallenge(header) {
        const challenge = parseChallenge(header);
        if (!challenge || this.challenge)
            return false;
        this.challenge = challenge;
        return true;
    }
    /** The header for a request needing `scopes` (e.g. `repository:acme/app:pull,push`). */
    async authorization(scopes) {
        await this.ping();
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            if (this.credentials?.identityToken) {
                throw new errors/* UserError */.yo(`${this.label}: the registry asks for a username and password (Basic auth); an identity token works only with a registry that has a token service`);
            }
            return this.credentials ? `Basic ${basicValue(this.credentials)}` : undefined;
        }
        const key = [...scopes].sort().join(' ');
        const cached = this.tokens.get(key);
        if (cached) {
            const token = await cached.catch(() => undefined);
            if (token && token.expiresAt > Date.now())
                return `Bearer ${token.value}`;
            if (this.tokens.get(key) === cached)
                this.tokens.delete(key);
            // Another caller may already be fetching a replacement.
            const replacement = this.tokens.get(key);
            if (replacement)
                return `Bearer ${(await replacement).value}`;
        }
        const pending = this.fetchToken(challenge, scopes);
        this.tokens.set(key, pending);
        pending.catch(() => {
            if (this.tokens.get(key) === pending)
                this.tokens.delete(key);
        });
        return `Bearer ${(await pending).value}`;
    }
    /**
     * After a 401: drop the token that was refused, so the next request mints a new one. A token
     * another request has minted since is kept: parallel transfers that all met the same expiry
     * fetch one replacement, not one each.
     */
    async invalidate(scopes, refused) {
        const key = [...scopes].sort().join(' ');
        const entry = this.tokens.get(key);
        if (!entry)
            return;
        const token = await entry.catch(() => undefined);
        if (this.tokens.get(key) === entry && (!token || `Bearer ${token.value}` === refused)) {
            this.tokens.delete(key);
        }
    }
    /** Whether a 401 on this host can be cured by a new token (Bearer), or not at all (Basic). */
    get usesTokens() {
        return this.challenge?.scheme === 'bearer';
    }
    async fetchToken(challenge, scopes) {
        const realm = challenge.params.realm;
        let url;
        try {
            url = new URL(realm ?? '');
        }
        catch {
            throw new errors/* RegistryError */.gl(`${this.label}: the registry's auth challenge names no valid realm`, 401);
        }
        // Credentials go to a token service over TLS only, unless the registry itself is plain HTTP.
        if (url.protocol !== 'https:' && !this.baseUrl.startsWith('http:')) {
            throw new errors/* RegistryError */.gl(`${this.label}: the registry asks for credentials at ${url.origin}, which is not HTTPS; refused`, 401);
        }
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const { res, text } = await this.askForToken(url, realm, challenge, scopes);
        // OAuth2 answers a refused refresh token with 400 invalid_grant.
        const refused = this.credentials?.identityToken ? [400, 401, 403] : [401, 403];
        if (refused.includes(res.status)) {
            throw new errors/* RegistryError */.gl(`${this.label}: the token service at ${url.origin} refused ${refusedIdentity(this.credentials)} (HTTP ${res.status})${(0,registry_errors/* registryMessage */.D)(text)}${refusalHint(this.credentials)}`, res.status);
        }
        if (res.status < 200 || res.status >= 300) {
            throw new errors/* RegistryError */.gl(`${this.label}: the token service at ${url.origin} answered HTTP ${res.status}${(0,registry_errors/* registryMessage */.D)(text)}`, res.status);
        }
        const parsed = parseTokenAnswer(text, `${this.label}: the token service at ${url.origin}`);
        const value = (parsed.token || parsed.access_token);
        const lifetime = (parsed.expires_in && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS) *
            1000;
        // The lifetime counts from now, not from the service's `issued_at`: a token service whose
        // clock runs behind would otherwise make every token look expired on arrival.
        return { value, expiresAt: Date.now() + lifetime - Math.min(EXPIRY_MARGIN_MS, lifetime / 2) };
    }
    /**
     * A GET with Basic credentials (or none), or with an identity token the OAuth2 POST of
     * `grant_type=refresh_token` to the realm itself, as docker and containers/image send it.
     */
    askForToken(url, realm, challenge, scopes) {
        const identityToken = this.credentials?.identityToken;
        if (identityToken) {
            const form = refreshTokenForm(identityToken, challenge.params.service, scopes);
            const headers = { 'content-type': 'application/x-www-form-urlencoded' };
            return this.askTokenService(new URL(realm), headers, form);
        }
        const headers = {};
        if (this.credentials)
            headers.authorization = `Basic ${basicValue(this.credentials)}`;
        return this.askTokenService(url, headers);
    }
    /**
     * One token request, its answer read whole (at most 1 MiB; an error answer to 64 KiB): a
     * connection dropped mid-answer is retried too, from the same retry budget as the request.
     */
    askTokenService(url, headers, form) {
        const service = `${this.label}: the token service at ${url.origin}`;
        const unreachable = (error) => new errors/* RegistryError */.gl(`${service} could not be reached: ${(0,http_errors/* describe */.q0)(error)}`, 0, 'NETWORK', {
            cause: error,
        });
        return (0,retry/* retrying */.R$)(async (budget) => {
            let res;
            try {
                // Connection failures before the answer are retried in there.
                res = await this.transport.sendWithRetry(form === undefined
                    ? { method: 'GET', url: url.toString(), headers }
                    : { method: 'POST', url: url.toString(), headers, body: form });
            }
            catch (error) {
                throw (0,http_errors/* isNetworkError */.TX)(error) ? unreachable(error) : error;
            }
            const ok = res.status >= 200 && res.status < 300;
            const bytes = await (0,read/* readBounded */.CB)(res.body, ok ? limits/* BodyLimit */.qc.tokenAnswer : limits/* BodyLimit */.qc.errorBody, ok
                ? (max) => new errors/* RegistryError */.gl(`${service} answered with more than ${max}; refused`, res.status)
                : undefined, 
            // A token answer that drips ends with the budget, not when its last byte comes.
            {
                ms: budget.remaining(),
                late: (within) => new errors/* RegistryError */.gl(`${service}: its answer was not read whole within ${within}, the retry budget left; refused`, res.status, 'TIMEOUT'),
            });
            return { res, text: bytes.toString('utf8') };
        }, {
            // An answer that broke off half-way is asked for again.
            retryable: (error) => (0,http_errors/* isNetworkError */.TX)(error) && !(error instanceof errors/* RegistryError */.gl),
            exhausted: (error, stop) => {
                throw unreachable(`${(0,http_errors/* describe */.q0)(error)}; ${stop}`);
            },
            policy: this.transport.retry,
        });
    }
}
/**
 * Parses and checks a token answer before any of it is used; `service` names the token service
 * in messages. Every token in it is masked first, the ones not used here too.
 */
function parseTokenAnswer(text, service) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new errors/* RegistryError */.gl(`${service} answered with no JSON`, 0, 'TOKEN_INVALID');
    }
    if (typeof parsed === 'object' && parsed !== null) {
        for (const key of ['token', 'access_token', 'refresh_token']) {
            const minted = parsed[key];
            if (typeof minted === 'string')
                (0,secrets/* maskSecret */.$l)(minted);
        }
    }
    if (!(0,protocol_validators/* validateTokenAnswer */.M4)(parsed)) {
        const error = protocol_validators/* validateTokenAnswer */.M4.errors?.[0];
        const why = error && error.instancePath
            ? `${error.instancePath.slice(1)} ${error.message ?? 'is not valid'}`
            : 'expected a JSON object with a token or access_token';
        throw new errors/* RegistryError */.gl(`${service} sent no usable token (${why})`, 0, 'TOKEN_INVALID');
    }
    return parsed;
}

// EXTERNAL MODULE: ./.build/src/distribution/repository.js + 1 modules
var repository = __webpack_require__(94294);
;// CONCATENATED MODULE: ./.build/src/distribution/client.js





/** One registry host: its auth state and its connection pool are shared by all its repositories. */
class RegistryClient {
    endpoint;
    transport;
    baseUrl;
    auth;
    /** The host's request rate, when an integration caps it (set by the session, per host). */
    pace;
    constructor(endpoint, transport) {
        this.endpoint = endpoint;
        this.transport = transport;
        this.baseUrl = `${endpoint.insecure ? 'http' : 'https'}://${endpoint.host}`;
        this.auth = new Authenticator(transport, this.baseUrl, endpoint.label, endpoint.credentials);
    }
    get label() {
        return this.endpoint.label;
    }
    /**
     * A repository handle whose requests all carry one token: `pull` (and `push` for a target),
     * plus `pull` on each repository blobs may be mounted from, so a copy mints one token per side.
     */
    repository(name, access = {}) {
        const scopes = [`repository:${name}:${access.push ? 'pull,push' : 'pull'}`];
        for (const source of access.mountFrom ?? []) {
            if (source !== name)
                scopes.push(`repository:${source}:pull`);
        }
        return new repository/* Repository */.L(this, name, scopes);
    }
    /**
     * Upload sessions open now, with the `Authorization` they were opened with: a cancelled step
     * cancels them (DELETE) instead of leaving the registry to expire them.
     */
    uploads = new Set();
    /**
     * Cancels the open upload sessions, best effort, each within `timeoutMs` (the transport's own
     * signal is aborted by then: these requests carry a deadline of their own). Says how many were
     * open and how many the registry cancelled: distribution, for one, lets only an identity with
     * full access (`*`) cancel an upload under token auth, and expires the others itself.
     */
    async cancelUploads(timeoutMs) {
        const open = [...this.uploads];
        this.uploads.clear();
        const results = await Promise.allSettled(open.map(async ({ url, authorization }) => {
            const own = new URL(url).origin === new URL(this.baseUrl).origin;
            const headers = own && authorization ? { authorization } : {};
            const res = await this.transport.send({
                method: 'DELETE',
                url,
                headers,
                signal: AbortSignal.timeout(timeoutMs),
            });
            const text = await (0,read/* readBounded */.CB)(res.body, limits/* BodyLimit */.qc.errorBody).catch(() => Buffer.alloc(0));
            // Gone either way: cancelled now, or unknown to the registry already.
            if (res.status < 300)
                return;
            const codes = (0,registry_errors/* parseRegistryErrors */.k)(text.toString('utf8')).map((e) => e.code);
            if (res.status === 404 && codes.includes('BLOB_UPLOAD_UNKNOWN'))
                return;
            // Distribution refuses (BLOB_UPLOAD_INVALID) a session whose bytes have moved past the
            // state its URL carries, as an upload cut off mid-body leaves it.
            throw new Error(`HTTP ${res.status} ${codes.join(', ')}`);
        }));
        return { open: open.length, cancelled: results.filter((r) => r.status === 'fulfilled').length };
    }
    /** Whether two endpoints are the same registry, so blobs can be mounted between them. */
    sameRegistry(other) {
        return this.baseUrl === other.baseUrl;
    }
}

;// CONCATENATED MODULE: ./.build/src/distribution/pace.js

/**
 * A registry's request rate, as its integration caps it (`requests_per_second`, DESIGN §9): GHCR
 * allows 2000 requests a minute, Docker Hub counts pulls. A token bucket that holds one second's
 * worth, so a step that idles may send a short burst, and a long run keeps to the rate on
 * average. Each request takes its turn when it is made: waits are handed out in order.
 */
class RequestPace {
    perSecond;
    intervalMs;
    /** Requests that may go at once after a pause. */
    burst;
    /** When the bucket would be full again if no more requests came (GCRA's arrival time). */
    due = 0;
    constructor(perSecond) {
        this.perSecond = perSecond;
        this.intervalMs = 1000 / perSecond;
        this.burst = Math.max(1, Math.floor(perSecond));
    }
    /** Waits, if need be, until this request may go. */
    take(signal) {
        const now = Date.now();
        this.due = Math.max(this.due, now);
        const wait = this.due - now - (this.burst - 1) * this.intervalMs;
        this.due += this.intervalMs;
        return wait > 0 ? (0,retry/* sleep */.yy)(wait, signal) : Promise.resolve();
    }
}

;// CONCATENATED MODULE: ./.build/src/distribution/session.js



/**
 * The registry clients of one step: one connection pool, and one client per host and identity,
 * so a token minted for a repository serves every request that needs it (go-containerregistry's
 * `remote.Puller`, regclient's `RegClient`: the library owns the session, the step opens one).
 */
class RegistrySession {
    transport;
    clients = new Map();
    /** Per host: the lowest `requests_per_second` any integration of it sets. */
    paces = new Map();
    constructor({ debug, signal } = {}) {
        this.transport = new transport/* Transport */.oK({ onRetry: debug, signal });
    }
    /** Cancels the upload sessions a cancelled step left open: how many were open, and cancelled. */
    async cancelUploads(timeoutMs = 3_000) {
        const counts = await Promise.all([...this.clients.values()].map((c) => c.cancelUploads(timeoutMs)));
        return {
            open: counts.reduce((n, c) => n + c.open, 0),
            cancelled: counts.reduce((n, c) => n + c.cancelled, 0),
        };
    }
    for(endpoint) {
        // Two integrations on one host are two identities even under one username (a robot account
        // per project, say): each keeps its own credentials and tokens.
        const key = JSON.stringify([
            endpoint.insecure,
            endpoint.host,
            endpoint.label,
            endpoint.credentials?.username ?? '',
        ]);
        let client = this.clients.get(key);
        if (!client) {
            client = new RegistryClient(endpoint, this.transport);
            this.clients.set(key, client);
        }
        this.pace(endpoint);
        client.pace = this.paces.get(endpoint.host);
        return client;
    }
    /** A rate one integration sets holds for every client of its host, made before or after. */
    pace({ host, requestsPerSecond }) {
        const current = this.paces.get(host);
        if (!requestsPerSecond || (current && current.perSecond <= requestsPerSecond))
            return;
        const pace = new RequestPace(requestsPerSecond);
        this.paces.set(host, pace);
        for (const client of this.clients.values()) {
            if (client.endpoint.host === host)
                client.pace = pace;
        }
    }
    async close() {
        await this.transport.close();
    }
}

// EXTERNAL MODULE: ./.build/src/host/cancel.js
var cancel = __webpack_require__(90990);
;// CONCATENATED MODULE: ./.build/src/host/session.js


/** The step's registry session: retries said at debug level, every request cancelled with the step. */
function openSession(io) {
    return new RegistrySession({ debug: (m) => io.debug(m), signal: cancel/* cancelSignal */.Bj });
}


/***/ }),

/***/ 76243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ createDispatcher)
/* harmony export */ });
/* harmony import */ var _loopback_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70599);
/* harmony import */ var _undici_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62290);


/**
 * A connection pool, through the proxy the environment names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY,
 * either case), with names under `localhost` resolved to loopback. Every HTTP client of the
 * step makes its pool here, so a proxy is honoured the same way for registries and reports.
 * Timeouts are set per request, from the operation's retry budget.
 */
function createDispatcher(env = process.env, pool = {}) {
    const options = { ...pool, connect: { lookup: _loopback_js__WEBPACK_IMPORTED_MODULE_0__/* .loopbackLookup */ .Is } };
    const proxied = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
    return proxied
        ? new _undici_js__WEBPACK_IMPORTED_MODULE_1__/* .EnvHttpProxyAgent */ .J2({
            ...options,
            httpProxy: env.HTTP_PROXY || env.http_proxy,
            httpsProxy: env.HTTPS_PROXY || env.https_proxy,
            noProxy: env.NO_PROXY || env.no_proxy,
        })
        : new _undici_js__WEBPACK_IMPORTED_MODULE_1__/* .Agent */ .g6(options);
}


/***/ }),

/***/ 37677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R1: () => (/* binding */ RetriesSpent),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   q0: () => (/* binding */ describe)
/* harmony export */ });
/* harmony import */ var _undici_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62290);

const NETWORK_ERROR_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** A dropped connection or a timeout: worth another try. */
function isNetworkError(error) {
    let current = error;
    for (let depth = 0; current && depth < 5; depth++) {
        const code = current.code;
        if (code && NETWORK_ERROR_CODES.has(code))
            return true;
        if (current instanceof _undici_js__WEBPACK_IMPORTED_MODULE_0__/* .errors */ .sO.SocketError)
            return true;
        current = current.cause;
    }
    return false;
}
/** A connection failure after which the operation's budget allows no more tries. */
class RetriesSpent extends Error {
    reason;
    name = 'RetriesSpent';
    code;
    constructor(cause, reason) {
        super(`${describe(cause)}; ${reason}`, { cause });
        this.reason = reason;
        this.code = cause.code;
    }
}
/** An error's reason in user words: undici's timeouts say what went silent and for how long. */
function describe(error) {
    if (error instanceof RetriesSpent)
        return error.message;
    const code = error?.code;
    if (code === 'UND_ERR_HEADERS_TIMEOUT')
        return 'no answer came in time (headers timeout)';
    if (code === 'UND_ERR_BODY_TIMEOUT')
        return 'the answer stopped coming (body timeout)';
    if (error instanceof Error) {
        const code = error.code;
        return code ? `${code}: ${error.message}` : error.message;
    }
    return String(error);
}


/***/ }),

/***/ 25186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   CB: () => (/* binding */ readBounded)
/* harmony export */ });
/* unused harmony export BodyTooSlow */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31496);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94146);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60174);



/** Upload URLs carry opaque state tokens; logs keep the path only. */
function redactUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return url;
    }
}
/** A body read whole that was still coming at its deadline: not retried, its time is spent. */
class BodyTooSlow extends Error {
    within;
    name = 'BodyTooSlow';
    constructor(within) {
        super(`the answer was not read whole within ${within}, the retry budget left; refused`);
        this.within = within;
    }
}
/**
 * A body read whole, at most `limit` bytes. Past the limit the connection is dropped: `over`
 * says what the error is (a manifest too large), or, when absent, the start is kept and the rest
 * is dropped (an error body, read only for the registry's message).
 *
 * The whole body has a deadline too, not only the idle timeout (which restarts at every byte: a
 * manifest sent one byte every 20 s would take hours): by default what is left of the running
 * operation's retry budget (DESIGN §6), at least a second; outside any operation, a whole budget.
 * Past it the connection is dropped and `deadline.late` says what was being read (else a
 * `BodyTooSlow`).
 */
async function readBounded(body, limit, over, deadline) {
    const ms = Math.max(1000, deadline?.ms ?? (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .budgetRemaining */ .eu)() ?? (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .retryPolicy */ .Jb)().budgetMs);
    const chunks = [];
    let size = 0;
    let late;
    let lastByteAt;
    const expire = () => {
        late = deadline?.late?.((0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ms)) ?? new BodyTooSlow((0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ms));
        body.destroy(late);
    };
    // A body that went silent is the idle timeout's to fail (it says so, and it is retried when
    // there is time): at the deadline, only one that is still dripping fails here; a silent one
    // gets one more idle timeout (and a second) before it fails here all the same.
    let timer = setTimeout(() => {
        if (lastByteAt !== undefined && Date.now() - lastByteAt < (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .idleTimeoutMs */ .Sf)())
            return expire();
        timer = setTimeout(expire, (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .idleTimeoutMs */ .Sf)() + 1000);
    }, ms);
    try {
        for await (const chunk of body) {
            const data = chunk;
            lastByteAt = Date.now();
            if (size + data.length > limit) {
                chunks.push(data.subarray(0, limit - size));
                body.destroy();
                if (over)
                    throw over((0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(limit));
                return Buffer.concat(chunks);
            }
            chunks.push(data);
            size += data.length;
        }
    }
    catch (error) {
        throw late ?? error;
    }
    finally {
        clearTimeout(timer);
    }
    if (late)
        throw late;
    return Buffer.concat(chunks, size);
}


/***/ }),

/***/ 17437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
/** The three forms of HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, RFC 850 and asctime. */
const HTTP_DATES = [
    {
        re: new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`),
        parts: (m) => [Number(m[3]), MONTHS.indexOf(m[2]), Number(m[1]), +m[4], +m[5], +m[6]],
    },
    {
        re: new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`),
        // Two-digit years: the recipient's rule of RFC 9110 reads them within 50 years from now.
        parts: (m) => [fullYear(Number(m[3])), MONTHS.indexOf(m[2]), Number(m[1]), +m[4], +m[5], +m[6]],
    },
    {
        re: new RegExp(`^${DAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`),
        parts: (m) => [Number(m[6]), MONTHS.indexOf(m[1]), Number(m[2]), +m[3], +m[4], +m[5]],
    },
];
function fullYear(twoDigits) {
    const year = 2000 + twoDigits;
    return year > new Date().getUTCFullYear() + 50 ? year - 100 : year;
}
/**
 * `Retry-After` in milliseconds: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Anything else
 * (`-1`, `+1`, two values joined by a comma, a date in some other form) is treated as absent: a
 * lenient date parser reads such values as dates long past, which would mean "retry now".
 */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    for (const { re, parts } of HTTP_DATES) {
        const match = re.exec(trimmed);
        if (!match)
            continue;
        const [year, month, day, hours, minutes, seconds] = parts(match);
        const date = Date.UTC(year, month, day, hours, minutes, seconds);
        // Date.UTC rolls 31 Feb over into March: such a date is not one.
        if (new Date(date).getUTCDate() !== day || hours > 23 || minutes > 59 || seconds > 60) {
            return undefined;
        }
        return Math.max(0, date - now);
    }
    return undefined;
}


/***/ }),

/***/ 90737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   e1: () => (/* binding */ isReplayable),
/* harmony export */   oK: () => (/* binding */ Transport)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);
/* harmony import */ var _dispatcher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37677);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94146);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25186);
/* harmony import */ var _retry_after_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17437);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60174);







const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
function isRetryableStatus(status) {
    return RETRY_STATUSES.has(status);
}
function flattenHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers)) {
        if (v === undefined)
            continue;
        out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    return out;
}
class Transport {
    stats = { requests: 0 };
    dispatcher;
    retry;
    /** Aborts every request in flight and every wait between tries (a cancelled step). */
    signal;
    onRetry;
    constructor({ retry = _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RETRY */ .vI, dispatcher, onRetry = () => { }, signal, } = {}) {
        this.retry = retry;
        this.signal = signal;
        this.onRetry = onRetry;
        // One keep-alive pool for the step's registry requests.
        this.dispatcher =
            dispatcher ??
                (0,_dispatcher_js__WEBPACK_IMPORTED_MODULE_1__/* .createDispatcher */ .S)(process.env, {
                    keepAliveTimeout: 30_000,
                    connections: 32,
                });
    }
    /**
     * One request, following redirects. `Authorization` goes only to the origin the request was
     * made for: a redirect to blob storage on another host is followed without it. No byte for the
     * idle timeout, before the headers or during the body, fails it (shorter when the operation's
     * budget ends sooner).
     */
    async send(req, budget) {
        const idle = (0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .idleTimeoutMs */ .Sf)();
        const timeouts = budget?.tryTimeouts() ?? { headersTimeout: idle, bodyTimeout: idle };
        let url = new URL(req.url);
        const origin = url.origin;
        let method = req.method;
        let body = req.body;
        for (let hop = 0;; hop++) {
            const headers = { ...req.headers };
            if (url.origin !== origin)
                delete headers.authorization;
            this.stats.requests++;
            const res = await this.dispatcher.request({
                origin: url.origin,
                path: `${url.pathname}${url.search}`,
                method,
                headers,
                body,
                ...timeouts,
                signal: req.signal ?? this.signal,
            });
            const location = res.headers.location;
            if (res.statusCode >= 300 && res.statusCode < 400 && location && hop < _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .CountLimit */ .h1.redirects) {
                const next = new URL(Array.isArray(location) ? location[0] : location, url);
                // TLS is not given up half-way: a redirect from HTTPS to plain HTTP is refused.
                if (url.protocol === 'https:' && next.protocol !== 'https:') {
                    await res.body.dump().catch(() => { });
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`${url.origin} redirected to ${next.origin}, which is not HTTPS; refused`, res.statusCode);
                }
                await res.body.dump().catch(() => { });
                url = next;
                if (res.statusCode === 303) {
                    method = method === 'HEAD' ? 'HEAD' : 'GET';
                    body = undefined;
                }
                else if (body && typeof body !== 'string' && !Buffer.isBuffer(body)) {
                    // The stream's bytes went with the first request: they cannot be sent again.
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`${url.origin} answered an upload with a ${res.statusCode} redirect to ${next.origin}, which cannot be followed with a streamed body`, res.statusCode);
                }
                continue;
            }
            return {
                status: res.statusCode,
                headers: flattenHeaders(res.headers),
                url: url.toString(),
                body: res.body,
            };
        }
    }
    /**
     * `send` with retries for dropped connections and the statuses DESIGN §6 names, drawing on the
     * operation's retry budget (a new one when the request is an operation of its own). A request
     * whose body is a stream is tried once: its bytes are gone after the first try. So is a chunk
     * of an upload (PATCH): the registry may have taken it before the connection dropped, and a
     * resent chunk would land at the wrong offset; the caller restarts the whole upload instead.
     * A retryable answer the budget allows no more tries for is returned, with `gaveUp` saying why.
     */
    sendWithRetry(req) {
        const once = !isReplayable(req) || req.method === 'PATCH';
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .retrying */ .R$)(async (budget) => {
            const res = await this.send(req, budget);
            if (once || !isRetryableStatus(res.status))
                return res;
            throw new RetryableAnswer(res);
        }, {
            retryable: (error) => error instanceof RetryableAnswer
                ? { retryAfterMs: (0,_retry_after_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRetryAfter */ .m)(error.res.headers['retry-after']) }
                : !once && (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNetworkError */ .TX)(error),
            exhausted: (error, stop) => {
                // The last answer is the caller's to read, with why no more tries were made.
                if (error instanceof RetryableAnswer)
                    return { ...error.res, gaveUp: stop };
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RetriesSpent */ .R1(error, stop);
            },
            onRetry: async (error, waitMs) => {
                const where = `${req.method} ${(0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(req.url)}`;
                if (error instanceof RetryableAnswer) {
                    await error.res.body.dump().catch(() => { });
                    this.onRetry(`${where}: HTTP ${error.res.status}, retrying in ${waitMs} ms`);
                }
                else {
                    this.onRetry(`${where}: connection failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(error)}), retrying in ${waitMs} ms`);
                }
            },
            signal: this.signal,
            policy: this.retry,
        });
    }
    async close() {
        // Every response has been read by now: nothing is lost by not waiting for a graceful close.
        await this.dispatcher.destroy();
    }
}
/** An answer worth another try (429, 503, …), carried through the retry loop. */
class RetryableAnswer extends Error {
    res;
    constructor(res) {
        super(`HTTP ${res.status}`);
        this.res = res;
    }
}
/** Whether a request's body can be sent again: a stream's bytes are gone after the first try. */
function isReplayable(req) {
    return req.body === undefined || typeof req.body === 'string' || Buffer.isBuffer(req.body);
}


/***/ }),

/***/ 62290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* reexport default export from named module */ undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3__),
/* harmony export */   g6: () => (/* reexport default export from named module */ undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_2__),
/* harmony export */   sO: () => (/* reexport default export from named module */ undici_lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__)
/* harmony export */ });
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30883);
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56615);
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57405);
/* harmony import */ var undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53137);
/* harmony import */ var undici_lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68707);





// What undici's index does first: every dispatcher gets `request`, `stream`, `connect`… (a proxy
// agent opens its tunnels with `connect`).
Object.assign(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__.prototype, undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_1__);



/***/ }),

/***/ 44171:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ validateImageConfig),
/* harmony export */   M4: () => (/* binding */ validateTokenAnswer),
/* harmony export */   Xf: () => (/* binding */ validateImageManifest),
/* harmony export */   sA: () => (/* binding */ validateDescriptor),
/* harmony export */   u7: () => (/* binding */ validateOtherManifest),
/* harmony export */   yA: () => (/* binding */ validateImageIndex)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36214);
// Generated by scripts/generate-validators.mjs from src/oci/schemas/*.schema.json: do not edit.

const runtime0 = ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__["default"] ?? ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__;

const validateDescriptor = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://image-actions.local/schemas/descriptor.schema.json","title":"Content descriptor","description":"What this project reads of an OCI or Docker descriptor. Fields it does not read may be anything: manifests are copied byte for byte.","type":"object","required":["mediaType","digest","size"],"properties":{"mediaType":{"type":"string","minLength":1},"digest":{"description":"Only digests that can be verified, in canonical form: the digest goes into request paths.","type":"string","pattern":"^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$"},"size":{"type":"integer","minimum":0},"platform":{"type":"object","required":["os","architecture"],"properties":{"os":{"type":"string"},"architecture":{"type":"string"},"variant":{"type":"string"},"os.version":{"type":"string"},"os.features":{"type":"array","items":{"type":"string"}}}},"annotations":{"type":"object","additionalProperties":{"type":"string"}},"urls":{"type":"array","items":{"type":"string"}},"artifactType":{"type":"string"}}};
const func2 = runtime0;
const pattern0 = new RegExp("^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://image-actions.local/schemas/descriptor.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.mediaType === undefined) && (missing0 = "mediaType")) || ((data.digest === undefined) && (missing0 = "digest"))) || ((data.size === undefined) && (missing0 = "size"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.mediaType !== undefined){
let data0 = data.mediaType;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate21.errors = [{instancePath:instancePath+"/mediaType",schemaPath:"#/properties/mediaType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/mediaType",schemaPath:"#/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.digest !== undefined){
let data1 = data.digest;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate21.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/pattern",keyword:"pattern",params:{pattern: "^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$"},message:"must match pattern \""+"^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.size !== undefined){
let data2 = data.size;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate21.errors = [{instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate21.errors = [{instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.platform !== undefined){
let data3 = data.platform;
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.os === undefined) && (missing1 = "os")) || ((data3.architecture === undefined) && (missing1 = "architecture"))){
validate21.errors = [{instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.os !== undefined){
const _errs9 = errors;
if(typeof data3.os !== "string"){
validate21.errors = [{instancePath:instancePath+"/platform/os",schemaPath:"#/properties/platform/properties/os/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.architecture !== undefined){
const _errs11 = errors;
if(typeof data3.architecture !== "string"){
validate21.errors = [{instancePath:instancePath+"/platform/architecture",schemaPath:"#/properties/platform/properties/architecture/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.variant !== undefined){
const _errs13 = errors;
if(typeof data3.variant !== "string"){
validate21.errors = [{instancePath:instancePath+"/platform/variant",schemaPath:"#/properties/platform/properties/variant/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3["os.version"] !== undefined){
const _errs15 = errors;
if(typeof data3["os.version"] !== "string"){
validate21.errors = [{instancePath:instancePath+"/platform/os.version",schemaPath:"#/properties/platform/properties/os.version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3["os.features"] !== undefined){
let data8 = data3["os.features"];
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
var valid2 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs19 = errors;
if(typeof data8[i0] !== "string"){
validate21.errors = [{instancePath:instancePath+"/platform/os.features/" + i0,schemaPath:"#/properties/platform/properties/os.features/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs19 === errors;
if(!valid2){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/platform/os.features",schemaPath:"#/properties/platform/properties/os.features/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.annotations !== undefined){
let data10 = data.annotations;
const _errs21 = errors;
if(errors === _errs21){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key0 in data10){
const _errs24 = errors;
if(typeof data10[key0] !== "string"){
validate21.errors = [{instancePath:instancePath+"/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs24 === errors;
if(!valid3){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.urls !== undefined){
let data12 = data.urls;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data12)){
var valid4 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs28 = errors;
if(typeof data12[i1] !== "string"){
validate21.errors = [{instancePath:instancePath+"/urls/" + i1,schemaPath:"#/properties/urls/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs28 === errors;
if(!valid4){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/urls",schemaPath:"#/properties/urls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.artifactType !== undefined){
const _errs30 = errors;
if(typeof data.artifactType !== "string"){
validate21.errors = [{instancePath:instancePath+"/artifactType",schemaPath:"#/properties/artifactType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

const validateImageManifest = validate22;
const schema7 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://image-actions.local/schemas/image-manifest.schema.json","title":"Image manifest","description":"An OCI image manifest (application/vnd.oci.image.manifest.v1+json) or a Docker image manifest (application/vnd.docker.distribution.manifest.v2+json): the fields this project reads.","type":"object","required":["schemaVersion","config","layers"],"properties":{"schemaVersion":{"const":2},"mediaType":{"type":"string"},"artifactType":{"type":"string"},"config":{"$ref":"descriptor.schema.json"},"layers":{"type":"array","items":{"$ref":"descriptor.schema.json"}},"subject":{"$ref":"descriptor.schema.json"},"annotations":{"type":"object","additionalProperties":{"type":"string"}}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://image-actions.local/schemas/image-manifest.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.schemaVersion === undefined) && (missing0 = "schemaVersion")) || ((data.config === undefined) && (missing0 = "config"))) || ((data.layers === undefined) && (missing0 = "layers"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.schemaVersion !== undefined){
const _errs1 = errors;
if(2 !== data.schemaVersion){
validate22.errors = [{instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 2},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mediaType !== undefined){
const _errs2 = errors;
if(typeof data.mediaType !== "string"){
validate22.errors = [{instancePath:instancePath+"/mediaType",schemaPath:"#/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.artifactType !== undefined){
const _errs4 = errors;
if(typeof data.artifactType !== "string"){
validate22.errors = [{instancePath:instancePath+"/artifactType",schemaPath:"#/properties/artifactType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.config !== undefined){
const _errs6 = errors;
if(!(validate21(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.layers !== undefined){
let data4 = data.layers;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(!(validate21(data4[i0], {instancePath:instancePath+"/layers/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/layers",schemaPath:"#/properties/layers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
const _errs10 = errors;
if(!(validate21(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.annotations !== undefined){
let data7 = data.annotations;
const _errs11 = errors;
if(errors === _errs11){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
const _errs14 = errors;
if(typeof data7[key0] !== "string"){
validate22.errors = [{instancePath:instancePath+"/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
if(!valid2){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

const validateImageIndex = validate26;
const schema8 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://image-actions.local/schemas/image-index.schema.json","title":"Image index","description":"An OCI image index (application/vnd.oci.image.index.v1+json) or a Docker manifest list (application/vnd.docker.distribution.manifest.list.v2+json): the fields this project reads.","type":"object","required":["schemaVersion","manifests"],"properties":{"schemaVersion":{"const":2},"mediaType":{"type":"string"},"artifactType":{"type":"string"},"manifests":{"type":"array","items":{"$ref":"descriptor.schema.json"}},"subject":{"$ref":"descriptor.schema.json"},"annotations":{"type":"object","additionalProperties":{"type":"string"}}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://image-actions.local/schemas/image-index.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.schemaVersion === undefined) && (missing0 = "schemaVersion")) || ((data.manifests === undefined) && (missing0 = "manifests"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.schemaVersion !== undefined){
const _errs1 = errors;
if(2 !== data.schemaVersion){
validate26.errors = [{instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 2},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mediaType !== undefined){
const _errs2 = errors;
if(typeof data.mediaType !== "string"){
validate26.errors = [{instancePath:instancePath+"/mediaType",schemaPath:"#/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.artifactType !== undefined){
const _errs4 = errors;
if(typeof data.artifactType !== "string"){
validate26.errors = [{instancePath:instancePath+"/artifactType",schemaPath:"#/properties/artifactType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manifests !== undefined){
let data3 = data.manifests;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(!(validate21(data3[i0], {instancePath:instancePath+"/manifests/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/manifests",schemaPath:"#/properties/manifests/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
const _errs9 = errors;
if(!(validate21(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.annotations !== undefined){
let data6 = data.annotations;
const _errs10 = errors;
if(errors === _errs10){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
const _errs13 = errors;
if(typeof data6[key0] !== "string"){
validate26.errors = [{instancePath:instancePath+"/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}

const validateOtherManifest = validate29;
const schema9 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://image-actions.local/schemas/other-manifest.schema.json","title":"Manifest of another media type","description":"A manifest of a media type this project does not know (an artifact's): copied byte for byte, so only what a copy reads is checked, the blobs it references.","type":"object","properties":{"config":{"$ref":"descriptor.schema.json"},"layers":{"type":"array","items":{"$ref":"descriptor.schema.json"}},"blobs":{"type":"array","items":{"$ref":"descriptor.schema.json"}},"subject":{"$ref":"descriptor.schema.json"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://image-actions.local/schemas/other-manifest.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
const _errs1 = errors;
if(!(validate21(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.layers !== undefined){
let data1 = data.layers;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate21(data1[i0], {instancePath:instancePath+"/layers/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/layers",schemaPath:"#/properties/layers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.blobs !== undefined){
let data3 = data.blobs;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs7 = errors;
if(!(validate21(data3[i1], {instancePath:instancePath+"/blobs/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/blobs",schemaPath:"#/properties/blobs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
const _errs8 = errors;
if(!(validate21(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}

const validateImageConfig = validate34;
const schema10 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://image-actions.local/schemas/image-config.schema.json","title":"Image config","description":"An OCI or Docker image config: the fields this project reads (platform, creation time, labels).","type":"object","properties":{"os":{"type":"string"},"architecture":{"type":"string"},"variant":{"type":"string"},"os.version":{"type":"string"},"created":{"type":"string"},"config":{"type":["object","null"],"properties":{"Labels":{"type":["object","null"],"additionalProperties":{"type":"string"}}}}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://image-actions.local/schemas/image-config.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.os !== undefined){
const _errs1 = errors;
if(typeof data.os !== "string"){
validate34.errors = [{instancePath:instancePath+"/os",schemaPath:"#/properties/os/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.architecture !== undefined){
const _errs3 = errors;
if(typeof data.architecture !== "string"){
validate34.errors = [{instancePath:instancePath+"/architecture",schemaPath:"#/properties/architecture/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.variant !== undefined){
const _errs5 = errors;
if(typeof data.variant !== "string"){
validate34.errors = [{instancePath:instancePath+"/variant",schemaPath:"#/properties/variant/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["os.version"] !== undefined){
const _errs7 = errors;
if(typeof data["os.version"] !== "string"){
validate34.errors = [{instancePath:instancePath+"/os.version",schemaPath:"#/properties/os.version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.created !== undefined){
const _errs9 = errors;
if(typeof data.created !== "string"){
validate34.errors = [{instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.config !== undefined){
let data5 = data.config;
const _errs11 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate34.errors = [{instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: schema10.properties.config.type},message:"must be object,null"}];
return false;
}
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.Labels !== undefined){
let data6 = data5.Labels;
const _errs13 = errors;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
validate34.errors = [{instancePath:instancePath+"/config/Labels",schemaPath:"#/properties/config/properties/Labels/type",keyword:"type",params:{type: schema10.properties.config.properties.Labels.type},message:"must be object,null"}];
return false;
}
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
const _errs16 = errors;
if(typeof data6[key0] !== "string"){
validate34.errors = [{instancePath:instancePath+"/config/Labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/config/properties/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
if(!valid2){
break;
}
}
}
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

const validateTokenAnswer = validate35;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://image-actions.local/schemas/token-answer.schema.json","title":"Token service answer","description":"The answer of a registry's token service (distribution's token authentication): a token under `token` or `access_token`.","type":"object","anyOf":[{"required":["token"],"properties":{"token":{"type":"string","minLength":1}}},{"required":["access_token"],"properties":{"access_token":{"type":"string","minLength":1}}}],"properties":{"token":{"type":"string"},"access_token":{"type":"string"},"refresh_token":{"type":"string"},"expires_in":{"type":"number"},"issued_at":{"type":"string"}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://image-actions.local/schemas/token-answer.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.token === undefined) && (missing0 = "token")){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.token !== undefined){
let data0 = data.token;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/token",schemaPath:"#/anyOf/0/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/token",schemaPath:"#/anyOf/0/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.access_token === undefined) && (missing1 = "access_token")){
const err3 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.access_token !== undefined){
let data1 = data.access_token;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/access_token",schemaPath:"#/anyOf/1/properties/access_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/access_token",schemaPath:"#/anyOf/1/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate35.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.token !== undefined){
const _errs8 = errors;
if(typeof data.token !== "string"){
validate35.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.access_token !== undefined){
const _errs10 = errors;
if(typeof data.access_token !== "string"){
validate35.errors = [{instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.refresh_token !== undefined){
const _errs12 = errors;
if(typeof data.refresh_token !== "string"){
validate35.errors = [{instancePath:instancePath+"/refresh_token",schemaPath:"#/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.expires_in !== undefined){
let data5 = data.expires_in;
const _errs14 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate35.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.issued_at !== undefined){
const _errs16 = errors;
if(typeof data.issued_at !== "string"){
validate35.errors = [{instancePath:instancePath+"/issued_at",schemaPath:"#/properties/issued_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}


/***/ }),

/***/ 66908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   OS: () => (/* binding */ platformManifests),
/* harmony export */   SM: () => (/* binding */ isNonDistributable),
/* harmony export */   Sw: () => (/* binding */ parseImageManifest),
/* harmony export */   U2: () => (/* binding */ digestMatches),
/* harmony export */   XE: () => (/* binding */ parseManifestContents),
/* harmony export */   a_: () => (/* binding */ parseReferrersList),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   kG: () => (/* binding */ digestLike),
/* harmony export */   n4: () => (/* binding */ parseImageIndex),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   sW: () => (/* binding */ referencedBlobs),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony export isImageManifestMediaType */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36624);
/* harmony import */ var _generated_protocol_validators_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44171);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92968);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88005);





const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
};
/** What a manifest GET accepts: the two image manifests and the two indexes. */
const MANIFEST_ACCEPT = [
    MediaType.ociIndex,
    MediaType.dockerManifestList,
    MediaType.ociManifest,
    MediaType.dockerManifest,
].join(', ');
function isIndexMediaType(mediaType) {
    return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}
function isImageManifestMediaType(mediaType) {
    return mediaType === MediaType.ociManifest || mediaType === MediaType.dockerManifest;
}
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * The digest of `bytes` in the algorithm of `like` (a digest `isValidDigest` accepts): a
 * manifest pinned by its sha512 digest is checked by sha512, never taken on trust.
 */
function digestLike(bytes, like) {
    const algorithm = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .digestAlgorithm */ .g4)(like);
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Whether `bytes` hash to `digest`; a digest of no known algorithm matches nothing. */
function digestMatches(bytes, digest) {
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidDigest */ .fH)(digest) && digestLike(bytes, digest) === digest;
}
/**
 * Parses and validates a document a registry sent. `where` names the registry and repository;
 * the message adds the digest and the first thing wrong: one line, never a TypeError later.
 */
function parseChecked(raw, where, validate, kind) {
    let parsed;
    try {
        parsed = JSON.parse(raw.bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`${where}: the manifest ${raw.digest} is not valid JSON`, 0, 'MANIFEST_INVALID');
    }
    if (!validate(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`${where}: the manifest ${raw.digest} is not a valid ${kind} (${raw.mediaType}): ${schemaError(validate.errors?.[0])}`, 0, 'MANIFEST_INVALID');
    }
    return parsed;
}
/**
 * An image config read whole, checked in what is read of it; `where` names the registry and
 * repository. Not JSON, or not of that shape: an error naming the config's digest.
 */
function parseImageConfig(bytes, digest, where) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`${where}: its config ${digest} is not JSON`, 0, 'CONFIG_INVALID');
    }
    if (!(0,_generated_protocol_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .validateImageConfig */ .Es)(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`${where}: its config ${digest} is not a valid image config: ${schemaError(_generated_protocol_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .validateImageConfig */ .Es.errors?.[0])}`, 0, 'CONFIG_INVALID');
    }
    return parsed;
}
/** ajv's first error in user words: `/layers/0/digest is not a digest (…)`. */
function schemaError(error) {
    if (!error)
        return 'it does not have the expected shape';
    const field = error.instancePath || 'the document';
    if (error.keyword === 'pattern' && error.instancePath.endsWith('/digest')) {
        return `${field} is not a digest (${_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_FORM */ .uY})`;
    }
    if (error.keyword === 'required') {
        return `${field} has no ${error.params.missingProperty}`;
    }
    return `${field} ${error.message ?? 'is not valid'}`;
}
/** An image manifest (OCI or Docker), checked: `config` and `layers` are descriptors. */
function parseImageManifest(raw, where) {
    return parseChecked(raw, where, _generated_protocol_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .validateImageManifest */ .Xf, 'image manifest');
}
/**
 * A list of referrers (a referrers API page, a `sha256-<hex>` referrers tag index): an index whose
 * entries are checked one by one. An entry that is no valid descriptor names nothing that could
 * be read or copied: it is left out (and counted), not trusted, and the others still count.
 */
function parseReferrersList(raw, where) {
    let parsed;
    try {
        parsed = JSON.parse(raw.bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`${where}: the referrers list is not valid JSON`, 0, 'MANIFEST_INVALID');
    }
    const manifests = parsed?.manifests;
    if (!Array.isArray(manifests)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`${where}: the referrers list has no manifests list`, 0, 'MANIFEST_INVALID');
    }
    const entries = manifests.filter((entry) => (0,_generated_protocol_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .validateDescriptor */ .sA)(entry));
    return {
        entries,
        skipped: manifests.length - entries.length,
        document: parsed,
    };
}
/** An index (OCI or Docker manifest list), checked: `manifests` are descriptors. */
function parseImageIndex(raw, where) {
    return parseChecked(raw, where, _generated_protocol_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .validateImageIndex */ .yA, 'image index');
}
/**
 * A manifest that is not an index. An image manifest is checked in full; a manifest of another
 * media type (an artifact's) only in what is read of it (`config`, `layers`, `blobs`, the latter
 * two returned together as `layers`): it is copied byte for byte, whatever else it holds.
 */
function parseManifestContents(raw, where) {
    if (isImageManifestMediaType(raw.mediaType))
        return parseImageManifest(raw, where);
    const other = parseChecked(raw, where, _generated_protocol_validators_js__WEBPACK_IMPORTED_MODULE_2__/* .validateOtherManifest */ .u7, 'manifest');
    return {
        config: other.config,
        layers: [...(other.layers ?? []), ...(other.blobs ?? [])],
        ...(other.annotations ? { annotations: other.annotations } : {}),
    };
}
/** The blobs a manifest that is not an index references: what a copy must make present. */
function referencedBlobs(raw, where) {
    const { config, layers } = parseManifestContents(raw, where);
    return config ? [config, ...layers] : layers;
}
/**
 * The media type of a manifest: the Content-Type the registry gave, else its own `mediaType`
 * field, else guessed from its shape (OCI allows the field to be absent).
 */
function manifestMediaType(bytes, contentType) {
    const fromHeader = contentType?.split(';')[0].trim();
    if (fromHeader && fromHeader !== 'application/json' && fromHeader !== 'text/plain')
        return fromHeader;
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        if (parsed.mediaType)
            return parsed.mediaType;
        return parsed.manifests ? MediaType.ociIndex : MediaType.ociManifest;
    }
    catch {
        return fromHeader || MediaType.ociManifest;
    }
}
/**
 * Blobs a registry never stores (Windows foreign layers), told by their media type alone: OCI
 * allows `urls` on an ordinary layer too, and such a layer must still be copied.
 */
function isNonDistributable(descriptor) {
    return (descriptor.mediaType.includes('foreign') || descriptor.mediaType.includes('nondistributable'));
}
/** A platform as messages name it (`linux/arm64/v8`), escaped: its parts come from a registry. */
function formatPlatform(platform) {
    if (!platform)
        return 'unknown';
    return (0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeLogText */ .dD)([platform.os, platform.architecture, platform.variant].filter(Boolean).join('/'));
}
/** Buildx attaches provenance as index entries with platform unknown/unknown: not a real platform. */
function isAttestation(descriptor) {
    return (descriptor.platform?.os === 'unknown' ||
        descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest');
}
/**
 * The platform manifests of an index: its entries, attestations left out (each is handed to
 * `skipped`). A malformed index (no `manifests` list, an entry that is no descriptor) yields what
 * it holds of them, never a TypeError.
 */
function platformManifests(index, skipped = () => { }) {
    const entries = Array.isArray(index.manifests) ? index.manifests : [];
    return entries.filter((entry) => {
        if (typeof entry !== 'object' || entry === null)
            return false;
        if (typeof entry.digest !== 'string')
            return false;
        if (!isAttestation(entry))
            return true;
        skipped(entry);
        return false;
    });
}


/***/ })

};
