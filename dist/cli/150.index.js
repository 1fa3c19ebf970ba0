export const id = 150;
export const ids = [150];
export const modules = {

/***/ 150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TIMEOUT_SECONDS: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
  MAX_TIMEOUT_SECONDS: () => (/* binding */ MAX_TIMEOUT_SECONDS),
  createReportImageInfo: () => (/* binding */ createReportImageInfo),
  humanSize: () => (/* binding */ humanSize),
  markdownText: () => (/* binding */ markdownText),
  planReport: () => (/* binding */ planReport),
  readReportSettings: () => (/* binding */ readReportSettings),
  reportImageInfo: () => (/* binding */ reportImageInfo),
  reportSummary: () => (/* binding */ reportSummary)
});

// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(6624);
// EXTERNAL MODULE: ./.build/src/registry/http.js
var http = __webpack_require__(8507);
// EXTERNAL MODULE: ./.build/src/registry/reference.js
var registry_reference = __webpack_require__(5626);
// EXTERNAL MODULE: ./.build/src/registry/resolve.js
var resolve = __webpack_require__(9887);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
// EXTERNAL MODULE: ./.build/src/registry/limit.js
var registry_limit = __webpack_require__(8404);
// EXTERNAL MODULE: ./.build/src/registry/manifest.js
var registry_manifest = __webpack_require__(2850);
;// CONCATENATED MODULE: ./.build/src/report/image-facts.js



/** Platform manifests read at once from one index. */
const CHILD_CONCURRENCY = 8;
/**
 * Reads the image's facts from its registry. For an index, every platform image is read (at
 * once), attestation entries (`unknown/unknown`) are skipped, and the first platform in the
 * index's order stands for the whole image: its config digest is `image_id` and its labels are
 * `labels`; `created` is the latest of the platforms'. A single manifest is its own only
 * platform. The size is the registry footprint: every distinct blob of every platform counted
 * once (a layer two platforms share is stored once), not the size of one platform's pull.
 */
