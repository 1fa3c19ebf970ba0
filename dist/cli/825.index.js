export const id = 825;
export const ids = [825];
export const modules = {

/***/ 59136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ awsClientOptions),
/* harmony export */   Bh: () => (/* binding */ withinAwsDeadline),
/* harmony export */   yU: () => (/* binding */ awsBoundFailure)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var _http_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94146);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31496);



/**
 * How the AWS SDK's clients (ECR, STS, KMS) talk HTTP, bounded as the registry client is
 * (DESIGN §6): the endpoint (`AWS_ENDPOINT_URL`, a proxy) is not ours, and the SDK on its own
 * waits for ever: its `requestTimeout` only logs a warning unless told to throw and ends with the
 * answer's headers, and it reads a body of any size whole. So: no byte for the idle timeout fails the try
 * (waiting for the answer or during its body), a whole call — the SDK's own retries included —
 * ends with the retry budget of a registry operation, and an answer past its limit is cut off.
 */
/** What every AWS client of the step is made with; the handler is made by `awsRequestHandler`. */
async function awsClientOptions(service) {
    return { maxAttempts: 3, requestHandler: await awsRequestHandler(service) };
}
/** Marks the errors this module's bounds end a call with: their messages are the user's. */
const BOUND = Symbol('an AWS bound ended the call');
/** A body cut off at its limit. */
class AwsAnswerTooLarge extends Error {
    name = 'AnswerTooLarge';
}
/**
 * A `NodeHttpHandler` that throws on its timeouts, and whose answers' bodies are cut off past
 * `BodyLimit.awsAnswer`. Loaded when a client is made, as the SDK is: other steps do not pay.
 */
async function awsRequestHandler(service) {
    const { NodeHttpHandler } = await __webpack_require__.e(/* import() */ 279).then(__webpack_require__.t.bind(__webpack_require__, 61279, 19));
    const idle = (0,_http_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .idleTimeoutMs */ .Sf)();
    class BoundedHandler extends NodeHttpHandler {
        async handle(...args) {
            let answer;
            try {
                answer = await super.handle(...args);
            }
            catch (error) {
                throw sayTimeout(error, service, idle);
            }
            const body = answer.response.body;
            if (body && typeof body.pipe === 'function') {
                answer.response.body = limitBody(body, _http_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .BodyLimit */ .qc.awsAnswer, service, idle);
            }
            return answer;
        }
    }
    return new BoundedHandler({
        connectionTimeout: Math.min(10_000, idle),
        // Until the answer's headers: throwing, not only warning.
        requestTimeout: idle,
        throwOnRequestTimeout: true,
        // No byte for this long, the body included.
        socketTimeout: idle,
    });
}
/**
 * The handler's timeouts in user words. The error stays a `TimeoutError`, which the SDK retries
 * (within the call's deadline), and is marked as a bound's for `awsBoundFailure`.
 */
function sayTimeout(error, service, idleMs) {
    if (error?.name !== 'TimeoutError')
        return error;
    return Object.assign(error, {
        message: `${service} sent nothing for ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(idleMs)}`,
        [BOUND]: true,
    });
}
/** `name: message` of an error a bound of this module ended the call with, else undefined. */
function awsBoundFailure(error) {
    if (!error || typeof error !== 'object' || !(BOUND in error))
        return undefined;
    const { name, message } = error;
    return `${name}: ${String(message).split('\n')[0]}`;
}
/** `body`, ended with an error (and its connection closed) once more than `limit` bytes came. */
function limitBody(body, limit, service, idleMs) {
    let seen = 0;
    const counted = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, done) {
            seen += chunk.length;
            if (seen > limit) {
                body.destroy();
                done(Object.assign(new AwsAnswerTooLarge(`the ${service} answer is larger than ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(limit)}`), { [BOUND]: true }));
                return;
            }
            done(null, chunk);
        },
    });
    body.on('error', (error) => counted.destroy(sayTimeout(error, service, idleMs)));
    counted.on('close', () => body.destroy());
    return body.pipe(counted);
}
/**
 * One AWS call (`send`, given the signal to pass to `client.send`), within the retry budget of a
 * registry operation for the whole of it, the SDK's retries included: a drip of one byte every
 * few seconds never trips an idle timeout. The deadline's error says so in user words.
 */
async function withinAwsDeadline(service, send) {
    const { budgetMs } = (0,_http_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .retryPolicy */ .Jb)();
    const deadline = AbortSignal.timeout(budgetMs);
    const late = () => Object.assign(new Error(`${service} gave no complete answer within ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(budgetMs)}`), { name: 'TimeoutError', [BOUND]: true });
    // The signal ends what the handler does; the SDK's default credential chain (instance or
    // container credentials) does not take it, so the call is not waited for past the deadline.
    const expired = new Promise((_resolve, reject) => deadline.addEventListener('abort', () => reject(late()), { once: true }));
    try {
        return await Promise.race([send(deadline), expired]);
    }
    catch (error) {
        if (deadline.aborted)
            throw late();
        throw error;
    }
}


/***/ }),

/***/ 70618:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ helperServerUrl),
/* harmony export */   J8: () => (/* binding */ helperCredentials),
/* harmony export */   ny: () => (/* binding */ TOKEN_USERNAME)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36624);
/* harmony import */ var _http_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94146);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31496);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6098);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92968);






/**
 * Docker credential helpers (github.com/docker/docker-credential-helpers): `docker-credential-NAME
 * get` reads a server URL on stdin and answers `{"ServerURL","Username","Secret"}` on stdout; a
 * username of `<token>` makes the secret an identity token. It says "credentials not found" (on
 * stdout, exit 1) when it holds nothing for that server.
 */
/** The helper protocol's marker of an identity token in the Username field. */
const TOKEN_USERNAME = '<token>';
const NOT_FOUND = /credentials not found/i;
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** What a helper is asked for a registry: Docker Hub by its v1 URL, as docker asks; else the host. */
function helperServerUrl(domain) {
    return domain === _oci_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .DOCKER_HUB */ .Xb ? 'https://index.docker.io/v1/' : domain;
}
/**
 * After the helper exits, how long what it left behind may keep its stdout open: its answer is
 * written by then; a child still holding the pipe is killed with the group, not waited for.
 */
const EXIT_GRACE_MS = 2_000;
/**
 * Runs the helper with an argument array (no shell), the server URL on stdin. Its stderr is
 * dropped: helpers print diagnostics there that may name accounts or files, never for our log.
 *
 * It runs detached, the leader of its own process group, and every way out kills the whole group:
 * killing the helper alone leaves a child it forked holding the stdout pipe open, and waiting for
 * that pipe to close would wait for as long as the child likes. Its stdout is read to a size
 * limit only: a helper that floods it is ended there.
 */
