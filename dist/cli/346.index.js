export const id = 346;
export const ids = [346];
export const modules = {

/***/ 77346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  login: () => (/* binding */ login),
  loginEndpoints: () => (/* binding */ loginEndpoints),
  logout: () => (/* binding */ logout),
  mergeDockerConfig: () => (/* binding */ mergeDockerConfig),
  readLoginSettings: () => (/* binding */ readLoginSettings)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/src/json.js
var json = __webpack_require__(14393);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/builders/authfile.js
var authfile = __webpack_require__(15538);
// EXTERNAL MODULE: ./.build/src/credentials/docker-config.js
var docker_config = __webpack_require__(27351);
// EXTERNAL MODULE: ./.build/src/credentials/resolve.js + 1 modules
var resolve = __webpack_require__(16825);
// EXTERNAL MODULE: ./.build/src/actions/inputs.js
var inputs = __webpack_require__(1270);
// EXTERNAL MODULE: ./.build/src/host/step-dir.js
var step_dir = __webpack_require__(55952);
;// CONCATENATED MODULE: ./.build/src/actions/login/folder.js




/**
 * The login folder, written so that nothing planted in it can redirect the credentials (DESIGN
 * §6): the folder is one the step made (mode 0700) or an existing real folder of ours that no one
 * else may write to; every file is created new, never through an existing link; and what login
 * made is recorded there, so that logout removes exactly that and nothing it finds beside it.
 */
/** What login made in its folder, by name: logout reads it back. */
const RECORD = '.image-actions-login.json';
function lstatOrUndefined(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Makes `dir` (mode 0700, its parents as needed) or accepts it when it is already there as a
 * folder (not a link) owned by this user that neither group nor others may write to: a planted
 * entry in a folder someone else can write to could not be told from ours.
 */
async function ownLoginFolder(dir) {
    await (0,promises_.mkdir)(external_node_path_.dirname(dir), { recursive: true, mode: 0o700 });
    try {
        await (0,promises_.mkdir)(dir, { mode: 0o700 });
        return;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    const stat = (0,external_node_fs_.lstatSync)(dir);
    const uid = process.getuid?.();
    if (!stat.isDirectory()) {
        throw new errors/* UserError */.yo(`The login folder ${dir} is ${stat.isSymbolicLink() ? 'a link' : 'not a folder'}; login writes credentials only into a real folder: name another dir`);
    }
    if ((uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0) {
        throw new errors/* UserError */.yo(`The login folder ${dir} is not this user's alone (owned by uid ${stat.uid}, mode ${(stat.mode & 0o777).toString(8)}); login writes credentials only into a folder no one else may write to: name another dir`);
    }
}
/**
 * Creates `file` new (mode 0600) and writes `content`: O_EXCL and O_NOFOLLOW, so a link or any
 * other entry put there is never written through. A plain file of that name (an earlier login's)
 * is replaced; anything else is refused, and left as it is.
 */
function createNew(file, content) {
    const flags = external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW;
    const found = lstatOrUndefined(file);
    if (found?.isFile())
        (0,external_node_fs_.unlinkSync)(file);
    else if (found)
        refuse(file, found);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, flags, 0o600);
    }
    catch (error) {
        // Something appeared between the look and the open: it is not ours either.
        const now = lstatOrUndefined(file);
        if (error.code === 'EEXIST' && now)
            refuse(file, now);
        throw error;
    }
    try {
        (0,external_node_fs_.fchmodSync)(fd, 0o600);
        (0,external_node_fs_.writeSync)(fd, content);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function refuse(file, found) {
    throw new errors/* UserError */.yo(`The login folder already holds ${external_node_path_.basename(file)} as ${found.isSymbolicLink() ? 'a link' : 'something other than a file'} (${file}); login creates its files new and never writes through what it finds: remove it or name another dir`);
}
/** Writes login's files and links into `dir` (one `ownLoginFolder` accepted), recording them. */
function writeLoginFiles(dir, files, links) {
    const record = { files: [], links: {} };
    const save = () => createNew(external_node_path_.join(dir, RECORD), JSON.stringify(record) + '\n');
    // The record first: should a later write fail, logout still finds what was made before it.
    save();
    for (const [name, content] of Object.entries(files)) {
        record.files.push(name);
        save();
        createNew(external_node_path_.join(dir, name), content);
    }
    for (const [name, target] of Object.entries(links)) {
        if (lstatOrUndefined(external_node_path_.join(dir, name)))
            continue;
        (0,external_node_fs_.symlinkSync)(target, external_node_path_.join(dir, name));
        record.links[name] = target;
    }
    save();
}
/**
 * Removes what login recorded making in `dir` and only that: files still plain files, links still
 * pointing where login pointed them; then the record, then the folder if that left it empty.
 * Without a record (nothing written, or not a login folder), nothing is removed.
 */
function removeLoginFiles(dir) {
    const recordFile = external_node_path_.join(dir, RECORD);
    if (!lstatOrUndefined(recordFile)?.isFile())
        return false;
    let record;
    try {
        record = JSON.parse((0,external_node_fs_.readFileSync)(recordFile, 'utf8'));
    }
    catch {
        return false;
    }
    for (const name of record.files ?? []) {
        const file = external_node_path_.join(dir, external_node_path_.basename(name));
        if (lstatOrUndefined(file)?.isFile())
            (0,external_node_fs_.unlinkSync)(file);
    }
    for (const [name, target] of Object.entries(record.links ?? {})) {
        const link = external_node_path_.join(dir, external_node_path_.basename(name));
        if (lstatOrUndefined(link)?.isSymbolicLink() && (0,external_node_fs_.readlinkSync)(link) === target)
            (0,external_node_fs_.unlinkSync)(link);
    }
    (0,external_node_fs_.unlinkSync)(recordFile);
    try {
        (0,external_node_fs_.rmdirSync)(dir);
    }
    catch {
        // Not empty: what is left there is not login's.
    }
    return true;
}

;// CONCATENATED MODULE: ./.build/src/actions/login/index.js












function readLoginSettings(io) {
    return {
        config: (0,inputs/* getRegistries */.cx)(io),
        contexts: (0,inputs/* getList */.vS)(io, 'registry_contexts'),
        only: (0,inputs/* getList */.vS)(io, 'registries_only'),
        dir: io.getInput('dir') || undefined,
    };
}
/** The endpoint a pull of each declared domain would use, one per domain. */
async function loginEndpoints(settings, env) {
    const { config } = settings;
    for (const name of settings.only)
        (0,resolve/* integrationByName */.dl)(config, name, 'registries_only');
    const chosen = settings.only.length
        ? config.integrations.filter((i) => settings.only.includes(i.name))
        : config.integrations;
    const scoped = { ...config, integrations: chosen };
    const contexts = settings.contexts.map((name) => {
        const integration = (0,resolve/* integrationByName */.dl)(config, name, 'registry_contexts');
        if (!chosen.includes(integration)) {
            throw new errors/* UserError */.yo(`Input registry_contexts: ${name} is not among registries_only (${settings.only.join(', ')})`);
        }
        return integration;
    });
    const domains = [...new Set(chosen.map((i) => i.domain))];
    const endpoints = [];
    for (const domain of domains)
        endpoints.push(await (0,resolve/* resolvePull */.Uj)(scoped, env, domain, contexts));
    return endpoints;
}
/**
 * The job's Docker config: the one it had, with our identities over its entries for our
 * domains. A credential helper for one of our domains would shadow our entry, so it goes; a
 * `credsStore` would shadow them all, so it goes too (its other registries with it: said).
 */
function mergeDockerConfig(existing, ours, warn) {
    const merged = { ...existing };
    const auths = (0,json/* isObject */.Gv)(existing.auths) ? { ...existing.auths } : {};
    merged.auths = { ...auths, ...ours.auths };
    if ((0,json/* isObject */.Gv)(existing.credHelpers)) {
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
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return {};
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    if (!text.trim())
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.yo(`The Docker config ${file} is not valid JSON; fix or remove it`);
    }
    return (0,json/* isObject */.Gv)(parsed) ? parsed : {};
}
/**
 * The rest of the old config folder (buildx builders, contexts, CLI plugins) is linked into the
 * new one, so that pointing DOCKER_CONFIG at it loses nothing docker kept there.
 */
function siblings(from) {
    const links = {};
    if (!from || !(0,external_node_fs_.existsSync)(from))
        return links;
    for (const entry of (0,external_node_fs_.readdirSync)(from)) {
        if (entry !== 'config.json')
            links[entry] = external_node_path_.join(from, entry);
    }
    return links;
}
async function login(io) {
    const settings = readLoginSettings(io);
    const endpoints = await loginEndpoints(settings, io.env);
    const ours = (0,authfile/* authConfig */.fl)(endpoints);
    const existingFile = (0,docker_config/* dockerConfigPath */.Q1)(io.env);
    const merged = mergeDockerConfig(readExisting(existingFile), ours, (m) => io.warning(m));
    const dir = settings.dir ? external_node_path_.resolve(settings.dir) : await newDir(io.env);
    await ownLoginFolder(dir);
    io.saveState(step_dir/* STATE */.c4.tempDir, dir);
    const dockerConfig = external_node_path_.join(dir, 'config.json');
    const authFile = external_node_path_.join(dir, 'auth.json');
    const json = (value) => JSON.stringify(value, null, 2) + '\n';
    writeLoginFiles(dir, {
        'config.json': json(merged),
        // podman, buildah and skopeo read the same `auths` format; they take no helpers from it.
        'auth.json': json({ auths: merged.auths }),
    }, siblings(existingFile && external_node_path_.dirname(existingFile)));
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
    const base = env.RUNNER_TEMP && (0,external_node_fs_.existsSync)(env.RUNNER_TEMP) ? env.RUNNER_TEMP : (0,external_node_os_.tmpdir)();
    return (0,promises_.mkdtemp)(external_node_path_.join(base, step_dir/* STEP_DIR_PREFIX */.GA));
}
/**
 * The post step (and `image-actions logout`): what login wrote goes, whatever the job did. Only
 * what it recorded making is removed (its files, and its links while they still point where it
 * pointed them), then the folder if that left it empty: `dir` may be one the user named, and
 * anything planted beside login's files stays for its owner to look at.
 */
async function logout(io) {
    const dir = io.getState(step_dir/* STATE */.c4.tempDir) || io.getInput('dir');
    if (!dir || !(0,external_node_fs_.existsSync)(dir))
        return;
    if (removeLoginFiles(dir))
        io.info(`Removed the login files in ${dir}`);
}


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
