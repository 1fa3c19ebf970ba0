export const id = 835;
export const ids = [835];
export const modules = {

/***/ 7393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ builderIO)
/* harmony export */ });
/** How builders talk to the step: their output goes to the log. */
function builderIO(io) {
    return { env: io.env, log: (line) => io.info(line), warn: (m) => io.warning(m) };
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

/***/ 11742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ql: () => (/* binding */ availableBuilders),
  h4: () => (/* binding */ detectBuilder)
});

// UNUSED EXPORTS: probeProgram

// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(81260);
;// CONCATENATED MODULE: ./.build/src/builders/exec.js




const DEFAULT_KEEP = 200;
/** The Debian package, or the project, that provides a program: what to install when it is missing. */
const PROVIDERS = {
    docker: 'Docker with the buildx plugin',
    buildah: 'buildah (apt-get install buildah)',
};
/**
 * The program's file, found on the PATH of the environment it runs in (not this process's: a
 * step may put its own docker first). @actions/exec would look on this process's PATH.
 */
function locate(program, env) {
    if (program.includes('/'))
        return program;
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const file = external_node_path_.join(dir, program);
        try {
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
            if ((0,external_node_fs_.statSync)(file).isFile())
                return file;
        }
        catch {
            // not in this directory
        }
    }
    throw new errors/* UserError */.yo(`${program} is not installed (not found on PATH); install ${PROVIDERS[program] ?? program}`);
}
/** Splits a stream's chunks into lines; the last one may come without a newline. */
function lineSplitter(take) {
    let rest = '';
    return {
        push(chunk) {
            const lines = (rest + chunk.toString('utf8')).split(/\r?\n/);
            rest = lines.pop() ?? '';
            for (const line of lines)
                take(line);
        },
        flush() {
            if (rest)
                take(rest);
            rest = '';
        },
    };
}
/**
 * Runs a program with @actions/exec (an argument array, no shell; nothing echoed, the output
 * handed over line by line) and resolves with its exit code and the tail of its output.
 */
