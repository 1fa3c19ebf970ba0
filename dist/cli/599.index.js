export const id = 599;
export const ids = [599];
export const modules = {

/***/ 50599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DT: () => (/* binding */ cancelledWork),
  mu: () => (/* binding */ candidateSources),
  wv: () => (/* binding */ jobsFromEnv),
  d1: () => (/* binding */ runPromotion)
});

// UNUSED EXPORTS: openRepositories

// EXTERNAL MODULE: ./.build/src/credentials/resolve.js + 1 modules
var resolve = __webpack_require__(16825);
// EXTERNAL MODULE: ./.build/src/images/copy.js + 1 modules
var copy = __webpack_require__(44593);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/oci/manifest.js
var oci_manifest = __webpack_require__(66908);
// EXTERNAL MODULE: ./.build/src/images/referrers.js
var images_referrers = __webpack_require__(41914);
;// CONCATENATED MODULE: ./.build/src/images/merge.js




/**
 * The index entries an image contributes: an index gives its own entries, a single-platform
 * image one entry whose platform is read from its config.
 */
async function platformEntries(source) {
    return (await readEntries(source)).entries;
}
/** OCI annotations that say where a multi-platform image came from (GHCR links packages by them). */
const ORIGIN_ANNOTATIONS = [
    'org.opencontainers.image.source',
    'org.opencontainers.image.revision',
    'org.opencontainers.image.version',
];
/**
 * The index annotations every platform agrees on: `created` is the latest config's (so the same
 * images give the same index), `source`, `revision` and `version` the labels all configs share.
 */
function agreedAnnotations(configs) {
    const out = {};
    const created = configs
        .map((c) => (typeof c.created === 'string' ? Date.parse(c.created) : NaN))
        .filter((t) => !Number.isNaN(t) && t > 0);
    if (created.length)
        out['org.opencontainers.image.created'] = new Date(Math.max(...created)).toISOString();
    for (const key of ORIGIN_ANNOTATIONS) {
        const values = new Set(configs.map((c) => c.config?.Labels?.[key]));
        const [value] = values;
        if (configs.length && values.size === 1 && typeof value === 'string' && value)
            out[key] = value;
    }
    return out;
}
/** The configs of a source's platform images (an index's children are read for them). */
async function platformConfigs(source, entries) {
    const read = await readEntries(source);
    if (read.config)
        return [read.config];
    const where = `${source.repo.label}: ${source.name}`;
    return Promise.all(entries
        .filter((e) => !(0,oci_manifest/* isAttestation */.H3)(e))
        .map(async (entry) => {
        const child = await source.repo.getManifest(entry.digest);
        if ((0,oci_manifest/* isIndexMediaType */.$$)(child.mediaType))
            return {};
        const manifest = (0,oci_manifest/* parseImageManifest */.Sw)(child, where);
        return readConfig(source, manifest, where);
    }));
}
const entriesRead = new WeakMap();
/** A source's entries, read once (its config with them, for a single-platform image). */
function readEntries(source) {
    let pending = entriesRead.get(source);
    if (!pending) {
        pending = readEntriesOnce(source);
        entriesRead.set(source, pending);
    }
    return pending;
}
async function readConfig(source, manifest, where) {
    const configBytes = await source.repo.getBlob(manifest.config.digest);
    return (0,oci_manifest/* parseImageConfig */.FB)(configBytes, manifest.config.digest, where);
}
async function readEntriesOnce(source) {
    const where = `${source.repo.label}: ${source.name}`;
    if ((0,oci_manifest/* isIndexMediaType */.$$)(source.root.mediaType)) {
        return { entries: (0,oci_manifest/* parseImageIndex */.n4)(source.root, where).manifests };
    }
    const manifest = (0,oci_manifest/* parseImageManifest */.Sw)(source.root, where);
    const config = await readConfig(source, manifest, where);
    if (!config.os || !config.architecture) {
        throw new errors/* UserError */.yo(`${where}: its config names no os/architecture, so it cannot join a multi-platform image`);
    }
    const platform = { os: config.os, architecture: config.architecture };
    if (config.variant)
        platform.variant = config.variant;
    if (config['os.version'])
        platform['os.version'] = config['os.version'];
    return {
        entries: [
            {
                mediaType: source.root.mediaType,
                digest: source.root.digest,
                size: source.root.bytes.length,
                platform,
            },
        ],
        config,
    };
}
/** Refuses overlapping platforms before anything is written. Attestations are not platforms. */
function checkOverlap(entries, input) {
    const seen = new Map();
    for (const { source, descriptor } of entries) {
        if ((0,oci_manifest/* isAttestation */.H3)(descriptor))
            continue;
        const key = `${(0,oci_manifest/* formatPlatform */.Bq)(descriptor.platform)}${descriptor.platform?.['os.version'] ? ` ${descriptor.platform['os.version']}` : ''}`;
        const first = seen.get(key);
        if (first !== undefined && first !== source) {
            throw new errors/* UserError */.yo(`Input ${input}: ${first} and ${source} both provide platform ${key}; each platform may come from one image only. Nothing was written.`);
        }
        if (first === source) {
            throw new errors/* UserError */.yo(`Input ${input}: ${source} lists platform ${key} twice. Nothing was written.`);
        }
        seen.set(key, source);
    }
}
/** The OCI index holding all entries, in candidate order: the same inputs give the same digest. */
function buildIndex(entries, annotations = {}) {
    const index = {
        schemaVersion: 2,
        mediaType: oci_manifest/* MediaType */.zu.ociIndex,
        manifests: entries,
        ...(Object.keys(annotations).length ? { annotations } : {}),
    };
    const bytes = Buffer.from(JSON.stringify(index));
    return { bytes, mediaType: oci_manifest/* MediaType */.zu.ociIndex, digest: (0,oci_manifest/* sha256Digest */.sI)(bytes) };
}
/**
 * Joins per-platform images (built natively on separate runners) into one multi-platform index:
 * every child is made present in the target first, the index is written to the tags last.
 */
async function mergeImages(sources, target, tags, options) {
    const counter = (0,copy/* requestCounter */.QA)([...sources.map((s) => s.repo), target]);
    const perSource = await Promise.all(sources.map(platformEntries));
    checkOverlap(perSource.flatMap((entries, i) => entries.map((descriptor) => ({ source: sources[i].name, descriptor }))), options.input);
    const configs = await Promise.all(sources.map((s, i) => platformConfigs(s, perSource[i])));
    const index = buildIndex(perSource.flat(), {
        ...agreedAnnotations(configs.flat()),
        ...options.indexAnnotations,
    });
    if (options.expectedDigest && index.digest !== options.expectedDigest) {
        throw new errors/* UserError */.yo(`The merged index is ${index.digest}, not the expected_digest ${options.expectedDigest}; nothing was written`);
    }
    const writer = (0,copy/* writerFor */.PZ)(target, options);
    const plan = (0,copy/* newPlan */.EI)('merge', index);
    const stats = (0,copy/* newStats */.CU)();
    plan.tags = await (0,copy/* planTags */.Vd)(target, tags, index.digest, options.overwrite);
    const writes = plan.tags.some((t) => t.action === 'write');
    await Promise.all(sources.map(async (source, i) => {
        const run = new copy/* CopyRun */.po({
            source: source.repo,
            target: writer,
            mode: (0,copy/* copyMode */.De)(source.repo, target),
            options,
            plan,
            stats,
        });
        // The platform images keep their digests, so what refers to them still holds and follows.
        const referrers = options.referrers === false
            ? []
            : await (0,images_referrers/* discoverReferrers */.C3)(source.repo, 
            // A source index is not in the merged image: only its children are.
            (0,copy/* subjectsOf */.Z6)(source.root, { newRoot: (0,oci_manifest/* isIndexMediaType */.$$)(source.root.mediaType) }), { debug: options.log });
        if (!writes && referrers.length === 0)
            return;
        if ((0,oci_manifest/* isIndexMediaType */.$$)(source.root.mediaType)) {
            await Promise.all(perSource[i].map((child) => run.ensureChild(child)));
        }
        else {
            await run.ensureManifest(source.root, { putByDigest: true });
        }
        await run.carryReferrers(referrers);
    }));
    if (writes)
        plan.manifests.push({ digest: index.digest, mediaType: index.mediaType, action: 'write' });
    await (0,copy/* writeTags */.p)(writer, index, plan, stats, options);
    stats.requests = counter();
    return { digest: index.digest, mediaType: index.mediaType, plan, stats: (0,copy/* settled */.gu)(stats, options) };
}