async function readImageFacts(repository, image, endpoint, debug = () => { }) {
    const root = await repository.getManifest(image.digest ?? image.tag ?? 'latest');
    const where = `${repository.label}: ${repository.name}`;
    const platforms = [];
    if ((0,registry_manifest/* isIndexMediaType */.$$)(root.mediaType)) {
        const index = (0,registry_manifest/* parseJson */.qF)(root, where);
        const limit = (0,registry_limit/* createLimiter */.z)(CHILD_CONCURRENCY);
        const entries = (0,registry_manifest/* platformManifests */.OS)(index, (entry) => debug(`skipping attestation ${entry.digest}`));
        const read = await Promise.all(entries.map((entry) => limit(() => readPlatform(repository, entry, where, debug))));
        for (const platform of read)
            if (platform)
                platforms.push(platform);
    }
    else {
        const platform = await readPlatformManifest(repository, root, undefined, where);
        if (platform)
            platforms.push(platform);
    }
    const first = platforms[0];
    const blobs = new Map();
    for (const platform of platforms)
        for (const [digest, size] of platform.blobs)
            blobs.set(digest, size);
    return {
        reference: (0,registry_reference/* formatReference */.FH)(image),
        registry: {
            domain: endpoint.domain,
            integration: endpoint.integration?.name ?? null,
            kind: endpoint.integration?.kind ?? registryKind(endpoint.domain),
        },
        repository: image.repository,
        tags: image.tag ? [image.tag] : [],
        digest: root.digest,
        media_type: root.mediaType,
        image_id: first?.facts.image_id ?? null,
        platforms: platforms.map((p) => p.facts),
        size: [...blobs.values()].reduce((sum, size) => sum + size, 0),
        // A dashboard shows this as the image's last update: a platform rebuilt later counts.
        created: latest(platforms.map((p) => p.facts.created)),
        labels: first?.labels ?? {},
    };
}
async function readPlatform(repository, entry, where, debug) {
    const raw = await repository.getManifest(entry.digest);
    if ((0,registry_manifest/* isIndexMediaType */.$$)(raw.mediaType)) {
        debug(`skipping nested index ${entry.digest}`);
        return undefined;
    }
    return readPlatformManifest(repository, raw, entry.platform, where);
}
async function readPlatformManifest(repository, raw, declared, where) {
    const manifest = (0,registry_manifest/* parseJson */.qF)(raw, where);
    if (!manifest.config?.digest)
        return undefined;
    const configBytes = await repository.getBlob(manifest.config.digest);
    let config = {};
    try {
        config = JSON.parse(configBytes.toString('utf8'));
    }
    catch {
        // An artifact's config need not be JSON; the image is still reported, without config facts.
    }
    const os = declared?.os ?? config.os;
    const architecture = declared?.architecture ?? config.architecture;
    // Not an image for any platform (an artifact such as a Helm chart or a signature).
    if (!os || !architecture)
        return undefined;
    const blobs = [
        [manifest.config.digest, manifest.config.size],
        ...(manifest.layers ?? []).map((layer) => [layer.digest, layer.size]),
    ];
    return {
        facts: {
            os,
            architecture,
            variant: (declared ? declared.variant : config.variant) || null,
            digest: raw.digest,
            image_id: manifest.config.digest,
            size: blobs.reduce((sum, [, size]) => sum + size, 0),
            created: isoTime(config.created),
        },
        labels: { ...(config.config?.Labels ?? {}) },
        blobs,
    };
}
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
/** The latest of some ISO 8601 times; null when there is none. */
function latest(times) {
    let max = null;
    for (const time of times) {
        if (time !== null && (max === null || Date.parse(time) > Date.parse(max)))
            max = time;
    }
    return max;
}
/** The kind of registry a domain is, for registries reached without an integration. */
function registryKind(domain) {
    const host = domain.toLowerCase().replace(/:\d+$/, '');
    if (host === 'docker.io')
        return 'dockerhub';
    if (host === 'ghcr.io')
        return 'ghcr';
    if (host === 'gcr.io' || host.endsWith('.gcr.io'))
        return 'gcr';
    if (host.endsWith('-docker.pkg.dev'))
        return 'gar';
    if (/\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(host) || host === 'public.ecr.aws')
        return 'ecr';
    if (host.endsWith('.azurecr.io'))
        return 'acr';
    if (host === 'quay.io')
        return 'quay';
    return 'other';
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.build/schemas/image-report.schema.json
const image_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"image-actions image report","description":"What the report-image-info action posts to a reporting endpoint: the image\'s facts as its registry tells them, the Git and CI facts of the run that reports it, and the user\'s annotations. Unknown facts are null, never missing: every field listed as required is always present.","type":"object","additionalProperties":false,"required":["schema","reported_at","image","git","ci","annotations"],"properties":{"schema":{"description":"The version of this document\'s shape. A receiver can route on it; an incompatible change gets a new version.","const":"image-report/v1"},"reported_at":{"description":"When the report was made, UTC, ISO 8601 (2024-05-01T12:00:00.000Z).","type":"string","format":"date-time"},"image":{"$ref":"#/definitions/image"},"git":{"$ref":"#/definitions/git"},"ci":{"$ref":"#/definitions/ci"},"annotations":{"description":"The user\'s own facts, from the `annotations` input: keys start with a letter, then letters, digits, `_`, `.` or `-`; values are strings, numbers or booleans.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_.-]*$"},"additionalProperties":{"type":["string","number","boolean"]}}},"definitions":{"nullableString":{"type":["string","null"]},"digest":{"type":"string","pattern":"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},"image":{"description":"The image, as its registry describes it.","type":"object","additionalProperties":false,"required":["reference","registry","repository","tags","digest","media_type","image_id","platforms","size","created","labels"],"properties":{"reference":{"description":"The image reference reported, normalised: the domain always written, `library/` added to Docker Hub official images, `latest` when neither tag nor digest was given (docker.io/library/nginx:latest).","type":"string","minLength":1},"registry":{"description":"The registry the image was read from.","type":"object","additionalProperties":false,"required":["domain","integration","kind"],"properties":{"domain":{"description":"The registry\'s domain, host[:port]; Docker Hub is docker.io.","type":"string","minLength":1},"integration":{"description":"The name of the integration in the registries file the image was read through; null when read with Docker config credentials or anonymously.","$ref":"#/definitions/nullableString"},"kind":{"description":"The kind of registry: the integration\'s `kind`, else guessed from the domain.","enum":["dockerhub","ghcr","gcr","gar","ecr","acr","quay","other"]}}},"repository":{"description":"The repository path within the registry (acme/app).","type":"string","minLength":1},"tags":{"description":"The tags reported: the tag of the `image` input; empty when the image was given by digest alone.","type":"array","items":{"type":"string","minLength":1}},"digest":{"description":"The digest of the manifest the reference resolves to: an image index for multi-platform images, else the image manifest.","$ref":"#/definitions/digest"},"media_type":{"description":"The media type of that manifest (application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.v2+json, ...).","type":"string","minLength":1},"image_id":{"description":"The config digest, what `docker images` calls the image id. For an index, the first platform\'s (in the index\'s order; each platform\'s own is in `platforms`). Null when the manifest is no image for any platform.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]},"platforms":{"description":"The platform images: one for a single manifest, one per platform of an index. Attestation manifests (platform unknown/unknown) are left out.","type":"array","items":{"$ref":"#/definitions/platform"}},"size":{"description":"Bytes the image takes in the registry (its footprint): configs and layers of every platform, each distinct blob counted once (layers are compressed as stored). For an index this is not what one platform pulls: a dashboard keyed by OS/architecture should use platforms[].size.","type":"integer","minimum":0},"created":{"description":"The latest `created` time of the platforms\' configs (the image\'s last update), UTC ISO 8601; null when none gives one (Go\'s zero time 0001-01-01T00:00:00Z counts as none).","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"labels":{"description":"The first platform\'s config labels (org.opencontainers.image.source, ...).","type":"object","additionalProperties":{"type":"string"}}}},"platform":{"description":"One platform image.","type":"object","additionalProperties":false,"required":["os","architecture","variant","digest","image_id","size","created"],"properties":{"os":{"description":"Operating system (linux, windows).","type":"string","minLength":1},"architecture":{"description":"CPU architecture (amd64, arm64, arm, ppc64le, s390x).","type":"string","minLength":1},"variant":{"description":"CPU variant (v7 for linux/arm/v7), or null.","$ref":"#/definitions/nullableString"},"digest":{"description":"The platform manifest\'s digest.","$ref":"#/definitions/digest"},"image_id":{"description":"The platform\'s config digest.","$ref":"#/definitions/digest"},"size":{"description":"Bytes of the platform\'s config and layers in the registry.","type":"integer","minimum":0},"created":{"description":"The config\'s `created` time, UTC ISO 8601, or null.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]}}},"git":{"description":"The source the image was built from, as the CI (or `git` in the working directory) tells it.","type":"object","additionalProperties":false,"required":["provider","repository","repository_url","ref","branch","tag","commit","pull_request"],"properties":{"provider":{"description":"Where the repository is hosted: github, gitlab, bitbucket, or git (another host); null when unknown.","$ref":"#/definitions/nullableString"},"repository":{"description":"The repository as owner/name (a GitLab project path may have more components).","$ref":"#/definitions/nullableString"},"repository_url":{"description":"The repository\'s web address, without credentials. For an http(s) remote, its scheme and port; for an SSH remote, https on the default port.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"ref":{"description":"The full Git ref the run is for: refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge.","$ref":"#/definitions/nullableString"},"branch":{"description":"The branch: the head (source) branch on pull requests; on a tag push, the branch GitHub names in the event (base_ref), else null.","$ref":"#/definitions/nullableString"},"tag":{"description":"The Git tag the run is for, on a tag push; else null.","$ref":"#/definitions/nullableString"},"commit":{"description":"The commit the image was built from: on pull requests the head commit of the pull request, not the merge commit.","type":"object","additionalProperties":false,"required":["sha","message","url","author","timestamp"],"properties":{"sha":{"description":"The full commit hash.","$ref":"#/definitions/nullableString"},"message":{"description":"The full commit message, when the event or `git` tells it.","$ref":"#/definitions/nullableString"},"url":{"description":"The commit\'s web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"Who wrote the commit, or null when unknown.","oneOf":[{"type":"object","additionalProperties":false,"required":["name","email","username"],"properties":{"name":{"description":"The author\'s name.","$ref":"#/definitions/nullableString"},"email":{"description":"The author\'s email.","$ref":"#/definitions/nullableString"},"username":{"description":"The author\'s account on the Git host, when the host tells it.","$ref":"#/definitions/nullableString"}}},{"type":"null"}]},"timestamp":{"description":"The commit\'s author time, UTC ISO 8601.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]}}},"pull_request":{"description":"The pull (merge) request the run is for; null on other events.","oneOf":[{"type":"object","additionalProperties":false,"required":["number","title","url","author"],"properties":{"number":{"description":"The pull request number.","type":"integer","minimum":1},"title":{"description":"The pull request title.","$ref":"#/definitions/nullableString"},"url":{"description":"The pull request\'s web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"The login of who opened it.","$ref":"#/definitions/nullableString"}}},{"type":"null"}]}}},"ci":{"description":"The CI run that made the report.","type":"object","additionalProperties":false,"required":["provider","workflow","run_id","run_number","run_attempt","run_url","job","actor","event"],"properties":{"provider":{"description":"github-actions, gitlab-ci, other (a CI that sets CI=true), or local (no CI).","type":"string","minLength":1},"workflow":{"description":"The workflow\'s name (GitLab: the pipeline name).","$ref":"#/definitions/nullableString"},"run_id":{"description":"The run\'s id (GitLab: the pipeline id), as a string.","$ref":"#/definitions/nullableString"},"run_number":{"description":"The run\'s number within its workflow (GitLab: the pipeline\'s number in the project).","oneOf":[{"type":"integer","minimum":0},{"type":"null"}]},"run_attempt":{"description":"Which attempt of the run this is, from 1 (GitHub re-runs).","oneOf":[{"type":"integer","minimum":1},{"type":"null"}]},"run_url":{"description":"The run\'s web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"job":{"description":"The job\'s id or name.","$ref":"#/definitions/nullableString"},"actor":{"description":"Who started the run (the triggering actor on re-runs).","$ref":"#/definitions/nullableString"},"event":{"description":"What started the run: push, pull_request, workflow_dispatch, ... (GitLab: the pipeline source).","$ref":"#/definitions/nullableString"}}}}}');
;// CONCATENATED MODULE: ./.build/src/report/payload.js






const REPORT_SCHEMA = 'image-report/v1';
const ANNOTATION_KEY = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/**
 * The `annotations` input: a YAML map of keys to strings, numbers or booleans. YAML types the
 * values, so `version: 1.10` is the number 1.1: quote what must stay a string.
 */
function parseAnnotations(input) {
    const trimmed = input.trim();
    if (!trimmed)
        return {};
    let parsed;
    try {
        // Integers are read exactly (as BigInt) so that one a JSON number cannot carry is refused
        // instead of silently rounded: `build: 12345678901234567890` would otherwise arrive as
        // 12345678901234567000.
        parsed = (0,yaml_dist/* parse */.qg)(trimmed, { intAsBigInt: true });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input annotations: not a valid YAML map (${error.message.split('\n')[0]})`);
    }
    if (parsed === null || parsed === undefined)
        return {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* UserError */.yo('Input annotations: expected a YAML map of key: value, e.g. "team: payments"');
    }
    const out = {};
    for (const [key, raw] of Object.entries(parsed)) {
        if (!ANNOTATION_KEY.test(key)) {
            throw new errors/* UserError */.yo(`Input annotations: the key "${key}" is not allowed; keys start with a letter, then letters, digits, _ . or -`);
        }
        const value = typeof raw === 'bigint' ? exactInteger(key, raw) : raw;
        if (typeof value === 'number' && !Number.isFinite(value)) {
            throw new errors/* UserError */.yo(`Input annotations: the value of ${key} is not a finite number; quote it to send it as a string`);
        }
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
            const what = value === null
                ? 'empty'
                : Array.isArray(value)
                    ? 'a list'
                    : typeof value === 'object'
                        ? 'a map'
                        : typeof value;
            throw new errors/* UserError */.yo(`Input annotations: the value of ${key} is ${what}; values are strings, numbers or booleans`);
        }
        out[key] = value;
    }
    return out;
}
/** A YAML integer as a JSON number, when it survives the trip unchanged. */
function exactInteger(key, value) {
    const number = Number(value);
    if (!Number.isSafeInteger(number)) {
        throw new errors/* UserError */.yo(`Input annotations: the value of ${key} (${value}) is too large an integer to send exactly as a JSON number (beyond ±${Number.MAX_SAFE_INTEGER}); quote it to send it as a string: ${key}: "${value}"`);
    }
    return number;
}
/**
 * What this step built does not match its own schema: a bug in image-actions, not the user's
 * doing. It is no UserError, so that code which does not expect it keeps its stack; the action
 * catches it to honour fail_on_error (a dashboard report must not break a release over our bug).
 */
class InvalidReportError extends Error {
    violations;
    name = 'InvalidReportError';
    constructor(violations) {
        super(`The report built does not match ${REPORT_SCHEMA} (a bug in image-actions: please report it): ${violations.join('; ')}`);
        this.violations = violations;
    }
}
/** Builds the report and checks it against its schema: one that does not validate is a bug. */
function buildReport(parts) {
    const report = {
        schema: REPORT_SCHEMA,
        reported_at: parts.reportedAt.toISOString(),
        image: parts.image,
        git: parts.git,
        ci: parts.ci,
        annotations: parts.annotations,
    };
    const errors = validateReport(report);
    if (errors.length)
        throw new InvalidReportError(errors);
    return report;
}
let payload_ajv;
let validator;
let uriValidator;
function schemaChecker() {
    if (!payload_ajv) {
        payload_ajv = new ajv.Ajv({ allErrors: true, strict: true, strictTypes: false });
        // ajv-formats is CommonJS: its default export is the module, whose `default` is the plugin.
        dist["default"](payload_ajv, ['date-time', 'uri']);
    }
    return payload_ajv;
}
/**
 * The schema violations of a document, one line each, with the value found
 * (`/git/repository_url: must match format "uri" (found "https://host/my repo")`); [] when valid.
 */
function validateReport(document) {
    validator ??= schemaChecker().compile(image_report_schema_namespaceObject);
    return validator(document)
        ? []
        : (validator.errors ?? []).map((error) => describeError(error, document));
}
/** Whether a URL passes the schema's `format: uri`, the check every URL of the report must pass. */
function isReportUri(text) {
    uriValidator ??= schemaChecker().compile({ type: 'string', format: 'uri' });
    return uriValidator(text) === true;
}
/** The start of a wrong value in a message: enough to recognise it. */
const VALUE_EXCERPT = 120;
function describeError(error, document) {
    const where = error.instancePath || '/';
    const what = error.message ?? error.keyword;
    const value = valueAt(document, error.instancePath);
    if (value === undefined || (typeof value === 'object' && value !== null)) {
        return `${where}: ${what}`;
    }
    const shown = JSON.stringify(value);
    const clipped = shown.length > VALUE_EXCERPT ? `${shown.slice(0, VALUE_EXCERPT)}…` : shown;
    // A value may come from the environment (a remote URL with a token): never show a secret.
    return `${where}: ${what} (found ${(0,secrets/* redact */.E$)(clipped)})`;
}
/** The value a JSON pointer (`/image/platforms/0/size`) names in a document. */
function valueAt(document, pointer) {
    let current = document;
    for (const part of pointer.split('/').slice(1)) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return current;
}

;// CONCATENATED MODULE: ./.build/src/report/git-facts.js





/** `git` in a directory; failures (no git, not a repository, no such commit) give undefined. */
function gitIn(cwd, debug = () => { }) {
    return (args) => new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            timeout: 10_000,
            maxBuffer: 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        }, (error, stdout) => {
            if (error) {
                debug(`git ${args[0]} failed: ${error.message.split('\n')[0]}`);
                resolve(undefined);
            }
            else {
                resolve(stdout.replace(/\s+$/, ''));
            }
        });
    });
}
/**
 * The Git and CI facts of this run. On GitHub Actions (GITHUB_ACTIONS) they come from the
 * GITHUB_* variables and the event payload at GITHUB_EVENT_PATH, read from `env` (not from
 * @actions/github, whose context reads process.env once at import). Elsewhere, from GitLab-style
 * CI_* variables where set, and from `git` in the working directory. On every CI, what the
 * event or the variables do not tell about the reported commit is asked of `git`.
 */
async function readSourceFacts(env, options = {}) {
    const debug = options.debug ?? (() => { });
    const git = options.git ?? gitIn(options.cwd ?? process.cwd(), debug);
    const facts = env.GITHUB_ACTIONS === 'true' ? githubFacts(env, readEvent(env, debug)) : ciVariableFacts(env);
    if (env.GITHUB_ACTIONS !== 'true')
        await fillFromWorkingTree(facts.git, git);
    await fillCommit(facts.git, git);
    return facts;
}
function readEvent(env, debug) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return isObject(event) ? event : {};
    }
    catch (error) {
        debug(`the event payload ${file} could not be read: ${error.message}`);
        return {};
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function object(value) {
    return isObject(value) ? value : {};
}
function git_facts_text(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
function integer(value) {
    if (typeof value === 'number' && Number.isInteger(value))
        return value;
    if (typeof value === 'string' && /^\d+$/.test(value))
        return Number(value);
    return null;
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
    const server = (git_facts_text(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
    const repository = git_facts_text(env.GITHUB_REPOSITORY) ?? git_facts_text(object(event.repository).full_name);
    const repositoryUrl = git_facts_text(object(event.repository).html_url) ?? (repository ? `${server}/${repository}` : null);
    const eventName = git_facts_text(env.GITHUB_EVENT_NAME);
    const ref = git_facts_text(env.GITHUB_REF) ?? git_facts_text(event.ref);
    const pr = object(event.pull_request);
    // Decided by the event's name, not by its payload: when the event file is missing or
    // unreadable, GITHUB_HEAD_REF and GITHUB_REF (refs/pull/N/merge) still tell branch and number.
    const isPullRequest = eventName !== null && PULL_REQUEST_EVENTS.test(eventName);
    const tag = stripPrefix(ref, 'refs/tags/');
    let branch;
    // GITHUB_HEAD_REF is set on pull_request and pull_request_target only; other pull_request_*
    // events without a payload leave the branch unknown rather than take the merge ref for one.
    if (isPullRequest)
        branch = git_facts_text(object(pr.head).ref) ?? git_facts_text(env.GITHUB_HEAD_REF);
    else if (tag !== null)
        branch = stripPrefix(git_facts_text(event.base_ref), 'refs/heads/');
    else
        branch = stripPrefix(ref, 'refs/heads/');
    const headCommit = object(event.head_commit);
    const headAuthor = object(headCommit.author);
    const sha = isPullRequest
        ? (git_facts_text(object(pr.head).sha) ?? git_facts_text(env.GITHUB_SHA))
        : (git_facts_text(headCommit.id) ?? git_facts_text(env.GITHUB_SHA));
    const fromHead = git_facts_text(headCommit.id) === sha && sha !== null;
    const commit = {
        sha,
        message: fromHead ? git_facts_text(headCommit.message) : null,
        url: (fromHead ? git_facts_text(headCommit.url) : null) ??
            (sha && repositoryUrl ? `${repositoryUrl}/commit/${sha}` : null),
        author: fromHead && Object.keys(headAuthor).length > 0
            ? {
                name: git_facts_text(headAuthor.name),
                email: git_facts_text(headAuthor.email),
                username: git_facts_text(headAuthor.username),
            }
            : null,
        timestamp: fromHead ? isoTime(headCommit.timestamp) : null,
    };
    const number = integer(pr.number) ?? integer(event.number) ?? pullRequestNumberOf(ref ?? '');
    const pullRequest = isPullRequest && number !== null
        ? {
            number,
            title: git_facts_text(pr.title),
            url: git_facts_text(pr.html_url) ?? (repositoryUrl ? `${repositoryUrl}/pull/${number}` : null),
            author: git_facts_text(object(pr.user).login),
        }
        : null;
    const runId = git_facts_text(env.GITHUB_RUN_ID);
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
            workflow: git_facts_text(env.GITHUB_WORKFLOW),
            run_id: runId,
            run_number: integer(env.GITHUB_RUN_NUMBER),
            run_attempt: integer(env.GITHUB_RUN_ATTEMPT),
            run_url: runId && repository ? `${server}/${repository}/actions/runs/${runId}` : null,
            job: git_facts_text(env.GITHUB_JOB),
            actor: git_facts_text(env.GITHUB_TRIGGERING_ACTOR) ??
                git_facts_text(env.GITHUB_ACTOR) ??
                git_facts_text(object(event.sender).login),
            event: eventName,
        },
    };
}
/**
 * The CI_* variables GitLab sets (and other CIs that borrowed its names set in part); what is not
 * there stays null for the working tree to fill.
 */
function ciVariableFacts(env) {
    const gitlab = env.GITLAB_CI === 'true';
    const projectUrl = git_facts_text(env.CI_PROJECT_URL)?.replace(/\/+$/, '') ?? null;
    const sha = git_facts_text(env.CI_COMMIT_SHA);
    const tag = git_facts_text(env.CI_COMMIT_TAG);
    const branch = git_facts_text(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ??
        git_facts_text(env.CI_COMMIT_BRANCH) ??
        (tag ? null : git_facts_text(env.CI_COMMIT_REF_NAME));
    const mergeRequest = integer(env.CI_MERGE_REQUEST_IID);
    const mergeRequestProject = git_facts_text(env.CI_MERGE_REQUEST_PROJECT_URL)?.replace(/\/+$/, '') ?? projectUrl;
    const author = parseAuthor(git_facts_text(env.CI_COMMIT_AUTHOR));
    const provider = gitlab ? 'gitlab' : null;
    return {
        git: {
            provider,
            repository: git_facts_text(env.CI_PROJECT_PATH),
            repository_url: projectUrl,
            ref: tag
                ? `refs/tags/${tag}`
                : mergeRequest !== null
                    ? `refs/merge-requests/${mergeRequest}/head`
                    : branch
                        ? `refs/heads/${branch}`
                        : null,
            branch,
            tag,
            commit: {
                sha,
                message: git_facts_text(env.CI_COMMIT_MESSAGE)?.replace(/\s+$/, '') ?? null,
                url: sha && projectUrl ? commitUrl(gitlab ? 'gitlab' : null, projectUrl, sha) : null,
                author,
                timestamp: isoTime(env.CI_COMMIT_TIMESTAMP),
            },
            pull_request: mergeRequest !== null
                ? {
                    number: mergeRequest,
                    title: git_facts_text(env.CI_MERGE_REQUEST_TITLE),
                    url: mergeRequestProject
                        ? `${mergeRequestProject}/-/merge_requests/${mergeRequest}`
                        : null,
                    author: null,
                }
                : null,
        },
        ci: {
            provider: gitlab ? 'gitlab-ci' : env.CI && env.CI !== 'false' ? 'other' : 'local',
            workflow: git_facts_text(env.CI_PIPELINE_NAME),
            run_id: git_facts_text(env.CI_PIPELINE_ID),
            run_number: integer(env.CI_PIPELINE_IID),
            run_attempt: null,
            run_url: git_facts_text(env.CI_PIPELINE_URL),
            job: git_facts_text(env.CI_JOB_NAME),
            actor: git_facts_text(env.GITLAB_USER_LOGIN),
            event: git_facts_text(env.CI_PIPELINE_SOURCE),
        },
    };
}
/** `Name <email>`, as GitLab's CI_COMMIT_AUTHOR and git write it. */
function parseAuthor(value) {
    if (!value)
        return null;
    const match = /^(.*?)\s*<([^>]*)>$/.exec(value);
    return match
        ? { name: match[1] || null, email: match[2] || null, username: null }
        : { name: value, email: null, username: null };
}
function commitUrl(provider, repositoryUrl, sha) {
    if (provider === 'github')
        return `${repositoryUrl}/commit/${sha}`;
    if (provider === 'gitlab')
        return `${repositoryUrl}/-/commit/${sha}`;
    if (provider === 'bitbucket')
        return `${repositoryUrl}/commits/${sha}`;
    return null;
}
/** Remote schemes that name a Git host reached over SSH or the Git protocol, not over the web. */
const NON_WEB_SCHEMES = new Set(['ssh:', 'git:', 'git+ssh:', 'ssh+git:']);
/** `[user@]host:path`, Git's scp-like form; the host may be a bracketed IPv6 address. */
const SCP_FORM = /^(?:[^@/[\]]+@)?(\[[^\]/]+\]|[^@:/[\]]+):(?!\/\/)(.+)$/;
/**
 * A remote URL as a browsable address, without any credentials it carries:
 * `git@github.com:acme/app.git` and `https://token@github.com/acme/app.git` both give
 * `https://github.com/acme/app`. An http(s) remote keeps its scheme and port (a GitLab on
 * `https://host:8443` serves its pages there); an SSH or scp-like remote becomes https on the
 * default port, since an SSH port says nothing of where the web pages are. The path is
 * percent-encoded as URLs need (`my repo` → `my%20repo`). Null for local paths and for whatever
 * cannot be made into a URL the report's schema accepts.
 */
function remoteToWeb(remote) {
    let origin;
    /** The path's segments, percent-encoded, and as people read them. */
    let encoded;
    let readable;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) {
        const url = parseUrl(remote);
        if (!url)
            return null;
        maskRemoteCredentials(url);
        const web = url.protocol === 'http:' || url.protocol === 'https:';
        if (!web && !NON_WEB_SCHEMES.has(url.protocol))
            return null;
        // Built from scheme and host alone: user, password, query and fragment stay behind.
        origin = parseUrl(web ? `${url.protocol}//${url.host}` : `https://${url.hostname}`);
        // URL leaves some characters RFC 3986 forbids (`|`, `^`, `[`) as they are: encode them too.
        encoded = url.pathname.split('/').map(encodePathSegment);
        readable = encoded.map(decodeOrRaw);
    }
    else {
        const scp = SCP_FORM.exec(remote);
        // `C:\repo` or `C:/repo` is a Windows path, as Git itself reads it, not host `C`.
        if (!scp || /^[A-Za-z]:[\\/]/.test(remote))
            return null;
        origin = parseUrl(`https://${scp[1]}`);
        // An scp-like path is a plain path on the server: every character in it is literal.
        readable = scp[2].split('/');
        encoded = readable.map(encodeURIComponent);
    }
    const keep = (segments) => trimGitSuffix(segments.filter(Boolean));
    encoded = keep(encoded);
    readable = keep(readable);
    if (!origin?.hostname || !encoded.length || readable.some((s) => s === '.' || s === '..')) {
        return null;
    }
    const url = `${origin.origin}/${encoded.join('/')}`;
    if (!isReportUri(url))
        return null;
    return { url, host: origin.hostname, path: readable.join('/') };
}
function parseUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return null;
    }
}
/** `shop.git` → `shop`; a path that was only `.git` is no path. */
function trimGitSuffix(segments) {
    if (!segments.length)
        return segments;
    const last = segments[segments.length - 1].replace(/\.git$/, '');
    return last ? [...segments.slice(0, -1), last] : segments.slice(0, -1);
}
/** A path segment as RFC 3986 allows it: what is not a pchar, and a `%` that starts no escape, encoded. */
function encodePathSegment(segment) {
    return segment.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@%]/gu, (c) => encodeURIComponent(c));
}
function decodeOrRaw(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * `https://x-access-token:<token>@host/…` and `https://<token>@host/…` are how CI systems put
 * tokens into remotes. The report drops them; masking them too keeps them out of any log line
 * that might quote the remote. A user name alone is masked only when it is long enough to be a
 * token, so that `https://git@host/…` does not redact the word "git" everywhere.
 */
function maskRemoteCredentials(url) {
    const secret = url.password || (url.username.length >= 20 ? url.username : '');
    if (!secret)
        return;
    (0,secrets/* maskSecret */.$l)(secret);
    (0,secrets/* maskSecret */.$l)(decodeOrRaw(secret));
}
function providerOf(host) {
    if (host === 'github.com')
        return 'github';
    if (host === 'gitlab.com' || host.startsWith('gitlab.'))
        return 'gitlab';
    if (host === 'bitbucket.org')
        return 'bitbucket';
    return 'git';
}
/** Outside GitHub: the commit, branch, tag and remote of the working tree, where not already known. */
async function fillFromWorkingTree(facts, git) {
    const [head, branch, tag, remote] = await Promise.all([
        facts.commit.sha ? Promise.resolve(facts.commit.sha) : git(['rev-parse', 'HEAD']),
        facts.branch || facts.tag
            ? Promise.resolve(undefined)
            : git(['rev-parse', '--abbrev-ref', 'HEAD']),
        facts.tag || facts.branch
            ? Promise.resolve(undefined)
            : git(['describe', '--tags', '--exact-match', 'HEAD']),
        facts.repository_url
            ? Promise.resolve(undefined)
            : git(['config', '--get', 'remote.origin.url']),
    ]);
    if (!facts.commit.sha && head && /^[0-9a-f]{40,64}$/.test(head))
        facts.commit.sha = head;
    if (branch && branch !== 'HEAD') {
        facts.branch = branch;
        facts.ref ??= `refs/heads/${branch}`;
    }
    if (tag) {
        facts.tag = tag;
        facts.ref ??= `refs/tags/${tag}`;
    }
    const web = remote ? remoteToWeb(remote) : null;
    if (web) {
        facts.repository_url = web.url;
        facts.repository ??= web.path;
        facts.provider ??= providerOf(web.host);
    }
    else if (facts.commit.sha) {
        facts.provider ??= 'git';
    }
    if (facts.commit.sha && facts.repository_url) {
        facts.commit.url ??= commitUrl(facts.provider, facts.repository_url, facts.commit.sha);
    }
}
/** The message, author and time of the reported commit, asked of `git` when nothing else told them. */
async function fillCommit(facts, git) {
    const { commit } = facts;
    if (!commit.sha || !/^[0-9a-f]{7,64}$/.test(commit.sha))
        return;
    if (commit.message !== null && commit.author !== null && commit.timestamp !== null)
        return;
    const out = await git(['log', '-1', '--format=%an%x00%ae%x00%aI%x00%B', commit.sha, '--']);
    if (!out)
        return;
    const [name, email, timestamp, ...body] = out.split('\0');
    commit.message ??= body.join('\0').replace(/\s+$/, '') || null;
    commit.author ??= { name: name || null, email: email || null, username: null };
    commit.timestamp ??= isoTime(timestamp);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.build/src/registry/undici.js
var undici = __webpack_require__(7223);
;// CONCATENATED MODULE: ./.build/src/report/send.js





/** A report that could not be delivered: the step fails or warns, as `fail_on_error` says. */
class DeliveryError extends errors/* UserError */.yo {
    attempts;
    status;
    name = 'DeliveryError';
    constructor(message, attempts, status) {
        super(message);
        this.attempts = attempts;
        this.status = status;
    }
}
/** The start of an answer's body in messages: enough to see the receiver's error. */
const BODY_EXCERPT = 300;
/**
 * Answers worth another try: 408 and 429 (the receiver asks to come back), and any 5xx but
 * 501 Not Implemented and 505 HTTP Version Not Supported, which say the request itself will never
 * be served. Wider than the registry's list (src/registry/http.ts): a reporting endpoint is often
 * behind a proxy or CDN answering 507, 520, 522 or 524 for a passing failure.
 */
function isRetryableReportStatus(status) {
    if (status === 408 || status === 429)
        return true;
    return status >= 500 && status <= 599 && status !== 501 && status !== 505;
}
/** The endpoint as messages name it: origin and path, never the query (which may carry a key). */
function describeEndpoint(endpoint) {
    return (0,http/* redactUrl */.BO)(endpoint.toString());
}
/**
 * POSTs the report as JSON. 2xx is success. 408, 429, 5xx (but 501 and 505), dropped
 * connections and timeouts are tried again, after the answer's Retry-After if any, else with
 * backoff and jitter, up to `retry.tries` attempts in all; other answers (a 401, a 422, a
 * redirect) fail at once. Redirects are not followed: the token would go to wherever they point,
 * and a 307 re-POST is not something a report should rely on.
 */
async function sendReport(body, options) {
    const retry = options.retry ?? http/* DEFAULT_RETRY */.vI;
    const idempotencyKey = options.idempotencyKey ?? (0,external_node_crypto_.randomUUID)();
    const endpoint = describeEndpoint(options.endpoint);
    const debug = options.debug ?? (() => { });
    const headers = {
        'content-type': 'application/json',
        accept: 'application/json, */*;q=0.5',
        'idempotency-key': idempotencyKey,
        'user-agent': 'image-actions/report-image-info',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    };
    const dispatcher = options.dispatcher ?? createDispatcher(options.env ?? process.env);
    try {
        for (let attempt = 1;; attempt++) {
            const outcome = await attemptOnce(options.endpoint, body, headers, options.timeoutMs, dispatcher);
            const last = attempt >= retry.tries;
            if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300) {
                return { endpoint, status: outcome.status, attempts: attempt, idempotencyKey };
            }
            if (outcome.kind === 'answer') {
                if (!isRetryableReportStatus(outcome.status) || last) {
                    throw new DeliveryError(`Reporting to ${endpoint} failed: HTTP ${outcome.status}${hint(outcome, options.endpoint)}${excerpt(outcome.body)}${tries(attempt)}`, attempt, outcome.status);
                }
                const delay = (0,http/* retryDelay */.a2)(attempt, retry, (0,http/* parseRetryAfter */.mu)(outcome.retryAfter));
                debug(`POST ${endpoint}: HTTP ${outcome.status}, retrying in ${delay} ms`);
                await (0,http/* sleep */.yy)(delay);
                continue;
            }
            if (!outcome.retryable || last) {
                throw new DeliveryError(`Reporting to ${endpoint} failed: ${outcome.reason}${tries(attempt)}`, attempt);
            }
            const delay = (0,http/* retryDelay */.a2)(attempt, retry);
            debug(`POST ${endpoint}: ${outcome.reason}, retrying in ${delay} ms`);
            await (0,http/* sleep */.yy)(delay);
        }
    }
    finally {
        if (!options.dispatcher)
            await dispatcher.close().catch(() => { });
    }
}
async function attemptOnce(endpoint, body, headers, timeoutMs, dispatcher) {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        const res = await dispatcher.request({
            origin: endpoint.origin,
            path: `${endpoint.pathname}${endpoint.search}`,
            method: 'POST',
            headers,
            body,
            signal,
        });
        const text = await res.body.text();
        return {
            kind: 'answer',
            status: res.statusCode,
            body: text,
            retryAfter: firstHeader(res.headers['retry-after']),
            location: firstHeader(res.headers.location),
        };
    }
    catch (error) {
        if (signal.aborted) {
            return {
                kind: 'failure',
                reason: `no answer within ${timeoutMs / 1000} s (timeout_seconds)`,
                retryable: true,
            };
        }
        return { kind: 'failure', reason: reasonOf(error), retryable: (0,http/* isNetworkError */.TX)(error) };
    }
}
/** What went wrong, read by shape: errors from Node's sockets need not be this realm's Error. */
function reasonOf(error) {
    const { code, message, errors } = (error ?? {});
    if (!message && Array.isArray(errors) && errors.length)
        return reasonOf(errors[0]);
    const text = typeof message === 'string' && message ? message : String(error);
    return typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text;
}
function firstHeader(value) {
    return Array.isArray(value) ? value[0] : value;
}
function hint({ status, location }, endpoint) {
    if (status === 401 || status === 403)
        return ' (the endpoint did not accept the token)';
    if (status >= 300 && status < 400) {
        const target = location ? redirectTarget(location, endpoint) : undefined;
        return ` (a redirect${target ? ` to ${target}` : ''}: redirects are not followed, so that the report and its token go only where endpoint says; set endpoint to the final address)`;
    }
    return '';
}
/** Where a redirect points, shown without its query, like the endpoint: it may carry a key. */
function redirectTarget(location, endpoint) {
    try {
        return (0,secrets/* redact */.E$)((0,http/* redactUrl */.BO)(new URL(location, endpoint).toString()));
    }
    catch {
        return undefined;
    }
}
function excerpt(body) {
    const oneLine = body.replace(/\s+/g, ' ').trim();
    if (!oneLine)
        return '';
    const clipped = oneLine.length > BODY_EXCERPT ? `${oneLine.slice(0, BODY_EXCERPT)}…` : oneLine;
    // A receiver may echo what it was sent; the token must not come back through the message.
    return `: ${(0,secrets/* redact */.E$)(clipped)}`;
}
function tries(attempts) {
    return attempts > 1 ? ` (after ${attempts} attempts)` : '';
}
/** A pool of its own for the report, through the proxy the environment names, as for registries. */
function createDispatcher(env) {
    const proxied = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
    return proxied
        ? new undici/* EnvHttpProxyAgent */.J2({
            httpProxy: env.HTTP_PROXY || env.http_proxy,
            httpsProxy: env.HTTPS_PROXY || env.https_proxy,
            noProxy: env.NO_PROXY || env.no_proxy,
        })
        : new undici/* Agent */.g6();
}

