export const id = 894;
export const ids = [894];
export const modules = {

/***/ 4894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   login: () => (/* binding */ login),
/* harmony export */   loginEndpoints: () => (/* binding */ loginEndpoints),
/* harmony export */   logout: () => (/* binding */ logout),
/* harmony export */   mergeDockerConfig: () => (/* binding */ mergeDockerConfig),
/* harmony export */   readLoginSettings: () => (/* binding */ readLoginSettings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6624);
/* harmony import */ var _build_authfile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1654);
/* harmony import */ var _registry_docker_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2478);
/* harmony import */ var _registry_resolve_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9887);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1270);
/* harmony import */ var _step_dir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3867);










function readLoginSettings(io) {
    return {
        config: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getRegistries */ .cx)(io),
        contexts: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getList */ .vS)(io, 'registry_contexts'),
        only: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getList */ .vS)(io, 'registries_only'),
        dir: io.getInput('dir') || undefined,
    };
}
/** The endpoint a pull of each declared domain would use, one per domain. */
function loginEndpoints(settings, env) {
    const { config } = settings;
    for (const name of settings.only)
        (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .integrationByName */ .dl)(config, name, 'registries_only');
    const chosen = settings.only.length
        ? config.integrations.filter((i) => settings.only.includes(i.name))
        : config.integrations;
    const scoped = { ...config, integrations: chosen };
    const contexts = settings.contexts.map((name) => {
        const integration = (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .integrationByName */ .dl)(config, name, 'registry_contexts');
        if (!chosen.includes(integration)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input registry_contexts: ${name} is not among registries_only (${settings.only.join(', ')})`);
        }
        return integration;
    });
    const domains = [...new Set(chosen.map((i) => i.domain))];
    return domains.map((domain) => (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .resolvePull */ .Uj)(scoped, env, domain, contexts));
}
/**
 * The job's Docker config: the one it had, with our identities over its entries for our
 * domains. A credential helper for one of our domains would shadow our entry, so it goes; a
 * `credsStore` would shadow them all, so it goes too (its other registries with it: said).
 */
function mergeDockerConfig(existing, ours, warn) {
    const merged = { ...existing };
    const auths = isObject(existing.auths) ? { ...existing.auths } : {};
    merged.auths = { ...auths, ...ours.auths };
    if (isObject(existing.credHelpers)) {
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
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    return isObject(parsed) ? parsed : {};
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
    const endpoints = loginEndpoints(settings, io.env);
    const ours = (0,_build_authfile_js__WEBPACK_IMPORTED_MODULE_5__/* .authConfig */ .fl)(endpoints);
    const existingFile = (0,_registry_docker_config_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerConfigPath */ .Q1)(io.env);
    const merged = mergeDockerConfig(readExisting(existingFile), ours, (m) => io.warning(m));
    const dir = settings.dir ? node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(settings.dir) : await newDir(io.env);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true, mode: 0o700 });
    io.saveState(_step_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE */ .c4.tempDir, dir);
    const dockerConfig = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'config.json');
    const authFile = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'auth.json');
    await (0,_build_authfile_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAuthFile */ .Yt)(dockerConfig, merged);
    // podman, buildah and skopeo read the same `auths` format; they take no helpers from it.
    await (0,_build_authfile_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAuthFile */ .Yt)(authFile, { auths: merged.auths });
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
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(base, _step_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .STEP_DIR_PREFIX */ .GA));
}
/**
 * The post step (and `image-actions logout`): what login wrote goes, whatever the job did. Only
 * its own files and links are removed, then the folder if that left it empty: `dir` may be one
 * the user named.
 */
async function logout(io) {
    const dir = io.getState(_step_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE */ .c4.tempDir) || io.getInput('dir');
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

/***/ 3867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ STEP_DIR_PREFIX),
/* harmony export */   Gt: () => (/* binding */ removeStepDir),
/* harmony export */   c4: () => (/* binding */ STATE),
/* harmony export */   "in": () => (/* binding */ withStepDir)
/* harmony export */ });
/* unused harmony export runMainOrPost */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3574);





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


/***/ }),

/***/ 1654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ mergeAuthConfigs),
/* harmony export */   Yt: () => (/* binding */ writeAuthFile),
/* harmony export */   fl: () => (/* binding */ authConfig),
/* harmony export */   g4: () => (/* binding */ conflictingDomains)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5626);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6098);




/** The key the docker CLI looks Docker Hub up by; buildah reads it too. */
const DOCKER_HUB_LEGACY_KEY = 'https://index.docker.io/v1/';
function keysFor(domain) {
    return domain === _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb ? [_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb, DOCKER_HUB_LEGACY_KEY] : [domain];
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
        const { username, password } = source.credentials;
        const auth = Buffer.from(`${username}:${password}`).toString('base64');
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(auth);
        for (const key of keysFor(source.domain)) {
            if (auths[key] && auths[key].auth !== auth) {
                throw new Error(`two identities for ${source.domain} in one auth file`);
            }
            auths[key] = { auth };
        }
    }
    return { auths };
}
/** The domains that `a` and `b` both hold with different identities. */
function conflictingDomains(a, b) {
    return Object.keys(a.auths).filter((key) => b.auths[key] !== undefined && b.auths[key].auth !== a.auths[key].auth);
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

/***/ 2478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ dockerConfigPath),
/* harmony export */   jU: () => (/* binding */ readDockerConfigCredentials),
/* harmony export */   yC: () => (/* binding */ dockerConfigDomains)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6624);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6098);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5626);





/** `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`; undefined without either. */
function dockerConfigPath(env) {
    if (env.DOCKER_CONFIG)
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(env.DOCKER_CONFIG, 'config.json');
    const home = env.HOME || env.USERPROFILE;
    return home ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.docker', 'config.json') : undefined;
}
/**
 * The host an `auths` key names: keys are hosts (`ghcr.io`) or URLs, as older Docker versions
 * and docker/login-action write them for Docker Hub (`https://index.docker.io/v1/`).
 */
function keyDomain(key) {
    const host = key
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/\/.*$/, '');
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .normaliseDomain */ .$N)(host.toLowerCase());
}
/** The line of a character offset, so an error can point at it without quoting the file. */
function lineOf(text, offset) {
    return text.slice(0, offset).split('\n').length;
}
/**
 * Credentials for `domain` from the Docker config, as `docker login` and docker/login-action
 * write it (DESIGN §2): `auths` entries with `auth` (base64 `user:pass`) or `username` and
 * `password`. The password and the base64 form are masked as soon as they are read.
 *
 * Not read (yet): `identitytoken` entries (an OAuth refresh token, as `az acr login` writes,
 * which needs a token exchange with the registry), and `credsStore` / `credHelpers` (external
 * programs). Such a registry is reached anonymously.
 *
 * A missing or unreadable file means no credentials; a file that is not JSON is an error.
 */
function readDockerConfigCredentials(domain, env) {
    const file = dockerConfigPath(env);
    if (!file)
        return undefined;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        // The parser's message may quote the file, which holds secrets: give the line only.
        const position = /position (\d+)/.exec(error.message);
        const where = position ? ` (line ${lineOf(text, Number(position[1]))})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The Docker config ${file} is not valid JSON${where}`);
    }
    if (typeof config !== 'object' || config === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The Docker config ${file} is not a JSON object`);
    }
    const auths = config.auths;
    if (typeof auths !== 'object' || auths === null)
        return undefined;
    const wanted = (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .normaliseDomain */ .$N)(domain.toLowerCase());
    // An entry keyed exactly by the domain comes before one keyed by a URL for it.
    const keys = Object.keys(auths)
        .filter((key) => keyDomain(key) === wanted)
        .sort((a, b) => Number(b.trim().toLowerCase() === wanted) - Number(a.trim().toLowerCase() === wanted));
    for (const key of keys) {
        const entry = auths[key];
        if (typeof entry !== 'object' || entry === null)
            continue;
        const credentials = entryCredentials(entry, file, key);
        if (credentials)
            return credentials;
    }
    return undefined;
}
/**
 * The domains the Docker config holds `auths` entries for (normalised), so a builder that is
 * given its own auth file can still be given what `docker login` left for them. [] without a
 * readable config.
 */
function dockerConfigDomains(env) {
    const file = dockerConfigPath(env);
    if (!file)
        return [];
    try {
        const auths = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')).auths;
        if (typeof auths !== 'object' || auths === null)
            return [];
        return [...new Set(Object.keys(auths).map(keyDomain))];
    }
    catch {
        return [];
    }
}
function entryCredentials(entry, file, key) {
    if (typeof entry.auth === 'string' && entry.auth) {
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The Docker config ${file}: the auth of "${key}" is not base64 of user:password`);
        }
        const username = decoded.slice(0, colon);
        const password = decoded.slice(colon + 1);
        return password ? masked(username, password) : undefined;
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string') {
        if (!entry.username || !entry.password)
            return undefined;
        return masked(entry.username, entry.password);
    }
    return undefined;
}
function masked(username, password) {
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(password);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(Buffer.from(`${username}:${password}`).toString('base64'));
    return { username, password };
}


