export const id = 628;
export const ids = [628];
export const modules = {

/***/ 9628:
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
// EXTERNAL MODULE: ./.build/src/report/git-facts.js
var git_facts = __webpack_require__(2704);
// EXTERNAL MODULE: ./.build/src/report/image-facts.js
var image_facts = __webpack_require__(6313);
// EXTERNAL MODULE: ./.build/src/report/payload.js + 1 modules
var payload = __webpack_require__(6619);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.build/src/registry/undici.js
var undici = __webpack_require__(7223);
// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
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
        annotations: (0,payload/* parseAnnotations */.KX)(io.getInput('annotations')),
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
        const source = await (0,git_facts/* readSourceFacts */.TO)(io.env, {
            cwd,
            git: options.git,
            debug: (m) => io.debug(m),
        });
        io.setOutput('digest', image.digest);
        io.setOutput('image_id', image.image_id ?? '');
        let report;
        try {
            report = (0,payload/* buildReport */.FK)({
                image,
                ...source,
                annotations: settings.annotations,
                reportedAt: (options.now ?? (() => new Date()))(),
            });
        }
        catch (error) {
            if (!(error instanceof payload/* InvalidReportError */.M1))
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
        return await (0,image_facts/* readImageFacts */.vX)(repository, image, source, (m) => io.debug(m));
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


/***/ })

};
