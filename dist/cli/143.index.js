export const id = 143;
export const ids = [143];
export const modules = {

/***/ 83143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  build: () => (/* binding */ build),
  buildPost: () => (/* binding */ buildPost)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/src/credentials/resolve.js + 1 modules
var resolve = __webpack_require__(16825);
// EXTERNAL MODULE: ./.build/src/builders/detect.js + 5 modules
var detect = __webpack_require__(11742);
// EXTERNAL MODULE: ./.build/src/images/read-back.js
var read_back = __webpack_require__(87094);
// EXTERNAL MODULE: ./.build/src/host/session.js + 7 modules
var host_session = __webpack_require__(89335);
// EXTERNAL MODULE: ./.build/src/actions/builder-io.js
var builder_io = __webpack_require__(7393);
// EXTERNAL MODULE: ./.build/src/host/step-dir.js
var step_dir = __webpack_require__(55952);
// EXTERNAL MODULE: ./.build/src/oci/manifest.js
var manifest = __webpack_require__(66908);
// EXTERNAL MODULE: ./.build/src/oci/platform.js
var platform = __webpack_require__(78390);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
;// CONCATENATED MODULE: ./.build/src/builders/types.js
const BUILDER_CHOICES = ['auto', 'docker', 'buildah'];

// EXTERNAL MODULE: ./.build/src/oci/reference.js
var reference = __webpack_require__(92968);
// EXTERNAL MODULE: ./.build/src/report/source/github.js
var github = __webpack_require__(27815);
;// CONCATENATED MODULE: ./.build/src/actions/build/labels.js


/**
 * What an image says about where it came from, taken from the GitHub context (the GITHUB_*
 * variables the runner sets): its default tag and its OCI labels.
 */
/** The pull request number of a `pull_request*` event, from its ref or its payload. */
function pullRequestNumber(env) {
    const ref = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    if (ref)
        return Number(ref[1]);
    // pull_request_target runs on the base branch's ref; the number is in the event payload.
    if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request'))
        return undefined;
    const event = (0,github/* readEvent */.j)(env);
    const number = event.pull_request?.number ?? event.number;
    return typeof number === 'number' ? number : undefined;
}
/**
 * The tag a build gets when the step gives neither `tag` nor `tags` (DESIGN §4): `pr-<n>` for a
 * pull request, else the branch or Git tag name made tag-safe, else `latest` (outside any ref).
 */
function defaultTag(env) {
    const pr = pullRequestNumber(env);
    if (pr !== undefined)
        return `pr-${pr}`;
    const name = env.GITHUB_HEAD_REF ||
        env.GITHUB_REF_NAME ||
        /^refs\/(?:heads|tags)\/(.+)$/.exec(env.GITHUB_REF ?? '')?.[1];
    return name ? (0,reference/* sanitizeTag */.iP)(name) : 'latest';
}
const OCI = 'org.opencontainers.image';
/**
 * The OCI labels of an image built here: source, revision, created, version (the first tag),
 * title and url. Labels whose fact is unknown (outside GitHub) are left out.
 */
function gitLabels(env, version, now) {
    const labels = {};
    const repository = env.GITHUB_REPOSITORY;
    if (repository) {
        const url = `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repository}`;
        labels[`${OCI}.source`] = url;
        labels[`${OCI}.url`] = url;
        labels[`${OCI}.title`] = repository.slice(repository.indexOf('/') + 1);
    }
    // On pull requests GITHUB_SHA is a merge commit no one pushed: the head commit, as the report has.
    const revision = env.GITHUB_SHA ? (0,github/* githubFacts */.J)(env, (0,github/* readEvent */.j)(env)).git.commit.sha : null;
    if (revision)
        labels[`${OCI}.revision`] = revision;
    labels[`${OCI}.created`] = now.toISOString();
    if (version)
        labels[`${OCI}.version`] = version;
    return labels;
}
/** The Git labels with the step's `labels` over them: a user's value always wins. */
function imageLabels(env, version, userLabels, now) {
    return { ...gitLabels(env, version, now), ...userLabels };
}

// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
;// CONCATENATED MODULE: ./.build/src/actions/build/mounts.js




/**
 * The build's secret and SSH mounts (`secrets`, `ssh`), read and checked before anything runs:
 * a secret's source must exist, and its value is masked the moment it is read. The builders get
 * the name of the variable or file only, never the value on their command line.
 */
/** `key=value` fields of one item, split at commas (the items themselves come one per line). */
function fields(item, input) {
    const out = new Map();
    for (const field of item.split(',')) {
        const eq = field.indexOf('=');
        if (eq <= 0)
            throw new errors/* UserError */.yo(`Input ${input}: "${field.trim()}" in "${item}" is not key=value`);
        out.set(field.slice(0, eq).trim(), field.slice(eq + 1).trim());
    }
    return out;
}
const SECRET_ID_RE = /^[A-Za-z0-9_.-]+$/;
/** `id=NAME,env=VAR` or `id=NAME,src=PATH` (a relative path is in `base`, the workspace). */
function parseSecrets(items, env, base) {
    const seen = new Set();
    return items.map((item) => {
        const f = fields(item, 'secrets');
        const id = f.get('id') ?? '';
        const unknown = [...f.keys()].filter((k) => !['id', 'env', 'src', 'type'].includes(k));
        if (!SECRET_ID_RE.test(id) || unknown.length || f.has('env') === f.has('src')) {
            throw new errors/* UserError */.yo(`Input secrets: "${item}" is not id=NAME,env=VARIABLE or id=NAME,src=PATH`);
        }
        if (seen.has(id))
            throw new errors/* UserError */.yo(`Input secrets: the id ${id} is given twice`);
        seen.add(id);
        const variable = f.get('env');
        if (variable !== undefined) {
            const value = env[variable];
            if (!value) {
                throw new errors/* UserError */.yo(`Input secrets: the environment variable ${variable} of secret ${id} is not set or empty`);
            }
            (0,secrets/* maskSecret */.$l)(value);
            return { id, env: variable };
        }
        const file = external_node_path_.resolve(base, f.get('src') ?? '');
        let content;
        try {
            if (!(0,external_node_fs_.statSync)(file).isFile())
                throw new Error('not a file');
            content = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            throw new errors/* UserError */.yo(`Input secrets: the file ${file} of secret ${id} does not exist`);
        }
        (0,secrets/* maskSecret */.$l)(content.trim());
        return { id, file };
    });
}
/**
 * `default` (the agent at SSH_AUTH_SOCK) or `id=PATH[,PATH…]` (an agent socket or key files),
 * as buildx takes them. The agent's socket must be there.
 */
function parseSsh(items, env, base) {
    return items.map((item) => {
        if (item === 'default') {
            const sock = env.SSH_AUTH_SOCK;
            if (!sock) {
                throw new errors/* UserError */.yo('Input ssh: default needs a running SSH agent, but SSH_AUTH_SOCK is not set; start one (e.g. webfactory/ssh-agent) or give id=PATH of a key');
            }
            if (!isSocket(sock)) {
                throw new errors/* UserError */.yo(`Input ssh: default needs a running SSH agent, but SSH_AUTH_SOCK (${sock}) is no socket; start the agent or give id=PATH of a key`);
            }
            return item;
        }
        const eq = item.indexOf('=');
        const id = eq > 0 ? item.slice(0, eq) : '';
        if (!SECRET_ID_RE.test(id)) {
            throw new errors/* UserError */.yo(`Input ssh: "${item}" is not default or id=PATH`);
        }
        const paths = item
            .slice(eq + 1)
            .split(',')
            .map((p) => external_node_path_.resolve(base, p.trim()));
        for (const p of paths) {
            try {
                (0,external_node_fs_.statSync)(p);
            }
            catch {
                throw new errors/* UserError */.yo(`Input ssh: ${p} (of ${id}) does not exist`);
            }
        }
        return `${id}=${paths.join(',')}`;
    });
}
function isSocket(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isSocket();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./.build/src/actions/inputs.js
var inputs = __webpack_require__(1270);
;// CONCATENATED MODULE: ./.build/src/actions/build/settings.js










function existing(input, file, kind, why) {
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(file);
    }
    catch {
        throw new errors/* UserError */.yo(`Input ${input}: ${file} does not exist${why}`);
    }
    if (kind === 'directory' ? !stat.isDirectory() : !stat.isFile()) {
        throw new errors/* UserError */.yo(`Input ${input}: ${file} is not a ${kind}${why}`);
    }
}
/**
 * `provenance` / `sbom`: `true`, `false`, or buildx's own form (`mode=max`, `generator=…`),
 * passed through; absent when not given, so buildx's default holds.
 */
function attestation(io, name) {
    const value = io.getInput(name);
    if (!value)
        return {};
    if (!/^(?:true|false|[a-z-]+=[^\s]+)$/.test(value)) {
        throw new errors/* UserError */.yo(`Input ${name}: "${value}" is not true, false or buildx's key=value form (e.g. mode=max)`);
    }
    return { [name]: value };
}
function readBuildSettings(io) {
    const imageName = io.getInput('image_name');
    if (!imageName) {
        throw new errors/* UserError */.yo('Input image_name is required: the repository of the image, e.g. my-app or acme/my-app');
    }
    const ref = (0,reference/* parseReference */.F2)(imageName, { what: 'image_name', defaultTag: false });
    if (ref.tag || ref.digest) {
        throw new errors/* UserError */.yo(`Input image_name: "${imageName}" carries a tag or digest; give the name alone and the tags in tag or tags`);
    }
    const tags = (0,inputs/* getTags */.Q2)(io);
    if (!tags.length)
        tags.push(defaultTag(io.env));
    const workspace = io.env.GITHUB_WORKSPACE || process.cwd();
    const context = external_node_path_.resolve(workspace, io.getInput('working_directory') || '.');
    existing('working_directory', context, 'directory', '');
    const dockerfile = external_node_path_.resolve(context, io.getInput('dockerfile') || 'Dockerfile');
    existing('dockerfile', dockerfile, 'file', ` (a relative dockerfile is found in working_directory ${context})`);
    const buildArgs = (0,inputs/* parseMap */.y1)(io.getInput('build_arguments'), 'build_arguments');
    for (const key of Object.keys(buildArgs)) {
        if (!/^[^\s=]+$/.test(key))
            throw new errors/* UserError */.yo(`Input build_arguments: "${key}" is not an argument name`);
    }
    const labels = (0,inputs/* parseMap */.y1)(io.getInput('labels'), 'labels');
    for (const key of Object.keys(labels)) {
        if (!key || /\s/.test(key))
            throw new errors/* UserError */.yo(`Input labels: "${key}" is not a label key`);
    }
    // The builders get the platforms as containerd writes them: lowercase.
    const platforms = (0,inputs/* getList */.vS)(io, 'platform').map((p) => (0,manifest/* formatPlatform */.Bq)((0,platform/* parsePlatform */.F)(p, 'platform')));
    const target = io.getInput('target') || undefined;
    if (target && /\s/.test(target))
        throw new errors/* UserError */.yo(`Input target: "${target}" is not a stage name`);
    const annotations = (0,inputs/* getLines */.iv)(io, 'annotations');
    for (const annotation of annotations) {
        if (!/^(?:[a-z-]+(?:\[[^\]]+\])?(?:,[a-z-]+(?:\[[^\]]+\])?)*:)?[^\s=:]+=/.test(annotation)) {
            throw new errors/* UserError */.yo(`Input annotations: "${annotation}" is not key=value (optionally after manifest:, index:, manifest-descriptor: or index-descriptor:)`);
        }
    }
    const builder = (io.getInput('builder') || 'auto');
    if (!BUILDER_CHOICES.includes(builder)) {
        throw new errors/* UserError */.yo(`Input builder: "${builder}" is not one of ${BUILDER_CHOICES.join(', ')}`);
    }
    return {
        imageName,
        tags,
        context,
        dockerfile,
        buildArgs,
        target,
        noCache: (0,inputs/* getBoolean */.pW)(io, 'no_cache', false),
        platforms: [...new Set(platforms)],
        labels,
        cacheFrom: (0,inputs/* getLines */.iv)(io, 'cache_from'),
        cacheTo: (0,inputs/* getLines */.iv)(io, 'cache_to'),
        secrets: parseSecrets((0,inputs/* getLines */.iv)(io, 'secrets'), io.env, workspace),
        ssh: parseSsh((0,inputs/* getLines */.iv)(io, 'ssh'), io.env, workspace),
        ...attestation(io, 'provenance'),
        ...attestation(io, 'sbom'),
        annotations,
        registry: io.getInput('registry') || undefined,
        registryContexts: (0,inputs/* getList */.vS)(io, 'registry_contexts'),
        disablePush: (0,inputs/* getBoolean */.pW)(io, 'disable_push', false),
        builder,
        config: (0,inputs/* getRegistries */.cx)(io),
    };
}
/** Which registries a build reaches, and as whom (DESIGN §3). */