function runHelper(program, request) {
    const timeoutMs = request.timeoutMs ?? (0,_http_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .helperTimeoutMs */ .Ez)();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, ['get'], {
            env: request.env,
            stdio: ['pipe', 'pipe', 'ignore'],
            detached: true,
        });
        const chunks = [];
        let size = 0;
        let code = null;
        let signal = null;
        let settled = false;
        let grace;
        const killGroup = () => {
            if (child.pid === undefined)
                return;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // The group is gone already: everything in it has exited.
            }
        };
        // Out of our process group, a Ctrl-C no longer reaches it: a step that ends (cancelled,
        // SIGINT/SIGTERM) while it runs takes it along.
        process.once('exit', killGroup);
        const finish = (ending) => {
            if (settled)
                return;
            settled = true;
            process.off('exit', killGroup);
            clearTimeout(timer);
            clearTimeout(grace);
            killGroup();
            child.stdout.destroy();
            resolve({
                code,
                signal,
                stdout: Buffer.concat(chunks).toString('utf8'),
                timedOut: ending.timedOut ?? false,
                flooded: ending.flooded ?? false,
            });
        };
        const timer = setTimeout(() => finish({ timedOut: true }), timeoutMs);
        child.stdout.on('data', (chunk) => {
            size += chunk.length;
            if (size > _http_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .BodyLimit */ .qc.helperAnswer)
                finish({ flooded: true });
            else
                chunks.push(chunk);
        });
        child.once('error', (error) => {
            if (settled)
                return;
            settled = true;
            process.off('exit', killGroup);
            clearTimeout(timer);
            clearTimeout(grace);
            killGroup();
            reject(error);
        });
        child.once('exit', (exitCode, exitSignal) => {
            code = exitCode;
            signal = exitSignal;
            grace = setTimeout(() => finish({}), EXIT_GRACE_MS);
        });
        child.once('close', () => finish({}));
        // A helper may exit without reading its input: its answer says what went wrong.
        child.stdin.on('error', () => { });
        child.stdin.end(request.serverUrl);
    });
}
/**
 * The credentials a helper holds for a server, undefined when it holds none. A helper that is
 * not installed, fails, hangs or answers garbage is an error naming it and who asked for it; the
 * secret is masked before anything else is done with it.
 */
async function helperCredentials(request) {
    const { helper, where } = request;
    if (!HELPER_NAME.test(helper)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: "${helper}" is not a credential helper name`);
    }
    const program = `docker-credential-${helper}`;
    let run;
    try {
        run = await runHelper(program, request);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: the credential helper ${program} is not installed (not found on PATH); install it, or log in another way`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: cannot run the credential helper ${program}: ${code ?? error}`);
    }
    if (run.timedOut) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: the credential helper ${program} did not answer within ${Math.round((request.timeoutMs ?? (0,_http_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .helperTimeoutMs */ .Ez)()) / 1000)} s`);
    }
    if (run.flooded) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: the credential helper ${program} answered more than ${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(_http_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .BodyLimit */ .qc.helperAnswer)}, far more than credentials; it was stopped`);
    }
    if (run.code !== 0) {
        if (NOT_FOUND.test(run.stdout))
            return undefined;
        // Never what it said: a helper that fails half-way may have printed the secret already.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: the credential helper ${program} failed (${run.code !== null ? `exit code ${run.code}` : run.signal}); run it by hand to see why`);
    }
    let answer;
    try {
        answer = JSON.parse(run.stdout);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: the credential helper ${program} answered something that is not its JSON ({"Username","Secret"})`);
    }
    if (typeof answer !== 'object' || answer === null || typeof answer.Secret !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: the credential helper ${program} answered without a Secret for ${request.serverUrl}`);
    }
    const secret = answer.Secret;
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$l)(secret);
    if (!secret)
        return undefined;
    const username = typeof answer.Username === 'string' ? answer.Username : '';
    const source = `${program}, asked for ${where.replace(/^The /, 'the ')}`;
    if (username === TOKEN_USERNAME) {
        return { username, password: '', identityToken: secret, source };
    }
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .maskCredentials */ .Bs)(username, secret);
    return { username, password: secret, source };
}


/***/ }),

/***/ 27351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ dockerConfigPath),
/* harmony export */   jU: () => (/* binding */ readDockerConfigCredentials),
/* harmony export */   yC: () => (/* binding */ dockerConfigDomains)
/* harmony export */ });
/* unused harmony export DOCKER_AUTH_CONFIG */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14393);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36624);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6098);
/* harmony import */ var _credential_helper_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70618);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92968);







/**
 * The Docker config as docker reads it (DESIGN §2): `DOCKER_AUTH_CONFIG` (a whole config as JSON
 * in the environment, GitLab's convention) first, then `$DOCKER_CONFIG/config.json` or
 * `~/.docker/config.json`. In each, a registry's credentials come from its `credHelpers` entry,
 * else the `credsStore`, else its `auths` entry (`auth`, `username`/`password`, `identitytoken`).
 */
/** `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`; undefined without either. */
function dockerConfigPath(env) {
    if (env.DOCKER_CONFIG)
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(env.DOCKER_CONFIG, 'config.json');
    const home = env.HOME || env.USERPROFILE;
    return home ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.docker', 'config.json') : undefined;
}
const DOCKER_AUTH_CONFIG = 'DOCKER_AUTH_CONFIG';
/**
 * The host a key names: keys are hosts (`ghcr.io`) or URLs, as older Docker versions and
 * docker/login-action write them for Docker Hub (`https://index.docker.io/v1/`).
 */
