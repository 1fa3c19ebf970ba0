export const id = 196;
export const ids = [196];
export const modules = {

/***/ 51196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseImages: () => (/* binding */ chooseImages),
/* harmony export */   load: () => (/* binding */ load),
/* harmony export */   readLoadSettings: () => (/* binding */ readLoadSettings)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36624);
/* harmony import */ var _archives_open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53752);
/* harmony import */ var _archives_ref_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68571);
/* harmony import */ var _images_archive_transfer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86530);
/* harmony import */ var _images_progress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97619);
/* harmony import */ var _credentials_resolve_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16825);
/* harmony import */ var _host_session_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(89335);
/* harmony import */ var _host_progress_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(34955);
/* harmony import */ var _host_cancel_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(90990);
/* harmony import */ var _promotion_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(50599);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1270);
/* harmony import */ var _archive_path_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(72013);













function readLoadSettings(io) {
    return {
        archive: (0,_archive_path_js__WEBPACK_IMPORTED_MODULE_12__/* .getArchivePath */ ._)(io, 'stdin'),
        registry: io.getInput('registry') || undefined,
        images: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .getList */ .vS)(io, 'images'),
        imageName: io.getInput('image_name') || undefined,
        tags: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .getTags */ .Q2)(io),
        overwrite: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .getBoolean */ .pW)(io, 'overwrite', true),
        referrers: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .getBoolean */ .pW)(io, 'referrers', true),
        config: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .getRegistries */ .cx)(io),
    };
}
/** Which images of the archive load, under which name and tags. */
function chooseImages(settings, available, label) {
    const listed = available.map((i) => i.ref).join(', ') || 'none';
    const chosen = settings.images.length
        ? settings.images.map((wanted) => {
            const found = available.filter((i) => (0,_archives_ref_names_js__WEBPACK_IMPORTED_MODULE_3__/* .namesImage */ .Gc)(wanted, i));
            if (!found.length)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input images: ${label} holds no image ${wanted}; it holds ${listed}`);
            return found[0];
        })
        : available;
    if (!chosen.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: holds no image to load`);
    const one = new Set(chosen.map((i) => i.root.digest)).size === 1 && chosen.length === 1;
    if ((settings.imageName || settings.tags.length) && !one) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input ${settings.imageName ? 'image_name' : 'tags'}: applies when one image loads, and ${label} holds ${chosen.length} (${listed}); choose one with images`);
    }
    // Images of one name: their tags go to one repository, together.
    const byName = new Map();
    for (const image of chosen) {
        const name = settings.imageName ?? image.name?.repository;
        if (!name) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: image ${image.ref} has no name in the archive; set image_name (and tags) for it`);
        }
        const tags = settings.tags.length ? settings.tags : image.tag ? [image.tag] : ['latest'];
        const key = `${name}@${image.root.digest}`;
        const known = byName.get(key);
        if (known)
            known.tags.push(...tags.filter((t) => !known.tags.includes(t)));
        else
            byName.set(key, { image, name, tags });
    }
    return [...byName.values()];
}
async function load(io) {
    const settings = readLoadSettings(io);
    const { config } = settings;
    const integration = settings.registry
        ? (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .integrationByName */ .dl)(config, settings.registry, 'registry')
        : config.integrations.find((i) => i.default);
    if (!integration) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('Input registry is required: the integration to load into (or mark one integration default in the registries file)');
    }
    const clients = (0,_host_session_js__WEBPACK_IMPORTED_MODULE_7__/* .openSession */ .f)(io);
    const progress = new _images_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .TransferProgress */ .v();
    const fallback = io.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)();
    // What a cancelled step says it left behind.
    const written = [];
    try {
        const loaded = await (0,_archive_path_js__WEBPACK_IMPORTED_MODULE_12__/* .withWorkDir */ .x)('-', fallback, async (work) => {
            const archive = await io.group('Read the archive', async () => {
                const opened = await (0,_archives_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openArchive */ .p)(settings.archive, work, io.stdio?.stdin, _host_cancel_js__WEBPACK_IMPORTED_MODULE_9__/* .cancelSignal */ .Bj);
                io.info(`${opened.label}: ${opened.images.map((i) => i.ref).join(', ') || 'no images'}`);
                return opened;
            });
            const chosen = chooseImages(settings, archive.images, archive.label);
            const targets = [];
            for (const c of chosen)
                targets.push(await (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePush */ .B$)(config, io.env, c.name, integration));
            const transfers = await Promise.all(chosen.map(async (c, i) => {
                const source = archive.source(c.image);
                const target = clients.for(targets[i].endpoint).repository(targets[i].repository, {
                    push: true,
                });
                return {
                    source,
                    root: await source.getManifest(c.image.root.digest),
                    target,
                    tags: c.tags,
                    label: `${targets[i].endpoint.domain}/${targets[i].repository}`,
                };
            }));
            return io.group('Load', () => (0,_host_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .withProgress */ .E0)(io, (p) => (0,_images_archive_transfer_js__WEBPACK_IMPORTED_MODULE_4__/* .transferImages */ .kT)(transfers, {
                jobs: (0,_promotion_js__WEBPACK_IMPORTED_MODULE_10__/* .jobsFromEnv */ .wv)(io.env),
                referrers: settings.referrers,
                overwrite: settings.overwrite,
                onTagWritten: (tag) => written.push(tag),
                progress: p,
                log: (m) => io.info(m),
            }), progress));
        });
        const images = loaded.flatMap(({ transfer }) => transfer.tags.map((tag) => `${transfer.label}:${tag}`));
        const digests = Object.fromEntries(loaded.flatMap(({ transfer, result }) => transfer.tags.map((tag) => [`${transfer.label}:${tag}`, result.digest])));
        io.setOutput('images', images.join('\n'));
        io.setOutput('digests', JSON.stringify(digests));
        const blobs = loaded.reduce((n, l) => n + l.result.stats.blobs.copied, 0);
        const referrers = loaded.reduce((n, l) => n + l.result.plan.referrers.length, 0);
        io.info(`Loaded ${images.join(', ')}: ${blobs} blobs copied, ${referrers} referrers carried`);
        await io.writeSummary({
            title: 'Images loaded',
            facts: [
                ['Archive', settings.archive === '-' ? 'standard input' : settings.archive],
                ['Registry', integration.name],
            ],
            tables: [
                {
                    header: ['Image', 'Digest', 'Blobs copied', 'Already there', 'Referrers'],
                    rows: loaded.flatMap(({ transfer, result }) => transfer.tags.map((tag) => [
                        `${transfer.label}:${tag}`,
                        `\`${result.digest}\``,
                        String(result.stats.blobs.copied),
                        String(result.stats.blobs.skipped),
                        String(result.plan.referrers.length),
                    ])),
                },
            ],
        });
    }
    catch (error) {
        throw await (0,_promotion_js__WEBPACK_IMPORTED_MODULE_10__/* .cancelledWork */ .DT)(error, clients, progress, written);
    }
    finally {
        await clients.close();
    }
}


