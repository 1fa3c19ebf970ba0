export const id = 986;
export const ids = [986];
export const modules = {

/***/ 1986:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planPromotion: () => (/* binding */ planPromotion),
  promote: () => (/* binding */ promote),
  readPromoteSettings: () => (/* binding */ readPromoteSettings)
});

// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(6624);
// EXTERNAL MODULE: ./.build/src/registry/copy.js + 1 modules
var copy = __webpack_require__(9465);
// EXTERNAL MODULE: ./.build/src/registry/manifest.js
var registry_manifest = __webpack_require__(2850);
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
    const config = JSON.parse((await source.repo.getBlob(manifest.config.digest)).toString('utf8'));
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
    const counter = (0,copy/* requestCounter */.QA)([...sources.map((s) => s.repo), target]);
    const perSource = await Promise.all(sources.map(platformEntries));
    checkOverlap(perSource.flatMap((entries, i) => entries.map((descriptor) => ({ source: sources[i].name, descriptor }))));
    const index = buildIndex(perSource.flat());
    if (options.expectedDigest && index.digest !== options.expectedDigest) {
        throw new errors/* UserError */.yo(`The merged index is ${index.digest}, not the expected_digest ${options.expectedDigest}; nothing was written`);
    }
    const plan = (0,copy/* newPlan */.EI)('merge', index);
    const stats = (0,copy/* newStats */.CU)();
    plan.tags = await (0,copy/* planTags */.Vd)(target, tags, index.digest);
    if (plan.tags.some((t) => t.action === 'write')) {
        await Promise.all(sources.map(async (source, i) => {
            const run = new copy/* CopyRun */.po(source.repo, target, (0,copy/* copyMode */.De)(source.repo, target), options, plan, stats);
            if ((0,registry_manifest/* isIndexMediaType */.$$)(source.root.mediaType)) {
                await Promise.all(perSource[i].map((child) => run.ensureChild(child)));
            }
            else {
                await run.ensureManifest(source.root, true);
            }
        }));
        plan.manifests.push({ digest: index.digest, mediaType: index.mediaType, action: 'write' });
    }
    await (0,copy/* writeTags */.p)(target, index, plan, stats, options);
    stats.requests = counter();
    return { digest: index.digest, mediaType: index.mediaType, plan, stats };
}

// EXTERNAL MODULE: ./.build/src/registry/reference.js
var reference = __webpack_require__(5626);
// EXTERNAL MODULE: ./.build/src/registry/resolve.js
var resolve = __webpack_require__(9887);
// EXTERNAL MODULE: ./.build/src/actions/clients.js + 2 modules
var actions_clients = __webpack_require__(7522);
// EXTERNAL MODULE: ./.build/src/actions/inputs.js
var inputs = __webpack_require__(1270);
// EXTERNAL MODULE: ./.build/src/actions/promotion.js
var promotion = __webpack_require__(450);
;// CONCATENATED MODULE: ./.build/src/actions/promote.js








function readPromoteSettings(io) {
    const candidates = (0,inputs/* getList */.vS)(io, 'candidate').map((text) => (0,reference/* parseReference */.F2)(text, { what: 'candidate' }));
    if (!candidates.length)
        throw new errors/* UserError */.yo('Input candidate is required: the image to promote, by tag or digest');
    const tags = (0,inputs/* getTags */.Q2)(io);
    if (!tags.length)
        throw new errors/* UserError */.yo('Input tag or tags is required: the tags to write in the target');
    const expectedDigest = io.getInput('expected_digest') || undefined;
    if (expectedDigest && !(0,reference/* isValidDigest */.fH)(expectedDigest)) {
        throw new errors/* UserError */.yo(`Input expected_digest: "${expectedDigest}" is not a digest (sha256:<64 hex digits>)`);
    }
    return {
        candidate: candidates[0],
        candidates,
        tags,
        registry: io.getInput('registry') || undefined,
        imageName: io.getInput('image_name') || undefined,
        registryContext: io.getInput('registry_context') || undefined,
        expectedDigest,
        dryRun: (0,inputs/* getBoolean */.pW)(io, 'dry_run', false),
        config: (0,inputs/* getRegistries */.cx)(io),
    };
}
/**
 * Where the candidate is pulled from, and where it goes: the named `registry`, else the
 * integration the candidate is pulled through, so that bare `tags` retag in place.
 */
