export const id = 662;
export const ids = [662];
export const modules = {

/***/ 14662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   envCiFacts: () => (/* binding */ envCiFacts)
/* harmony export */ });
/* unused harmony exports ciProviderId, mapEnvCi */
/* harmony import */ var env_ci__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65073);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14393);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26780);
/* harmony import */ var _remote_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29054);




/**
 * The Git and CI facts of a CI other than GitHub Actions and GitLab CI, as env-ci (semantic-release's
 * reader of some thirty CI services) tells them, completed from the documented variables env-ci
 * leaves unread (job names, pull request links, the repository's remote). read.ts loads this
 * module only off GitHub: env-ci and execa cost some 80 ms of start-up.
 */
/** The report's `ci.provider` for env-ci's service ids that are not already lowercase words. */
const PROVIDER_IDS = {
    azurePipelines: 'azure-pipelines',
    bitbucket: 'bitbucket-pipelines',
    codebuild: 'aws-codebuild',
};
/** A stable lowercase id: env-ci's `cloudflarePages` becomes `cloudflare-pages`. */
function ciProviderId(service) {
    return PROVIDER_IDS[service] ?? service.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
/** Per env-ci service; the variables are those each CI documents (links in the test table). */
const EXTRAS = {
    // Multibranch pipelines set CHANGE_*; the GitHub pull request builder sets ghprb* (env-ci's).
    jenkins: (env) => ({
        job: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.JOB_NAME),
        tag: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.TAG_NAME),
        prBranch: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.CHANGE_BRANCH),
        prTitle: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.CHANGE_TITLE) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.ghprbPullTitle),
        prUrl: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.CHANGE_URL) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.ghprbPullLink),
        prAuthor: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.CHANGE_AUTHOR) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.ghprbPullAuthorLogin),
        remote: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.GIT_URL),
    }),
    circleci: (env) => ({
        // env-ci's job is `<build>.<node index>`: CIRCLE_JOB is the name people gave the job.
        job: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.CIRCLE_JOB),
        actor: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.CIRCLE_USERNAME),
        prUrl: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.CIRCLE_PULL_REQUEST),
        remote: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.CIRCLE_REPOSITORY_URL),
    }),
    buildkite: (env) => ({
        workflow: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILDKITE_PIPELINE_SLUG),
        runId: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILDKITE_BUILD_ID),
        job: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILDKITE_LABEL) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILDKITE_JOB_ID),
        actor: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILDKITE_BUILD_CREATOR),
        event: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILDKITE_SOURCE),
        remote: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILDKITE_REPO),
    }),
    // env-ci reads no pull request on Bitbucket; BITBUCKET_PR_ID is set on pull-request pipelines,
    // where BITBUCKET_BRANCH is the source branch.
    bitbucket: (env) => {
        const pr = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BITBUCKET_PR_ID);
        const slug = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BITBUCKET_REPO_FULL_NAME);
        return {
            pr,
            prBranch: pr ? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BITBUCKET_BRANCH) : null,
            prUrl: pr && slug ? `https://bitbucket.org/${slug}/pull-requests/${pr}` : null,
            job: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BITBUCKET_STEP_UUID),
            remote: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BITBUCKET_GIT_HTTP_ORIGIN),
        };
    },
    // BUILD_BUILDNUMBER (env-ci's build) is the run's name, `20240501.3`; BUILD_BUILDID its id.
    azurePipelines: (env) => {
        const collection = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.SYSTEM_COLLECTIONURI)?.replace(/\/*$/, '/') ?? null;
        const project = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.SYSTEM_TEAMPROJECT);
        const buildId = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILD_BUILDID);
        const repository = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILD_REPOSITORY_URI)?.replace(/\/+$/, '') ?? null;
        // On GitHub-hosted repositories the pull request's number is ..._PULLREQUESTNUMBER; the
        // ..._PULLREQUESTID env-ci reads is then GitHub's internal id.
        const pr = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.SYSTEM_PULLREQUEST_PULLREQUESTNUMBER) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.SYSTEM_PULLREQUEST_PULLREQUESTID);
        return {
            workflow: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILD_DEFINITIONNAME),
            runId: buildId,
            runUrl: collection && project && buildId
                ? `${collection}${encodeURIComponent(project)}/_build/results?buildId=${buildId}`
                : null,
            job: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.SYSTEM_JOBDISPLAYNAME) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.AGENT_JOBNAME),
            actor: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILD_REQUESTEDFOR),
            event: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.BUILD_REASON),
            tag: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(/^refs\/tags\/(.+)$/.exec(env.BUILD_SOURCEBRANCH ?? '')?.[1]),
            pr,
            prUrl: pr && repository && env.BUILD_REPOSITORY_PROVIDER === 'TfsGit'
                ? `${repository}/pullrequest/${pr}`
                : null,
            remote: repository,
        };
    },
    drone: (env) => ({
        // DRONE_JOB_NUMBER (env-ci's job) is Drone 0.8's; since 1.0 a job is a stage.
        job: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.DRONE_STAGE_NAME),
        actor: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.DRONE_COMMIT_AUTHOR),
        event: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.DRONE_BUILD_EVENT),
        remote: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.DRONE_GIT_HTTP_URL) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(env.DRONE_REMOTE_URL),
    }),
};
/**
 * env-ci builds some values from templates (`${A}/${B}`), so a missing variable shows as the word
 * `undefined` in them (a slug `undefined/undefined`): such a value is unknown, not a value.
 */
function known(value) {
    const v = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(value);
    return v !== null && !/(^|[^A-Za-z])undefined([^A-Za-z]|$)/.test(v) ? v : null;
}
function uri(value) {
    return value && (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .isReportUri */ .VV)(value) ? value : null;
}
/**
 * Reads the CI by env-ci; null when env-ci recognises none (the caller falls back to the CI_*
 * variables and `git`). env-ci asks `git` itself, synchronously, for what a CI's variables do not
 * tell: GIT_DIR pointing nowhere makes those calls fail at once, so that `git` is asked in one
 * place only — readSourceFacts's reader, with its timeout, which tests replace.
 */
function envCiFacts(env, cwd) {
    const ci = (0,env_ci__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)({ env: { ...env, GIT_DIR: '/nonexistent/.git' }, cwd });
    if (!ci.service)
        return null;
    return mapEnvCi(ci, EXTRAS[ci.service]?.(env) ?? {});
}
/** env-ci's answer and the extras as the report's facts. */
function mapEnvCi(ci, extras) {
    const prNumber = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .integer */ .nd)(extras.pr ?? ci.pr);
    const isPr = (ci.isPr === true || extras.pr != null) && prNumber !== null && prNumber >= 1;
    // The report's branch is the head (source) branch on pull requests; env-ci's `branch` is then
    // the target, its `prBranch` the source.
    let branch = isPr ? (extras.prBranch ?? known(ci.prBranch)) : known(ci.branch);
    // Jenkins' Git plugin names the remote branch (`origin/main`) in GIT_BRANCH.
    if (ci.service === 'jenkins')
        branch = branch?.replace(/^origin\//, '') ?? null;
    const tag = extras.tag ?? known(ci.tag);
    // A multibranch Jenkins names a tag build's BRANCH_NAME after the tag; on a tag push Azure's
    // BUILD_SOURCEBRANCH is the tag's ref, which env-ci takes for a branch.
    if (tag !== null && (branch === tag || branch === `refs/tags/${tag}`))
        branch = null;
    const web = extras.remote ? (0,_remote_url_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteToWeb */ .kL)(extras.remote) : null;
    const pullRequest = isPr
        ? {
            number: prNumber,
            title: extras.prTitle ?? null,
            url: uri(extras.prUrl),
            author: extras.prAuthor ?? null,
        }
        : null;
    const build = known(ci.build);
    return {
        git: {
            provider: web ? (0,_remote_url_js__WEBPACK_IMPORTED_MODULE_2__/* .providerOf */ .lc)(web.host) : null,
            repository: known(ci.slug) ?? web?.path ?? null,
            repository_url: web?.url ?? null,
            ref: tag ? `refs/tags/${tag}` : branch && !isPr ? `refs/heads/${branch}` : null,
            branch,
            tag,
            commit: { sha: known(ci.commit), message: null, url: null, author: null, timestamp: null },
            pull_request: pullRequest,
        },
        ci: {
            provider: ciProviderId(ci.service ?? 'other'),
            workflow: extras.workflow ?? null,
            run_id: extras.runId ?? build,
            run_number: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .integer */ .nd)(build),
            run_attempt: null,
            run_url: uri(extras.runUrl) ?? uri(known(ci.buildUrl)),
            job: extras.job ?? known(ci.job),
            actor: extras.actor ?? null,
            event: extras.event ?? null,
        },
    };
}


/***/ })

};
