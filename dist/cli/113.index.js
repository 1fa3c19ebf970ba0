export const id = 113;
export const ids = [113];
export const modules = {

/***/ 7522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ Clients),
  w: () => (/* binding */ jobsFromEnv)
});

// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(6624);
// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
// EXTERNAL MODULE: ./.build/src/registry/http.js
var http = __webpack_require__(8507);
;// CONCATENATED MODULE: ./.build/src/registry/auth.js



/**
 * Parses `Bearer realm="…",service="…",scope="…"` (quoted values may hold commas). A header may
 * carry several challenges (joined by commas when repeated): Bearer is preferred over Basic.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const challenges = [];
    // Split before each scheme name that starts a challenge, outside quoted values.
    const parts = header.split(/,?\s*(?=\b(?:basic|bearer)\s)(?=(?:[^"]*"[^"]*")*[^"]*$)/i);
    for (const part of parts) {
        const match = /^\s*(\w+)\s*(.*)$/s.exec(part);
        if (!match)
            continue;
        const scheme = match[1].toLowerCase();
        if (scheme !== 'basic' && scheme !== 'bearer')
            continue;
        const params = {};
        const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
        for (let m = re.exec(match[2]); m; m = re.exec(match[2])) {
            params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
        }
        challenges.push({ scheme, params });
    }
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges[0];
}
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
            (0,secrets/* maskSecret */.$l)(credentials.password);
            (0,secrets/* maskSecret */.$l)(basicValue(credentials));
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
            throw new errors/* UserError */.yo(`${this.label}: cannot reach the registry at ${this.baseUrl}: ${(0,http/* describe */.q0)(error)}`);
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
        const headers = {};
        if (this.credentials)
            headers.authorization = `Basic ${basicValue(this.credentials)}`;
        const { res, text } = await this.askTokenService(url, headers);
        if (res.status === 401 || res.status === 403) {
            throw new errors/* RegistryError */.gl(`${this.label}: the token service at ${url.origin} refused ${this.credentials ? `the credentials of user "${this.credentials.username}"` : 'anonymous access'} (HTTP ${res.status})${registryMessage(text)}`, res.status);
        }
        if (res.status < 200 || res.status >= 300) {
            throw new errors/* RegistryError */.gl(`${this.label}: the token service at ${url.origin} answered HTTP ${res.status}${registryMessage(text)}`, res.status);
        }
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            throw new errors/* RegistryError */.gl(`${this.label}: the token service at ${url.origin} answered with no JSON`, res.status);
        }
        // Every token the service minted is a secret, the ones not used here too.
        for (const minted of [parsed.token, parsed.access_token, parsed.refresh_token]) {
            if (typeof minted === 'string')
                (0,secrets/* maskSecret */.$l)(minted);
        }
        const value = parsed.token || parsed.access_token;
        if (!value)
            throw new errors/* RegistryError */.gl(`${this.label}: the token service at ${url.origin} sent no token`, res.status);
        const lifetime = (parsed.expires_in && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS) *
            1000;
        // The lifetime counts from now, not from the service's `issued_at`: a token service whose
        // clock runs behind would otherwise make every token look expired on arrival.
        return { value, expiresAt: Date.now() + lifetime - Math.min(EXPIRY_MARGIN_MS, lifetime / 2) };
    }
    /** One token request, its answer read whole: a connection dropped mid-answer is retried too. */
    async askTokenService(url, headers) {
        const { retry } = this.transport;
        const unreachable = (error) => new errors/* RegistryError */.gl(`${this.label}: cannot reach the token service at ${url.origin}: ${(0,http/* describe */.q0)(error)}`, 0, 'NETWORK', { cause: error });
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                // Connection failures before the answer are retried in there.
                res = await this.transport.sendWithRetry({ method: 'GET', url: url.toString(), headers });
            }
            catch (error) {
                throw (0,http/* isNetworkError */.TX)(error) ? unreachable(error) : error;
            }
            try {
                return { res, text: await res.body.text() };
            }
            catch (error) {
                if (!(0,http/* isNetworkError */.TX)(error))
                    throw error;
                if (attempt >= retry.tries)
                    throw unreachable(error);
                await (0,http/* sleep */.yy)((0,http/* retryDelay */.a2)(attempt, retry));
            }
        }
    }
}
function basicValue(credentials) {
    return Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
}
/** The registry's own JSON error, `: CODE: message`, or the start of a plain body. */
function registryMessage(body) {
    const errors = parseRegistryErrors(body);
    if (errors.length)
        return `: ${errors.map((e) => `${e.code}: ${e.message}`).join('; ')}`;
    const text = body.trim().slice(0, 200);
    return text && !text.startsWith('<') ? `: ${text}` : '';
}
function parseRegistryErrors(body) {
    try {
        const parsed = JSON.parse(body);
        if (Array.isArray(parsed.errors)) {
            return parsed.errors.map((e) => ({ code: e.code ?? 'UNKNOWN', message: e.message ?? '' }));
        }
        if (typeof parsed.details === 'string')
            return [{ code: 'ERROR', message: parsed.details }];
    }
    catch {
        /* not JSON */
    }
    return [];
}

// EXTERNAL MODULE: ./.build/src/registry/manifest.js
var manifest = __webpack_require__(2850);
;// CONCATENATED MODULE: ./.build/src/registry/client.js




