export const id = 892;
export const ids = [892];
export const modules = {

/***/ 6604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q3: () => (/* binding */ archiveEndpoint),
  _F: () => (/* binding */ archiveReference),
  dN: () => (/* binding */ namesArchive),
  Uw: () => (/* binding */ withArchiveCandidate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/archives/open.js + 8 modules
var archives_open = __webpack_require__(53752);
;// CONCATENATED MODULE: ./.build/src/archives/transport.js
const TRANSPORTS = ['oci-archive', 'oci', 'docker-archive'];
/** The archive a candidate names, or undefined when it is a registry reference. */
function parseArchiveLocation(text) {
    const trimmed = text.trim();
    for (const transport of TRANSPORTS) {
        const prefix = `${transport}:`;
        if (!trimmed.startsWith(prefix))
            continue;
        const rest = trimmed.slice(prefix.length);
        const colon = rest.indexOf(':');
        const path = colon < 0 ? rest : rest.slice(0, colon);
        const ref = colon < 0 ? undefined : rest.slice(colon + 1) || undefined;
        return { transport, path, ...(ref ? { ref } : {}) };
    }
    return undefined;
}
/** How messages and outputs write it back. */
function formatArchiveLocation(location) {
    return `${location.transport}:${location.path}${location.ref ? `:${location.ref}` : ''}`;
}

// EXTERNAL MODULE: ./.build/src/oci/reference.js
var reference = __webpack_require__(92968);
// EXTERNAL MODULE: ./.build/src/host/cancel.js
var cancel = __webpack_require__(90990);
// EXTERNAL MODULE: ./.build/src/actions/archive-path.js
var archive_path = __webpack_require__(72013);
;// CONCATENATED MODULE: ./.build/src/actions/archive-candidate.js








/**
 * Runs `fn` with the archive the candidate names (undefined when it names a registry image), open
 * for as long as `fn` runs: a gzipped archive's one spooled copy is removed after it.
 */
async function withArchiveCandidate(io, text, input, fn) {
    const location = parseArchiveLocation(text);
    if (!location)
        return fn(undefined);
    if (!location.path) {
        throw new errors/* UserError */.yo(`Input ${input}: "${text}" names no path after ${location.transport}:`);
    }
    const isFolder = (await (0,promises_.stat)(location.path).catch(() => undefined))?.isDirectory();
    if (isFolder !== undefined && isFolder !== (location.transport === 'oci')) {
        throw new errors/* UserError */.yo(`Input ${input}: ${location.path} is ${isFolder ? 'a folder: write oci:' : 'a file: write oci-archive: or docker-archive:'}${location.path}`);
    }
    return (0,archive_path/* withWorkDir */.x)('-', io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), async (work) => {
        const archive = await (0,archives_open/* openArchive */.p)(location.path, work, undefined, cancel/* cancelSignal */.Bj);
        const image = archive.pick(location.ref);
        const source = archive.source(image);
        const root = await source.getManifest(image.root.digest);
        io.info(`${formatArchiveLocation(location)}: ${image.ref} (${root.digest})`);
        return fn({ text, location, image, source, root });
    });
}
/** Whether the input names an archive rather than a registry image. */
function namesArchive(text) {
    return parseArchiveLocation(text) !== undefined;
}
/**
 * The registry image the archive's image would be, by its name in the archive: what messages,
 * summaries and reports call it, and the default name of where it goes.
 */
function archiveReference(candidate, input, imageName) {
    const { image } = candidate;
    if (!image.name && imageName) {
        return {
            ...(0,reference/* parseReference */.F2)(imageName, { what: 'image_name', defaultTag: false }),
            digest: candidate.root.digest,
        };
    }
    if (!image.name) {
        throw new errors/* UserError */.yo(`Input ${input}: ${formatArchiveLocation(candidate.location)} gives image ${image.ref} no name; give image_name`);
    }
    return {
        ...(0,reference/* parseReference */.F2)(`${image.name.name}:${image.name.tag}`),
        digest: candidate.root.digest,
    };
}
/** The archive in the place of the registry a candidate is pulled through, for messages. */
function archiveEndpoint(candidate) {
    const domain = candidate.image.name
        ? (0,reference/* parseReference */.F2)(`${candidate.image.name.name}:${candidate.image.name.tag}`).domain
        : 'localhost';
    return {
        domain,
        host: domain,
        insecure: false,
        via: 'anonymous',
        label: formatArchiveLocation(candidate.location),
    };
}


/***/ }),