// EXTERNAL MODULE: ./.build/src/images/platforms.js
var platforms = __webpack_require__(17494);
// EXTERNAL MODULE: ./.build/src/oci/reference.js
var reference = __webpack_require__(92968);
// EXTERNAL MODULE: ./.build/src/host/session.js + 7 modules
var session = __webpack_require__(89335);
// EXTERNAL MODULE: ./.build/src/host/cancel.js
var cancel = __webpack_require__(90990);
// EXTERNAL MODULE: ./.build/src/host/progress.js
var host_progress = __webpack_require__(34955);
// EXTERNAL MODULE: ./.build/src/images/progress.js
var images_progress = __webpack_require__(97619);
// EXTERNAL MODULE: ./.build/src/signing/formats.js
var formats = __webpack_require__(19667);
;// CONCATENATED MODULE: ./.build/src/actions/promote/predicate.js
/**
 * The promotion attestation's predicate (`https://image-actions.dev/promotion/v1`, DESIGN §10):
 * what was promoted from where to where, by which run of which workflow, by whom, and when. The
 * run is named from GitHub Actions' variables, else GitLab CI's, else Jenkins-style `BUILD_URL`.
 */
function runFacts(env) {
    const facts = {};
    if (env.GITHUB_ACTIONS === 'true') {
        const workflow = env.GITHUB_WORKFLOW_REF || env.GITHUB_WORKFLOW;
        if (workflow)
            facts.workflow = workflow;
        if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
            facts.run_url = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`;
        }
        if (env.GITHUB_ACTOR)
            facts.actor = env.GITHUB_ACTOR;
    }
    else if (env.GITLAB_CI === 'true') {
        if (env.CI_PROJECT_PATH)
            facts.workflow = `${env.CI_PROJECT_PATH}/${env.CI_CONFIG_PATH || '.gitlab-ci.yml'}`;
        if (env.CI_JOB_URL || env.CI_PIPELINE_URL)
            facts.run_url = env.CI_JOB_URL || env.CI_PIPELINE_URL;
        if (env.GITLAB_USER_LOGIN)
            facts.actor = env.GITLAB_USER_LOGIN;
    }
    else if (env.BUILD_URL) {
        facts.run_url = env.BUILD_URL;
        if (env.JOB_NAME)
            facts.workflow = env.JOB_NAME;
    }
    return facts;
}
function promotionPredicate(env, sources, targets, now = new Date()) {
    return {
        source: sources[0],
        ...(sources.length > 1 ? { sources } : {}),
        targets,
        ...runFacts(env),
        time: now.toISOString(),
    };
}

;// CONCATENATED MODULE: ./.build/src/actions/promotion.js













/**
 * Remote images copied or retagged registry to registry: what the promote action does, and the
 * push action when its candidate is remote.
 */
/** The registries remote candidates are pulled through: the `registry_context`, else resolution. */
async function candidateSources(config, env, candidates, registryContext) {
    const contexts = registryContext
        ? [(0,resolve/* integrationByName */.dl)(config, registryContext, 'registry_context')]
        : [];
    (0,resolve/* checkContexts */.R$)(contexts, candidates.map((c) => c.domain), 'registry_context', () => { });
    // One at a time: a helper or a token mint runs once per domain, the later ones hit its cache.
    const sources = [];
    for (const c of candidates)
        sources.push(await (0,resolve/* resolvePull */.Uj)(config, env, c.domain, contexts));
    return sources;
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
    const clients = shared ?? (0,session/* openSession */.f)(io);
    const progress = new images_progress/* TransferProgress */.v();
    // What a cancelled step says it left behind; a dry run writes no tag.
    const written = [];
    try {
        const archive = promotion.archive;
        const { targetRepo, sourceRepos } = archive
            ? {
                targetRepo: clients.for(target.endpoint).repository(target.repository, { push: !dryRun }),
                sourceRepos: [archive.source],
            }
            : openRepositories(clients, candidates, sources, target, dryRun);
        if (!archive)
            candidates.forEach((c, i) => io.debug(`source: ${(0,reference/* formatReference */.FH)(c)} via ${sources[i].label}`));
        // The target's token is fetched while the sources are read.
        targetRepo.prepareAuth();
        const options = {
            dryRun,
            jobs: jobsFromEnv(io.env),
            log: (m) => io.info(m),
            warn: (m) => io.warning(m),
            referrers: promotion.referrers,
            overwrite: promotion.overwrite,
            onTagWritten: dryRun ? undefined : (tag) => written.push(tag),
        };
        const roots = await Promise.all(candidates.map((c, i) => (0,copy/* readSource */.o$)(sourceRepos[i], archive?.digest ?? (0,reference/* manifestRef */.rx)(c), 
        // With several, the expected digest is the merged index's, checked by the merge.
        candidates.length === 1 ? expectedDigest : undefined)));
        const narrowed = promotion.platforms?.length
            ? await (0,platforms/* narrowToPlatforms */.N)(sourceRepos[0], roots[0], promotion.platforms, {
                input: 'platforms',
            })
            : { root: roots[0], newRoot: false, note: undefined };
        if (narrowed.note)
            io.info(narrowed.note);
        const result = await (0,host_progress/* withProgress */.E0)(io, (progress) => candidates.length === 1
            ? (0,copy/* copyImage */.L1)(sourceRepos[0], narrowed.root, targetRepo, tags, {
                ...options,
                newRoot: narrowed.newRoot,
                progress,
            })
            : mergeImages(roots.map((root, i) => ({
                repo: sourceRepos[i],
                root,
                name: (0,reference/* formatReference */.FH)(candidates[i]),
            })), targetRepo, tags, {
                ...options,
                expectedDigest,
                indexAnnotations: promotion.indexAnnotations,
                progress,
                input: 'candidate',
            }), progress);
        const base = (0,resolve/* targetName */.je)(target);
        const images = tags.map((tag) => `${base}:${tag}`);
        const signed = promotion.signing && !dryRun
            ? await signPromoted(io, promotion, promotion.signing, targetRepo, {
                digest: result.digest,
                sources: roots.map((r) => r.digest),
                images,
            })
            : undefined;
        // Every request of the step, the ping, tokens and source reads included.
        result.stats.requests = clients.transport.stats.requests;
        return {
            result,
            images,
            ...(narrowed.note ? { note: narrowed.note } : {}),
            ...(signed ? { signed } : {}),
        };
    }
    catch (error) {
        throw await cancelledWork(error, clients, progress, written);
    }
    finally {
        if (!shared)
            await clients.close();
    }
}
/**
 * Signs the promoted image (and each platform image of an index) in the target, and attests the
 * promotion, then finds and checks it all there. The signing code is loaded only when asked for.
 */
async function signPromoted(io, promotion, signing, repo, promoted) {
    const { openSigner, signImages } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(179), __webpack_require__.e(668), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 35341));
    const signer = signing.signer ?? (await openSigner(signing.settings, io.env));
    try {
        io.info(`Signing with ${signer.label}`);
        const root = await repo.getManifest(promoted.digest);
        const images = [
            { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length },
        ];
        if ((0,oci_manifest/* isIndexMediaType */.$$)(root.mediaType)) {
            const where = `${repo.label}: ${repo.name}@${root.digest}`;
            images.push(...(0,oci_manifest/* platformManifests */.OS)((0,oci_manifest/* parseImageIndex */.n4)(root, where)));
        }
        const predicate = signing.settings.attest
            ? promotionPredicate(io.env, promotion.candidates.map((c, i) => ({
                reference: (0,reference/* formatReference */.FH)(c),
                digest: promoted.sources[i],
            })), promoted.images.map((reference) => ({ reference, digest: promoted.digest })))
            : undefined;
        const { domain } = promotion.target.endpoint;
        const entries = await signImages(signer, signing.settings, [
            {
                repo,
                reference: (0,formats/* dockerReference */.Sp)(domain, promotion.target.repository),
                images,
                ...(predicate ? { predicate } : {}),
            },
        ]);
        for (const e of entries) {
            io.info(`${e.kind === 'signature' ? 'Signature' : 'Attestation'} of ${e.reference}@${e.digest}: ${e.action} (${e.storedAs}), verified on the target`);
        }
        return { signer: signer.label, entries };
    }
    finally {
        if (!signing.signer)
            signer.close?.();
    }
}
/**
 * A promotion stopped by SIGINT/SIGTERM: its open upload sessions are cancelled, and the one line
 * it ends with says what moved, what was cancelled and which tags (none, as a rule) were written.
 */
async function cancelledWork(error, clients, progress, tags) {
    const signal = (0,cancel/* cancelledBy */.tK)();
    if (!signal)
        return error;
    const uploads = await clients.cancelUploads();
    return new cancel/* CancelledError */.cc(signal, [
        !progress.idle ? `${progress.line()} when stopped` : 'stopped',
        uploadsLine(uploads),
        tags.length ? `tags written before the stop: ${tags.join(', ')}` : 'no tag was written',
    ].join('; '));
}
function uploadsLine({ open, cancelled }) {
    if (open === 0)
        return 'no upload was under way';
    const sessions = `upload session${open === 1 ? '' : 's'}`;
    if (cancelled === open)
        return `${open} ${sessions} cancelled`;
    return `${cancelled} of ${open} ${sessions} cancelled (the registry refused the rest: it expires them itself)`;
}
/** Blob transfers at once: `IMAGE_ACTIONS_JOBS`, else the engine's default. */
function jobsFromEnv(env) {
    const value = env.IMAGE_ACTIONS_JOBS;
    return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}


/***/ }),

/***/ 19688:
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


/***/ }),

/***/ 44593:
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
  gu: () => (/* binding */ settled),
  Z6: () => (/* binding */ subjectsOf),
  p: () => (/* binding */ writeTags),
  PZ: () => (/* binding */ writerFor)
});

// UNUSED EXPORTS: DEFAULT_JOBS

// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/distribution/repository.js + 1 modules
var repository = __webpack_require__(94294);
;// CONCATENATED MODULE: ./.build/src/images/dry-run.js
/**
 * A target that is read but never written. A dry run executes the same engine against it, so
 * the plan it prints is the plan a real run follows, without a `dryRun` branch inside the engine
 * (actions/cache's NullStateProvider, applied to a registry). Writes are answered as a store
 * would answer them and remembered, so what the run "wrote" earlier it finds again later; no
 * blob stream is ever opened.
 */
class DryRunTarget {
    inner;
    manifests = new Map();
    blobs = new Map();
    constructor(inner) {
        this.inner = inner;
    }
    get label() {
        return this.inner.label;
    }
    get name() {
        return this.inner.name;
    }
    async getManifest(reference) {
        return this.manifests.get(reference) ?? this.inner.getManifest(reference);
    }
    async findManifest(reference) {
        return this.manifests.get(reference) ?? this.inner.findManifest(reference);
    }
    async headManifest(reference) {
        const kept = this.manifests.get(reference);
        if (kept)
            return { digest: kept.digest, mediaType: kept.mediaType, size: kept.bytes.length };
        return this.inner.headManifest(reference);
    }
    openBlob(digest) {
        return this.inner.openBlob(digest);
    }
    getBlob(digest) {
        return this.inner.getBlob(digest);
    }
    async headBlob(digest) {
        return this.blobs.get(digest) ?? this.inner.headBlob(digest);
    }
    listTags(limit, pageSize) {
        return this.inner.listTags(limit, pageSize);
    }
    listReferrers(digest, artifactType) {
        return this.inner.listReferrers(digest, artifactType);
    }
    async putManifest(reference, manifest) {
        this.manifests.set(reference, manifest);
        this.manifests.set(manifest.digest, manifest);
        return { digest: manifest.digest };
    }
    async uploadBlob(digest, size) {
        this.blobs.set(digest, size);
    }
    async mountBlob(digest) {
        this.blobs.set(digest, 0);
        return { mounted: true };
    }
}

// EXTERNAL MODULE: ./.build/src/http/retry.js
var retry = __webpack_require__(60174);
// EXTERNAL MODULE: ./.build/src/http/errors.js
var http_errors = __webpack_require__(37677);
// EXTERNAL MODULE: ./.build/src/http/transport.js
var transport = __webpack_require__(90737);
// EXTERNAL MODULE: ./.build/src/concurrency.js
var concurrency = __webpack_require__(19688);
// EXTERNAL MODULE: ./.build/src/oci/manifest.js
var oci_manifest = __webpack_require__(66908);
// EXTERNAL MODULE: ./.build/src/images/referrers.js
var images_referrers = __webpack_require__(41914);
// EXTERNAL MODULE: ./.build/src/oci/digest.js
var digest = __webpack_require__(76889);
;// CONCATENATED MODULE: ./.build/src/images/copy.js










/**
 * Blob streams at once. Where a link caps each connection (most wide-area paths), a copy of many
 * layers is as fast as its streams are many: over a 20 ms round trip at 25 MB/s per connection, a
 * 3-platform index of 24 layers of 1–4 MB copied in 2.5 s with 4 streams, 2.4 s with 8 and 1.8 s
 * with 16 (bench/RESULTS.md); on loopback, where the copy is CPU-bound, the number hardly matters,
 * and an image of fewer layers opens no more streams than it has blobs.
 */
const DEFAULT_JOBS = 16;
/** Only two repositories of one registry can share blobs; any other pair streams them. */
function copyMode(source, target) {
    if (!(source instanceof repository/* Repository */.L && target instanceof repository/* Repository */.L))
        return 'copy';
    if (!source.client.sameRegistry(target.client))
        return 'copy';
    return source.name === target.name ? 'retag' : 'mount';
}
/** What the engine writes through: the target itself, or on a dry run a stand-in that keeps it. */
function writerFor(target, options) {
    return options.dryRun ? new DryRunTarget(target) : target;
}
/** A dry run wrote nothing: its counts of writes are zero; what it found present stays counted. */
function settled(stats, options) {
    if (!options.dryRun)
        return stats;
    return {
        ...stats,
        manifests: 0,
        blobs: { ...stats.blobs, mounted: 0, copied: 0 },
        bytes_copied: 0,
        referrers: 0,
    };
}
/** Reads the source manifest and checks it against `expected_digest` before anything is written. */
async function readSource(source, reference, expectedDigest) {
    const root = await source.getManifest(reference);
    if (expectedDigest && !(0,oci_manifest/* digestMatches */.U2)(root.bytes, expectedDigest)) {
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
    const writer = writerFor(target, options);
    const run = new CopyRun({
        source,
        target: writer,
        mode,
        options,
        plan: newPlan(mode, root),
        stats: newStats(),
    });
    // In place, the repository already holds the image and all that refers to it.
    const carry = mode !== 'retag' && options.referrers !== false;
    // Read before any request starts: a malformed root fails alone, with nothing left in flight.
    const subjects = carry
        ? subjectsOf(root, options, `${source.label}: ${source.name}@${root.digest}`)
        : [];
    const [tagPlan, referrers] = await Promise.all([
        mode === 'retag' && options.overwrite !== false
            ? // Everything the manifest references is there already: one write per tag, no HEAD first.
                tags.map((tag) => ({ tag, action: 'write' }))
            : planTags(target, tags, root.digest, options.overwrite),
        carry ? (0,images_referrers/* discoverReferrers */.C3)(source, subjects, { debug: options.log, warn: options.warn }) : [],
    ]);
    run.plan.tags = tagPlan;
    if (mode !== 'retag' && (tagPlan.some((t) => t.action === 'write') || referrers.length)) {
        // Referrers with a `subject` hang off the root by digest: it is put by digest first, so that
        // a registry indexing subjects finds it. cosign's tags name it only by their own name.
        await run.ensureManifest(root, {
            putByDigest: referrers.some((r) => r.source !== 'cosign-tag'),
        });
    }
    await run.carryReferrers(referrers);
    await writeTags(writer, root, run.plan, run.stats, options);
    run.stats.requests = counter();
    return {
        digest: root.digest,
        mediaType: root.mediaType,
        plan: run.plan,
        stats: settled(run.stats, options),
    };
}
/** The digests whose referrers travel with the image: the root's own and its children's. */
function subjectsOf(root, options = {}, where = root.digest) {
    const subjects = options.newRoot ? [] : [root.digest];
    if ((0,oci_manifest/* isIndexMediaType */.$$)(root.mediaType)) {
        const index = (0,oci_manifest/* parseImageIndex */.n4)(root, where);
        for (const child of Array.isArray(index.manifests) ? index.manifests : []) {
            if (typeof child?.digest === 'string')
                subjects.push(child.digest);
        }
    }
    return [...new Set(subjects)];
}
function newPlan(mode, root) {
    return {
        mode,
        digest: root.digest,
        mediaType: root.mediaType,
        manifests: [],
        blobs: [],
        tags: [],
        referrers: [],
    };
}
function newStats() {
    return {
        manifests: 0,
        blobs: { skipped: 0, mounted: 0, copied: 0 },
        bytes_copied: 0,
        referrers: 0,
        requests: 0,
    };
}
/** Requests made through these registries' transports from now on (an archive makes none). */
function requestCounter(stores) {
    const repos = stores.filter((s) => s instanceof repository/* Repository */.L);
    const transports = [...new Set(repos.map((r) => r.client.transport))];
    const before = transports.reduce((n, t) => n + t.stats.requests, 0);
    return () => transports.reduce((n, t) => n + t.stats.requests, 0) - before;
}
/**
 * A tag that already points at the digest needs no write: a HEAD per tag tells. With `overwrite`
 * false, a tag that points elsewhere fails the promotion here, before anything is written.
 */
async function planTags(target, tags, digest, overwrite = true) {
    const heads = await Promise.all(tags.map((tag) => target.headManifest(tag)));
    if (!overwrite) {
        const moved = [];
        await Promise.all(heads.map(async (head, i) => {
            if (!head)
                return;
            // A HEAD without Docker-Content-Digest proves presence only: the bytes tell.
            const current = head.digest || (await target.getManifest(tags[i])).digest;
            if (current !== digest) {
                head.digest = current;
                moved.push(`${tags[i]} points to ${current}`);
            }
        }));
        if (moved.length) {
            throw new errors/* UserError */.yo(`${target.label}: ${target.name}: overwrite is false and ${moved.sort().join(', ')}, not to ${digest}; nothing was written`);
        }
    }
    return tags.map((tag, i) => ({ tag, action: heads[i]?.digest === digest ? 'skip' : 'write' }));
}
/** Tags last: written only once everything they point to is in place. */
async function writeTags(target, root, plan, stats, options) {
    await Promise.all(plan.tags
        .filter((t) => t.action === 'write')
        .map(async (t) => {
        await target.putManifest(t.tag, root);
        stats.manifests++;
        options.onTagWritten?.(t.tag);
    }));
}
function canMount(target) {
    return typeof target.mountBlob === 'function';
}
/**
 * One source → target transfer. Several runs may share a plan and stats (a merge has one run per
 * source image).
 */
class CopyRun {
    blobs = new Map();
    manifests = new Map();
    limit;
    log;
    /** Set once the target refuses a mount: later blobs are not offered to it again. */
    mountRefused = false;
    /** Set once the target answered a manifest PUT with `OCI-Subject`: it has the referrers API. */
    targetIndexesSubjects = false;
    progress;
    source;
    target;
    mode;
    plan;
    stats;
    constructor({ source, target, mode, options, plan, stats }) {
        this.source = source;
        this.target = target;
        this.mode = mode;
        this.plan = plan;
        this.stats = stats;
        this.limit = (0,concurrency/* createLimiter */.z)(Math.max(1, options.jobs ?? DEFAULT_JOBS));
        this.progress = options.progress;
        this.log = options.log ?? (() => { });
    }
    /**
     * Makes the manifest and all it references present in the target. A manifest the target
     * already has needs nothing more: a registry only accepts a manifest whose references it holds.
     * `putByDigest` is false for the root, which the tags write. Says whether it was written.
     */
    async ensureManifest(raw, { putByDigest, knownAbsent = false, platform }) {
        if (!knownAbsent && (await this.target.headManifest(raw.digest))) {
            this.plan.manifests.push({ digest: raw.digest, mediaType: raw.mediaType, action: 'skip' });
            return 'skip';
        }
        const where = `${this.source.label}: ${this.source.name}@${raw.digest}`;
        if ((0,oci_manifest/* isIndexMediaType */.$$)(raw.mediaType)) {
            const index = (0,oci_manifest/* parseImageIndex */.n4)(raw, where);
            await Promise.all(index.manifests.map((child) => this.ensureChild(child)));
        }
        else {
            // `blobs`: the OCI artifact manifest of the 1.1 release candidates, which some tools wrote.
            const blobs = (0,oci_manifest/* referencedBlobs */.sW)(raw, where);
            await Promise.all(blobs.map((blob) => this.ensureBlob(blob, raw.digest)));
        }
        this.plan.manifests.push({
            digest: raw.digest,
            mediaType: raw.mediaType,
            action: 'write',
            ...(platform ? { platform } : {}),
        });
        if (putByDigest) {
            const put = await this.target.putManifest(raw.digest, raw);
            if (put.subject)
                this.targetIndexesSubjects = true;
            this.stats.manifests++;
        }
        return 'write';
    }
    /** A manifest the source holds by digest, made present in the target by digest. */
    ensureChild(child, label) {
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
                    return 'skip';
                }
                const raw = await this.source.getManifest(child.digest);
                // Attestations are named as such: their unknown/unknown is no platform.
                const platform = label ??
                    ((0,oci_manifest/* isAttestation */.H3)(child)
                        ? 'attestations'
                        : child.platform
                            ? (0,oci_manifest/* formatPlatform */.Bq)(child.platform)
                            : undefined);
                return this.ensureManifest(raw, { putByDigest: true, knownAbsent: true, platform });
            })();
            this.manifests.set(child.digest, pending);
        }
        return pending;
    }
    /**
     * Copies what refers to the image, level by level (a signature on an SBOM follows the SBOM),
     * then makes it discoverable in the target: through its referrers API where it has one (the
     * `subject` of each manifest does it), else through the `sha256-<hex>` tag indexes, merged with
     * what the target already lists. cosign's tags are written with the source's bytes.
     */
    async carryReferrers(referrers) {
        const depths = [...new Set(referrers.map((r) => r.depth))].sort((a, b) => a - b);
        for (const depth of depths) {
            await Promise.all(referrers.filter((r) => r.depth === depth).map((r) => this.carryReferrer(r)));
        }
        const indexed = referrers.filter((r) => r.source !== 'cosign-tag');
        if (indexed.length === 0)
            return;
        if (!this.targetIndexesSubjects) {
            // Nothing written here told: a target that lists referrers of the first subject has the API.
            this.targetIndexesSubjects =
                (await this.target.listReferrers(indexed[0].subject)) !== undefined;
        }
        this.plan.referrersIndex = this.targetIndexesSubjects ? 'api' : 'tag-schema';
        if (this.targetIndexesSubjects)
            return;
        const bySubject = new Map();
        for (const r of indexed)
            bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r]);
        await Promise.all([...bySubject].map(async ([subject, list]) => {
            const tag = (0,images_referrers/* referrersTag */.LN)(subject);
            const where = `${this.target.label}: ${this.target.name}:${tag}`;
            const merged = (0,images_referrers/* mergeReferrersIndex */.l1)(await this.target.findManifest(tag), list.map(images_referrers/* referrerDescriptor */.xh), where);
            if (!merged)
                return;
            this.plan.manifests.push({
                digest: merged.digest,
                mediaType: merged.mediaType,
                action: 'write',
            });
            await this.target.putManifest(tag, merged);
            this.stats.manifests++;
        }));
    }
    async carryReferrer(referrer) {
        const planned = {
            digest: referrer.digest,
            artifactType: referrer.artifactType,
            subject: referrer.subject,
            source: referrer.source,
            ...(referrer.tag ? { tag: referrer.tag } : {}),
            action: 'skip',
        };
        this.plan.referrers.push(planned);
        if (!referrer.manifest || !referrer.tag) {
            const action = await this.ensureChild((0,images_referrers/* referrerDescriptor */.xh)(referrer), 'referrers');
            if (action === 'write') {
                planned.action = 'write';
                this.stats.referrers++;
            }
            return;
        }
        // A cosign tag: its manifest's blobs first, then the tag, as the source has it.
        const source = referrer.manifest;
        const head = await this.target.headManifest(referrer.tag);
        if (head?.digest === source.digest)
            return;
        await this.ensureManifest(source, {
            putByDigest: false,
            knownAbsent: true,
            platform: 'referrers',
        });
        let written = source;
        if (head) {
            // The target has signatures of its own under this tag: both sides' are kept.
            const where = `${this.target.label}: ${this.target.name}:${referrer.tag}`;
            const theirs = await this.target.getManifest(referrer.tag);
            if (theirs.digest === source.digest)
                return;
            written = (0,images_referrers/* mergeCosignManifest */.RY)(source, theirs, where) ?? source;
        }
        planned.action = 'write';
        await this.target.putManifest(referrer.tag, written);
        this.stats.manifests++;
        this.stats.referrers++;
    }
    ensureBlob(blob, manifest) {
        if ((0,oci_manifest/* isNonDistributable */.SM)(blob))
            return Promise.resolve();
        let pending = this.blobs.get(blob.digest);
        if (!pending) {
            const target = this.target;
            pending =
                this.mode === 'mount' && canMount(target)
                    ? this.mountBlob(blob, manifest, target)
                    : this.copyBlob(blob, manifest);
            this.blobs.set(blob.digest, pending);
        }
        return pending;
    }
    /** Mounting moves no bytes and answers 201 for a blob already there: no HEAD first. */
    async mountBlob(blob, manifest, target) {
        if (this.mountRefused)
            return this.copyBlob(blob, manifest);
        const planned = {
            digest: blob.digest,
            size: blob.size,
            action: 'mount',
            manifest,
        };
        this.plan.blobs.push(planned);
        const result = await this.limit(() => target.mountBlob(blob.digest, this.source.name));
        if (result.mounted) {
            this.stats.blobs.mounted++;
            return;
        }
        // Copied after all: counted as it moves.
        // The registry would not link it (credentials, policy): stream it through its upload
        // session, and copy the blobs that follow without asking again.
        if (!this.mountRefused) {
            this.mountRefused = true;
            this.log(`${this.target.label}: could not mount blobs from ${this.source.name}; copying them`);
        }
        planned.action = 'copy';
        await this.tracked(blob, () => this.transfer(blob, result.uploadUrl));
    }
    /** A blob transfer counted in the progress: planned when it is known to move, done when it has. */
    async tracked(blob, move) {
        this.progress?.planned(blob.size);
        await this.limit(move);
        this.progress?.finished();
    }
    async copyBlob(blob, manifest) {
        const present = await this.target.headBlob(blob.digest);
        const planned = {
            digest: blob.digest,
            size: blob.size,
            action: present === undefined ? 'copy' : 'skip',
            manifest,
        };
        this.plan.blobs.push(planned);
        if (present !== undefined) {
            this.stats.blobs.skipped++;
            return;
        }
        await this.tracked(blob, () => this.transfer(blob));
    }
    /**
     * Streams one blob source → target, hashing on the way; the whole transfer is retried on faults,
     * after the registry's `Retry-After` when it gave one. Its requests draw on the transfer's one
     * retry budget, which bytes moving renew. A 401 (a token that expired or was revoked mid-copy;
     * the refused token is dropped by then) is retried once, with a new token.
     */
    transfer(blob, uploadUrl) {
        const where = `${this.source.label} → ${this.target.label}: ${this.target.name}`;
        (0,digest/* assertVerifiable */.A)(blob, where);
        let reauthenticated = false;
        let tries = 0;
        return (0,retry/* retrying */.R$)(async (budget) => {
            for (;;) {
                let sent = 0;
                tries++;
                try {
                    await this.target.uploadBlob(blob.digest, blob.size, async () => {
                        // A fresh stream: the bytes a failed try moved will move again.
                        this.progress?.unmoved(sent);
                        sent = 0;
                        return (0,digest/* verifyingStream */.o)(await this.source.openBlob(blob.digest), blob, where, (n) => {
                            sent += n;
                            budget.progressed();
                            this.progress?.moved(n);
                        });
                    }, 
                    // A refused mount's session serves the first try only.
                    tries === 1 ? uploadUrl : undefined);
                    this.stats.blobs.copied++;
                    this.stats.bytes_copied += sent;
                    return;
                }
                catch (error) {
                    // A 401 once: the token expired or was revoked mid-copy (the refused one is dropped
                    // by now); tried again at once with a new one, no retry spent.
                    if (error instanceof errors/* RegistryError */.gl && error.status === 401 && !reauthenticated) {
                        reauthenticated = true;
                        continue;
                    }
                    throw error;
                }
            }
        }, {
            // A request inside that used the budget up has said so: nothing is left to retry with.
            retryable: (error, budget) => isTransient(error) &&
                !budget.spent && {
                retryAfterMs: error instanceof errors/* RegistryError */.gl ? error.retryAfterMs : undefined,
            },
            exhausted: (error, stop) => {
                throw inUserWords(error, where, blob.digest, stop);
            },
            onRetry: (error, waitMs) => this.log(`${where}: copying ${blob.digest} failed (${(0,http_errors/* describe */.q0)(error)}); retrying in ${waitMs} ms`),
        }).catch((error) => {
            throw inUserWords(error, where, blob.digest);
        });
    }
}
/**
 * A failure that outlasted the retries, said with the blob and registries it hit, and why no
 * more tries were made (`gaveUp`) when the registry's own message does not say it.
 */
function inUserWords(error, where, digest, gaveUp) {
    if (error instanceof errors/* RegistryError */.gl) {
        if (!gaveUp || error.message.includes(gaveUp))
            return error;
        return new errors/* RegistryError */.gl(`${error.message} (${gaveUp})`, error.status, error.code, {
            cause: error,
            retryAfterMs: error.retryAfterMs,
        });
    }
    if (!(0,http_errors/* isNetworkError */.TX)(error))
        return error;
    return new errors/* RegistryError */.gl(`${where}: copying ${digest} failed: the connection failed (${(0,http_errors/* describe */.q0)(error)}${gaveUp ? `; ${gaveUp}` : ''})`, 0, 'NETWORK', { cause: error });
}
function isTransient(error) {
    if ((0,http_errors/* isNetworkError */.TX)(error))
        return true;
    if (error instanceof errors/* RegistryError */.gl)
        return (0,transport/* isRetryableStatus */.PS)(error.status) || error.code === 'DIGEST_INVALID';
    return false;
}


/***/ }),

/***/ 17494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ narrowToPlatforms),
/* harmony export */   d: () => (/* binding */ selectPlatforms)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78390);
/* harmony import */ var _oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66908);



/**
 * Which entries of an index the wanted platforms keep. A platform the index lacks is an error
 * before anything is written, naming the ones it has.
 */
function selectPlatforms(root, wanted, where, input) {
    const index = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageIndex */ .n4)(root, where);
    const entries = (Array.isArray(index.manifests) ? index.manifests : []).filter((e) => typeof e?.digest === 'string');
    const images = entries.filter((e) => !(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isAttestation */ .H3)(e));
    const kept = new Set();
    for (const platform of wanted) {
        const matches = images.filter((e) => (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .platformMatches */ .J)(platform, e.platform));
        if (matches.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${input}: ${where} has no ${(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(platform)} image (it has ${images.map((e) => (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(e.platform)).join(', ') || 'none'}); nothing was written`);
        }
        for (const match of matches)
            kept.add(match);
    }
    const keptDigests = new Set([...kept].map((e) => e.digest));
    if (kept.size === 1)
        return { kind: 'child', descriptor: [...kept][0] };
    // BuildKit's attestation entries name the image they describe.
    const keep = (e) => (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isAttestation */ .H3)(e)
        ? keptDigests.has(e.annotations?.['vnd.docker.reference.digest'] ?? '')
        : kept.has(e);
    const manifests = entries.filter(keep);
    if (manifests.length === entries.length)
        return { kind: 'whole' };
    const bytes = Buffer.from(JSON.stringify({ ...index, manifests }));
    return {
        kind: 'index',
        root: { bytes, mediaType: root.mediaType, digest: (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Digest */ .sI)(bytes) },
        dropped: entries.filter((e) => !keep(e)),
    };
}
/**
 * The image to promote once `platforms` is applied. A single manifest is checked against its
 * config's platform: asking it for one it is not is an error.
 */
