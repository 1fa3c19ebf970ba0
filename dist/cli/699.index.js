export const id = 699;
export const ids = [699];
export const modules = {

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

/***/ 4699:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   push: () => (/* binding */ push),
/* harmony export */   pushPost: () => (/* binding */ pushPost),
/* harmony export */   readPushSettings: () => (/* binding */ readPushSettings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6624);
/* harmony import */ var _build_authfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1654);
/* harmony import */ var _build_builder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4670);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5626);
/* harmony import */ var _registry_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9887);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1270);
/* harmony import */ var _promotion_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(450);
/* harmony import */ var _pushed_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6582);
/* harmony import */ var _step_dir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3867);










function readPushSettings(io) {
    const candidate = io.getInput('candidate');
    if (!candidate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("Input candidate is required: the image to push (a build step's image output, a local image, or a remote reference)");
    }
    const candidateRef = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(candidate, { what: 'candidate' });
    const imageName = io.getInput('image_name') || undefined;
    if (imageName) {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(imageName, { what: 'image_name', defaultTag: false });
        if (ref.tag || ref.digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input image_name: "${imageName}" carries a tag or digest; give the name alone and the tags in tag or tags`);
        }
    }
    const tags = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getTags */ .Q2)(io);
    return {
        candidate,
        candidateRef,
        tags: tags.length ? tags : ['latest'],
        imageName,
        registry: io.getInput('registry') || undefined,
        registryContext: io.getInput('registry_context') || undefined,
        config: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getRegistries */ .cx)(io),
    };
}
/**
 * The builder whose local storage holds the candidate, docker first; without one the candidate
 * is remote, and `searched` says where it was looked for.
 */
async function findLocal(candidate, io) {
    const builders = await (0,_build_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .availableBuilders */ .Ql)(io.env);
    for (const builder of builders) {
        const image = await builder.findImage(candidate, (0,_pushed_js__WEBPACK_IMPORTED_MODULE_8__/* .builderIO */ .c)(io));
        if (image)
            return { found: { builder, image }, searched: builder.kind };
    }
    const searched = builders.length
        ? `the local storage of ${builders.map((b) => b.kind).join(' or ')}`
        : 'any local storage (no builder here)';
    io.debug(`${candidate} is not in ${searched}: treated as remote`);
    return { searched };
}
function targetOf(settings, env, integration) {
    // A name as written keeps its domain, for resolvePush's last resort (the domain in the name).
    return (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvePush */ .B$)(settings.config, env, settings.imageName ?? settings.candidate, integration);
}
async function push(io) {
    const settings = readPushSettings(io);
    const { config } = settings;
    const integration = settings.registry
        ? (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .integrationByName */ .dl)(config, settings.registry, 'registry')
        : undefined;
    const context = settings.registryContext
        ? (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .integrationByName */ .dl)(config, settings.registryContext, 'registry_context')
        : undefined;
    const { found: local, searched } = await findLocal(settings.candidate, io);
    if (local) {
        if (context)
            io.warning(`Input registry_context: ${settings.candidate} is a local image, so nothing is pulled and ${context.name} is not used`);
        const target = targetOf(settings, io.env, integration);
        const base = `${target.endpoint.domain}/${target.repository}`;
        const images = settings.tags.map((tag) => `${base}:${tag}`);
        io.info(`Pushing the local ${local.builder.kind} image ${settings.candidate} to ${target.endpoint.label}: ${images.join(', ')}`);
        const digest = await (0,_step_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .withStepDir */ ["in"])(io, async (dir) => {
            const authfile = node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'push', 'config.json');
            await (0,_build_authfile_js__WEBPACK_IMPORTED_MODULE_2__/* .writeAuthFile */ .Yt)(authfile, (0,_build_authfile_js__WEBPACK_IMPORTED_MODULE_2__/* .authConfig */ .fl)([target.endpoint]));
            for (const [i, destination] of images.entries()) {
                await local.builder.push({
                    source: settings.candidate,
                    destination,
                    target: {
                        registry: target.endpoint.label,
                        host: target.endpoint.host,
                        repository: target.repository,
                    },
                    authfile,
                    insecure: target.endpoint.insecure,
                    list: local.image.list,
                    digestFile: node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, `digest-${i}`),
                }, (0,_pushed_js__WEBPACK_IMPORTED_MODULE_8__/* .builderIO */ .c)(io));
            }
            return (0,_pushed_js__WEBPACK_IMPORTED_MODULE_8__/* .readBackDigest */ .Q)(io, target, settings.tags);
        });
        await finish(io, images, digest, {
            title: 'Image pushed',
            facts: [
                ['Candidate', `${settings.candidate} (local, ${local.builder.kind})`],
                ['Target', `${images.join(', ')} (${target.endpoint.label})`],
                ['Digest', `\`${digest}\``],
            ],
        });
        return;
    }
    // A remote candidate goes registry to registry: a promotion.
    const [source] = (0,_promotion_js__WEBPACK_IMPORTED_MODULE_7__/* .candidateSources */ .mu)(config, io.env, [settings.candidateRef], settings.registryContext);
    const target = targetOf(settings, io.env, integration);
    const { result, images } = await (0,_promotion_js__WEBPACK_IMPORTED_MODULE_7__/* .runPromotion */ .d1)(io, {
        candidate: settings.candidateRef,
        source,
        target,
        tags: settings.tags,
    }).catch((error) => {
        // A candidate the registry does not have (or will not show) may have been meant as local.
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl && [401, 403, 404].includes(error.status)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${error.message}; ${settings.candidate} is not in ${searched} either`);
        }
        throw error;
    });
    const { stats } = result;
    io.info(`${result.plan.mode}: ${stats.blobs.copied} blobs copied (${stats.bytes_copied} bytes), ${stats.blobs.mounted} mounted, ${stats.blobs.skipped} already there`);
    await finish(io, images, result.digest, {
        title: 'Image pushed',
        facts: [
            ['Candidate', `${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(settings.candidateRef)} (remote, ${source.label})`],
            ['Target', `${images.join(', ')} (${target.endpoint.label})`],
            ['Digest', `\`${result.digest}\``],
            ['Mode', result.plan.mode],
        ],
    });
}
async function finish(io, images, digest, summary) {
    io.setOutput('image', images[0]);
    io.setOutput('images', images.join('\n'));
    io.setOutput('digest', digest);
    io.info(`Pushed ${images.join(', ')} (${digest})`);
    await io.writeSummary(summary);
}
/** The post step: removes the auth file should the main step have died before it could. */
const pushPost = _step_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .removeStepDir */ .Gt;


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