/***/ 55892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseCandidateSource: () => (/* binding */ chooseCandidateSource),
/* harmony export */   push: () => (/* binding */ push),
/* harmony export */   pushPost: () => (/* binding */ pushPost),
/* harmony export */   readPushSettings: () => (/* binding */ readPushSettings),
/* harmony export */   readRemoteCopy: () => (/* binding */ readRemoteCopy),
/* harmony export */   relate: () => (/* binding */ relate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16825);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36624);
/* harmony import */ var _builders_authfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15538);
/* harmony import */ var _builders_detect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11742);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(19688);
/* harmony import */ var _oci_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66908);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92968);
/* harmony import */ var _archive_candidate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6604);
/* harmony import */ var _host_session_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89335);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1270);
/* harmony import */ var _promotion_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(50599);
/* harmony import */ var _images_read_back_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(87094);
/* harmony import */ var _builder_io_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7393);
/* harmony import */ var _host_step_dir_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(55952);
















function readPushSettings(io) {
    const candidate = io.getInput('candidate');
    if (!candidate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo("Input candidate is required: the image to push (a build step's image output, a local image, or a remote reference)");
    }
    const candidateRef = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(candidate, { what: 'candidate' });
    const imageName = io.getInput('image_name') || undefined;
    if (imageName) {
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(imageName, { what: 'image_name', defaultTag: false });
        if (ref.tag || ref.digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input image_name: "${imageName}" carries a tag or digest; give the name alone and the tags in tag or tags`);
        }
    }
    const tags = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .getTags */ .Q2)(io);
    return {
        candidate,
        candidateRef,
        tags: tags.length ? tags : ['latest'],
        imageName,
        registry: io.getInput('registry') || undefined,
        registryContext: io.getInput('registry_context') || undefined,
        config: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .getRegistries */ .cx)(io),
    };
}
/**
 * The builder whose local storage holds the candidate, docker first; without one the candidate
 * is remote, and `searched` says where it was looked for.
 */
async function findLocal(candidate, io) {
    const builders = await (0,_builders_detect_js__WEBPACK_IMPORTED_MODULE_4__/* .availableBuilders */ .Ql)(io.env);
    for (const builder of builders) {
        const image = await builder.findImage(candidate, (0,_builder_io_js__WEBPACK_IMPORTED_MODULE_13__/* .builderIO */ .c)(io));
        if (image)
            return { found: { builder, image }, searched: builder.kind };
    }
    const searched = builders.length
        ? `the local storage of ${builders.map((b) => b.kind).join(' or ')}`
        : 'any local storage (no builder here)';
    io.debug(`${candidate} is not in ${searched}: treated as remote`);
    return { searched };
}
function relate(local, remote) {
    const ids = new Set(local.ids);
    const manifests = new Set(remote.platforms.map((p) => p.manifest));
    const configs = remote.platforms.map((p) => p.config);
    if (!remote.index) {
        return [remote.digest, ...configs].some((d) => d && ids.has(d)) ? 'same' : 'different';
    }
    if (local.list) {
        // A list is told by its platform manifests: all of the registry's is the same image, some of
        // them a part; one the registry does not hold makes another image (with more platforms,
        // say), which only a push of the local list keeps whole.
        if (!ids.size || ![...ids].every((id) => manifests.has(id)))
            return 'different';
        return ids.size === manifests.size ? 'same' : 'part';
    }
    // One image cannot be an index; with docker's classic store it even carries the index's digest
    // (RepoDigests) when it holds one platform of it.
    const known = [remote.digest, ...manifests, ...configs];
    return known.some((d) => d && ids.has(d)) ? 'part' : 'different';
}
/**
 * Where a candidate is pushed from (actions/push/README.md, "Local or remote"): a candidate found
 * in no local storage is remote. A local one is pushed from there, unless its name carries a
 * registry that holds it and the local copy is only part of what the registry holds (one
 * platform of an index, as `docker run` leaves): the registry's copy is then promoted, whole, with
 * its digest. A local copy that is another image altogether is a build of this machine, and
 * pushing it is what was asked. `readRemote` is called only for a local candidate whose name
 * carries a registry; undefined means the registry does not hold it (or cannot be read).
 */
async function chooseCandidateSource(candidate, local, readRemote) {
    if (!local)
        return { source: 'remote', why: `${candidate} is in no local storage` };
    const where = `the local ${local.kind} storage`;
    if (!(0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .splitImageName */ .xh)(candidate).domain)
        return { source: 'local', why: `${candidate} is in ${where} and names no registry` };
    const remote = await readRemote();
    if (!remote)
        return {
            source: 'local',
            why: `${candidate} is in ${where}, and its registry does not hold it (or cannot be read)`,
        };
    switch (relate(local.image, remote)) {
        case 'same':
            return {
                source: 'local',
                why: `${candidate} is in ${where}, the same image as in its registry`,
                remote,
            };
        case 'part':
            return {
                source: 'remote',
                why: `${where} holds only part of ${candidate} (${remote.platforms.length} platforms in its registry): the registry's copy is pushed whole`,
                remote,
            };
        default:
            return {
                source: 'local',
                why: `${candidate} in ${where} matches neither what its registry holds nor a part of it (a build of this machine, say): the local image is pushed`,
                remote,
            };
    }
}
/** Platform manifests read at once from one index. */
const CHILD_CONCURRENCY = 8;
/**
 * The registry's copy of `reference`, read as little as telling it from `local` needs: its root
 * manifest, whose digest (and, for one manifest, config digest) and list of platform manifests
 * settle almost every case. A single manifest is pushed from local storage whether it is the
 * same image or not, so nothing more is read. Only a single local image that matches none of an
 * index's digests may still be one of its platforms known by its config alone (docker's classic
 * store without RepoDigests, say): then the platform manifests are read for their configs, a few
 * at once.
 */