function planPromotion(settings, env) {
    const { config, candidate } = settings;
    const sources = (0,promotion/* candidateSources */.mu)(config, env, settings.candidates, settings.registryContext);
    const source = sources[0];
    const integration = settings.registry
        ? (0,resolve/* integrationByName */.dl)(config, settings.registry, 'registry')
        : source.integration;
    const imageName = settings.imageName ?? candidate.repository;
    if (integration) {
        const target = integration === source.integration
            ? { ...(0,resolve/* resolvePush */.B$)(config, env, imageName, integration), endpoint: source }
            : (0,resolve/* resolvePush */.B$)(config, env, imageName, integration);
        return { source, sources, target };
    }
    // Reached through the Docker config or anonymously: the target is the same registry.
    const named = (0,reference/* parseReference */.F2)(`${source.domain}/${imageName.replace(/^[^/]*[.:][^/]*\//, '')}`, {
        what: 'image_name',
        defaultTag: false,
    });
    return { source, sources, target: { endpoint: source, repository: named.repository } };
}
async function promote(io) {
    const settings = readPromoteSettings(io);
    const { sources, target } = planPromotion(settings, io.env);
    io.debug(`target: ${target.endpoint.domain}/${target.repository} via ${target.endpoint.label}`);
    const clients = new actions_clients/* Clients */.f((m) => io.debug(m));
    try {
        const { targetRepo, sourceRepos } = (0,promotion/* openRepositories */.zb)(clients, settings.candidates, sources, target, settings.dryRun);
        settings.candidates.forEach((c, i) => io.debug(`source: ${(0,reference/* formatReference */.FH)(c)} via ${sources[i].label}`));
        const options = {
            dryRun: settings.dryRun,
            jobs: (0,actions_clients/* jobsFromEnv */.w)(io.env),
            log: (m) => io.info(m),
        };
        let result;
        if (settings.candidates.length === 1) {
            const reference = settings.candidate.digest ?? settings.candidate.tag ?? 'latest';
            const root = await (0,copy/* readSource */.o$)(sourceRepos[0], reference, settings.expectedDigest);
            result = await (0,copy/* copyImage */.L1)(sourceRepos[0], root, targetRepo, settings.tags, options);
        }
        else {
            const roots = await Promise.all(settings.candidates.map((c, i) => (0,copy/* readSource */.o$)(sourceRepos[i], c.digest ?? c.tag ?? 'latest')));
            result = await mergeImages(roots.map((root, i) => ({
                repo: sourceRepos[i],
                root,
                name: (0,reference/* formatReference */.FH)(settings.candidates[i]),
            })), targetRepo, settings.tags, { ...options, expectedDigest: settings.expectedDigest });
        }
        // Every request of the step, the ping, tokens and source reads included.
        result.stats.requests = clients.transport.stats.requests;
        const base = `${target.endpoint.domain}/${target.repository}`;
        const images = settings.tags.map((tag) => `${base}:${tag}`);
        io.setOutput('digest', result.digest);
        io.setOutput('image', images[0]);
        io.setOutput('images', images.join('\n'));
        io.setOutput('stats', JSON.stringify(result.stats));
        io.info(describeResult(settings, result, images, settings.dryRun));
        await io.writeSummary(promoteSummary(settings, sources, target, result, images));
    }
    finally {
        await clients.close();
    }
}
function describeResult(settings, result, images, dryRun) {
    const { blobs } = result.stats;
    const verb = dryRun ? 'Would promote' : 'Promoted';
    const moved = dryRun
        ? `${result.plan.blobs.filter((b) => b.action === 'copy').length} blobs to copy, ${result.plan.blobs.filter((b) => b.action === 'mount').length} to mount, ${result.plan.tags.filter((t) => t.action === 'write').length} tags to write`
        : `${result.plan.mode}: ${blobs.copied} blobs copied (${result.stats.bytes_copied} bytes), ${blobs.mounted} mounted, ${blobs.skipped} already there, ${result.stats.manifests} manifests written, ${result.stats.requests} requests`;
    return `${verb} ${settings.candidates.map(reference/* formatReference */.FH).join(' + ')} (${result.digest}) to ${images.join(', ')}; ${moved}`;
}
function promoteSummary(settings, sources, target, result, images) {
    const { stats, plan } = result;
    return {
        title: settings.dryRun ? 'Promotion plan (dry run)' : 'Image promoted',
        facts: [
            ...settings.candidates.map((c, i) => [
                settings.candidates.length > 1 ? `Source ${i + 1}` : 'Source',
                `${(0,reference/* formatReference */.FH)(c)} (${sources[i].label})`,
            ]),
            ['Target', `${images.join(', ')} (${target.endpoint.label})`],
            ['Digest', `\`${result.digest}\``],
            ['Mode', plan.mode],
        ],
        tables: [
            {
                header: ['Tag', 'Action'],
                rows: plan.tags.map((t) => [
                    t.tag,
                    t.action === 'skip' ? 'already there' : settings.dryRun ? 'would write' : 'written',
                ]),
            },
            {
                header: [
                    'Manifests written',
                    'Blobs copied',
                    'Bytes copied',
                    'Blobs mounted',
                    'Blobs already there',
                    'Requests',
                ],
                rows: [
                    [
                        stats.manifests,
                        stats.blobs.copied,
                        stats.bytes_copied,
                        stats.blobs.mounted,
                        stats.blobs.skipped,
                        stats.requests,
                    ].map(String),
                ],
            },
        ],
        notes: plan.manifests.length > 1 ? [`Index with ${plan.manifests.length - 1} child manifests.`] : [],
    };
}


