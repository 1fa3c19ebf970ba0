export const id = 276;
export const ids = [276];
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

/***/ 41276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planPromotion: () => (/* binding */ planPromotion),
/* harmony export */   promote: () => (/* binding */ promote),
/* harmony export */   readPromoteSettings: () => (/* binding */ readPromoteSettings),
/* harmony export */   readSigning: () => (/* binding */ readSigning),
/* harmony export */   wouldMove: () => (/* binding */ wouldMove)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);
/* harmony import */ var _credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16825);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31496);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92968);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78390);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1270);
/* harmony import */ var _promotion_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50599);
/* harmony import */ var _archive_candidate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6604);









const SIGN_MODES = ['none', 'key', 'kms', 'keyless'];
const SIGNATURE_FORMATS = ['sig', 'bundle'];
/** `sign`, `sign_key`, `signature_format` and `attest` (DESIGN §10). */
function readSigning(io) {
    const mode = io.getInput('sign') || 'none';
    if (!SIGN_MODES.includes(mode)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input sign: "${mode}" is not one of ${SIGN_MODES.join(', ')}`);
    }
    const key = io.getInput('sign_key') || undefined;
    const format = io.getInput('signature_format') || 'sig';
    if (!SIGNATURE_FORMATS.includes(format)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input signature_format: "${format}" is not one of ${SIGNATURE_FORMATS.join(', ')} (sig: cosign's sha256-<hex>.sig tag; bundle: an OCI referrer holding a Sigstore bundle)`);
    }
    const attest = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBoolean */ .pW)(io, 'attest', false);
    if (mode === 'none') {
        if (attest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input attest: a signed attestation needs sign: key, kms or keyless');
        if (key)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input sign_key: applies to sign: kms; set sign, or leave it out');
        return undefined;
    }
    if (mode === 'kms' && !key) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input sign_key is required with sign: kms (awskms:///<key id, alias/NAME or ARN>)');
    }
    if (mode !== 'kms' && key) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input sign_key: applies to sign: kms; sign: ${mode} takes ${mode === 'key' ? 'the key from COSIGN_PRIVATE_KEY' : "the job's OIDC identity"}`);
    }
    return {
        mode: mode,
        ...(key ? { key } : {}),
        format: format,
        attest,
    };
}
function readPromoteSettings(io) {
    const texts = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getList */ .vS)(io, 'candidate');
    const archive = texts.find(_archive_candidate_js__WEBPACK_IMPORTED_MODULE_7__/* .namesArchive */ .dN);
    if (archive && texts.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input candidate: ${archive} is an archive, promoted alone; merging takes registry images`);
    }
    // An archive's image is named once the archive is read (promoteFromArchive).
    const candidates = archive
        ? [{ domain: 'localhost', repository: 'archive' }]
        : texts.map((text) => (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(text, { what: 'candidate' }));
    if (!texts.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input candidate is required: the image to promote, by tag or digest');
    const tags = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getTags */ .Q2)(io);
    if (!tags.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input tag or tags is required: the tags to write in the target');
    const expectedDigest = io.getInput('expected_digest') || undefined;
    if (expectedDigest && !(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidDigest */ .fH)(expectedDigest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input expected_digest: "${expectedDigest}" is not a digest (${_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_FORM */ .uY})`);
    }
    const platforms = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getList */ .vS)(io, 'platforms').map((p) => (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePlatform */ .F)(p, 'platforms'));
    if (platforms.length && candidates.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input platforms: applies to one candidate; to merge some platforms, name those platform images as the candidates');
    }
    const indexAnnotations = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMap */ .y1)(io.getInput('index_annotations'), 'index_annotations');
    if (Object.keys(indexAnnotations).length && candidates.length < 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input index_annotations: applies to the index a merge makes; give several candidates, or leave it out');
    }
    for (const key of Object.keys(indexAnnotations)) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input index_annotations: "${key}" is not an annotation key (letters, digits, . _ - /, e.g. org.opencontainers.image.description)`);
        }
    }
    return {
        candidate: candidates[0],
        candidates,
        tags,
        registry: io.getInput('registry') || undefined,
        imageName: io.getInput('image_name') || undefined,
        registryContext: io.getInput('registry_context') || undefined,
        expectedDigest,
        dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBoolean */ .pW)(io, 'dry_run', false),
        platforms,
        referrers: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBoolean */ .pW)(io, 'referrers', true),
        overwrite: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBoolean */ .pW)(io, 'overwrite', true),
        indexAnnotations,
        signing: readSigning(io),
        config: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getRegistries */ .cx)(io),
        ...(archive ? { archive } : {}),
    };
}
/**
 * Where the candidate is pulled from, and where it goes: the named `registry`, else the
 * integration the candidate is pulled through. With neither `registry` nor `image_name`, the
 * target is the candidate's own repository, whatever prefix its integration declares: bare
 * `tags` retag in place.
 */