// EXTERNAL MODULE: ./.build/src/actions/clients.js + 2 modules
var actions_clients = __webpack_require__(7522);
// EXTERNAL MODULE: ./.build/src/actions/inputs.js
var inputs = __webpack_require__(1270);
;// CONCATENATED MODULE: ./.build/src/actions/report-image-info.js











const DEFAULT_TIMEOUT_SECONDS = 30;
/** An hour: a report that takes longer is not coming; and timers overflow past ~24.8 days. */
const MAX_TIMEOUT_SECONDS = 3600;
function readReportSettings(io) {
    const token = io.getInput('token') || undefined;
    (0,secrets/* maskSecret */.$l)(token);
    const imageText = io.getInput('image');
    if (!imageText)
        throw new errors/* UserError */.yo('Input image is required: the image to report, by tag or digest');
    const image = (0,registry_reference/* parseReference */.F2)(imageText, { what: 'image' });
    const endpoint = parseEndpoint(io.getInput('endpoint'));
    if (endpoint && token && endpoint.protocol === 'http:' && !(0,resolve/* isLoopback */.U9)(endpoint.host)) {
        io.warning(`Input endpoint: ${describeEndpoint(endpoint)} is plain HTTP: the token travels unencrypted`);
    }
    return {
        image,
        registryContext: io.getInput('registry_context') || undefined,
        endpoint,
        token,
        annotations: parseAnnotations(io.getInput('annotations')),
        failOnError: (0,inputs/* getBoolean */.pW)(io, 'fail_on_error', true),
        timeoutSeconds: parseTimeout(io.getInput('timeout_seconds')),
        config: (0,inputs/* getRegistries */.cx)(io),
    };
}
/**
 * Seconds per attempt: above 0, at most MAX_TIMEOUT_SECONDS. Fractions are allowed (`0.5`).
 * Unbounded, a large value would overflow the timer (AbortSignal.timeout) into 1 ms.
 */