;// CONCATENATED MODULE: ./.build/src/builders/dockerfile.js
/** BuildKit's parser directives; a comment with any other key ends them, as any other line does. */
const DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const DIRECTIVE_RE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
/**
 * The frontend image BuildKit pulls to run the Dockerfile with (through the build's auth file,
 * like any base): the `BUILDKIT_SYNTAX` build argument, else the `syntax` parser directive, as
 * in `# syntax=docker/dockerfile:1`. A directive counts only in the Dockerfile's opening lines of
 * `# key=value` (key in any case), before any instruction, blank line or other comment; a first
 * `#!` line is skipped, as BuildKit does. Undefined for the builder's own parser.
 */
function syntaxImage(text, buildArgs = {}) {
    const first = (value) => value.trim().split(/\s+/)[0] || undefined;
    if (buildArgs.BUILDKIT_SYNTAX?.trim())
        return first(buildArgs.BUILDKIT_SYNTAX);
    return first(directives(text).get('syntax') ?? '');
}
/** The parser directives of a Dockerfile's opening lines, by lower-cased key (see syntaxImage). */
function directives(text) {
    const found = new Map();
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    if (lines[0]?.startsWith('#!'))
        lines.shift();
    for (const line of lines) {
        const match = DIRECTIVE_RE.exec(line);
        const key = match?.[1].toLowerCase();
        if (!match || !key || !DIRECTIVES.has(key))
            break;
        if (!found.has(key))
            found.set(key, match[2]);
    }
    return found;
}
/** `<<EOF`, `<<-EOF`, `<<"EOF"`: a heredoc BuildKit reads for RUN, COPY and ADD. */
const HEREDOC_RE = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
const HEREDOC_INSTRUCTIONS = /^(RUN|COPY|ADD)\s/i;
/**
 * The instructions of a Dockerfile, each on one line: comments dropped, lines continued with
 * the escape character (`\`, or what `# escape=` names) joined, and heredoc bodies skipped, so
 * that a heredoc line starting with FROM is no instruction.
 */