/** Statuses with which a registry says it will not take a blob in one PUT. */
const MONOLITHIC_REFUSED = new Set([400, 405, 413, 416, 501]);
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
/** One registry host: its auth state and its connection pool are shared by all its repositories. */
class RegistryClient {
    endpoint;
    transport;
    baseUrl;
    auth;
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
        return new Repository(this, name, scopes);
    }
    /** Whether two endpoints are the same registry, so blobs can be mounted between them. */
    sameRegistry(other) {
        return this.baseUrl === other.baseUrl;
    }
}
class Repository {
    client;
    name;
    scopes;
    constructor(client, name, scopes) {
        this.client = client;
        this.name = name;
        this.scopes = scopes;
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
            const authorization = ownOrigin ? await auth.authorization(this.scopes) : undefined;
            const headers = { ...req.headers, ...(authorization ? { authorization } : {}) };
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
        if (!(0,http/* isReplayable */.e1)(req))
            return res;
        await res.body.dump().catch(() => { });
        return (await send()).res;
    }
    /** A dropped connection or timeout, said in user words; retries still see the cause. */
    networkError(error, action) {
        if (!(0,http/* isNetworkError */.TX)(error) || error instanceof errors/* RegistryError */.gl)
            return error;
        return new errors/* RegistryError */.gl(`${this.label}: ${action} failed: the connection failed (${(0,http/* describe */.q0)(error)})`, 0, 'NETWORK', { cause: error });
    }
    /**
     * A request whose small answer (a manifest, a config) is read whole. A connection dropped
     * half-way through the body is retried like one dropped before the answer.
     */
    async callWhole(req, action) {
        const { retry } = this.client.transport;
        for (let attempt = 1;; attempt++) {
            const res = await this.call(req, action);
            if (res.status !== 200)
                await this.fail(res, action);
            try {
                return { res, bytes: Buffer.from(await res.body.arrayBuffer()) };
            }
            catch (error) {
                if (attempt >= retry.tries || !(0,http/* isNetworkError */.TX)(error))
                    throw this.networkError(error, action);
                await (0,http/* sleep */.yy)((0,http/* retryDelay */.a2)(attempt, retry));
            }
        }
    }
    async fail(res, action) {
        // A body already drained (a HEAD's, say) cannot be read again: undici would throw outside
        // the promise.
        const drained = res.body.destroyed || res.body.readableEnded || res.body.bodyUsed;
        const text = drained ? '' : clip(await res.body.text().catch(() => ''));
        const codes = parseRegistryErrors(text).map((e) => e.code);
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
        throw new errors/* RegistryError */.gl(`${this.label}: ${action} failed: HTTP ${res.status}${registryMessage(text)}${hint}`, res.status, codes[0], { retryAfterMs: (0,http/* parseRetryAfter */.mu)(res.headers['retry-after']) });
    }
    async getManifest(reference) {
        const { res, bytes } = await this.callWhole({
            method: 'GET',
            url: this.url(`/manifests/${reference}`),
            headers: { accept: manifest/* MANIFEST_ACCEPT */.dY },
        }, `reading manifest ${this.name}${sep(reference)}`);
        const digest = (0,manifest/* sha256Digest */.sI)(bytes);
        // A manifest asked for by digest must hash to it: the registry is not trusted blindly.
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new errors/* RegistryError */.gl(`${this.label}: the manifest ${this.name}@${reference} came back with digest ${digest}`, 200, 'DIGEST_INVALID');
        }
        return { bytes, digest, mediaType: (0,manifest/* manifestMediaType */.gp)(bytes, res.headers['content-type']) };
    }
    /** The manifest's digest without its body, or undefined when the registry does not have it. */
    async headManifest(reference) {
        const action = `checking manifest ${this.name}${sep(reference)}`;
        const res = await this.call({
            method: 'HEAD',
            url: this.url(`/manifests/${reference}`),
            headers: { accept: manifest/* MANIFEST_ACCEPT */.dY },
        }, action);
        if (res.status !== 200 && res.status !== 404)
            await this.fail(res, action);
        await res.body.dump().catch(() => { });
        if (res.status === 404)
            return undefined;
        // Without Docker-Content-Digest a HEAD proves presence only: the digest is left empty so
        // that no caller can take it for an equality.
        return {
            digest: res.headers['docker-content-digest'] ?? '',
            mediaType: res.headers['content-type'] ?? '',
            size: Number(res.headers['content-length'] ?? 0),
        };
    }
    /** Stores the manifest's exact bytes under `reference` (a tag or its digest). */
    async putManifest(reference, manifest) {
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
        const stored = res.headers['docker-content-digest'];
        if (stored && stored !== manifest.digest) {
            throw new errors/* RegistryError */.gl(`${this.label}: the registry stored manifest ${this.name}${sep(reference)} as ${stored}, not as the ${manifest.digest} that was sent`, res.status, 'DIGEST_INVALID');
        }
        return manifest.digest;
    }
    async headBlob(digest) {
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
        const action = `reading blob ${this.name}@${digest}`;
        const res = await this.call({ method: 'GET', url: this.url(`/blobs/${digest}`) }, action);
        if (res.status !== 200)
            await this.fail(res, action);
        return res.body;
    }
    /** A small blob (a config) read whole, and checked against its digest. */
    async getBlob(digest) {
        const { bytes } = await this.callWhole({ method: 'GET', url: this.url(`/blobs/${digest}`) }, `reading blob ${this.name}@${digest}`);
        const actual = (0,manifest/* sha256Digest */.sI)(bytes);
        if (digest.startsWith('sha256:') && actual !== digest) {
            throw new errors/* RegistryError */.gl(`${this.label}: the blob ${this.name}@${digest} came back with digest ${actual}`, 200, 'DIGEST_INVALID');
        }
        return bytes;
    }
    /**
     * Asks the registry to link a blob from another repository. Registries that will not (other
     * credentials, mounting disabled) open an upload session instead: its URL is returned for use.
     */
    async mountBlob(digest, from) {
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
     * Uploads a blob in one PUT; a registry that refuses that gets it in chunks (PATCH) instead.
     * `open` gives a fresh stream each time it is called, since a refused PUT has used up the first.
     */
    async uploadBlob(digest, size, open, uploadUrl) {
        const action = `uploading blob ${digest} to ${this.name}`;
        const location = uploadUrl ?? (await this.startUpload());
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
            const codes = parseRegistryErrors(await res.body.text().catch(() => '')).map((e) => e.code);
            if (!codes.includes('DIGEST_INVALID') && !codes.includes('SIZE_INVALID')) {
                return this.uploadChunked(digest, open);
            }
            throw new errors/* RegistryError */.gl(`${this.label}: ${action} failed: HTTP ${res.status}: ${codes.join(', ')}`, res.status, codes[0]);
        }
        await this.fail(res, action);
    }
    async uploadChunked(digest, open) {
        const started = await this.startUploadSession();
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
/** Keeps error bodies short: a registry may answer with a whole HTML page. */
function clip(text) {
    return text.length > 4096 ? text.slice(0, 4096) : text;
}

;// CONCATENATED MODULE: ./.build/src/actions/clients.js


/**
 * The registry clients of one step: one connection pool, and one client per host and identity,
 * so a token minted for a repository serves every request that needs it.
 */
class Clients {
    transport;
    clients = new Map();
    constructor(debug) {
        this.transport = new http/* Transport */.oK(http/* DEFAULT_RETRY */.vI, undefined, debug);
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
        return client;
    }
    async close() {
        await this.transport.close();
    }
}
/** Blob transfers at once: `IMAGE_ACTIONS_JOBS`, else the engine's default. */
function jobsFromEnv(env) {
    const value = env.IMAGE_ACTIONS_JOBS;
    return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}


/***/ }),

/***/ 1270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ getTags),
/* harmony export */   cx: () => (/* binding */ getRegistries),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList),
/* harmony export */   y1: () => (/* binding */ parseMap)
/* harmony export */ });
/* unused harmony export parseList */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6624);
/* harmony import */ var _registry_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1334);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5626);




/**
 * Multi-value inputs (DESIGN §4): a YAML list, or items separated by newlines or commas.
 */
function parseList(text, name) {
    const trimmed = text.trim();
    if (!trimmed)
        return [];
    if (trimmed.startsWith('[') || trimmed.startsWith('- ')) {
        let parsed;
        try {
            parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(trimmed, { schema: 'failsafe' });
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input ${name}: not a valid YAML list (${error.message.split('\n')[0]})`);
        }
        if (!Array.isArray(parsed) || parsed.some((v) => typeof v === 'object' && v !== null)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input ${name}: expected a list of strings`);
        }
        return parsed.map((v) => String(v).trim()).filter(Boolean);
    }
    return trimmed
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function getList(io, name) {
    return parseList(io.getInput(name), name);
}
function getBoolean(io, name, fallback) {
    const value = io.getInput(name);
    if (!value)
        return fallback;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input ${name}: "${value}" is not a boolean; use true or false`);
}
/**
 * A map input: a YAML map, or `KEY=VALUE` items as a list or one per line. Values are strings.
 */
function parseMap(text, name) {
    const trimmed = text.trim();
    if (!trimmed)
        return {};
    let parsed;
    if (!trimmed.startsWith('- ') && !trimmed.startsWith('[') && /^[^=\n]+:\s/m.test(trimmed)) {
        try {
            parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(trimmed, { schema: 'failsafe' });
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input ${name}: not a valid YAML map (${error.message.split('\n')[0]})`);
        }
    }
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        const out = {};
        for (const [k, v] of Object.entries(parsed)) {
            if (v !== null && typeof v === 'object')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input ${name}: the value of ${k} must be a string`);
            out[k] = v === null ? '' : String(v);
        }
        return out;
    }
    const out = {};
    for (const item of parseListOfPairs(trimmed, name)) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input ${name}: "${item}" is not KEY=VALUE`);
        out[item.slice(0, eq).trim()] = item.slice(eq + 1);
    }
    return out;
}
/** KEY=VALUE items: values may hold commas, so only newlines (or a YAML list) separate them. */
function parseListOfPairs(text, name) {
    if (text.startsWith('[') || text.startsWith('- '))
        return parseList(text, name);
    return text
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * `tag` first, then `tags`, without duplicates; `tags` items may be full references.
 * Returns [] when neither is given, so each action applies its own default (DESIGN §4).
 */
function getTags(io) {
    const tags = [];
    const tag = io.getInput('tag');
    if (tag)
        tags.push((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .tagFromItem */ .Mt)(tag, 'tag'));
    for (const item of getList(io, 'tags'))
        tags.push((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .tagFromItem */ .Mt)(item, 'tags'));
    return [...new Set(tags)];
}
function getRegistries(io) {
    return (0,_registry_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadRegistries */ .A_)({
        inline: io.getInput('registries') || undefined,
        file: io.getInput('registries_file') || undefined,
        cwd: io.env.GITHUB_WORKSPACE || process.cwd(),
    });
}


/***/ }),