async function narrowToPlatforms(source, root, wanted, 
/** The step input that asked for them, for messages. */
{ input }) {
    const where = `${source.label}: ${source.name}@${root.digest}`;
    if (!(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexMediaType */ .$$)(root.mediaType)) {
        const manifest = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageManifest */ .Sw)(root, where);
        const config = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageConfig */ .FB)(await source.getBlob(manifest.config.digest), manifest.config.digest, where);
        const actual = {
            // A config that names none is no image of any platform asked for.
            os: config.os ?? 'unknown',
            architecture: config.architecture ?? 'unknown',
            variant: config.variant,
        };
        const missing = wanted.filter((p) => !(0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .platformMatches */ .J)(p, actual));
        if (missing.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${input}: ${where} is a single ${(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(actual)} image, not ${missing.map(_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq).join(', ')}; nothing was written`);
        }
        return { root, newRoot: false };
    }
    const selection = selectPlatforms(root, wanted, where, input);
    if (selection.kind === 'whole')
        return { root, newRoot: false };
    if (selection.kind === 'child') {
        const child = await source.getManifest(selection.descriptor.digest);
        return {
            root: child,
            newRoot: false,
            note: `Platform ${(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(selection.descriptor.platform)} only: its own manifest ${child.digest}, not the index ${root.digest}`,
        };
    }
    const dropped = selection.dropped.map((d) => (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isAttestation */ .H3)(d) ? `attestation ${d.digest}` : (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(d.platform));
    return {
        root: selection.root,
        newRoot: true,
        note: `Platforms ${wanted.map(_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq).join(', ')}: a new index ${selection.root.digest} (from ${root.digest}; left out: ${dropped.join(', ')})`,
    };
}


/***/ }),

/***/ 41914:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ discoverReferrers),
/* harmony export */   FJ: () => (/* binding */ cosignTags),
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   RY: () => (/* binding */ mergeCosignManifest),
/* harmony export */   hi: () => (/* binding */ isSignature),
/* harmony export */   l1: () => (/* binding */ mergeReferrersIndex),
/* harmony export */   xh: () => (/* binding */ referrerDescriptor)
/* harmony export */ });
/* unused harmony exports COSIGN_SUFFIXES, ArtifactType, DEFAULT_REFERRER_DEPTH, WalkLimit */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19688);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14393);
/* harmony import */ var _oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66908);




const COSIGN_SUFFIXES = ['sig', 'att', 'sbom'];
const ArtifactType = {
    cosignSignature: 'application/vnd.dev.cosign.simplesigning.v1+json',
    sigstoreBundlePrefix: 'application/vnd.dev.sigstore.bundle',
};
/** A signature on a referrer on a referrer on the image is as deep as real chains go. */
const DEFAULT_REFERRER_DEPTH = 4;
/**
 * The whole walk is bounded per step (DESIGN §6), whatever a registry lists: referrers whose
 * referrers have referrers, each listing many more, must not hold a step for minutes nor fill
 * its memory. Real images carry some referrers per platform (a signature, an SBOM, a provenance
 * attestation, their signatures): a 20-platform index with 10 each is 200 referrers, 220
 * listings; the bounds leave five times that. What is past them is left out, and said.
 */
const WalkLimit = {
    /** Referrers found in all. */
    referrers: 1000,
    /** Subjects whose referrers are asked for (each costs up to five requests). */
    listings: 1000,
    /** Bytes of the listings read (referrers tag indexes, API pages, cosign manifests). */
    bytes: 32 * 1024 * 1024,
};
/** Subjects probed at once; each costs up to five requests. */
const SUBJECT_CONCURRENCY = 8;
/**
 * One tag listing finds the referrers tags of every subject at once; past this many tags the
 * listing costs more than asking for each subject's few tags, so those are probed instead.
 */
const TAG_LISTING_LIMIT = 10_000;
const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-f0-9]{32,})$/;
/** The referrers tag schema's tag for a digest: `<alg>-<hex>`, cut to a tag's 128 characters. */
function referrersTag(digest) {
    const match = DIGEST_RE.exec(digest);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${digest}" is not a digest (algorithm:hex)`);
    return `${match[1]}-${match[2]}`.slice(0, 128);
}
/** cosign's tags for a digest, those a tag can hold (a sha512 one is too long for any). */
function cosignTags(digest) {
    const match = DIGEST_RE.exec(digest);
    if (!match)
        return [];
    return COSIGN_SUFFIXES.map((suffix) => ({
        suffix,
        tag: `${match[1]}-${match[2]}.${suffix}`,
    })).filter(({ tag }) => tag.length <= 128);
}
function isSignature(referrer) {
    return (referrer.artifactType === ArtifactType.cosignSignature ||
        referrer.artifactType.startsWith(ArtifactType.sigstoreBundlePrefix) ||
        (referrer.tag?.endsWith('.sig') ?? false));
}
/**
 * Everything that refers to `subjects` in `repo`, and what refers to those, to `maxDepth`:
 * breadth first, each digest once (a referrer listed by the API and the tag schema both, or a
 * chain that loops back), in a stable order. Whether the registry has the referrers API is
 * learnt from the first answer: a registry that has none is not asked again. The repository's
 * tags are listed once, so only the referrers and cosign tags that exist are read.
 */
async function discoverReferrers(repo, subjects, options = {}) {
    const maxDepth = options.maxDepth ?? DEFAULT_REFERRER_DEPTH;
    const state = {
        api: undefined,
        artifactType: options.artifactType,
        asked: new Map(),
        debug: options.debug,
        warn: options.warn ?? options.debug,
        reads: (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .createLimiter */ .z)(SUBJECT_CONCURRENCY),
        listings: 0,
        bytes: 0,
        kept: 0,
        reading: 0,
        unchecked: 0,
    };
    // The tags and whether the registry has the API, learnt at once before any subject is read.
    const [listed] = await Promise.all([
        repo.listTags(TAG_LISTING_LIMIT),
        subjects.length ? apiReferrers(repo, subjects[0], state) : undefined,
    ]);
    if (listed?.complete)
        state.tags = new Set(listed.tags);
    const limit = (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .createLimiter */ .z)(SUBJECT_CONCURRENCY);
    const seen = new Set(subjects);
    const found = [];
    // What the bounds left out, said once at the end, naming the image.
    const leftOut = { subjects: 0, referrers: 0, why: new Set() };
    let level = [...seen];
    for (let depth = 1; level.length > 0; depth++) {
        if (depth > maxDepth) {
            options.debug?.(`${repo.label}: ${repo.name}: referrers deeper than ${maxDepth} levels are not followed`);
            break;
        }
        const lists = await Promise.all(level.map((subject) => limit(async () => {
            // Checked as each listing starts: a level of many subjects stops part-way.
            const bound = state.listings >= WalkLimit.listings
                ? `${WalkLimit.listings} listings`
                : state.bytes > WalkLimit.bytes
                    ? `${formatMiB(WalkLimit.bytes)} of listings`
                    : undefined;
            if (bound) {
                leftOut.subjects++;
                leftOut.why.add(bound);
                return [];
            }
            state.listings++;
            return referrersOf(repo, subject, depth, state);
        })));
        level = [];
        for (const referrer of lists.flat()) {
            if (seen.has(referrer.digest))
                continue;
            seen.add(referrer.digest);
            if (found.length >= WalkLimit.referrers) {
                leftOut.referrers++;
                leftOut.why.add(`${WalkLimit.referrers} referrers`);
                continue;
            }
            found.push(referrer);
            level.push(referrer.digest);
        }
    }
    if (state.unchecked) {
        leftOut.referrers += state.unchecked;
        leftOut.why.add(`${WalkLimit.referrers} referrers`);
    }
    if (leftOut.subjects || leftOut.referrers) {
        const image = `${repo.label}: ${repo.name}@${subjects[0]}${subjects.length > 1 ? ` (and its ${subjects.length - 1} parts)` : ''}`;
        const what = [
            leftOut.referrers ? `${leftOut.referrers} referrers` : '',
            leftOut.subjects ? `the referrers of ${leftOut.subjects} referrers` : '',
        ].filter(Boolean);
        state.warn?.(`${image}: ${what.join(' and ')} left out: the walk of its referrers stops at ${[...leftOut.why].join(', ')}`);
    }
    return found;
}
const formatMiB = (bytes) => `${bytes / (1024 * 1024)} MiB`;
async function referrersOf(repo, subject, depth, state) {
    if (!DIGEST_RE.test(subject))
        return [];
    const fromApi = async () => {
        const listed = await apiReferrers(repo, subject, state);
        state.bytes += Buffer.byteLength(JSON.stringify(listed));
        return listed.flatMap((d) => fromDescriptor(d, subject, 'api', depth));
    };
    const absent = (tag) => state.tags !== undefined && !state.tags.has(tag);
    const fromTagSchema = async () => {
        if (absent(referrersTag(subject)))
            return [];
        const raw = await repo.findManifest(referrersTag(subject));
        if (!raw)
            return [];
        state.bytes += raw.bytes.length;
        if (!(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(raw.mediaType))
            return [];
        const where = `${repo.label}: ${repo.name}:${referrersTag(subject)}`;
        const { entries, skipped } = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReferrersList */ .a_)(raw, where);
        if (skipped)
            state.debug?.(`${where}: ${skipped} entries that are no descriptors left out`);
        return entries.flatMap((d) => fromDescriptor(d, subject, 'tag-schema', depth));
    };
    const fromCosign = cosignTags(subject).map(async ({ tag }) => {
        if (absent(tag))
            return [];
        const raw = await repo.findManifest(tag);
        if (!raw)
            return [];
        state.bytes += raw.bytes.length;
        return [cosignReferrer(raw, subject, tag, depth, repo)];
    });
    const [api, tagSchema, ...cosign] = await Promise.all([
        fromApi(),
        fromTagSchema(),
        ...fromCosign,
    ]);
    // What the API or a referrers tag lists is only a claim: a referrer is what names `subject` as
    // its own (cosign's tags are named by the digest, and hold what they hold).
    // Each costs a read: past the walk's bound of referrers, no more are read (the walk says so).
    const named = await Promise.all([...api, ...tagSchema].map((r) => state.reads(async () => {
        // Reads under way count as kept until they say otherwise: no more than the bound are read.
        if (state.kept + state.reading >= WalkLimit.referrers) {
            state.unchecked++;
            return false;
        }
        state.reading++;
        try {
            const kept = await namesSubject(repo, r, state);
            if (kept)
                state.kept++;
            return kept;
        }
        finally {
            state.reading--;
        }
    })));
    const all = [...[...api, ...tagSchema].filter((_, i) => named[i]), ...cosign.flat()];
    return state.artifactType ? all.filter((r) => r.artifactType === state.artifactType) : all;
}
/**
 * Whether the manifest a referrers listing names has `referrer.subject` as its `subject`; one
 * that names another image, or none, or cannot be read, is left out with a warning: it is never
 * copied, nor written into a referrers index.
 */
async function namesSubject(repo, referrer, state) {
    const listing = referrer.source === 'api' ? 'referrers API' : 'referrers tag';
    const where = `${repo.label}: ${repo.name}@${referrer.subject}`;
    const raw = await repo.findManifest(referrer.digest);
    let subject;
    if (raw) {
        try {
            const parsed = JSON.parse(raw.bytes.toString('utf8'));
            subject = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(parsed) && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(parsed.subject) ? parsed.subject.digest : undefined;
        }
        catch {
            subject = undefined;
        }
    }
    if (subject === referrer.subject)
        return true;
    const why = !raw
        ? 'the registry does not have it'
        : typeof subject === 'string'
            ? `its subject is ${subject}`
            : 'it names no subject';
    state.warn?.(`${where}: the ${listing} lists ${referrer.digest}, which is no referrer of it (${why}); left out`);
    return false;
}
/** The referrers API's answer for one subject, asked once; [] where the registry has no API. */
function apiReferrers(repo, subject, state) {
    let pending = state.asked.get(subject);
    if (!pending) {
        pending = (async () => {
            if (state.api === false)
                return [];
            const listed = await repo.listReferrers(subject, state.artifactType);
            state.api = listed !== undefined;
            return listed ?? [];
        })();
        state.asked.set(subject, pending);
    }
    return pending;
}
function fromDescriptor(entry, subject, source, depth) {
    const d = entry;
    // A malformed entry names nothing that could be copied: it is passed over, not trusted.
    if (!d || typeof d !== 'object' || typeof d.digest !== 'string' || !DIGEST_RE.test(d.digest))
        return [];
    if (typeof d.mediaType !== 'string' || typeof d.size !== 'number')
        return [];
    return [
        {
            digest: d.digest,
            mediaType: d.mediaType,
            size: d.size,
            artifactType: typeof d.artifactType === 'string' ? d.artifactType : '',
            subject,
            annotations: stringMap(d.annotations),
            source,
            depth,
        },
    ];
}
function cosignReferrer(raw, subject, tag, depth, repo) {
    const manifest = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageManifest */ .Sw)(raw, `${repo.label}: ${repo.name}:${tag}`);
    const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
    const artifactType = (typeof manifest.artifactType === 'string' && manifest.artifactType) ||
        (typeof layers[0]?.mediaType === 'string' && layers[0].mediaType) ||
        manifest.config?.mediaType ||
        '';
    return {
        digest: raw.digest,
        mediaType: raw.mediaType,
        size: raw.bytes.length,
        artifactType,
        subject,
        annotations: stringMap(manifest.annotations),
        source: 'cosign-tag',
        tag,
        manifest: raw,
        depth,
    };
}
function stringMap(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return {};
    return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'));
}
/** The descriptor a referrers index lists for a referrer (OCI 1.1: artifactType, annotations). */
function referrerDescriptor(referrer) {
    return {
        mediaType: referrer.mediaType,
        digest: referrer.digest,
        size: referrer.size,
        ...(referrer.artifactType ? { artifactType: referrer.artifactType } : {}),
        ...(Object.keys(referrer.annotations).length ? { annotations: referrer.annotations } : {}),
    };
}
/**
 * The referrers tag index after adding `additions` to what the target already lists: nothing the
 * target had is dropped, nothing is listed twice. `undefined` when it would not change.
 */
