export const id = 704;
export const ids = [704];
export const modules = {

/***/ 2704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JW: () => (/* binding */ githubFacts),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   TO: () => (/* binding */ readSourceFacts),
/* harmony export */   j_: () => (/* binding */ readEvent),
/* harmony export */   kL: () => (/* binding */ remoteToWeb),
/* harmony export */   lc: () => (/* binding */ providerOf),
/* harmony export */   nd: () => (/* binding */ integer)
/* harmony export */ });
/* unused harmony exports gitIn, ciVariableFacts */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6098);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9013);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3613);





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
 * @actions/github, whose context reads process.env once at import). On GitLab CI, from its CI_*
 * variables, which tell more than env-ci reads (commit message, author, merge request title).
 * On the other CIs env-ci knows, from env-ci (ci-env.ts); on none of them, from CI_* variables
 * where set. Outside GitHub, what the variables do not tell is asked of `git` in the working
 * directory, and on every CI what they do not tell about the reported commit.
 */
async function readSourceFacts(env, options = {}) {
    const debug = options.debug ?? (() => { });
    const cwd = options.cwd ?? process.cwd();
    const git = options.git ?? gitIn(cwd, debug);
    let facts;
    if (env.GITHUB_ACTIONS === 'true')
        facts = githubFacts(env, readEvent(env, debug));
    else if (env.GITLAB_CI === 'true')
        facts = ciVariableFacts(env);
    else {
        // Loaded here only: env-ci costs start-up time GitHub runs need not pay.
        const { envCiFacts } = await Promise.all(/* import() */[__webpack_require__.e(73), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 7902));
        facts = envCiFacts(env, cwd) ?? ciVariableFacts(env);
    }
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
/** A non-empty string, else null: CI variables set to '' are unset. */
function text(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
/** A whole number, from a number or a string of digits; else null. */
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
        timestamp: fromHead ? (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoTime */ .L)(headCommit.timestamp) : null,
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
                timestamp: (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoTime */ .L)(env.CI_COMMIT_TIMESTAMP),
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
    if (!(0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .isReportUri */ .VV)(url))
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
/** The report's `git.provider` of a Git host. */
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
    commit.timestamp ??= (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoTime */ .L)(timestamp);
}


/***/ }),

/***/ 9013:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DC: () => (/* binding */ REPORT_SCHEMA),
  VV: () => (/* binding */ isReportUri),
  RE: () => (/* binding */ validateReport)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