/***/ 1334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zv: () => (/* binding */ DEFAULT_REGISTRIES_FILE),
  ir: () => (/* binding */ NO_SOURCE),
  A_: () => (/* binding */ loadRegistries),
  L1: () => (/* binding */ readCredentials)
});

// UNUSED EXPORTS: INLINE_SOURCE, parseRegistries

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./.build/src/registry/generated/registries-validator.js
// Generated by scripts/generate-validators.mjs from schemas/registries.schema.json: do not edit.

const runtime0 = ucs2length["default"] ?? ucs2length;

const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const registries_validator = (validate10);
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"image-actions registries","description":"The container registries the image-actions steps may use, each declared once (.github/registries.yml, or the same YAML in the `registries` input). Secrets are never written here: a password names the environment variable that holds it.","type":"object","additionalProperties":false,"required":["registries"],"properties":{"$schema":{"title":"JSON Schema","description":"The schema this file follows; editors use it for completion and checks.","type":"string"},"registries":{"title":"Registries","description":"The registry integrations, each with a unique name that steps refer to in `registry`, `registry_context` and `registry_contexts`.","type":["array","null"],"items":{"$ref":"#/definitions/registry"}}},"definitions":{"registry":{"title":"Registry integration","description":"One registry account: where it is, how to log in, and its role for pulls and pushes.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"title":"Name","description":"Unique name of this integration, used by the steps' `registry` and `registry_context` inputs: lowercase letters, digits, `_` and `-`, starting with a letter or digit.","type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"},"kind":{"title":"Kind","description":"The registry product. `dockerhub` implies the domain docker.io, `ghcr` ghcr.io, `gcr` gcr.io and `quay` quay.io; the other kinds need `domain`.","type":"string","enum":["dockerhub","ghcr","gcr","gar","ecr","acr","quay","other"],"default":"other"},"domain":{"title":"Domain","description":"The registry's host, with an optional port: `host[:port]`, no scheme and no path (for example ghcr.io, europe-docker.pkg.dev, localhost:5000). Required unless `kind` implies it.","type":"string","pattern":"^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$"},"primary":{"title":"Primary","description":"Pull through this integration when several integrations share its domain and the step sets no `registry_context` for it. At most one per domain.","type":"boolean","default":false},"default":{"title":"Default push target","description":"Push here when a step names no `registry`. At most one integration may be the default.","type":"boolean","default":false},"repository_prefix":{"title":"Repository prefix","description":"Lowercase repository path prepended to image names pushed here (for example `acme` makes `app` into `acme/app`), unless the name already starts with it.","type":"string","pattern":"^/*[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*/*$"},"insecure":{"title":"Insecure","description":"Speak plain HTTP to this registry. Loopback hosts (localhost, 127.0.0.0/8, [::1]) may use HTTP without it, as Docker allows.","type":"boolean","default":false},"credentials":{"title":"Credentials","description":"How to log in. Leave out for anonymous access (or to use a `docker login` done earlier in the job). The password always comes from an environment variable.","type":"object","additionalProperties":false,"required":["username","password"],"properties":{"username":{"title":"Username","description":"The user name: a literal string, or `{ env: NAME }` to read it from an environment variable.","anyOf":[{"type":"string","minLength":1},{"$ref":"#/definitions/secretRef"}]},"password":{"title":"Password","description":"The password or token, always `{ env: NAME }`: the environment variable that holds it (for example `env: { NAME: ${{ secrets.NAME }} }` on the step). A literal password is an error.","$ref":"#/definitions/secretRef"}}}}},"secretRef":{"title":"Environment variable","description":"A value read from an environment variable when the integration is used: `{ env: NAME }`.","type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"title":"Variable name","description":"The name of the environment variable (letters, digits and `_`, not starting with a digit).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}}}};
const schema12 = {"title":"Registry integration","description":"One registry account: where it is, how to log in, and its role for pulls and pushes.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"title":"Name","description":"Unique name of this integration, used by the steps' `registry` and `registry_context` inputs: lowercase letters, digits, `_` and `-`, starting with a letter or digit.","type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"},"kind":{"title":"Kind","description":"The registry product. `dockerhub` implies the domain docker.io, `ghcr` ghcr.io, `gcr` gcr.io and `quay` quay.io; the other kinds need `domain`.","type":"string","enum":["dockerhub","ghcr","gcr","gar","ecr","acr","quay","other"],"default":"other"},"domain":{"title":"Domain","description":"The registry's host, with an optional port: `host[:port]`, no scheme and no path (for example ghcr.io, europe-docker.pkg.dev, localhost:5000). Required unless `kind` implies it.","type":"string","pattern":"^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$"},"primary":{"title":"Primary","description":"Pull through this integration when several integrations share its domain and the step sets no `registry_context` for it. At most one per domain.","type":"boolean","default":false},"default":{"title":"Default push target","description":"Push here when a step names no `registry`. At most one integration may be the default.","type":"boolean","default":false},"repository_prefix":{"title":"Repository prefix","description":"Lowercase repository path prepended to image names pushed here (for example `acme` makes `app` into `acme/app`), unless the name already starts with it.","type":"string","pattern":"^/*[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*/*$"},"insecure":{"title":"Insecure","description":"Speak plain HTTP to this registry. Loopback hosts (localhost, 127.0.0.0/8, [::1]) may use HTTP without it, as Docker allows.","type":"boolean","default":false},"credentials":{"title":"Credentials","description":"How to log in. Leave out for anonymous access (or to use a `docker login` done earlier in the job). The password always comes from an environment variable.","type":"object","additionalProperties":false,"required":["username","password"],"properties":{"username":{"title":"Username","description":"The user name: a literal string, or `{ env: NAME }` to read it from an environment variable.","anyOf":[{"type":"string","minLength":1},{"$ref":"#/definitions/secretRef"}]},"password":{"title":"Password","description":"The password or token, always `{ env: NAME }`: the environment variable that holds it (for example `env: { NAME: ${{ secrets.NAME }} }` on the step). A literal password is an error.","$ref":"#/definitions/secretRef"}}}}};
const schema13 = {"title":"Environment variable","description":"A value read from an environment variable when the integration is used: `{ env: NAME }`.","type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"title":"Variable name","description":"The name of the environment variable (letters, digits and `_`, not starting with a digit).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}};
const pattern0 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern1 = new RegExp("^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$", "u");
const pattern2 = new RegExp("^/*[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*/*$", "u");
const pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const func2 = runtime0;

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "kind")) || (key0 === "domain")) || (key0 === "primary")) || (key0 === "default")) || (key0 === "repository_prefix")) || (key0 === "insecure")) || (key0 === "credentials"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema12.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.name.type,parentSchema:schema12.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.kind.type,parentSchema:schema12.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((data1 === "dockerhub") || (data1 === "ghcr")) || (data1 === "gcr")) || (data1 === "gar")) || (data1 === "ecr")) || (data1 === "acr")) || (data1 === "quay")) || (data1 === "other"))){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema12.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.kind.enum,parentSchema:schema12.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.domain !== undefined){
let data2 = data.domain;
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err6 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/pattern",keyword:"pattern",params:{pattern: "^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$"},message:"must match pattern \""+"^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$"+"\"",schema:"^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$",parentSchema:schema12.properties.domain,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.domain.type,parentSchema:schema12.properties.domain,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.primary !== undefined){
let data3 = data.primary;
if(typeof data3 !== "boolean"){
const err8 = {instancePath:instancePath+"/primary",schemaPath:"#/properties/primary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.primary.type,parentSchema:schema12.properties.primary,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.default !== undefined){
let data4 = data.default;
if(typeof data4 !== "boolean"){
const err9 = {instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.default.type,parentSchema:schema12.properties.default,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.repository_prefix !== undefined){
let data5 = data.repository_prefix;
if(typeof data5 === "string"){
if(!pattern2.test(data5)){
const err10 = {instancePath:instancePath+"/repository_prefix",schemaPath:"#/properties/repository_prefix/pattern",keyword:"pattern",params:{pattern: "^/*[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*/*$"},message:"must match pattern \""+"^/*[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*/*$"+"\"",schema:"^/*[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*/*$",parentSchema:schema12.properties.repository_prefix,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/repository_prefix",schemaPath:"#/properties/repository_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.repository_prefix.type,parentSchema:schema12.properties.repository_prefix,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.insecure !== undefined){
let data6 = data.insecure;
if(typeof data6 !== "boolean"){
const err12 = {instancePath:instancePath+"/insecure",schemaPath:"#/properties/insecure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.insecure.type,parentSchema:schema12.properties.insecure,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.credentials !== undefined){
let data7 = data.credentials;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.username === undefined){
const err13 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'",schema:schema12.properties.credentials.required,parentSchema:schema12.properties.credentials,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7.password === undefined){
const err14 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'",schema:schema12.properties.credentials.required,parentSchema:schema12.properties.credentials,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "username") || (key1 === "password"))){
const err15 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.credentials,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.username !== undefined){
let data8 = data7.username;
const _errs20 = errors;
let valid2 = false;
const _errs21 = errors;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err16 = {instancePath:instancePath+"/credentials/username",schemaPath:"#/properties/credentials/properties/username/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.credentials.properties.username.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/credentials/username",schemaPath:"#/properties/credentials/properties/username/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.credentials.properties.username.anyOf[0].type,parentSchema:schema12.properties.credentials.properties.username.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs23 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.env === undefined){
const err18 = {instancePath:instancePath+"/credentials/username",schemaPath:"#/definitions/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema13.required,parentSchema:schema13,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data8){
if(!(key2 === "env")){
const err19 = {instancePath:instancePath+"/credentials/username",schemaPath:"#/definitions/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.env !== undefined){
let data9 = data8.env;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err20 = {instancePath:instancePath+"/credentials/username/env",schemaPath:"#/definitions/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema13.properties.env,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/credentials/username/env",schemaPath:"#/definitions/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.env.type,parentSchema:schema13.properties.env,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/credentials/username",schemaPath:"#/definitions/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err23 = {instancePath:instancePath+"/credentials/username",schemaPath:"#/properties/credentials/properties/username/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema12.properties.credentials.properties.username.anyOf,parentSchema:schema12.properties.credentials.properties.username,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data7.password !== undefined){
let data10 = data7.password;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.env === undefined){
const err24 = {instancePath:instancePath+"/credentials/password",schemaPath:"#/definitions/secretRef/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema13.required,parentSchema:schema13,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key3 in data10){
if(!(key3 === "env")){
const err25 = {instancePath:instancePath+"/credentials/password",schemaPath:"#/definitions/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.env !== undefined){
let data11 = data10.env;
if(typeof data11 === "string"){
if(!pattern3.test(data11)){
const err26 = {instancePath:instancePath+"/credentials/password/env",schemaPath:"#/definitions/secretRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema13.properties.env,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/credentials/password/env",schemaPath:"#/definitions/secretRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.env.type,parentSchema:schema13.properties.env,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/credentials/password",schemaPath:"#/definitions/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.credentials.type,parentSchema:schema12.properties.credentials,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.registries === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "registries"},message:"must have required property '"+"registries"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "registries"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.registries !== undefined){
let data1 = data.registries;
if((!(Array.isArray(data1))) && (data1 !== null)){
const err3 = {instancePath:instancePath+"/registries",schemaPath:"#/properties/registries/type",keyword:"type",params:{type: schema11.properties.registries.type},message:"must be array,null",schema:schema11.properties.registries.type,parentSchema:schema11.properties.registries,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data1[i0], {instancePath:instancePath+"/registries/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(6624);
// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
// EXTERNAL MODULE: ./.build/src/registry/reference.js
var reference = __webpack_require__(5626);
;// CONCATENATED MODULE: ./.build/src/registry/config.js







const DEFAULT_REGISTRIES_FILE = '.github/registries.yml';
const INLINE_SOURCE = 'the registries input';
const NO_SOURCE = 'none';
/** Kinds whose registry lives at one well-known domain. */
const IMPLIED_DOMAINS = {
    dockerhub: 'docker.io',
    ghcr: 'ghcr.io',
    gcr: 'gcr.io',
    quay: 'quay.io',
};
// The repository path grammar of github.com/distribution/reference (reference.ts checks it).
const REPOSITORY_PATH_HELP = 'lowercase letters and digits separated by . _ __ or -, path components joined by /';
/** Errors carry their parentSchema (for the allowed field names in messages). */
function config_validate(data) {
    return registries_validator(data) ? [] : [...(registries_validator.errors ?? [])];
}
/** `registries[1].credentials.password` */
function fieldPath(segments) {
    let out = '';
    for (const segment of segments) {
        out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
    }
    return out;
}
function pointerSegments(pointer) {
    if (!pointer)
        return [];
    return pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** Finds the lines of YAML nodes by their path in the data. */
class Locator {
    root;
    lines;
    constructor(root, lines) {
        this.root = root;
        this.lines = lines;
    }
    lineAt(offset) {
        return offset === undefined ? 1 : this.lines.linePos(offset).line;
    }
    /**
     * The line where the value at `segments` is written: a map entry's key line, a list item's
     * line; the deepest node that exists when the path goes further than the document.
     */
    line(segments) {
        let node = this.root;
        let line = this.lineAt(node?.range?.[0]);
        for (const segment of segments) {
            if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
                node = node.items[segment];
                const range = node?.range;
                if (range)
                    line = this.lineAt(range[0]);
            }
            else if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
                if (!pair)
                    break;
                const keyRange = pair.key?.range;
                if (keyRange)
                    line = this.lineAt(keyRange[0]);
                node = pair.value;
            }
            else {
                break;
            }
        }
        return line;
    }
}
const TYPE_WORDS = {
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    'array,null': 'a list',
};
/** A user's words for one ajv error, never quoting the value. */
function describeAjvError(error, segments) {
    const last = segments[segments.length - 1];
    const parent = segments[segments.length - 2];
    switch (error.keyword) {
        case 'additionalProperties': {
            const allowed = Object.keys(error.parentSchema?.properties ??
                {});
            return `unknown field${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}`;
        }
        case 'required':
            if (last === 'password') {
                return 'is required: write { env: NAME }, the environment variable that holds it';
            }
            return last === 'env' ? 'is required: the name of an environment variable' : 'is required';
        case 'type':
            if (last === 'password' && parent === 'credentials') {
                return 'a literal password is not allowed; use { env: NAME } and pass the secret in that environment variable';
            }
            if (segments.length === 0)
                return 'the file must be a mapping with a registries list';
            return `must be ${TYPE_WORDS[String(error.params.type)] ?? String(error.params.type)}`;
        case 'enum':
            return `must be one of ${(error.params.allowedValues ?? []).join(', ')}`;
        case 'minLength':
            return 'must not be empty';
        case 'anyOf':
            return last === 'username'
                ? 'must be a string or { env: NAME }'
                : 'does not match any allowed form';
        case 'pattern':
            switch (last) {
                case 'name':
                    return 'must be lowercase letters, digits, _ and -, starting with a letter or digit';
                case 'domain':
                    return domainHelp(typeof error.data === 'string' ? error.data : undefined);
                case 'repository_prefix':
                    return `is not a valid repository path (${REPOSITORY_PATH_HELP})`;
                case 'env':
                    return 'must be an environment variable name (letters, digits and _, not starting with a digit)';
                default:
                    return 'has an invalid format';
            }
        default:
            return error.message ?? 'is invalid';
    }
}
function domainHelp(value) {
    const hint = value && /^[a-z]+:\/\//i.test(value)
        ? ' (leave out the scheme)'
        : value && value.includes('/')
            ? ' (leave out the path; use repository_prefix for it)'
            : '';
    return `is not a valid domain${hint}; write host[:port], such as ghcr.io or localhost:5000`;
}
/**
 * Turns ajv's errors into problems: one per field. Of the branches of an `anyOf` (a username
 * is a string or `{ env: NAME }`), only the errors of the branch the value was meant for count.
 */
function schemaProblems(errors, locator) {
    const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    const problems = [];
    for (const error of errors) {
        const within = [...anyOfPaths].find((p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`));
        if (within !== undefined) {
            const specific = errors.filter((e) => e.keyword !== 'anyOf' &&
                (e.instancePath.startsWith(`${within}/`) ||
                    (e.instancePath === within && e.keyword !== 'type')));
            if (error.keyword === 'anyOf' ? specific.length > 0 : !specific.includes(error))
                continue;
        }
        const segments = pointerSegments(error.instancePath);
        let field = segments;
        if (error.keyword === 'additionalProperties') {
            field = [...segments, String(error.params.additionalProperty)];
        }
        else if (error.keyword === 'required') {
            field = [...segments, String(error.params.missingProperty)];
        }
        problems.push({
            line: locator.line(field),
            field: fieldPath(field),
            message: describeAjvError(error, field),
        });
    }
    return problems;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function trimSlashes(value) {
    return value.replace(/^\/+|\/+$/g, '');
}
/** The checks a schema cannot make: unique names, one primary per domain, one default, domains. */
function semanticProblems(entries, locator, reported) {
    const problems = [];
    const add = (segments, message, lineSegments = segments) => {
        const field = fieldPath(segments);
        if (reported.has(field))
            return;
        problems.push({ line: locator.line(lineSegments), field, message });
    };
    const names = new Map();
    const primaries = new Map();
    let defaultEntry;
    entries.forEach((entry, index) => {
        if (!isObject(entry))
            return;
        const at = (field) => ['registries', index, field];
        const name = typeof entry.name === 'string' ? entry.name : `registries[${index}]`;
        if (typeof entry.name === 'string') {
            const first = names.get(entry.name);
            const line = locator.line(at('name'));
            if (first !== undefined) {
                add(at('name'), `duplicate name "${entry.name}", first declared at line ${first}`);
            }
            else {
                names.set(entry.name, line);
            }
        }
        let domain;
        if (typeof entry.domain === 'string') {
            if ((0,reference/* isValidDomain */.Ll)(entry.domain))
                domain = (0,reference/* normaliseDomain */.$N)(entry.domain).toLowerCase();
            else
                add(at('domain'), domainHelp(entry.domain));
        }
        else if (entry.domain === undefined) {
            const kind = typeof entry.kind === 'string' ? entry.kind : 'other';
            domain = IMPLIED_DOMAINS[kind];
            if (!domain && !reported.has(fieldPath(at('kind')))) {
                add(at('domain'), `is required for kind ${kind} (only dockerhub, ghcr, gcr and quay imply a domain)`, ['registries', index]);
            }
        }
        if (entry.primary === true && domain) {
            const line = locator.line(at('primary'));
            const other = primaries.get(domain);
            if (other) {
                add(at('primary'), `"${name}" and "${other.name}" (line ${other.line}) are both primary for ${domain}; mark only one primary: true`);
            }
            else {
                primaries.set(domain, { name, line });
            }
        }
        if (entry.default === true) {
            const line = locator.line(at('default'));
            if (defaultEntry) {
                add(at('default'), `"${name}" and "${defaultEntry.name}" (line ${defaultEntry.line}) are both default; at most one integration may be default: true`);
            }
            else {
                defaultEntry = { name, line };
            }
        }
        if (typeof entry.repository_prefix === 'string') {
            const prefix = trimSlashes(entry.repository_prefix);
            if (!prefix || !(0,reference/* isRepositoryPath */.og)(prefix)) {
                add(at('repository_prefix'), `is not a valid repository path (${REPOSITORY_PATH_HELP})`);
            }
        }
    });
    return problems;
}
function problemsError(source, problems) {
    const seen = new Set();
    const lines = [...problems]
        .sort((a, b) => a.line - b.line)
        .map((p) => `${source} line ${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}`)
        .filter((line) => !seen.has(line) && seen.add(line));
    return new errors/* UserError */.yo(lines.join('\n'));
}
function toIntegration(entry, source, line) {
    const kind = entry.kind ?? 'other';
    const domain = typeof entry.domain === 'string'
        ? (0,reference/* normaliseDomain */.$N)(entry.domain).toLowerCase()
        : IMPLIED_DOMAINS[kind];
    const prefix = typeof entry.repository_prefix === 'string' ? trimSlashes(entry.repository_prefix) : '';
    const credentials = entry.credentials;
    return {
        name: entry.name,
        kind,
        domain,
        primary: entry.primary === true,
        default: entry.default === true,
        ...(prefix ? { repositoryPrefix: prefix } : {}),
        insecure: entry.insecure === true,
        ...(credentials
            ? {
                credentials: {
                    username: typeof credentials.username === 'string'
                        ? credentials.username
                        : { env: credentials.username.env },
                    password: { env: credentials.password.env },
                },
            }
            : {}),
        source,
        line,
    };
}
/**
 * Parses and validates a registries file (DESIGN §2). Every problem is reported at once, one per
 * line, each naming `source`, the line and the field; values are never quoted, as a secret may
 * have been written where it does not belong.
 */
function parseRegistries(text, source) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length) {
        throw problemsError(source, doc.errors.map((error) => ({
            line: lineCounter.linePos(error.pos[0]).line,
            field: '',
            // Without the source excerpt that `prettyErrors` would append: it may show a secret.
            message: `YAML syntax error: ${error.message}`,
        })));
    }
    let data;
    try {
        data = doc.toJS();
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${source}: cannot read the YAML: ${error.message}`);
    }
    if (data === null || data === undefined)
        return { source, integrations: [] };
    const locator = new Locator(doc.contents, lineCounter);
    const problems = schemaProblems(config_validate(data), locator);
    const reported = new Set(problems.map((p) => p.field));
    const entries = isObject(data) && Array.isArray(data.registries) ? data.registries : [];
    problems.push(...semanticProblems(entries, locator, reported));
    if (problems.length)
        throw problemsError(source, problems);
    return {
        source,
        integrations: entries.map((entry, index) => toIntegration(entry, source, locator.line(['registries', index]))),
    };
}
/**
 * The registries of a step: the `registries` input, else the `registries_file` (default
 * `.github/registries.yml`). Without a file, no integrations: every registry is then reached
 * through the Docker config or anonymously.
 */
function loadRegistries(options) {
    if (options.inline !== undefined && options.inline.trim()) {
        return parseRegistries(options.inline, INLINE_SOURCE);
    }
    const explicit = options.file !== undefined && options.file.trim() !== '';
    const file = explicit ? options.file.trim() : DEFAULT_REGISTRIES_FILE;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_.resolve(options.cwd, file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (!explicit && code === 'ENOENT')
            return { source: NO_SOURCE, integrations: [] };
        const why = code === 'ENOENT'
            ? 'does not exist'
            : code === 'EISDIR'
                ? 'is a directory'
                : `cannot be read (${code ?? error.message})`;
        throw new errors/* UserError */.yo(explicit
            ? `Input registries_file: ${file} ${why} (relative to ${options.cwd})`
            : `${file} ${why}`);
    }
    return parseRegistries(text, file);
}
function resolveValue(integration, value, what, env) {
    if (typeof value === 'string')
        return value;
    const resolved = env[value.env];
    if (resolved === undefined || resolved === '') {
        throw new errors/* UserError */.yo(`Registry ${integration.name} (${integration.source} line ${integration.line}): the environment variable ${value.env} that holds its ${what} is not set or is empty; pass it to the step, e.g. env: { ${value.env}: \${{ secrets.${value.env} }} }`);
    }
    return resolved;
}
/**
 * The integration's username and password, read from the environment now. Credentials are read
 * lazily, only when an integration is actually used, so a job that has the secrets of just the
 * registries it uses still works. The password and the base64 `user:pass` are masked at once.
 * Undefined when the integration declares no credentials.
 */
function readCredentials(integration, env) {
    if (!integration.credentials)
        return undefined;
    const password = resolveValue(integration, integration.credentials.password, 'password', env);
    (0,secrets/* maskSecret */.$l)(password);
    const username = resolveValue(integration, integration.credentials.username, 'username', env);
    (0,secrets/* maskSecret */.$l)(Buffer.from(`${username}:${password}`).toString('base64'));
    return { username, password };
}


/***/ }),

/***/ 2478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ dockerConfigPath),
/* harmony export */   jU: () => (/* binding */ readDockerConfigCredentials),
/* harmony export */   yC: () => (/* binding */ dockerConfigDomains)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6624);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6098);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5626);





/** `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`; undefined without either. */
function dockerConfigPath(env) {
    if (env.DOCKER_CONFIG)
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(env.DOCKER_CONFIG, 'config.json');
    const home = env.HOME || env.USERPROFILE;
    return home ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.docker', 'config.json') : undefined;
}
/**
 * The host an `auths` key names: keys are hosts (`ghcr.io`) or URLs, as older Docker versions
 * and docker/login-action write them for Docker Hub (`https://index.docker.io/v1/`).
 */
function keyDomain(key) {
    const host = key
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/\/.*$/, '');
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .normaliseDomain */ .$N)(host.toLowerCase());
}
/** The line of a character offset, so an error can point at it without quoting the file. */
function lineOf(text, offset) {
    return text.slice(0, offset).split('\n').length;
}
/**
 * Credentials for `domain` from the Docker config, as `docker login` and docker/login-action
 * write it (DESIGN §2): `auths` entries with `auth` (base64 `user:pass`) or `username` and
 * `password`. The password and the base64 form are masked as soon as they are read.
 *
 * Not read (yet): `identitytoken` entries (an OAuth refresh token, as `az acr login` writes,
 * which needs a token exchange with the registry), and `credsStore` / `credHelpers` (external
 * programs). Such a registry is reached anonymously.
 *
 * A missing or unreadable file means no credentials; a file that is not JSON is an error.
 */
function readDockerConfigCredentials(domain, env) {
    const file = dockerConfigPath(env);
    if (!file)
        return undefined;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        // The parser's message may quote the file, which holds secrets: give the line only.
        const position = /position (\d+)/.exec(error.message);
        const where = position ? ` (line ${lineOf(text, Number(position[1]))})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The Docker config ${file} is not valid JSON${where}`);
    }
    if (typeof config !== 'object' || config === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The Docker config ${file} is not a JSON object`);
    }
    const auths = config.auths;
    if (typeof auths !== 'object' || auths === null)
        return undefined;
    const wanted = (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .normaliseDomain */ .$N)(domain.toLowerCase());
    // An entry keyed exactly by the domain comes before one keyed by a URL for it.
    const keys = Object.keys(auths)
        .filter((key) => keyDomain(key) === wanted)
        .sort((a, b) => Number(b.trim().toLowerCase() === wanted) - Number(a.trim().toLowerCase() === wanted));
    for (const key of keys) {
        const entry = auths[key];
        if (typeof entry !== 'object' || entry === null)
            continue;
        const credentials = entryCredentials(entry, file, key);
        if (credentials)
            return credentials;
    }
    return undefined;
}
/**
 * The domains the Docker config holds `auths` entries for (normalised), so a builder that is
 * given its own auth file can still be given what `docker login` left for them. [] without a
 * readable config.
 */
function dockerConfigDomains(env) {
    const file = dockerConfigPath(env);
    if (!file)
        return [];
    try {
        const auths = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')).auths;
        if (typeof auths !== 'object' || auths === null)
            return [];
        return [...new Set(Object.keys(auths).map(keyDomain))];
    }
    catch {
        return [];
    }
}
function entryCredentials(entry, file, key) {
    if (typeof entry.auth === 'string' && entry.auth) {
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The Docker config ${file}: the auth of "${key}" is not base64 of user:password`);
        }
        const username = decoded.slice(0, colon);
        const password = decoded.slice(colon + 1);
        return password ? masked(username, password) : undefined;
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string') {
        if (!entry.username || !entry.password)
            return undefined;
        return masked(entry.username, entry.password);
    }
    return undefined;
}
function masked(username, password) {
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(password);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(Buffer.from(`${username}:${password}`).toString('base64'));
    return { username, password };
}


/***/ }),

/***/ 8507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   e1: () => (/* binding */ isReplayable),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   oK: () => (/* binding */ Transport),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6624);
/* harmony import */ var _undici_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7223);


const DEFAULT_RETRY = { tries: 5, baseDelayMs: 200, maxDelayMs: 10_000 };
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const MAX_REDIRECTS = 5;
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
        if (current instanceof _undici_js__WEBPACK_IMPORTED_MODULE_1__/* .errors */ .sO.SocketError)
            return true;
        current = current.cause;
    }
    return false;
}
function isRetryableStatus(status) {
    return RETRY_STATUSES.has(status);
}
/** `Retry-After` as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Exponential backoff with full jitter; a server's `Retry-After` wins, capped so a step cannot hang. */
function retryDelay(attempt, policy, retryAfterMs) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, 60_000);
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function flattenHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers)) {
        if (v === undefined)
            continue;
        out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    return out;
}
function createDispatcher() {
    const options = { keepAliveTimeout: 30_000, connections: 32, headersTimeout: 120_000 };
    const env = process.env;
    const proxied = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
    return proxied ? new _undici_js__WEBPACK_IMPORTED_MODULE_1__/* .EnvHttpProxyAgent */ .J2(options) : new _undici_js__WEBPACK_IMPORTED_MODULE_1__/* .Agent */ .g6(options);
}
class Transport {
    retry;
    onRetry;
    stats = { requests: 0 };
    dispatcher;
    constructor(retry = DEFAULT_RETRY, dispatcher, 
    /** Where retries are told about, for debug logs. */
    onRetry = () => { }) {
        this.retry = retry;
        this.onRetry = onRetry;
        this.dispatcher = dispatcher ?? createDispatcher();
    }
    /**
     * One request, following redirects. `Authorization` goes only to the origin the request was
     * made for: a redirect to blob storage on another host is followed without it.
     */
    async send(req) {
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
            });
            const location = res.headers.location;
            if (res.statusCode >= 300 && res.statusCode < 400 && location && hop < MAX_REDIRECTS) {
                const next = new URL(Array.isArray(location) ? location[0] : location, url);
                // TLS is not given up half-way: a redirect from HTTPS to plain HTTP is refused.
                if (url.protocol === 'https:' && next.protocol !== 'https:') {
                    await res.body.dump().catch(() => { });
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`${url.origin} redirected to ${next.origin}, which is not HTTPS; refused`, res.statusCode);
                }
                res.body.resume();
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
     * `send` with retries for dropped connections and the statuses DESIGN §6 names. A request whose
     * body is a stream is tried once: its bytes are gone after the first try. So is a chunk of an
     * upload (PATCH): the registry may have taken it before the connection dropped, and a resent
     * chunk would land at the wrong offset; the caller restarts the whole upload instead.
     */
    async sendWithRetry(req) {
        const tries = isReplayable(req) && req.method !== 'PATCH' ? this.retry.tries : 1;
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await this.send(req);
            }
            catch (error) {
                if (attempt >= tries || !isNetworkError(error))
                    throw error;
                const delay = retryDelay(attempt, this.retry);
                this.onRetry(`${req.method} ${redactUrl(req.url)}: connection failed (${describe(error)}), retrying in ${delay} ms`);
                await sleep(delay);
                continue;
            }
            if (attempt < tries && isRetryableStatus(res.status)) {
                await res.body.dump().catch(() => { });
                const delay = retryDelay(attempt, this.retry, parseRetryAfter(res.headers['retry-after']));
                this.onRetry(`${req.method} ${redactUrl(req.url)}: HTTP ${res.status}, retrying in ${delay} ms`);
                await sleep(delay);
                continue;
            }
            return res;
        }
    }
    async close() {
        // Every response has been read by now: nothing is lost by not waiting for a graceful close.
        await this.dispatcher.destroy();
    }
}
/** Whether a request's body can be sent again: a stream's bytes are gone after the first try. */
function isReplayable(req) {
    return req.body === undefined || typeof req.body === 'string' || Buffer.isBuffer(req.body);
}
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
function describe(error) {
    if (error instanceof Error) {
        const code = error.code;
        return code ? `${code}: ${error.message}` : error.message;
    }
    return String(error);
}


