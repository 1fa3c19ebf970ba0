export const id = 271;
export const ids = [271];
export const modules = {

/***/ 7271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  build: () => (/* binding */ build),
  buildPost: () => (/* binding */ buildPost),
  imageReferences: () => (/* binding */ imageReferences),
  planBuild: () => (/* binding */ planBuild),
  readBuildSettings: () => (/* binding */ readBuildSettings),
  resolveBuildRegistries: () => (/* binding */ resolveBuildRegistries)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(6624);
// EXTERNAL MODULE: ./.build/src/build/authfile.js
var authfile = __webpack_require__(1654);
// EXTERNAL MODULE: ./.build/src/build/builder.js + 5 modules
var build_builder = __webpack_require__(4670);
;// CONCATENATED MODULE: ./.build/src/build/dockerfile.js
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
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    if (lines[0]?.startsWith('#!'))
        lines.shift();
    for (const line of lines) {
        const match = DIRECTIVE_RE.exec(line);
        const key = match?.[1].toLowerCase();
        if (!match || !key || !DIRECTIVES.has(key))
            return undefined;
        if (key === 'syntax')
            return first(match[2]);
    }
    return undefined;
}
function instructions(text) {
    const lines = [];
    let current = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!current && (line.startsWith('#') || !line))
            continue;
        if (current && line.startsWith('#'))
            continue;
        if (line.endsWith('\\')) {
            current += `${line.slice(0, -1)} `;
            continue;
        }
        current += line;
        if (current.trim())
            lines.push(current.trim());
        current = '';
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

// EXTERNAL MODULE: ./.build/src/build/plan.js
var build_plan = __webpack_require__(1377);
// EXTERNAL MODULE: ./.build/src/registry/docker-config.js
var docker_config = __webpack_require__(2478);
// EXTERNAL MODULE: ./.build/src/registry/reference.js
var reference = __webpack_require__(5626);
// EXTERNAL MODULE: ./.build/src/registry/resolve.js
var resolve = __webpack_require__(9887);
;// CONCATENATED MODULE: ./.build/src/actions/image-metadata.js


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
    if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const number = event.pull_request?.number ?? event.number;
        return typeof number === 'number' ? number : undefined;
    }
    catch {
        return undefined;
    }
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
    if (env.GITHUB_SHA)
        labels[`${OCI}.revision`] = env.GITHUB_SHA;
    labels[`${OCI}.created`] = now.toISOString();
    if (version)
        labels[`${OCI}.version`] = version;
    return labels;
}
/** The Git labels with the step's `labels` over them: a user's value always wins. */
function imageLabels(env, version, userLabels, now) {
    return { ...gitLabels(env, version, now), ...userLabels };
}

// EXTERNAL MODULE: ./.build/src/actions/inputs.js
var inputs = __webpack_require__(1270);
// EXTERNAL MODULE: ./.build/src/actions/pushed.js
var pushed = __webpack_require__(6582);
// EXTERNAL MODULE: ./.build/src/actions/step-dir.js
var step_dir = __webpack_require__(3867);
;// CONCATENATED MODULE: ./.build/src/actions/build.js