function instructions(text) {
    const escape = directives(text).get('escape') === '`' ? '`' : '\\';
    const lines = [];
    let current = '';
    /** Terminators of the heredocs the last instruction opened, in order, and whether tabs go. */
    const heredocs = [];
    for (const raw of text.split(/\r?\n/)) {
        if (heredocs.length) {
            const { word, strip } = heredocs[0];
            if ((strip ? raw.replace(/^\t+/, '') : raw) === word)
                heredocs.shift();
            continue;
        }
        const line = raw.trim();
        if (!current && (line.startsWith('#') || !line))
            continue;
        if (current && line.startsWith('#'))
            continue;
        if (line.endsWith(escape)) {
            current += `${line.slice(0, -1)} `;
            continue;
        }
        current += line;
        const instruction = current.trim();
        current = '';
        if (!instruction)
            continue;
        lines.push(instruction);
        if (HEREDOC_INSTRUCTIONS.test(instruction)) {
            for (const match of instruction.matchAll(HEREDOC_RE))
                heredocs.push({ word: match[3], strip: match[1] === '-' });
        }
    }
    if (current.trim())
        lines.push(current.trim());
    return lines;
}
function substitute(value, args) {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, braced, fallback, bare) => {
        const name = braced ?? bare ?? '';
        const value = args.get(name);
        if (value !== undefined && value !== '')
            return value;
        if (fallback !== undefined)
            return fallback;
        return match;
    });
}
function pulledImages(text, buildArgs = {}) {
    const args = new Map();
    const stages = new Set();
    const images = [];
    let complete = true;
    let seenFrom = false;
    const syntax = syntaxImage(text, buildArgs);
    if (syntax)
        images.push(syntax);
    const add = (raw) => {
        const name = substitute(raw, args);
        if (name.includes('$')) {
            complete = false;
            return;
        }
        const lower = name.toLowerCase();
        if (lower === 'scratch' || stages.has(lower) || /^\d+$/.test(name))
            return;
        if (!images.includes(name))
            images.push(name);
    };
    for (const instruction of instructions(text)) {
        const [keyword, ...rest] = instruction.split(/\s+/);
        const upper = keyword.toUpperCase();
        if (upper === 'ARG' && !seenFrom) {
            for (const item of rest) {
                const eq = item.indexOf('=');
                const name = eq >= 0 ? item.slice(0, eq) : item;
                const fallback = eq >= 0 ? item.slice(eq + 1).replace(/^"(.*)"$/, '$1') : undefined;
                const value = buildArgs[name] ?? fallback;
                if (value !== undefined)
                    args.set(name, value);
            }
        }
        else if (upper === 'FROM') {
            seenFrom = true;
            const words = rest.filter((w) => !w.startsWith('--'));
            if (words[0])
                add(words[0]);
            if (words.length >= 3 && words[1].toUpperCase() === 'AS')
                stages.add(words[2].toLowerCase());
        }
        else if (upper === 'COPY' || upper === 'ADD') {
            for (const flag of rest.filter((w) => w.startsWith('--from=')))
                add(flag.slice('--from='.length));
        }
        else if (upper === 'RUN') {
            for (const flag of rest.filter((w) => w.startsWith('--mount='))) {
                const from = flag
                    .slice('--mount='.length)
                    .split(',')
                    .find((option) => option.startsWith('from='));
                if (from)
                    add(from.slice('from='.length));
            }
        }
    }
    return { images, complete };
}