/***/ }),

/***/ 86530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wt: () => (/* binding */ platformsOf),
/* harmony export */   fb: () => (/* binding */ checkDistinctNames),
/* harmony export */   kT: () => (/* binding */ transferImages)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);
/* harmony import */ var _oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66908);
/* harmony import */ var _copy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44593);



/**
 * Copies each image in turn. With `overwrite` false, every target's tags are checked before the
 * first image moves: a refusal leaves every target as it was, not some images loaded.
 */
async function transferImages(transfers, options) {
    if (options.overwrite === false) {
        for (const t of transfers)
            await (0,_copy_js__WEBPACK_IMPORTED_MODULE_2__/* .planTags */ .Vd)(t.target, t.tags, t.root.digest, false);
    }
    const results = [];
    for (const transfer of transfers) {
        const result = await (0,_copy_js__WEBPACK_IMPORTED_MODULE_2__/* .copyImage */ .L1)(transfer.source, transfer.root, transfer.target, transfer.tags, {
            ...options,
            newRoot: transfer.newRoot,
        });
        results.push({ transfer, result });
    }
    return results;
}
/** The platforms of an image, as `contents` lists them: `linux/amd64`, …; one for a manifest. */
function platformsOf(root, where) {
    if (!(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(root.mediaType))
        return [];
    const index = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageIndex */ .n4)(root, where);
    return index.manifests
        .filter((m) => m.platform && m.platform.os !== 'unknown')
        .map((m) => [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/'));
}
/** Two images saved under one name:tag is refused before anything is fetched. */
function checkDistinctNames(names) {
    const seen = new Set();
    for (const { name, tag } of names) {
        const key = `${name}:${tag}`;
        if (seen.has(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input images: ${key} is named twice; an archive holds one image per name`);
        }
        seen.add(key);
    }
}


/***/ })

};