;// CONCATENATED MODULE: ./.build/schemas/image-report.schema.json
const image_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"image-actions image report","description":"What the report-image-info action posts to a reporting endpoint: the image\'s facts as its registry tells them, the Git and CI facts of the run that reports it, and the user\'s annotations. Unknown facts are null, never missing: every field listed as required is always present.","type":"object","additionalProperties":false,"required":["schema","reported_at","image","git","ci","annotations"],"properties":{"schema":{"description":"The version of this document\'s shape. A receiver can route on it; an incompatible change gets a new version.","const":"image-report/v1"},"reported_at":{"description":"When the report was made, UTC, ISO 8601 (2024-05-01T12:00:00.000Z).","type":"string","format":"date-time"},"image":{"$ref":"#/definitions/image"},"git":{"$ref":"#/definitions/git"},"ci":{"$ref":"#/definitions/ci"},"annotations":{"description":"The user\'s own facts, from the `annotations` input: keys start with a letter, then letters, digits, `_`, `.` or `-`; values are strings, numbers or booleans.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_.-]*$"},"additionalProperties":{"type":["string","number","boolean"]}}},"definitions":{"nullableString":{"type":["string","null"]},"digest":{"type":"string","pattern":"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},"image":{"description":"The image, as its registry describes it.","type":"object","additionalProperties":false,"required":["reference","registry","repository","tags","digest","media_type","image_id","platforms","size","created","labels"],"properties":{"reference":{"description":"The image reference reported, normalised: the domain always written, `library/` added to Docker Hub official images, `latest` when neither tag nor digest was given (docker.io/library/nginx:latest).","type":"string","minLength":1},"registry":{"description":"The registry the image was read from.","type":"object","additionalProperties":false,"required":["domain","integration","kind"],"properties":{"domain":{"description":"The registry\'s domain, host[:port]; Docker Hub is docker.io.","type":"string","minLength":1},"integration":{"description":"The name of the integration in the registries file the image was read through; null when read with Docker config credentials or anonymously.","$ref":"#/definitions/nullableString"},"kind":{"description":"The kind of registry: the integration\'s `kind`, else guessed from the domain.","enum":["dockerhub","ghcr","gcr","gar","ecr","acr","quay","other"]}}},"repository":{"description":"The repository path within the registry (acme/app).","type":"string","minLength":1},"tags":{"description":"The tags reported: the tag of the `image` input first; with `list_tags`, then the repository\'s other tags that point at the same digest (sorted); empty when the image was given by digest alone and no other tag was found.","type":"array","items":{"type":"string","minLength":1}},"digest":{"description":"The digest of the manifest the reference resolves to: an image index for multi-platform images, else the image manifest.","$ref":"#/definitions/digest"},"media_type":{"description":"The media type of that manifest (application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.v2+json, ...).","type":"string","minLength":1},"image_id":{"description":"The config digest, what `docker images` calls the image id. For an index, the first platform\'s (in the index\'s order; each platform\'s own is in `platforms`). Null when the manifest is no image for any platform.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]},"platforms":{"description":"The platform images: one for a single manifest, one per platform of an index. Attestation manifests (platform unknown/unknown) are left out.","type":"array","items":{"$ref":"#/definitions/platform"}},"size":{"description":"Bytes the image takes in the registry (its footprint): configs and layers of every platform, each distinct blob counted once (layers are compressed as stored). For an index this is not what one platform pulls: a dashboard keyed by OS/architecture should use platforms[].size.","type":"integer","minimum":0},"created":{"description":"The latest `created` time of the platforms\' configs (the image\'s last update), UTC ISO 8601; null when none gives one (Go\'s zero time 0001-01-01T00:00:00Z counts as none).","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"labels":{"description":"The first platform\'s config labels (org.opencontainers.image.source, ...).","type":"object","additionalProperties":{"type":"string"}},"base":{"description":"The image this one was built on, from the `org.opencontainers.image.base.name` and `.base.digest` annotations (of the index, else of the first platform\'s manifest); null when it carries none. Optional: reports before it was added lack it.","oneOf":[{"type":"object","additionalProperties":false,"required":["name","digest"],"properties":{"name":{"description":"The base image\'s reference (docker.io/library/alpine:3.20).","$ref":"#/definitions/nullableString"},"digest":{"description":"The base image\'s manifest digest.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]}}},{"type":"null"}]},"tag_scan":{"description":"Present with `list_tags`: how many of the repository\'s tags were compared with the digest, and whether that was all of them (the scan stops at 1000 tags). Optional.","type":"object","additionalProperties":false,"required":["scanned","complete"],"properties":{"scanned":{"description":"The tags listed and compared.","type":"integer","minimum":0},"complete":{"description":"false when the repository has more tags than were scanned: `tags` may miss some.","type":"boolean"}}},"referrers":{"description":"What refers to the image and to each entry of its index, attestation manifests included (signatures, SBOMs, attestations), and what refers to those (a signature on an SBOM), as the registry keeps them: its OCI referrers API, the sha256-<hex> referrers tag schema, or cosign\'s .sig/.att/.sbom tags. [] when nothing does; null when they could not be read. Optional.","oneOf":[{"type":"array","items":{"$ref":"#/definitions/referrer"}},{"type":"null"}]},"signed":{"description":"true when a cosign signature (a sha256-<hex>.sig tag, application/vnd.dev.cosign.simplesigning.v1+json) or a sigstore bundle (application/vnd.dev.sigstore.bundle*) is among the referrers. Presence only: no signature is verified. Null when the referrers could not be read. Optional.","type":["boolean","null"]}}},"platform":{"description":"One platform image.","type":"object","additionalProperties":false,"required":["os","architecture","variant","digest","image_id","size","created"],"properties":{"os":{"description":"Operating system (linux, windows).","type":"string","minLength":1},"architecture":{"description":"CPU architecture (amd64, arm64, arm, ppc64le, s390x).","type":"string","minLength":1},"variant":{"description":"CPU variant (v7 for linux/arm/v7), or null.","$ref":"#/definitions/nullableString"},"digest":{"description":"The platform manifest\'s digest.","$ref":"#/definitions/digest"},"image_id":{"description":"The platform\'s config digest.","$ref":"#/definitions/digest"},"size":{"description":"Bytes of the platform\'s config and layers in the registry.","type":"integer","minimum":0},"created":{"description":"The config\'s `created` time, UTC ISO 8601, or null.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"os_version":{"description":"The OS build the image needs (Windows: 10.0.17763.5458): the platform\'s or the config\'s `os.version`, or null. Optional.","$ref":"#/definitions/nullableString"},"layers":{"description":"The platform\'s build steps in order: each layer of the manifest with the config\'s history entry that made it, and the history entries that made no layer (`empty_layer`). Optional.","type":"array","items":{"$ref":"#/definitions/layer"}}}},"layer":{"description":"One build step of a platform image: a layer and the history entry that made it, or a history entry that made no layer.","type":"object","additionalProperties":false,"required":["digest","size","media_type","created_by","created","comment","empty_layer"],"properties":{"digest":{"description":"The layer blob\'s digest; null for an empty layer.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]},"size":{"description":"Bytes of the layer as stored (compressed); 0 for an empty layer.","type":"integer","minimum":0},"media_type":{"description":"The layer\'s media type; null for an empty layer.","$ref":"#/definitions/nullableString"},"created_by":{"description":"The instruction that made it, as the builder recorded it (RUN /bin/sh -c apk add --no-cache curl # buildkit); null when the config has no history entry for it.","$ref":"#/definitions/nullableString"},"created":{"description":"When the step ran, UTC ISO 8601, or null.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"comment":{"description":"The history entry\'s comment (buildkit.dockerfile.v0), or null.","$ref":"#/definitions/nullableString"},"empty_layer":{"description":"true for a step that added no layer (ENV, CMD, LABEL): digest and media_type are null and size is 0.","type":"boolean"}}},"referrer":{"description":"A manifest that refers to the image or to one of its parts.","type":"object","additionalProperties":false,"required":["artifact_type","media_type","digest","size","subject","source","tag"],"properties":{"artifact_type":{"description":"What it is (application/spdx+json, application/vnd.dev.cosign.simplesigning.v1+json, ...): the manifest\'s artifactType, else its config\'s media type; for a cosign tag, its layers\' media type. Null when it says none.","$ref":"#/definitions/nullableString"},"media_type":{"description":"The referrer manifest\'s media type.","type":"string","minLength":1},"digest":{"description":"The referrer manifest\'s digest.","$ref":"#/definitions/digest"},"size":{"description":"The referrer manifest\'s size in bytes.","type":"integer","minimum":0},"subject":{"description":"The digest it refers to: the image\'s, a platform manifest\'s, or another referrer\'s.","$ref":"#/definitions/digest"},"source":{"description":"Where it was found: api (the registry\'s referrers API), tag-schema (a sha256-<hex> tag index) or cosign-tag.","enum":["api","tag-schema","cosign-tag"]},"tag":{"description":"The cosign tag it was found under (sha256-<hex>.sig); null for the others.","$ref":"#/definitions/nullableString"}}},"git":{"description":"The source the image was built from, as the CI (or `git` in the working directory) tells it.","type":"object","additionalProperties":false,"required":["provider","repository","repository_url","ref","branch","tag","commit","pull_request"],"properties":{"provider":{"description":"Where the repository is hosted: github, gitlab, bitbucket, or git (another host); null when unknown.","$ref":"#/definitions/nullableString"},"repository":{"description":"The repository as owner/name (a GitLab project path may have more components).","$ref":"#/definitions/nullableString"},"repository_url":{"description":"The repository\'s web address, without credentials. For an http(s) remote, its scheme and port; for an SSH remote, https on the default port.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"ref":{"description":"The full Git ref the run is for: refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge.","$ref":"#/definitions/nullableString"},"branch":{"description":"The branch: the head (source) branch on pull requests; on a tag push, the branch GitHub names in the event (base_ref), else null.","$ref":"#/definitions/nullableString"},"tag":{"description":"The Git tag the run is for, on a tag push; else null.","$ref":"#/definitions/nullableString"},"commit":{"description":"The commit the image was built from: on pull requests the head commit of the pull request, not the merge commit.","type":"object","additionalProperties":false,"required":["sha","message","url","author","timestamp"],"properties":{"sha":{"description":"The full commit hash.","$ref":"#/definitions/nullableString"},"message":{"description":"The full commit message, when the event or `git` tells it.","$ref":"#/definitions/nullableString"},"url":{"description":"The commit\'s web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"Who wrote the commit, or null when unknown.","oneOf":[{"type":"object","additionalProperties":false,"required":["name","email","username"],"properties":{"name":{"description":"The author\'s name.","$ref":"#/definitions/nullableString"},"email":{"description":"The author\'s email.","$ref":"#/definitions/nullableString"},"username":{"description":"The author\'s account on the Git host, when the host tells it.","$ref":"#/definitions/nullableString"}}},{"type":"null"}]},"timestamp":{"description":"The commit\'s author time, UTC ISO 8601.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]}}},"pull_request":{"description":"The pull (merge) request the run is for; null on other events.","oneOf":[{"type":"object","additionalProperties":false,"required":["number","title","url","author"],"properties":{"number":{"description":"The pull request number.","type":"integer","minimum":1},"title":{"description":"The pull request title.","$ref":"#/definitions/nullableString"},"url":{"description":"The pull request\'s web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"The login of who opened it.","$ref":"#/definitions/nullableString"}}},{"type":"null"}]},"pull_requests":{"description":"On a push event, with the `github_token` input: the pull requests that brought the pushed commit in, as GitHub lists them (GET /repos/{owner}/{repo}/commits/{sha}/pulls); [] when there are none; null when not asked or they could not be read. Optional.","oneOf":[{"type":"array","items":{"$ref":"#/definitions/commitPullRequest"}},{"type":"null"}]},"issues":{"description":"Issue keys (ABC-123, or what `issue_key_pattern` matches) found in the commit message, the branch and the pull requests\' titles, each once, in that order. Optional.","type":"array","items":{"type":"string","minLength":1}}}},"ci":{"description":"The CI run that made the report.","type":"object","additionalProperties":false,"required":["provider","workflow","run_id","run_number","run_attempt","run_url","job","actor","event"],"properties":{"provider":{"description":"github-actions, gitlab-ci, the lowercase id of another CI (jenkins, circleci, buildkite, bitbucket-pipelines, azure-pipelines, drone, ...), other (a CI that sets CI=true), or local (no CI).","type":"string","minLength":1},"workflow":{"description":"The workflow\'s name (GitLab: the pipeline name).","$ref":"#/definitions/nullableString"},"run_id":{"description":"The run\'s id (GitLab: the pipeline id), as a string.","$ref":"#/definitions/nullableString"},"run_number":{"description":"The run\'s number within its workflow (GitLab: the pipeline\'s number in the project).","oneOf":[{"type":"integer","minimum":0},{"type":"null"}]},"run_attempt":{"description":"Which attempt of the run this is, from 1 (GitHub re-runs).","oneOf":[{"type":"integer","minimum":1},{"type":"null"}]},"run_url":{"description":"The run\'s web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"job":{"description":"The job\'s id or name.","$ref":"#/definitions/nullableString"},"actor":{"description":"Who started the run (the triggering actor on re-runs).","$ref":"#/definitions/nullableString"},"event":{"description":"What started the run: push, pull_request, workflow_dispatch, ... (GitLab: the pipeline source).","$ref":"#/definitions/nullableString"}}},"commitPullRequest":{"description":"A pull request a pushed commit came in through.","type":"object","additionalProperties":false,"required":["number","title","url","author","state","merged_at","base"],"properties":{"number":{"description":"The pull request number.","type":"integer","minimum":1},"title":{"description":"Its title.","$ref":"#/definitions/nullableString"},"url":{"description":"Its web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"The login of who opened it.","$ref":"#/definitions/nullableString"},"state":{"description":"open or closed.","$ref":"#/definitions/nullableString"},"merged_at":{"description":"When it was merged, UTC ISO 8601; null when not (yet) merged.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"base":{"description":"The branch it was opened against.","$ref":"#/definitions/nullableString"}}}}}');
// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
;// CONCATENATED MODULE: ./.build/src/report/schema.js




/**
 * The report's schema (schemas/image-report.schema.json) and its checks, apart from the report
 * itself: the facts modules check URLs with it while the payload module assembles them.
 */
const REPORT_SCHEMA = 'image-report/v1';
let schema_ajv;
let validator;
let uriValidator;
function schemaChecker() {
    if (!schema_ajv) {
        schema_ajv = new ajv.Ajv({ allErrors: true, strict: true, strictTypes: false });
        // ajv-formats is CommonJS: its default export is the module, whose `default` is the plugin.
        dist["default"](schema_ajv, ['date-time', 'uri']);
    }
    return schema_ajv;
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


/***/ }),

/***/ 3613:
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
