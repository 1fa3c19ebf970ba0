export const id = 842;
export const ids = [842];
export const modules = {

/***/ 4842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mu: () => (/* binding */ candidateSources),
  d1: () => (/* binding */ runPromotion)
});

// UNUSED EXPORTS: openRepositories

// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(6624);
// EXTERNAL MODULE: ./.build/src/registry/http.js
var http = __webpack_require__(8507);
// EXTERNAL MODULE: ./.build/src/registry/limit.js
var limit = __webpack_require__(8404);
// EXTERNAL MODULE: ./.build/src/registry/manifest.js
var registry_manifest = __webpack_require__(2850);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./.build/src/registry/verify.js



/** Only sha256 can be checked on the way through; anything else is refused before a byte moves. */
function assertVerifiable(expected, where) {
    if (!expected.digest.startsWith('sha256:')) {
        throw new errors/* RegistryError */.gl(`${where}: cannot verify ${expected.digest}: only sha256 digests are supported`, 0);
    }
}
/**
 * Passes a blob through while hashing it, and fails the stream at its end unless the bytes match
 * the expected digest and size. The failure aborts the upload it feeds, so this step reports the
 * bad bytes; what keeps them out of the target is the registry's own check of `?digest=` on the
 * closing PUT, which refuses a body that does not hash to it.
 */
function verifyingStream(source, expected, where, onBytes = () => { }) {
    try {
        assertVerifiable(expected, where);
    }
    catch (error) {
        source.destroy();
        throw error;
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const check = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            size += chunk.length;
            onBytes(chunk.length);
            callback(null, chunk);
        },
        flush(callback) {
            const digest = `sha256:${hash.digest('hex')}`;
            if (digest !== expected.digest || size !== expected.size) {
                callback(new errors/* RegistryError */.gl(`${where}: blob ${expected.digest} arrived as ${digest} (${size} of ${expected.size} bytes); nothing was written`, 0, 'DIGEST_INVALID'));
                return;
            }
            callback();
        },
    });
    // pipeline destroys both sides on error, so a failing source aborts the upload too.
    return (0,external_node_stream_.pipeline)(source, check, () => { });
}

;// CONCATENATED MODULE: ./.build/src/registry/copy.js





const DEFAULT_JOBS = 4;
function copyMode(source, target) {
    if (!source.client.sameRegistry(target.client))
        return 'copy';
    return source.name === target.name ? 'retag' : 'mount';
}
/** Reads the source manifest and checks it against `expected_digest` before anything is written. */
async function readSource(source, reference, expectedDigest) {
    const root = await source.getManifest(reference);
    if (expectedDigest && root.digest !== expectedDigest) {
        throw new errors/* UserError */.yo(`${source.label}: ${source.name}${reference.includes(':') ? '@' : ':'}${reference} is ${root.digest}, not the expected_digest ${expectedDigest}; nothing was written`);
    }
    return root;
}
/**
 * Promotes one image (manifest or index) to `tags` of the target repository. Everything a tag
 * points to is present and verified in the target before the tag is written.
 */
async function copyImage(source, root, target, tags, options = {}) {
    const counter = requestCounter([source, target]);
    const mode = copyMode(source, target);
    const run = new CopyRun(source, target, mode, options, newPlan(mode, root), newStats());
    if (mode === 'retag') {
        // The repository already holds everything the manifest references: one write per tag.
        run.plan.tags = tags.map((tag) => ({ tag, action: 'write' }));
    }
    else {
        run.plan.tags = await planTags(target, tags, root.digest);
        if (run.plan.tags.some((t) => t.action === 'write'))
            await run.ensureManifest(root, false);
    }
    await writeTags(target, root, run.plan, run.stats, options);
    run.stats.requests = counter();
    return { digest: root.digest, mediaType: root.mediaType, plan: run.plan, stats: run.stats };
}
function newPlan(mode, root) {
    return {
        mode,
        digest: root.digest,
        mediaType: root.mediaType,
        manifests: [],
        blobs: [],
        tags: [],
    };
}
function newStats() {
    return {
        manifests: 0,
        blobs: { skipped: 0, mounted: 0, copied: 0 },
        bytes_copied: 0,
        requests: 0,
    };
}
/** Requests made through these repositories' transports from now on. */
function requestCounter(repos) {
    const transports = [...new Set(repos.map((r) => r.client.transport))];
    const before = transports.reduce((n, t) => n + t.stats.requests, 0);
    return () => transports.reduce((n, t) => n + t.stats.requests, 0) - before;
}
/** A tag that already points at the digest needs no write: a HEAD per tag tells. */
async function planTags(target, tags, digest) {
    const heads = await Promise.all(tags.map((tag) => target.headManifest(tag)));
    return tags.map((tag, i) => ({ tag, action: heads[i]?.digest === digest ? 'skip' : 'write' }));
}
/** Tags last: written only once everything they point to is in place. */
async function writeTags(target, root, plan, stats, options) {
    if (options.dryRun)
        return;
    await Promise.all(plan.tags
        .filter((t) => t.action === 'write')
        .map(async (t) => {
        await target.putManifest(t.tag, root);
        stats.manifests++;
    }));
}
/**
 * One source → target transfer. Several runs may share a plan and stats (a merge has one run per
 * source image).
 */