async function readRemoteCopy(repo, reference, local) {
    const where = `${repo.label}: ${repo.name}`;
    const root = await repo.getManifest(reference);
    if (!(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isIndexMediaType */ .$$)(root.mediaType)) {
        const config = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifestContents */ .XE)(root, where).config?.digest;
        return { digest: root.digest, index: false, platforms: [{ manifest: root.digest, config }] };
    }
    const entries = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .platformManifests */ .OS)((0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageIndex */ .n4)(root, where));
    const copy = {
        digest: root.digest,
        index: true,
        platforms: entries.map((d) => ({ manifest: d.digest })),
    };
    if (local.list || relate(local, copy) !== 'different')
        return copy;
    const limit = (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_14__/* .createLimiter */ .z)(CHILD_CONCURRENCY);
    copy.platforms = await Promise.all(copy.platforms.map((p) => limit(async () => {
        const child = await repo.getManifest(p.manifest);
        // A nested index has no config of its own.
        if ((0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isIndexMediaType */ .$$)(child.mediaType))
            return p;
        return { ...p, config: (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifestContents */ .XE)(child, where).config?.digest };
    })));
    return copy;
}
/**
 * The registry's copy of a local candidate, read as a remote candidate would be pulled (through
 * `registry_context` when given), or undefined when it cannot be: then the local copy is all
 * there is to push.
 */