const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
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
    const platforms = (0,inputs/* getList */.vS)(io, 'platform');
    for (const platform of platforms) {
        if (!PLATFORM_RE.test(platform)) {
            throw new errors/* UserError */.yo(`Input platform: "${platform}" is not a platform; write os/arch[/variant], e.g. linux/amd64,linux/arm64`);
        }
    }
    const target = io.getInput('target') || undefined;
    if (target && /\s/.test(target))
        throw new errors/* UserError */.yo(`Input target: "${target}" is not a stage name`);
    const builder = (io.getInput('builder') || 'auto');
    if (!build_builder/* BUILDER_CHOICES */.fy.includes(builder)) {
        throw new errors/* UserError */.yo(`Input builder: "${builder}" is not one of ${build_builder/* BUILDER_CHOICES */.fy.join(', ')}`);
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
        cacheFrom: (0,inputs/* getList */.vS)(io, 'cache_from'),
        registry: io.getInput('registry') || undefined,
        registryContexts: (0,inputs/* getList */.vS)(io, 'registry_contexts'),
        disablePush: (0,inputs/* getBoolean */.pW)(io, 'disable_push', false),
        builder,
        config: (0,inputs/* getRegistries */.cx)(io),
    };
}
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
function resolveBuildRegistries(settings, env, dockerfileText, log) {
    const { config } = settings;
    const contexts = settings.registryContexts.map((name) => (0,resolve/* integrationByName */.dl)(config, name, 'registry_contexts'));
    const pulled = pulledImages(dockerfileText, settings.buildArgs);
    const named = new Set([...pulled.images, ...(0,build_plan/* cacheReferences */.V)(settings.cacheFrom).references]
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
    if (!settings.disablePush)
        target = (0,resolve/* resolvePush */.B$)(config, env, settings.imageName, integration);
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
            endpoint = (0,resolve/* resolvePull */.Uj)(config, env, domain, contexts);
            // Only a domain the build names is pulled for sure: a context's own domain may be unused.
            if (named.has(domain) && endpoint.insecure && !(0,resolve/* isLoopback */.U9)(endpoint.host))
                insecurePulls.push(endpoint.host);
        }
        else if (target && target.endpoint.domain === domain) {
            endpoint = target.endpoint;
        }
        else {
            try {
                endpoint = (0,resolve/* resolvePull */.Uj)(config, env, domain, contexts);
            }
            catch (error) {
                if (!(0,errors/* isUserError */.iU)(error))
                    throw error;
                log.debug(`no pull credentials offered for ${domain}: ${error.message}`);
                if ((0,resolve/* isLoopback */.U9)(domain) ||
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
/** The full references a build writes: in the push target, or as named locally with disable_push. */
function imageReferences(settings, target) {
    const name = target ? `${target.endpoint.domain}/${target.repository}` : settings.imageName;
    return settings.tags.map((tag) => `${name}:${tag}`);
}
/** The plan of a build in the step directory `dir`: plain data, and the auth files' content. */
function planBuild(settings, registries, dir, env, now) {
    const { target } = registries;
    const tags = imageReferences(settings, target);
    const files = (0,build_plan/* stepFiles */.U)(dir, tags.length);
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
async function build(io) {
    const settings = readBuildSettings(io);
    const dockerfileText = (0,external_node_fs_.readFileSync)(settings.dockerfile, 'utf8');
    const registries = resolveBuildRegistries(settings, io.env, dockerfileText, {
        warn: (m) => io.warning(m),
        debug: (m) => io.debug(m),
    });
    const builder = await (0,build_builder/* detectBuilder */.h4)(settings.builder, io.env);
    io.info(`Building with ${builder.kind}; pulls ${describePulls(registries)}`);
    if (registries.target) {
        io.info(`Pushing to ${registries.target.endpoint.label}: ${registries.target.endpoint.domain}/${registries.target.repository}`);
    }
    await (0,step_dir/* withStepDir */["in"])(io, async (dir) => {
        const planned = planBuild(settings, registries, dir, io.env, new Date());
        const { plan } = planned;
        await writeAuthFiles(planned);
        const outcome = await builder.build(plan, (0,pushed/* builderIO */.c)(io));
        let digest = '';
        if (registries.target) {
            digest = await (0,pushed/* readBackDigest */.Q)(io, registries.target, settings.tags);
            // Only what the build itself pushed can be compared: after a load, buildx's digest is that
            // of its local export, and `docker push` writes another.
            for (const other of new Set(outcome.pushedDigests)) {
                if (other !== digest)
                    io.warning(`${builder.kind} reported pushing ${other}, but the registry holds ${digest}`);
            }
        }
        // The builder's own metadata says what its image ID is: for a multi-platform buildx build,
        // the iidfile holds the index's digest, which is no config digest.
        const metadata = {
            ...outcome.metadata,
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
        io.setOutput('image_id', outcome.imageId);
        io.setOutput('metadata', JSON.stringify(metadata));
        io.info(registries.target
            ? `Built and pushed ${plan.tags.join(', ')} (${digest})`
            : `Built ${plan.tags.join(', ')}${outcome.imageId ? ` (${outcome.imageId})` : ''}; not pushed (disable_push)`);
        await io.writeSummary(buildSummary(builder, registries, plan, digest, outcome.imageId));
    });
}
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
const buildPost = step_dir/* removeStepDir */.Gt;


/***/ })

};