function mergeReferrersIndex(existing, additions, where) {
    let index = {
        schemaVersion: 2,
        mediaType: _oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociIndex,
        manifests: [],
    };
    if (existing) {
        if (!(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(existing.mediaType)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: the referrers tag holds a ${existing.mediaType}, not an index; it is left alone`);
        }
        // The target's own entries are kept as they are, even those this code would not read.
        index = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReferrersList */ .a_)(existing, where).document;
    }
    const listed = new Set(index.manifests.map((d) => d?.digest).filter(Boolean));
    const added = additions.filter((d) => !listed.has(d.digest));
    if (added.length === 0)
        return undefined;
    const bytes = Buffer.from(JSON.stringify({ ...index, manifests: [...index.manifests, ...added] }));
    return { bytes, mediaType: _oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociIndex, digest: (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(bytes) };
}
/**
 * A cosign tag the target already holds with other signatures than the source's: the source's
 * manifest with the target's own layers appended, so that no signature is lost on either side.
 * `undefined` when the source's layers already include all of the target's.
 */
/** A cosign layer's identity: its blob and what its annotations say (signature, certificate). */
function signatureKey(layer) {
    const annotations = Object.entries(layer?.annotations ?? {}).sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify([layer?.digest, annotations]);
}
function mergeCosignManifest(source, target, where) {
    const ours = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageManifest */ .Sw)(source, where);
    const theirs = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageManifest */ .Sw)(target, where);
    const layers = Array.isArray(ours.layers) ? ours.layers : [];
    // A signature is its payload and its annotations: two keys signing one image write one payload
    // (one digest) with two signatures, and both are kept.
    const have = new Set(layers.map(signatureKey));
    const extra = (Array.isArray(theirs.layers) ? theirs.layers : []).filter((l) => l && typeof l.digest === 'string' && !have.has(signatureKey(l)));
    if (extra.length === 0)
        return undefined;
    const bytes = Buffer.from(JSON.stringify({ ...ours, layers: [...layers, ...extra] }));
    return { bytes, mediaType: source.mediaType, digest: (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(bytes) };
}


/***/ }),

/***/ 76889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ assertVerifiable),
/* harmony export */   o: () => (/* binding */ verifyingStream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36624);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92968);




/**
 * Only sha256 and sha512 digests can be checked on the way through; anything else is refused
 * before a byte moves.
 */
function assertVerifiable(expected, where) {
    if (!(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidDigest */ .fH)(expected.digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${where}: cannot verify ${expected.digest}: only ${_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_FORM */ .uY} digests are supported`, 0, 'DIGEST_INVALID');
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
    const algorithm = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .digestAlgorithm */ .g4)(expected.digest);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    let size = 0;
    const check = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, callback) {
            size += chunk.length;
            // A blob longer than its descriptor says is refused at once, not read to its end, which
            // a hostile registry may never send.
            if (size > expected.size) {
                callback(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${where}: blob ${expected.digest} is larger than the ${expected.size} bytes its manifest gives; nothing was written`, 0, 'SIZE_INVALID'));
                return;
            }
            hash.update(chunk);
            onBytes(chunk.length);
            callback(null, chunk);
        },
        flush(callback) {
            const digest = `${algorithm}:${hash.digest('hex')}`;
            if (digest !== expected.digest || size !== expected.size) {
                callback(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${where}: blob ${expected.digest} arrived as ${digest} (${size} of ${expected.size} bytes); nothing was written`, 0, 'DIGEST_INVALID'));
                return;
            }
            callback();
        },
    });
    // pipeline destroys both sides on error, so a failing source aborts the upload too.
    return (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(source, check, () => { });
}