function keyDomain(key) {
    const host = key
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/\/.*$/, '');
    return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .normaliseDomain */ .$N)(host.toLowerCase());
}
/** The keys of `map` that name `domain`: one written exactly as the domain first. */
function keysFor(map, domain) {
    const wanted = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .normaliseDomain */ .$N)(domain.toLowerCase());
    const exact = (key) => Number(key.trim().toLowerCase() === wanted);
    return Object.keys(map)
        .filter((key) => keyDomain(key) === wanted)
        .sort((a, b) => exact(b) - exact(a));
}
/** The line of a character offset, so an error can point at it without quoting the config. */
function lineOf(text, offset) {
    return text.slice(0, offset).split('\n').length;
}
/** A config's text: empty (as an empty file is, for docker) or `{}` means no entries. */
function parseConfig(text, where) {
    if (!text.trim())
        return { where, auths: {}, credHelpers: {} };
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        // The parser's message may quote the config, which holds secrets: give the line only.
        const position = /position (\d+)/.exec(error.message);
        const line = position ? ` (line ${lineOf(text, Number(position[1]))})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where} is not valid JSON${line}`);
    }
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(config))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where} is not a JSON object`);
    for (const field of ['auths', 'credHelpers']) {
        if (config[field] !== undefined && config[field] !== null && !(0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(config[field])) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where}: ${field} must be an object keyed by registry`);
        }
    }
    if (config.credsStore !== undefined && typeof config.credsStore !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where}: credsStore must be the name of a credential helper`);
    }
    return {
        where,
        auths: config.auths ?? {},
        credHelpers: config.credHelpers ?? {},
        ...(config.credsStore ? { credsStore: config.credsStore } : {}),
    };
}
/** `DOCKER_AUTH_CONFIG`, then the file; a missing or unreadable file is no config. */
function readConfigs(env) {
    const configs = [];
    const inline = env[DOCKER_AUTH_CONFIG];
    if (inline && inline.trim())
        configs.push(parseConfig(inline, DOCKER_AUTH_CONFIG));
    const file = dockerConfigPath(env);
    if (!file)
        return configs;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return configs;
    }
    configs.push(parseConfig(text, `The Docker config ${file}`));
    return configs;
}
/**
 * Credentials for `domain` from the Docker config, undefined when it holds none. Secrets are
 * masked as soon as they are read; a helper is run only for the domain asked about.
 */
async function readDockerConfigCredentials(domain, env) {
    for (const config of readConfigs(env)) {
        const found = await configCredentials(config, domain, env);
        if (found)
            return found;
    }
    return undefined;
}
/** As docker does: the domain's `credHelpers` entry, else `credsStore`, else `auths`. */
async function configCredentials(config, domain, env) {
    const normalised = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .normaliseDomain */ .$N)(domain.toLowerCase());
    const helperKey = keysFor(config.credHelpers, normalised)[0];
    const helper = helperKey === undefined ? config.credsStore : config.credHelpers[helperKey];
    if (helper !== undefined) {
        if (typeof helper !== 'string' || !helper) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${config.where}: credHelpers "${helperKey}" must name a helper`);
        }
        const serverUrl = helperKey ?? (0,_credential_helper_js__WEBPACK_IMPORTED_MODULE_4__/* .helperServerUrl */ .Fp)(normalised);
        const by = helperKey === undefined ? 'credsStore' : `credHelpers "${helperKey}"`;
        return (0,_credential_helper_js__WEBPACK_IMPORTED_MODULE_4__/* .helperCredentials */ .J8)({ helper, serverUrl, where: `${config.where} (${by})`, env });
    }
    for (const key of keysFor(config.auths, normalised)) {
        const entry = config.auths[key];
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(entry))
            continue;
        const credentials = entryCredentials(entry, config.where, key);
        if (credentials)
            return credentials;
    }
    return undefined;
}
/**
 * The domains the Docker config holds entries for (`auths` and `credHelpers`, normalised), so a
 * builder that is given its own auth file can still be given what `docker login` left for them.
 */