function parseTimeout(text) {
    if (!text)
        return DEFAULT_TIMEOUT_SECONDS;
    const seconds = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
        throw new errors/* UserError */.yo(`Input timeout_seconds: "${text}" is not allowed; give a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}`);
    }
    return seconds;
}
function parseEndpoint(text) {
    if (!text)
        return undefined;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* UserError */.yo(`Input endpoint: "${text}" is not a URL; give an http:// or https:// address`);
    }
    if (url.password)
        (0,secrets/* maskSecret */.$l)(url.password);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* UserError */.yo(`Input endpoint: ${url.protocol} is not supported; give an http:// or https:// address`);
    }
    if (url.username || url.password) {
        throw new errors/* UserError */.yo(`Input endpoint: credentials in the URL are not supported; give the bearer token in the token input`);
    }
    return url;
}
function planReport(settings, env, warn) {
    const contexts = settings.registryContext
        ? [(0,resolve/* integrationByName */.dl)(settings.config, settings.registryContext, 'registry_context')]
        : [];
    (0,resolve/* checkContexts */.R$)(contexts, [settings.image.domain], 'registry_context', warn);
    return {
        source: (0,resolve/* resolvePull */.Uj)(settings.config, env, settings.image.domain, contexts),
        endpoint: settings.endpoint ? describeEndpoint(settings.endpoint) : undefined,
    };
}
/** The action, with what tests may replace. */
function createReportImageInfo(options = {}) {
    return async (io) => {
        const settings = readReportSettings(io);
        const plan = planReport(settings, io.env, (m) => io.warning(m));
        const reference = (0,registry_reference/* formatReference */.FH)(settings.image);
        io.debug(`reading ${reference} via ${plan.source.label}; report to ${plan.endpoint ?? 'the summary only'}`);
        let image;
        try {
            image = await readImage(settings.image, plan.source, io);
        }
        catch (error) {
            const message = problem(error, `Reading ${reference} through ${plan.source.label} failed`);
            return cannotReport(io, settings, message, [['Image', `\`${reference}\``]]);
        }
        const cwd = io.env.GITHUB_WORKSPACE || process.cwd();
        const source = await readSourceFacts(io.env, {
            cwd,
            git: options.git,
            debug: (m) => io.debug(m),
        });
        io.setOutput('digest', image.digest);
        io.setOutput('image_id', image.image_id ?? '');
        let report;
        try {
            report = buildReport({
                image,
                ...source,
                annotations: settings.annotations,
                reportedAt: (options.now ?? (() => new Date()))(),
            });
        }
        catch (error) {
            if (!(error instanceof InvalidReportError))
                throw error;
            // Our bug, but in the data (a fact read from the registry, the event or git that the code
            // did not make valid), where a stack trace would not help: the message names each field
            // and the value found. A report the schema refuses is neither sent nor put in the `report`
            // output, which promises a valid one; and like any other report failure it fails the step
            // or, with fail_on_error false, only warns, so that a dashboard never breaks a release.
            return cannotReport(io, settings, (0,secrets/* redact */.E$)(error.message), [
                ['Image', `\`${reference}\``],
                ['Digest', `\`${image.digest}\``],
            ]);
        }
        const json = JSON.stringify(report);
        io.setOutput('report', json);
        io.debug(`report: ${json}`);
        let delivery;
        let failure;
        if (settings.endpoint) {
            try {
                delivery = await sendReport(json, {
                    endpoint: settings.endpoint,
                    token: settings.token,
                    // Whole milliseconds, at least one: a timer takes no fraction, and 0 would abort at once.
                    timeoutMs: Math.max(1, Math.round(settings.timeoutSeconds * 1000)),
                    retry: options.retry,
                    env: io.env,
                    debug: (m) => io.debug(m),
                });
            }
            catch (error) {
                if (!(error instanceof DeliveryError))
                    throw error;
                failure = error.message;
            }
        }
        const destination = describeDelivery(delivery, failure);
        io.info(`${reference} (${image.digest}, ${platformList(image)}, ${humanSize(image.size)}): ${destination}`);
        await io.writeSummary(reportSummary(report, destination));
        if (failure)
            giveUp(io, settings, failure);
    };
}
const reportImageInfo = createReportImageInfo();
async function readImage(image, source, io) {
    const clients = new actions_clients/* Clients */.f((m) => io.debug(m));
    try {
        const repository = clients.for(source).repository(image.repository);
        return await readImageFacts(repository, image, source, (m) => io.debug(m));
    }
    finally {
        await clients.close();
    }
}
/**
 * Registry refusals and unreachable registries are the report's failures; anything else is a bug.
 * The message goes to the summary and maybe a warning, which the wrapper does not redact.
 */
