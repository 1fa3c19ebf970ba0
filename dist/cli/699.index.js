export const id = 699;
export const ids = [699];
export const modules = {

/***/ 4699:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseCandidateSource: () => (/* binding */ chooseCandidateSource),
/* harmony export */   push: () => (/* binding */ push),
/* harmony export */   pushPost: () => (/* binding */ pushPost),
/* harmony export */   readPushSettings: () => (/* binding */ readPushSettings),
/* harmony export */   relate: () => (/* binding */ relate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6624);
/* harmony import */ var _build_authfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1654);
/* harmony import */ var _build_builder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4670);
/* harmony import */ var _registry_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2850);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5626);
/* harmony import */ var _registry_resolve_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9887);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7522);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1270);
/* harmony import */ var _promotion_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4842);
/* harmony import */ var _pushed_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6582);
/* harmony import */ var _step_dir_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3867);












function readPushSettings(io) {
    const candidate = io.getInput('candidate');
    if (!candidate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("Input candidate is required: the image to push (a build step's image output, a local image, or a remote reference)");
    }
    const candidateRef = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(candidate, { what: 'candidate' });
    const imageName = io.getInput('image_name') || undefined;
    if (imageName) {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(imageName, { what: 'image_name', defaultTag: false });
        if (ref.tag || ref.digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input image_name: "${imageName}" carries a tag or digest; give the name alone and the tags in tag or tags`);
        }
    }
    const tags = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getTags */ .Q2)(io);
    return {
        candidate,
        candidateRef,
        tags: tags.length ? tags : ['latest'],
        imageName,
        registry: io.getInput('registry') || undefined,
        registryContext: io.getInput('registry_context') || undefined,
        config: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getRegistries */ .cx)(io),
    };
}
/**
 * The builder whose local storage holds the candidate, docker first; without one the candidate
 * is remote, and `searched` says where it was looked for.
 */
async function findLocal(candidate, io) {
    const builders = await (0,_build_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .availableBuilders */ .Ql)(io.env);
    for (const builder of builders) {
        const image = await builder.findImage(candidate, (0,_pushed_js__WEBPACK_IMPORTED_MODULE_10__/* .builderIO */ .c)(io));
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
    const manifests = remote.platforms.map((p) => p.manifest);
    const known = [remote.digest, ...manifests, ...remote.platforms.map((p) => p.config ?? '')];
    const shared = known.some((d) => d && ids.has(d));
    if (!remote.index)
        return shared ? 'same' : 'different';
    if (local.list) {
        // A list is the same image when it holds the same platform manifests, all of them.
        const all = manifests.length > 0 && manifests.every((m) => ids.has(m));
        if (all && ids.size === manifests.length)
            return 'same';
        return shared ? 'part' : 'different';
    }
    // One image cannot be an index; with docker's classic store it even carries the index's digest
    // (RepoDigests) when it holds one platform of it.
    return shared ? 'part' : 'different';
}
/**
 * Where a candidate is pushed from (actions/push/README.md, "Local or remote"): a candidate found
 * in no local storage is remote. A local one is pushed from there, unless its name carries a
 * registry that holds it and the local copy is only part of what the registry holds (one
 * platform of an index, as `docker run` leaves): the registry's copy is then promoted, whole, with
 * its digest. A local copy that is another image altogether is a build of this machine, and
 * pushing it is what was asked.
 */
function chooseCandidateSource(candidate, local, remote) {
    if (!local)
        return { source: 'remote', why: `${candidate} is in no local storage` };
    const where = `the local ${local.kind} storage`;
    if (!namesRegistry(candidate))
        return { source: 'local', why: `${candidate} is in ${where} and names no registry` };
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
            };
        case 'part':
            return {
                source: 'remote',
                why: `${where} holds only part of ${candidate} (${remote.platforms.length} platforms in its registry): the registry's copy is pushed whole`,
            };
        default:
            return {
                source: 'local',
                why: `${candidate} in ${where} is another image than its registry holds (built here): the local image is pushed`,
            };
    }
}
/** Whether a reference is written with a registry: its first component is a domain. */
function namesRegistry(reference) {
    const slash = reference.indexOf('/');
    return slash > 0 && (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeDomain */ .wB)(reference.slice(0, slash));
}
/**
 * What the candidate's registry holds, or undefined when it does not (or will not say): then the
 * local copy is all there is to push.
 */