class CopyRun {
    source;
    target;
    mode;
    options;
    plan;
    stats;
    blobs = new Map();
    manifests = new Map();
    limit;
    log;
    /** Set once the target refuses a mount: later blobs are not offered to it again. */
    mountRefused = false;
    constructor(source, target, mode, options, plan, stats) {
        this.source = source;
        this.target = target;
        this.mode = mode;
        this.options = options;
        this.plan = plan;
        this.stats = stats;
        this.limit = (0,limit/* createLimiter */.z)(Math.max(1, options.jobs ?? DEFAULT_JOBS));
        this.log = options.log ?? (() => { });
    }
    /**
     * Makes the manifest and all it references present in the target. A manifest the target
     * already has needs nothing more: a registry only accepts a manifest whose references it holds.
     * `putByDigest` is false for the root, which the tags write.
     */
    async ensureManifest(raw, putByDigest, knownAbsent = false) {
        if (!knownAbsent && (await this.target.headManifest(raw.digest))) {
            this.plan.manifests.push({ digest: raw.digest, mediaType: raw.mediaType, action: 'skip' });
            return;
        }
        const where = `${this.source.label}: ${this.source.name}@${raw.digest}`;
        if ((0,registry_manifest/* isIndexMediaType */.$$)(raw.mediaType)) {
            const index = (0,registry_manifest/* parseJson */.qF)(raw, where);
            await Promise.all((index.manifests ?? []).map((child) => this.ensureChild(child)));
        }
        else {
            const manifest = (0,registry_manifest/* parseJson */.qF)(raw, where);
            const blobs = [manifest.config, ...(manifest.layers ?? [])].filter(Boolean);
            await Promise.all(blobs.map((blob) => this.ensureBlob(blob)));
        }
        this.plan.manifests.push({ digest: raw.digest, mediaType: raw.mediaType, action: 'write' });
        if (putByDigest && !this.options.dryRun) {
            await this.target.putManifest(raw.digest, raw);
            this.stats.manifests++;
        }
    }
    /** A manifest the source holds by digest, made present in the target by digest. */
    ensureChild(child) {
        let pending = this.manifests.get(child.digest);
        if (!pending) {
            pending = (async () => {
                // The target is asked first: a child it holds is not read from the source at all.
                const present = await this.target.headManifest(child.digest);
                if (present) {
                    this.plan.manifests.push({
                        digest: child.digest,
                        mediaType: present.mediaType || child.mediaType,
                        action: 'skip',
                    });
                    return;
                }
                const raw = await this.source.getManifest(child.digest);
                await this.ensureManifest(raw, true, true);
            })();
            this.manifests.set(child.digest, pending);
        }
        return pending;
    }
    ensureBlob(blob) {
        if ((0,registry_manifest/* isNonDistributable */.SM)(blob))
            return Promise.resolve();
        let pending = this.blobs.get(blob.digest);
        if (!pending) {
            pending = this.mode === 'mount' ? this.mountBlob(blob) : this.copyBlob(blob);
            this.blobs.set(blob.digest, pending);
        }
        return pending;
    }
    /** Mounting moves no bytes and answers 201 for a blob already there: no HEAD first. */
    async mountBlob(blob) {
        if (this.mountRefused)
            return this.copyBlob(blob);
        const planned = { digest: blob.digest, size: blob.size, action: 'mount' };
        this.plan.blobs.push(planned);
        if (this.options.dryRun)
            return;
        const result = await this.limit(() => this.target.mountBlob(blob.digest, this.source.name));
        if (result.mounted) {
            this.stats.blobs.mounted++;
            return;
        }
        // The registry would not link it (credentials, policy): stream it through its upload
        // session, and copy the blobs that follow without asking again.
        if (!this.mountRefused) {
            this.mountRefused = true;
            this.log(`${this.target.label}: could not mount blobs from ${this.source.name}; copying them`);
        }
        planned.action = 'copy';
        await this.limit(() => this.transfer(blob, result.uploadUrl));
    }
    async copyBlob(blob) {
        const present = await this.target.headBlob(blob.digest);
        const planned = {
            digest: blob.digest,
            size: blob.size,
            action: present === undefined ? 'copy' : 'skip',
        };
        this.plan.blobs.push(planned);
        if (present !== undefined) {
            this.stats.blobs.skipped++;
            return;
        }
        if (this.options.dryRun)
            return;
        await this.limit(() => this.transfer(blob));
    }
    /**
     * Streams one blob source → target, hashing on the way; the whole transfer is retried on faults,
     * after the registry's `Retry-After` when it gave one. A 401 (a token that expired or was
     * revoked mid-copy; the refused token is dropped by then) is retried once, with a new token.
     */
    async transfer(blob, uploadUrl) {
        const tries = this.options.blobTries ?? http/* DEFAULT_RETRY */.vI.tries;
        const where = `${this.source.label} → ${this.target.label}: ${this.target.name}`;
        assertVerifiable(blob, where);
        let reauthenticated = false;
        for (let attempt = 1;; attempt++) {
            let sent = 0;
            try {
                await this.target.uploadBlob(blob.digest, blob.size, async () => {
                    sent = 0;
                    return verifyingStream(await this.source.openBlob(blob.digest), blob, where, (n) => (sent += n));
                }, attempt === 1 ? uploadUrl : undefined);
                this.stats.blobs.copied++;
                this.stats.bytes_copied += sent;
                return;
            }
            catch (error) {
                const unauthorised = error instanceof errors/* RegistryError */.gl && error.status === 401;
                if (unauthorised && !reauthenticated && attempt < tries) {
                    reauthenticated = true;
                    continue;
                }
                if (attempt >= tries || !isTransient(error))
                    throw inUserWords(error, where, blob.digest);
                const delay = (0,http/* retryDelay */.a2)(attempt, http/* DEFAULT_RETRY */.vI, error instanceof errors/* RegistryError */.gl ? error.retryAfterMs : undefined);
                this.log(`${where}: copying ${blob.digest} failed (${(0,http/* describe */.q0)(error)}); retrying in ${delay} ms`);
                await (0,http/* sleep */.yy)(delay);
            }
        }
    }
}
/** A network failure that outlasted the retries, said with the blob and registries it hit. */
function inUserWords(error, where, digest) {
    if (error instanceof errors/* RegistryError */.gl || !(0,http/* isNetworkError */.TX)(error))
        return error;
    return new errors/* RegistryError */.gl(`${where}: copying ${digest} failed: the connection failed (${(0,http/* describe */.q0)(error)})`, 0, 'NETWORK', { cause: error });
}
function isTransient(error) {
    if ((0,http/* isNetworkError */.TX)(error))
        return true;
    if (error instanceof errors/* RegistryError */.gl)
        return (0,http/* isRetryableStatus */.PS)(error.status) || error.code === 'DIGEST_INVALID';
    return false;
}

