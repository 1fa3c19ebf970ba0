export const id = 704;
export const ids = [704];
export const modules = {

/***/ 2704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JW: () => (/* binding */ githubFacts),
/* harmony export */   TO: () => (/* binding */ readSourceFacts),
/* harmony export */   j_: () => (/* binding */ readEvent)
/* harmony export */ });
/* unused harmony exports gitIn, ciVariableFacts, remoteToWeb */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6098);
/* harmony import */ var _image_facts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6313);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6619);





/** `git` in a directory; failures (no git, not a repository, no such commit) give undefined. */
function gitIn(cwd, debug = () => { }) {
    return (args) => new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, {
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
/** The event payload at GITHUB_EVENT_PATH; {} when there is none or it cannot be read. */
function readEvent(env, debug = () => { }) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
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
function text(value) {
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
    const server = (text(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
    const repository = text(env.GITHUB_REPOSITORY) ?? text(object(event.repository).full_name);
    const repositoryUrl = text(object(event.repository).html_url) ?? (repository ? `${server}/${repository}` : null);
    const eventName = text(env.GITHUB_EVENT_NAME);
    const ref = text(env.GITHUB_REF) ?? text(event.ref);
    const pr = object(event.pull_request);
    // Decided by the event's name, not by its payload: when the event file is missing or
    // unreadable, GITHUB_HEAD_REF and GITHUB_REF (refs/pull/N/merge) still tell branch and number.
    const isPullRequest = eventName !== null && PULL_REQUEST_EVENTS.test(eventName);
    const tag = stripPrefix(ref, 'refs/tags/');
    let branch;
    // GITHUB_HEAD_REF is set on pull_request and pull_request_target only; other pull_request_*
    // events without a payload leave the branch unknown rather than take the merge ref for one.
    if (isPullRequest)
        branch = text(object(pr.head).ref) ?? text(env.GITHUB_HEAD_REF);
    else if (tag !== null)
        branch = stripPrefix(text(event.base_ref), 'refs/heads/');
    else
        branch = stripPrefix(ref, 'refs/heads/');
    const headCommit = object(event.head_commit);
    const headAuthor = object(headCommit.author);
    const sha = isPullRequest
        ? (text(object(pr.head).sha) ?? text(env.GITHUB_SHA))
        : (text(headCommit.id) ?? text(env.GITHUB_SHA));
    const fromHead = text(headCommit.id) === sha && sha !== null;
    const commit = {
        sha,
        message: fromHead ? text(headCommit.message) : null,
        url: (fromHead ? text(headCommit.url) : null) ??
            (sha && repositoryUrl ? `${repositoryUrl}/commit/${sha}` : null),
        author: fromHead && Object.keys(headAuthor).length > 0
            ? {
                name: text(headAuthor.name),
                email: text(headAuthor.email),
                username: text(headAuthor.username),
            }
            : null,
        timestamp: fromHead ? (0,_image_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(headCommit.timestamp) : null,
    };
    const number = integer(pr.number) ?? integer(event.number) ?? pullRequestNumberOf(ref ?? '');
    const pullRequest = isPullRequest && number !== null
        ? {
            number,
            title: text(pr.title),
            url: text(pr.html_url) ?? (repositoryUrl ? `${repositoryUrl}/pull/${number}` : null),
            author: text(object(pr.user).login),
        }
        : null;
    const runId = text(env.GITHUB_RUN_ID);
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
            workflow: text(env.GITHUB_WORKFLOW),
            run_id: runId,
            run_number: integer(env.GITHUB_RUN_NUMBER),
            run_attempt: integer(env.GITHUB_RUN_ATTEMPT),
            run_url: runId && repository ? `${server}/${repository}/actions/runs/${runId}` : null,
            job: text(env.GITHUB_JOB),
            actor: text(env.GITHUB_TRIGGERING_ACTOR) ??
                text(env.GITHUB_ACTOR) ??
                text(object(event.sender).login),
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
    const projectUrl = text(env.CI_PROJECT_URL)?.replace(/\/+$/, '') ?? null;
    const sha = text(env.CI_COMMIT_SHA);
    const tag = text(env.CI_COMMIT_TAG);
    const branch = text(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ??
        text(env.CI_COMMIT_BRANCH) ??
        (tag ? null : text(env.CI_COMMIT_REF_NAME));
    const mergeRequest = integer(env.CI_MERGE_REQUEST_IID);
    const mergeRequestProject = text(env.CI_MERGE_REQUEST_PROJECT_URL)?.replace(/\/+$/, '') ?? projectUrl;
    const author = parseAuthor(text(env.CI_COMMIT_AUTHOR));
    const provider = gitlab ? 'gitlab' : null;
    return {
        git: {
            provider,
            repository: text(env.CI_PROJECT_PATH),
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
                message: text(env.CI_COMMIT_MESSAGE)?.replace(/\s+$/, '') ?? null,
                url: sha && projectUrl ? commitUrl(gitlab ? 'gitlab' : null, projectUrl, sha) : null,
                author,
                timestamp: (0,_image_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(env.CI_COMMIT_TIMESTAMP),
            },
            pull_request: mergeRequest !== null
                ? {
                    number: mergeRequest,
                    title: text(env.CI_MERGE_REQUEST_TITLE),
                    url: mergeRequestProject
                        ? `${mergeRequestProject}/-/merge_requests/${mergeRequest}`
                        : null,
                    author: null,
                }
                : null,
        },
        ci: {
            provider: gitlab ? 'gitlab-ci' : env.CI && env.CI !== 'false' ? 'other' : 'local',
            workflow: text(env.CI_PIPELINE_NAME),
            run_id: text(env.CI_PIPELINE_ID),
            run_number: integer(env.CI_PIPELINE_IID),
            run_attempt: null,
            run_url: text(env.CI_PIPELINE_URL),
            job: text(env.CI_JOB_NAME),
            actor: text(env.GITLAB_USER_LOGIN),
            event: text(env.CI_PIPELINE_SOURCE),
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
    if (!(0,_payload_js__WEBPACK_IMPORTED_MODULE_4__/* .isReportUri */ .VV)(url))
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
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .maskSecret */ .$l)(secret);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .maskSecret */ .$l)(decodeOrRaw(secret));
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
    commit.timestamp ??= (0,_image_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(timestamp);
}


/***/ }),

/***/ 6313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   vX: () => (/* binding */ readImageFacts)
/* harmony export */ });
/* unused harmony export registryKind */
/* harmony import */ var _registry_limit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8404);
/* harmony import */ var _registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2850);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5626);



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
    if ((0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .isIndexMediaType */ .$$)(root.mediaType)) {
        const index = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(root, where);
        const limit = (0,_registry_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .createLimiter */ .z)(CHILD_CONCURRENCY);
        const entries = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .platformManifests */ .OS)(index, (entry) => debug(`skipping attestation ${entry.digest}`));
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
        reference: (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(image),
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
    if ((0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .isIndexMediaType */ .$$)(raw.mediaType)) {
        debug(`skipping nested index ${entry.digest}`);
        return undefined;
    }
    return readPlatformManifest(repository, raw, entry.platform, where);
}
async function readPlatformManifest(repository, raw, declared, where) {
    const manifest = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(raw, where);
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


/***/ }),