function dockerConfigDomains(env) {
    let configs;
    try {
        configs = readConfigs(env);
    }
    catch {
        return [];
    }
    const keys = configs.flatMap((c) => [...Object.keys(c.auths), ...Object.keys(c.credHelpers)]);
    return [...new Set(keys.map(keyDomain))];
}
function entryCredentials(entry, where, key) {
    const source = `the entry "${key}" of ${where.replace(/^The /, 'the ')}`;
    let username = '';
    let password = '';
    if (typeof entry.auth === 'string' && entry.auth) {
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0 && !entry.identitytoken) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where}: the auth of "${key}" is not base64 of user:password`);
        }
        username = colon > 0 ? decoded.slice(0, colon) : '';
        password = colon > 0 ? decoded.slice(colon + 1) : '';
    }
    else if (typeof entry.username === 'string' && typeof entry.password === 'string') {
        username = entry.username;
        password = entry.password;
    }
    // An identity token wins over a password, as with docker (`az acr login` writes both).
    if (typeof entry.identitytoken === 'string' && entry.identitytoken) {
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(entry.identitytoken);
        return {
            username: username || _credential_helper_js__WEBPACK_IMPORTED_MODULE_4__/* .TOKEN_USERNAME */ .ny,
            password: '',
            identityToken: entry.identitytoken,
            source,
        };
    }
    if (!username || !password)
        return undefined;
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskCredentials */ .Bs)(username, password);
    return { username, password, source };
}


/***/ }),

/***/ 58477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  es: () => (/* binding */ awsError),
  em: () => (/* binding */ awsIdentity),
  dQ: () => (/* binding */ ecrCredentials),
  Lo: () => (/* binding */ endpointFor)
});

// UNUSED EXPORTS: REFRESH_MARGIN_MS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./.build/src/credentials/github-oidc.js
var github_oidc = __webpack_require__(64889);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/log-text.js
var log_text = __webpack_require__(88005);
// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
// EXTERNAL MODULE: ./.build/src/credentials/registries-file.js
var registries_file = __webpack_require__(2158);
;// CONCATENATED MODULE: ./.build/src/credentials/step-cache.js
/**
 * What one step minted or asked a program for, kept for that step alone: keyed by the step's
 * environment object, which lives exactly as long as the step (tests and the CLI run several
 * steps in one process, each with its own). An answer is kept until `validUntil` says; one
 * already past it serves the request at hand and is not kept, so an expired token is never
 * refreshed in a loop. A failure is not kept.
 */
class StepCache {
    validUntil;
    now;
    steps = new WeakMap();
    constructor(validUntil = () => Infinity, now = Date.now) {
        this.validUntil = validUntil;
        this.now = now;
    }
    get(env, key, make) {
        let entries = this.steps.get(env);
        if (!entries) {
            entries = new Map();
            this.steps.set(env, entries);
        }
        const found = entries.get(key);
        if (found && found.until > this.now())
            return found.value;
        const entry = { value: make(), until: Infinity };
        const step = entries;
        step.set(key, entry);
        entry.value.then((value) => {
            entry.until = this.validUntil(value);
            if (entry.until <= this.now() && step.get(key) === entry)
                step.delete(key);
        }, () => {
            if (step.get(key) === entry)
                step.delete(key);
        });
        return entry.value;
    }
}

// EXTERNAL MODULE: ./.build/src/credentials/aws-http.js
var aws_http = __webpack_require__(59136);
;// CONCATENATED MODULE: ./.build/src/credentials/ecr.js








/**
 * ECR's registry password, minted by the step (DESIGN §2): `GetAuthorizationToken` with AWS
 * credentials from the environment (as aws-actions/configure-aws-credentials leaves them), a web
 * identity token file, the role `role_arn` assumed with the GitHub OIDC token, or the SDK's own
 * chain (shared config files, container and instance credentials). The AWS SDK is loaded only
 * here, when an ECR integration is used: other steps do not pay for loading it.
 */
/** A token is minted anew this long before it expires (ECR's live 12 hours). */
const REFRESH_MARGIN_MS = 5 * 60_000;
const STS_AUDIENCE = 'sts.amazonaws.com';
const ROLE_SECONDS = 3600;
/** Tokens of one step; one whose expiry has passed (a skewed clock) serves its request alone. */
const tokens = new StepCache((token) => token.expiresAt - REFRESH_MARGIN_MS);
/** `AWS_ENDPOINT_URL_<SERVICE>`, else `AWS_ENDPOINT_URL`, as the SDKs read them. */
function endpointFor(service, env) {
    const url = env[`AWS_ENDPOINT_URL_${service}`] || env.AWS_ENDPOINT_URL;
    return url ? { endpoint: url } : {};
}
/** The username and password for the ECR registry of `integration`, minted once per step. */
async function ecrCredentials(integration, aws, env) {
    const key = JSON.stringify([integration.domain, aws]);
    return (await tokens.get(env, key, () => mintToken(integration, aws, env))).credentials;
}
async function mintToken(integration, aws, env) {
    const where = `Registry ${(0,registries_file/* describeIntegration */.a9)(integration)}`;
    const identity = await awsIdentity(where, aws, env);
    const { ECRClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 28249, 19));
    const client = new ECRClient({
        region: aws.region,
        ...(identity ? { credentials: identity } : {}),
        ...endpointFor('ECR', env),
        ...(await (0,aws_http/* awsClientOptions */.BE)('ECR')),
    });
    let data;
    try {
        const command = new GetAuthorizationTokenCommand(aws.accountId ? { registryIds: [aws.accountId] } : {});
        const answer = await (0,aws_http/* withinAwsDeadline */.Bh)('ECR', (abortSignal) => client.send(command, { abortSignal }));
        data = answer.authorizationData?.[0];
    }
    catch (error) {
        throw awsError(where, `ECR GetAuthorizationToken in ${aws.region}`, error, identity);
    }
    finally {
        client.destroy();
    }
    const token = data?.authorizationToken;
    if (!token)
        throw new errors/* UserError */.yo(`${where}: ECR GetAuthorizationToken returned no token`);
    (0,secrets/* maskSecret */.$l)(token);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new errors/* UserError */.yo(`${where}: the ECR token is not base64 of user:password`);
    const password = decoded.slice(colon + 1);
    (0,secrets/* maskCredentials */.Bs)(decoded.slice(0, colon), password);
    return {
        credentials: {
            username: decoded.slice(0, colon),
            password,
            source: `the ECR token minted for ${where.replace(/^Registry /, 'registry ')}`,
        },
        expiresAt: data?.expiresAt ? new Date(data.expiresAt).getTime() : Date.now() + 3600_000,
    };
}
/**
 * The AWS credentials to call ECR with: the role assumed with the GitHub OIDC token when
 * `role_arn` is given; else the environment's keys; else a web identity token file; undefined
 * for the SDK's default chain (which reads the process environment).
 */
async function awsIdentity(where, aws, env) {
    if (aws.roleArn) {
        const token = await (0,github_oidc/* githubOidcToken */.K)(env, STS_AUDIENCE, where);
        const session = aws.roleSessionName ?? `image-actions-${env.GITHUB_RUN_ID || Date.now()}`;
        return assumeRole(where, aws, env, aws.roleArn, session, token);
    }
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (accessKeyId && secretAccessKey) {
        (0,secrets/* maskSecret */.$l)(secretAccessKey);
        (0,secrets/* maskSecret */.$l)(env.AWS_SESSION_TOKEN);
        return {
            accessKeyId,
            secretAccessKey,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        };
    }
    const tokenFile = env.AWS_WEB_IDENTITY_TOKEN_FILE;
    if (tokenFile && env.AWS_ROLE_ARN) {
        let token;
        try {
            token = (await (0,promises_.readFile)(tokenFile, 'utf8')).trim();
        }
        catch (error) {
            throw new errors/* UserError */.yo(`${where}: cannot read AWS_WEB_IDENTITY_TOKEN_FILE ${tokenFile} (${error.code ?? error})`);
        }
        (0,secrets/* maskSecret */.$l)(token);
        const session = env.AWS_ROLE_SESSION_NAME || `image-actions-${Date.now()}`;
        return assumeRole(where, aws, env, env.AWS_ROLE_ARN, session, token);
    }
    return undefined;
}
async function assumeRole(where, aws, env, roleArn, sessionName, webIdentityToken) {
    const { STSClient, AssumeRoleWithWebIdentityCommand } = await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 71695, 19));
    const client = new STSClient({
        region: aws.region,
        ...endpointFor('STS', env),
        ...(await (0,aws_http/* awsClientOptions */.BE)('STS')),
    });
    let answer;
    try {
        const command = new AssumeRoleWithWebIdentityCommand({
            RoleArn: roleArn,
            RoleSessionName: sessionName,
            WebIdentityToken: webIdentityToken,
            DurationSeconds: ROLE_SECONDS,
        });
        answer = await (0,aws_http/* withinAwsDeadline */.Bh)('STS', (abortSignal) => client.send(command, { abortSignal }));
    }
    catch (error) {
        throw awsError(where, `STS AssumeRoleWithWebIdentity of ${roleArn}`, error, undefined);
    }
    finally {
        client.destroy();
    }
    const issued = answer.Credentials;
    if (!issued?.AccessKeyId || !issued.SecretAccessKey) {
        throw new errors/* UserError */.yo(`${where}: STS AssumeRoleWithWebIdentity of ${roleArn} returned no credentials`);
    }
    (0,secrets/* maskSecret */.$l)(issued.SecretAccessKey);
    (0,secrets/* maskSecret */.$l)(issued.SessionToken);
    return {
        accessKeyId: issued.AccessKeyId,
        secretAccessKey: issued.SecretAccessKey,
        ...(issued.SessionToken ? { sessionToken: issued.SessionToken } : {}),
    };
}
/** What to do about an AWS refusal, by its error name. */
function hint(name, identity, permission) {
    if (name === 'CredentialsProviderError') {
        return 'no AWS credentials were found: set role_arn (with permissions: id-token: write), run aws-actions/configure-aws-credentials before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';
    }
    if (/InvalidIdentityToken|IDPRejectedClaim|IDPCommunicationError/.test(name)) {
        return "check the role's trust policy: it must trust token.actions.githubusercontent.com for this repository, audience sts.amazonaws.com";
    }
    if (/UnrecognizedClient|InvalidClientTokenId|InvalidSignature|ExpiredToken|SignatureDoesNotMatch/.test(name)) {
        return identity
            ? 'the AWS credentials were refused: check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or the role'
            : 'the AWS credentials were refused';
    }
    if (/AccessDenied/.test(name)) {
        return `the AWS identity may not call it: allow ${permission}`;
    }
    return '';
}
/** An AWS failure in user words: what was asked, AWS's error name and message, what to do. */
function awsError(where, what, error, identity, permission = 'ecr:GetAuthorizationToken (and sts:AssumeRoleWithWebIdentity for a role)') {
    const status = error.$metadata?.httpStatusCode;
    const named = error.$fault !== undefined;
    let name = error.name ?? 'Error';
    let said;
    const bound = (0,aws_http/* awsBoundFailure */.yU)(error);
    if (bound) {
        // A bound of ours ended the call: the SDK's notes around it (a deserialization error, the
        // status of an answer that was cut off) would only hide it.
        said = bound;
    }
    else if (!named && status) {
        // An answer the SDK could not read (a proxy's page, say): its status is what it said.
        said = `HTTP ${status}`;
        if (status === 401 || status === 403)
            name = 'AccessDenied';
    }
    else {
        const code = error.code;
        const message = String(error.message ?? error)
            .replace(/\s+/g, ' ')
            .slice(0, 300);
        said = (0,log_text/* escapeLogText */.dD)(`${code && name === 'Error' ? code : name}: ${message}`);
    }
    const advice = status === 403 && !named
        ? hint('InvalidClientTokenId', identity, permission)
        : hint(name, identity, permission);
    return new errors/* UserError */.yo(`${where}: ${what} failed: ${said}${advice ? `; ${advice}` : ''}`);
}


/***/ }),

/***/ 64889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ githubOidcToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);
/* harmony import */ var _http_loopback_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70599);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60174);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6098);




/**
 * The GitHub Actions OIDC token of the job (what `core.getIDToken` fetches): the runner offers
 * it at `ACTIONS_ID_TOKEN_REQUEST_URL` to a job with `permissions: id-token: write`.
 */
const TIMEOUT_MS = 30_000;
const MAX_ANSWER_BYTES = 1024 * 1024;
/** The runner's endpoint is HTTPS; a loopback stand-in may be plain HTTP. */
function allowedUrl(url) {
    return url.protocol === 'https:' || (url.protocol === 'http:' && (0,_http_loopback_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopback */ .U9)(url.host));
}
async function readBounded(res) {
    const reader = res.body?.getReader();
    if (!reader)
        return '';
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.length;
        if (size > MAX_ANSWER_BYTES) {
            await reader.cancel();
            throw new Error(`an answer larger than ${MAX_ANSWER_BYTES} bytes`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * The job's OIDC token for `audience`, masked. `where` names who needs it, for messages: without
 * the runner's variables the error says to grant `id-token: write`.
 */
async function githubOidcToken(env, audience, where) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: role_arn is assumed with the GitHub OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job permissions: id-token: write (GitHub Actions only), or leave out role_arn and provide AWS credentials in the environment`);
    }
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(requestToken);
    let url;
    try {
        url = new URL(requestUrl);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: ACTIONS_ID_TOKEN_REQUEST_URL is not a URL`);
    }
    if (!allowedUrl(url)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: ACTIONS_ID_TOKEN_REQUEST_URL is not an HTTPS URL; refused`);
    }
    url.searchParams.set('audience', audience);
    // A try that fails for a reason worth another throws a Retry with that reason: tried again
    // with backoff within the step's retry budget (DESIGN §6), as every other request is.
    const { res, text } = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retrying */ .R$)(async () => {
        let res;
        try {
            // No redirect is followed: the bearer token goes to the runner's endpoint only.
            res = await fetch(url, {
                headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
                redirect: 'error',
                signal: AbortSignal.timeout(TIMEOUT_MS),
            });
        }
        catch (error) {
            throw new Retry(`cannot reach it (${error.cause ?? error.message})`);
        }
        let text;
        try {
            text = await readBounded(res);
        }
        catch (error) {
            throw new Retry(`its answer could not be read (${error.message})`);
        }
        if (res.status >= 500)
            throw new Retry(`it answered HTTP ${res.status}`);
        return { res, text };
    }, {
        retryable: (error) => error instanceof Retry,
        exhausted: (error, stop) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: cannot get the GitHub OIDC token: ${url.origin} ${error.message} (${stop})`);
        },
    });
    if (res.status !== 200) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: the GitHub OIDC token endpoint answered HTTP ${res.status}; check that the job has permissions: id-token: write`);
    }
    let value;
    try {
        value = JSON.parse(text).value;
    }
    catch {
        value = undefined;
    }
    if (typeof value !== 'string' || !value) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: the GitHub OIDC token endpoint sent no token`);
    }
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(value);
    return value;
}
/** A try that failed for a reason worth another, said as the message will say it. */
class Retry extends Error {
}


/***/ }),

/***/ 16825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R$: () => (/* binding */ checkContexts),
  dl: () => (/* binding */ integrationByName),
  Uj: () => (/* binding */ resolvePull),
  B$: () => (/* binding */ resolvePush),
  xh: () => (/* binding */ splitImageName),
  je: () => (/* binding */ targetName)
});

// UNUSED EXPORTS: applyPrefix, endpointFor

// EXTERNAL MODULE: ./.build/src/http/loopback.js
var loopback = __webpack_require__(70599);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/credentials/registries-file.js
var registries_file = __webpack_require__(2158);
// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
// EXTERNAL MODULE: ./.build/src/credentials/credential-helper.js
var credential_helper = __webpack_require__(70618);
// EXTERNAL MODULE: ./.build/src/credentials/ecr.js + 1 modules
var ecr = __webpack_require__(58477);
;// CONCATENATED MODULE: ./.build/src/credentials/integration.js





/**
 * The identity an integration declares (DESIGN §2), resolved when the integration is used, so a
 * job that has the secrets of just the registries it uses still works. Every secret is masked
 * the moment it is read or minted, with its base64 `user:pass` form.
 */
function readValue(integration, value, what, env) {
    if (typeof value === 'string')
        return value;
    const resolved = env[value.env];
    if (resolved === undefined || resolved === '') {
        throw new errors/* UserError */.yo(`Registry ${(0,registries_file/* describeIntegration */.a9)(integration)}: the environment variable ${value.env} that holds its ${what} is not set or is empty; pass it to the step, e.g. env: { ${value.env}: \${{ secrets.${value.env} }} }`);
    }
    return resolved;
}
/**
 * The integration's credentials: its username and password, what its credential helper holds,
 * its identity token, an ECR token minted from AWS credentials, or for kind ghcr inside GitHub
 * Actions the job's `GITHUB_TOKEN`. Undefined when it declares none of these: the Docker config
 * is asked then.
 */
async function readCredentials(integration, env) {
    const declared = integration.credentials;
    const where = `Registry ${(0,registries_file/* describeIntegration */.a9)(integration)}`;
    if (integration.aws)
        return (0,ecr/* ecrCredentials */.dQ)(integration, integration.aws, env);
    if (!declared)
        return githubTokenCredentials(integration, env);
    if ('helper' in declared) {
        const found = await (0,credential_helper/* helperCredentials */.J8)({
            helper: declared.helper,
            serverUrl: (0,credential_helper/* helperServerUrl */.Fp)(integration.domain),
            where,
            env,
        });
        if (!found) {
            throw new errors/* UserError */.yo(`${where}: the credential helper docker-credential-${declared.helper} holds no credentials for ${(0,credential_helper/* helperServerUrl */.Fp)(integration.domain)}; log in with it first`);
        }
        return found;
    }
    if ('identityToken' in declared) {
        const identityToken = readValue(integration, declared.identityToken, 'identity token', env);
        (0,secrets/* maskSecret */.$l)(identityToken);
        const username = declared.username
            ? readValue(integration, declared.username, 'username', env)
            : credential_helper/* TOKEN_USERNAME */.ny;
        return {
            username,
            password: '',
            identityToken,
            source: `${declared.identityToken.env} of registry ${(0,registries_file/* describeIntegration */.a9)(integration)}`,
        };
    }
    const password = readValue(integration, declared.password, 'password', env);
    (0,secrets/* maskSecret */.$l)(password);
    const username = readValue(integration, declared.username, 'username', env);
    (0,secrets/* maskCredentials */.Bs)(username, password);
    return {
        username,
        password,
        source: `the password in ${declared.password.env} of registry ${(0,registries_file/* describeIntegration */.a9)(integration)}`,
    };
}
/**
 * Kind ghcr declared without credentials, inside GitHub Actions: the job's token, passed to the
 * step as `env: { GITHUB_TOKEN: ${{ github.token }} }`, as the user `GITHUB_ACTOR`.
 */
function githubTokenCredentials(integration, env) {
    if (integration.kind !== 'ghcr' || env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_TOKEN) {
        return undefined;
    }
    const password = env.GITHUB_TOKEN;
    (0,secrets/* maskSecret */.$l)(password);
    const username = env.GITHUB_ACTOR || 'github-actions';
    (0,secrets/* maskSecret */.$l)(Buffer.from(`${username}:${password}`).toString('base64'));
    return {
        username,
        password,
        source: `GITHUB_TOKEN for registry ${(0,registries_file/* describeIntegration */.a9)(integration)}; the job needs permissions: packages: write to push`,
    };
}

// EXTERNAL MODULE: ./.build/src/credentials/docker-config.js
var docker_config = __webpack_require__(27351);
// EXTERNAL MODULE: ./.build/src/oci/reference.js
var reference = __webpack_require__(92968);
;// CONCATENATED MODULE: ./.build/src/credentials/resolve.js






const DOCKER_HUB_HOST = 'registry-1.docker.io';
function domainKey(domain) {
    return (0,reference/* normaliseDomain */.$N)(domain.toLowerCase());
}
function sameDomain(a, b) {
    return domainKey(a) === domainKey(b);
}
function endpoint(domain, via, label, credentials, integration) {
    const normalised = domainKey(domain);
    return {
        domain: normalised,
        host: normalised === reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_HOST : normalised,
        insecure: (integration?.insecure ?? false) || (0,loopback/* isLoopback */.U9)(normalised),
        ...(integration ? { integration } : {}),
        via,
        ...(credentials ? { credentials } : {}),
        label,
        ...(integration?.requestsPerSecond ? { requestsPerSecond: integration.requestsPerSecond } : {}),
    };
}
/** The integration a step input names; unknown names are errors listing the known ones. */
function integrationByName(config, name, inputName) {
    const found = config.integrations.find((i) => i.name === name);
    if (found)
        return found;
    const known = config.integrations.map((i) => i.name);
    const why = config.source === registries_file/* NO_SOURCE */.ir
        ? `no registries are declared (no ${registries_file/* DEFAULT_REGISTRIES_FILE */.Zv}, no registries input)`
        : known.length
            ? `${config.source} declares ${known.join(', ')}`
            : `${config.source} declares no registries`;
    throw new errors/* UserError */.yo(`Input ${inputName}: there is no registry named "${name}"; ${why}`);
}
/**
 * The endpoint of an integration. Its credentials are resolved now, when it is used (see
 * readCredentials): read from the environment, asked of a helper, or minted. An integration that
 * declares no credentials uses what the Docker config holds for its domain, if anything, else
 * anonymous access.
 */
async function endpointFor(integration, env) {
    const credentials = (await readCredentials(integration, env)) ??
        (await (0,docker_config/* readDockerConfigCredentials */.jU)(integration.domain, env));
    return endpoint(integration.domain, 'integration', integration.name, credentials, integration);
}
async function fallbackEndpoint(domain, env) {
    const normalised = domainKey(domain);
    const credentials = await (0,docker_config/* readDockerConfigCredentials */.jU)(normalised, env);
    return credentials
        ? endpoint(normalised, 'docker-config', `${normalised} (Docker config)`, credentials)
        : endpoint(normalised, 'anonymous', `${normalised} (anonymous)`, undefined);
}
/**
 * Through which registry and credentials an image on `domain` is pulled (DESIGN §3): the step's
 * context for that domain; else the one integration on the domain, or its `primary` one among
 * several; without any, the Docker config, else anonymous access.
 */
async function resolvePull(config, env, domain, contexts) {
    const wanted = domainKey(domain);
    const chosen = contexts.filter((c) => sameDomain(c.domain, wanted));
    if (chosen.length > 1) {
        throw new errors/* UserError */.yo(`The registry contexts ${chosen.map((c) => c.name).join(' and ')} both serve ${wanted}; give at most one context per domain`);
    }
    const candidates = config.integrations.filter((i) => sameDomain(i.domain, wanted));
    if (chosen.length === 1)
        return withHint(await endpointFor(chosen[0], env), candidates);
    if (candidates.length === 0) {
        const fallback = await fallbackEndpoint(wanted, env);
        // A user who meant a registries file to be read is told it was not there.
        if (fallback.via === 'anonymous' && config.lookedFor) {
            fallback.refusalHint = `no registries file at ${config.lookedFor}: the request went anonymous`;
        }
        return fallback;
    }
    if (candidates.length === 1)
        return endpointFor(candidates[0], env);
    const primary = candidates.find((i) => i.primary);
    if (primary)
        return withHint(await endpointFor(primary, env), candidates);
    throw new errors/* UserError */.yo(`Several registries serve ${wanted}: ${candidates.map(registries_file/* describeIntegration */.a9).join(', ')}; mark one primary: true in ${config.source}, or set registry_context to the one to pull through`);
}
/**
 * A domain served by several integrations: a refusal of the one chosen names the others, which
 * may be the identity that was meant (DESIGN §3: `registry_context` picks one per step).
 */
function withHint(chosen, candidates) {
    const others = candidates.filter((i) => i !== chosen.integration).map((i) => i.name);
    if (others.length === 0)
        return chosen;
    const serve = others.length === 1 ? 'also serves' : 'also serve';
    chosen.refusalHint = `${others.join(', ')} ${serve} ${chosen.domain}; set registry_context: ${others[0]} (or registry_contexts) to pull with it`;
    return chosen;
}
/** Prepends `prefix/` to `repository`, unless the repository already starts with it. */
function applyPrefix(prefix, repository) {
    const trimmed = (0,reference/* trimSlashes */.uT)(prefix ?? '');
    if (!trimmed || repository === trimmed || repository.startsWith(`${trimmed}/`)) {
        return repository;
    }
    return `${trimmed}/${repository}`;
}
/** The repository a push target names, as references write it (`ghcr.io/acme/app`). */
function targetName(target) {
    return (0,reference/* formatName */.nD)({ domain: target.endpoint.domain, repository: target.repository });
}
/**
 * Splits an image name as the user wrote it into its domain, if it names one, and its path;
 * a tag or digest is dropped. The name is validated by the Docker reference grammar.
 */
function splitImageName(imageName) {
    const ref = (0,reference/* parseReference */.F2)(imageName, { defaultTag: false, what: 'image name' });
    let rest = imageName.trim();
    const at = rest.indexOf('@');
    if (at >= 0)
        rest = rest.slice(0, at);
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/'))
        rest = rest.slice(0, colon);
    const slash = rest.indexOf('/');
    if (slash >= 0 && (0,reference/* looksLikeDomain */.wB)(rest.slice(0, slash))) {
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
async function resolvePush(config, env, imageName, registry) {
    const name = splitImageName(imageName);
    const target = registry ?? config.integrations.find((i) => i.default);
    const endpoint = target
        ? await endpointFor(target, env)
        : await resolvePull(config, env, name.domain ?? reference/* DOCKER_HUB */.Xb, []);
    const repository = (0,reference/* officialPath */.fO)(endpoint.domain, applyPrefix(endpoint.integration?.repositoryPrefix, name.path));
    if (`${endpoint.domain}/${repository}`.length > reference/* MAX_NAME_LENGTH */.EM) {
        throw new errors/* UserError */.yo(`Invalid image name "${imageName}": pushed to ${endpoint.label} it becomes ${endpoint.domain}/${repository}, longer than ${reference/* MAX_NAME_LENGTH */.EM} characters`);
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
            throw new errors/* UserError */.yo(`Input ${inputName}: ${other.name} and ${context.name} both serve ${key}; give at most one per domain`);
        }
        byDomain.set(key, context);
    }
    for (const [domain, context] of byDomain) {
        if (pulledDomains === undefined) {
            warn(`Input ${inputName}: cannot tell whether this step pulls from ${domain}; ${context.name} is used only for images on ${domain}`);
        }
        else if (!pulledDomains.some((d) => sameDomain(d, domain))) {
            const pulled = [...new Set(pulledDomains.map(domainKey))];
            throw new errors/* UserError */.yo(`Input ${inputName}: ${context.name} serves ${domain}, but this step pulls no image from ${domain}${pulled.length ? ` (only from ${pulled.join(', ')})` : ''}`);
        }
    }
}


/***/ }),

/***/ 94146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ helperTimeoutMs),
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   Sf: () => (/* binding */ idleTimeoutMs),
/* harmony export */   h1: () => (/* binding */ CountLimit),
/* harmony export */   qc: () => (/* binding */ BodyLimit),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31496);
/**
 * Every limit on what a registry or an endpoint can make a step read or wait for (DESIGN §6
 * "Bounded"), in one place. A hostile or broken server must not hold a job for hours or fill its
 * memory: bodies read whole have a size limit, a body that goes silent fails its try, and the
 * tries of one operation share one budget of time.
 *
 * Tests shorten the times through `IMAGE_ACTIONS_*` environment variables, read at each use so
 * that a test can set them around one call; nothing else should need to.
 */

/** Size limits, in bytes, of the bodies read whole. */
const BodyLimit = {
    /** A manifest or an index: the distribution spec's limit for what registries must accept. */
    manifest: 4 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv,
    /** An image config, read whole for its platform and labels: long histories fit well below. */
    config: 8 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv,
    /** A page of a referrers or tag list (an index; 1000 tags). */
    listPage: 4 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv,
    /**
     * A referrers listing in all, its pages together: a registry repeating one huge entry on each
     * of 100 pages would otherwise have 400 MiB parsed and held; real listings are some KiB.
     */
    referrersListing: 16 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv,
    /** A token service's answer: a token is some KiB at most. */
    tokenAnswer: 1 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv,
    /** An error answer: read this far for the registry's own message, the rest is dropped. */
    errorBody: 64 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .KiB */ .ty,
    /** The reporting endpoint's answer. */
    reportAnswer: 1 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv,
    /**
     * A GitHub API answer (a commit's pull requests, 100 at most): each entry holds its head and
     * base repositories whole, some 25 KiB, so a full page is some 2.5 MiB.
     */
    githubApiAnswer: 8 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv,
    /** An AWS answer (ECR's token, STS's credentials, a KMS key or signature): some KiB at most. */
    awsAnswer: 1 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv,
    /** A credential helper's answer on stdout: one small JSON object; more is a helper gone wrong. */
    helperAnswer: 1 * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv,
};
/** Counts a registry could otherwise make endless. */
const CountLimit = {
    /** Redirects followed for one request. */
    redirects: 5,
    /** Pages of a referrers list followed (`Link: rel="next"`): more is a registry looping. */
    referrerPages: 100,
    /**
     * Pages of a tag list followed: registries that cap a page at 100 tags whatever is asked (Quay
     * does) still list a sync's 50,000 tags in 500 pages; past it the listing ends incomplete (as
     * at its `limit`), so that a registry whose every page names one new tag cannot hold a step
     * for 10,000 requests.
     */
    tagPages: 500,
};
/** No byte for this long, while waiting for an answer's headers or during its body: the try fails. */
const IDLE_TIMEOUT_MS = 60_000;
const RETRY_BUDGET_MS = 5 * 60_000;
const DEFAULT_RETRY = {
    tries: 5,
    baseDelayMs: 200,
    maxDelayMs: 10_000,
    budgetMs: RETRY_BUDGET_MS,
};
/** A positive number of milliseconds from the environment, else the default. */
function fromEnv(name, fallback) {
    const value = process.env[name];
    return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : fallback;
}
/** The idle timeout: `IMAGE_ACTIONS_IDLE_TIMEOUT_MS` for tests, else 60 s. */
function idleTimeoutMs() {
    return fromEnv('IMAGE_ACTIONS_IDLE_TIMEOUT_MS', IDLE_TIMEOUT_MS);
}
/** The default policy, its budget shortened by `IMAGE_ACTIONS_RETRY_BUDGET_MS` for tests. */
function retryPolicy(policy = DEFAULT_RETRY) {
    return { ...policy, budgetMs: fromEnv('IMAGE_ACTIONS_RETRY_BUDGET_MS', policy.budgetMs) };
}
/**
 * How long a credential helper may take: generous, since some (gcloud, ecr-login) call a cloud
 * API, but a hung one fails the step. `IMAGE_ACTIONS_HELPER_TIMEOUT_MS` for tests, else 60 s.
 */
function helperTimeoutMs() {
    return fromEnv('IMAGE_ACTIONS_HELPER_TIMEOUT_MS', 60_000);
}


/***/ }),

/***/ 70599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ loopbackLookup),
/* harmony export */   U9: () => (/* binding */ isLoopback)
/* harmony export */ });
/* unused harmony export isLocalhostName */
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40610);

/** `localhost` and the names under it, loopback by RFC 6761 (k3d's `k3d-reg.localhost`). */
function isLocalhostName(hostname) {
    const name = hostname.toLowerCase().replace(/\.$/, '');
    return name === 'localhost' || name.endsWith('.localhost');
}
/**
 * localhost and the names under it (`k3d-reg.localhost`), 127.0.0.0/8 and [::1], with any port:
 * Docker speaks plain HTTP to these, and a stand-in for an HTTPS service may sit there. Takes a
 * domain (`host:port`) or a URL's host.
 */
function isLoopback(domain) {
    let host;
    try {
        host = new URL(`http://${domain}`).hostname;
    }
    catch {
        return false;
    }
    return isLocalhostName(host) || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/**
 * Names under `localhost` are loopback (RFC 6761 §6.3: resolvers should answer them so, as curl
 * and browsers do); k3d names its registries `k3d-NAME.localhost`. Other names go to the system.
 */