/***/ }),

/***/ 450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d1: () => (/* binding */ runPromotion),
/* harmony export */   mu: () => (/* binding */ candidateSources),
/* harmony export */   zb: () => (/* binding */ openRepositories)
/* harmony export */ });
/* harmony import */ var _registry_copy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9465);
/* harmony import */ var _registry_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9887);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7522);



/**
 * Remote images copied or retagged registry to registry: what the promote action does, and the
 * push action when its candidate is remote.
 */
/** The registries remote candidates are pulled through: the `registry_context`, else resolution. */
function candidateSources(config, env, candidates, registryContext) {
    const contexts = registryContext
        ? [(0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationByName */ .dl)(config, registryContext, 'registry_context')]
        : [];
    (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .checkContexts */ .R$)(contexts, candidates.map((c) => c.domain), 'registry_context', () => { });
    return candidates.map((c) => (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePull */ .Uj)(config, env, c.domain, contexts));
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
/** Copies one candidate to every tag of the target; `stats.requests` counts the whole step's. */
async function runPromotion(io, promotion) {
    const { candidate, source, target } = promotion;
    const clients = new _clients_js__WEBPACK_IMPORTED_MODULE_2__/* .Clients */ .f((m) => io.debug(m));
    try {
        const { targetRepo, sourceRepos } = openRepositories(clients, [candidate], [source], target, promotion.dryRun ?? false);
        const reference = candidate.digest ?? candidate.tag ?? 'latest';
        const root = await (0,_registry_copy_js__WEBPACK_IMPORTED_MODULE_0__/* .readSource */ .o$)(sourceRepos[0], reference, promotion.expectedDigest);
        const result = await (0,_registry_copy_js__WEBPACK_IMPORTED_MODULE_0__/* .copyImage */ .L1)(sourceRepos[0], root, targetRepo, promotion.tags, {
            dryRun: promotion.dryRun,
            jobs: (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .jobsFromEnv */ .w)(io.env),
            log: (m) => io.info(m),
        });
        result.stats.requests = clients.transport.stats.requests;
        const base = `${target.endpoint.domain}/${target.repository}`;
        return { result, images: promotion.tags.map((tag) => `${base}:${tag}`) };
    }
    finally {
        await clients.close();
    }
}


/***/ }),

/***/ 9465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  po: () => (/* binding */ CopyRun),
  L1: () => (/* binding */ copyImage),
  De: () => (/* binding */ copyMode),
  EI: () => (/* binding */ newPlan),
  CU: () => (/* binding */ newStats),
  Vd: () => (/* binding */ planTags),
  o$: () => (/* binding */ readSource),
  QA: () => (/* binding */ requestCounter),
  p: () => (/* binding */ writeTags)
});

// UNUSED EXPORTS: DEFAULT_JOBS

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
    /** Streams one blob source → target, hashing on the way; the whole transfer is retried on faults. */
    async transfer(blob, uploadUrl) {
        const tries = this.options.blobTries ?? http/* DEFAULT_RETRY */.vI.tries;
        const where = `${this.source.label} → ${this.target.label}: ${this.target.name}`;
        assertVerifiable(blob, where);
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
                if (attempt >= tries || !isTransient(error))
                    throw error;
                const delay = (0,http/* retryDelay */.a2)(attempt, http/* DEFAULT_RETRY */.vI);
                this.log(`${where}: copying ${blob.digest} failed (${(0,http/* describe */.q0)(error)}); retrying in ${delay} ms`);
                await (0,http/* sleep */.yy)(delay);
            }
        }
    }
}
function isTransient(error) {
    if ((0,http/* isNetworkError */.TX)(error))
        return true;
    if (error instanceof errors/* RegistryError */.gl)
        return (0,http/* isRetryableStatus */.PS)(error.status) || error.code === 'DIGEST_INVALID';
    return false;
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