/***/ }),

/***/ 2850:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   OS: () => (/* binding */ platformManifests),
/* harmony export */   SM: () => (/* binding */ isNonDistributable),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6624);


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
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function parseJson(raw, where) {
    try {
        return JSON.parse(raw.bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: the manifest ${raw.digest} is not valid JSON`);
    }
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
function formatPlatform(platform) {
    if (!platform)
        return 'unknown';
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
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


/***/ }),

/***/ 5626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ normaliseDomain),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Ll: () => (/* binding */ isValidDomain),
/* harmony export */   Mt: () => (/* binding */ tagFromItem),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   iP: () => (/* binding */ sanitizeTag),
/* harmony export */   og: () => (/* binding */ isRepositoryPath),
/* harmony export */   wB: () => (/* binding */ looksLikeDomain)
/* harmony export */ });
/* unused harmony exports isValidTag, formatName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6624);

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
// The grammar of github.com/distribution/reference, kept to what users write.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const SHA256_RE = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME_LENGTH = 255;
function isValidTag(tag) {
    return TAG_RE.test(tag);
}
/** A repository path: `/`-separated components of the Docker grammar. */
function isRepositoryPath(value) {
    return value.split('/').every((c) => PATH_COMPONENT_RE.test(c));
}
function isValidDigest(digest) {
    return digest.startsWith('sha256:') ? SHA256_RE.test(digest) : DIGEST_RE.test(digest);
}
function isValidDomain(domain) {
    return DOMAIN_RE.test(domain);
}
function normaliseDomain(domain) {
    return DOCKER_HUB_ALIASES.has(domain.toLowerCase()) ? DOCKER_HUB : domain;
}
/** Whether a name's first component is a registry domain rather than a path (Docker's rule). */
function looksLikeDomain(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
/** Parses and normalises an image reference; errors name the input and what is allowed. */
function parseReference(text, options = {}) {
    const what = options.what ?? 'image reference';
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invalid ${what} "${text}": ${why}`);
    };
    const input = text.trim();
    if (!input)
        fail('it is empty');
    if (/\s/.test(input))
        fail('it contains white space');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isValidDigest(digest))
            fail(`"${digest}" is not a digest (expected sha256:<64 hex digits>)`);
    }
    let tag;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!isValidTag(tag)) {
            fail(`"${tag}" is not a valid tag (letters, digits, _ . -, not starting with . or -, at most 128)`);
        }
    }
    let domain = DOCKER_HUB;
    let path = rest;
    const slash = rest.indexOf('/');
    if (slash >= 0 && looksLikeDomain(rest.slice(0, slash))) {
        domain = rest.slice(0, slash);
        path = rest.slice(slash + 1);
        if (!isValidDomain(domain))
            fail(`"${domain}" is not a valid registry domain`);
        domain = normaliseDomain(domain);
    }
    if (!path)
        fail('the repository name is missing');
    if (path !== path.toLowerCase())
        fail('repository names must be lowercase');
    for (const component of path.split('/')) {
        if (!PATH_COMPONENT_RE.test(component)) {
            fail(`"${component}" is not a valid repository path component (lowercase letters, digits, separated by . _ __ or -)`);
        }
    }
    if (domain === DOCKER_HUB && !path.includes('/'))
        path = `library/${path}`;
    if (`${domain}/${path}`.length > MAX_NAME_LENGTH) {
        fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    if (!tag && !digest && options.defaultTag !== false)
        tag = 'latest';
    return { domain, repository: path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** The repository with its domain, as users write it: `ghcr.io/acme/app`. */
function formatName(ref) {
    return `${ref.domain}/${ref.repository}`;
}
function formatReference(ref) {
    return `${formatName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/**
 * A `tags` item may be a bare tag or a full reference (docker/metadata-action's output): only the
 * tag is used.
 */
function tagFromItem(item, what = 'tags') {
    const text = item.trim();
    if (isValidTag(text))
        return text;
    const ref = parseReference(text, { defaultTag: false, what: `${what} item` });
    if (!ref.tag)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invalid ${what} item "${text}": it names no tag`);
    return ref.tag;
}
/**
 * Makes a branch or Git tag name a valid image tag: lowercased, invalid characters to `-`,
 * no leading `.` or `-`, at most 128 characters.
 */
function sanitizeTag(name) {
    let tag = name
        .toLowerCase()
        .replace(/[^a-z0-9_.-]/g, '-')
        .replace(/^[.-]+/, '');
    tag = tag.slice(0, 128);
    return tag || 'latest';
}


/***/ }),