// EXTERNAL MODULE: ./.build/src/builders/plan.js
var builders_plan = __webpack_require__(75589);
// EXTERNAL MODULE: ./.build/src/credentials/docker-config.js
var docker_config = __webpack_require__(27351);
// EXTERNAL MODULE: ./.build/src/http/loopback.js
var loopback = __webpack_require__(70599);
;// CONCATENATED MODULE: ./.build/src/actions/build/registries.js







function domainOf(image) {
    try {
        return (0,reference/* parseReference */.F2)(image, { defaultTag: false }).domain.toLowerCase();
    }
    catch {
        return undefined; // the builder will say what is wrong with it
    }
}
/**
 * Pull identities for the domains the build pulls from: the step's context for the domain, else
 * the domain's primary (or only) integration, else what `docker login` left. The Dockerfile is
 * read for the images it names (its syntax directive's frontend, FROM, COPY --from, RUN --mount
 * from), with `cache_from` and the contexts' domains; for those, resolution must succeed. When
 * the Dockerfile hides a name behind an ARG without a value, every other domain the registries
 * file or the Docker config knows is offered too; there a missing secret or an undecided primary
 * only leaves the domain out, and the push target's domain gets the push target's identity, so
 * that a domain the build may not even pull from never needs two identities (which costs docker
 * its push during the build).
 */
