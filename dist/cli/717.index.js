export const id = 717;
export const ids = [717];
export const modules = {

/***/ 14717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   login: () => (/* binding */ login),
/* harmony export */   loginEndpoints: () => (/* binding */ loginEndpoints),
/* harmony export */   logout: () => (/* binding */ logout),
/* harmony export */   mergeDockerConfig: () => (/* binding */ mergeDockerConfig),
/* harmony export */   readLoginSettings: () => (/* binding */ readLoginSettings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(14393);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36624);
/* harmony import */ var _builders_authfile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15538);
/* harmony import */ var _credentials_docker_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27351);
/* harmony import */ var _credentials_resolve_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16825);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1270);
/* harmony import */ var _host_step_dir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(55952);











function readLoginSettings(io) {
    return {
        config: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getRegistries */ .cx)(io),
        contexts: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getList */ .vS)(io, 'registry_contexts'),
        only: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getList */ .vS)(io, 'registries_only'),
        dir: io.getInput('dir') || undefined,
    };
}
/** The endpoint a pull of each declared domain would use, one per domain. */
async function loginEndpoints(settings, env) {
    const { config } = settings;
    for (const name of settings.only)
        (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .integrationByName */ .dl)(config, name, 'registries_only');
    const chosen = settings.only.length
        ? config.integrations.filter((i) => settings.only.includes(i.name))
        : config.integrations;
    const scoped = { ...config, integrations: chosen };
    const contexts = settings.contexts.map((name) => {
        const integration = (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .integrationByName */ .dl)(config, name, 'registry_contexts');
        if (!chosen.includes(integration)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input registry_contexts: ${name} is not among registries_only (${settings.only.join(', ')})`);
        }
        return integration;
    });
    const domains = [...new Set(chosen.map((i) => i.domain))];
    const endpoints = [];
    for (const domain of domains)
        endpoints.push(await (0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .resolvePull */ .Uj)(scoped, env, domain, contexts));
    return endpoints;
}
/**
 * The job's Docker config: the one it had, with our identities over its entries for our
 * domains. A credential helper for one of our domains would shadow our entry, so it goes; a
 * `credsStore` would shadow them all, so it goes too (its other registries with it: said).
 */
function mergeDockerConfig(existing, ours, warn) {
    const merged = { ...existing };
    const auths = (0,_json_js__WEBPACK_IMPORTED_MODULE_10__/* .isObject */ .Gv)(existing.auths) ? { ...existing.auths } : {};
    merged.auths = { ...auths, ...ours.auths };
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_10__/* .isObject */ .Gv)(existing.credHelpers)) {
        const helpers = { ...existing.credHelpers };
        for (const key of Object.keys(ours.auths))
            delete helpers[key];
        merged.credHelpers = helpers;
    }
    if (typeof existing.credsStore === 'string' && Object.keys(ours.auths).length) {
        warn(`the Docker config's credsStore (${existing.credsStore}) is left out of the job's config: docker would read every registry from it and none of these logins`);
        delete merged.credsStore;
    }
    return merged;
}
function readExisting(file) {
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return {};
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    if (!text.trim())
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The Docker config ${file} is not valid JSON; fix or remove it`);
    }
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_10__/* .isObject */ .Gv)(parsed) ? parsed : {};
}
/**
 * The rest of the old config folder (buildx builders, contexts, CLI plugins) is linked into the
 * new one, so that pointing DOCKER_CONFIG at it loses nothing docker kept there.
 */
async function linkSiblings(from, to) {
    if (!from || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(from))
        return;
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(from)) {
        if (entry === 'config.json' || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(to, entry)))
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(from, entry), node_path__WEBPACK_IMPORTED_MODULE_3__.join(to, entry));
    }
}
async function login(io) {
    const settings = readLoginSettings(io);
    const endpoints = await loginEndpoints(settings, io.env);
    const ours = (0,_builders_authfile_js__WEBPACK_IMPORTED_MODULE_5__/* .authConfig */ .fl)(endpoints);
    const existingFile = (0,_credentials_docker_config_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerConfigPath */ .Q1)(io.env);
    const merged = mergeDockerConfig(readExisting(existingFile), ours, (m) => io.warning(m));
    const dir = settings.dir ? node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(settings.dir) : await newDir(io.env);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true, mode: 0o700 });
    io.saveState(_host_step_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE */ .c4.tempDir, dir);
    const dockerConfig = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'config.json');
    const authFile = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'auth.json');
    await (0,_builders_authfile_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAuthFile */ .Yt)(dockerConfig, merged);
    // podman, buildah and skopeo read the same `auths` format; they take no helpers from it.
    await (0,_builders_authfile_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAuthFile */ .Yt)(authFile, { auths: merged.auths });
    await linkSiblings(existingFile && node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(existingFile), dir);
    io.exportVariable('DOCKER_CONFIG', dir);
    io.exportVariable('REGISTRY_AUTH_FILE', authFile);
    const domains = endpoints.filter((e) => e.credentials).map((e) => e.domain);
    io.setOutput('docker_config', dir);
    io.setOutput('auth_file', authFile);
    io.setOutput('domains', domains.join('\n'));
    for (const e of endpoints) {
        io.info(e.credentials
            ? `${e.domain}: logged in as ${e.credentials.username} (${e.label})`
            : `${e.domain}: no credentials (${e.label}); pulls stay anonymous`);
    }
    io.info(`Wrote ${dockerConfig} and ${authFile}; later steps use them through DOCKER_CONFIG and REGISTRY_AUTH_FILE`);
}
async function newDir(env) {
    const base = env.RUNNER_TEMP && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(env.RUNNER_TEMP) ? env.RUNNER_TEMP : (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(base, _host_step_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .STEP_DIR_PREFIX */ .GA));
}
/**
 * The post step (and `image-actions logout`): what login wrote goes, whatever the job did. Only
 * its own files and links are removed, then the folder if that left it empty: `dir` may be one
 * the user named.
 */