;// CONCATENATED MODULE: ./.build/src/registry/merge.js



/**
 * The index entries an image contributes: an index gives its own entries, a single-platform
 * image one entry whose platform is read from its config.
 */
async function platformEntries(source) {
    const where = `${source.repo.label}: ${source.name}`;
    if ((0,registry_manifest/* isIndexMediaType */.$$)(source.root.mediaType)) {
        return (0,registry_manifest/* parseJson */.qF)(source.root, where).manifests ?? [];
    }
    const manifest = (0,registry_manifest/* parseJson */.qF)(source.root, where);
    const configBytes = await source.repo.getBlob(manifest.config.digest);
    let config;
    try {
        config = JSON.parse(configBytes.toString('utf8'));
    }
    catch {
        throw new errors/* UserError */.yo(`${where}: its config ${manifest.config.digest} is not JSON`);
    }
    if (!config.os || !config.architecture) {
        throw new errors/* UserError */.yo(`${where}: its config names no os/architecture, so it cannot join a multi-platform image`);
    }
    const platform = { os: config.os, architecture: config.architecture };
    if (config.variant)
        platform.variant = config.variant;
    if (config['os.version'])
        platform['os.version'] = config['os.version'];
    return [
        {
            mediaType: source.root.mediaType,
            digest: source.root.digest,
            size: source.root.bytes.length,
            platform,
        },
    ];
}
/** Refuses overlapping platforms before anything is written. Attestations are not platforms. */
function checkOverlap(entries) {
    const seen = new Map();
    for (const { source, descriptor } of entries) {
        if ((0,registry_manifest/* isAttestation */.H3)(descriptor))
            continue;
        const key = `${(0,registry_manifest/* formatPlatform */.Bq)(descriptor.platform)}${descriptor.platform?.['os.version'] ? ` ${descriptor.platform['os.version']}` : ''}`;
        const first = seen.get(key);
        if (first !== undefined && first !== source) {
            throw new errors/* UserError */.yo(`Input candidate: ${first} and ${source} both provide platform ${key}; each platform may come from one image only. Nothing was written.`);
        }
        if (first === source) {
            throw new errors/* UserError */.yo(`Input candidate: ${source} lists platform ${key} twice. Nothing was written.`);
        }
        seen.set(key, source);
    }
}
/** The OCI index holding all entries, in candidate order: the same inputs give the same digest. */
function buildIndex(entries) {
    const index = { schemaVersion: 2, mediaType: registry_manifest/* MediaType */.zu.ociIndex, manifests: entries };
    const bytes = Buffer.from(JSON.stringify(index));
    return { bytes, mediaType: registry_manifest/* MediaType */.zu.ociIndex, digest: (0,registry_manifest/* sha256Digest */.sI)(bytes) };
}
/**
 * Joins per-platform images (built natively on separate runners) into one multi-platform index:
 * every child is made present in the target first, the index is written to the tags last.
 */