async function resolveBuildRegistries(settings, env, dockerfileText, log) {
    const { config } = settings;
    const contexts = settings.registryContexts.map((name) => (0,resolve/* integrationByName */.dl)(config, name, 'registry_contexts'));
    const pulled = pulledImages(dockerfileText, settings.buildArgs);
    const cacheExports = (0,builders_plan/* cacheReferences */.V)(settings.cacheTo).references;
    for (const ref of cacheExports)
        checkCacheExport(ref, config, env);
    const named = new Set([...pulled.images, ...(0,builders_plan/* cacheReferences */.V)(settings.cacheFrom).references, ...cacheExports]
        .map(domainOf)
        .filter((d) => d !== undefined));
    // At most one context per domain.
    (0,resolve/* checkContexts */.R$)(contexts, [...named, ...contexts.map((c) => c.domain)], 'registry_contexts', () => { });
    for (const context of contexts) {
        if (named.has(context.domain))
            continue;
        log.warn(pulled.complete
            ? `Input registry_contexts: ${context.name} serves ${context.domain}, but the Dockerfile names no image on ${context.domain}`
            : `Input registry_contexts: cannot tell whether this build pulls from ${context.domain} (a FROM line uses an ARG without a value); ${context.name} is used only for images on ${context.domain}`);
    }
    let target;
    const integration = settings.registry
        ? (0,resolve/* integrationByName */.dl)(config, settings.registry, 'registry')
        : undefined;
    if (!settings.disablePush) {
        target = await (0,resolve/* resolvePush */.B$)(config, env, settings.imageName, integration);
    }
    const strict = new Set([
        ...named,
        ...contexts.map((c) => (0,reference/* normaliseDomain */.$N)(c.domain.toLowerCase())),
    ]);
    const offered = new Set(strict);
    if (!pulled.complete) {
        for (const i of config.integrations)
            offered.add((0,reference/* normaliseDomain */.$N)(i.domain.toLowerCase()));
        for (const d of (0,docker_config/* dockerConfigDomains */.yC)(env))
            offered.add((0,reference/* normaliseDomain */.$N)(d.toLowerCase()));
    }
    const pulls = [];
    const insecure = [];
    const insecurePulls = [];
    for (const domain of offered) {
        let endpoint;
        if (strict.has(domain)) {
            endpoint = await (0,resolve/* resolvePull */.Uj)(config, env, domain, contexts);
            // Only a domain the build names is pulled for sure: a context's own domain may be unused.
            if (named.has(domain) && endpoint.insecure && !(0,loopback/* isLoopback */.U9)(endpoint.host))
                insecurePulls.push(endpoint.host);
        }
        else if (target && target.endpoint.domain === domain) {
            endpoint = target.endpoint;
        }
        else {
            try {
                endpoint = await (0,resolve/* resolvePull */.Uj)(config, env, domain, contexts);
            }
            catch (error) {
                if (!(0,errors/* isUserError */.iU)(error))
                    throw error;
                log.debug(`no pull credentials offered for ${domain}: ${error.message}`);
                if ((0,loopback/* isLoopback */.U9)(domain) ||
                    config.integrations.some((i) => i.domain === domain && i.insecure))
                    insecure.push(domain);
                continue;
            }
        }
        if (endpoint.insecure)
            insecure.push(endpoint.host);
        if (endpoint.credentials)
            pulls.push(endpoint);
    }
    return { pulls, insecure, insecurePulls, target };
}
/**
 * A `cache_to` registry reference is written during the build with the credentials the registries
 * file (or the Docker config) holds for its domain: a domain neither knows has none to write with.
 */
function checkCacheExport(ref, config, env) {
    const domain = domainOf(ref);
    if (!domain)
        throw new errors/* UserError */.yo(`Input cache_to: "${ref}" is not an image reference`);
    const known = config.integrations.some((i) => (0,reference/* normaliseDomain */.$N)(i.domain.toLowerCase()) === domain) ||
        (0,docker_config/* dockerConfigDomains */.yC)(env).some((d) => (0,reference/* normaliseDomain */.$N)(d.toLowerCase()) === domain);
    if (!known) {
        throw new errors/* UserError */.yo(`Input cache_to: ${ref} is on ${domain}, which no registry of the registries file (nor the Docker config) declares; declare it there so the cache is written with its credentials`);
    }
}
/** The full references a build writes: in the push target, or as named locally with disable_push. */

// EXTERNAL MODULE: ./.build/src/builders/authfile.js
var authfile = __webpack_require__(15538);
;// CONCATENATED MODULE: ./.build/src/actions/build/plan.js