async function remoteCopyOf(io, settings, clients, local) {
    const ref = settings.candidateRef;
    let source;
    try {
        [source] = await (0,_promotion_js__WEBPACK_IMPORTED_MODULE_10__/* .candidateSources */ .mu)(settings.config, io.env, [ref], settings.registryContext);
    }
    catch (error) {
        // A local candidate needs no pull identity: one that cannot be decided only means the
        // registry's copy is not looked at. A context the user gave for it is worth a word.
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUserError */ .iU)(error))
            throw error;
        const message = `${error.message}; the registry's copy of ${settings.candidate} is not read, and the local image is pushed`;
        if (settings.registryContext)
            io.warning(message);
        else
            io.debug(message);
        return undefined;
    }
    try {
        const repo = clients.for(source).repository(ref.repository);
        return await readRemoteCopy(repo, (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestRef */ .rx)(ref), local);
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUserError */ .iU)(error))
            throw error;
        io.debug(`${(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .formatReference */ .FH)(ref)} could not be read from ${source.label}: ${error.message}`);
        return undefined;
    }
}
async function targetOf(settings, env, integration) {
    // A name as written keeps its domain, for resolvePush's last resort (the domain in the name).
    return (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePush */ .B$)(settings.config, env, settings.imageName ?? settings.candidate, integration);
}
async function push(io) {
    if ((0,_archive_candidate_js__WEBPACK_IMPORTED_MODULE_7__/* .namesArchive */ .dN)(io.getInput('candidate')))
        return pushFromArchive(io);
    const settings = readPushSettings(io);
    const { config } = settings;
    const integration = settings.registry
        ? (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationByName */ .dl)(config, settings.registry, 'registry')
        : undefined;
    const context = settings.registryContext
        ? (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationByName */ .dl)(config, settings.registryContext, 'registry_context')
        : undefined;
    // One set of clients for the step: the registry's copy of a local candidate and the promotion
    // share their pings, tokens and connections.
    const clients = (0,_host_session_js__WEBPACK_IMPORTED_MODULE_8__/* .openSession */ .f)(io);
    try {
        const { found, searched } = await findLocal(settings.candidate, io);
        let candidate = settings.candidateRef;
        if (found) {
            let read = false;
            const choice = await chooseCandidateSource(settings.candidate, { kind: found.builder.kind, image: found.image }, () => {
                read = true;
                return remoteCopyOf(io, settings, clients, found.image);
            });
            io.info(choice.why);
            if (choice.source === 'local') {
                if (context && !read)
                    io.warning(`Input registry_context: ${settings.candidate} is a local image written without a registry, so no registry is read and ${context.name} is not used`);
                await pushLocal(io, settings, found, await targetOf(settings, io.env, integration), clients);
                return;
            }
            // The copy that was compared, whatever its tag points at by now.
            if (choice.remote)
                candidate = { ...candidate, digest: choice.remote.digest };
        }
        await pushRemote(io, settings, candidate, await targetOf(settings, io.env, integration), clients, {
            searched: found ? undefined : searched,
        });
    }
    finally {
        await clients.close();
    }
}
async function pushLocal(io, settings, local, target, session) {
    const base = (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .targetName */ .je)(target);
    const images = settings.tags.map((tag) => `${base}:${tag}`);
    io.info(`Pushing the local ${local.builder.kind} image ${settings.candidate} to ${target.endpoint.label}: ${images.join(', ')}`);
    const digest = await (0,_host_step_dir_js__WEBPACK_IMPORTED_MODULE_12__/* .withStepDir */ ["in"])(io, async (dir) => {
        const authfile = node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'push', 'config.json');
        await (0,_builders_authfile_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAuthFile */ .Yt)(authfile, (0,_builders_authfile_js__WEBPACK_IMPORTED_MODULE_3__/* .authConfig */ .fl)([target.endpoint]));
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
            }, (0,_builder_io_js__WEBPACK_IMPORTED_MODULE_13__/* .builderIO */ .c)(io));
        }
        return (0,_images_read_back_js__WEBPACK_IMPORTED_MODULE_11__/* .readBackDigest */ .Qk)(session, target, settings.tags);
    });
    await finish(io, images, digest, {
        title: 'Image pushed',
        facts: [
            ['Candidate', `${settings.candidate} (local, ${local.builder.kind})`],
            ['Target', `${images.join(', ')} (${target.endpoint.label})`],
            ['Digest', `\`${digest}\``],
        ],
    });
}
/**
 * A remote candidate goes registry to registry: a promotion. `searched` is where a candidate
 * found in no local storage was looked for, for the error when its registry will not show it
 * either.
 */