/***/ 9887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ resolvePush),
/* harmony export */   R$: () => (/* binding */ checkContexts),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   Uj: () => (/* binding */ resolvePull),
/* harmony export */   dl: () => (/* binding */ integrationByName),
/* harmony export */   xh: () => (/* binding */ splitImageName)
/* harmony export */ });
/* unused harmony exports endpointFor, applyPrefix */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6624);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1334);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2478);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5626);




const DOCKER_HUB_HOST = 'registry-1.docker.io';
const MAX_NAME_LENGTH = 255;
function domainKey(domain) {
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseDomain */ .$N)(domain.toLowerCase());
}
function sameDomain(a, b) {
    return domainKey(a) === domainKey(b);
}
/** localhost, 127.0.0.0/8 and [::1], with any port: Docker speaks plain HTTP to these. */
function isLoopback(domain) {
    let host;
    try {
        host = new URL(`http://${domain}`).hostname;
    }
    catch {
        return false;
    }
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function endpoint(domain, via, label, credentials, integration) {
    const normalised = domainKey(domain);
    return {
        domain: normalised,
        host: normalised === _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb ? DOCKER_HUB_HOST : normalised,
        insecure: (integration?.insecure ?? false) || isLoopback(normalised),
        ...(integration ? { integration } : {}),
        via,
        ...(credentials ? { credentials } : {}),
        label,
    };
}
/** The integration a step input names; unknown names are errors listing the known ones. */
function integrationByName(config, name, inputName) {
    const found = config.integrations.find((i) => i.name === name);
    if (found)
        return found;
    const known = config.integrations.map((i) => i.name);
    const why = config.source === _config_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_SOURCE */ .ir
        ? `no registries are declared (no ${_config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_REGISTRIES_FILE */ .Zv}, no registries input)`
        : known.length
            ? `${config.source} declares ${known.join(', ')}`
            : `${config.source} declares no registries`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${inputName}: there is no registry named "${name}"; ${why}`);
}
/**
 * The endpoint of an integration. Its credentials are read from the environment now, when it is
 * used (see readCredentials). An integration that declares no credentials uses what `docker
 * login` left in the Docker config for its domain, if anything, else anonymous access.
 */
function endpointFor(integration, env) {
    const credentials = (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .readCredentials */ .L1)(integration, env) ?? (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readDockerConfigCredentials */ .jU)(integration.domain, env);
    return endpoint(integration.domain, 'integration', integration.name, credentials, integration);
}
function fallbackEndpoint(domain, env) {
    const normalised = domainKey(domain);
    const credentials = (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readDockerConfigCredentials */ .jU)(normalised, env);
    return credentials
        ? endpoint(normalised, 'docker-config', `${normalised} (Docker config)`, credentials)
        : endpoint(normalised, 'anonymous', `${normalised} (anonymous)`, undefined);
}
function describe(integration) {
    return `${integration.name} (${integration.source} line ${integration.line})`;
}
/**
 * Through which registry and credentials an image on `domain` is pulled (DESIGN §3): the step's
 * context for that domain; else the one integration on the domain, or its `primary` one among
 * several; without any, the Docker config, else anonymous access.
 */
function resolvePull(config, env, domain, contexts) {
    const wanted = domainKey(domain);
    const chosen = contexts.filter((c) => sameDomain(c.domain, wanted));
    if (chosen.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The registry contexts ${chosen.map((c) => c.name).join(' and ')} both serve ${wanted}; give at most one context per domain`);
    }
    if (chosen.length === 1)
        return endpointFor(chosen[0], env);
    const candidates = config.integrations.filter((i) => sameDomain(i.domain, wanted));
    if (candidates.length === 0)
        return fallbackEndpoint(wanted, env);
    if (candidates.length === 1)
        return endpointFor(candidates[0], env);
    const primary = candidates.find((i) => i.primary);
    if (primary)
        return endpointFor(primary, env);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Several registries serve ${wanted}: ${candidates.map(describe).join(', ')}; mark one primary: true in ${config.source}, or set registry_context to the one to pull through`);
}
/** Prepends `prefix/` to `repository`, unless the repository already starts with it. */
function applyPrefix(prefix, repository) {
    const trimmed = (prefix ?? '').replace(/^\/+|\/+$/g, '');
    if (!trimmed || repository === trimmed || repository.startsWith(`${trimmed}/`)) {
        return repository;
    }
    return `${trimmed}/${repository}`;
}
/**
 * Splits an image name as the user wrote it into its domain, if it names one, and its path;
 * a tag or digest is dropped. The name is validated by the Docker reference grammar.
 */
function splitImageName(imageName) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(imageName, { defaultTag: false, what: 'image name' });
    let rest = imageName.trim();
    const at = rest.indexOf('@');
    if (at >= 0)
        rest = rest.slice(0, at);
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/'))
        rest = rest.slice(0, colon);
    const slash = rest.indexOf('/');
    if (slash >= 0 && (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .looksLikeDomain */ .wB)(rest.slice(0, slash))) {
        return { domain: ref.domain, path: rest.slice(slash + 1) };
    }
    return { path: rest };
}
/**
 * Where a push of `imageName` goes (DESIGN §3): always the integration `registry` names, else the
 * `default` one, else the domain written in the image name (docker.io when it names none),
 * reached like a pull without contexts. The repository is the name's path, without a domain
 * written in it (the push goes to the chosen registry whatever the name says), with the
 * integration's repository_prefix applied.
 */
function resolvePush(config, env, imageName, registry) {
    const name = splitImageName(imageName);
    const target = registry ?? config.integrations.find((i) => i.default);
    const endpoint = target
        ? endpointFor(target, env)
        : resolvePull(config, env, name.domain ?? _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb, []);
    let repository = applyPrefix(endpoint.integration?.repositoryPrefix, name.path);
    if (endpoint.domain === _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb && !repository.includes('/')) {
        repository = `library/${repository}`;
    }
    if (`${endpoint.domain}/${repository}`.length > MAX_NAME_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invalid image name "${imageName}": pushed to ${endpoint.label} it becomes ${endpoint.domain}/${repository}, longer than ${MAX_NAME_LENGTH} characters`);
    }
    return { endpoint, repository };
}
/**
 * A registry context must serve a domain the step pulls from. When the step cannot know what it
 * pulls (the FROM lines of a Dockerfile), it only warns.
 */