function imageReferences(settings, target) {
    const name = target ? (0,resolve/* targetName */.je)(target) : settings.imageName;
    return settings.tags.map((tag) => `${name}:${tag}`);
}
/** The plan of a build in the step directory `dir`: plain data, and the auth files' content. */
function planBuild(settings, registries, dir, env, now) {
    const { target } = registries;
    const tags = imageReferences(settings, target);
    const files = (0,builders_plan/* stepFiles */.U)(dir, tags.length);
    const pull = (0,authfile/* authConfig */.fl)(registries.pulls);
    const push = target ? (0,authfile/* authConfig */.fl)([target.endpoint]) : undefined;
    const shared = push ? (0,authfile/* mergeAuthConfigs */.UZ)(pull, push) : undefined;
    const conflict = target && push && !shared
        ? describeConflict(settings, registries.pulls, target, (0,authfile/* conflictingDomains */.g4)(pull, push))
        : undefined;
    const plan = {
        context: settings.context,
        dockerfile: settings.dockerfile,
        buildArgs: settings.buildArgs,
        ...(settings.target ? { target: settings.target } : {}),
        noCache: settings.noCache,
        platforms: settings.platforms,
        labels: imageLabels(env, settings.tags[0], settings.labels, now),
        cacheFrom: settings.cacheFrom,
        cacheTo: settings.cacheTo,
        secrets: settings.secrets,
        ssh: settings.ssh,
        ...(settings.provenance !== undefined ? { provenance: settings.provenance } : {}),
        ...(settings.sbom !== undefined ? { sbom: settings.sbom } : {}),
        annotations: settings.annotations,
        tags,
        authfile: files.pullAuth,
        registriesConf: { file: files.registriesConf, insecure: [...new Set(registries.insecure)] },
        insecurePulls: [...new Set(registries.insecurePulls)],
        iidfile: files.iid,
        metadataFile: files.metadata,
        ...(target
            ? {
                push: {
                    registry: target.endpoint.label,
                    host: target.endpoint.host,
                    repository: target.repository,
                    authfile: files.pushAuth,
                    ...(shared ? { sharedAuthfile: files.sharedAuth } : {}),
                    ...(conflict ? { conflict } : {}),
                    insecure: target.endpoint.insecure,
                    digestFiles: files.digests,
                },
            }
            : {}),
    };
    return { plan, auth: { pull, ...(push ? { push } : {}), ...(shared ? { shared } : {}) } };
}
/** Why an identity was picked, in the words of what the user set (DESIGN §3). */
function pullChoice(settings, endpoint) {
    const integration = endpoint.integration;
    if (!integration)
        return endpoint.label;
    if (settings.registryContexts.includes(integration.name))
        return `${integration.name} (input registry_contexts)`;
    return integration.primary
        ? `${integration.name} (primary: true for ${endpoint.domain})`
        : `${integration.name} (the only integration of ${endpoint.domain})`;
}
function pushChoice(settings, target) {
    const { label, integration } = target.endpoint;
    if (settings.registry)
        return `${label} (input registry)`;
    if (integration?.default)
        return `${label} (default: true)`;
    return `${label} (the domain of image_name)`;
}
/** Which domains need two identities, and who picked each: for a builder that must refuse it. */
function describeConflict(settings, pulls, target, keys) {
    return pulls
        .filter((p) => keys.includes(p.domain))
        .map((p) => `${p.domain} is pulled as ${pullChoice(settings, p)} and pushed to as ${pushChoice(settings, target)}`)
        .join('; ');
}
async function writeAuthFiles(planned) {
    const { plan, auth } = planned;
    await (0,authfile/* writeAuthFile */.Yt)(plan.authfile, auth.pull);
    if (plan.push && auth.push)
        await (0,authfile/* writeAuthFile */.Yt)(plan.push.authfile, auth.push);
    if (plan.push?.sharedAuthfile && auth.shared)
        await (0,authfile/* writeAuthFile */.Yt)(plan.push.sharedAuthfile, auth.shared);
}
function describePulls(registries) {
    if (!registries.pulls.length)
        return 'anonymously';
    return registries.pulls.map((p) => `${p.domain} as ${p.label}`).join(', ');
}

;// CONCATENATED MODULE: ./.build/src/actions/build/summary.js

function buildSummary(builder, registries, plan, digest, imageId) {
    const facts = [
        ['Builder', builder.kind],
        ['Images', plan.tags.join(', ')],
    ];
    if (digest)
        facts.push(['Digest', `\`${digest}\``]);
    if (imageId)
        facts.push(['Image ID', `\`${imageId}\``]);
    if (plan.platforms.length)
        facts.push(['Platforms', plan.platforms.join(', ')]);
    facts.push(['Pulls', describePulls(registries)]);
    facts.push([
        'Pushed to',
        registries.target ? registries.target.endpoint.label : 'not pushed (disable_push)',
    ]);
    return {
        title: registries.target ? 'Image built and pushed' : 'Image built',
        facts,
        tables: [{ header: ['Label', 'Value'], rows: Object.entries(plan.labels) }],
    };
}
/** The post step: removes the auth files should the main step have died before it could. */

;// CONCATENATED MODULE: ./.build/src/actions/build/index.js











