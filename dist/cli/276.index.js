export const id = 276;
export const ids = [276];
export const modules = {

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
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31496);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92968);
/* harmony import */ var _credentials_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16825);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78390);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1270);
/* harmony import */ var _promotion_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50599);







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
    const attest = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(io, 'attest', false);
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
    const candidates = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getList */ .vS)(io, 'candidate').map((text) => (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(text, { what: 'candidate' }));
    if (!candidates.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input candidate is required: the image to promote, by tag or digest');
    const tags = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getTags */ .Q2)(io);
    if (!tags.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input tag or tags is required: the tags to write in the target');
    const expectedDigest = io.getInput('expected_digest') || undefined;
    if (expectedDigest && !(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidDigest */ .fH)(expectedDigest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input expected_digest: "${expectedDigest}" is not a digest (${_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .DIGEST_FORM */ .uY})`);
    }
    const platforms = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getList */ .vS)(io, 'platforms').map((p) => (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatform */ .F)(p, 'platforms'));
    if (platforms.length && candidates.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input platforms: applies to one candidate; to merge some platforms, name those platform images as the candidates');
    }
    const indexAnnotations = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMap */ .y1)(io.getInput('index_annotations'), 'index_annotations');
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
        dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(io, 'dry_run', false),
        platforms,
        referrers: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(io, 'referrers', true),
        overwrite: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(io, 'overwrite', true),
        indexAnnotations,
        signing: readSigning(io),
        config: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getRegistries */ .cx)(io),
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
    const sources = await (0,_promotion_js__WEBPACK_IMPORTED_MODULE_5__/* .candidateSources */ .mu)(config, env, settings.candidates, settings.registryContext);
    const source = sources[0];
    if (!settings.registry && !settings.imageName) {
        return { source, sources, target: { endpoint: source, repository: candidate.repository } };
    }
    const integration = settings.registry
        ? (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationByName */ .dl)(config, settings.registry, 'registry')
        : source.integration;
    const imageName = settings.imageName ?? candidate.repository;
    let target;
    if (integration) {
        target =
            integration === source.integration
                ? { ...(await (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePush */ .B$)(config, env, imageName, integration)), endpoint: source }
                : await (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePush */ .B$)(config, env, imageName, integration);
    }
    else {
        // Reached through the Docker config or anonymously: the target is the same registry.
        const named = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(`${source.domain}/${(0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .splitImageName */ .xh)(imageName).path}`, {
            what: 'image_name',
            defaultTag: false,
        });
        target = { endpoint: source, repository: named.repository };
    }
    // A domain written in image_name that is not where the copy goes would be dropped silently.
    const written = settings.imageName ? (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .splitImageName */ .xh)(settings.imageName).domain : undefined;
    if (written && written !== target.endpoint.domain) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input image_name: "${settings.imageName}" names ${written}, but the promotion goes to ${target.endpoint.domain} (${target.endpoint.label}); set registry to an integration of ${written}, or leave the domain out of image_name`);
    }
    return { source, sources, target };
}
async function promote(io) {
    const settings = readPromoteSettings(io);
    const { sources, target } = await io.group('Resolve the registries', async () => {
        const planned = await planPromotion(settings, io.env);
        const { target } = planned;
        io.info(`${settings.candidates.map(_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH).join(' + ')} via ${planned.sources.map((s) => s.label).join(', ')} → ${target.endpoint.domain}/${target.repository} via ${target.endpoint.label}`);
        return planned;
    });
    const signer = await openSignerFirst(settings, io.env);
    const title = settings.dryRun
        ? 'Plan'
        : settings.signing
            ? 'Plan, copy and sign'
            : 'Plan and copy';
    const { result, images, note, signed } = await io
        .group(title, () => (0,_promotion_js__WEBPACK_IMPORTED_MODULE_5__/* .runPromotion */ .d1)(io, {
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
    return `${verb} ${settings.candidates.map(_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH).join(' + ')} (${result.digest}) to ${images.join(', ')}; ${moved}${dryRun ? referrers : ''}`;
}
function promoteSummary(settings, sources, target, result, images, note, signed) {
    const { stats, plan } = result;
    const written = (action) => action === 'skip' ? 'already there' : settings.dryRun ? 'would write' : 'written';
    return {
        title: settings.dryRun ? 'Promotion plan (dry run)' : 'Image promoted',
        facts: [
            ...settings.candidates.map((c, i) => [
                settings.candidates.length > 1 ? `Source ${i + 1}` : 'Source',
                `${(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(c)} (${sources[i].label})`,
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
                            (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .humanSize */ .X)(stats.bytes_copied),
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
        (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .humanSize */ .X)(r.bytes),
        String(r.mount),
        String(r.skip),
    ]);
}


/***/ })

};