async function pushRemote(io, settings, candidate, target, clients, { searched }) {
    const [source] = await (0,_promotion_js__WEBPACK_IMPORTED_MODULE_10__/* .candidateSources */ .mu)(settings.config, io.env, [candidate], settings.registryContext);
    const { result, images } = await (0,_promotion_js__WEBPACK_IMPORTED_MODULE_10__/* .runPromotion */ .d1)(io, { candidates: [candidate], sources: [source], target, tags: settings.tags }, clients).catch(async (error) => {
        // A candidate the registry does not have (or will not show) may have been meant as local;
        // a refusal of the target is no such thing. The source is read inside the promotion, so
        // only asking it again tells the two apart: one HEAD, on this failure only.
        if (searched &&
            error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl &&
            [401, 403, 404].includes(error.status) &&
            !(await shows(clients, source, candidate))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${error.message}; ${settings.candidate} is not in ${searched} either`);
        }
        throw error;
    });
    const { stats } = result;
    io.info(`${result.plan.mode}: ${stats.blobs.copied} blobs copied (${stats.bytes_copied} bytes), ${stats.blobs.mounted} mounted, ${stats.blobs.skipped} already there`);
    await finish(io, images, result.digest, {
        title: 'Image pushed',
        facts: [
            ['Candidate', `${(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .formatReference */ .FH)(candidate)} (remote, ${source.label})`],
            ['Target', `${images.join(', ')} (${target.endpoint.label})`],
            ['Digest', `\`${result.digest}\``],
            ['Mode', result.plan.mode],
        ],
    });
}
/**
 * An archive's image (DESIGN §8), as promote takes it: to `registry`, else the default
 * integration, else the registry its name in the archive names.
 */
async function pushFromArchive(io) {
    const text = io.getInput('candidate');
    const imageName = io.getInput('image_name') || undefined;
    const tags = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .getTags */ .Q2)(io);
    const config = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .getRegistries */ .cx)(io);
    const registry = io.getInput('registry');
    const integration = registry ? (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationByName */ .dl)(config, registry, 'registry') : undefined;
    await (0,_archive_candidate_js__WEBPACK_IMPORTED_MODULE_7__/* .withArchiveCandidate */ .Uw)(io, text, 'candidate', async (candidate) => {
        const reference = (0,_archive_candidate_js__WEBPACK_IMPORTED_MODULE_7__/* .archiveReference */ ._F)(candidate, 'candidate', imageName);
        const target = await (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePush */ .B$)(config, io.env, imageName ?? (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .formatName */ .nD)(reference), integration);
        const clients = (0,_host_session_js__WEBPACK_IMPORTED_MODULE_8__/* .openSession */ .f)(io);
        try {
            const { result, images } = await (0,_promotion_js__WEBPACK_IMPORTED_MODULE_10__/* .runPromotion */ .d1)(io, {
                candidates: [reference],
                sources: [(0,_archive_candidate_js__WEBPACK_IMPORTED_MODULE_7__/* .archiveEndpoint */ .Q3)(candidate)],
                target,
                tags: tags.length ? tags : ['latest'],
                archive: { source: candidate.source, digest: candidate.root.digest },
            }, clients);
            await finish(io, images, result.digest, {
                title: 'Image pushed',
                facts: [
                    ['Candidate', `${text} (archive)`],
                    ['Target', `${images.join(', ')} (${target.endpoint.label})`],
                    ['Digest', `\`${result.digest}\``],
                ],
            });
        }
        finally {
            await clients.close();
        }
    });
}
/** Whether a registry shows `ref` to the identity it is pulled with. */
async function shows(clients, source, ref) {
    try {
        const repo = clients.for(source).repository(ref.repository);
        return (await repo.headManifest((0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestRef */ .rx)(ref))) !== undefined;
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUserError */ .iU)(error))
            throw error;
        return false;
    }
}
async function finish(io, images, digest, summary) {
    io.setOutput('image', images[0]);
    io.setOutput('images', images.join('\n'));
    io.setOutput('digest', digest);
    io.info(`Pushed ${images.join(', ')} (${digest})`);
    await io.writeSummary(summary);
}
/** The post step: removes the auth file should the main step have died before it could. */
const pushPost = _host_step_dir_js__WEBPACK_IMPORTED_MODULE_12__/* .removeStepDir */ .Gt;


/***/ })

};