async function build(io) {
    const settings = readBuildSettings(io);
    const dockerfileText = (0,external_node_fs_.readFileSync)(settings.dockerfile, 'utf8');
    const registries = await resolveBuildRegistries(settings, io.env, dockerfileText, {
        warn: (m) => io.warning(m),
        debug: (m) => io.debug(m),
    });
    const builder = await (0,detect/* detectBuilder */.h4)(settings.builder, io.env);
    io.info(`Building with ${builder.kind}; pulls ${describePulls(registries)}`);
    if (registries.target) {
        io.info(`Pushing to ${registries.target.endpoint.label}: ${(0,resolve/* targetName */.je)(registries.target)}`);
    }
    // One registry session for the step: the check before the build and the reads after it.
    const session = (0,host_session/* openSession */.f)(io);
    try {
        await buildAndReport(io, settings, registries, builder, session);
    }
    finally {
        await session.close();
    }
}
async function buildAndReport(io, settings, registries, builder, session) {
    await (0,step_dir/* withStepDir */["in"])(io, async (dir) => {
        const planned = planBuild(settings, registries, dir, io.env, new Date());
        const { plan } = planned;
        if (registries.target)
            await (0,read_back/* checkPushAccess */.Lr)(session, registries.target);
        await writeAuthFiles(planned);
        const outcome = await io.group(`Build with ${builder.kind}`, () => builder.build(plan, (0,builder_io/* builderIO */.c)(io)));
        let digest = '';
        let imageId = outcome.imageId;
        if (registries.target) {
            digest = await (0,read_back/* readBackDigest */.Qk)(session, registries.target, settings.tags);
            // What the registry holds is the image: its config digest, where the builder named none
            // (buildx on the containerd store names the digest of an index).
            if (!imageId && plan.platforms.length <= 1)
                imageId = await (0,read_back/* readBackConfigDigest */.KS)(session, registries.target, digest);
            // Only what the build itself pushed can be compared: after a load, buildx's digest is that
            // of its local export, and `docker push` writes another.
            for (const other of new Set(outcome.pushedDigests)) {
                if (other !== digest)
                    io.warning(`${builder.kind} reported pushing ${other}, but the registry holds ${digest}`);
            }
        }
        // The builder's metadata is passed on, but its config digest only as found above: buildx on
        // the containerd store names an index's digest there.
        const { 'containerimage.config.digest': _named, ...reported } = outcome.metadata;
        const metadata = {
            ...reported,
            ...(imageId ? { 'containerimage.config.digest': imageId } : {}),
            builder: builder.kind,
            'image.name': plan.tags.join(','),
            ...(digest ? { 'containerimage.digest': digest } : {}),
            ...(plan.platforms.length ? { platforms: plan.platforms } : {}),
            labels: plan.labels,
        };
        io.setOutput('image', plan.tags[0]);
        io.setOutput('images', plan.tags.join('\n'));
        if (digest)
            io.setOutput('digest', digest);
        io.setOutput('image_id', imageId);
        io.setOutput('metadata', JSON.stringify(metadata));
        io.info(registries.target
            ? `Built and pushed ${plan.tags.join(', ')} (${digest})`
            : `Built ${plan.tags.join(', ')}${imageId ? ` (${imageId})` : ''}; not pushed (disable_push)`);
        await io.writeSummary(buildSummary(builder, registries, plan, digest, imageId));
    });
}
/** The post step: the step folder goes, with the credentials written into it. */
const buildPost = step_dir/* removeStepDir */.Gt;


/***/ }),

/***/ 78390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parsePlatform),
/* harmony export */   J: () => (/* binding */ platformMatches)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);

/**
 * `os/architecture[/variant]`, as docker, buildx and containerd write them, in any case (containerd
 * lowercases: `Linux/AMD64` is linux/amd64). A variant is a word (`v8`); a dotted third part is a
 * Windows OS version (`windows/amd64/10.0.17763`), which no platform string carries: refused.
 */
const PLATFORM_RE = /^([a-z0-9_-]+)\/([a-z0-9_-]+)(?:\/([a-z0-9_-]+))?$/i;
/**
 * A platform of an input, for build (`platform`) and promote (`platforms`) alike; `input` names
 * the input in the message.
 */