async function planPromotion(settings, env) {
    const { config, candidate } = settings;
    const sources = await (0,_promotion_js__WEBPACK_IMPORTED_MODULE_6__/* .candidateSources */ .mu)(config, env, settings.candidates, settings.registryContext);
    const source = sources[0];
    if (!settings.registry && !settings.imageName) {
        return { source, sources, target: { endpoint: source, repository: candidate.repository } };
    }
    const integration = settings.registry
        ? (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationByName */ .dl)(config, settings.registry, 'registry')
        : source.integration;
    const imageName = settings.imageName ?? candidate.repository;
    let target;
    if (integration) {
        target =
            integration === source.integration
                ? { ...(await (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePush */ .B$)(config, env, imageName, integration)), endpoint: source }
                : await (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePush */ .B$)(config, env, imageName, integration);
    }
    else {
        // Reached through the Docker config or anonymously: the target is the same registry.
        const named = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(`${source.domain}/${(0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .splitImageName */ .xh)(imageName).path}`, {
            what: 'image_name',
            defaultTag: false,
        });
        target = { endpoint: source, repository: named.repository };
    }
    // A domain written in image_name that is not where the copy goes would be dropped silently.
    const written = settings.imageName ? (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .splitImageName */ .xh)(settings.imageName).domain : undefined;
    if (written && written !== target.endpoint.domain) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input image_name: "${settings.imageName}" names ${written}, but the promotion goes to ${target.endpoint.domain} (${target.endpoint.label}); set registry to an integration of ${written}, or leave the domain out of image_name`);
    }
    return { source, sources, target };
}
async function promote(io) {
    const settings = readPromoteSettings(io);
    if (settings.archive) {
        await (0,_archive_candidate_js__WEBPACK_IMPORTED_MODULE_7__/* .withArchiveCandidate */ .Uw)(io, settings.archive, 'candidate', (candidate) => promoteFromArchive(io, settings, candidate));
        return;
    }
    const planned = await io.group('Resolve the registries', async () => {
        const planned = await planPromotion(settings, io.env);
        const { target } = planned;
        io.info(`${settings.candidates.map(_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH).join(' + ')} via ${planned.sources.map((s) => s.label).join(', ')} → ${(0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .targetName */ .je)(target)} via ${target.endpoint.label}`);
        return planned;
    });
    await promoteTo(io, settings, planned.sources, planned.target);
}
/**
 * An archive's image (DESIGN §8) to the `registry` integration, else the default one, else the
 * registry its name in the archive names; under `image_name`, else that name.
 */
async function promoteFromArchive(io, settings, candidate) {
    const integration = settings.registry
        ? (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationByName */ .dl)(settings.config, settings.registry, 'registry')
        : undefined;
    const reference = (0,_archive_candidate_js__WEBPACK_IMPORTED_MODULE_7__/* .archiveReference */ ._F)(candidate, 'candidate', settings.imageName);
    const name = settings.imageName ?? (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatName */ .nD)(reference);
    const target = await (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePush */ .B$)(settings.config, io.env, name, integration);
    const named = { ...settings, candidate: reference };
    named.candidates = [named.candidate];
    io.info(`${candidate.text} → ${target.endpoint.domain}/${target.repository} via ${target.endpoint.label}`);
    await promoteTo(io, named, [(0,_archive_candidate_js__WEBPACK_IMPORTED_MODULE_7__/* .archiveEndpoint */ .Q3)(candidate)], target, {
        source: candidate.source,
        digest: candidate.root.digest,
    });
}
async function promoteTo(io, settings, sources, target, archive) {
    const signer = await openSignerFirst(settings, io.env);
    const title = settings.dryRun
        ? 'Plan'
        : settings.signing
            ? 'Plan, copy and sign'
            : 'Plan and copy';
    const { result, images, note, signed } = await io
        .group(title, () => (0,_promotion_js__WEBPACK_IMPORTED_MODULE_6__/* .runPromotion */ .d1)(io, {
        archive,
        candidates: settings.candidates,
        sources,
        target,
        tags: settings.tags,
        expectedDigest: settings.expectedDigest,
        dryRun: settings.dryRun,
        platforms: settings.platforms,
        referrers: settings.referrers,
        overwrite: settings.overwrite,
        indexAnnotations: settings.indexAnnotations,
        ...(settings.signing ? { signing: { settings: settings.signing, signer } } : {}),
    }))
        .finally(() => signer?.close?.());
    io.setOutput('digest', result.digest);
    io.setOutput('image', images[0]);
    io.setOutput('images', images.join('\n'));
    io.setOutput('stats', JSON.stringify(result.stats));
    io.info(describeResult(settings, result, images, settings.dryRun));
    await io.writeSummary(promoteSummary(settings, sources, target, result, images, note, signed));
}
/**
 * A key file or a KMS key is opened before anything is written: a wrong password or key fails the
 * step first. Keyless only checks that a token is at hand; its certificate is asked for after the
 * copy, as it lives minutes. A dry run opens nothing.
 */
async function openSignerFirst(settings, env) {
    if (!settings.signing || settings.dryRun)
        return undefined;
    if (settings.signing.mode === 'keyless') {
        (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(179), __webpack_require__.e(873)]).then(__webpack_require__.bind(__webpack_require__, 38873))).checkKeylessToken(env);
        return undefined;
    }
    return (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(179), __webpack_require__.e(668), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 35341))).openSigner(settings.signing, env);
}
function describeResult(settings, result, images, dryRun) {
    const { blobs } = result.stats;
    const verb = dryRun ? 'Would promote' : 'Promoted';
    const moved = dryRun
        ? `${result.plan.blobs.filter((b) => b.action === 'copy').length} blobs to copy, ${result.plan.blobs.filter((b) => b.action === 'mount').length} to mount, ${result.plan.tags.filter((t) => t.action === 'write').length} tags to write`
        : `${result.plan.mode}: ${blobs.copied} blobs copied (${result.stats.bytes_copied} bytes), ${blobs.mounted} mounted, ${blobs.skipped} already there, ${result.stats.manifests} manifests written, ${result.stats.referrers} referrers copied, ${result.stats.requests} requests`;
    const referrers = result.plan.referrers.length
        ? `; ${result.plan.referrers.length} referrers (${result.plan.referrers.filter((r) => r.action === 'write').length} ${dryRun ? 'to copy' : 'copied'})`
        : '';
    return `${verb} ${settings.candidates.map(_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH).join(' + ')} (${result.digest}) to ${images.join(', ')}; ${moved}${dryRun ? referrers : ''}`;
}
function promoteSummary(settings, sources, target, result, images, note, signed) {
    const { stats, plan } = result;
    const written = (action) => action === 'skip' ? 'already there' : settings.dryRun ? 'would write' : 'written';
    return {
        title: settings.dryRun ? 'Promotion plan (dry run)' : 'Image promoted',
        facts: [
            ...settings.candidates.map((c, i) => [
                settings.candidates.length > 1 ? `Source ${i + 1}` : 'Source',
                `${(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH)(c)} (${sources[i].label})`,
            ]),
            ['Target', `${images.join(', ')} (${target.endpoint.label})`],
            ['Digest', `\`${result.digest}\``],
            ['Mode', plan.mode],
            ...(signed ? [['Signed by', signed.signer]] : []),
        ],
        tables: [
            {
                header: ['Tag', 'Action'],
                rows: plan.tags.map((t) => [t.tag, written(t.action)]),
            },
            ...(plan.referrers.length
                ? [
                    {
                        header: ['Referrer', 'Artifact type', 'Refers to', 'Found by', 'Action'],
                        rows: plan.referrers.map((r) => [
                            `\`${r.digest}\``,
                            r.artifactType || 'unknown',
                            `\`${r.subject}\``,
                            r.tag
                                ? `cosign tag ${r.tag}`
                                : r.source === 'api'
                                    ? 'referrers API'
                                    : 'referrers tag',
                            written(r.action),
                        ]),
                    },
                ]
                : []),
            ...(signed
                ? [
                    {
                        header: ['Signed', 'Image', 'Stored as', 'Action', 'Verified on the target'],
                        rows: signed.entries.map((e) => [
                            e.kind,
                            `${e.reference}@${e.digest}`,
                            e.storedAs,
                            e.action,
                            e.verified ? 'yes' : 'no',
                        ]),
                    },
                ]
                : []),
            settings.dryRun
                ? {
                    header: [
                        'Platform',
                        'Blobs to copy',
                        'Bytes to copy',
                        'Blobs to mount',
                        'Already there',
                    ],
                    rows: wouldMove(plan),
                }
                : {
                    header: [
                        'Manifests written',
                        'Blobs copied',
                        'Bytes copied',
                        'Blobs mounted',
                        'Blobs already there',
                        'Referrers copied',
                        'Requests',
                    ],
                    rows: [
                        [
                            String(stats.manifests),
                            String(stats.blobs.copied),
                            (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .humanSize */ .Xe)(stats.bytes_copied),
                            String(stats.blobs.mounted),
                            String(stats.blobs.skipped),
                            String(stats.referrers),
                            String(stats.requests),
                        ],
                    ],
                },
        ],
        notes: [
            ...(note ? [note] : []),
            ...(plan.referrersIndex === 'tag-schema'
                ? ['The target has no referrers API: its sha256-<hex> referrers tags list them.']
                : []),
            ...(!settings.referrers
                ? ['referrers: false: signatures, SBOMs and attestations stayed behind.']
                : []),
            ...(settings.signing && settings.dryRun
                ? [
                    `sign: ${settings.signing.mode}: the image and each platform image would be signed${settings.signing.attest ? ' and the promotion attested' : ''} in the target; a dry run signs nothing.`,
                ]
                : []),
        ],
    };
}
/** A dry run's blobs by the platform whose manifest first names them: what would move where. */
function wouldMove(plan) {
    const platforms = new Map(plan.manifests.map((m) => [m.digest, m.platform]));
    const rows = new Map();
    for (const blob of plan.blobs) {
        const name = platforms.get(blob.manifest) ??
            (blob.manifest === plan.digest ? 'image' : `manifest ${blob.manifest.slice(0, 19)}`);
        const row = rows.get(name) ?? { copy: 0, bytes: 0, mount: 0, skip: 0 };
        if (blob.action === 'copy') {
            row.copy++;
            row.bytes += blob.size;
        }
        else if (blob.action === 'mount')
            row.mount++;
        else
            row.skip++;
        rows.set(name, row);
    }
    return [...rows].map(([name, r]) => [
        name,
        String(r.copy),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .humanSize */ .Xe)(r.bytes),
        String(r.mount),
        String(r.skip),
    ]);
}


/***/ })

};