async function runCommand(command, options) {
    const keep = options.keep ?? DEFAULT_KEEP;
    const env = { ...options.env, ...command.env };
    const file = locate(command.program, env);
    const tail = [];
    const take = (line) => {
        options.log?.(line);
        tail.push(line);
        if (tail.length > keep)
            tail.shift();
    };
    const out = lineSplitter(take);
    const err = lineSplitter(take);
    const code = await (0,exec/* exec */.m)(file, command.args, {
        cwd: options.cwd,
        env: Object.fromEntries(Object.entries(env).filter((e) => e[1] !== undefined)),
        silent: true,
        ignoreReturnCode: true,
        listeners: { stdout: (chunk) => out.push(chunk), stderr: (chunk) => err.push(chunk) },
    });
    out.flush();
    err.flush();
    // A program killed by a signal has no exit code.
    return { code: typeof code === 'number' ? code : 128, tail };
}
/** How a command is shown in the log: its arguments, quoted where they hold white space. */
function formatCommand(command) {
    return [command.program, ...command.args]
        .map((arg) => (/[\s"'$]/.test(arg) || arg === '' ? JSON.stringify(arg) : arg))
        .join(' ');
}

;// CONCATENATED MODULE: ./.build/src/builders/failure.js

/** Lines of builder output an error message carries. */
const TAIL_LINES = 25;
/**
 * The Dockerfile instruction a build failed at, from the builder's output:
 * buildah says `Error: building at STEP "RUN …": …` (and prints `STEP n/m: …` as it goes),
 * docker buildx says ` > [2/3] RUN …:` (and `#7 [2/3] RUN …` as it goes), or names the step
 * that is no instruction the same way: ` > pushing reg/app:1 with docker:`, ` > exporting to image:`.
 */
function failingInstruction(lines) {
    for (let i = lines.length - 1; i >= 0; i--) {
        const buildah = /building at STEP "(.*)": /.exec(lines[i]);
        if (buildah)
            return buildah[1];
        const docker = /^\s*> (?:\[[^\]]*\] )?(.*):\s*$/.exec(lines[i]);
        if (docker)
            return docker[1];
    }
    for (let i = lines.length - 1; i >= 0; i--) {
        const step = /^(?:\[[^\]]*\] )?STEP \d+\/\d+: (.*)$/.exec(lines[i]);
        if (step)
            return step[1];
        const docker = /^#\d+ \[[^\]]*\d+\/\d+\] (.*)$/.exec(lines[i]);
        if (docker)
            return docker[1];
    }
    return undefined;
}
function tailText(lines) {
    let end = lines.length;
    while (end > 0 && !lines[end - 1].trim())
        end--;
    return lines
        .slice(0, end)
        .slice(-TAIL_LINES)
        .map((l) => `  ${l}`)
        .join('\n');
}
/** A failed build, in user words: the instruction it failed at and the tail of its output. */
function buildFailure(builder, code, lines) {
    const instruction = failingInstruction(lines);
    const where = instruction ? ` at ${instruction}` : '';
    return new errors/* UserError */.yo(`The build (${builder}) failed${where} (exit code ${code}). Last lines of its output:\n${tailText(lines)}`);
}
/**
 * What the registry said, as the builder passes it on: buildah's closing `Error: …` with the
 * lines after it (where it lists the registry's error codes), else the last line that reads like
 * an error (docker push ends with `denied: …` or `unauthorized: …`).
 */
function registryReason(lines) {
    const meaningful = lines.map((l) => l.trim()).filter(Boolean);
    let start = -1;
    for (let i = meaningful.length - 1; i >= 0; i--) {
        if (/^(Error|ERROR):/.test(meaningful[i])) {
            start = i;
            break;
        }
    }
    if (start >= 0) {
        return meaningful
            .slice(start)
            .join(' ')
            .replace(/^error:?\s*/i, '');
    }
    for (let i = meaningful.length - 1; i >= 0; i--) {
        if (/error|denied|unauthori[sz]ed|forbidden|refused|not found|failed/i.test(meaningful[i])) {
            return meaningful[i];
        }
    }
    return meaningful[meaningful.length - 1] ?? 'no output';
}
/** A refused push names the registry, the repository and the registry's own error. */
function pushFailure(builder, target, destination, code, lines) {
    const reason = registryReason(lines);
    const hint = /denied|unauthori[sz]ed|forbidden|authentication required|\b40[13]\b/i.test(reason)
        ? ` (check that the credentials of ${target.registry} may push to ${target.repository})`
        : '';
    return new errors/* UserError */.yo(`Push of ${destination} to ${target.registry} failed (registry ${target.host}, repository ${target.repository}; ${builder} exit code ${code}): ${reason}${hint}`);
}

// EXTERNAL MODULE: ./.build/src/builders/plan.js
var plan = __webpack_require__(75589);
;// CONCATENATED MODULE: ./.build/src/builders/registries-conf.js
/**
 * The registries.conf buildah is given for every build: the one it would read, with two changes.
 *
 * - Short names are Docker Hub names, as docker reads them (DESIGN §3): `FROM somebody/image` is
 *   `docker.io/somebody/image`. buildah resolves short names through `unqualified-search-registries`
 *   instead, which Debian leaves empty (every short name fails) and other systems fill with several
 *   registries (tried in turn, or refused as ambiguous): the key is set to `["docker.io"]` alone.
 * - buildah speaks HTTPS with verified TLS to every registry unless registries.conf marks one
 *   `insecure`, and `--tls-verify=false` on a build would drop verification for all the registries
 *   it pulls from. So the loopback or `insecure: true` registries a build may pull from, and only
 *   those, are marked.
 *
 * Everything else the system says (mirrors, blocked registries, short-name mode) is kept. The
 * file is edited as text, statement by statement, so that what is kept stays byte for byte.
 */
function buildahRegistriesConf(system, insecureHosts) {
    // The v1 format cannot be extended with v2 tables; it is long deprecated, so it is left out.
    const kept = system && !/^\s*\[registries\./m.test(system) ? system : '';
    const sections = parseSections(kept);
    const preamble = sections[0];
    preamble.body = preamble.body.filter((s) => s.key !== UNQUALIFIED);
    const hosts = [...new Set(insecureHosts)];
    const declared = new Set();
    for (const section of sections.slice(1)) {
        const host = markInsecure(section, hosts);
        if (host)
            declared.add(host);
    }
    const added = hosts
        .filter((host) => !declared.has(host))
        .map((host) => `\n[[registry]]\nlocation = ${JSON.stringify(host)}\ninsecure = true\n`);
    const rest = render(sections).trim();
    return ('# image-actions: short names are Docker Hub names, as docker reads them.\n' +
        `${UNQUALIFIED} = ["docker.io"]\n` +
        (rest ? `\n${rest}\n` : '') +
        (added.length
            ? `\n# image-actions: plain HTTP to these registries only, for this build.\n${added.join('')}`
            : ''));
}
const UNQUALIFIED = 'unqualified-search-registries';
function parseSections(text) {
    const sections = [{ body: [] }];
    const lines = text.split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
        if (header) {
            sections.push({
                header: { name: header[2], array: header[1] === '[[', text: line },
                body: [],
            });
            continue;
        }
        const current = sections[sections.length - 1];
        const assignment = /^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=(.*)$/.exec(line);
        if (!assignment) {
            current.body.push({ text: line });
            continue;
        }
        // A value may be an array over several lines: take lines until its brackets close.
        let value = assignment[2];
        let depth = bracketDepth(value);
        const taken = [line];
        while (depth > 0 && i + 1 < lines.length) {
            i++;
            taken.push(lines[i]);
            value += `\n${lines[i]}`;
            depth += bracketDepth(lines[i]);
        }
        current.body.push({
            text: taken.join('\n'),
            key: assignment[1].replace(/^["']|["']$/g, ''),
            value: value.trim(),
        });
    }
    return sections;
}
/** How many brackets a piece of TOML opens and does not close, outside strings and comments. */
function bracketDepth(text) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#')
            break;
        else if (c === '[' || c === '{')
            depth++;
        else if (c === ']' || c === '}')
            depth--;
    }
    return depth;
}
function stringValue(statement) {
    const match = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(statement?.value ?? '');
    return match ? (match[1] ?? match[2]) : undefined;
}
/**
 * A `[[registry]]` table whose prefix (by default its location) is one of `hosts` gets
 * `insecure = true`: a second table for that prefix would make the file invalid. It is changed
 * only when it also connects to that host; one that sends the host elsewhere is the system's
 * choice and is left alone. Returns the host the table declares, if any.
 */
function markInsecure(section, hosts) {
    if (!section.header?.array || section.header.name !== 'registry')
        return undefined;
    const find = (key) => section.body.find((s) => s.key === key);
    const location = stringValue(find('location'));
    const prefix = stringValue(find('prefix')) ?? location;
    if (!prefix || !hosts.includes(prefix))
        return undefined;
    if (location !== undefined && location !== prefix)
        return prefix;
    const insecure = find('insecure');
    const marked = {
        text: 'insecure = true # image-actions: plain HTTP for this build',
        key: 'insecure',
    };
    if (insecure)
        section.body[section.body.indexOf(insecure)] = marked;
    else
        section.body.unshift(marked);
    return prefix;
}
function render(sections) {
    const lines = [];
    for (const section of sections) {
        if (section.header)
            lines.push(section.header.text);
        for (const statement of section.body)
            lines.push(statement.text);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./.build/src/builders/buildah.js









/**
 * `cache_from` for buildah, which takes repositories to look for cached layers in: the
 * repository of each registry reference; other buildx cache types mean nothing to it.
 */
function buildahCacheSources(cacheFrom) {
    const { references, others } = (0,plan/* cacheReferences */.V)(cacheFrom);
    const sources = references.map((ref) => {
        const name = ref.split('@')[0];
        const colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
    });
    return { sources: [...new Set(sources)], ignored: others };
}
/**
 * buildx's annotation items for buildah, which annotates image manifests only: a bare
 * `key=value` or `manifest:key=value` is kept (without the prefix); the others (index:,
 * descriptors, platform-qualified) it cannot write.
 */
function buildahAnnotations(items) {
    const manifest = [];
    const ignored = [];
    for (const item of items) {
        const colon = item.indexOf(':');
        const eq = item.indexOf('=');
        const prefix = colon >= 0 && colon < eq ? item.slice(0, colon) : '';
        if (!prefix)
            manifest.push(item);
        else if (prefix === 'manifest')
            manifest.push(item.slice(colon + 1));
        else
            ignored.push(item);
    }
    return { manifest, ignored };
}
/**
 * What buildah cannot do of a plan, said before anything runs: provenance attestations are a
 * BuildKit feature (an error, as a user asking for them relies on them), and an SBOM, cache
 * exports other than to a registry, and index annotations are left out with a warning.
 */
function buildahLimits(plan) {
    if (plan.provenance !== undefined && plan.provenance !== 'false') {
        throw new errors/* UserError */.yo(`Input provenance: buildah cannot write provenance attestations (a BuildKit feature); remove provenance, set it to false, or use builder: docker`);
    }
    const warnings = [];
    if (plan.sbom !== undefined && plan.sbom !== 'false')
        warnings.push('Input sbom: buildah 1.28 cannot generate an SBOM attestation; none is attached (use builder: docker, or attach one with syft and cosign or oras)');
    const ignored = buildahCacheSources(plan.cacheTo).ignored;
    if (ignored.length)
        warnings.push(`Input cache_to: buildah exports cache to registry repositories only; ${ignored.join(', ')} left out`);
    if (plan.platforms.length > 1 && plan.cacheTo.length)
        warnings.push('Input cache_to: buildah caches no layers for a multi-platform build; nothing is exported');
    const annotations = buildahAnnotations(plan.annotations).ignored;
    if (annotations.length)
        warnings.push(`Input annotations: buildah annotates image manifests only; ${annotations.join(', ')} left out`);
    return warnings;
}
/**
 * The arguments of `buildah build` for a plan. One platform: an image per tag, layers cached.
 * Several: one manifest list named by the first tag. buildah 1.28 shares cached layers across
 * platforms of one build (a FROM scratch stage of arm64 reuses amd64's), so layer caching, and
 * with it cache_from, is off for those, and it writes no single image ID.
 */
function buildahBuildArgs(plan) {
    const multi = plan.platforms.length > 1;
    const args = ['--registries-conf', plan.registriesConf.file];
    args.push('build', '--authfile', plan.authfile);
    if (!multi)
        args.push('--layers');
    args.push('-f', plan.dockerfile);
    if (plan.platforms.length)
        args.push('--platform', plan.platforms.join(','));
    for (const [key, value] of Object.entries(plan.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(plan.labels))
        args.push('--label', `${key}=${value}`);
    if (!multi) {
        for (const source of buildahCacheSources(plan.cacheFrom).sources)
            args.push('--cache-from', source);
        for (const destination of buildahCacheSources(plan.cacheTo).sources)
            args.push('--cache-to', destination);
    }
    for (const secret of plan.secrets)
        args.push('--secret', secret.env ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.file}`);
    for (const ssh of plan.ssh)
        args.push('--ssh', ssh);
    for (const annotation of buildahAnnotations(plan.annotations).manifest)
        args.push('--annotation', annotation);
    if (plan.target)
        args.push('--target', plan.target);
    if (plan.noCache)
        args.push('--no-cache');
    if (multi)
        args.push('--manifest', plan.tags[0]);
    else
        for (const tag of plan.tags)
            args.push('-t', tag);
    if (!multi)
        args.push('--iidfile', plan.iidfile);
    args.push(plan.context);
    return args;
}
/** `buildah push` (or `manifest push --all` for a list) of a local image to one tag. */
function buildahPushArgs(request) {
    const args = request.list ? ['manifest', 'push', '--all'] : ['push'];
    args.push('--authfile', request.authfile, '--digestfile', request.digestFile);
    if (request.insecure)
        args.push('--tls-verify=false');
    args.push(request.source, `docker://${request.destination}`);
    return args;
}
/**
 * The commands of a build with buildah: the build with the pull credentials, then a push per tag
 * with the target's. `buildah build --manifest` adds to a list that already has the name, so a
 * multi-platform build first removes the list an earlier build left (a re-run would otherwise
 * push the old images with the new ones).
 */
function buildahCommands(plan) {
    const list = plan.platforms.length > 1;
    const commands = [];
    if (list)
        commands.push({
            program: 'buildah',
            args: ['manifest', 'rm', plan.tags[0]],
            purpose: 'replace',
        });
    commands.push({ program: 'buildah', args: buildahBuildArgs(plan), purpose: 'build' });
    const push = plan.push;
    if (!push)
        return commands;
    plan.tags.forEach((tag, i) => {
        commands.push({
            program: 'buildah',
            args: buildahPushArgs({
                source: list ? plan.tags[0] : tag,
                destination: tag,
                authfile: push.authfile,
                insecure: push.insecure,
                list,
                digestFile: push.digestFiles[i],
            }),
            purpose: 'push',
            destination: tag,
        });
    });
    return commands;
}
/** The registries.conf buildah would read: CONTAINERS_REGISTRIES_CONF, the user's, else the system's. */
function registriesConfPath(env) {
    if (env.CONTAINERS_REGISTRIES_CONF)
        return env.CONTAINERS_REGISTRIES_CONF;
    const user = external_node_path_.join(env.XDG_CONFIG_HOME || external_node_path_.join(env.HOME || (0,external_node_os_.homedir)(), '.config'), 'containers', 'registries.conf');
    if (process.getuid?.() !== 0 && (0,external_node_fs_.existsSync)(user))
        return user;
    return '/etc/containers/registries.conf';
}
/** What a buildah command prints as JSON, or undefined when it fails (nothing by that name). */
async function inspectJson(args, io) {
    const result = await runCommand({ program: 'buildah', args }, { env: io.env, keep: Number.MAX_SAFE_INTEGER });
    if (result.code !== 0)
        return undefined;
    // stderr comes in the same lines: a warning may precede the document.
    const start = result.tail.findIndex((line) => line.startsWith('{'));
    try {
        return JSON.parse(result.tail.slice(Math.max(start, 0)).join('\n'));
    }
    catch {
        return undefined;
    }
}
function digests(values) {
    return [
        ...new Set(values.filter((v) => Boolean(v && /^sha256:[0-9a-f]{64}$/.test(v)))),
    ];
}
async function readOptional(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
class BuildahBuilder {
    kind = 'buildah';
    async run(command, io) {
        io.log(`[command]${formatCommand(command)}`);
        // What `manifest rm` says of a name no list has is no news: its output is kept for an error only.
        const log = command.purpose === 'replace' ? undefined : io.log;
        return runCommand(command, { env: io.env, log });
    }
    async build(plan, io) {
        for (const warning of buildahLimits(plan))
            io.warn(warning);
        const { ignored } = buildahCacheSources(plan.cacheFrom);
        if (ignored.length)
            io.warn(`buildah takes registry references as cache_from only; ignored: ${ignored.join(', ')}`);
        if (plan.platforms.length > 1 && plan.cacheFrom.length)
            io.warn('buildah: cache_from is not used for a multi-platform build');
        const system = await readOptional(registriesConfPath(io.env));
        await (0,promises_.writeFile)(plan.registriesConf.file, buildahRegistriesConf(system, plan.registriesConf.insecure), { mode: 0o600 });
        for (const command of buildahCommands(plan)) {
            const result = await this.run(command, io);
            if (result.code === 0)
                continue;
            if (command.purpose === 'replace') {
                await this.freeListName(plan.tags[0], result.tail, io);
                continue;
            }
            if (command.purpose === 'build')
                throw buildFailure('buildah', result.code, result.tail);
            throw pushFailure('buildah', plan.push, command.destination ?? '', result.code, result.tail);
        }
        const imageId = plan.platforms.length > 1 ? '' : ((await readOptional(plan.iidfile))?.trim() ?? '');
        const pushed = {};
        for (const [i, file] of (plan.push?.digestFiles ?? []).entries()) {
            pushed[plan.tags[i]] = (await readOptional(file))?.trim() ?? '';
        }
        return {
            imageId,
            metadata: {
                ...(imageId ? { 'containerimage.config.digest': imageId } : {}),
                ...(plan.push ? { 'buildah.pushed': pushed } : {}),
            },
            pushedDigests: Object.values(pushed).filter(Boolean),
        };
    }
    /**
     * After `manifest rm` failed: a name no image has is free already; a name a single image has
     * (an earlier single-platform build) is taken from it, as a new build takes a tag; anything
     * else stops the build.
     */
    async freeListName(name, tail, io) {
        const said = tail.join('\n');
        if (/image not known/i.test(said))
            return;
        if (/not a manifest list/i.test(said)) {
            const removed = await this.run({ program: 'buildah', args: ['rmi', name], purpose: 'replace' }, io);
            if (removed.code === 0)
                return;
            tail = removed.tail;
        }
        throw new errors/* UserError */.yo(`buildah could not free the name ${name} for the manifest list of this multi-platform build: ${tail
            .filter((l) => l.trim())
            .slice(-TAIL_LINES)
            .join(' ')}`);
    }
    async findImage(reference, io) {
        // `manifest exists` and `inspect --type image` look in local storage only; `manifest inspect`
        // would ask a registry for a name it does not hold, so it comes after `manifest exists`.
        const exists = await runCommand({ program: 'buildah', args: ['manifest', 'exists', reference] }, { env: io.env, keep: 5 });
        if (exists.code === 0) {
            const list = await inspectJson(['manifest', 'inspect', reference], io);
            return { list: true, ids: digests((list?.manifests ?? []).map((m) => m.digest)) };
        }
        const image = await inspectJson(['inspect', '--type', 'image', reference], io);
        if (!image)
            return undefined;
        const id = image.FromImageID ? `sha256:${image.FromImageID.replace(/^sha256:/, '')}` : '';
        return { list: false, ids: digests([id, image.FromImageDigest]) };
    }
    async push(request, io) {
        const result = await this.run({
            program: 'buildah',
            args: buildahPushArgs(request),
            purpose: 'push',
            destination: request.destination,
        }, io);
        if (result.code !== 0)
            throw pushFailure('buildah', request.target, request.destination, result.code, result.tail);
    }
}

// EXTERNAL MODULE: ./.build/src/credentials/docker-config.js
var docker_config = __webpack_require__(27351);
// EXTERNAL MODULE: ./.build/src/http/loopback.js
var loopback = __webpack_require__(70599);
;// CONCATENATED MODULE: ./.build/src/builders/docker.js








/** The `Driver:` line of `docker buildx inspect`. */
function buildxDriver(lines) {
    for (const line of lines) {
        const match = /^Driver:\s*(\S+)/.exec(line.trim());
        if (match)
            return match[1];
    }
    return undefined;
}
/** `docker info --format '{{json .DriverStatus}}'` names a containerd snapshotter for that store. */
function imageStoreOf(driverStatus) {
    return driverStatus.includes('io.containerd.snapshotter') ? 'containerd' : 'classic';
}
function dockerOutput(plan, store = 'classic') {
    if (plan.push?.sharedAuthfile)
        return 'push';
    return !plan.push && plan.platforms.length > 1 && store === 'classic' ? 'cache' : 'load';
}
/** A push target reached over plain HTTP that is not loopback (which buildx reaches so anyway). */
function plainHttpTarget(plan) {
    return Boolean(plan.push?.insecure && !(0,loopback/* isLoopback */.U9)(plan.push.host));
}
/** The arguments of `docker buildx build` for a plan and where its result goes. */
function dockerBuildArgs(plan, output) {
    const args = ['buildx', 'build', '--progress=plain', '-f', plan.dockerfile];
    if (plan.platforms.length)
        args.push('--platform', plan.platforms.join(','));
    for (const [key, value] of Object.entries(plan.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(plan.labels))
        args.push('--label', `${key}=${value}`);
    for (const source of plan.cacheFrom)
        args.push('--cache-from', source);
    for (const destination of plan.cacheTo)
        args.push('--cache-to', destination);
    for (const secret of plan.secrets)
        args.push('--secret', secret.env ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.file}`);
    for (const ssh of plan.ssh)
        args.push('--ssh', ssh);
    if (plan.provenance !== undefined)
        args.push(`--provenance=${plan.provenance}`);
    if (plan.sbom !== undefined)
        args.push(`--sbom=${plan.sbom}`);
    for (const annotation of plan.annotations)
        args.push('--annotation', annotation);
    if (plan.target)
        args.push('--target', plan.target);
    if (plan.noCache)
        args.push('--no-cache');
    for (const tag of plan.tags)
        args.push('-t', tag);
    args.push('--iidfile', plan.iidfile, '--metadata-file', plan.metadataFile);
    if (output === 'push') {
        // `--push` is `--output type=image,push=true`, whose names come from the -t flags; buildx
        // speaks plain HTTP to a registry only when the exporter is told so.
        args.push(...(plainHttpTarget(plan)
            ? ['--output', 'type=image,push=true,registry.insecure=true']
            : ['--push']));
    }
    else if (output === 'load') {
        args.push('--load');
    }
    args.push(plan.context);
    return args;
}
/**
 * The environment docker runs in: DOCKER_CONFIG is a directory holding just the credentials of
 * this step; BUILDX_CONFIG keeps buildx's builder instances where they were (docker/setup-buildx-action's).
 */
function dockerEnv(authfile, buildxConfig) {
    return { DOCKER_CONFIG: external_node_path_.dirname(authfile), BUILDX_CONFIG: buildxConfig };
}
/** Where buildx keeps its state for the user, before this step points DOCKER_CONFIG elsewhere. */
function buildxConfigDir(env) {
    if (env.BUILDX_CONFIG)
        return env.BUILDX_CONFIG;
    const config = (0,docker_config/* dockerConfigPath */.Q1)(env);
    return config ? external_node_path_.join(external_node_path_.dirname(config), 'buildx') : external_node_path_.join('.docker', 'buildx');
}
/**
 * Pulls over plain HTTP: buildx takes them from its builder (the engine's settings for the
 * default docker driver, buildkitd.toml for a docker-container builder), never from one build.
 */
function insecurePullWarning(hosts) {
    const list = hosts.join(', ');
    const toml = hosts.map((h) => `[registry."${h}"] http = true`).join(' and ');
    return `docker buildx: this build pulls from ${list} over plain HTTP (insecure: true), which buildx takes from its builder, never from one build's options: with buildx's default docker driver, the Docker engine's daemon.json must list ${list} in "insecure-registries"; with a docker-container builder, its buildkitd.toml must have ${toml}; otherwise those pulls fail with a TLS error. Or use builder: buildah`;
}
/** Tries of a `docker push` after a passing registry error. */
const PUSH_RETRIES = 2;
/**
 * The registry's passing error in a failed `docker push`'s last lines (`unexpected status from
 * HEAD request to …: 500 Internal Server Error`, a 502/503/504), or undefined for any other failure.
 */
function transientPushFailure(tail) {
    // Only a failure while pushing: a build step that fetched something and got a 5xx is not this.
    if (!tail.some((line) => /\bpush(ing)?\b/i.test(line)))
        return undefined;
    for (const line of [...tail].reverse()) {
        const match = /\b(50[0234]) (Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/.exec(line);
        if (match)
            return `HTTP ${match[1]} ${match[2]}`;
    }
    return undefined;
}
/** `docker push` over plain HTTP: the engine's `insecure-registries` decides, never the command. */
function insecurePushWarning(host, registry) {
    return `docker push: ${registry} (${host}) is reached over plain HTTP (insecure: true), which docker push takes from the Docker engine, never from one command: the engine's daemon.json must list ${host} in "insecure-registries"; otherwise the push fails with a TLS error. Or use builder: buildah`;
}
/**
 * A build with docker. buildx reads one Docker config for the whole build, so it pushes during
 * the build only when pulls and push can share one file (no domain needing two identities).
 * Otherwise the image is loaded into the engine with the pull credentials, then each tag is
 * pushed with the target's: a single-platform image only when the engine's classic image store
 * holds one platform. With disable_push, the image is loaded; several platforms stay in the build
 * cache where the store cannot hold them. What
 * buildx cannot do is refused before anything runs; plain HTTP, which buildx and docker push take
 * from the engine's or builder's own configuration, is warned about, saying what it needs.
 */
function dockerBuildRun(plan, buildxConfig, store = 'classic') {
    const output = dockerOutput(plan, store);
    const warnings = [];
    if (plan.insecurePulls.length)
        warnings.push(insecurePullWarning(plan.insecurePulls));
    const { push } = plan;
    if (push?.sharedAuthfile) {
        // The build pushes (output 'push'), with the one file.
        return {
            output,
            commands: [
                {
                    program: 'docker',
                    args: dockerBuildArgs(plan, output),
                    env: dockerEnv(push.sharedAuthfile, buildxConfig),
                    purpose: 'build',
                },
            ],
            warnings,
        };
    }
    if (push && plan.platforms.length > 1 && store === 'classic') {
        const why = push.conflict ?? `${push.host} needs two identities`;
        throw new errors/* UserError */.yo(`builder docker: a multi-platform build must push while it builds, with one identity per registry (the engine's classic image store holds one platform per image), but ${why}; use builder: buildah, an engine with the containerd image store, or let one identity both pull from and push to ${push.host}`);
    }
    if (push && plainHttpTarget(plan))
        warnings.push(insecurePushWarning(push.host, push.registry));
    const commands = [
        {
            program: 'docker',
            args: dockerBuildArgs(plan, output),
            env: dockerEnv(plan.authfile, buildxConfig),
            purpose: 'build',
        },
    ];
    if (push) {
        for (const tag of plan.tags) {
            commands.push({
                program: 'docker',
                args: ['push', tag],
                env: dockerEnv(push.authfile, buildxConfig),
                purpose: 'push',
                destination: tag,
            });
        }
    }
    return { output, commands, warnings };
}
/** The commands that push a local image to a tag: `docker tag`, then `docker push` with the target's credentials. */
function dockerPushCommands(request, buildxConfig) {
    const env = dockerEnv(request.authfile, buildxConfig);
    const commands = [];
    if (request.source !== request.destination) {
        commands.push({
            program: 'docker',
            args: ['tag', request.source, request.destination],
            env,
            purpose: 'push',
            destination: request.destination,
        });
    }
    commands.push({
        program: 'docker',
        args: ['push', request.destination],
        env,
        purpose: 'push',
        destination: request.destination,
    });
    return commands;
}
/**
 * Keeps the user's docker setup reachable from this step's config directory: CLI plugins
 * (buildx installed by setup-buildx-action), contexts, and the current context.
 */
async function linkUserDockerConfig(dir, env) {
    const userConfig = (0,docker_config/* dockerConfigPath */.Q1)(env);
    if (!userConfig)
        return;
    const userDir = external_node_path_.dirname(userConfig);
    for (const entry of ['cli-plugins', 'contexts']) {
        const from = external_node_path_.join(userDir, entry);
        const to = external_node_path_.join(dir, entry);
        if ((0,external_node_fs_.existsSync)(from) && !(0,external_node_fs_.existsSync)(to))
            await (0,promises_.symlink)(from, to);
    }
    let currentContext;
    try {
        currentContext = JSON.parse(await (0,promises_.readFile)(userConfig, 'utf8')).currentContext;
    }
    catch {
        return;
    }
    if (typeof currentContext !== 'string')
        return;
    const file = external_node_path_.join(dir, 'config.json');
    const config = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    await (0,promises_.writeFile)(file, JSON.stringify({ ...config, currentContext }, null, 2) + '\n', {
        mode: 0o600,
    });
}
/** The image ID and the digests of `Id RepoDigests` as `docker image inspect` prints them. */
function dockerImageIds(inspected) {
    return [...new Set(inspected.match(/sha256:[0-9a-f]{64}/g) ?? [])];
}
/**
 * The image ID (config digest) of a build, from what buildx says: on a classic store, for one
 * platform, its metadata's config digest, else the iidfile. On the containerd store buildx 0.13
 * names the digest of an index as both (checked on dockerd 26), and several platforms have no
 * single image ID: ''. The step then reads the config digest from the registry when it pushed.
 */
function dockerImageId(metadata, iid, build) {
    if (build.store === 'containerd' || build.platforms > 1)
        return '';
    const config = metadata['containerimage.config.digest'];
    return typeof config === 'string' ? config : iid;
}
async function docker_readOptional(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
class DockerBuilder {
    kind = 'docker';
    async run(commands, io, fail) {
        const prepared = new Set();
        for (const command of commands) {
            const dir = command.env?.DOCKER_CONFIG;
            if (dir && !prepared.has(dir)) {
                prepared.add(dir);
                await linkUserDockerConfig(dir, io.env);
            }
            io.log(`[command]${formatCommand(command)}`);
            let result = await runCommand(command, { env: io.env, log: io.log });
            // A push (`docker push`, or the engine's push at the end of a build) gives up on a
            // registry's passing 5xx (a HEAD answered 500 while the registry finishes writing what was
            // pushed the moment before); the product retries 5xx everywhere else (DESIGN §6). A push is
            // idempotent and a build that failed pushing runs again from its cache: tried again,
            // twice at most.
            for (let retry = 1; result.code !== 0 && retry <= PUSH_RETRIES; retry++) {
                if (!transientPushFailure(result.tail))
                    break;
                io.warn(`${formatCommand(command)} met a passing registry error (${transientPushFailure(result.tail)}); trying again`);
                await new Promise((resolve) => setTimeout(resolve, 1000 * retry));
                result = await runCommand(command, { env: io.env, log: io.log });
            }
            if (result.code !== 0)
                throw fail(command, result.code, result.tail);
        }
    }
    /** Which image store the engine runs; a docker that cannot say is taken for the classic one. */
    async imageStore(io) {
        const result = await runCommand({ program: 'docker', args: ['info', '--format', '{{json .DriverStatus}}'] }, { env: io.env, keep: 5 });
        return result.code === 0 ? imageStoreOf(result.tail.join('\n')) : 'classic';
    }
    /** The driver of buildx's current builder (`docker`, `docker-container`, …), if it says. */
    async builderDriver(io) {
        const result = await runCommand({
            program: 'docker',
            args: ['buildx', 'inspect'],
            env: { BUILDX_CONFIG: buildxConfigDir(io.env) },
        }, { env: io.env, keep: 50 });
        return result.code === 0 ? buildxDriver(result.tail) : undefined;
    }
    async build(plan, io) {
        const store = await this.imageStore(io);
        if (plan.platforms.length > 1 &&
            store === 'classic' &&
            (await this.builderDriver(io)) === 'docker') {
            throw new errors/* UserError */.yo(`Input platform: ${plan.platforms.join(', ')} need a builder that makes multi-platform images, but buildx's builder here is the engine's own (driver docker) on its classic image store, which builds one platform; set one up with docker/setup-buildx-action (a docker-container builder), turn on the engine's containerd image store, or use builder: buildah`);
        }
        const { output, commands, warnings } = dockerBuildRun(plan, buildxConfigDir(io.env), store);
        for (const warning of warnings)
            io.warn(warning);
        if (output === 'cache') {
            io.warn(`docker buildx: a build for ${plan.platforms.length} platforms cannot be loaded into the engine's classic image store, so with disable_push its result stays in the build cache only (as with docker/build-push-action's push: false); ${plan.tags.join(', ')} name no local image, and the push action cannot push it; build without disable_push, on an engine with the containerd image store, or with builder: buildah`);
        }
        await this.run(commands, io, (command, code, tail) => command.purpose === 'build' || !plan.push
            ? buildFailure('docker buildx', code, tail)
            : pushFailure('docker', plan.push, command.destination ?? '', code, tail));
        const metadataText = await docker_readOptional(plan.metadataFile);
        let metadata = {};
        try {
            metadata = metadataText ? JSON.parse(metadataText) : {};
        }
        catch {
            io.warn(`docker buildx wrote a metadata file that is not JSON: ${plan.metadataFile}`);
        }
        const reported = metadata['containerimage.digest'];
        return {
            imageId: dockerImageId(metadata, (await docker_readOptional(plan.iidfile))?.trim() ?? '', {
                store,
                platforms: plan.platforms.length,
            }),
            metadata,
            // Without --push, buildx's digest is that of its local export, not what `docker push` wrote.
            pushedDigests: output === 'push' && typeof reported === 'string' ? [reported] : [],
        };
    }
    async findImage(reference, io) {
        const result = await runCommand({
            program: 'docker',
            args: ['image', 'inspect', '--format', '{{json .Id}} {{json .RepoDigests}}', reference],
        }, { env: io.env, keep: 5 });
        if (result.code !== 0)
            return undefined;
        return { list: false, ids: dockerImageIds(result.tail.join('\n')) };
    }
    async push(request, io) {
        if (request.insecure && !(0,loopback/* isLoopback */.U9)(request.target.host))
            io.warn(insecurePushWarning(request.target.host, request.target.registry));
        await this.run(dockerPushCommands(request, buildxConfigDir(io.env)), io, (_command, code, tail) => pushFailure('docker', request.target, request.destination, code, tail));
    }
}

;// CONCATENATED MODULE: ./.build/src/builders/detect.js




const probeProgram = async (program, args, env) => {
    try {
        const result = await runCommand({ program, args }, { env, keep: 5 });
        return result.code === 0;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            return false;
        throw error;
    }
};
/** A Docker engine answers, and buildx is there to drive it. */
async function dockerAnswers(env, probe) {
    if (!(await probe('docker', ['info'], env)))
        return 'no-engine';
    return (await probe('docker', ['buildx', 'version'], env)) ? 'yes' : 'no-buildx';
}
/**
 * The builder the `builder` input asks for. `auto` picks docker when its engine answers, else
 * buildah when it is installed, else fails saying what to install.
 */
async function detectBuilder(choice, env, probe = probeProgram) {
    if (choice === 'docker' || choice === 'auto') {
        const docker = await dockerAnswers(env, probe);
        if (docker === 'yes')
            return new DockerBuilder();
        if (choice === 'docker') {
            throw new errors/* UserError */.yo(docker === 'no-engine'
                ? 'Input builder: docker was asked for, but no Docker engine answers `docker info`; start the engine, or use builder: buildah'
                : 'Input builder: docker was asked for, but the buildx plugin is missing (`docker buildx version` fails); install docker-buildx, or use builder: buildah');
        }
    }
    if (await probe('buildah', ['--version'], env))
        return new BuildahBuilder();
    if (choice === 'buildah') {
        throw new errors/* UserError */.yo('Input builder: buildah was asked for, but `buildah --version` does not answer; install buildah (apt-get install buildah)');
    }
    throw new errors/* UserError */.yo('No image builder found: no Docker engine answers `docker info` (with the buildx plugin) and buildah is not installed; install buildah (apt-get install buildah), or Docker with buildx and start its engine');
}
/** Every builder usable here, docker first: where the push action looks for a local candidate. */
async function availableBuilders(env, probe = probeProgram) {
    const builders = [];
    if ((await dockerAnswers(env, probe)) === 'yes')
        builders.push(new DockerBuilder());
    if (await probe('buildah', ['--version'], env))
        builders.push(new BuildahBuilder());
    return builders;
}


/***/ }),

/***/ 75589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ stepFiles),
/* harmony export */   V: () => (/* binding */ cacheReferences)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/**
 * Each auth file is `config.json` in a directory of its own, so docker can be pointed at it with
 * DOCKER_CONFIG while buildah reads the same file with --authfile.
 */
function stepFiles(dir, tagCount) {
    return {
        pullAuth: node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'pull', 'config.json'),
        pushAuth: node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'push', 'config.json'),
        sharedAuth: node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'shared', 'config.json'),
        registriesConf: node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'registries.conf'),
        iid: node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'iid'),
        metadata: node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, 'metadata.json'),
        digests: Array.from({ length: tagCount }, (_, i) => node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, `digest-${i}`)),
    };
}
/**
 * The registry references of `cache_from` / `cache_to` items: `type=registry,ref=X` gives X, a plain item is a
 * reference; other buildx cache types (gha, local, s3) name no registry image.
 */