async function logout(io) {
    const dir = io.getState(_host_step_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE */ .c4.tempDir) || io.getInput('dir');
    if (!dir || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return;
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
        if (WRITTEN.has(entry.name) || entry.isSymbolicLink())
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, entry.name));
    }
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).length === 0)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true });
    io.info(`Removed the login files in ${dir}`);
}
const WRITTEN = new Set(['config.json', 'auth.json']);


/***/ }),

/***/ 15538:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ mergeAuthConfigs),
/* harmony export */   Yt: () => (/* binding */ writeAuthFile),
/* harmony export */   fl: () => (/* binding */ authConfig),
/* harmony export */   g4: () => (/* binding */ conflictingDomains)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92968);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6098);




/** The key the docker CLI looks Docker Hub up by; buildah reads it too. */
const DOCKER_HUB_LEGACY_KEY = 'https://index.docker.io/v1/';
function keysFor(domain) {
    return domain === _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb ? [_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb, DOCKER_HUB_LEGACY_KEY] : [domain];
}
/**
 * The entry for resolved credentials. However they were obtained (a password, a credential
 * helper, a minted cloud token), the file holds the result, never a helper the builder might not
 * find. containers/image drops an identity token whose `auth` has no colon: `user:` it is.
 */
function entryFor(credentials) {
    const { username, password, identityToken } = credentials;
    const auth = Buffer.from(`${username}:${identityToken ? '' : password}`).toString('base64');
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(auth);
    if (!identityToken)
        return { auth };
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(identityToken);
    return { auth, identitytoken: identityToken };
}
function sameEntry(a, b) {
    return a.auth === b.auth && a.identitytoken === b.identitytoken;
}
/**
 * An auth config holding exactly the given identities, one per domain: endpoints without
 * credentials (anonymous access) get no entry. A later identity for a domain already present is
 * a bug of the caller, who must pick one per domain (resolution does).
 */
function authConfig(sources) {
    const auths = {};
    for (const source of sources) {
        if (!source.credentials)
            continue;
        const entry = entryFor(source.credentials);
        for (const key of keysFor(source.domain)) {
            if (auths[key] && !sameEntry(auths[key], entry)) {
                throw new Error(`two identities for ${source.domain} in one auth file`);
            }
            auths[key] = entry;
        }
    }
    return { auths };
}
/** The domains that `a` and `b` both hold with different identities. */
function conflictingDomains(a, b) {
    return Object.keys(a.auths).filter((key) => b.auths[key] !== undefined && !sameEntry(b.auths[key], a.auths[key]));
}
/** Both configs in one, or undefined when a domain would need two identities. */
function mergeAuthConfigs(a, b) {
    if (conflictingDomains(a, b).length)
        return undefined;
    return { auths: { ...a.auths, ...b.auths } };
}
/**
 * Writes the auth file, readable by its owner only, in a directory only its owner may enter.
 * The caller removes it when the step ends.
 */
async function writeAuthFile(file, config) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true, mode: 0o700 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
    // The mode of writeFile applies only when it creates the file.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(file, 0o600);
}


/***/ }),

/***/ 55952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ STEP_DIR_PREFIX),
/* harmony export */   Gt: () => (/* binding */ removeStepDir),
/* harmony export */   c4: () => (/* binding */ STATE),
/* harmony export */   "in": () => (/* binding */ withStepDir)
/* harmony export */ });
/* unused harmony export runMainOrPost */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19427);





/** Names of the state the main step leaves for the post step. */
const STATE = {
    isPost: 'isPost',
    tempDir: 'temp_dir',
};
const STEP_DIR_PREFIX = 'image-actions-';
/**
 * Runs `fn` with a private temporary directory (mode 0700) for the step's auth files and the
 * builder's output files, and removes it when `fn` ends, however it ends. Its path is saved as
 * state, so the post step removes it should this process die first.
 */
async function withStepDir(io, fn) {
    const base = io.env.RUNNER_TEMP && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(io.env.RUNNER_TEMP) ? io.env.RUNNER_TEMP : (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(base, STEP_DIR_PREFIX));
    io.saveState(STATE.tempDir, dir);
    try {
        return await fn(dir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        io.debug(`removed ${dir}`);
    }
}
/** The post step: removes the main step's temporary directory if it is still there. */
async function removeStepDir(io) {
    const dir = io.getState(STATE.tempDir);
    // Only a directory this code made: state is not trusted to name anything else.
    if (!dir || !node_path__WEBPACK_IMPORTED_MODULE_3__.basename(dir).startsWith(STEP_DIR_PREFIX) || !node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(dir))
        return;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    io.info(`Removed the temporary credentials left in ${dir}`);
}
/**
 * One entry for an action with a post step (action.yml `post:`): the runner runs the same
 * bundle twice, and the state saved by the first run tells the second that it is the post step.
 */
async function runMainOrPost(main, post, io) {
    if (io.getState(STATE.isPost))
        return runAction(post, io);
    io.saveState(STATE.isPost, 'true');
    return runAction(main, io);
}


/***/ })

};