function checkContexts(contexts, pulledDomains, inputName, warn) {
    const byDomain = new Map();
    for (const context of contexts) {
        const key = domainKey(context.domain);
        const other = byDomain.get(key);
        if (other && other.name !== context.name) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${inputName}: ${other.name} and ${context.name} both serve ${key}; give at most one per domain`);
        }
        byDomain.set(key, context);
    }
    for (const [domain, context] of byDomain) {
        if (pulledDomains === undefined) {
            warn(`Input ${inputName}: cannot tell whether this step pulls from ${domain}; ${context.name} is used only for images on ${domain}`);
        }
        else if (!pulledDomains.some((d) => sameDomain(d, domain))) {
            const pulled = [...new Set(pulledDomains.map(domainKey))];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${inputName}: ${context.name} serves ${domain}, but this step pulls no image from ${domain}${pulled.length ? ` (only from ${pulled.join(', ')})` : ''}`);
        }
    }
}


/***/ }),

/***/ 7223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* reexport default export from named module */ undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3__),
/* harmony export */   g6: () => (/* reexport default export from named module */ undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_2__),
/* harmony export */   sO: () => (/* reexport default export from named module */ undici_lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__)
/* harmony export */ });
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(883);
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6615);
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7405);
/* harmony import */ var undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3137);
/* harmony import */ var undici_lib_core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8707);





// What undici's index does first: every dispatcher gets `request`, `stream`, `connect`… (a proxy
// agent opens its tunnels with `connect`).
Object.assign(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__.prototype, undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_1__);



/***/ })

};