async function mergeImages(sources, target, tags, options = {}) {
    const counter = requestCounter([...sources.map((s) => s.repo), target]);
    const perSource = await Promise.all(sources.map(platformEntries));
    checkOverlap(perSource.flatMap((entries, i) => entries.map((descriptor) => ({ source: sources[i].name, descriptor }))));
    const index = buildIndex(perSource.flat());
    if (options.expectedDigest && index.digest !== options.expectedDigest) {
        throw new errors/* UserError */.yo(`The merged index is ${index.digest}, not the expected_digest ${options.expectedDigest}; nothing was written`);
    }
    const plan = newPlan('merge', index);
    const stats = newStats();
    plan.tags = await planTags(target, tags, index.digest);
    if (plan.tags.some((t) => t.action === 'write')) {
        await Promise.all(sources.map(async (source, i) => {
            const run = new CopyRun(source.repo, target, copyMode(source.repo, target), options, plan, stats);
            if ((0,registry_manifest/* isIndexMediaType */.$$)(source.root.mediaType)) {
                await Promise.all(perSource[i].map((child) => run.ensureChild(child)));
            }
            else {
                await run.ensureManifest(source.root, true);
            }
        }));
        plan.manifests.push({ digest: index.digest, mediaType: index.mediaType, action: 'write' });
    }
    await writeTags(target, index, plan, stats, options);
    stats.requests = counter();
    return { digest: index.digest, mediaType: index.mediaType, plan, stats };
}

// EXTERNAL MODULE: ./.build/src/registry/reference.js
var reference = __webpack_require__(5626);
// EXTERNAL MODULE: ./.build/src/registry/resolve.js
var resolve = __webpack_require__(9887);
// EXTERNAL MODULE: ./.build/src/actions/clients.js + 2 modules
var actions_clients = __webpack_require__(7522);
;// CONCATENATED MODULE: ./.build/src/actions/promotion.js