async function readRemoteCopy(io, source, ref) {
    const clients = new _clients_js__WEBPACK_IMPORTED_MODULE_7__/* .Clients */ .f((m) => io.debug(m));
    try {
        const repo = clients.for(source).repository(ref.repository);
        const root = await repo.getManifest(ref.digest ?? ref.tag ?? 'latest');
        const configOf = async (reference, known) => {
            const manifest = known ?? (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJson */ .qF)(await repo.getManifest(reference), ref.repository);
            return manifest.config?.digest;
        };
        if (!(0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .isIndexMediaType */ .$$)(root.mediaType)) {
            const config = await configOf(root.digest, (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJson */ .qF)(root, ref.repository));
            return { digest: root.digest, index: false, platforms: [{ manifest: root.digest, config }] };
        }
        const index = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJson */ .qF)(root, ref.repository);
        const platforms = await Promise.all(index.manifests
            .filter((d) => !(0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .isAttestation */ .H3)(d))
            .map(async (d) => ({ manifest: d.digest, config: await configOf(d.digest) })));
        return { digest: root.digest, index: true, platforms };
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error))
            throw error;
        io.debug(`${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(ref)} could not be read from ${source.label}: ${error.message}`);
        return undefined;
    }
    finally {
        await clients.close();
    }
}
/** Whether the candidate's registry shows it to the identity it is pulled with. */
async function readable(io, source, ref) {
    const clients = new _clients_js__WEBPACK_IMPORTED_MODULE_7__/* .Clients */ .f((m) => io.debug(m));
    try {
        const repo = clients.for(source).repository(ref.repository);
        return (await repo.headManifest(ref.digest ?? ref.tag ?? 'latest')) !== undefined;
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error))
            throw error;
        return false;
    }
    finally {
        await clients.close();
    }
}
/** The registry's copy of a local candidate, read as a remote candidate would be pulled. */
async function remoteCopyOf(io, settings) {
    let source;
    try {
        [source] = (0,_promotion_js__WEBPACK_IMPORTED_MODULE_9__/* .candidateSources */ .mu)(settings.config, io.env, [settings.candidateRef], settings.registryContext);
    }
    catch (error) {
        // A local candidate needs no pull identity: one that cannot be decided only means the
        // registry's copy is not looked at.
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error))
            throw error;
        io.debug(`the registry of ${settings.candidate} is not read: ${error.message}`);
        return undefined;
    }
    return readRemoteCopy(io, source, settings.candidateRef);
}
function targetOf(settings, env, integration) {
    // A name as written keeps its domain, for resolvePush's last resort (the domain in the name).
    return (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePush */ .B$)(settings.config, env, settings.imageName ?? settings.candidate, integration);
}
async function push(io) {
    const settings = readPushSettings(io);
    const { config } = settings;
    const integration = settings.registry
        ? (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .integrationByName */ .dl)(config, settings.registry, 'registry')
        : undefined;
    const context = settings.registryContext
        ? (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .integrationByName */ .dl)(config, settings.registryContext, 'registry_context')
        : undefined;
    const { found, searched } = await findLocal(settings.candidate, io);
    let local = found;
    if (local && namesRegistry(settings.candidate)) {
        const remote = await remoteCopyOf(io, settings);
        const choice = chooseCandidateSource(settings.candidate, { kind: local.builder.kind, image: local.image }, remote);
        io.info(choice.why);
        if (choice.source === 'remote')
            local = undefined;
    }
    if (local) {
        if (context)
            io.warning(`Input registry_context: ${settings.candidate} is a local image, so nothing is pulled and ${context.name} is not used`);
        const target = targetOf(settings, io.env, integration);
        const base = `${target.endpoint.domain}/${target.repository}`;
        const images = settings.tags.map((tag) => `${base}:${tag}`);
        io.info(`Pushing the local ${local.builder.kind} image ${settings.candidate} to ${target.endpoint.label}: ${images.join(', ')}`);
        const digest = await (0,_step_dir_js__WEBPACK_IMPORTED_MODULE_11__/* .withStepDir */ ["in"])(io, async (dir) => {
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
                }, (0,_pushed_js__WEBPACK_IMPORTED_MODULE_10__/* .builderIO */ .c)(io));
            }
            return (0,_pushed_js__WEBPACK_IMPORTED_MODULE_10__/* .readBackDigest */ .Q)(io, target, settings.tags);
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
    const [source] = (0,_promotion_js__WEBPACK_IMPORTED_MODULE_9__/* .candidateSources */ .mu)(config, io.env, [settings.candidateRef], settings.registryContext);
    const target = targetOf(settings, io.env, integration);
    const { result, images } = await (0,_promotion_js__WEBPACK_IMPORTED_MODULE_9__/* .runPromotion */ .d1)(io, {
        candidates: [settings.candidateRef],
        sources: [source],
        target,
        tags: settings.tags,
    }).catch(async (error) => {
        // A candidate the registry does not have (or will not show) may have been meant as local;
        // a refusal of the target is no such thing, so the source is asked whether it was the one.
        if (!found &&
            error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl &&
            [401, 403, 404].includes(error.status) &&
            !(await readable(io, source, settings.candidateRef))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${error.message}; ${settings.candidate} is not in ${searched} either`);
        }
        throw error;
    });
    const { stats } = result;
    io.info(`${result.plan.mode}: ${stats.blobs.copied} blobs copied (${stats.bytes_copied} bytes), ${stats.blobs.mounted} mounted, ${stats.blobs.skipped} already there`);
    await finish(io, images, result.digest, {
        title: 'Image pushed',
        facts: [
            ['Candidate', `${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(settings.candidateRef)} (remote, ${source.label})`],
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
const pushPost = _step_dir_js__WEBPACK_IMPORTED_MODULE_11__/* .removeStepDir */ .Gt;


/***/ })

};