function loopbackLookup(hostname, options, callback) {
    if (!isLocalhostName(hostname)) {
        (0,node_dns__WEBPACK_IMPORTED_MODULE_0__.lookup)(hostname, options, callback);
        return;
    }
    if (options.all)
        callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else
        callback(null, '127.0.0.1', 4);
}


/***/ }),

/***/ 60174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ backoff),
/* harmony export */   R$: () => (/* binding */ retrying),
/* harmony export */   eu: () => (/* binding */ budgetRemaining),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports RetryBudget, withRetryBudget */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31496);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94146);



/**
 * One retry budget per operation (DESIGN §6): a manifest read, a blob transfer, a token request
 * each get a number of tries and a time to spend on them, shared by every retry loop the
 * operation passes through. Loops nest (a blob transfer retries whole around requests that retry
 * too): were each to count its own tries, five times five tries of a minute each would hold a
 * step for half an hour. The budget travels with the operation's async context, so an inner
 * loop draws from the outer one's budget without every call in between passing it on.
 */
class RetryBudget {
    policy;
    failures = 0;
    deadline;
    /** Why the budget allows no more tries, once `next` has said so: outer loops stop too. */
    spent;
    constructor(policy = (0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .retryPolicy */ .Jb)()) {
        this.policy = policy;
        this.deadline = Date.now() + policy.budgetMs;
    }
    /** Bytes moved: an operation that gets somewhere has its time to spend renewed. */
    progressed() {
        this.deadline = Date.now() + this.policy.budgetMs;
    }
    /** Time left, in ms (0 once it is spent). */
    remaining() {
        return Math.max(0, this.deadline - Date.now());
    }
    /**
     * Timeouts for one try: no byte for the idle timeout fails it, and no try outlives the budget
     * waiting for an answer. Bytes that keep coming are never cut, however long they take.
     */
    tryTimeouts() {
        const timeout = Math.max(1000, Math.min((0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .idleTimeoutMs */ .Sf)(), this.remaining()));
        return { headersTimeout: timeout, bodyTimeout: timeout };
    }
    /**
     * After a failed try: the wait before the next one, or why there is none (the tries are used
     * up, the time is, or the server asked to come back after the budget ends). `retryAfterMs` is
     * the server's `Retry-After`: it is waited out exactly, never shortened.
     */
    next(retryAfterMs) {
        const decision = this.decide(retryAfterMs);
        if ('stop' in decision)
            this.spent ??= decision.stop;
        return decision;
    }
    decide(retryAfterMs) {
        if (this.spent)
            return { stop: this.spent };
        this.failures++;
        const { policy } = this;
        if (this.failures >= policy.tries)
            return { stop: `gave up after ${tries(this.failures)}` };
        if (retryAfterMs !== undefined && retryAfterMs > this.remaining()) {
            const at = new Date(Date.now() + retryAfterMs).toISOString().replace(/\.\d+Z$/, 'Z');
            return {
                stop: `asked to retry at ${at} (Retry-After), beyond the retry budget of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(policy.budgetMs)}`,
            };
        }
        const waitMs = retryAfterMs ?? backoff(this.failures, policy);
        if (waitMs > this.remaining()) {
            return {
                stop: `gave up after ${tries(this.failures)} within the retry budget of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(policy.budgetMs)}`,
            };
        }
        return { waitMs };
    }
}
const tries = (n) => `${n} ${n === 1 ? 'try' : 'tries'}`;
/** Exponential backoff with full jitter: half the ceiling, plus up to as much again at random. */
function backoff(failures, policy) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
const current = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** What is left of the running operation's budget, in ms; undefined outside any operation. */
function budgetRemaining() {
    return current.getStore()?.remaining();
}
/**
 * Runs `operation` with the budget of the operation it is part of, or, when it is one of its
 * own, with a new budget (from `policy`).
 */