function problem(error, what) {
    if ((0,errors/* isUserError */.iU)(error))
        return (0,secrets/* redact */.E$)(error.message);
    if ((0,http/* isNetworkError */.TX)(error))
        return (0,secrets/* redact */.E$)(`${what}: ${(0,http/* describe */.q0)(error)}`);
    throw error;
}
/** A report that could not be made: the summary says so, then the step gives up. */
async function cannotReport(io, settings, message, facts) {
    await io.writeSummary({
        title: 'Image report failed',
        facts: [...facts, ['Error', markdownText(message)]],
    });
    giveUp(io, settings, message);
}
/** The step fails or, with fail_on_error false, warns and goes on. */
function giveUp(io, settings, message) {
    if (settings.failOnError)
        throw new errors/* UserError */.yo(message);
    io.warning(`${message} (fail_on_error is false: the step goes on)`);
}
function describeDelivery(delivery, failure) {
    if (delivery) {
        const attempts = delivery.attempts > 1 ? `, after ${delivery.attempts} attempts` : '';
        return `reported to ${delivery.endpoint} (HTTP ${delivery.status}${attempts})`;
    }
    if (failure)
        return `not delivered: ${failure}`;
    return 'not sent (no endpoint given): the report is in the report output';
}
function platformList(image) {
    return image.platforms.map(platformName).join(', ') || 'no platform';
}
function platformName(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Bytes in decimal units, as `docker images` shows them. */
function humanSize(bytes) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = 0;
    // 999,999 bytes show as 1.00 MB, not 1000.0 kB.
    while (unit < units.length - 1 && Number(value.toFixed(value < 10 ? 2 : 1)) >= 1000) {
        value /= 1000;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}
/**
 * Text from outside (a branch, a tag, an annotation, a commit subject, a registry's or an
 * endpoint's message) as literal text in the Markdown summary: no emphasis, link, code span,
 * strikethrough, math, HTML tag or entity. CommonMark lets a backslash escape any ASCII
 * punctuation, so `<b>` shows as `<b>` instead of being bold. Pipes and newlines are left to the
 * table renderer (renderMarkdown), which escapes them for every cell.
 */
function markdownText(text) {
    return text.replace(/[\\`*_[\]<>&~$]/g, (c) => `\\${c}`);
}
/** A Markdown link; a parenthesis in the URL (valid in a URI) would end the destination early. */
function report_image_info_link(label, url) {
    return url ? `[${label}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : label;
}
/** The job summary of a report; every text from outside goes through markdownText. */
function reportSummary(report, destination) {
    const { image, git, ci } = report;
    const facts = [
        ['Image', `\`${image.reference}\``],
        ['Tags', image.tags.map(markdownText).join(', ') || '(by digest)'],
        [
            'Registry',
            markdownText(`${image.registry.domain} (${image.registry.integration ?? image.registry.kind})`),
        ],
        ['Digest', `\`${image.digest}\``],
    ];
    if (image.image_id)
        facts.push(['Image ID', `\`${image.image_id}\``]);
    facts.push(['Platforms', markdownText(platformList(image))], ['Size', humanSize(image.size)]);
    if (image.created)
        facts.push(['Created', image.created]);
    if (git.commit.sha) {
        const subject = git.commit.message?.split('\n')[0];
        facts.push([
            'Commit',
            `${report_image_info_link(`\`${git.commit.sha.slice(0, 7)}\``, git.commit.url)}${subject ? ` ${markdownText(subject)}` : ''}`,
        ]);
    }
    if (git.branch)
        facts.push(['Branch', markdownText(git.branch)]);
    if (git.tag)
        facts.push(['Git tag', markdownText(git.tag)]);
    if (git.pull_request) {
        const pr = git.pull_request;
        facts.push([
            'Pull request',
            `${report_image_info_link(`#${pr.number}`, pr.url)}${pr.title ? ` ${markdownText(pr.title)}` : ''}`,
        ]);
    }
    if (ci.run_id) {
        const run = `${ci.workflow ? markdownText(ci.workflow) : 'run'} #${ci.run_number ?? ci.run_id}${ci.run_attempt && ci.run_attempt > 1 ? ` (attempt ${ci.run_attempt})` : ''}`;
        facts.push(['Workflow run', report_image_info_link(run, ci.run_url)]);
    }
    facts.push(['Report', markdownText(destination)]);
    const tables = [];
    if (image.platforms.length) {
        tables.push({
            header: ['Platform', 'Digest', 'Size', 'Created'],
            rows: image.platforms.map((p) => [
                markdownText(platformName(p)),
                `\`${p.digest}\``,
                humanSize(p.size),
                p.created ?? '',
            ]),
        });
    }
    const annotations = Object.entries(report.annotations);
    if (annotations.length) {
        tables.push({
            header: ['Annotation', 'Value'],
            rows: annotations.map(([k, v]) => [markdownText(k), markdownText(String(v))]),
        });
    }
    return { title: 'Image report', facts, tables };
}


/***/ }),

/***/ 8404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ createLimiter)
/* harmony export */ });
/** Runs at most `concurrency` of the given tasks at once; the rest wait their turn in order. */
function createLimiter(concurrency) {
    let active = 0;
    const queue = [];
    const next = () => {
        if (active >= concurrency)
            return;
        const start = queue.shift();
        if (start)
            start();
    };
    return (task) => new Promise((resolve, reject) => {
        queue.push(() => {
            active++;
            task()
                .then(resolve, reject)
                .finally(() => {
                active--;
                next();
            });
        });
        next();
    });
}


/***/ })

};