function parsePlatform(text, input) {
    const match = PLATFORM_RE.exec(text.trim());
    if (!match) {
        const osVersion = /^[a-z0-9_-]+\/[a-z0-9_-]+\/\d+(\.\d+)+$/i.test(text.trim());
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${input}: "${text}" is not a platform; write os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8${osVersion ? ' (an OS version such as 10.0.17763 is not a variant)' : ''}`);
    }
    const [, os, architecture, variant] = match;
    return {
        os: os.toLowerCase(),
        architecture: architecture.toLowerCase(),
        ...(variant ? { variant: variant.toLowerCase() } : {}),
    };
}
/** containerd's defaults: arm64 means v8, arm means v7, amd64 means v1. */
const DEFAULT_VARIANT = { arm64: 'v8', arm: 'v7', amd64: 'v1' };
function platformMatches(wanted, actual) {
    if (!actual || actual.os !== wanted.os || actual.architecture !== wanted.architecture) {
        return false;
    }
    const fallback = DEFAULT_VARIANT[wanted.architecture];
    if (!wanted.variant && !fallback)
        return true;
    return (wanted.variant ?? fallback) === (actual.variant ?? fallback);
}


/***/ }),

/***/ 27815:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ githubFacts),
/* harmony export */   j: () => (/* binding */ readEvent)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14393);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13613);



/** The event payload at GITHUB_EVENT_PATH; {} when there is none or it cannot be read. */
function readEvent(env, debug = () => { }) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(event) ? event : {};
    }
    catch (error) {
        debug(`the event payload ${file} could not be read: ${error.message}`);
        return {};
    }
}
function stripPrefix(ref, prefix) {
    return ref?.startsWith(prefix) ? ref.slice(prefix.length) : null;
}
const PULL_REQUEST_EVENTS = /^pull_request/;
/** The number in `refs/pull/42/merge` (or `/head`), the ref GitHub runs pull_request events on. */
function pullRequestNumberOf(ref) {
    const match = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
    return match ? Number(match[1]) : null;
}
/** The facts GitHub gives: variables for the run, the event payload for the commit and pull request. */
function githubFacts(env, event) {
    const server = ((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
    const repository = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_REPOSITORY) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(event.repository).full_name);
    const repositoryUrl = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(event.repository).html_url) ?? (repository ? `${server}/${repository}` : null);
    const eventName = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_EVENT_NAME);
    const ref = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_REF) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(event.ref);
    const pr = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(event.pull_request);
    // Decided by the event's name, not by its payload: when the event file is missing or
    // unreadable, GITHUB_HEAD_REF and GITHUB_REF (refs/pull/N/merge) still tell branch and number.
    const isPullRequest = eventName !== null && PULL_REQUEST_EVENTS.test(eventName);
    const tag = stripPrefix(ref, 'refs/tags/');
    let branch;
    // GITHUB_HEAD_REF is set on pull_request and pull_request_target only; other pull_request_*
    // events without a payload leave the branch unknown rather than take the merge ref for one.
    if (isPullRequest)
        branch = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(pr.head).ref) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_HEAD_REF);
    else if (tag !== null)
        branch = stripPrefix((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(event.base_ref), 'refs/heads/');
    else
        branch = stripPrefix(ref, 'refs/heads/');
    const headCommit = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(event.head_commit);
    const headAuthor = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(headCommit.author);
    const sha = isPullRequest
        ? ((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(pr.head).sha) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_SHA))
        : ((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(headCommit.id) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_SHA));
    const fromHead = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(headCommit.id) === sha && sha !== null;
    const commit = {
        sha,
        message: fromHead ? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(headCommit.message) : null,
        url: (fromHead ? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(headCommit.url) : null) ??
            (sha && repositoryUrl ? `${repositoryUrl}/commit/${sha}` : null),
        author: fromHead && Object.keys(headAuthor).length > 0
            ? {
                name: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(headAuthor.name),
                email: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(headAuthor.email),
                username: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(headAuthor.username),
            }
            : null,
        timestamp: fromHead ? (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isoTime */ .L)(headCommit.timestamp) : null,
    };
    const number = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(pr.number) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(event.number) ?? pullRequestNumberOf(ref ?? '');
    const pullRequest = isPullRequest && number !== null
        ? {
            number,
            title: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(pr.title),
            url: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(pr.html_url) ?? (repositoryUrl ? `${repositoryUrl}/pull/${number}` : null),
            author: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(pr.user).login),
        }
        : null;
    const runId = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_RUN_ID);
    return {
        git: {
            provider: 'github',
            repository,
            repository_url: repositoryUrl,
            ref,
            branch,
            tag,
            commit,
            pull_request: pullRequest,
        },
        ci: {
            provider: 'github-actions',
            workflow: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_WORKFLOW),
            run_id: runId,
            run_number: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(env.GITHUB_RUN_NUMBER),
            run_attempt: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(env.GITHUB_RUN_ATTEMPT),
            run_url: runId && repository ? `${server}/${repository}/actions/runs/${runId}` : null,
            job: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_JOB),
            actor: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_TRIGGERING_ACTOR) ??
                (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(env.GITHUB_ACTOR) ??
                (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ik)(event.sender).login),
            event: eventName,
        },
    };
}


/***/ }),

/***/ 13613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ isoTime)
/* harmony export */ });
/** Go's zero time.Time, `0001-01-01T00:00:00Z`: what Go tools write when they know no time. */
const GO_ZERO_TIME = Date.parse('0001-01-01T00:00:00Z');
/**
 * A timestamp as UTC ISO 8601 (`2024-01-01T00:00:00.000Z`), or null when it cannot be read or
 * is Go's zero time, which means "unknown", not the year 1.
 */
function isoTime(value) {
    if (typeof value !== 'string' || !value)
        return null;
    const time = Date.parse(value);
    return Number.isNaN(time) || time === GO_ZERO_TIME ? null : new Date(time).toISOString();
}


/***/ })

};