function withRetryBudget(operation, policy) {
    const outer = current.getStore();
    if (outer)
        return operation(outer);
    const budget = new RetryBudget((0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .retryPolicy */ .Jb)(policy));
    return current.run(budget, () => operation(budget));
}
/** Waits `ms`; a cancelled step does not wait out its backoff: the wait ends with its reason. */
const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason);
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', stop);
        resolve();
    }, ms);
    const stop = () => {
        clearTimeout(timer);
        reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
});
/**
 * The one retry loop: tries `attempt` until it succeeds, a failure is not retryable, or the
 * operation's budget (DESIGN §6) allows no more tries, waiting with backoff (or the server's
 * `Retry-After`) between tries. `attempt` gets the budget (per-try timeouts, `progressed` as
 * bytes move) and the try's number from 1.
 */
function retrying(attempt, rules) {
    return withRetryBudget(async (budget) => {
        for (let n = 1;; n++) {
            try {
                return await attempt(budget, n);
            }
            catch (error) {
                const verdict = rules.retryable(error, budget);
                if (!verdict)
                    throw error;
                const next = budget.next(verdict === true ? undefined : verdict.retryAfterMs);
                if ('stop' in next)
                    return rules.exhausted(error, next.stop);
                await rules.onRetry?.(error, next.waitMs);
                await sleep(next.waitMs, rules.signal);
            }
        }
    }, rules.policy);
}


/***/ })

};