/***/ 6619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M1: () => (/* binding */ InvalidReportError),
  FK: () => (/* binding */ buildReport),
  VV: () => (/* binding */ isReportUri),
  KX: () => (/* binding */ parseAnnotations)
});

// UNUSED EXPORTS: REPORT_SCHEMA, validateReport

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.build/schemas/image-report.schema.json
const image_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"image-actions image report","description":"What the report-image-info action posts to a reporting endpoint: the image\'s facts as its registry tells them, the Git and CI facts of the run that reports it, and the user\'s annotations. Unknown facts are null, never missing: every field listed as required is always present.","type":"object","additionalProperties":false,"required":["schema","reported_at","image","git","ci","annotations"],"properties":{"schema":{"description":"The version of this document\'s shape. A receiver can route on it; an incompatible change gets a new version.","const":"image-report/v1"},"reported_at":{"description":"When the report was made, UTC, ISO 8601 (2024-05-01T12:00:00.000Z).","type":"string","format":"date-time"},"image":{"$ref":"#/definitions/image"},"git":{"$ref":"#/definitions/git"},"ci":{"$ref":"#/definitions/ci"},"annotations":{"description":"The user\'s own facts, from the `annotations` input: keys start with a letter, then letters, digits, `_`, `.` or `-`; values are strings, numbers or booleans.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_.-]*$"},"additionalProperties":{"type":["string","number","boolean"]}}},"definitions":{"nullableString":{"type":["string","null"]},"digest":{"type":"string","pattern":"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},"image":{"description":"The image, as its registry describes it.","type":"object","additionalProperties":false,"required":["reference","registry","repository","tags","digest","media_type","image_id","platforms","size","created","labels"],"properties":{"reference":{"description":"The image reference reported, normalised: the domain always written, `library/` added to Docker Hub official images, `latest` when neither tag nor digest was given (docker.io/library/nginx:latest).","type":"string","minLength":1},"registry":{"description":"The registry the image was read from.","type":"object","additionalProperties":false,"required":["domain","integration","kind"],"properties":{"domain":{"description":"The registry\'s domain, host[:port]; Docker Hub is docker.io.","type":"string","minLength":1},"integration":{"description":"The name of the integration in the registries file the image was read through; null when read with Docker config credentials or anonymously.","$ref":"#/definitions/nullableString"},"kind":{"description":"The kind of registry: the integration\'s `kind`, else guessed from the domain.","enum":["dockerhub","ghcr","gcr","gar","ecr","acr","quay","other"]}}},"repository":{"description":"The repository path within the registry (acme/app).","type":"string","minLength":1},"tags":{"description":"The tags reported: the tag of the `image` input; empty when the image was given by digest alone.","type":"array","items":{"type":"string","minLength":1}},"digest":{"description":"The digest of the manifest the reference resolves to: an image index for multi-platform images, else the image manifest.","$ref":"#/definitions/digest"},"media_type":{"description":"The media type of that manifest (application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.v2+json, ...).","type":"string","minLength":1},"image_id":{"description":"The config digest, what `docker images` calls the image id. For an index, the first platform\'s (in the index\'s order; each platform\'s own is in `platforms`). Null when the manifest is no image for any platform.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]},"platforms":{"description":"The platform images: one for a single manifest, one per platform of an index. Attestation manifests (platform unknown/unknown) are left out.","type":"array","items":{"$ref":"#/definitions/platform"}},"size":{"description":"Bytes the image takes in the registry (its footprint): configs and layers of every platform, each distinct blob counted once (layers are compressed as stored). For an index this is not what one platform pulls: a dashboard keyed by OS/architecture should use platforms[].size.","type":"integer","minimum":0},"created":{"description":"The latest `created` time of the platforms\' configs (the image\'s last update), UTC ISO 8601; null when none gives one (Go\'s zero time 0001-01-01T00:00:00Z counts as none).","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"labels":{"description":"The first platform\'s config labels (org.opencontainers.image.source, ...).","type":"object","additionalProperties":{"type":"string"}}}},"platform":{"description":"One platform image.","type":"object","additionalProperties":false,"required":["os","architecture","variant","digest","image_id","size","created"],"properties":{"os":{"description":"Operating system (linux, windows).","type":"string","minLength":1},"architecture":{"description":"CPU architecture (amd64, arm64, arm, ppc64le, s390x).","type":"string","minLength":1},"variant":{"description":"CPU variant (v7 for linux/arm/v7), or null.","$ref":"#/definitions/nullableString"},"digest":{"description":"The platform manifest\'s digest.","$ref":"#/definitions/digest"},"image_id":{"description":"The platform\'s config digest.","$ref":"#/definitions/digest"},"size":{"description":"Bytes of the platform\'s config and layers in the registry.","type":"integer","minimum":0},"created":{"description":"The config\'s `created` time, UTC ISO 8601, or null.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]}}},"git":{"description":"The source the image was built from, as the CI (or `git` in the working directory) tells it.","type":"object","additionalProperties":false,"required":["provider","repository","repository_url","ref","branch","tag","commit","pull_request"],"properties":{"provider":{"description":"Where the repository is hosted: github, gitlab, bitbucket, or git (another host); null when unknown.","$ref":"#/definitions/nullableString"},"repository":{"description":"The repository as owner/name (a GitLab project path may have more components).","$ref":"#/definitions/nullableString"},"repository_url":{"description":"The repository\'s web address, without credentials. For an http(s) remote, its scheme and port; for an SSH remote, https on the default port.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"ref":{"description":"The full Git ref the run is for: refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge.","$ref":"#/definitions/nullableString"},"branch":{"description":"The branch: the head (source) branch on pull requests; on a tag push, the branch GitHub names in the event (base_ref), else null.","$ref":"#/definitions/nullableString"},"tag":{"description":"The Git tag the run is for, on a tag push; else null.","$ref":"#/definitions/nullableString"},"commit":{"description":"The commit the image was built from: on pull requests the head commit of the pull request, not the merge commit.","type":"object","additionalProperties":false,"required":["sha","message","url","author","timestamp"],"properties":{"sha":{"description":"The full commit hash.","$ref":"#/definitions/nullableString"},"message":{"description":"The full commit message, when the event or `git` tells it.","$ref":"#/definitions/nullableString"},"url":{"description":"The commit\'s web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"Who wrote the commit, or null when unknown.","oneOf":[{"type":"object","additionalProperties":false,"required":["name","email","username"],"properties":{"name":{"description":"The author\'s name.","$ref":"#/definitions/nullableString"},"email":{"description":"The author\'s email.","$ref":"#/definitions/nullableString"},"username":{"description":"The author\'s account on the Git host, when the host tells it.","$ref":"#/definitions/nullableString"}}},{"type":"null"}]},"timestamp":{"description":"The commit\'s author time, UTC ISO 8601.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]}}},"pull_request":{"description":"The pull (merge) request the run is for; null on other events.","oneOf":[{"type":"object","additionalProperties":false,"required":["number","title","url","author"],"properties":{"number":{"description":"The pull request number.","type":"integer","minimum":1},"title":{"description":"The pull request title.","$ref":"#/definitions/nullableString"},"url":{"description":"The pull request\'s web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"The login of who opened it.","$ref":"#/definitions/nullableString"}}},{"type":"null"}]}}},"ci":{"description":"The CI run that made the report.","type":"object","additionalProperties":false,"required":["provider","workflow","run_id","run_number","run_attempt","run_url","job","actor","event"],"properties":{"provider":{"description":"github-actions, gitlab-ci, other (a CI that sets CI=true), or local (no CI).","type":"string","minLength":1},"workflow":{"description":"The workflow\'s name (GitLab: the pipeline name).","$ref":"#/definitions/nullableString"},"run_id":{"description":"The run\'s id (GitLab: the pipeline id), as a string.","$ref":"#/definitions/nullableString"},"run_number":{"description":"The run\'s number within its workflow (GitLab: the pipeline\'s number in the project).","oneOf":[{"type":"integer","minimum":0},{"type":"null"}]},"run_attempt":{"description":"Which attempt of the run this is, from 1 (GitHub re-runs).","oneOf":[{"type":"integer","minimum":1},{"type":"null"}]},"run_url":{"description":"The run\'s web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"job":{"description":"The job\'s id or name.","$ref":"#/definitions/nullableString"},"actor":{"description":"Who started the run (the triggering actor on re-runs).","$ref":"#/definitions/nullableString"},"event":{"description":"What started the run: push, pull_request, workflow_dispatch, ... (GitLab: the pipeline source).","$ref":"#/definitions/nullableString"}}}}}');
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(6624);
// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
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


/***/ })

};