/**
 * Remote images copied or retagged registry to registry: what the promote action does, and the
 * push action when its candidate is remote.
 */
/** The registries remote candidates are pulled through: the `registry_context`, else resolution. */
function candidateSources(config, env, candidates, registryContext) {
    const contexts = registryContext
        ? [(0,resolve/* integrationByName */.dl)(config, registryContext, 'registry_context')]
        : [];
    (0,resolve/* checkContexts */.R$)(contexts, candidates.map((c) => c.domain), 'registry_context', () => { });
    return candidates.map((c) => (0,resolve/* resolvePull */.Uj)(config, env, c.domain, contexts));
}
/**
 * The repository handles of a promotion: the target's token grants push, and pull on every
 * source of the same registry (blobs are mounted from those), so such a source needs no token
 * of its own.
 */
function openRepositories(clients, candidates, sources, target, dryRun) {
    const targetClient = clients.for(target.endpoint);
    const sameRegistry = sources.map((s) => clients.for(s).sameRegistry(targetClient));
    const targetRepo = targetClient.repository(target.repository, {
        push: !dryRun,
        mountFrom: candidates.filter((_, i) => sameRegistry[i]).map((c) => c.repository),
    });
    const sourceRepos = candidates.map((candidate, i) => {
        const client = clients.for(sources[i]);
        // On one client the target's token already grants pull on the source: no second token.
        return client === targetClient
            ? targetRepo.sibling(candidate.repository)
            : client.repository(candidate.repository);
    });
    return { targetRepo, sourceRepos };
}
/**
 * Copies (or merges) the candidates to every tag of the target; `stats.requests` counts the whole
 * step's. `shared` is the step's own clients when it has read registries already (their pings
 * and tokens serve the promotion too); the caller closes those, the promotion its own.
 */
async function runPromotion(io, promotion, shared) {
    const { candidates, sources, target, tags, expectedDigest } = promotion;
    const dryRun = promotion.dryRun ?? false;
    const clients = shared ?? new actions_clients/* Clients */.f((m) => io.debug(m));
    try {
        const { targetRepo, sourceRepos } = openRepositories(clients, candidates, sources, target, dryRun);
        candidates.forEach((c, i) => io.debug(`source: ${(0,reference/* formatReference */.FH)(c)} via ${sources[i].label}`));
        const options = { dryRun, jobs: (0,actions_clients/* jobsFromEnv */.w)(io.env), log: (m) => io.info(m) };
        const roots = await Promise.all(candidates.map((c, i) => readSource(sourceRepos[i], c.digest ?? c.tag ?? 'latest', 
        // With several, the expected digest is the merged index's, checked by the merge.
        candidates.length === 1 ? expectedDigest : undefined)));
        const result = candidates.length === 1
            ? await copyImage(sourceRepos[0], roots[0], targetRepo, tags, options)
            : await mergeImages(roots.map((root, i) => ({
                repo: sourceRepos[i],
                root,
                name: (0,reference/* formatReference */.FH)(candidates[i]),
            })), targetRepo, tags, { ...options, expectedDigest });
        // Every request of the step, the ping, tokens and source reads included.
        result.stats.requests = clients.transport.stats.requests;
        const base = `${target.endpoint.domain}/${target.repository}`;
        return { result, images: tags.map((tag) => `${base}:${tag}`) };
    }
    finally {
        if (!shared)
            await clients.close();
    }
}


/***/ }),

/***/ 8404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ createLimiter)
/* harmony export */ });
/** Runs at most `concurrency` of the given tasks at once; the rest wait their turn in order. */
function createLimiter(concurrency) {
    let active = 0;
    const queue = [];
    const next = () => {
        if (active >= concurrency)
            return;
        const start = queue.shift();
        if (start)
            start();
    };
    return (task) => new Promise((resolve, reject) => {
        queue.push(() => {
            active++;
            task()
                .then(resolve, reject)
                .finally(() => {
                active--;
                next();
            });
        });
        next();
    });
}


/***/ })

};