function cacheReferences(cacheFrom) {
    const references = [];
    const others = [];
    for (const item of cacheFrom) {
        if (!item.includes('=')) {
            references.push(item);
            continue;
        }
        const fields = new Map(item.split(',').map((field) => {
            const eq = field.indexOf('=');
            return [field.slice(0, eq).trim(), field.slice(eq + 1).trim()];
        }));
        const ref = fields.get('type') === 'registry' ? fields.get('ref') : undefined;
        if (ref)
            references.push(ref);
        else
            others.push(item);
    }
    return { references, others };
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


/***/ }),

/***/ 87094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KS: () => (/* binding */ readBackConfigDigest),
/* harmony export */   Lr: () => (/* binding */ checkPushAccess),
/* harmony export */   Qk: () => (/* binding */ readBackDigest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);
/* harmony import */ var _credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16825);
/* harmony import */ var _oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66908);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92968);




/**
 * What landed in the registry after a builder pushed, read through the step's one session: the
 * checks before a build and the reads after it share its pings, tokens and connections.
 */
/**
 * The manifest digest that landed under every tag, read back from the registry (not what the
 * builder says it pushed). Every tag must hold the same one.
 */
async function readBackDigest(session, target, tags) {
    const repo = session.for(target.endpoint).repository(target.repository);
    const digests = await Promise.all(tags.map(async (tag) => {
        const head = await repo.headManifest(tag);
        if (!head) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${target.endpoint.label}: ${(0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .targetName */ .je)(target)}:${tag} is not in the registry after the push`);
        }
        // Without Docker-Content-Digest a HEAD proves presence only: read the manifest itself.
        return head.digest || (await repo.getManifest(tag)).digest;
    }));
    const distinct = [...new Set(digests)];
    if (distinct.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${target.endpoint.label}: the tags of ${(0,_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .targetName */ .je)(target)} hold different images after the push (${tags.map((t, i) => `${t}: ${digests[i]}`).join(', ')}); another push wrote some of them meanwhile`);
    }
    return distinct[0];
}
/**
 * Fails in seconds, before anything is built, when the push target's identity may not push to
 * its repository: an upload session is opened and cancelled, which writes nothing.
 */
async function checkPushAccess(session, target) {
    try {
        await session
            .for(target.endpoint)
            .repository(target.repository, { push: true })
            .checkPushAccess();
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Cannot push to ${(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatName */ .nD)({ domain: target.endpoint.domain, repository: target.repository })} as ${target.endpoint.label} (checked before building, nothing was built or pushed): ${error.message}`);
    }
}
/**
 * The image ID (config digest) of what landed under `digest`: the manifest's config, or for an
 * index of one platform (buildx adds its attestations beside it) that platform's config; ''
 * for several platforms, which have no single image ID.
 */
async function readBackConfigDigest(session, target, digest) {
    const repo = session.for(target.endpoint).repository(target.repository);
    const where = `${target.endpoint.label}: ${target.repository}`;
    let raw = await repo.getManifest(digest);
    if ((0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexMediaType */ .$$)(raw.mediaType)) {
        const platforms = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .platformManifests */ .OS)((0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageIndex */ .n4)(raw, where));
        if (platforms.length !== 1)
            return '';
        raw = await repo.getManifest(platforms[0].digest);
    }
    // Validated: a config descriptor's digest is well formed.
    return (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifestContents */ .XE)(raw, where).config?.digest ?? '';
}


/***/ })

};