/***/ }),

/***/ 9887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ resolvePush),
/* harmony export */   R$: () => (/* binding */ checkContexts),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   Uj: () => (/* binding */ resolvePull),
/* harmony export */   dl: () => (/* binding */ integrationByName),
/* harmony export */   xh: () => (/* binding */ splitImageName)
/* harmony export */ });
/* unused harmony exports endpointFor, applyPrefix */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6624);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1334);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2478);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5626);




const DOCKER_HUB_HOST = 'registry-1.docker.io';
const MAX_NAME_LENGTH = 255;
function domainKey(domain) {
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseDomain */ .$N)(domain.toLowerCase());
}
function sameDomain(a, b) {
    return domainKey(a) === domainKey(b);
}
/**
 * localhost and the names under it (`k3d-reg.localhost`), 127.0.0.0/8 and [::1], with any port:
 * Docker speaks plain HTTP to these.
 */
function isLoopback(domain) {
    let host;
    try {
        host = new URL(`http://${domain}`).hostname;
    }
    catch {
        return false;
    }
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isLocalhostName */ .lS)(host) || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function endpoint(domain, via, label, credentials, integration) {
    const normalised = domainKey(domain);
    return {
        domain: normalised,
        host: normalised === _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb ? DOCKER_HUB_HOST : normalised,
        insecure: (integration?.insecure ?? false) || isLoopback(normalised),
        ...(integration ? { integration } : {}),
        via,
        ...(credentials ? { credentials } : {}),
        label,
    };
}
/** The integration a step input names; unknown names are errors listing the known ones. */
function integrationByName(config, name, inputName) {
    const found = config.integrations.find((i) => i.name === name);
    if (found)
        return found;
    const known = config.integrations.map((i) => i.name);
    const why = config.source === _config_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_SOURCE */ .ir
        ? `no registries are declared (no ${_config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_REGISTRIES_FILE */ .Zv}, no registries input)`
        : known.length
            ? `${config.source} declares ${known.join(', ')}`
            : `${config.source} declares no registries`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${inputName}: there is no registry named "${name}"; ${why}`);
}
/**
 * The endpoint of an integration. Its credentials are read from the environment now, when it is
 * used (see readCredentials). An integration that declares no credentials uses what `docker
 * login` left in the Docker config for its domain, if anything, else anonymous access.
 */
function endpointFor(integration, env) {
    const credentials = (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .readCredentials */ .L1)(integration, env) ?? (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readDockerConfigCredentials */ .jU)(integration.domain, env);
    return endpoint(integration.domain, 'integration', integration.name, credentials, integration);
}
function fallbackEndpoint(domain, env) {
    const normalised = domainKey(domain);
    const credentials = (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readDockerConfigCredentials */ .jU)(normalised, env);
    return credentials
        ? endpoint(normalised, 'docker-config', `${normalised} (Docker config)`, credentials)
        : endpoint(normalised, 'anonymous', `${normalised} (anonymous)`, undefined);
}
function describe(integration) {
    return `${integration.name} (${integration.source} line ${integration.line})`;
}
/**
 * Through which registry and credentials an image on `domain` is pulled (DESIGN §3): the step's
 * context for that domain; else the one integration on the domain, or its `primary` one among
 * several; without any, the Docker config, else anonymous access.
 */
function resolvePull(config, env, domain, contexts) {
    const wanted = domainKey(domain);
    const chosen = contexts.filter((c) => sameDomain(c.domain, wanted));
    if (chosen.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The registry contexts ${chosen.map((c) => c.name).join(' and ')} both serve ${wanted}; give at most one context per domain`);
    }
    if (chosen.length === 1)
        return endpointFor(chosen[0], env);
    const candidates = config.integrations.filter((i) => sameDomain(i.domain, wanted));
    if (candidates.length === 0)
        return fallbackEndpoint(wanted, env);
    if (candidates.length === 1)
        return endpointFor(candidates[0], env);
    const primary = candidates.find((i) => i.primary);
    if (primary)
        return endpointFor(primary, env);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Several registries serve ${wanted}: ${candidates.map(describe).join(', ')}; mark one primary: true in ${config.source}, or set registry_context to the one to pull through`);
}
/** Prepends `prefix/` to `repository`, unless the repository already starts with it. */
function applyPrefix(prefix, repository) {
    const trimmed = (prefix ?? '').replace(/^\/+|\/+$/g, '');
    if (!trimmed || repository === trimmed || repository.startsWith(`${trimmed}/`)) {
        return repository;
    }
    return `${trimmed}/${repository}`;
}
/**
 * Splits an image name as the user wrote it into its domain, if it names one, and its path;
 * a tag or digest is dropped. The name is validated by the Docker reference grammar.
 */
function splitImageName(imageName) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(imageName, { defaultTag: false, what: 'image name' });
    let rest = imageName.trim();
    const at = rest.indexOf('@');
    if (at >= 0)
        rest = rest.slice(0, at);
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/'))
        rest = rest.slice(0, colon);
    const slash = rest.indexOf('/');
    if (slash >= 0 && (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .looksLikeDomain */ .wB)(rest.slice(0, slash))) {
        return { domain: ref.domain, path: rest.slice(slash + 1) };
    }
    return { path: rest };
}
/**
 * Where a push of `imageName` goes (DESIGN §3): always the integration `registry` names, else the
 * `default` one, else the domain written in the image name (docker.io when it names none),
 * reached like a pull without contexts. The repository is the name's path, without a domain
 * written in it (the push goes to the chosen registry whatever the name says), with the
 * integration's repository_prefix applied.
 */
function resolvePush(config, env, imageName, registry) {
    const name = splitImageName(imageName);
    const target = registry ?? config.integrations.find((i) => i.default);
    const endpoint = target
        ? endpointFor(target, env)
        : resolvePull(config, env, name.domain ?? _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb, []);
    let repository = applyPrefix(endpoint.integration?.repositoryPrefix, name.path);
    if (endpoint.domain === _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb && !repository.includes('/')) {
        repository = `library/${repository}`;
    }
    if (`${endpoint.domain}/${repository}`.length > MAX_NAME_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invalid image name "${imageName}": pushed to ${endpoint.label} it becomes ${endpoint.domain}/${repository}, longer than ${MAX_NAME_LENGTH} characters`);
    }
    return { endpoint, repository };
}
/**
 * A registry context must serve a domain the step pulls from. When the step cannot know what it
 * pulls (the FROM lines of a Dockerfile), it only warns.
 */
function checkContexts(contexts, pulledDomains, inputName, warn) {
    const byDomain = new Map();
    for (const context of contexts) {
        const key = domainKey(context.domain);
        const other = byDomain.get(key);
        if (other && other.name !== context.name) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${inputName}: ${other.name} and ${context.name} both serve ${key}; give at most one per domain`);
        }
        byDomain.set(key, context);
    }
    for (const [domain, context] of byDomain) {
        if (pulledDomains === undefined) {
            warn(`Input ${inputName}: cannot tell whether this step pulls from ${domain}; ${context.name} is used only for images on ${domain}`);
        }
        else if (!pulledDomains.some((d) => sameDomain(d, domain))) {
            const pulled = [...new Set(pulledDomains.map(domainKey))];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${inputName}: ${context.name} serves ${domain}, but this step pulls no image from ${domain}${pulled.length ? ` (only from ${pulled.join(', ')})` : ''}`);
        }
    }
}


/***/ })

};