/***/ }),

/***/ 78390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parsePlatform),
/* harmony export */   J: () => (/* binding */ platformMatches)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);

/**
 * `os/architecture[/variant]`, as docker, buildx and containerd write them, in any case (containerd
 * lowercases: `Linux/AMD64` is linux/amd64). A variant is a word (`v8`); a dotted third part is a
 * Windows OS version (`windows/amd64/10.0.17763`), which no platform string carries: refused.
 */
const PLATFORM_RE = /^([a-z0-9_-]+)\/([a-z0-9_-]+)(?:\/([a-z0-9_-]+))?$/i;
/**
 * A platform of an input, for build (`platform`) and promote (`platforms`) alike; `input` names
 * the input in the message.
 */
function parsePlatform(text, input) {
    const match = PLATFORM_RE.exec(text.trim());
    if (!match) {
        const osVersion = /^[a-z0-9_-]+\/[a-z0-9_-]+\/\d+(\.\d+)+$/i.test(text.trim());
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${input}: "${text}" is not a platform; write os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8${osVersion ? ' (an OS version such as 10.0.17763 is not a variant)' : ''}`);
    }
    const [, os, architecture, variant] = match;
    return {
        os: os.toLowerCase(),
        architecture: architecture.toLowerCase(),
        ...(variant ? { variant: variant.toLowerCase() } : {}),
    };
}
/** containerd's defaults: arm64 means v8, arm means v7, amd64 means v1. */
const DEFAULT_VARIANT = { arm64: 'v8', arm: 'v7', amd64: 'v1' };
function platformMatches(wanted, actual) {
    if (!actual || actual.os !== wanted.os || actual.architecture !== wanted.architecture) {
        return false;
    }
    const fallback = DEFAULT_VARIANT[wanted.architecture];
    if (!wanted.variant && !fallback)
        return true;
    return (wanted.variant ?? fallback) === (actual.variant ?? fallback);
}


/***/ }),

/***/ 19667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   Fc: () => (/* binding */ PROMOTION_PREDICATE_TYPE),
/* harmony export */   GG: () => (/* binding */ SigningMediaType),
/* harmony export */   JC: () => (/* binding */ preAuthEncoding),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   LZ: () => (/* binding */ parseSimpleSigning),
/* harmony export */   Sp: () => (/* binding */ dockerReference),
/* harmony export */   Z4: () => (/* binding */ COSIGN_SIGN_PREDICATE_TYPE),
/* harmony export */   dy: () => (/* binding */ SigningAnnotation),
/* harmony export */   mE: () => (/* binding */ parseEnvelope),
/* harmony export */   qZ: () => (/* binding */ statement)
/* harmony export */ });
/**
 * What signatures and attestations look like where cosign looks for them (DESIGN §10): the
 * simple-signing payload of `cosign sign`, the in-toto statement of `cosign attest` in a DSSE
 * envelope, and their annotations and media types on the `sha256-<hex>.sig`/`.att` tags and on
 * OCI 1.1 referrers holding a Sigstore bundle.
 */
const SigningMediaType = {
    simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
    dsseEnvelope: 'application/vnd.dsse.envelope.v1+json',
    inTotoPayload: 'application/vnd.in-toto+json',
    bundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    emptyConfig: 'application/vnd.oci.empty.v1+json',
    imageConfig: 'application/vnd.oci.image.config.v1+json',
};
const SigningAnnotation = {
    /** On a `.sig` layer: the signature, base64 (empty on an `.att` layer, as cosign leaves it). */
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    /** The Rekor entry (`SignedEntryTimestamp` and `Payload`), as cosign 2 verifies it offline. */
    rekorBundle: 'dev.sigstore.cosign/bundle',
    /** On an `.att` layer. */
    predicateType: 'predicateType',
    bundleContent: 'dev.sigstore.bundle.content',
    bundlePredicateType: 'dev.sigstore.bundle.predicateType',
    created: 'org.opencontainers.image.created',
};
/** The promotion attestation's predicate type (DESIGN §10). */
const PROMOTION_PREDICATE_TYPE = 'https://image-actions.dev/promotion/v1';
/** What cosign 3 signs, as an in-toto statement, when it stores a signature as a bundle. */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/**
 * The name cosign puts in `docker-reference`: go-containerregistry's repository name, where
 * Docker Hub is `index.docker.io`.
 */
function dockerReference(domain, repository) {
    return `${domain === 'docker.io' ? 'index.docker.io' : domain}/${repository}`;
}
/** The payload `cosign sign` signs, with its keys in cosign's order. */
function simpleSigningPayload(reference, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': reference },
            image: { 'docker-manifest-digest': digest },
            type: 'cosign container image signature',
        },
        optional: null,
    }));
}
/** The claims of a simple-signing payload, or undefined when it is none. */
function parseSimpleSigning(bytes) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const critical = parsed
        ?.critical;
    if (!critical || critical.type !== 'cosign container image signature')
        return undefined;
    const digest = critical.image?.['docker-manifest-digest'];
    const reference = critical.identity?.['docker-reference'];
    if (typeof digest !== 'string')
        return undefined;
    return { digest, reference: typeof reference === 'string' ? reference : '' };
}
/** An in-toto statement about one image. */
function statement(name, digest, predicateType, predicate) {
    const [algorithm, hex] = digest.split(':');
    const body = {
        _type: STATEMENT_TYPE,
        subject: [{ name, digest: { [algorithm]: hex } }],
        predicateType,
        predicate,
    };
    return Buffer.from(JSON.stringify(body));
}
/** The statement in a DSSE payload, when it is one about `digest`. */
function parseStatement(bytes, digest) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (!parsed || typeof parsed.predicateType !== 'string' || !Array.isArray(parsed.subject))
        return undefined;
    const [algorithm, hex] = digest.split(':');
    return parsed.subject.some((s) => s?.digest?.[algorithm] === hex) ? parsed : undefined;
}
/** DSSE's pre-authentication encoding: what a DSSE signature signs. */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType);
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `),
        type,
        Buffer.from(` ${payload.length} `),
        payload,
    ]);
}
function parseEnvelope(bytes) {
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        if (typeof parsed?.payloadType === 'string' &&
            typeof parsed.payload === 'string' &&
            Array.isArray(parsed.signatures))
            return parsed;
    }
    catch {
        // not JSON
    }
    return undefined;
}


/***/ })

};
