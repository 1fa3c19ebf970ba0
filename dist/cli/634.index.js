export const id = 634;
export const ids = [634];
export const modules = {

/***/ 10779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 6604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q3: () => (/* binding */ archiveEndpoint),
  _F: () => (/* binding */ archiveReference),
  dN: () => (/* binding */ namesArchive),
  Uw: () => (/* binding */ withArchiveCandidate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/archives/open.js + 8 modules
var archives_open = __webpack_require__(53752);
;// CONCATENATED MODULE: ./.build/src/archives/transport.js
const TRANSPORTS = ['oci-archive', 'oci', 'docker-archive'];
/** The archive a candidate names, or undefined when it is a registry reference. */
function parseArchiveLocation(text) {
    const trimmed = text.trim();
    for (const transport of TRANSPORTS) {
        const prefix = `${transport}:`;
        if (!trimmed.startsWith(prefix))
            continue;
        const rest = trimmed.slice(prefix.length);
        const colon = rest.indexOf(':');
        const path = colon < 0 ? rest : rest.slice(0, colon);
        const ref = colon < 0 ? undefined : rest.slice(colon + 1) || undefined;
        return { transport, path, ...(ref ? { ref } : {}) };
    }
    return undefined;
}
/** How messages and outputs write it back. */
function formatArchiveLocation(location) {
    return `${location.transport}:${location.path}${location.ref ? `:${location.ref}` : ''}`;
}

// EXTERNAL MODULE: ./.build/src/oci/reference.js
var reference = __webpack_require__(92968);
// EXTERNAL MODULE: ./.build/src/host/cancel.js
var cancel = __webpack_require__(90990);
// EXTERNAL MODULE: ./.build/src/actions/archive-path.js
var archive_path = __webpack_require__(72013);
;// CONCATENATED MODULE: ./.build/src/actions/archive-candidate.js








/**
 * Runs `fn` with the archive the candidate names (undefined when it names a registry image), open
 * for as long as `fn` runs: a gzipped archive's one spooled copy is removed after it.
 */
async function withArchiveCandidate(io, text, input, fn) {
    const location = parseArchiveLocation(text);
    if (!location)
        return fn(undefined);
    if (!location.path) {
        throw new errors/* UserError */.yo(`Input ${input}: "${text}" names no path after ${location.transport}:`);
    }
    const isFolder = (await (0,promises_.stat)(location.path).catch(() => undefined))?.isDirectory();
    if (isFolder !== undefined && isFolder !== (location.transport === 'oci')) {
        throw new errors/* UserError */.yo(`Input ${input}: ${location.path} is ${isFolder ? 'a folder: write oci:' : 'a file: write oci-archive: or docker-archive:'}${location.path}`);
    }
    return (0,archive_path/* withWorkDir */.x)('-', io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), async (work) => {
        const archive = await (0,archives_open/* openArchive */.p)(location.path, work, undefined, cancel/* cancelSignal */.Bj);
        const image = archive.pick(location.ref);
        const source = archive.source(image);
        const root = await source.getManifest(image.root.digest);
        io.info(`${formatArchiveLocation(location)}: ${image.ref} (${root.digest})`);
        return fn({ text, location, image, source, root });
    });
}
/** Whether the input names an archive rather than a registry image. */
function namesArchive(text) {
    return parseArchiveLocation(text) !== undefined;
}
/**
 * The registry image the archive's image would be, by its name in the archive: what messages,
 * summaries and reports call it, and the default name of where it goes.
 */
function archiveReference(candidate, input, imageName) {
    const { image } = candidate;
    if (!image.name && imageName) {
        return {
            ...(0,reference/* parseReference */.F2)(imageName, { what: 'image_name', defaultTag: false }),
            digest: candidate.root.digest,
        };
    }
    if (!image.name) {
        throw new errors/* UserError */.yo(`Input ${input}: ${formatArchiveLocation(candidate.location)} gives image ${image.ref} no name; give image_name`);
    }
    return {
        ...(0,reference/* parseReference */.F2)(`${image.name.name}:${image.name.tag}`),
        digest: candidate.root.digest,
    };
}
/** The archive in the place of the registry a candidate is pulled through, for messages. */
function archiveEndpoint(candidate) {
    const domain = candidate.image.name
        ? (0,reference/* parseReference */.F2)(`${candidate.image.name.name}:${candidate.image.name.tag}`).domain
        : 'localhost';
    return {
        domain,
        host: domain,
        insecure: false,
        via: 'anonymous',
        label: formatArchiveLocation(candidate.location),
    };
}


/***/ }),

/***/ 75634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_READ_LAYERS_MB: () => (/* binding */ DEFAULT_READ_LAYERS_MB),
  DEFAULT_TIMEOUT_SECONDS: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
  MAX_READ_LAYERS_MB: () => (/* binding */ MAX_READ_LAYERS_MB),
  MAX_TIMEOUT_SECONDS: () => (/* binding */ MAX_TIMEOUT_SECONDS),
  createReportImageInfo: () => (/* binding */ createReportImageInfo),
  planReport: () => (/* binding */ planReport),
  readReportSettings: () => (/* binding */ readReportSettings),
  reportImageInfo: () => (/* binding */ reportImageInfo)
});

// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/actions/archive-candidate.js + 1 modules
var archive_candidate = __webpack_require__(6604);
// EXTERNAL MODULE: ./.build/src/http/errors.js
var http_errors = __webpack_require__(37677);
// EXTERNAL MODULE: ./.build/src/oci/reference.js
var oci_reference = __webpack_require__(92968);
// EXTERNAL MODULE: ./.build/src/credentials/resolve.js + 1 modules
var resolve = __webpack_require__(16825);
// EXTERNAL MODULE: ./.build/src/http/loopback.js
var loopback = __webpack_require__(70599);
// EXTERNAL MODULE: ./.build/src/json.js
var json = __webpack_require__(14393);
// EXTERNAL MODULE: ./.build/src/report/time.js
var time = __webpack_require__(13613);
// EXTERNAL MODULE: ./.build/src/report/source/remote-url.js
var remote_url = __webpack_require__(29054);
;// CONCATENATED MODULE: ./.build/src/report/source/ci-variables.js



/**
 * The CI_* variables GitLab sets (and other CIs that borrowed its names set in part); what is not
 * there stays null for the working tree to fill.
 */
function ciVariableFacts(env) {
    const gitlab = env.GITLAB_CI === 'true';
    const projectUrl = (0,json/* text */.Qq)(env.CI_PROJECT_URL)?.replace(/\/+$/, '') ?? null;
    const sha = (0,json/* text */.Qq)(env.CI_COMMIT_SHA);
    const tag = (0,json/* text */.Qq)(env.CI_COMMIT_TAG);
    const branch = (0,json/* text */.Qq)(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ??
        (0,json/* text */.Qq)(env.CI_COMMIT_BRANCH) ??
        (tag ? null : (0,json/* text */.Qq)(env.CI_COMMIT_REF_NAME));
    const mergeRequest = (0,json/* integer */.nd)(env.CI_MERGE_REQUEST_IID);
    const mergeRequestProject = (0,json/* text */.Qq)(env.CI_MERGE_REQUEST_PROJECT_URL)?.replace(/\/+$/, '') ?? projectUrl;
    const author = parseAuthor((0,json/* text */.Qq)(env.CI_COMMIT_AUTHOR));
    const provider = gitlab ? 'gitlab' : null;
    return {
        git: {
            provider,
            repository: (0,json/* text */.Qq)(env.CI_PROJECT_PATH),
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
                message: (0,json/* text */.Qq)(env.CI_COMMIT_MESSAGE)?.replace(/\s+$/, '') ?? null,
                url: sha && projectUrl ? (0,remote_url/* commitUrl */.Bg)(gitlab ? 'gitlab' : null, projectUrl, sha) : null,
                author,
                timestamp: (0,time/* isoTime */.L)(env.CI_COMMIT_TIMESTAMP),
            },
            pull_request: mergeRequest !== null
                ? {
                    number: mergeRequest,
                    title: (0,json/* text */.Qq)(env.CI_MERGE_REQUEST_TITLE),
                    url: mergeRequestProject
                        ? `${mergeRequestProject}/-/merge_requests/${mergeRequest}`
                        : null,
                    author: null,
                }
                : null,
        },
        ci: {
            provider: gitlab ? 'gitlab-ci' : env.CI && env.CI !== 'false' ? 'other' : 'local',
            workflow: (0,json/* text */.Qq)(env.CI_PIPELINE_NAME),
            run_id: (0,json/* text */.Qq)(env.CI_PIPELINE_ID),
            run_number: (0,json/* integer */.nd)(env.CI_PIPELINE_IID),
            run_attempt: null,
            run_url: (0,json/* text */.Qq)(env.CI_PIPELINE_URL),
            job: (0,json/* text */.Qq)(env.CI_JOB_NAME),
            actor: (0,json/* text */.Qq)(env.GITLAB_USER_LOGIN),
            event: (0,json/* text */.Qq)(env.CI_PIPELINE_SOURCE),
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

// EXTERNAL MODULE: ./.build/src/report/source/github.js
var github = __webpack_require__(27815);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./.build/src/report/source/working-tree.js



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
    const web = remote ? (0,remote_url/* remoteToWeb */.kL)(remote) : null;
    if (web) {
        facts.repository_url = web.url;
        facts.repository ??= web.path;
        facts.provider ??= (0,remote_url/* providerOf */.lc)(web.host);
    }
    else if (facts.commit.sha) {
        facts.provider ??= 'git';
    }
    if (facts.commit.sha && facts.repository_url) {
        facts.commit.url ??= (0,remote_url/* commitUrl */.Bg)(facts.provider, facts.repository_url, facts.commit.sha);
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
    commit.timestamp ??= (0,time/* isoTime */.L)(timestamp);
}

;// CONCATENATED MODULE: ./.build/src/report/source/read.js



/**
 * The Git and CI facts of this run. On GitHub Actions (GITHUB_ACTIONS) they come from the
 * GITHUB_* variables and the event payload at GITHUB_EVENT_PATH, read from `env` (not from
 * @actions/github, whose context reads process.env once at import). On GitLab CI, from its CI_*
 * variables, which tell more than env-ci reads (commit message, author, merge request title).
 * On the other CIs env-ci knows, from env-ci (env-ci.ts); on none of them, from CI_* variables
 * where set. Outside GitHub, what the variables do not tell is asked of `git` in the working
 * directory, and on every CI what they do not tell about the reported commit.
 */
async function readSourceFacts(env, options = {}) {
    const debug = options.debug ?? (() => { });
    const cwd = options.cwd ?? process.cwd();
    const git = options.git ?? gitIn(cwd, debug);
    let facts;
    if (env.GITHUB_ACTIONS === 'true')
        facts = (0,github/* githubFacts */.J)(env, (0,github/* readEvent */.j)(env, debug));
    else if (env.GITLAB_CI === 'true')
        facts = ciVariableFacts(env);
    else {
        // Loaded here only: env-ci costs start-up time GitHub runs need not pay.
        const { envCiFacts } = await Promise.all(/* import() */[__webpack_require__.e(73), __webpack_require__.e(662)]).then(__webpack_require__.bind(__webpack_require__, 14662));
        facts = envCiFacts(env, cwd) ?? ciVariableFacts(env);
    }
    if (env.GITHUB_ACTIONS !== 'true')
        await fillFromWorkingTree(facts.git, git);
    await fillCommit(facts.git, git);
    return facts;
}

// EXTERNAL MODULE: ./.build/src/credentials/kinds.js
var kinds = __webpack_require__(19829);
// EXTERNAL MODULE: ./.build/src/concurrency.js
var concurrency = __webpack_require__(19688);
// EXTERNAL MODULE: ./.build/src/oci/manifest.js
var oci_manifest = __webpack_require__(66908);
;// CONCATENATED MODULE: ./.build/src/report/layers.js



/**
 * The manifest's layers, each with the history entry that made it, in build order. History
 * entries with `empty_layer: true` made no layer and are listed as empty ones; every other entry
 * made the next layer, as `docker history` pairs them. Layers left over when the history runs
 * short (a config written by hand, or `history` absent) are listed without a history entry;
 * entries left over when the layers run short name no layer and are dropped.
 */
function layersWithHistory(layers, history) {
    const entries = Array.isArray(history)
        ? history.filter((e) => typeof e === 'object' && e !== null)
        : [];
    const out = [];
    let next = 0;
    for (const entry of entries) {
        const empty = entry.empty_layer === true;
        if (!empty && next >= layers.length)
            continue;
        out.push({
            ...(empty ? NO_LAYER : layerOf(layers[next++])),
            created_by: (0,json/* text */.Qq)(entry.created_by),
            created: (0,time/* isoTime */.L)(entry.created),
            comment: (0,json/* text */.Qq)(entry.comment),
            empty_layer: empty,
        });
    }
    for (const layer of layers.slice(next)) {
        out.push({
            ...layerOf(layer),
            created_by: null,
            created: null,
            comment: null,
            empty_layer: false,
        });
    }
    return out;
}
const NO_LAYER = { digest: null, size: 0, media_type: null };
/** A manifest's layer descriptor as the report carries it; what is malformed in it, as unknown. */
function layerOf(layer) {
    const digest = typeof layer?.digest === 'string' && (0,oci_reference/* isValidDigest */.fH)(layer.digest) ? layer.digest : null;
    const size = layer?.size;
    return {
        digest,
        size: typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : 0,
        media_type: (0,json/* text */.Qq)(layer?.mediaType),
    };
}
/** The longest instruction the summary shows; the report carries it whole. */
const INSTRUCTION_LENGTH = 120;
/**
 * A history entry's `created_by` as a Dockerfile instruction, for people: the classic builder's
 * `/bin/sh -c #(nop) ` prefix (which marks a non-RUN instruction) is dropped and its other
 * commands become `RUN …`; BuildKit's ` # buildkit` suffix is dropped; long ones are cut.
 */
function instructionOf(createdBy) {
    if (!createdBy)
        return '';
    let instruction = createdBy.trim().replace(/\s+# buildkit$/, '');
    const nop = /^\/bin\/sh -c #\(nop\)\s+/.exec(instruction);
    if (nop)
        instruction = instruction.slice(nop[0].length);
    else if (instruction.startsWith('/bin/sh -c '))
        instruction = `RUN ${instruction}`;
    instruction = instruction.replace(/\s+/g, ' ');
    return instruction.length > INSTRUCTION_LENGTH
        ? `${instruction.slice(0, INSTRUCTION_LENGTH - 1)}…`
        : instruction;
}

;// CONCATENATED MODULE: ./.build/src/report/image-facts.js






const BASE_NAME = 'org.opencontainers.image.base.name';
const BASE_DIGEST = 'org.opencontainers.image.base.digest';
/** The platform manifest a BuildKit attestation manifest is about. */
const ATTESTATION_SUBJECT = 'vnd.docker.reference.digest';
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
    return (await readImageAndParts(repository, image, endpoint, debug)).facts;
}
/** The image's facts, and its parts for what refers to them and what they hold. */
async function readImageAndParts(repository, image, endpoint, debug = () => { }) {
    const root = await repository.getManifest((0,oci_reference/* manifestRef */.rx)(image));
    const where = `${repository.label}: ${repository.name}`;
    const platforms = [];
    const parts = [root.digest];
    const attestations = [];
    let rootAnnotations;
    if ((0,oci_manifest/* isIndexMediaType */.$$)(root.mediaType)) {
        const index = (0,oci_manifest/* parseImageIndex */.n4)(root, where);
        rootAnnotations = index.annotations;
        // Validated: every entry is a descriptor with a well-formed digest.
        for (const { digest } of index.manifests)
            if (!parts.includes(digest))
                parts.push(digest);
        const limit = (0,concurrency/* createLimiter */.z)(CHILD_CONCURRENCY);
        const entries = (0,oci_manifest/* platformManifests */.OS)(index, (entry) => {
            debug(`skipping attestation ${entry.digest}`);
            const subject = entry.annotations?.[ATTESTATION_SUBJECT];
            if (subject && (0,oci_reference/* isValidDigest */.fH)(subject))
                attestations.push({ digest: entry.digest, subject });
        });
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
    const facts = {
        reference: (0,oci_reference/* formatReference */.FH)(image),
        registry: {
            domain: endpoint.domain,
            integration: endpoint.integration?.name ?? null,
            kind: endpoint.integration?.kind ?? (0,kinds/* kindOfDomain */.W9)(endpoint.domain),
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
        // An index's annotations speak for the whole image; buildx writes them on each platform
        // manifest too (`annotations: manifest:…`), where the first platform's stand for all.
        base: baseImage(rootAnnotations) ?? baseImage(first?.annotations),
    };
    const layers = new Map(platforms.map((p) => [p.facts.digest, p.manifestLayers]));
    return { facts, parts, attestations, layers };
}
/** The base image the annotations name; null when they name none. */
function baseImage(annotations) {
    if (typeof annotations !== 'object' || annotations === null)
        return null;
    const values = annotations;
    const name = typeof values[BASE_NAME] === 'string' && values[BASE_NAME] ? values[BASE_NAME] : null;
    const digest = typeof values[BASE_DIGEST] === 'string' && (0,oci_reference/* isValidDigest */.fH)(values[BASE_DIGEST])
        ? values[BASE_DIGEST]
        : null;
    return name || digest ? { name, digest } : null;
}
async function readPlatform(repository, entry, where, debug) {
    const raw = await repository.getManifest(entry.digest);
    if ((0,oci_manifest/* isIndexMediaType */.$$)(raw.mediaType)) {
        debug(`skipping nested index ${entry.digest}`);
        return undefined;
    }
    return readPlatformManifest(repository, raw, entry.platform, where);
}
async function readPlatformManifest(repository, raw, declared, where) {
    const manifest = (0,oci_manifest/* parseManifestContents */.XE)(raw, where);
    if (!manifest.config)
        return undefined;
    const configBytes = await repository.getBlob(manifest.config.digest);
    let config = {};
    try {
        config = (0,oci_manifest/* parseImageConfig */.FB)(configBytes, manifest.config.digest, where);
    }
    catch {
        // An artifact's config need not be an image config, nor JSON: the image is still reported,
        // without config facts.
    }
    const os = declared?.os ?? config.os;
    const architecture = declared?.architecture ?? config.architecture;
    // Not an image for any platform (an artifact such as a Helm chart or a signature).
    if (!os || !architecture)
        return undefined;
    const layers = manifest.layers;
    const blobs = [
        [manifest.config.digest, manifest.config.size],
        ...layers.map((layer) => [layer.digest, layer.size]),
    ];
    return {
        facts: {
            os,
            architecture,
            // The index's platform first; the config's where the index leaves it out.
            variant: declared?.variant || config.variant || null,
            os_version: declared?.['os.version'] || config['os.version'] || null,
            digest: raw.digest,
            image_id: manifest.config.digest,
            size: blobs.reduce((sum, [, size]) => sum + size, 0),
            created: (0,time/* isoTime */.L)(config.created),
            layers: layersWithHistory(layers, config.history),
        },
        labels: { ...(config.config?.Labels ?? {}) },
        annotations: manifest.annotations,
        blobs,
        manifestLayers: layers,
    };
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

;// CONCATENATED MODULE: ./.build/src/report/contents/sbom.js

/** Packages listed in a report at most: a list for a dashboard, not a copy of the SBOM. */
const PACKAGE_LIST_LIMIT = 5000;
/** Components an SBOM may nest (CycloneDX) counted at most: past it the document is refused. */
const COMPONENT_LIMIT = 1_000_000;
const FIELD_LENGTH = 512;
/** What kind of SBOM a document is, by its own fields; undefined for neither. */
function sbomFormat(document) {
    if (!(0,json/* isObject */.Gv)(document))
        return undefined;
    if (typeof document.spdxVersion === 'string')
        return 'spdx';
    if (document.bomFormat === 'CycloneDX')
        return 'cyclonedx';
    return undefined;
}
/** An SPDX 2.x or CycloneDX JSON SBOM read; a reason in words when it is neither. */
function readSbom(document) {
    const format = sbomFormat(document);
    if (format === 'spdx')
        return readSpdx(document);
    if (format === 'cyclonedx')
        return readCycloneDx(document);
    return 'it is neither an SPDX nor a CycloneDX JSON document';
}
function cut(value) {
    return value === null ? null : value.slice(0, FIELD_LENGTH);
}
/** The purl's type: `pkg:deb/debian/bash@5.2` → `deb`. */
function purlType(purl) {
    // Every registered purl type is letters, digits, `+` or `-`; the dot the spec also allows is
    // left out, so no type shows as a web address in a summary.
    const match = purl ? /^pkg:\/{0,2}([a-zA-Z][a-zA-Z0-9+-]{0,31})\//.exec(purl) : null;
    return match ? match[1].toLowerCase() : 'unknown';
}
/** A purl's `distro` qualifier (`distro=debian-12`, `distro=alpine-3.20.3`) as a distro. */
function distroOfPurl(purl) {
    const qualifier = purl ? /[?&]distro=([^&#]+)/.exec(purl) : null;
    if (!qualifier)
        return null;
    const value = decodeURIComponent(qualifier[1]);
    const match = /^([a-z][a-z0-9._]*?)-(\d[\w.]*)$/.exec(value);
    return match
        ? { id: match[1], version_id: match[2], pretty_name: null }
        : { id: value.slice(0, FIELD_LENGTH), version_id: null, pretty_name: null };
}
function tally(entries) {
    const byType = {};
    for (const entry of entries)
        byType[entry.type] = (byType[entry.type] ?? 0) + 1;
    return { total: entries.length, by_type: byType, entries };
}
function readSpdx(document) {
    if (!Array.isArray(document.packages) && document.packages !== undefined)
        return 'its packages are not a list';
    const packages = (Array.isArray(document.packages) ? document.packages : []).filter(json/* isObject */.Gv);
    const described = describedIds(document);
    const entries = [];
    let distro = null;
    for (const pkg of packages) {
        const purpose = (0,json/* text */.Qq)(pkg.primaryPackagePurpose);
        const name = cut((0,json/* text */.Qq)(pkg.name)) ?? '';
        const version = cut((0,json/* text */.Qq)(pkg.versionInfo));
        if (purpose === 'OPERATING-SYSTEM') {
            distro ??= { id: name.toLowerCase() || null, version_id: version, pretty_name: null };
            continue;
        }
        const purl = cut(spdxPurl(pkg));
        // The image itself, which the document describes, is no package of it.
        if (purpose === 'CONTAINER')
            continue;
        if (described.has(String(pkg.SPDXID)) && (!purl || /^pkg:(oci|docker)\//.test(purl)))
            continue;
        entries.push({ name, version, type: purlType(purl), purl });
    }
    distro ??= firstPurlDistro(entries);
    return {
        packages: tally(entries),
        format: 'spdx',
        version: cut((0,json/* text */.Qq)(document.spdxVersion)),
        distro,
    };
}
/** The ids an SPDX document says it describes: `documentDescribes` and DESCRIBES relationships. */
function describedIds(document) {
    const ids = new Set();
    if (Array.isArray(document.documentDescribes))
        for (const id of document.documentDescribes)
            if (typeof id === 'string')
                ids.add(id);
    const ownId = (0,json/* text */.Qq)(document.SPDXID) ?? 'SPDXRef-DOCUMENT';
    if (Array.isArray(document.relationships)) {
        for (const r of document.relationships) {
            if (!(0,json/* isObject */.Gv)(r) || r.relationshipType !== 'DESCRIBES' || r.spdxElementId !== ownId)
                continue;
            if (typeof r.relatedSpdxElement === 'string')
                ids.add(r.relatedSpdxElement);
        }
    }
    return ids;
}
function spdxPurl(pkg) {
    if (!Array.isArray(pkg.externalRefs))
        return null;
    for (const ref of pkg.externalRefs) {
        if ((0,json/* isObject */.Gv)(ref) && ref.referenceType === 'purl') {
            const locator = (0,json/* text */.Qq)(ref.referenceLocator);
            if (locator?.startsWith('pkg:'))
                return locator;
        }
    }
    return null;
}
function firstPurlDistro(entries) {
    for (const entry of entries) {
        const distro = distroOfPurl(entry.purl);
        if (distro)
            return distro;
    }
    return null;
}
function readCycloneDx(document) {
    if (document.components !== undefined && !Array.isArray(document.components))
        return 'its components are not a list';
    const entries = [];
    let distro = null;
    // Components nest (an application's own dependencies): walked breadth first in document
    // order, without recursion, bounded.
    const pending = [...(document.components ?? [])];
    for (let next = 0; next < pending.length; next++) {
        if (next >= COMPONENT_LIMIT)
            return `it holds more than ${COMPONENT_LIMIT} components`;
        const component = pending[next];
        if (!(0,json/* isObject */.Gv)(component))
            continue;
        if (Array.isArray(component.components))
            pending.push(...component.components);
        const name = cut((0,json/* text */.Qq)(component.name)) ?? '';
        const version = cut((0,json/* text */.Qq)(component.version));
        if (component.type === 'operating-system') {
            distro ??= {
                id: name.toLowerCase() || null,
                version_id: version,
                pretty_name: cut((0,json/* text */.Qq)(component.description)),
            };
            continue;
        }
        if (component.type === 'container')
            continue;
        const purl = cut((0,json/* text */.Qq)(component.purl));
        entries.push({ name, version, type: purlType(purl), purl });
    }
    distro ??= firstPurlDistro(entries);
    return {
        packages: tally(entries),
        format: 'cyclonedx',
        version: cut((0,json/* text */.Qq)(document.specVersion)),
        distro,
    };
}

// EXTERNAL MODULE: ./.build/src/oci/digest.js
var digest = __webpack_require__(76889);
// EXTERNAL MODULE: ./.build/src/http/read.js
var read = __webpack_require__(25186);
// EXTERNAL MODULE: ./.build/src/units.js
var units = __webpack_require__(31496);
// EXTERNAL MODULE: ./.build/src/log-text.js
var log_text = __webpack_require__(88005);
;// CONCATENATED MODULE: ./.build/src/report/contents/statement.js

const DSSE_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The statement in a document; a reason in words when it holds none. */
function decodeStatement(document) {
    if (!(0,json/* isObject */.Gv)(document))
        return 'it is not a JSON object';
    // A Sigstore bundle (v0.1–v0.3): the envelope is a field of it.
    if ((0,json/* isObject */.Gv)(document.dsseEnvelope))
        return fromEnvelope(document.dsseEnvelope);
    if (typeof document.payloadType === 'string')
        return fromEnvelope(document);
    return fromStatement(document, false);
}
function fromEnvelope(envelope) {
    if (envelope.payloadType !== DSSE_PAYLOAD_TYPE)
        return `its envelope carries ${String(envelope.payloadType).slice(0, 80)}, not an in-toto statement`;
    const payload = (0,json/* text */.Qq)(envelope.payload);
    if (!payload || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(payload))
        return 'its envelope has no base64 payload';
    let statement;
    try {
        statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    }
    catch {
        return 'its envelope payload is not JSON';
    }
    const signatures = Array.isArray(envelope.signatures) ? envelope.signatures : [];
    const signed = signatures.some((s) => (0,json/* isObject */.Gv)(s) && (0,json/* text */.Qq)(s.sig) !== null);
    return fromStatement(statement, signed);
}
function fromStatement(statement, signed) {
    if (!(0,json/* isObject */.Gv)(statement))
        return 'its statement is not a JSON object';
    const predicateType = (0,json/* text */.Qq)(statement.predicateType);
    if (!predicateType)
        return 'its statement has no predicateType';
    // cosign's custom type wraps the predicate's text as { Data, Timestamp }; SBOMs and scans are
    // objects in every type this reads.
    if (!(0,json/* isObject */.Gv)(statement.predicate))
        return 'its statement has no predicate object';
    return { predicateType, predicate: statement.predicate, signed };
}

;// CONCATENATED MODULE: ./.build/src/report/contents/vulnerabilities.js


const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
/** Findings read at most from one scan: a result listing more is refused, not half counted. */
const FINDING_LIMIT = 1_000_000;
const vulnerabilities_FIELD_LENGTH = 256;
function vulnerabilities_cut(value) {
    return value === null ? null : value.slice(0, vulnerabilities_FIELD_LENGTH);
}
function severityOf(value) {
    const name = typeof value === 'string' ? value.toLowerCase() : '';
    return SEVERITIES.includes(name) ? name : 'unknown';
}
/**
 * cosign's vulnerability scan record (`https://cosign.sigstore.dev/attestation/vuln/v1`):
 * `scanner` (uri, version, db, result) and `metadata` (scanStartedOn, scanFinishedOn). The result
 * is the scanner's own report: Trivy's JSON (`Results[].Vulnerabilities[].Severity`, what
 * `trivy --format cosign-vuln` writes) or Grype's (`matches[].vulnerability.severity`).
 */
function readVulnScan(predicate) {
    const scanner = (0,json/* isObject */.Gv)(predicate.scanner) ? predicate.scanner : undefined;
    if (!scanner)
        return 'its predicate has no scanner';
    const severities = findings(scanner.result);
    if (typeof severities === 'string')
        return severities;
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const severity of severities)
        bySeverity[severityOf(severity)]++;
    const uri = vulnerabilities_cut((0,json/* text */.Qq)(scanner.uri));
    const db = (0,json/* isObject */.Gv)(scanner.db) ? scanner.db : {};
    const metadata = (0,json/* isObject */.Gv)(predicate.metadata) ? predicate.metadata : {};
    const database = {
        uri: vulnerabilities_cut((0,json/* text */.Qq)(db.uri)),
        version: vulnerabilities_cut((0,json/* text */.Qq)(db.version)),
        built_at: databaseBuilt(scanner.result),
    };
    return {
        by_severity: bySeverity,
        total: severities.length,
        scanner: { name: scannerName(uri), version: vulnerabilities_cut((0,json/* text */.Qq)(scanner.version)), uri },
        database: database.uri || database.version || database.built_at ? database : null,
        scanned_at: (0,time/* isoTime */.L)(metadata.scanFinishedOn) ?? (0,time/* isoTime */.L)(metadata.scanStartedOn),
    };
}
/**
 * The scanner's name from its uri: a purl's name (`pkg:github/aquasecurity/trivy@v0.50.1` →
 * `trivy`), a GitHub or GitLab address's repository
 * (`https://github.com/anchore/grype/releases/tag/v0.80.0` → `grype`), else the last segment.
 */
function scannerName(uri) {
    if (!uri)
        return null;
    const forge = /^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/]+\/([^/?#]+)/.exec(uri);
    if (forge)
        return forge[1];
    const path = uri.replace(/[?#].*$/, '').replace(/@[^/]*$/, '');
    return path.split(/[/:]/).filter(Boolean).pop() ?? null;
}
/** When Grype's database was built: `descriptor.db.built` (`descriptor.db.status.built` since v0.88). */
function databaseBuilt(result) {
    const descriptor = (0,json/* isObject */.Gv)(result) && (0,json/* isObject */.Gv)(result.descriptor) ? result.descriptor : {};
    const db = (0,json/* isObject */.Gv)(descriptor.db) ? descriptor.db : {};
    return (0,time/* isoTime */.L)(db.built) ?? (0,time/* isoTime */.L)((0,json/* isObject */.Gv)(db.status) ? db.status.built : undefined);
}
/** The severities of a scan result's findings, in the shapes known; a reason when none fits. */
function findings(result) {
    if (!(0,json/* isObject */.Gv)(result))
        return 'its scanner has no result object';
    const severities = [];
    const add = (severity) => {
        severities.push(severity);
        return severities.length <= FINDING_LIMIT;
    };
    if (Array.isArray(result.Results)) {
        for (const target of result.Results) {
            if (!(0,json/* isObject */.Gv)(target) || !Array.isArray(target.Vulnerabilities))
                continue;
            for (const v of target.Vulnerabilities)
                if ((0,json/* isObject */.Gv)(v) && !add(v.Severity))
                    return tooMany();
        }
        return severities;
    }
    if (Array.isArray(result.matches)) {
        for (const match of result.matches) {
            const vulnerability = (0,json/* isObject */.Gv)(match) ? match.vulnerability : undefined;
            if ((0,json/* isObject */.Gv)(vulnerability) && !add(vulnerability.severity))
                return tooMany();
        }
        return severities;
    }
    return 'its result is neither a Trivy nor a Grype report';
}
function tooMany() {
    return `its result lists more than ${FINDING_LIMIT} findings`;
}
/** Whether a document is OpenVEX, by its `@context`. */
function isOpenVex(document) {
    return ((0,json/* isObject */.Gv)(document) &&
        typeof document['@context'] === 'string' &&
        document['@context'].startsWith('https://openvex.dev/ns'));
}
/** An OpenVEX document's statements counted by status. */
function readOpenVex(document) {
    if (!Array.isArray(document.statements))
        return 'its statements are not a list';
    if (document.statements.length > FINDING_LIMIT)
        return `it has more than ${FINDING_LIMIT} statements`;
    const byStatus = {};
    let total = 0;
    for (const statement of document.statements) {
        if (!(0,json/* isObject */.Gv)(statement))
            continue;
        const status = /^[a-z_]{1,40}$/.test(String(statement.status))
            ? String(statement.status)
            : 'unknown';
        byStatus[status] = (byStatus[status] ?? 0) + 1;
        total++;
    }
    return {
        by_status: byStatus,
        total,
        author: vulnerabilities_cut((0,json/* text */.Qq)(document.author)),
        timestamp: (0,time/* isoTime */.L)(document.timestamp),
    };
}

;// CONCATENATED MODULE: ./.build/src/report/contents/provenance.js


const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';
/** Where BuildKit keeps the Git facts of the build context in both versions. */
const BUILDKIT_METADATA = 'https://mobyproject.org/buildkit@v1#metadata';
/** The Dockerfile frontend image a `# syntax=` line pulls: a material, not a base image. */
const FRONTEND_IMAGE = /^(docker\.io\/)?docker\/dockerfile(-upstream)?[:@]/;
const MATERIAL_LIMIT = 1000;
const provenance_FIELD_LENGTH = 512;
function provenance_cut(value) {
    return value === null ? null : value.slice(0, provenance_FIELD_LENGTH);
}
function isProvenance(predicateType) {
    return predicateType === SLSA_V02 || predicateType.startsWith(SLSA_V1);
}
/**
 * SLSA provenance v0.2 (`builder.id`, `buildType`, `invocation.configSource`, `materials`) or v1
 * (`runDetails.builder.id`, `buildDefinition.buildType`, `externalParameters`,
 * `resolvedDependencies`), as BuildKit, the SLSA GitHub generator and `cosign attest --type
 * slsaprovenance*` write them. The source is BuildKit's `vcs` metadata, else a Git config source
 * or dependency, else GitHub's workflow parameters.
 */
function readProvenance(predicateType, predicate) {
    if (predicateType === SLSA_V02) {
        const invocation = (0,json/* isObject */.Gv)(predicate.invocation) ? predicate.invocation : {};
        const materials = list(predicate.materials);
        return {
            predicate_type: predicateType,
            builder_id: provenance_cut((0,json/* text */.Qq)((0,json/* isObject */.Gv)(predicate.builder) ? predicate.builder.id : undefined)),
            build_type: provenance_cut((0,json/* text */.Qq)(predicate.buildType)),
            source: sourceOf(predicate.metadata, invocation.configSource, materials, undefined),
            base_images: imagesOf(materials),
        };
    }
    if (!(0,json/* isObject */.Gv)(predicate.buildDefinition) && !(0,json/* isObject */.Gv)(predicate.runDetails))
        return 'its predicate has neither buildDefinition nor runDetails';
    const definition = (0,json/* isObject */.Gv)(predicate.buildDefinition) ? predicate.buildDefinition : {};
    const run = (0,json/* isObject */.Gv)(predicate.runDetails) ? predicate.runDetails : {};
    const external = (0,json/* isObject */.Gv)(definition.externalParameters) ? definition.externalParameters : {};
    const dependencies = list(definition.resolvedDependencies);
    return {
        predicate_type: predicateType,
        builder_id: provenance_cut((0,json/* text */.Qq)((0,json/* isObject */.Gv)(run.builder) ? run.builder.id : undefined)),
        build_type: provenance_cut((0,json/* text */.Qq)(definition.buildType)),
        source: sourceOf(run.metadata, external.configSource, dependencies, external.workflow),
        base_images: imagesOf(dependencies),
    };
}
function list(value) {
    return Array.isArray(value) ? value.slice(0, MATERIAL_LIMIT).filter(json/* isObject */.Gv) : [];
}
function gitCommit(digest) {
    if (!(0,json/* isObject */.Gv)(digest))
        return null;
    const commit = (0,json/* text */.Qq)(digest.gitCommit) ?? (0,json/* text */.Qq)(digest.sha1);
    return commit && /^[a-f0-9]{40,64}$/.test(commit) ? commit : null;
}
/** A Git URI as a repository address: `git+https://github.com/o/r@refs/heads/main` → its URL. */
function repositoryOf(uri) {
    if (!uri)
        return null;
    const match = /^(?:git\+)?((?:https?|ssh|git):\/\/[^/]+)([^#]*)/.exec(uri);
    if (!match)
        return null;
    // The ref follows the path after an `@` (`…/shop@refs/heads/main`); one in the host part is a
    // user (`ssh://git@github.com/…`).
    return provenance_cut(`${match[1]}${match[2].replace(/@.*$/, '')}`);
}
function sourceOf(metadata, configSource, materials, workflow) {
    const buildkit = (0,json/* isObject */.Gv)(metadata) ? metadata[BUILDKIT_METADATA] : undefined;
    const vcs = (0,json/* isObject */.Gv)(buildkit) && (0,json/* isObject */.Gv)(buildkit.vcs) ? buildkit.vcs : undefined;
    if (vcs && ((0,json/* text */.Qq)(vcs.source) || (0,json/* text */.Qq)(vcs.revision))) {
        return { repository: provenance_cut((0,json/* text */.Qq)(vcs.source)), commit: provenance_cut((0,json/* text */.Qq)(vcs.revision)) };
    }
    if ((0,json/* isObject */.Gv)(configSource)) {
        const repository = repositoryOf((0,json/* text */.Qq)(configSource.uri));
        if (repository)
            return { repository, commit: gitCommit(configSource.digest) };
    }
    for (const material of materials) {
        const repository = repositoryOf((0,json/* text */.Qq)(material.uri));
        if (repository && (0,json/* text */.Qq)(material.uri)?.startsWith('git+'))
            return { repository, commit: gitCommit(material.digest) };
    }
    if ((0,json/* isObject */.Gv)(workflow) && (0,json/* text */.Qq)(workflow.repository)) {
        return { repository: provenance_cut((0,json/* text */.Qq)(workflow.repository)), commit: null };
    }
    return { repository: null, commit: null };
}
/** The images among materials: `pkg:docker/alpine@3.20?platform=…` with its sha256 digest. */
function imagesOf(materials) {
    const images = [];
    for (const material of materials) {
        const name = imageName((0,json/* text */.Qq)(material.uri));
        if (!name)
            continue;
        const sha = (0,json/* isObject */.Gv)(material.digest) ? (0,json/* text */.Qq)(material.digest.sha256) : null;
        const digest = sha && (0,oci_reference/* isValidDigest */.fH)(`sha256:${sha}`) ? `sha256:${sha}` : null;
        images.push({ name, digest });
    }
    return images;
}
/** A docker purl as a reference: `pkg:docker/library/alpine@3.20?…` → `library/alpine:3.20`. */
function imageName(uri) {
    const match = uri ? /^pkg:docker\/([^?#@]+)(?:@([^?#]+))?/.exec(uri) : null;
    if (!match)
        return null;
    let name;
    let version;
    try {
        name = decodeURIComponent(match[1]);
        version = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    }
    catch {
        return null;
    }
    const reference = version ? `${name}${version.includes(':') ? '@' : ':'}${version}` : name;
    return provenance_cut(reference);
}
/**
 * The one base image provenance names, for `base` where the annotations say none: the images
 * pulled, less the Dockerfile frontend; none when there are several (a multi-stage build's
 * materials do not say which stage made the image).
 */
function soleBaseImage(provenance) {
    const images = provenance.base_images.filter((image) => !FRONTEND_IMAGE.test(image.name));
    return images.length === 1 ? images[0] : null;
}

;// CONCATENATED MODULE: ./.build/src/report/contents/documents.js












/** Bounds on the documents read from attachments (SBOMs, scans, provenance). */
const DocumentLimit = {
    /** One document: a full SPDX SBOM of a large image is some MiB; 32 leaves room. */
    bytes: 32 * 1024 * 1024,
    /** Documents read for one report in all: a registry listing thousands is not read through. */
    count: 64,
    /** Layers of one manifest looked at: a cosign `.att` tag gathers one per `cosign attest`. */
    layersPerManifest: 32,
    /** Manifests read for their documents in all (4 MiB each at most). */
    manifests: 128,
};
const SPDX_PREDICATE = 'https://spdx.dev/Document';
const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
const VULN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const OPENVEX_PREDICATE = 'https://openvex.dev/ns';
/** Layer media types that hold a statement, bare or in an envelope. */
const STATEMENT_TYPES = [
    'application/vnd.in-toto+json',
    'application/vnd.dsse.envelope.v1+json',
    'application/vnd.dev.sigstore.bundle',
];
/** Artifact and layer media types of documents read as they are. */
const DOCUMENT_TYPES = [
    'application/spdx+json',
    'text/spdx+json',
    'application/vnd.cyclonedx+json',
    'application/vnd.cyclonedx',
    'application/openvex+json',
    'application/vnd.openvex+json',
];
function isOneOf(mediaType, types) {
    return !!mediaType && types.some((type) => mediaType.startsWith(type));
}
/** Whether a referrer may hold what the report reads, by its artifact type or cosign tag. */
function mayHoldDocuments(artifactType, tag) {
    if (tag)
        return tag.endsWith('.att') || tag.endsWith('.sbom');
    // A referrers tag index written by go-containerregistry (cosign's Sigstore bundles) lists the
    // empty config's type, not the manifest's artifactType: such a manifest is read to find out.
    if (artifactType === null || artifactType === EMPTY_CONFIG)
        return true;
    return isOneOf(artifactType, [...STATEMENT_TYPES, ...DOCUMENT_TYPES]);
}
const EMPTY_CONFIG = 'application/vnd.oci.empty.v1+json';
const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle';
/** A manifest's own `artifactType`, which parseManifestContents does not keep. */
function ownArtifactType(bytes) {
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        return (0,json/* isObject */.Gv)(parsed) && typeof parsed.artifactType === 'string' ? parsed.artifactType : null;
    }
    catch {
        return null;
    }
}
/** Whether a predicate type is one the report reads; a layer annotated otherwise is not read. */
function readablePredicate(type) {
    return (type.startsWith(SPDX_PREDICATE) ||
        type.startsWith(CYCLONEDX_PREDICATE) ||
        type === VULN_PREDICATE ||
        type.startsWith(OPENVEX_PREDICATE) ||
        isProvenance(type));
}
/**
 * The findings of one manifest (a referrer or an attestation manifest), each layer a document,
 * the last layer first.
 * A layer that is not what it claims, too large, or of no shape read here is skipped with a
 * warning naming the manifest: an odd attachment never fails the report.
 */
async function readDocuments(reader, origin, artifactType) {
    if (++reader.read.manifests > DocumentLimit.manifests) {
        if (reader.read.manifests === DocumentLimit.manifests + 1)
            reader.warn(`${reader.where}: more than ${DocumentLimit.manifests} attachments: ${origin.label} and the rest are not read`);
        return [];
    }
    const raw = await reader.source.getManifest(origin.digest);
    const manifest = (0,oci_manifest/* parseManifestContents */.XE)(raw, reader.where);
    artifactType = ownArtifactType(raw.bytes) ?? artifactType;
    if (artifactType?.startsWith(SIGSTORE_BUNDLE))
        reader.sigstoreBundles.add(origin.digest);
    const findings = [];
    // cosign appends each `cosign attest` to the `.att` tag's layers: the newest come last, and are
    // read first (and only they, past the bound), so a re-run scan counts over the one before it.
    const layers = manifest.layers.slice(-DocumentLimit.layersPerManifest).reverse();
    if (manifest.layers.length > layers.length)
        reader.warn(`${reader.where}: ${origin.label} has ${manifest.layers.length} layers: only the last ${layers.length} are read`);
    for (const layer of layers) {
        const annotated = predicateAnnotation(layer);
        if (annotated && !readablePredicate(annotated)) {
            reader.debug(`${origin.label}: passing over a ${(0,log_text/* escapeLogText */.dD)(annotated)} attestation`);
            continue;
        }
        const statement = isOneOf(layer.mediaType, STATEMENT_TYPES);
        if (!statement &&
            !isOneOf(layer.mediaType, DOCUMENT_TYPES) &&
            !isOneOf(artifactType, DOCUMENT_TYPES))
            continue;
        if (++reader.read.count > DocumentLimit.count) {
            if (reader.read.count === DocumentLimit.count + 1)
                reader.warn(`${reader.where}: more than ${DocumentLimit.count} attached documents: ${origin.label} and the rest are not read`);
            return findings;
        }
        const skip = (why) => reader.warn(`${reader.where}: ${origin.label}: skipping ${layer.digest}: ${(0,log_text/* escapeLogText */.dD)(why)}`);
        let document;
        try {
            document = JSON.parse((await readBlob(reader, layer)).toString('utf8'));
        }
        catch (error) {
            if (error instanceof SyntaxError)
                skip('it is not JSON');
            else if (isAttachmentProblem(error))
                skip(error.message);
            else
                throw error;
            continue;
        }
        const finding = statement
            ? documents_fromStatement(document, origin)
            : fromDocument(document, origin, false);
        if (typeof finding === 'string')
            skip(finding);
        else if (finding)
            findings.push(finding);
    }
    return findings;
}
function predicateAnnotation(layer) {
    const annotations = layer.annotations ?? {};
    return annotations['in-toto.io/predicate-type'] ?? annotations.predicateType;
}
async function readBlob(reader, layer) {
    const tooLarge = () => new Error(`it is larger than ${(0,units/* formatBytes */.z3)(DocumentLimit.bytes)}, the most read of a document`);
    if (layer.size > DocumentLimit.bytes)
        throw tooLarge();
    const blob = await reader.source.openBlob(layer.digest);
    reader.deadline?.guard(blob, `the document ${layer.digest}`);
    const body = (0,digest/* verifyingStream */.o)(blob, layer, reader.where);
    return (0,read/* readBounded */.CB)(body, DocumentLimit.bytes, tooLarge);
}
function documents_fromStatement(document, origin) {
    const statement = decodeStatement(document);
    if (typeof statement === 'string') {
        // A Sigstore bundle of a plain signature carries no statement: nothing to read, no fault.
        return (0,json/* isObject */.Gv)(document) && (0,json/* isObject */.Gv)(document.messageSignature) ? undefined : statement;
    }
    const { predicateType: type, predicate, signed } = statement;
    if (type.startsWith(SPDX_PREDICATE) || type.startsWith(CYCLONEDX_PREDICATE))
        return fromDocument(predicate, origin, signed);
    if (type.startsWith(OPENVEX_PREDICATE))
        return fromDocument(predicate, origin, signed);
    if (type === VULN_PREDICATE) {
        const scan = readVulnScan(predicate);
        return typeof scan === 'string' ? scan : { kind: 'scan', scan, signed, origin };
    }
    if (isProvenance(type)) {
        const provenance = readProvenance(type, predicate);
        return typeof provenance === 'string'
            ? provenance
            : { kind: 'provenance', provenance, signed, origin };
    }
    return undefined;
}
function fromDocument(document, origin, signed) {
    if (sbomFormat(document)) {
        const sbom = readSbom(document);
        return typeof sbom === 'string' ? sbom : { kind: 'sbom', sbom, signed, origin };
    }
    if (isOpenVex(document)) {
        const vex = readOpenVex(document);
        return typeof vex === 'string' ? vex : { kind: 'vex', vex, signed, origin };
    }
    return 'it is neither an SPDX or CycloneDX SBOM nor an OpenVEX document';
}
/**
 * What an odd attachment or layer causes (a registry's refusal, a dropped connection, a digest
 * that does not match, bad gzip or tar, a limit reached): passed over with a warning. Anything
 * else is a bug and fails as one.
 */
function isAttachmentProblem(error) {
    return ((0,errors/* isUserError */.iU)(error) ||
        (0,http_errors/* isNetworkError */.TX)(error) ||
        (error instanceof Error && Object.getPrototypeOf(error) === Error.prototype));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./.build/src/report/contents/os-release.js
/** A value longer than this is no distribution's name: the rest is cut. */
const VALUE_LENGTH = 256;
/**
 * The fields of an os-release file (freedesktop.org os-release(5)): `KEY=value` lines, values
 * optionally quoted with `"` or `'`, backslash escapes inside double quotes, `#` comments. Only
 * what the report carries is kept; an unreadable line is passed over, as systemd does.
 */
function parseOsRelease(text) {
    const fields = {};
    for (const line of text.split(/\r?\n/)) {
        const match = /^\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
        if (!match)
            continue;
        const value = unquote(match[2].trim());
        if (value !== undefined)
            fields[match[1]] = value.slice(0, VALUE_LENGTH);
    }
    return fields;
}
function unquote(raw) {
    if (raw.startsWith('"')) {
        const match = /^"((?:[^"\\]|\\.)*)"$/.exec(raw);
        return match ? match[1].replace(/\\(.)/g, '$1') : undefined;
    }
    if (raw.startsWith("'")) {
        const match = /^'([^']*)'$/.exec(raw);
        return match ? match[1] : undefined;
    }
    return /\s/.test(raw) ? undefined : raw;
}
/** The report's distro of an os-release file; null when it names nothing. */
function distroOfOsRelease(text, digest) {
    const fields = parseOsRelease(text);
    const id = fields.ID ? fields.ID.toLowerCase() : null;
    const version = fields.VERSION_ID || null;
    const pretty = fields.PRETTY_NAME || fields.NAME || null;
    if (!id && !pretty)
        return null;
    return { id, version_id: version, pretty_name: pretty, source: 'os-release', digest };
}

;// CONCATENATED MODULE: ./.build/src/report/contents/os-release-layers.js










/**
 * Where os-release(5) says a system keeps it: `/etc/os-release`, else `/usr/lib/os-release`. In
 * most images the first is a link to the second.
 */
const CANDIDATES = ['etc/os-release', 'usr/lib/os-release'];
/** Bounds on reading layers for os-release, besides the caller's byte budget. */
const LayerReadLimit = {
    /** An os-release file is some hundred bytes; a larger one is not read. */
    osReleaseBytes: 64 * 1024,
    /** Uncompressed tar bytes read per compressed byte of the budget: a gzip bomb stops there. */
    expansion: 16,
    /** Links followed from one name: a loop of links ends here. */
    hops: 8,
};
/**
 * The distro of a platform image from its os-release file, read from the layers top-down as
 * `regctl image get-file` does: each layer is streamed (gunzipped when compressed), verified
 * against its digest to its end before anything in it counts, and reading stops at the first
 * layer that decides the answer. Whiteouts (`.wh.<name>`, `.wh..wh..opq`) hide what lies below;
 * symbolic and hard links to another name are followed into the same and lower layers. Null
 * when no layer within the budget holds the file; a layer that cannot be read ends the search
 * (the answer below it could be hidden by it).
 */
async function readDistroFromLayers(source, layers, options) {
    const candidates = CANDIDATES.map((path) => ({ path, hops: 0 }));
    let budget = options.budgetBytes;
    let expansion = Math.max(options.budgetBytes, 1024 * 1024) * LayerReadLimit.expansion;
    for (const layer of [...layers].reverse()) {
        if (decided(candidates))
            break;
        if ((0,oci_manifest/* isNonDistributable */.SM)(layer)) {
            options.note(`${options.where}: the foreign layer ${layer.digest} is not in the registry`);
            continue;
        }
        const compression = compressionOf(layer.mediaType);
        if (compression === undefined) {
            options.note(`${options.where}: the layer ${layer.digest} is ${(0,log_text/* escapeLogText */.dD)(layer.mediaType)}, not a tar: os-release is not looked for below it`);
            return null;
        }
        if (compression === 'zstd' && !zstdReadable()) {
            options.warn(`${options.where}: the layer ${layer.digest} is zstd-compressed, which this Node.js cannot read: os-release is not looked for below it`);
            return null;
        }
        if (layer.size > budget) {
            options.note(`${options.where}: no os-release within the first ${(0,units/* formatBytes */.z3)(options.budgetBytes)} of layers (read_layers_mb)`);
            return null;
        }
        budget -= layer.size;
        const wanted = new Set(candidates.filter((c) => !c.found && !c.absent).map((c) => c.path));
        const scan = await scanLayer(source, layer, compression, wanted, expansion, options);
        expansion -= scan.read;
        for (const candidate of candidates)
            os_release_layers_resolve(candidate, scan, layer.digest);
    }
    const chosen = candidates.find((c) => c.found) ?? undefined;
    if (!chosen?.found)
        return null;
    if (chosen.found.text === 'too large') {
        options.note(`${options.where}: /${chosen.path} in ${chosen.found.layer} is larger than ${(0,units/* formatBytes */.z3)(LayerReadLimit.osReleaseBytes)}: not read`);
        return null;
    }
    return distroOfOsRelease(chosen.found.text.toString('utf8'), chosen.found.layer);
}
/** `/etc/os-release` decides when found or gone; the fallback matters only once it is gone. */
function decided([etc, usr]) {
    return etc.found !== undefined || (etc.absent === true && (usr.found || usr.absent) === true);
}
function os_release_layers_resolve(candidate, scan, layer) {
    while (!candidate.found && !candidate.absent) {
        const file = scan.files.get(candidate.path);
        if (file !== undefined) {
            candidate.found = { text: file, layer };
            return;
        }
        const target = scan.links.get(candidate.path);
        if (target !== undefined) {
            if (++candidate.hops > LayerReadLimit.hops)
                candidate.absent = true;
            else
                candidate.path = target;
            continue;
        }
        if (isRemoved(candidate.path, scan))
            candidate.absent = true;
        return;
    }
}
function isRemoved(path, scan) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join('/');
        if (scan.removed.has(prefix))
            return true;
        if (i < parts.length && scan.opaque.has(prefix))
            return true;
    }
    return false;
}
/** An image layer's compression by its media type (OCI or Docker); undefined for no layer. */
function compressionOf(mediaType) {
    const match = /(?:\.layer\.v1|\.rootfs\.diff)\.tar(?:[+.](gzip|zstd))?$/.exec(mediaType);
    if (!match)
        return undefined;
    return match[1] ?? 'none';
}
/** Node.js 22.15 and later (the Actions runner's node24) decompress zstd; Node.js 20 does not. */
function zstdReadable() {
    return typeof external_node_zlib_.createZstdDecompress === 'function';
}
function decompressor(compression) {
    if (compression === 'gzip')
        return external_node_zlib_.createGunzip();
    if (compression === 'zstd')
        return external_node_zlib_.createZstdDecompress();
    return undefined;
}
/** A name as the report compares it: no leading `./` or `/`, no trailing `/`. */
function normalise(name) {
    return external_node_path_.posix.normalize(`/${name}`).replace(/^\/+/, '').replace(/\/+$/, '');
}
/**
 * Reads one layer to its end (its digest is checked only there), keeping the os-release files,
 * the links among the names looked for and the whiteouts. `read` is the uncompressed bytes.
 */
async function scanLayer(source, layer, compression, wanted, expansionLeft, { where, deadline }) {
    const scan = {
        files: new Map(),
        links: new Map(),
        removed: new Set(),
        opaque: new Set(),
        read: 0,
    };
    const interesting = (path) => wanted.has(path) || external_node_path_.posix.basename(path) === 'os-release';
    const opened = await source.openBlob(layer.digest);
    deadline?.guard(opened, `the layer ${layer.digest}`);
    const blob = (0,digest/* verifyingStream */.o)(opened, layer, where);
    const counter = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            scan.read += chunk.length;
            if (scan.read > expansionLeft) {
                callback(new Error(`the layer ${layer.digest} unpacks to more than ${(0,units/* formatBytes */.z3)(expansionLeft)}: not read further`));
                return;
            }
            callback(null, chunk);
        },
    });
    const tar = (0,tar_stream.extract)();
    const unpack = decompressor(compression);
    const stages = unpack ? [unpack, counter] : [counter];
    const done = (0,promises_.pipeline)([blob, ...stages, tar]);
    try {
        for await (const entry of tar) {
            const path = normalise(entry.header.name);
            const base = external_node_path_.posix.basename(path);
            const dir = external_node_path_.posix.dirname(path) === '.' ? '' : external_node_path_.posix.dirname(path);
            if (base === '.wh..wh..opq')
                scan.opaque.add(dir);
            else if (base.startsWith('.wh.'))
                scan.removed.add(external_node_path_.posix.join(dir, base.slice(4)));
            else if (interesting(path)) {
                const { type, linkname, size } = entry.header;
                if (type === 'symlink' && linkname) {
                    scan.links.set(path, normalise(external_node_path_.posix.join(linkname.startsWith('/') ? '' : dir, linkname)));
                }
                else if (type === 'link' && linkname) {
                    // A hard link names its target from the root of the layer.
                    scan.links.set(path, normalise(linkname));
                }
                else if (type === 'file' || type === 'contiguous-file') {
                    if (size > LayerReadLimit.osReleaseBytes)
                        scan.files.set(path, 'too large');
                    else {
                        const chunks = [];
                        for await (const chunk of entry)
                            chunks.push(chunk);
                        scan.files.set(path, Buffer.concat(chunks));
                        continue;
                    }
                }
            }
            entry.resume();
        }
        await done;
    }
    catch (error) {
        tar.destroy();
        // The pipeline's own failure (a digest that does not match, a bad gzip) says more than the
        // closed stream the entries ended with.
        throw await done.then(() => error, (cause) => cause);
    }
    return scan;
}

;// CONCATENATED MODULE: ./.build/src/report/contents/deadline.js


/**
 * One deadline for everything read of an image's contents (attachments and layers). The
 * transport fails a body that goes silent, not one that trickles: a registry sending a byte a
 * second could otherwise hold the step for as long as a 32 MiB document or a 64 MiB layer takes.
 */
class ReadDeadline {
    ms;
    at;
    constructor(ms) {
        this.ms = ms;
        this.at = Date.now() + ms;
    }
    /**
     * The stream, destroyed if it is still open at the deadline with an error naming `what` (a
     * registry's failure, warned of like a refusal).
     */
    guard(stream, what) {
        const timer = setTimeout(() => stream.destroy(new errors/* RegistryError */.gl(`${what} was not read within ${(0,units/* formatDuration */.a3)(this.ms)}: not read further`, 0, 'TIMEOUT')), Math.max(0, this.at - Date.now()));
        timer.unref();
        stream.once('close', () => clearTimeout(timer));
        return stream;
    }
}

// EXTERNAL MODULE: ./.build/src/http/limits.js
var limits = __webpack_require__(94146);
;// CONCATENATED MODULE: ./.build/src/report/contents/contents.js








/** Manifests read at once, and platforms whose layers are read at once. */
const CONCURRENCY = 4;
const LAYER_CONCURRENCY = 2;
/**
 * What each platform image holds: its distro, packages, vulnerabilities and provenance, read from
 * the SBOMs, scans and provenance attached to it (as referrers of the platform or of the whole
 * image, and as BuildKit attestation manifests in the index), and the distro from the os-release
 * file of its layers where no SBOM names one. A platform's own attachments come first, then
 * BuildKit's, then those of the whole image; of each kind the first found counts, but of scans
 * the latest. Nothing here fails the report: a document that cannot be read is passed over with
 * a warning.
 */
async function readContents(source, input, options) {
    const reader = {
        source,
        where: options.where,
        warn: options.warn,
        debug: options.debug,
        read: { count: 0, manifests: 0 },
        sigstoreBundles: new Set(),
        deadline: new ReadDeadline((0,limits/* retryPolicy */.Jb)().budgetMs),
    };
    const platformDigests = new Set(input.platforms.map((p) => p.digest));
    const origins = [];
    for (const referrer of input.referrers ?? []) {
        if (referrer.subject !== input.root && !platformDigests.has(referrer.subject))
            continue;
        if (!mayHoldDocuments(referrer.artifact_type, referrer.tag))
            continue;
        origins.push({
            origin: { digest: referrer.digest, label: `the referrer ${referrer.digest}` },
            subject: referrer.subject,
            artifactType: referrer.artifact_type,
            buildkit: false,
        });
    }
    for (const attestation of input.attestations) {
        if (!platformDigests.has(attestation.subject))
            continue;
        origins.push({
            origin: {
                digest: attestation.digest,
                label: `the attestation manifest ${attestation.digest}`,
            },
            subject: attestation.subject,
            artifactType: null,
            buildkit: true,
        });
    }
    const limit = (0,concurrency/* createLimiter */.z)(CONCURRENCY);
    const found = await Promise.all(origins.map(({ origin, artifactType }) => limit(async () => {
        try {
            return await readDocuments(reader, origin, artifactType);
        }
        catch (error) {
            if (!isAttachmentProblem(error))
                throw error;
            options.warn(`${options.where}: ${origin.label} could not be read: ${error.message}`);
            return [];
        }
    })));
    const layerLimit = (0,concurrency/* createLimiter */.z)(LAYER_CONCURRENCY);
    const contents = await Promise.all(input.platforms.map((platform) => layerLimit(async () => {
        // The platform's own, then BuildKit's for it, then the whole image's.
        const ranked = [
            ...origins.flatMap((o, i) => o.subject === platform.digest && !o.buildkit ? found[i] : []),
            ...origins.flatMap((o, i) => o.subject === platform.digest && o.buildkit ? found[i] : []),
            ...origins.flatMap((o, i) => o.subject === input.root && o.subject !== platform.digest ? found[i] : []),
        ];
        const facts = fromFindings(ranked, options.includePackages);
        if (!facts.distro && options.layerBudgetBytes > 0)
            facts.distro = await distroFromLayers(source, platform, options, reader.deadline);
        return [platform.digest, facts];
    })));
    return { platforms: new Map(contents), sigstoreBundles: [...reader.sigstoreBundles] };
}
function first(findings, kind) {
    return findings.find((f) => f.kind === kind);
}
/**
 * The scan to report: the latest by its scan time, wherever it hangs (a scan re-run on a schedule
 * is attached anew each time); of scans that give no time, the first found.
 */
function latestScan(findings) {
    let latest;
    for (const finding of findings) {
        if (finding.kind !== 'scan')
            continue;
        const time = Date.parse(finding.scan.scanned_at ?? '');
        const best = Date.parse(latest?.scan.scanned_at ?? '');
        if (!latest || (!Number.isNaN(time) && (Number.isNaN(best) || time > best)))
            latest = finding;
    }
    return latest;
}
function fromFindings(findings, includePackages) {
    const sbom = first(findings, 'sbom');
    const scan = latestScan(findings);
    const vex = first(findings, 'vex');
    const provenance = first(findings, 'provenance');
    let packages = null;
    if (sbom) {
        const { entries, total, by_type } = sbom.sbom.packages;
        packages = {
            total,
            by_type,
            sbom: {
                format: sbom.sbom.format,
                version: sbom.sbom.version,
                digest: sbom.origin.digest,
                signed: sbom.signed,
            },
            ...(includePackages
                ? {
                    list: entries.slice(0, PACKAGE_LIST_LIMIT),
                    list_complete: entries.length <= PACKAGE_LIST_LIMIT,
                }
                : {}),
        };
    }
    const distro = sbom?.sbom.distro
        ? { ...sbom.sbom.distro, source: 'sbom', digest: sbom.origin.digest }
        : null;
    return {
        distro,
        packages,
        vulnerabilities: scan || vex
            ? {
                scan: scan ? { ...scan.scan, digest: scan.origin.digest, signed: scan.signed } : null,
                vex: vex ? { ...vex.vex, digest: vex.origin.digest, signed: vex.signed } : null,
            }
            : null,
        provenance: provenance
            ? { ...provenance.provenance, digest: provenance.origin.digest, signed: provenance.signed }
            : null,
    };
}
async function distroFromLayers(source, platform, options, deadline) {
    const where = `${options.where}@${platform.digest}`;
    try {
        return await readDistroFromLayers(source, platform.layers, {
            budgetBytes: options.layerBudgetBytes,
            note: options.info,
            warn: options.warn,
            deadline,
            where,
        });
    }
    catch (error) {
        if (!isAttachmentProblem(error))
            throw error;
        const message = `${where}: os-release could not be read from the layers: ${error.message}`;
        // A registry's failure or bytes that do not match their digest are warned of; a verified
        // layer that is no tar this can read is the image's own way, told in the log only.
        if ((0,errors/* isUserError */.iU)(error) || (0,http_errors/* isNetworkError */.TX)(error))
            options.warn(message);
        else
            options.info(message);
        return null;
    }
}

;// CONCATENATED MODULE: ./.build/src/report/contents/apply.js

/**
 * Puts each platform's contents on it; fills `base` from the first platform's provenance where
 * the image carries no base annotations and provenance names exactly one base image; and counts
 * a Sigstore bundle found among the attachments as the signature `signed` looks for.
 */
function applyContents(facts, contents) {
    for (const platform of facts.platforms) {
        const found = contents.platforms.get(platform.digest);
        if (found)
            Object.assign(platform, found);
    }
    if (facts.signed === false && contents.sigstoreBundles.length)
        facts.signed = true;
    const provenance = facts.platforms[0]?.provenance;
    if (facts.base === null && provenance) {
        const base = soleBaseImage(provenance);
        if (base)
            facts.base = { name: base.name, digest: base.digest };
    }
}

;// CONCATENATED MODULE: ./.build/src/report/issue-keys.js

/** Jira's issue keys (`ABC-123`), as Codefresh's Jira enrichment finds them. */
const DEFAULT_ISSUE_KEY_PATTERN = '[A-Z][A-Z0-9]+-\\d+';
/** The `issue_key_pattern` input as a regular expression that finds every key in a text. */
function parseIssueKeyPattern(text) {
    const source = text || DEFAULT_ISSUE_KEY_PATTERN;
    let pattern;
    try {
        pattern = new RegExp(source, 'g');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input issue_key_pattern: "${source}" is not a valid regular expression (${error.message}); give a JavaScript regular expression such as ${DEFAULT_ISSUE_KEY_PATTERN}`);
    }
    // A pattern that finds the empty text would find a "key" between every two characters.
    if (pattern.test('')) {
        throw new errors/* UserError */.yo(`Input issue_key_pattern: "${source}" matches an empty text; give a pattern that matches a key only, such as ${DEFAULT_ISSUE_KEY_PATTERN}`);
    }
    return pattern;
}
/** The keys found in the texts, each once, in the order the texts and the keys in them come. */
function findIssueKeys(texts, pattern) {
    const found = new Set();
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    for (const text of texts) {
        if (!text)
            continue;
        for (const match of text.matchAll(global))
            if (match[0])
                found.add(match[0]);
    }
    return [...found];
}

;// CONCATENATED MODULE: ./.build/src/report/other-tags.js


/** The most tags a report compares: a repository with more is reported as scanned in part. */
const MAX_TAGS_SCANNED = 1000;
/** Tags a page: what distribution 3 and ECR allow at most. */
const PAGE_SIZE = 1000;
/** Tags checked at once. */
const HEAD_CONCURRENCY = 8;
/**
 * The other tags of the repository that point at `digest` (the "all tags" of an images list):
 * the first MAX_TAGS_SCANNED tags the registry lists, each asked for its digest with a HEAD.
 * A registry that answers a HEAD without Docker-Content-Digest is asked for the manifest itself.
 * A listed name that is no valid tag is skipped: each goes into a URL. Undefined when the
 * registry will not list the repository's tags to these credentials.
 */
async function findOtherTags(repository, digest, reported, max = MAX_TAGS_SCANNED) {
    const listed = await repository.listTags(max, Math.min(max, PAGE_SIZE));
    if (!listed)
        return undefined;
    const limit = (0,concurrency/* createLimiter */.z)(HEAD_CONCURRENCY);
    const candidates = listed.tags.filter((tag) => tag !== reported && (0,oci_reference/* isValidTag */.r_)(tag));
    const matches = await Promise.all(candidates.map((tag) => limit(async () => {
        const head = await repository.headManifest(tag);
        // Gone since it was listed: it points nowhere now.
        if (!head)
            return false;
        const found = head.digest || (await repository.getManifest(tag)).digest;
        return found === digest;
    })));
    return {
        tags: candidates.filter((_tag, i) => matches[i]).sort(),
        scanned: listed.tags.length,
        complete: listed.complete,
    };
}

;// CONCATENATED MODULE: ./.build/src/http/bounded-fetch.js

function boundedFetch(inner, limit, service) {
    const bounded = {
        fetch: async (input, init) => {
            const answer = await inner(input, init);
            if (!answer.body)
                return answer;
            let seen = 0;
            const counted = answer.body.pipeThrough(new TransformStream({
                transform(chunk, controller) {
                    seen += chunk.byteLength;
                    // Erroring the transform cancels the source: the connection is closed, not drained.
                    if (seen > limit) {
                        bounded.overLimit = new Error(`the ${service} answer is larger than ${(0,units/* formatBytes */.z3)(limit)}`);
                        controller.error(bounded.overLimit);
                    }
                    else {
                        controller.enqueue(chunk);
                    }
                },
            }));
            const response = new Response(counted, {
                status: answer.status,
                statusText: answer.statusText,
                headers: answer.headers,
            });
            // A constructed Response has no URL; clients name the request by it.
            Object.defineProperty(response, 'url', { value: answer.url });
            return response;
        },
    };
    return bounded;
}

// EXTERNAL MODULE: ./.build/src/report/schema.js + 1 modules
var schema = __webpack_require__(26780);
;// CONCATENATED MODULE: ./.build/src/report/pull-requests.js







/** The most a commit's list is read of: one page, which no ordinary commit fills. */
const PER_PAGE = 100;
/**
 * The pull requests that brought a commit in, as GitHub lists them
 * (`GET /repos/{owner}/{repo}/commits/{sha}/pulls`): the merged one for a push to the default
 * branch, the open ones for a push to a feature branch. A failure is a UserError naming the API
 * and the HTTP status; the caller decides whether it matters.
 */
async function pullRequestsOfCommit(query) {
    const [owner, repo, ...rest] = query.repository.split('/');
    if (!owner || !repo || rest.length) {
        throw new errors/* UserError */.yo(`The repository "${query.repository}" is not owner/name`);
    }
    const apiUrl = query.apiUrl.replace(/\/+$/, '');
    let data;
    let bounded;
    // For the whole answer, its body included: an API that drips is not waited for past it.
    const deadline = AbortSignal.timeout(query.timeoutMs);
    try {
        // Loaded only here: @actions/github brings undici's whole fetch, some 100 ms at every start.
        // Its import reads the event file too, and throws on one that is no JSON: inside the try.
        const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
        // Octokit reads the answer whole: through @actions/github's own fetch (its proxy settings),
        // bounded, so that an API answering without end cannot fill the step's memory.
        const { defaults } = await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 78665));
        bounded = boundedFetch(defaults.request?.fetch ?? fetch, limits/* BodyLimit */.qc.githubApiAnswer, 'GitHub API');
        const octokit = getOctokit(query.token, { baseUrl: apiUrl, request: { fetch: bounded.fetch } });
        ({ data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
            owner,
            repo,
            commit_sha: query.sha,
            per_page: PER_PAGE,
            request: { signal: deadline },
        }));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Reading the pull requests of commit ${query.sha.slice(0, 12)} from ${apiUrl} failed: ${bounded?.overLimit?.message ?? (deadline.aborted ? late(query.timeoutMs) : describeApiError(error))}`);
    }
    // Octokit hands on what text it got when the body fails: these say why it is not the answer.
    const cut = bounded.overLimit?.message ?? (deadline.aborted ? late(query.timeoutMs) : undefined);
    if (cut) {
        throw new errors/* UserError */.yo(`Reading the pull requests of commit ${query.sha.slice(0, 12)} from ${apiUrl} failed: ${cut}`);
    }
    if (!Array.isArray(data)) {
        throw new errors/* UserError */.yo(`Reading the pull requests of commit ${query.sha.slice(0, 12)} from ${apiUrl} failed: the answer is no list`);
    }
    return data.flatMap((item) => {
        const pull = pullRequestOf(item);
        return pull ? [pull] : [];
    });
}
const late = (ms) => `the GitHub API gave no complete answer within ${(0,units/* formatDuration */.a3)(ms)}`;
function describeApiError(error) {
    const { status, response } = error;
    const message = error.message?.split('\n')[0] ?? String(error);
    // Octokit gives a failed connection status 500 too, but no response: no HTTP status to name.
    if (typeof status === 'number' && status > 0 && response !== undefined) {
        const hint = status === 401
            ? ' (the github_token was not accepted)'
            : status === 403 || status === 404
                ? ' (the github_token may not read this repository: give the job `pull-requests: read`)'
                : '';
        return `HTTP ${status}${hint}: ${message}`;
    }
    // fetch says only "fetch failed"; what failed (ECONNREFUSED, a TLS error) is its deepest cause.
    // Duck-typed: an error made in another realm (a VM context) is no `instanceof Error` here.
    const causeOf = (e) => e?.cause;
    let root = error;
    for (let i = 0; i < 5 && typeof causeOf(root)?.message === 'string'; i++)
        root = causeOf(root);
    const cause = root === error ? undefined : root.message;
    return cause && cause !== message ? `${message} (${cause})` : message;
}
/** One entry of GitHub's answer, in the report's shape; undefined when it has no number. */
function pullRequestOf(value) {
    const item = (0,json/* object */.Ik)(value);
    const number = item.number;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1)
        return undefined;
    const url = (0,json/* text */.Qq)(item.html_url);
    return {
        number,
        title: (0,json/* text */.Qq)(item.title),
        url: url && (0,schema/* isReportUri */.VV)(url) ? url : null,
        author: (0,json/* text */.Qq)((0,json/* object */.Ik)(item.user).login),
        state: (0,json/* text */.Qq)(item.state),
        merged_at: (0,time/* isoTime */.L)(item.merged_at),
        base: (0,json/* text */.Qq)((0,json/* object */.Ik)(item.base).ref),
    };
}

// EXTERNAL MODULE: ./.build/src/images/referrers.js
var referrers = __webpack_require__(41914);
;// CONCATENATED MODULE: ./.build/src/report/referrer-facts.js

/**
 * What refers to the image and to each of its platform manifests (and what refers to those:
 * a signature on an SBOM), through whatever the registry keeps them by.
 */
async function readReferrers(repository, subjects, debug = () => { }) {
    const found = await (0,referrers/* discoverReferrers */.C3)(repository, subjects, { debug });
    // An index entry that gives no media type or a size no manifest has describes nothing real.
    const wellFormed = found.filter((referrer) => {
        const ok = referrer.mediaType !== '' && Number.isSafeInteger(referrer.size) && referrer.size >= 0;
        if (!ok)
            debug(`skipping the malformed referrer entry ${referrer.digest}`);
        return ok;
    });
    return {
        referrers: wellFormed.map((referrer) => ({
            artifact_type: referrer.artifactType || null,
            media_type: referrer.mediaType,
            digest: referrer.digest,
            size: referrer.size,
            subject: referrer.subject,
            source: referrer.source,
            tag: referrer.tag ?? null,
        })),
        signed: wellFormed.some(referrers/* isSignature */.hi),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./.build/src/report/payload.js



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
        parsed = (0,dist/* parse */.qg)(trimmed, { intAsBigInt: true });
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
        super(`The report built does not match ${schema/* REPORT_SCHEMA */.DC} (a bug in image-actions: please report it): ${violations.join('; ')}`);
        this.violations = violations;
    }
}
/** Builds the report and checks it against its schema: one that does not validate is a bug. */
function buildReport(parts) {
    const report = {
        schema: schema/* REPORT_SCHEMA */.DC,
        reported_at: parts.reportedAt.toISOString(),
        image: parts.image,
        git: parts.git,
        ci: parts.ci,
        annotations: parts.annotations,
    };
    const errors = (0,schema/* validateReport */.RE)(report);
    if (errors.length)
        throw new InvalidReportError(errors);
    return report;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/src/http/retry.js
var retry = __webpack_require__(60174);
// EXTERNAL MODULE: ./.build/src/http/retry-after.js
var retry_after = __webpack_require__(17437);
// EXTERNAL MODULE: ./.build/src/http/dispatcher.js
var http_dispatcher = __webpack_require__(76243);
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
 * be served. Wider than the registry's list (src/http/transport.ts): a reporting endpoint is often
 * behind a proxy or CDN answering 507, 520, 522 or 524 for a passing failure.
 */
function isRetryableReportStatus(status) {
    if (status === 408 || status === 429)
        return true;
    return status >= 500 && status <= 599 && status !== 501 && status !== 505;
}
/** The endpoint as messages name it: origin and path, never the query (which may carry a key). */
function describeEndpoint(endpoint) {
    return (0,read/* redactUrl */.BO)(endpoint.toString());
}
/**
 * POSTs the report as JSON. 2xx is success. 408, 429, 5xx (but 501 and 505), dropped
 * connections and timeouts are tried again, after the answer's Retry-After if any, else with
 * backoff and jitter, within one retry budget (`retry.tries` attempts and its time; a
 * Retry-After beyond it fails at once); other answers (a 401, a 422, a redirect) fail at once.
 * Redirects are not followed: the token would go to wherever they point, and a 307 re-POST is
 * not something a report should rely on.
 */
async function sendReport(body, options) {
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
    const dispatcher = options.dispatcher ?? (0,http_dispatcher/* createDispatcher */.S)(options.env ?? process.env);
    /** The step's failure for an attempt that did not deliver; `stop` when the budget said so. */
    const failed = ({ outcome, attempt }, next) => outcome.kind === 'answer'
        ? new DeliveryError(`Reporting to ${endpoint} failed: HTTP ${outcome.status}${hint(outcome, options.endpoint)}${excerpt(outcome.body)}${tries(attempt, next)}`, attempt, outcome.status)
        : new DeliveryError(`Reporting to ${endpoint} failed: ${outcome.reason}${tries(attempt, next)}`, attempt);
    try {
        return await (0,retry/* retrying */.R$)(async (_budget, attempt) => {
            const outcome = await attemptOnce(options.endpoint, body, headers, options.timeoutMs, dispatcher);
            if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300) {
                return { endpoint, status: outcome.status, attempts: attempt, idempotencyKey };
            }
            throw new Undelivered(outcome, attempt);
        }, {
            retryable: (error) => {
                if (!(error instanceof Undelivered))
                    return false;
                const { outcome } = error;
                if (outcome.kind !== 'answer')
                    return outcome.retryable;
                return (isRetryableReportStatus(outcome.status) && {
                    retryAfterMs: (0,retry_after/* parseRetryAfter */.m)(outcome.retryAfter),
                });
            },
            exhausted: (error, stop) => {
                throw failed(error, { stop });
            },
            onRetry: (error, waitMs) => {
                const { outcome } = error;
                const what = outcome.kind === 'answer' ? `HTTP ${outcome.status}` : outcome.reason;
                debug(`POST ${endpoint}: ${what}, retrying in ${waitMs} ms`);
            },
            policy: options.retry,
        });
    }
    catch (error) {
        throw error instanceof Undelivered ? failed(error) : error;
    }
    finally {
        if (!options.dispatcher)
            await dispatcher.close().catch(() => { });
    }
}
/** An attempt that did not deliver, carried through the retry loop. */
class Undelivered extends Error {
    outcome;
    attempt;
    constructor(outcome, attempt) {
        super('not delivered');
        this.outcome = outcome;
        this.attempt = attempt;
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
        // Only a failure's answer is read, for its message, and at most 1 MiB of it: a receiver
        // that answers without end holds neither the memory nor (past its timeout) the step.
        const ok = res.statusCode >= 200 && res.statusCode < 300;
        const text = ok
            ? (await res.body.dump().catch(() => { }), '')
            : (await (0,read/* readBounded */.CB)(res.body, limits/* BodyLimit */.qc.reportAnswer, (max) => new AnswerTooLarge(max))).toString('utf8');
        return {
            kind: 'answer',
            status: res.statusCode,
            body: text,
            retryAfter: firstHeader(res.headers['retry-after']),
            location: firstHeader(res.headers.location),
        };
    }
    catch (error) {
        if (error instanceof AnswerTooLarge) {
            return { kind: 'failure', reason: error.message, retryable: false };
        }
        if (signal.aborted) {
            return {
                kind: 'failure',
                reason: `no answer within ${timeoutMs / 1000} s (timeout_seconds)`,
                retryable: true,
            };
        }
        return { kind: 'failure', reason: reasonOf(error), retryable: (0,http_errors/* isNetworkError */.TX)(error) };
    }
}
/** An answer past the limit: the endpoint is broken, not busy, so it is not tried again. */
class AnswerTooLarge extends Error {
    constructor(limit) {
        super(`it answered with more than ${limit} (the limit for an answer); not read further`);
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
        return (0,secrets/* redact */.E$)((0,read/* redactUrl */.BO)(new URL(location, endpoint).toString()));
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
/**
 * How many attempts were made, and why no more when it was not for the count of them (`next`,
 * the budget's last word: a Retry-After beyond it, its time spent).
 */
function tries(attempts, next) {
    const why = next && 'stop' in next && !next.stop.endsWith(' tries') ? `; ${next.stop}` : '';
    if (attempts === 1 && !why)
        return '';
    return ` (after ${attempts} attempt${attempts > 1 ? 's' : ''}${why})`;
}

// EXTERNAL MODULE: ./.build/src/host/session.js + 7 modules
var session = __webpack_require__(89335);
// EXTERNAL MODULE: ./.build/src/actions/inputs.js
var inputs = __webpack_require__(1270);
;// CONCATENATED MODULE: ./.build/src/actions/report-image-info/markdown.js
/** Text as the job summary shows it: what the tables of report-image-info share. */
function platformName(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
// The escaping every summary shares lives with the renderer; the tables here use it too.


;// CONCATENATED MODULE: ./.build/src/host/markdown.js
/**
 * Text from outside in the Markdown job summary (DESIGN §6): a registry, an endpoint, git or the
 * event controls it, so it must show as the characters it is, never as a link, an image, an HTML
 * tag or an entity. GitHub renders the summary as GitHub Flavored Markdown, which also turns
 * bare URLs, `www.` names and e-mail addresses into links without any markup.
 */
/**
 * What GFM autolinks with no markup: a scheme and `//` (any scheme, to be safe), `www.`, an
 * e-mail address. Backticks, blanks and angle brackets end it, as they end a code span's use.
 */
const AUTOLINK = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s`<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
/**
 * Text as literal text in the Markdown summary: no emphasis, link, image, code span,
 * strikethrough, math, HTML tag or entity. CommonMark lets a backslash escape any ASCII
 * punctuation, so `<b>` shows as `<b>` instead of being bold. What GFM would autolink goes into a
 * code span instead, the one place no autolinking reaches. Pipes and newlines are left to the
 * table renderer (renderMarkdown), which escapes them for every cell.
 */
function markdownText(text) {
    let out = '';
    let at = 0;
    for (const match of text.matchAll(AUTOLINK)) {
        out += escapePunctuation(text.slice(at, match.index)) + codeText(match[0]);
        at = match.index + match[0].length;
    }
    return out + escapePunctuation(text.slice(at));
}
function escapePunctuation(text) {
    return text.replace(/[\\`*_[\]<>&~$]/g, (c) => `\\${c}`);
}
/**
 * An identifier from outside (a builder id, a repository URL, an image name) as a code span:
 * shown as it is, and, unlike escaped text, never turned into a link by GitHub's autolinking of
 * bare URLs. Backticks, which would end the span, and line breaks are dropped.
 */
function codeText(text) {
    const plain = text.replace(/[`\r\n]/g, '');
    return plain ? `\`${plain}\`` : '';
}
/**
 * A summary cell of plain text, as the actions other than report-image-info write them: their own
 * code spans (a digest in backticks) stay code spans, inert as they are; everything else,
 * whatever part of it a registry said, is escaped as literal text.
 */
function plainCell(text) {
    let out = '';
    let at = 0;
    for (const match of text.matchAll(/`[^`\r\n]+`/g)) {
        out += markdownText(text.slice(at, match.index)) + match[0];
        at = match.index + match[0].length;
    }
    return out + markdownText(text.slice(at));
}

;// CONCATENATED MODULE: ./.build/src/actions/report-image-info/contents-table.js


/** A scan older than this many days is flagged: a week-old database misses the week's CVEs. */
const STALE_SCAN_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * What a platform image holds, as the container details of an images dashboard show it: OS,
 * packages by type, vulnerabilities by severity with the scan's age, builder and source. Null
 * when nothing is known of it. Every text from an attachment goes through markdownText.
 */
function contentsTable(platform, reportedAt) {
    const rows = [];
    const { distro, packages, vulnerabilities, provenance } = platform;
    if (distro) {
        const name = distro.pretty_name ?? [distro.id, distro.version_id].filter(Boolean).join(' ');
        const from = distro.source === 'sbom' ? 'from the SBOM' : 'from os-release';
        rows.push(['OS', `${codeText(name)} (${from})`]);
    }
    if (packages) {
        const types = Object.entries(packages.by_type)
            .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
            .map(([type, n]) => `${markdownText(type)} ${n}`)
            .join(', ');
        rows.push(['Packages', `${packages.total}${types ? ` (${types})` : ''}`]);
        const { format, version, digest, signed } = packages.sbom;
        rows.push([
            'SBOM',
            `${format === 'spdx' ? 'SPDX' : 'CycloneDX'}${version ? ` ${markdownText(version)}` : ''} \`${digest}\`${signed ? ', signed (not verified)' : ''}`,
        ]);
    }
    const scan = vulnerabilities?.scan;
    if (scan) {
        const counts = SEVERITIES.map((s) => `${s} ${scan.by_severity[s]}`).join(', ');
        rows.push(['Vulnerabilities', `${scan.total} (${counts})`]);
        const scanner = [scan.scanner.name, scan.scanner.version].filter(Boolean).join(' ');
        rows.push([
            'Scanned',
            [
                codeText(scanner),
                scanAge(scan.scanned_at, reportedAt),
                scan.database?.built_at && `database of ${scan.database.built_at}`,
            ]
                .filter(Boolean)
                .join(', '),
        ]);
    }
    const vex = vulnerabilities?.vex;
    if (vex) {
        const statuses = Object.entries(vex.by_status)
            .map(([status, n]) => `${markdownText(status)} ${n}`)
            .join(', ');
        rows.push(['VEX statements', `${vex.total}${statuses ? ` (${statuses})` : ''}`]);
    }
    if (provenance) {
        const builder = [
            provenance.builder_id && codeText(provenance.builder_id),
            provenance.build_type && `(${codeText(provenance.build_type)})`,
        ]
            .filter(Boolean)
            .join(' ');
        rows.push(['Built by', builder || 'unknown']);
        const { repository, commit } = provenance.source;
        if (repository || commit) {
            rows.push([
                'Source',
                [repository && codeText(repository), commit && codeText(commit.slice(0, 12))]
                    .filter(Boolean)
                    .join(' at '),
            ]);
        }
        if (provenance.base_images.length) {
            rows.push([
                'Base images',
                provenance.base_images.map((image) => codeText(image.name)).join(', '),
            ]);
        }
    }
    if (!rows.length)
        return null;
    return { header: ['Contents', markdownText(platformName(platform))], rows };
}
/** `2024-05-01T12:00:00.000Z, 3 days before the report`, flagged when older than a week. */
function scanAge(scannedAt, reportedAt) {
    if (!scannedAt)
        return 'scan time unknown';
    const days = Math.floor((Date.parse(reportedAt) - Date.parse(scannedAt)) / DAY_MS);
    if (!(days >= 1))
        return scannedAt;
    const age = `${days} day${days === 1 ? '' : 's'} before this report`;
    return days > STALE_SCAN_DAYS
        ? `${scannedAt}, **${age}: older than ${STALE_SCAN_DAYS} days**`
        : `${scannedAt}, ${age}`;
}

;// CONCATENATED MODULE: ./.build/src/actions/report-image-info/summary.js






/**
 * The job summary of report-image-info: the report as a person reads it at a glance. Every text
 * from outside (a registry, the event, git, the user) goes through markdownText.
 */
function platformList(image) {
    return image.platforms.map(platformName).join(', ') || 'no platform';
}
/** A Markdown link; a parenthesis in the URL (valid in a URI) would end the destination early. */
function summary_link(label, url) {
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
    facts.push(['Platforms', markdownText(platformList(image))], ['Size', (0,units/* humanSize */.Xe)(image.size)]);
    if (image.created)
        facts.push(['Created', markdownText(image.created)]);
    if (typeof image.signed === 'boolean') {
        facts.push([
            'Signed',
            image.signed ? 'yes: a signature is attached (present, not verified)' : 'no signature found',
        ]);
    }
    if (git.commit.sha) {
        const subject = git.commit.message?.split('\n')[0];
        facts.push([
            'Commit',
            `${summary_link(`\`${git.commit.sha.slice(0, 7)}\``, git.commit.url)}${subject ? ` ${markdownText(subject)}` : ''}`,
        ]);
    }
    if (image.base) {
        const { name, digest } = image.base;
        facts.push([
            'Base image',
            [name && markdownText(name), digest && `\`${digest}\``].filter(Boolean).join(' '),
        ]);
    }
    if (git.branch)
        facts.push(['Branch', markdownText(git.branch)]);
    if (git.tag)
        facts.push(['Git tag', markdownText(git.tag)]);
    if (git.pull_request)
        facts.push(['Pull request', pullRequestLink(git.pull_request)]);
    if (git.pull_requests?.length) {
        facts.push(['Pull requests', git.pull_requests.map(pullRequestLink).join(', ')]);
    }
    if (git.issues?.length)
        facts.push(['Issues', git.issues.map(markdownText).join(', ')]);
    if (ci.run_id) {
        const run = `${ci.workflow ? markdownText(ci.workflow) : 'run'} #${ci.run_number ?? ci.run_id}${ci.run_attempt && ci.run_attempt > 1 ? ` (attempt ${ci.run_attempt})` : ''}`;
        facts.push(['Workflow run', summary_link(run, ci.run_url)]);
    }
    facts.push(['Report', markdownText(destination)]);
    const tables = [];
    if (image.platforms.length) {
        tables.push({
            header: ['Platform', 'Digest', 'Size', 'Created'],
            rows: image.platforms.map((p) => [
                markdownText(platformName(p)),
                `\`${p.digest}\``,
                (0,units/* humanSize */.Xe)(p.size),
                markdownText(p.created ?? ''),
            ]),
        });
    }
    for (const platform of image.platforms) {
        const contents = contentsTable(platform, report.reported_at);
        if (contents)
            tables.push(contents);
    }
    for (const platform of image.platforms) {
        if (platform.layers.length)
            tables.push(layerTable(platform));
    }
    if (image.referrers?.length)
        tables.push(referrerTable(image));
    const annotations = Object.entries(report.annotations);
    if (annotations.length) {
        tables.push({
            header: ['Annotation', 'Value'],
            rows: annotations.map(([k, v]) => [markdownText(k), markdownText(String(v))]),
        });
    }
    const notes = [];
    if (image.tag_scan && !image.tag_scan.complete)
        notes.push(markdownText(tagScanNote(image.repository)));
    return {
        title: 'Image report',
        facts,
        tables,
        ...(notes.length ? { notes } : {}),
        markdown: true,
    };
}
function pullRequestLink(pr) {
    return `${summary_link(`#${pr.number}`, pr.url)}${pr.title ? ` ${markdownText(pr.title)}` : ''}`;
}
/** What refers to the image, each with what it hangs off: the image, a platform, a referrer. */
function referrerTable(image) {
    const names = new Map(image.platforms.map((p) => [p.digest, markdownText(platformName(p))]));
    names.set(image.digest, 'the image');
    const subject = (digest) => names.get(digest) ?? `\`${digest.slice(0, 19)}…\``;
    return {
        header: ['Found as', 'Artifact type', 'Digest', 'Size', 'Refers to'],
        rows: (image.referrers ?? []).map((r) => [
            r.tag
                ? `cosign ${markdownText(r.tag.replace(/^.*\./, '.'))} tag`
                : r.source === 'api'
                    ? 'referrers API'
                    : 'referrers tag',
            markdownText(r.artifact_type ?? ''),
            `\`${r.digest}\``,
            (0,units/* humanSize */.Xe)(r.size),
            subject(r.subject),
        ]),
    };
}
/** A platform's build steps as the "Layers" view of an images dashboard shows them. */
function layerTable(platform) {
    return {
        header: ['Step', `Instruction (${markdownText(platformName(platform))})`, 'Size'],
        rows: platform.layers.map((layer, i) => [
            String(i + 1),
            markdownText(instructionOf(layer.created_by)) || (layer.empty_layer ? '' : '(no history)'),
            (0,units/* humanSize */.Xe)(layer.size),
        ]),
    };
}
function tagScanNote(repository) {
    return `${repository} has more than ${MAX_TAGS_SCANNED} tags: only the first ${MAX_TAGS_SCANNED} the registry listed were compared, so the image may have other tags not reported`;
}

;// CONCATENATED MODULE: ./.build/src/actions/report-image-info/index.js





















const DEFAULT_TIMEOUT_SECONDS = 30;
/** An hour: a report that takes longer is not coming; and timers overflow past ~24.8 days. */
const MAX_TIMEOUT_SECONDS = 3600;
function readReportSettings(io) {
    const token = io.getInput('token') || undefined;
    (0,secrets/* maskSecret */.$l)(token);
    const githubToken = io.getInput('github_token') || undefined;
    (0,secrets/* maskSecret */.$l)(githubToken);
    const imageText = io.getInput('image');
    if (!imageText)
        throw new errors/* UserError */.yo('Input image is required: the image to report, by tag or digest');
    const archive = (0,archive_candidate/* namesArchive */.dN)(imageText) ? imageText : undefined;
    // An archive's image is named once the archive is read.
    const image = archive
        ? { domain: 'localhost', repository: 'archive' }
        : (0,oci_reference/* parseReference */.F2)(imageText, { what: 'image' });
    const endpoint = parseEndpoint(io.getInput('endpoint'));
    if (endpoint && token && endpoint.protocol === 'http:' && !(0,loopback/* isLoopback */.U9)(endpoint.host)) {
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
        listTags: (0,inputs/* getBoolean */.pW)(io, 'list_tags', false),
        githubToken,
        issueKeyPattern: parseIssueKeyPattern(io.getInput('issue_key_pattern')),
        readLayersBytes: parseReadLayersMb(io.getInput('read_layers_mb')) * MiB,
        includePackages: (0,inputs/* getBoolean */.pW)(io, 'include_packages', false),
        ...(archive ? { archive } : {}),
    };
}
const MiB = 1024 * 1024;
const DEFAULT_READ_LAYERS_MB = 64;
/** A runner's disk and patience, not memory (layers are streamed), bound it: 16 GiB. */
const MAX_READ_LAYERS_MB = 16 * 1024;
/** Whole MiB, 0 to MAX_READ_LAYERS_MB; 0 turns reading layers off. */
function parseReadLayersMb(text) {
    if (!text)
        return DEFAULT_READ_LAYERS_MB;
    const mb = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
    if (!(mb >= 0 && mb <= MAX_READ_LAYERS_MB)) {
        throw new errors/* UserError */.yo(`Input read_layers_mb: "${text}" is not allowed; give a whole number of MiB from 0 (layers are not read) to ${MAX_READ_LAYERS_MB}`);
    }
    return mb;
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
async function planReport(settings, env, warn) {
    const contexts = settings.registryContext
        ? [(0,resolve/* integrationByName */.dl)(settings.config, settings.registryContext, 'registry_context')]
        : [];
    (0,resolve/* checkContexts */.R$)(contexts, [settings.image.domain], 'registry_context', warn);
    return {
        source: await (0,resolve/* resolvePull */.Uj)(settings.config, env, settings.image.domain, contexts),
        endpoint: settings.endpoint ? describeEndpoint(settings.endpoint) : undefined,
    };
}
/** The action, with what tests may replace. */
function createReportImageInfo(options = {}) {
    return async (io) => {
        const settings = readReportSettings(io);
        if (settings.archive) {
            // An image that never touched a registry (DESIGN §8): its facts are the archive's.
            await (0,archive_candidate/* withArchiveCandidate */.Uw)(io, settings.archive, 'image', (candidate) => reportImage(io, { ...settings, image: (0,archive_candidate/* archiveReference */._F)(candidate, 'image') }, {
                source: (0,archive_candidate/* archiveEndpoint */.Q3)(candidate),
                endpoint: settings.endpoint ? describeEndpoint(settings.endpoint) : undefined,
            }, options, candidate.source));
            return;
        }
        await reportImage(io, settings, await planReport(settings, io.env, (m) => io.warning(m)), options);
    };
}
/** Reads the image (from `archive`, else the plan's registry), joins the facts, posts them. */
async function reportImage(io, settings, plan, options, archive) {
    const reference = (0,oci_reference/* formatReference */.FH)(settings.image);
    io.debug(`reading ${reference} via ${plan.source.label}; report to ${plan.endpoint ?? 'the summary only'}`);
    let image;
    try {
        image = await io.group(`Read ${reference}`, () => readImage(settings, plan.source, io, archive));
    }
    catch (error) {
        const message = problem(error, `Reading ${reference} through ${plan.source.label} failed`);
        return cannotReport(io, settings, message, [['Image', `\`${reference}\``]]);
    }
    const cwd = io.env.GITHUB_WORKSPACE || process.cwd();
    const source = await io.group('Read the Git and CI facts', async () => {
        const facts = await readSourceFacts(io.env, {
            cwd,
            git: options.git,
            debug: (m) => io.debug(m),
        });
        await addPullRequests(facts, settings, io);
        addIssueKeys(facts, settings.issueKeyPattern);
        return facts;
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
    const endpoint = settings.endpoint;
    if (endpoint) {
        try {
            // Origin and path only: a query may carry something private.
            delivery = await io.group(`Send the report to ${endpoint.origin}${endpoint.pathname}`, () => sendReport(json, {
                endpoint,
                token: settings.token,
                // Whole milliseconds, at least one: a timer takes no fraction, and 0 would abort at once.
                timeoutMs: Math.max(1, Math.round(settings.timeoutSeconds * 1000)),
                retry: options.retry,
                env: io.env,
                debug: (m) => io.debug(m),
            }));
        }
        catch (error) {
            if (!(error instanceof DeliveryError))
                throw error;
            failure = error.message;
        }
    }
    const destination = describeDelivery(delivery, failure);
    io.info(`${reference} (${image.digest}, ${platformList(image)}, ${(0,units/* humanSize */.Xe)(image.size)}): ${destination}`);
    await io.writeSummary(reportSummary(report, destination));
    if (failure)
        giveUp(io, settings, failure);
}
const reportImageInfo = createReportImageInfo();
async function readImage(settings, source, io, archive) {
    const { image } = settings;
    const clients = (0,session/* openSession */.f)(io);
    try {
        const repository = archive ?? clients.for(source).repository(image.repository);
        const read = await readImageAndParts(repository, image, source, (m) => io.debug(m));
        const { facts } = read;
        await addReferrers(facts, read.parts, repository, io);
        await addContents(facts, read, repository, settings, io);
        if (settings.listTags)
            await addOtherTags(facts, image, repository, io);
        return facts;
    }
    finally {
        await clients.close();
    }
}
/**
 * The repository's other tags of the digest. The image itself was read: a registry that will not
 * list its tags costs the report those tags, not the report.
 */
async function addOtherTags(facts, image, repository, io) {
    const without = '(list_tags: the report goes without the other tags)';
    try {
        const other = await findOtherTags(repository, facts.digest, image.tag);
        if (!other) {
            io.warning(`${repository.label}: the registry does not list the tags of ${image.repository} to these credentials ${without}`);
            return;
        }
        facts.tags = [...facts.tags, ...other.tags];
        facts.tag_scan = { scanned: other.scanned, complete: other.complete };
        if (!other.complete)
            io.info(tagScanNote(image.repository));
    }
    catch (error) {
        io.warning(`${problem(error, `Listing the tags of ${image.repository} failed`)} ${without}`);
    }
}
/**
 * What refers to the image and to each of its parts. The image itself was read: a registry that
 * fails here costs the report its referrers (null), not the report.
 */
async function addReferrers(facts, parts, repository, io) {
    try {
        const found = await readReferrers(repository, parts, (m) => io.debug(m));
        facts.referrers = found.referrers;
        facts.signed = found.signed;
    }
    catch (error) {
        const message = problem(error, `Looking for what refers to ${facts.digest} failed`);
        io.warning(`${message} (the report goes without its referrers)`);
        facts.referrers = null;
        facts.signed = null;
    }
}
/**
 * What each platform holds (distro, packages, vulnerabilities, provenance), from what is attached
 * to it and from its layers. An odd attachment costs the report that fact, with a warning.
 */
async function addContents(facts, read, repository, settings, io) {
    const contents = await readContents(repository, {
        root: facts.digest,
        platforms: facts.platforms.map((p) => ({
            digest: p.digest,
            layers: read.layers.get(p.digest) ?? [],
        })),
        referrers: facts.referrers ?? null,
        attestations: read.attestations,
    }, {
        layerBudgetBytes: settings.readLayersBytes,
        includePackages: settings.includePackages,
        where: `${repository.label}: ${repository.name}`,
        warn: (m) => io.warning(m),
        info: (m) => io.info(m),
        debug: (m) => io.debug(m),
    });
    applyContents(facts, contents);
}
/**
 * On a push, the pull requests the pushed commit came in through, when a GitHub token is given.
 * Not reading them costs the report those facts only: a warning, never a failed step.
 */
async function addPullRequests(source, settings, io) {
    const { git, ci } = source;
    if (ci.provider !== 'github-actions' || ci.event !== 'push')
        return;
    if (!settings.githubToken || !git.repository || !git.commit.sha)
        return;
    git.pull_requests = null;
    try {
        git.pull_requests = await pullRequestsOfCommit({
            apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
            token: settings.githubToken,
            repository: git.repository,
            sha: git.commit.sha,
            timeoutMs: Math.max(1, Math.round(settings.timeoutSeconds * 1000)),
        });
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        io.warning(`${(0,secrets/* redact */.E$)(error.message)} (the report goes without the pull requests)`);
    }
}
/** Issue keys from the commit message, the branch and every pull request title, in that order. */
function addIssueKeys(source, pattern) {
    const { git } = source;
    git.issues = findIssueKeys([
        git.commit.message,
        git.branch,
        git.pull_request?.title,
        ...(git.pull_requests ?? []).map((pr) => pr.title),
    ], pattern);
}
/**
 * Registry refusals and unreachable registries are the report's failures; anything else is a bug.
 * The message goes to the summary and maybe a warning, which the wrapper does not redact.
 */
function problem(error, what) {
    if ((0,errors/* isUserError */.iU)(error))
        return (0,secrets/* redact */.E$)(error.message);
    if ((0,http_errors/* isNetworkError */.TX)(error))
        return (0,secrets/* redact */.E$)(`${what}: ${(0,http_errors/* describe */.q0)(error)}`);
    throw error;
}
/** A report that could not be made: the summary says so, then the step gives up. */
async function cannotReport(io, settings, message, facts) {
    await io.writeSummary({
        title: 'Image report failed',
        facts: [...facts, ['Error', markdownText(message)]],
        markdown: true,
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


/***/ }),

/***/ 19688:
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


/***/ }),

/***/ 41914:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ discoverReferrers),
/* harmony export */   FJ: () => (/* binding */ cosignTags),
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   RY: () => (/* binding */ mergeCosignManifest),
/* harmony export */   hi: () => (/* binding */ isSignature),
/* harmony export */   l1: () => (/* binding */ mergeReferrersIndex),
/* harmony export */   xh: () => (/* binding */ referrerDescriptor)
/* harmony export */ });
/* unused harmony exports COSIGN_SUFFIXES, ArtifactType, DEFAULT_REFERRER_DEPTH, WalkLimit */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19688);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14393);
/* harmony import */ var _oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66908);




const COSIGN_SUFFIXES = ['sig', 'att', 'sbom'];
const ArtifactType = {
    cosignSignature: 'application/vnd.dev.cosign.simplesigning.v1+json',
    sigstoreBundlePrefix: 'application/vnd.dev.sigstore.bundle',
};
/** A signature on a referrer on a referrer on the image is as deep as real chains go. */
const DEFAULT_REFERRER_DEPTH = 4;
/**
 * The whole walk is bounded per step (DESIGN §6), whatever a registry lists: referrers whose
 * referrers have referrers, each listing many more, must not hold a step for minutes nor fill
 * its memory. Real images carry some referrers per platform (a signature, an SBOM, a provenance
 * attestation, their signatures): a 20-platform index with 10 each is 200 referrers, 220
 * listings; the bounds leave five times that. What is past them is left out, and said.
 */
const WalkLimit = {
    /** Referrers found in all. */
    referrers: 1000,
    /** Subjects whose referrers are asked for (each costs up to five requests). */
    listings: 1000,
    /** Bytes of the listings read (referrers tag indexes, API pages, cosign manifests). */
    bytes: 32 * 1024 * 1024,
};
/** Subjects probed at once; each costs up to five requests. */
const SUBJECT_CONCURRENCY = 8;
/**
 * One tag listing finds the referrers tags of every subject at once; past this many tags the
 * listing costs more than asking for each subject's few tags, so those are probed instead.
 */
const TAG_LISTING_LIMIT = 10_000;
const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-f0-9]{32,})$/;
/** The referrers tag schema's tag for a digest: `<alg>-<hex>`, cut to a tag's 128 characters. */
function referrersTag(digest) {
    const match = DIGEST_RE.exec(digest);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${digest}" is not a digest (algorithm:hex)`);
    return `${match[1]}-${match[2]}`.slice(0, 128);
}
/** cosign's tags for a digest, those a tag can hold (a sha512 one is too long for any). */
function cosignTags(digest) {
    const match = DIGEST_RE.exec(digest);
    if (!match)
        return [];
    return COSIGN_SUFFIXES.map((suffix) => ({
        suffix,
        tag: `${match[1]}-${match[2]}.${suffix}`,
    })).filter(({ tag }) => tag.length <= 128);
}
function isSignature(referrer) {
    return (referrer.artifactType === ArtifactType.cosignSignature ||
        referrer.artifactType.startsWith(ArtifactType.sigstoreBundlePrefix) ||
        (referrer.tag?.endsWith('.sig') ?? false));
}
/**
 * Everything that refers to `subjects` in `repo`, and what refers to those, to `maxDepth`:
 * breadth first, each digest once (a referrer listed by the API and the tag schema both, or a
 * chain that loops back), in a stable order. Whether the registry has the referrers API is
 * learnt from the first answer: a registry that has none is not asked again. The repository's
 * tags are listed once, so only the referrers and cosign tags that exist are read.
 */
async function discoverReferrers(repo, subjects, options = {}) {
    const maxDepth = options.maxDepth ?? DEFAULT_REFERRER_DEPTH;
    const state = {
        api: undefined,
        artifactType: options.artifactType,
        asked: new Map(),
        debug: options.debug,
        warn: options.warn ?? options.debug,
        reads: (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .createLimiter */ .z)(SUBJECT_CONCURRENCY),
        listings: 0,
        bytes: 0,
        kept: 0,
        reading: 0,
        unchecked: 0,
    };
    // The tags and whether the registry has the API, learnt at once before any subject is read.
    const [listed] = await Promise.all([
        repo.listTags(TAG_LISTING_LIMIT),
        subjects.length ? apiReferrers(repo, subjects[0], state) : undefined,
    ]);
    if (listed?.complete)
        state.tags = new Set(listed.tags);
    const limit = (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .createLimiter */ .z)(SUBJECT_CONCURRENCY);
    const seen = new Set(subjects);
    const found = [];
    // What the bounds left out, said once at the end, naming the image.
    const leftOut = { subjects: 0, referrers: 0, why: new Set() };
    let level = [...seen];
    for (let depth = 1; level.length > 0; depth++) {
        if (depth > maxDepth) {
            options.debug?.(`${repo.label}: ${repo.name}: referrers deeper than ${maxDepth} levels are not followed`);
            break;
        }
        const lists = await Promise.all(level.map((subject) => limit(async () => {
            // Checked as each listing starts: a level of many subjects stops part-way.
            const bound = state.listings >= WalkLimit.listings
                ? `${WalkLimit.listings} listings`
                : state.bytes > WalkLimit.bytes
                    ? `${formatMiB(WalkLimit.bytes)} of listings`
                    : undefined;
            if (bound) {
                leftOut.subjects++;
                leftOut.why.add(bound);
                return [];
            }
            state.listings++;
            return referrersOf(repo, subject, depth, state);
        })));
        level = [];
        for (const referrer of lists.flat()) {
            if (seen.has(referrer.digest))
                continue;
            seen.add(referrer.digest);
            if (found.length >= WalkLimit.referrers) {
                leftOut.referrers++;
                leftOut.why.add(`${WalkLimit.referrers} referrers`);
                continue;
            }
            found.push(referrer);
            level.push(referrer.digest);
        }
    }
    if (state.unchecked) {
        leftOut.referrers += state.unchecked;
        leftOut.why.add(`${WalkLimit.referrers} referrers`);
    }
    if (leftOut.subjects || leftOut.referrers) {
        const image = `${repo.label}: ${repo.name}@${subjects[0]}${subjects.length > 1 ? ` (and its ${subjects.length - 1} parts)` : ''}`;
        const what = [
            leftOut.referrers ? `${leftOut.referrers} referrers` : '',
            leftOut.subjects ? `the referrers of ${leftOut.subjects} referrers` : '',
        ].filter(Boolean);
        state.warn?.(`${image}: ${what.join(' and ')} left out: the walk of its referrers stops at ${[...leftOut.why].join(', ')}`);
    }
    return found;
}
const formatMiB = (bytes) => `${bytes / (1024 * 1024)} MiB`;
async function referrersOf(repo, subject, depth, state) {
    if (!DIGEST_RE.test(subject))
        return [];
    const fromApi = async () => {
        const listed = await apiReferrers(repo, subject, state);
        state.bytes += Buffer.byteLength(JSON.stringify(listed));
        return listed.flatMap((d) => fromDescriptor(d, subject, 'api', depth));
    };
    const absent = (tag) => state.tags !== undefined && !state.tags.has(tag);
    const fromTagSchema = async () => {
        if (absent(referrersTag(subject)))
            return [];
        const raw = await repo.findManifest(referrersTag(subject));
        if (!raw)
            return [];
        state.bytes += raw.bytes.length;
        if (!(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(raw.mediaType))
            return [];
        const where = `${repo.label}: ${repo.name}:${referrersTag(subject)}`;
        const { entries, skipped } = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReferrersList */ .a_)(raw, where);
        if (skipped)
            state.debug?.(`${where}: ${skipped} entries that are no descriptors left out`);
        return entries.flatMap((d) => fromDescriptor(d, subject, 'tag-schema', depth));
    };
    const fromCosign = cosignTags(subject).map(async ({ tag }) => {
        if (absent(tag))
            return [];
        const raw = await repo.findManifest(tag);
        if (!raw)
            return [];
        state.bytes += raw.bytes.length;
        return [cosignReferrer(raw, subject, tag, depth, repo)];
    });
    const [api, tagSchema, ...cosign] = await Promise.all([
        fromApi(),
        fromTagSchema(),
        ...fromCosign,
    ]);
    // What the API or a referrers tag lists is only a claim: a referrer is what names `subject` as
    // its own (cosign's tags are named by the digest, and hold what they hold).
    // Each costs a read: past the walk's bound of referrers, no more are read (the walk says so).
    const named = await Promise.all([...api, ...tagSchema].map((r) => state.reads(async () => {
        // Reads under way count as kept until they say otherwise: no more than the bound are read.
        if (state.kept + state.reading >= WalkLimit.referrers) {
            state.unchecked++;
            return false;
        }
        state.reading++;
        try {
            const kept = await namesSubject(repo, r, state);
            if (kept)
                state.kept++;
            return kept;
        }
        finally {
            state.reading--;
        }
    })));
    const all = [...[...api, ...tagSchema].filter((_, i) => named[i]), ...cosign.flat()];
    return state.artifactType ? all.filter((r) => r.artifactType === state.artifactType) : all;
}
/**
 * Whether the manifest a referrers listing names has `referrer.subject` as its `subject`; one
 * that names another image, or none, or cannot be read, is left out with a warning: it is never
 * copied, nor written into a referrers index.
 */
async function namesSubject(repo, referrer, state) {
    const listing = referrer.source === 'api' ? 'referrers API' : 'referrers tag';
    const where = `${repo.label}: ${repo.name}@${referrer.subject}`;
    const raw = await repo.findManifest(referrer.digest);
    let subject;
    if (raw) {
        try {
            const parsed = JSON.parse(raw.bytes.toString('utf8'));
            subject = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(parsed) && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(parsed.subject) ? parsed.subject.digest : undefined;
        }
        catch {
            subject = undefined;
        }
    }
    if (subject === referrer.subject)
        return true;
    const why = !raw
        ? 'the registry does not have it'
        : typeof subject === 'string'
            ? `its subject is ${subject}`
            : 'it names no subject';
    state.warn?.(`${where}: the ${listing} lists ${referrer.digest}, which is no referrer of it (${why}); left out`);
    return false;
}
/** The referrers API's answer for one subject, asked once; [] where the registry has no API. */
function apiReferrers(repo, subject, state) {
    let pending = state.asked.get(subject);
    if (!pending) {
        pending = (async () => {
            if (state.api === false)
                return [];
            const listed = await repo.listReferrers(subject, state.artifactType);
            state.api = listed !== undefined;
            return listed ?? [];
        })();
        state.asked.set(subject, pending);
    }
    return pending;
}
function fromDescriptor(entry, subject, source, depth) {
    const d = entry;
    // A malformed entry names nothing that could be copied: it is passed over, not trusted.
    if (!d || typeof d !== 'object' || typeof d.digest !== 'string' || !DIGEST_RE.test(d.digest))
        return [];
    if (typeof d.mediaType !== 'string' || typeof d.size !== 'number')
        return [];
    return [
        {
            digest: d.digest,
            mediaType: d.mediaType,
            size: d.size,
            artifactType: typeof d.artifactType === 'string' ? d.artifactType : '',
            subject,
            annotations: stringMap(d.annotations),
            source,
            depth,
        },
    ];
}
function cosignReferrer(raw, subject, tag, depth, repo) {
    const manifest = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageManifest */ .Sw)(raw, `${repo.label}: ${repo.name}:${tag}`);
    const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
    const artifactType = (typeof manifest.artifactType === 'string' && manifest.artifactType) ||
        (typeof layers[0]?.mediaType === 'string' && layers[0].mediaType) ||
        manifest.config?.mediaType ||
        '';
    return {
        digest: raw.digest,
        mediaType: raw.mediaType,
        size: raw.bytes.length,
        artifactType,
        subject,
        annotations: stringMap(manifest.annotations),
        source: 'cosign-tag',
        tag,
        manifest: raw,
        depth,
    };
}
function stringMap(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return {};
    return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'));
}
/** The descriptor a referrers index lists for a referrer (OCI 1.1: artifactType, annotations). */
function referrerDescriptor(referrer) {
    return {
        mediaType: referrer.mediaType,
        digest: referrer.digest,
        size: referrer.size,
        ...(referrer.artifactType ? { artifactType: referrer.artifactType } : {}),
        ...(Object.keys(referrer.annotations).length ? { annotations: referrer.annotations } : {}),
    };
}
/**
 * The referrers tag index after adding `additions` to what the target already lists: nothing the
 * target had is dropped, nothing is listed twice. `undefined` when it would not change.
 */
function mergeReferrersIndex(existing, additions, where) {
    let index = {
        schemaVersion: 2,
        mediaType: _oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociIndex,
        manifests: [],
    };
    if (existing) {
        if (!(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(existing.mediaType)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: the referrers tag holds a ${existing.mediaType}, not an index; it is left alone`);
        }
        // The target's own entries are kept as they are, even those this code would not read.
        index = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReferrersList */ .a_)(existing, where).document;
    }
    const listed = new Set(index.manifests.map((d) => d?.digest).filter(Boolean));
    const added = additions.filter((d) => !listed.has(d.digest));
    if (added.length === 0)
        return undefined;
    const bytes = Buffer.from(JSON.stringify({ ...index, manifests: [...index.manifests, ...added] }));
    return { bytes, mediaType: _oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociIndex, digest: (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(bytes) };
}
/**
 * A cosign tag the target already holds with other signatures than the source's: the source's
 * manifest with the target's own layers appended, so that no signature is lost on either side.
 * `undefined` when the source's layers already include all of the target's.
 */
/** A cosign layer's identity: its blob and what its annotations say (signature, certificate). */
function signatureKey(layer) {
    const annotations = Object.entries(layer?.annotations ?? {}).sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify([layer?.digest, annotations]);
}
function mergeCosignManifest(source, target, where) {
    const ours = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageManifest */ .Sw)(source, where);
    const theirs = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageManifest */ .Sw)(target, where);
    const layers = Array.isArray(ours.layers) ? ours.layers : [];
    // A signature is its payload and its annotations: two keys signing one image write one payload
    // (one digest) with two signatures, and both are kept.
    const have = new Set(layers.map(signatureKey));
    const extra = (Array.isArray(theirs.layers) ? theirs.layers : []).filter((l) => l && typeof l.digest === 'string' && !have.has(signatureKey(l)));
    if (extra.length === 0)
        return undefined;
    const bytes = Buffer.from(JSON.stringify({ ...ours, layers: [...layers, ...extra] }));
    return { bytes, mediaType: source.mediaType, digest: (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(bytes) };
}


/***/ }),

/***/ 76889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ assertVerifiable),
/* harmony export */   o: () => (/* binding */ verifyingStream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36624);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92968);




/**
 * Only sha256 and sha512 digests can be checked on the way through; anything else is refused
 * before a byte moves.
 */
function assertVerifiable(expected, where) {
    if (!(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidDigest */ .fH)(expected.digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${where}: cannot verify ${expected.digest}: only ${_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_FORM */ .uY} digests are supported`, 0, 'DIGEST_INVALID');
    }
}
/**
 * Passes a blob through while hashing it, and fails the stream at its end unless the bytes match
 * the expected digest and size. The failure aborts the upload it feeds, so this step reports the
 * bad bytes; what keeps them out of the target is the registry's own check of `?digest=` on the
 * closing PUT, which refuses a body that does not hash to it.
 */
function verifyingStream(source, expected, where, onBytes = () => { }) {
    try {
        assertVerifiable(expected, where);
    }
    catch (error) {
        source.destroy();
        throw error;
    }
    const algorithm = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .digestAlgorithm */ .g4)(expected.digest);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    let size = 0;
    const check = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, callback) {
            size += chunk.length;
            // A blob longer than its descriptor says is refused at once, not read to its end, which
            // a hostile registry may never send.
            if (size > expected.size) {
                callback(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${where}: blob ${expected.digest} is larger than the ${expected.size} bytes its manifest gives; nothing was written`, 0, 'SIZE_INVALID'));
                return;
            }
            hash.update(chunk);
            onBytes(chunk.length);
            callback(null, chunk);
        },
        flush(callback) {
            const digest = `${algorithm}:${hash.digest('hex')}`;
            if (digest !== expected.digest || size !== expected.size) {
                callback(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${where}: blob ${expected.digest} arrived as ${digest} (${size} of ${expected.size} bytes); nothing was written`, 0, 'DIGEST_INVALID'));
                return;
            }
            callback();
        },
    });
    // pipeline destroys both sides on error, so a failing source aborts the upload too.
    return (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(source, check, () => { });
}


/***/ }),

/***/ 26780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DC: () => (/* binding */ REPORT_SCHEMA),
  VV: () => (/* binding */ isReportUri),
  RE: () => (/* binding */ schema_validateReport)
});

// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./.build/src/report/generated/report-validators.js
// Generated by scripts/generate-validators.mjs from schemas/image-report.schema.json: do not edit.


const runtime1 = ucs2length["default"] ?? ucs2length;

const validateReport = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"image-actions image report","description":"What the report-image-info action posts to a reporting endpoint: the image's facts as its registry tells them, the Git and CI facts of the run that reports it, and the user's annotations. Unknown facts are null, never missing: every field listed as required is always present.","type":"object","additionalProperties":false,"required":["schema","reported_at","image","git","ci","annotations"],"properties":{"schema":{"description":"The version of this document's shape. A receiver can route on it; an incompatible change gets a new version.","const":"image-report/v1"},"reported_at":{"description":"When the report was made, UTC, ISO 8601 (2024-05-01T12:00:00.000Z).","type":"string","format":"date-time"},"image":{"$ref":"#/definitions/image"},"git":{"$ref":"#/definitions/git"},"ci":{"$ref":"#/definitions/ci"},"annotations":{"description":"The user's own facts, from the `annotations` input: keys start with a letter, then letters, digits, `_`, `.` or `-`; values are strings, numbers or booleans.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_.-]*$"},"additionalProperties":{"type":["string","number","boolean"]}}},"definitions":{"nullableString":{"type":["string","null"]},"digest":{"type":"string","pattern":"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},"image":{"description":"The image, as its registry describes it.","type":"object","additionalProperties":false,"required":["reference","registry","repository","tags","digest","media_type","image_id","platforms","size","created","labels"],"properties":{"reference":{"description":"The image reference reported, normalised: the domain always written, `library/` added to Docker Hub official images, `latest` when neither tag nor digest was given (docker.io/library/nginx:latest).","type":"string","minLength":1},"registry":{"description":"The registry the image was read from.","type":"object","additionalProperties":false,"required":["domain","integration","kind"],"properties":{"domain":{"description":"The registry's domain, host[:port]; Docker Hub is docker.io.","type":"string","minLength":1},"integration":{"description":"The name of the integration in the registries file the image was read through; null when read with Docker config credentials or anonymously.","$ref":"#/definitions/nullableString"},"kind":{"description":"The kind of registry: the integration's `kind`, else guessed from the domain.","enum":["dockerhub","ghcr","gcr","gar","ecr","acr","quay","other"]}}},"repository":{"description":"The repository path within the registry (acme/app).","type":"string","minLength":1},"tags":{"description":"The tags reported: the tag of the `image` input first; with `list_tags`, then the repository's other tags that point at the same digest (sorted); empty when the image was given by digest alone and no other tag was found.","type":"array","items":{"type":"string","minLength":1}},"digest":{"description":"The digest of the manifest the reference resolves to: an image index for multi-platform images, else the image manifest.","$ref":"#/definitions/digest"},"media_type":{"description":"The media type of that manifest (application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.v2+json, ...).","type":"string","minLength":1},"image_id":{"description":"The config digest, what `docker images` calls the image id. For an index, the first platform's (in the index's order; each platform's own is in `platforms`). Null when the manifest is no image for any platform.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]},"platforms":{"description":"The platform images: one for a single manifest, one per platform of an index. Attestation manifests (platform unknown/unknown) are left out.","type":"array","items":{"$ref":"#/definitions/platform"}},"size":{"description":"Bytes the image takes in the registry (its footprint): configs and layers of every platform, each distinct blob counted once (layers are compressed as stored). For an index this is not what one platform pulls: a dashboard keyed by OS/architecture should use platforms[].size.","type":"integer","minimum":0},"created":{"description":"The latest `created` time of the platforms' configs (the image's last update), UTC ISO 8601; null when none gives one (Go's zero time 0001-01-01T00:00:00Z counts as none).","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"labels":{"description":"The first platform's config labels (org.opencontainers.image.source, ...).","type":"object","additionalProperties":{"type":"string"}},"base":{"description":"The image this one was built on, from the `org.opencontainers.image.base.name` and `.base.digest` annotations (of the index, else of the first platform's manifest); else, when they are missing, from the first platform's SLSA provenance where it names one base image; null when neither tells. Optional: reports before it was added lack it.","oneOf":[{"type":"object","additionalProperties":false,"required":["name","digest"],"properties":{"name":{"description":"The base image's reference (docker.io/library/alpine:3.20).","$ref":"#/definitions/nullableString"},"digest":{"description":"The base image's manifest digest.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]}}},{"type":"null"}]},"tag_scan":{"description":"Present with `list_tags`: how many of the repository's tags were compared with the digest, and whether that was all of them (the scan stops at 1000 tags). Optional.","type":"object","additionalProperties":false,"required":["scanned","complete"],"properties":{"scanned":{"description":"The tags listed and compared.","type":"integer","minimum":0},"complete":{"description":"false when the repository has more tags than were scanned: `tags` may miss some.","type":"boolean"}}},"referrers":{"description":"What refers to the image and to each entry of its index, attestation manifests included (signatures, SBOMs, attestations), and what refers to those (a signature on an SBOM), as the registry keeps them: its OCI referrers API, the sha256-<hex> referrers tag schema, or cosign's .sig/.att/.sbom tags. [] when nothing does; null when they could not be read. Optional.","oneOf":[{"type":"array","items":{"$ref":"#/definitions/referrer"}},{"type":"null"}]},"signed":{"description":"true when a cosign signature (a sha256-<hex>.sig tag, application/vnd.dev.cosign.simplesigning.v1+json) or a sigstore bundle (application/vnd.dev.sigstore.bundle*) is among the referrers. Presence only: no signature is verified. Null when the referrers could not be read. Optional.","type":["boolean","null"]}}},"platform":{"description":"One platform image.","type":"object","additionalProperties":false,"required":["os","architecture","variant","digest","image_id","size","created"],"properties":{"os":{"description":"Operating system (linux, windows).","type":"string","minLength":1},"architecture":{"description":"CPU architecture (amd64, arm64, arm, ppc64le, s390x).","type":"string","minLength":1},"variant":{"description":"CPU variant (v7 for linux/arm/v7), or null.","$ref":"#/definitions/nullableString"},"digest":{"description":"The platform manifest's digest.","$ref":"#/definitions/digest"},"image_id":{"description":"The platform's config digest.","$ref":"#/definitions/digest"},"size":{"description":"Bytes of the platform's config and layers in the registry.","type":"integer","minimum":0},"created":{"description":"The config's `created` time, UTC ISO 8601, or null.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"os_version":{"description":"The OS build the image needs (Windows: 10.0.17763.5458): the platform's or the config's `os.version`, or null. Optional.","$ref":"#/definitions/nullableString"},"layers":{"description":"The platform's build steps in order: each layer of the manifest with the config's history entry that made it, and the history entries that made no layer (`empty_layer`). Optional.","type":"array","items":{"$ref":"#/definitions/layer"}},"distro":{"description":"What the platform image says it is: from the operating system entry of an attached SBOM, else from the os-release file (/etc/os-release, else /usr/lib/os-release) of its layers, read top-down within the read_layers_mb bound. Null when neither tells. Optional: reports before it was added lack it.","oneOf":[{"$ref":"#/definitions/distro"},{"type":"null"}]},"packages":{"description":"What an attached SBOM (SPDX or CycloneDX JSON: a referrer, a cosign attestation, or a BuildKit attestation manifest in the index) lists for the platform: the platform's own first, then BuildKit's, then one attached to the whole image. Null when none is attached. Optional.","oneOf":[{"$ref":"#/definitions/packages"},{"type":"null"}]},"vulnerabilities":{"description":"What an attached vulnerability scan (cosign's vuln predicate, e.g. Trivy's --format cosign-vuln) and an OpenVEX document say of the platform, as they say it: counts are never recomputed. Null when neither is attached. Optional.","oneOf":[{"$ref":"#/definitions/vulnerabilities"},{"type":"null"}]},"provenance":{"description":"How the platform image was built, from attached SLSA provenance (v0.2 or v1: BuildKit's, the SLSA GitHub generator's, cosign attest --type slsaprovenance*). Null when none is attached. Optional.","oneOf":[{"$ref":"#/definitions/provenance"},{"type":"null"}]}}},"layer":{"description":"One build step of a platform image: a layer and the history entry that made it, or a history entry that made no layer.","type":"object","additionalProperties":false,"required":["digest","size","media_type","created_by","created","comment","empty_layer"],"properties":{"digest":{"description":"The layer blob's digest; null for an empty layer.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]},"size":{"description":"Bytes of the layer as stored (compressed); 0 for an empty layer.","type":"integer","minimum":0},"media_type":{"description":"The layer's media type; null for an empty layer.","$ref":"#/definitions/nullableString"},"created_by":{"description":"The instruction that made it, as the builder recorded it (RUN /bin/sh -c apk add --no-cache curl # buildkit); null when the config has no history entry for it.","$ref":"#/definitions/nullableString"},"created":{"description":"When the step ran, UTC ISO 8601, or null.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"comment":{"description":"The history entry's comment (buildkit.dockerfile.v0), or null.","$ref":"#/definitions/nullableString"},"empty_layer":{"description":"true for a step that added no layer (ENV, CMD, LABEL): digest and media_type are null and size is 0.","type":"boolean"}}},"distro":{"description":"The operating system distribution of a platform image, with the os-release field names.","type":"object","additionalProperties":false,"required":["id","version_id","pretty_name","source","digest"],"properties":{"id":{"description":"os-release ID, lower case (debian, alpine, ubuntu); from an SBOM, its operating system name.","$ref":"#/definitions/nullableString"},"version_id":{"description":"os-release VERSION_ID (12, 3.20.3).","$ref":"#/definitions/nullableString"},"pretty_name":{"description":"os-release PRETTY_NAME, else NAME (Debian GNU/Linux 12 (bookworm)); from a CycloneDX SBOM, the component description.","$ref":"#/definitions/nullableString"},"source":{"description":"sbom: from an attached SBOM; os-release: from the layers.","enum":["sbom","os-release"]},"digest":{"description":"The SBOM's carrying manifest, or the layer the os-release file was found in.","$ref":"#/definitions/digest"}}},"packages":{"description":"The packages an SBOM lists, counted by purl type.","type":"object","additionalProperties":false,"required":["total","by_type","sbom"],"properties":{"total":{"description":"Packages listed, the operating system entry and the image itself left out.","type":"integer","minimum":0},"by_type":{"description":"Packages by purl type (deb, apk, rpm, npm, pypi, golang, maven, ...); unknown for a package without a purl.","type":"object","additionalProperties":{"type":"integer","minimum":0}},"sbom":{"description":"The SBOM read.","type":"object","additionalProperties":false,"required":["format","version","digest","signed"],"properties":{"format":{"description":"spdx or cyclonedx (JSON).","enum":["spdx","cyclonedx"]},"version":{"description":"The document's own version field (SPDX-2.3, 1.5).","$ref":"#/definitions/nullableString"},"digest":{"description":"The digest of the manifest that carries the document (a referrer or an attestation manifest).","$ref":"#/definitions/digest"},"signed":{"description":"Whether the document came in a DSSE envelope with a signature: presence only, nothing is verified.","type":"boolean"}}},"list":{"description":"With include_packages: the packages, at most 5000, in the SBOM's order.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","version","type","purl"],"properties":{"name":{"type":"string"},"version":{"$ref":"#/definitions/nullableString"},"type":{"description":"The purl type, or unknown.","type":"string"},"purl":{"$ref":"#/definitions/nullableString"}}}},"list_complete":{"description":"With include_packages: false when the SBOM lists more packages than list holds.","type":"boolean"}}},"vulnerabilities":{"description":"A scan and a VEX document attached to a platform image.","type":"object","additionalProperties":false,"required":["scan","vex"],"properties":{"scan":{"description":"The scan's findings (cosign vuln predicate); null when only a VEX document is attached.","oneOf":[{"type":"object","additionalProperties":false,"required":["by_severity","total","scanner","database","scanned_at","digest","signed"],"properties":{"by_severity":{"description":"Findings by the severity the scanner gave; a severity of another name (negligible) counts as unknown.","type":"object","additionalProperties":false,"required":["critical","high","medium","low","unknown"],"properties":{"critical":{"type":"integer","minimum":0},"high":{"type":"integer","minimum":0},"medium":{"type":"integer","minimum":0},"low":{"type":"integer","minimum":0},"unknown":{"type":"integer","minimum":0}}},"total":{"description":"Findings in all, as listed by the scan.","type":"integer","minimum":0},"scanner":{"type":"object","additionalProperties":false,"required":["name","version","uri"],"properties":{"name":{"description":"From the scanner uri (trivy, grype).","$ref":"#/definitions/nullableString"},"version":{"$ref":"#/definitions/nullableString"},"uri":{"$ref":"#/definitions/nullableString"}}},"database":{"description":"The scanner's vulnerability database: the predicate's scanner.db (uri, version) and when the database was built, where the result tells it (Grype's descriptor.db); null when none of it is known.","oneOf":[{"type":"object","additionalProperties":false,"required":["uri","version","built_at"],"properties":{"uri":{"$ref":"#/definitions/nullableString"},"version":{"$ref":"#/definitions/nullableString"},"built_at":{"description":"When the database was built, UTC ISO 8601, or null.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]}}},{"type":"null"}]},"scanned_at":{"description":"When the scan finished (else started), UTC ISO 8601.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"digest":{"description":"The digest of the manifest that carries the document (a referrer or an attestation manifest).","$ref":"#/definitions/digest"},"signed":{"description":"Whether the document came in a DSSE envelope with a signature: presence only, nothing is verified.","type":"boolean"}}},{"type":"null"}]},"vex":{"description":"An OpenVEX document: its statements counted by status; null when none is attached.","oneOf":[{"type":"object","additionalProperties":false,"required":["by_status","total","author","timestamp","digest","signed"],"properties":{"by_status":{"description":"Statements by status (not_affected, affected, fixed, under_investigation).","type":"object","additionalProperties":{"type":"integer","minimum":0}},"total":{"type":"integer","minimum":0},"author":{"$ref":"#/definitions/nullableString"},"timestamp":{"oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"digest":{"description":"The digest of the manifest that carries the document (a referrer or an attestation manifest).","$ref":"#/definitions/digest"},"signed":{"description":"Whether the document came in a DSSE envelope with a signature: presence only, nothing is verified.","type":"boolean"}}},{"type":"null"}]}}},"provenance":{"description":"SLSA provenance of a platform image.","type":"object","additionalProperties":false,"required":["predicate_type","builder_id","build_type","source","base_images","digest","signed"],"properties":{"predicate_type":{"description":"https://slsa.dev/provenance/v0.2 or https://slsa.dev/provenance/v1.","type":"string"},"builder_id":{"description":"builder.id (v0.2) or runDetails.builder.id (v1).","$ref":"#/definitions/nullableString"},"build_type":{"description":"buildType (v0.2) or buildDefinition.buildType (v1).","$ref":"#/definitions/nullableString"},"source":{"description":"The source built: BuildKit's vcs metadata, else a Git config source or material, else GitHub's workflow repository.","type":"object","additionalProperties":false,"required":["repository","commit"],"properties":{"repository":{"$ref":"#/definitions/nullableString"},"commit":{"$ref":"#/definitions/nullableString"}}},"base_images":{"description":"The images the build pulled (pkg:docker materials or resolvedDependencies). When the image has no base annotations and exactly one of them is not the Dockerfile frontend, image.base is filled from it.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","digest"],"properties":{"name":{"type":"string"},"digest":{"oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]}}}},"digest":{"description":"The digest of the manifest that carries the document (a referrer or an attestation manifest).","$ref":"#/definitions/digest"},"signed":{"description":"Whether the document came in a DSSE envelope with a signature: presence only, nothing is verified.","type":"boolean"}}},"referrer":{"description":"A manifest that refers to the image or to one of its parts.","type":"object","additionalProperties":false,"required":["artifact_type","media_type","digest","size","subject","source","tag"],"properties":{"artifact_type":{"description":"What it is (application/spdx+json, application/vnd.dev.cosign.simplesigning.v1+json, ...): the manifest's artifactType, else its config's media type; for a cosign tag, its layers' media type. Null when it says none.","$ref":"#/definitions/nullableString"},"media_type":{"description":"The referrer manifest's media type.","type":"string","minLength":1},"digest":{"description":"The referrer manifest's digest.","$ref":"#/definitions/digest"},"size":{"description":"The referrer manifest's size in bytes.","type":"integer","minimum":0},"subject":{"description":"The digest it refers to: the image's, a platform manifest's, or another referrer's.","$ref":"#/definitions/digest"},"source":{"description":"Where it was found: api (the registry's referrers API), tag-schema (a sha256-<hex> tag index) or cosign-tag.","enum":["api","tag-schema","cosign-tag"]},"tag":{"description":"The cosign tag it was found under (sha256-<hex>.sig); null for the others.","$ref":"#/definitions/nullableString"}}},"git":{"description":"The source the image was built from, as the CI (or `git` in the working directory) tells it.","type":"object","additionalProperties":false,"required":["provider","repository","repository_url","ref","branch","tag","commit","pull_request"],"properties":{"provider":{"description":"Where the repository is hosted: github, gitlab, bitbucket, or git (another host); null when unknown.","$ref":"#/definitions/nullableString"},"repository":{"description":"The repository as owner/name (a GitLab project path may have more components).","$ref":"#/definitions/nullableString"},"repository_url":{"description":"The repository's web address, without credentials. For an http(s) remote, its scheme and port; for an SSH remote, https on the default port.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"ref":{"description":"The full Git ref the run is for: refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge.","$ref":"#/definitions/nullableString"},"branch":{"description":"The branch: the head (source) branch on pull requests; on a tag push, the branch GitHub names in the event (base_ref), else null.","$ref":"#/definitions/nullableString"},"tag":{"description":"The Git tag the run is for, on a tag push; else null.","$ref":"#/definitions/nullableString"},"commit":{"description":"The commit the image was built from: on pull requests the head commit of the pull request, not the merge commit.","type":"object","additionalProperties":false,"required":["sha","message","url","author","timestamp"],"properties":{"sha":{"description":"The full commit hash.","$ref":"#/definitions/nullableString"},"message":{"description":"The full commit message, when the event or `git` tells it.","$ref":"#/definitions/nullableString"},"url":{"description":"The commit's web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"Who wrote the commit, or null when unknown.","oneOf":[{"type":"object","additionalProperties":false,"required":["name","email","username"],"properties":{"name":{"description":"The author's name.","$ref":"#/definitions/nullableString"},"email":{"description":"The author's email.","$ref":"#/definitions/nullableString"},"username":{"description":"The author's account on the Git host, when the host tells it.","$ref":"#/definitions/nullableString"}}},{"type":"null"}]},"timestamp":{"description":"The commit's author time, UTC ISO 8601.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]}}},"pull_request":{"description":"The pull (merge) request the run is for; null on other events.","oneOf":[{"type":"object","additionalProperties":false,"required":["number","title","url","author"],"properties":{"number":{"description":"The pull request number.","type":"integer","minimum":1},"title":{"description":"The pull request title.","$ref":"#/definitions/nullableString"},"url":{"description":"The pull request's web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"The login of who opened it.","$ref":"#/definitions/nullableString"}}},{"type":"null"}]},"pull_requests":{"description":"On a push event, with the `github_token` input: the pull requests that brought the pushed commit in, as GitHub lists them (GET /repos/{owner}/{repo}/commits/{sha}/pulls); [] when there are none; null when not asked or they could not be read. Optional.","oneOf":[{"type":"array","items":{"$ref":"#/definitions/commitPullRequest"}},{"type":"null"}]},"issues":{"description":"Issue keys (ABC-123, or what `issue_key_pattern` matches) found in the commit message, the branch and the pull requests' titles, each once, in that order. Optional.","type":"array","items":{"type":"string","minLength":1}}}},"ci":{"description":"The CI run that made the report.","type":"object","additionalProperties":false,"required":["provider","workflow","run_id","run_number","run_attempt","run_url","job","actor","event"],"properties":{"provider":{"description":"github-actions, gitlab-ci, the lowercase id of another CI (jenkins, circleci, buildkite, bitbucket-pipelines, azure-pipelines, drone, ...), other (a CI that sets CI=true), or local (no CI).","type":"string","minLength":1},"workflow":{"description":"The workflow's name (GitLab: the pipeline name).","$ref":"#/definitions/nullableString"},"run_id":{"description":"The run's id (GitLab: the pipeline id), as a string.","$ref":"#/definitions/nullableString"},"run_number":{"description":"The run's number within its workflow (GitLab: the pipeline's number in the project).","oneOf":[{"type":"integer","minimum":0},{"type":"null"}]},"run_attempt":{"description":"Which attempt of the run this is, from 1 (GitHub re-runs).","oneOf":[{"type":"integer","minimum":1},{"type":"null"}]},"run_url":{"description":"The run's web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"job":{"description":"The job's id or name.","$ref":"#/definitions/nullableString"},"actor":{"description":"Who started the run (the triggering actor on re-runs).","$ref":"#/definitions/nullableString"},"event":{"description":"What started the run: push, pull_request, workflow_dispatch, ... (GitLab: the pipeline source).","$ref":"#/definitions/nullableString"}}},"commitPullRequest":{"description":"A pull request a pushed commit came in through.","type":"object","additionalProperties":false,"required":["number","title","url","author","state","merged_at","base"],"properties":{"number":{"description":"The pull request number.","type":"integer","minimum":1},"title":{"description":"Its title.","$ref":"#/definitions/nullableString"},"url":{"description":"Its web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"The login of who opened it.","$ref":"#/definitions/nullableString"},"state":{"description":"open or closed.","$ref":"#/definitions/nullableString"},"merged_at":{"description":"When it was merged, UTC ISO 8601; null when not (yet) merged.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"base":{"description":"The branch it was opened against.","$ref":"#/definitions/nullableString"}}}}};
const formats0 = formats/* fullFormats */.U9["date-time"];
const schema12 = {"description":"The image, as its registry describes it.","type":"object","additionalProperties":false,"required":["reference","registry","repository","tags","digest","media_type","image_id","platforms","size","created","labels"],"properties":{"reference":{"description":"The image reference reported, normalised: the domain always written, `library/` added to Docker Hub official images, `latest` when neither tag nor digest was given (docker.io/library/nginx:latest).","type":"string","minLength":1},"registry":{"description":"The registry the image was read from.","type":"object","additionalProperties":false,"required":["domain","integration","kind"],"properties":{"domain":{"description":"The registry's domain, host[:port]; Docker Hub is docker.io.","type":"string","minLength":1},"integration":{"description":"The name of the integration in the registries file the image was read through; null when read with Docker config credentials or anonymously.","$ref":"#/definitions/nullableString"},"kind":{"description":"The kind of registry: the integration's `kind`, else guessed from the domain.","enum":["dockerhub","ghcr","gcr","gar","ecr","acr","quay","other"]}}},"repository":{"description":"The repository path within the registry (acme/app).","type":"string","minLength":1},"tags":{"description":"The tags reported: the tag of the `image` input first; with `list_tags`, then the repository's other tags that point at the same digest (sorted); empty when the image was given by digest alone and no other tag was found.","type":"array","items":{"type":"string","minLength":1}},"digest":{"description":"The digest of the manifest the reference resolves to: an image index for multi-platform images, else the image manifest.","$ref":"#/definitions/digest"},"media_type":{"description":"The media type of that manifest (application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.v2+json, ...).","type":"string","minLength":1},"image_id":{"description":"The config digest, what `docker images` calls the image id. For an index, the first platform's (in the index's order; each platform's own is in `platforms`). Null when the manifest is no image for any platform.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]},"platforms":{"description":"The platform images: one for a single manifest, one per platform of an index. Attestation manifests (platform unknown/unknown) are left out.","type":"array","items":{"$ref":"#/definitions/platform"}},"size":{"description":"Bytes the image takes in the registry (its footprint): configs and layers of every platform, each distinct blob counted once (layers are compressed as stored). For an index this is not what one platform pulls: a dashboard keyed by OS/architecture should use platforms[].size.","type":"integer","minimum":0},"created":{"description":"The latest `created` time of the platforms' configs (the image's last update), UTC ISO 8601; null when none gives one (Go's zero time 0001-01-01T00:00:00Z counts as none).","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"labels":{"description":"The first platform's config labels (org.opencontainers.image.source, ...).","type":"object","additionalProperties":{"type":"string"}},"base":{"description":"The image this one was built on, from the `org.opencontainers.image.base.name` and `.base.digest` annotations (of the index, else of the first platform's manifest); else, when they are missing, from the first platform's SLSA provenance where it names one base image; null when neither tells. Optional: reports before it was added lack it.","oneOf":[{"type":"object","additionalProperties":false,"required":["name","digest"],"properties":{"name":{"description":"The base image's reference (docker.io/library/alpine:3.20).","$ref":"#/definitions/nullableString"},"digest":{"description":"The base image's manifest digest.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]}}},{"type":"null"}]},"tag_scan":{"description":"Present with `list_tags`: how many of the repository's tags were compared with the digest, and whether that was all of them (the scan stops at 1000 tags). Optional.","type":"object","additionalProperties":false,"required":["scanned","complete"],"properties":{"scanned":{"description":"The tags listed and compared.","type":"integer","minimum":0},"complete":{"description":"false when the repository has more tags than were scanned: `tags` may miss some.","type":"boolean"}}},"referrers":{"description":"What refers to the image and to each entry of its index, attestation manifests included (signatures, SBOMs, attestations), and what refers to those (a signature on an SBOM), as the registry keeps them: its OCI referrers API, the sha256-<hex> referrers tag schema, or cosign's .sig/.att/.sbom tags. [] when nothing does; null when they could not be read. Optional.","oneOf":[{"type":"array","items":{"$ref":"#/definitions/referrer"}},{"type":"null"}]},"signed":{"description":"true when a cosign signature (a sha256-<hex>.sig tag, application/vnd.dev.cosign.simplesigning.v1+json) or a sigstore bundle (application/vnd.dev.sigstore.bundle*) is among the referrers. Presence only: no signature is verified. Null when the referrers could not be read. Optional.","type":["boolean","null"]}}};
const schema13 = {"type":["string","null"]};
const schema14 = {"type":"string","pattern":"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime1;
const pattern0 = new RegExp("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$", "u");
const schema16 = {"description":"One platform image.","type":"object","additionalProperties":false,"required":["os","architecture","variant","digest","image_id","size","created"],"properties":{"os":{"description":"Operating system (linux, windows).","type":"string","minLength":1},"architecture":{"description":"CPU architecture (amd64, arm64, arm, ppc64le, s390x).","type":"string","minLength":1},"variant":{"description":"CPU variant (v7 for linux/arm/v7), or null.","$ref":"#/definitions/nullableString"},"digest":{"description":"The platform manifest's digest.","$ref":"#/definitions/digest"},"image_id":{"description":"The platform's config digest.","$ref":"#/definitions/digest"},"size":{"description":"Bytes of the platform's config and layers in the registry.","type":"integer","minimum":0},"created":{"description":"The config's `created` time, UTC ISO 8601, or null.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"os_version":{"description":"The OS build the image needs (Windows: 10.0.17763.5458): the platform's or the config's `os.version`, or null. Optional.","$ref":"#/definitions/nullableString"},"layers":{"description":"The platform's build steps in order: each layer of the manifest with the config's history entry that made it, and the history entries that made no layer (`empty_layer`). Optional.","type":"array","items":{"$ref":"#/definitions/layer"}},"distro":{"description":"What the platform image says it is: from the operating system entry of an attached SBOM, else from the os-release file (/etc/os-release, else /usr/lib/os-release) of its layers, read top-down within the read_layers_mb bound. Null when neither tells. Optional: reports before it was added lack it.","oneOf":[{"$ref":"#/definitions/distro"},{"type":"null"}]},"packages":{"description":"What an attached SBOM (SPDX or CycloneDX JSON: a referrer, a cosign attestation, or a BuildKit attestation manifest in the index) lists for the platform: the platform's own first, then BuildKit's, then one attached to the whole image. Null when none is attached. Optional.","oneOf":[{"$ref":"#/definitions/packages"},{"type":"null"}]},"vulnerabilities":{"description":"What an attached vulnerability scan (cosign's vuln predicate, e.g. Trivy's --format cosign-vuln) and an OpenVEX document say of the platform, as they say it: counts are never recomputed. Null when neither is attached. Optional.","oneOf":[{"$ref":"#/definitions/vulnerabilities"},{"type":"null"}]},"provenance":{"description":"How the platform image was built, from attached SLSA provenance (v0.2 or v1: BuildKit's, the SLSA GitHub generator's, cosign attest --type slsaprovenance*). Null when none is attached. Optional.","oneOf":[{"$ref":"#/definitions/provenance"},{"type":"null"}]}}};
const schema21 = {"description":"One build step of a platform image: a layer and the history entry that made it, or a history entry that made no layer.","type":"object","additionalProperties":false,"required":["digest","size","media_type","created_by","created","comment","empty_layer"],"properties":{"digest":{"description":"The layer blob's digest; null for an empty layer.","oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]},"size":{"description":"Bytes of the layer as stored (compressed); 0 for an empty layer.","type":"integer","minimum":0},"media_type":{"description":"The layer's media type; null for an empty layer.","$ref":"#/definitions/nullableString"},"created_by":{"description":"The instruction that made it, as the builder recorded it (RUN /bin/sh -c apk add --no-cache curl # buildkit); null when the config has no history entry for it.","$ref":"#/definitions/nullableString"},"created":{"description":"When the step ran, UTC ISO 8601, or null.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"comment":{"description":"The history entry's comment (buildkit.dockerfile.v0), or null.","$ref":"#/definitions/nullableString"},"empty_layer":{"description":"true for a step that added no layer (ENV, CMD, LABEL): digest and media_type are null and size is 0.","type":"boolean"}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.digest === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.media_type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.created_by === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_by"},message:"must have required property '"+"created_by"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.created === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.comment === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.empty_layer === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "empty_layer"},message:"must have required property '"+"empty_layer"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "digest") || (key0 === "size")) || (key0 === "media_type")) || (key0 === "created_by")) || (key0 === "created")) || (key0 === "comment")) || (key0 === "empty_layer"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.digest !== undefined){
let data0 = data.digest;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs7 = errors;
if(data0 !== null){
const err10 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err11 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.size !== undefined){
let data1 = data.size;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err12 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err13 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.media_type !== undefined){
let data2 = data.media_type;
if((typeof data2 !== "string") && (data2 !== null)){
const err14 = {instancePath:instancePath+"/media_type",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.created_by !== undefined){
let data3 = data.created_by;
if((typeof data3 !== "string") && (data3 !== null)){
const err15 = {instancePath:instancePath+"/created_by",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.created !== undefined){
let data4 = data.created;
const _errs18 = errors;
let valid5 = false;
let passing1 = null;
const _errs19 = errors;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err16 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs19 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs21 = errors;
if(data4 !== null){
const err18 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs21 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err19 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.comment !== undefined){
let data5 = data.comment;
if((typeof data5 !== "string") && (data5 !== null)){
const err20 = {instancePath:instancePath+"/comment",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.empty_layer !== undefined){
if(typeof data.empty_layer !== "boolean"){
const err21 = {instancePath:instancePath+"/empty_layer",schemaPath:"#/properties/empty_layer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema26 = {"description":"The operating system distribution of a platform image, with the os-release field names.","type":"object","additionalProperties":false,"required":["id","version_id","pretty_name","source","digest"],"properties":{"id":{"description":"os-release ID, lower case (debian, alpine, ubuntu); from an SBOM, its operating system name.","$ref":"#/definitions/nullableString"},"version_id":{"description":"os-release VERSION_ID (12, 3.20.3).","$ref":"#/definitions/nullableString"},"pretty_name":{"description":"os-release PRETTY_NAME, else NAME (Debian GNU/Linux 12 (bookworm)); from a CycloneDX SBOM, the component description.","$ref":"#/definitions/nullableString"},"source":{"description":"sbom: from an attached SBOM; os-release: from the layers.","enum":["sbom","os-release"]},"digest":{"description":"The SBOM's carrying manifest, or the layer the os-release file was found in.","$ref":"#/definitions/digest"}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version_id"},message:"must have required property '"+"version_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.pretty_name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pretty_name"},message:"must have required property '"+"pretty_name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.source === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.digest === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "version_id")) || (key0 === "pretty_name")) || (key0 === "source")) || (key0 === "digest"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if((typeof data0 !== "string") && (data0 !== null)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.version_id !== undefined){
let data1 = data.version_id;
if((typeof data1 !== "string") && (data1 !== null)){
const err7 = {instancePath:instancePath+"/version_id",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.pretty_name !== undefined){
let data2 = data.pretty_name;
if((typeof data2 !== "string") && (data2 !== null)){
const err8 = {instancePath:instancePath+"/pretty_name",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.source !== undefined){
let data3 = data.source;
if(!((data3 === "sbom") || (data3 === "os-release"))){
const err9 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema26.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.digest !== undefined){
let data4 = data.digest;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err10 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema31 = {"description":"The packages an SBOM lists, counted by purl type.","type":"object","additionalProperties":false,"required":["total","by_type","sbom"],"properties":{"total":{"description":"Packages listed, the operating system entry and the image itself left out.","type":"integer","minimum":0},"by_type":{"description":"Packages by purl type (deb, apk, rpm, npm, pypi, golang, maven, ...); unknown for a package without a purl.","type":"object","additionalProperties":{"type":"integer","minimum":0}},"sbom":{"description":"The SBOM read.","type":"object","additionalProperties":false,"required":["format","version","digest","signed"],"properties":{"format":{"description":"spdx or cyclonedx (JSON).","enum":["spdx","cyclonedx"]},"version":{"description":"The document's own version field (SPDX-2.3, 1.5).","$ref":"#/definitions/nullableString"},"digest":{"description":"The digest of the manifest that carries the document (a referrer or an attestation manifest).","$ref":"#/definitions/digest"},"signed":{"description":"Whether the document came in a DSSE envelope with a signature: presence only, nothing is verified.","type":"boolean"}}},"list":{"description":"With include_packages: the packages, at most 5000, in the SBOM's order.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","version","type","purl"],"properties":{"name":{"type":"string"},"version":{"$ref":"#/definitions/nullableString"},"type":{"description":"The purl type, or unknown.","type":"string"},"purl":{"$ref":"#/definitions/nullableString"}}}},"list_complete":{"description":"With include_packages: false when the SBOM lists more packages than list holds.","type":"boolean"}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.total === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.by_type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by_type"},message:"must have required property '"+"by_type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sbom === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sbom"},message:"must have required property '"+"sbom"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "total") || (key0 === "by_type")) || (key0 === "sbom")) || (key0 === "list")) || (key0 === "list_complete"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.total !== undefined){
let data0 = data.total;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.by_type !== undefined){
let data1 = data.by_type;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/by_type/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/by_type/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/by_type/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/by_type/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/by_type",schemaPath:"#/properties/by_type/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sbom !== undefined){
let data3 = data.sbom;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.format === undefined){
const err9 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.version === undefined){
const err10 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.digest === undefined){
const err11 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.signed === undefined){
const err12 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/required",keyword:"required",params:{missingProperty: "signed"},message:"must have required property '"+"signed"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data3){
if(!((((key2 === "format") || (key2 === "version")) || (key2 === "digest")) || (key2 === "signed"))){
const err13 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.format !== undefined){
let data4 = data3.format;
if(!((data4 === "spdx") || (data4 === "cyclonedx"))){
const err14 = {instancePath:instancePath+"/sbom/format",schemaPath:"#/properties/sbom/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.sbom.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.version !== undefined){
let data5 = data3.version;
if((typeof data5 !== "string") && (data5 !== null)){
const err15 = {instancePath:instancePath+"/sbom/version",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.digest !== undefined){
let data6 = data3.digest;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err16 = {instancePath:instancePath+"/sbom/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/sbom/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.signed !== undefined){
if(typeof data3.signed !== "boolean"){
const err18 = {instancePath:instancePath+"/sbom/signed",schemaPath:"#/properties/sbom/properties/signed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.list !== undefined){
let data8 = data.list;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err20 = {instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.version === undefined){
const err21 = {instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9.type === undefined){
const err22 = {instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data9.purl === undefined){
const err23 = {instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/required",keyword:"required",params:{missingProperty: "purl"},message:"must have required property '"+"purl"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data9){
if(!((((key3 === "name") || (key3 === "version")) || (key3 === "type")) || (key3 === "purl"))){
const err24 = {instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.name !== undefined){
if(typeof data9.name !== "string"){
const err25 = {instancePath:instancePath+"/list/" + i0+"/name",schemaPath:"#/properties/list/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.version !== undefined){
let data11 = data9.version;
if((typeof data11 !== "string") && (data11 !== null)){
const err26 = {instancePath:instancePath+"/list/" + i0+"/version",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.type !== undefined){
if(typeof data9.type !== "string"){
const err27 = {instancePath:instancePath+"/list/" + i0+"/type",schemaPath:"#/properties/list/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.purl !== undefined){
let data13 = data9.purl;
if((typeof data13 !== "string") && (data13 !== null)){
const err28 = {instancePath:instancePath+"/list/" + i0+"/purl",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/list",schemaPath:"#/properties/list/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.list_complete !== undefined){
if(typeof data.list_complete !== "boolean"){
const err31 = {instancePath:instancePath+"/list_complete",schemaPath:"#/properties/list_complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema36 = {"description":"A scan and a VEX document attached to a platform image.","type":"object","additionalProperties":false,"required":["scan","vex"],"properties":{"scan":{"description":"The scan's findings (cosign vuln predicate); null when only a VEX document is attached.","oneOf":[{"type":"object","additionalProperties":false,"required":["by_severity","total","scanner","database","scanned_at","digest","signed"],"properties":{"by_severity":{"description":"Findings by the severity the scanner gave; a severity of another name (negligible) counts as unknown.","type":"object","additionalProperties":false,"required":["critical","high","medium","low","unknown"],"properties":{"critical":{"type":"integer","minimum":0},"high":{"type":"integer","minimum":0},"medium":{"type":"integer","minimum":0},"low":{"type":"integer","minimum":0},"unknown":{"type":"integer","minimum":0}}},"total":{"description":"Findings in all, as listed by the scan.","type":"integer","minimum":0},"scanner":{"type":"object","additionalProperties":false,"required":["name","version","uri"],"properties":{"name":{"description":"From the scanner uri (trivy, grype).","$ref":"#/definitions/nullableString"},"version":{"$ref":"#/definitions/nullableString"},"uri":{"$ref":"#/definitions/nullableString"}}},"database":{"description":"The scanner's vulnerability database: the predicate's scanner.db (uri, version) and when the database was built, where the result tells it (Grype's descriptor.db); null when none of it is known.","oneOf":[{"type":"object","additionalProperties":false,"required":["uri","version","built_at"],"properties":{"uri":{"$ref":"#/definitions/nullableString"},"version":{"$ref":"#/definitions/nullableString"},"built_at":{"description":"When the database was built, UTC ISO 8601, or null.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]}}},{"type":"null"}]},"scanned_at":{"description":"When the scan finished (else started), UTC ISO 8601.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"digest":{"description":"The digest of the manifest that carries the document (a referrer or an attestation manifest).","$ref":"#/definitions/digest"},"signed":{"description":"Whether the document came in a DSSE envelope with a signature: presence only, nothing is verified.","type":"boolean"}}},{"type":"null"}]},"vex":{"description":"An OpenVEX document: its statements counted by status; null when none is attached.","oneOf":[{"type":"object","additionalProperties":false,"required":["by_status","total","author","timestamp","digest","signed"],"properties":{"by_status":{"description":"Statements by status (not_affected, affected, fixed, under_investigation).","type":"object","additionalProperties":{"type":"integer","minimum":0}},"total":{"type":"integer","minimum":0},"author":{"$ref":"#/definitions/nullableString"},"timestamp":{"oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"digest":{"description":"The digest of the manifest that carries the document (a referrer or an attestation manifest).","$ref":"#/definitions/digest"},"signed":{"description":"Whether the document came in a DSSE envelope with a signature: presence only, nothing is verified.","type":"boolean"}}},{"type":"null"}]}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scan === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scan"},message:"must have required property '"+"scan"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.vex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vex"},message:"must have required property '"+"vex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "scan") || (key0 === "vex"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.scan !== undefined){
let data0 = data.scan;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.by_severity === undefined){
const err3 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf/0/required",keyword:"required",params:{missingProperty: "by_severity"},message:"must have required property '"+"by_severity"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.total === undefined){
const err4 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf/0/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.scanner === undefined){
const err5 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf/0/required",keyword:"required",params:{missingProperty: "scanner"},message:"must have required property '"+"scanner"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.database === undefined){
const err6 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf/0/required",keyword:"required",params:{missingProperty: "database"},message:"must have required property '"+"database"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.scanned_at === undefined){
const err7 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf/0/required",keyword:"required",params:{missingProperty: "scanned_at"},message:"must have required property '"+"scanned_at"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0.digest === undefined){
const err8 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf/0/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0.signed === undefined){
const err9 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf/0/required",keyword:"required",params:{missingProperty: "signed"},message:"must have required property '"+"signed"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data0){
if(!(((((((key1 === "by_severity") || (key1 === "total")) || (key1 === "scanner")) || (key1 === "database")) || (key1 === "scanned_at")) || (key1 === "digest")) || (key1 === "signed"))){
const err10 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.by_severity !== undefined){
let data1 = data0.by_severity;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.critical === undefined){
const err11 = {instancePath:instancePath+"/scan/by_severity",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/required",keyword:"required",params:{missingProperty: "critical"},message:"must have required property '"+"critical"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1.high === undefined){
const err12 = {instancePath:instancePath+"/scan/by_severity",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1.medium === undefined){
const err13 = {instancePath:instancePath+"/scan/by_severity",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/required",keyword:"required",params:{missingProperty: "medium"},message:"must have required property '"+"medium"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data1.low === undefined){
const err14 = {instancePath:instancePath+"/scan/by_severity",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data1.unknown === undefined){
const err15 = {instancePath:instancePath+"/scan/by_severity",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/required",keyword:"required",params:{missingProperty: "unknown"},message:"must have required property '"+"unknown"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data1){
if(!(((((key2 === "critical") || (key2 === "high")) || (key2 === "medium")) || (key2 === "low")) || (key2 === "unknown"))){
const err16 = {instancePath:instancePath+"/scan/by_severity",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.critical !== undefined){
let data2 = data1.critical;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err17 = {instancePath:instancePath+"/scan/by_severity/critical",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err18 = {instancePath:instancePath+"/scan/by_severity/critical",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data1.high !== undefined){
let data3 = data1.high;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err19 = {instancePath:instancePath+"/scan/by_severity/high",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/properties/high/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/scan/by_severity/high",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/properties/high/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data1.medium !== undefined){
let data4 = data1.medium;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err21 = {instancePath:instancePath+"/scan/by_severity/medium",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/properties/medium/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err22 = {instancePath:instancePath+"/scan/by_severity/medium",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/properties/medium/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data1.low !== undefined){
let data5 = data1.low;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err23 = {instancePath:instancePath+"/scan/by_severity/low",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/properties/low/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err24 = {instancePath:instancePath+"/scan/by_severity/low",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/properties/low/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data1.unknown !== undefined){
let data6 = data1.unknown;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err25 = {instancePath:instancePath+"/scan/by_severity/unknown",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/properties/unknown/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err26 = {instancePath:instancePath+"/scan/by_severity/unknown",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/properties/unknown/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/scan/by_severity",schemaPath:"#/properties/scan/oneOf/0/properties/by_severity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data0.total !== undefined){
let data7 = data0.total;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err28 = {instancePath:instancePath+"/scan/total",schemaPath:"#/properties/scan/oneOf/0/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err29 = {instancePath:instancePath+"/scan/total",schemaPath:"#/properties/scan/oneOf/0/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data0.scanner !== undefined){
let data8 = data0.scanner;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err30 = {instancePath:instancePath+"/scan/scanner",schemaPath:"#/properties/scan/oneOf/0/properties/scanner/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data8.version === undefined){
const err31 = {instancePath:instancePath+"/scan/scanner",schemaPath:"#/properties/scan/oneOf/0/properties/scanner/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data8.uri === undefined){
const err32 = {instancePath:instancePath+"/scan/scanner",schemaPath:"#/properties/scan/oneOf/0/properties/scanner/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key3 in data8){
if(!(((key3 === "name") || (key3 === "version")) || (key3 === "uri"))){
const err33 = {instancePath:instancePath+"/scan/scanner",schemaPath:"#/properties/scan/oneOf/0/properties/scanner/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data8.name !== undefined){
let data9 = data8.name;
if((typeof data9 !== "string") && (data9 !== null)){
const err34 = {instancePath:instancePath+"/scan/scanner/name",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data8.version !== undefined){
let data10 = data8.version;
if((typeof data10 !== "string") && (data10 !== null)){
const err35 = {instancePath:instancePath+"/scan/scanner/version",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data8.uri !== undefined){
let data11 = data8.uri;
if((typeof data11 !== "string") && (data11 !== null)){
const err36 = {instancePath:instancePath+"/scan/scanner/uri",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/scan/scanner",schemaPath:"#/properties/scan/oneOf/0/properties/scanner/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data0.database !== undefined){
let data12 = data0.database;
const _errs35 = errors;
let valid8 = false;
let passing1 = null;
const _errs36 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.uri === undefined){
const err38 = {instancePath:instancePath+"/scan/database",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf/0/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data12.version === undefined){
const err39 = {instancePath:instancePath+"/scan/database",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf/0/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data12.built_at === undefined){
const err40 = {instancePath:instancePath+"/scan/database",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf/0/required",keyword:"required",params:{missingProperty: "built_at"},message:"must have required property '"+"built_at"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data12){
if(!(((key4 === "uri") || (key4 === "version")) || (key4 === "built_at"))){
const err41 = {instancePath:instancePath+"/scan/database",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data12.uri !== undefined){
let data13 = data12.uri;
if((typeof data13 !== "string") && (data13 !== null)){
const err42 = {instancePath:instancePath+"/scan/database/uri",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data12.version !== undefined){
let data14 = data12.version;
if((typeof data14 !== "string") && (data14 !== null)){
const err43 = {instancePath:instancePath+"/scan/database/version",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data12.built_at !== undefined){
let data15 = data12.built_at;
const _errs46 = errors;
let valid12 = false;
let passing2 = null;
const _errs47 = errors;
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err44 = {instancePath:instancePath+"/scan/database/built_at",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf/0/properties/built_at/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/scan/database/built_at",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf/0/properties/built_at/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid2 = _errs47 === errors;
if(_valid2){
valid12 = true;
passing2 = 0;
}
const _errs49 = errors;
if(data15 !== null){
const err46 = {instancePath:instancePath+"/scan/database/built_at",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf/0/properties/built_at/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid2 = _errs49 === errors;
if(_valid2 && valid12){
valid12 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid12 = true;
passing2 = 1;
}
}
if(!valid12){
const err47 = {instancePath:instancePath+"/scan/database/built_at",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf/0/properties/built_at/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err48 = {instancePath:instancePath+"/scan/database",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid1 = _errs36 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs51 = errors;
if(data12 !== null){
const err49 = {instancePath:instancePath+"/scan/database",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid1 = _errs51 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err50 = {instancePath:instancePath+"/scan/database",schemaPath:"#/properties/scan/oneOf/0/properties/database/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data0.scanned_at !== undefined){
let data16 = data0.scanned_at;
const _errs54 = errors;
let valid13 = false;
let passing3 = null;
const _errs55 = errors;
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err51 = {instancePath:instancePath+"/scan/scanned_at",schemaPath:"#/properties/scan/oneOf/0/properties/scanned_at/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/scan/scanned_at",schemaPath:"#/properties/scan/oneOf/0/properties/scanned_at/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid3 = _errs55 === errors;
if(_valid3){
valid13 = true;
passing3 = 0;
}
const _errs57 = errors;
if(data16 !== null){
const err53 = {instancePath:instancePath+"/scan/scanned_at",schemaPath:"#/properties/scan/oneOf/0/properties/scanned_at/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid3 = _errs57 === errors;
if(_valid3 && valid13){
valid13 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid13 = true;
passing3 = 1;
}
}
if(!valid13){
const err54 = {instancePath:instancePath+"/scan/scanned_at",schemaPath:"#/properties/scan/oneOf/0/properties/scanned_at/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
}
if(data0.digest !== undefined){
let data17 = data0.digest;
if(typeof data17 === "string"){
if(!pattern0.test(data17)){
const err55 = {instancePath:instancePath+"/scan/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/scan/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data0.signed !== undefined){
if(typeof data0.signed !== "boolean"){
const err57 = {instancePath:instancePath+"/scan/signed",schemaPath:"#/properties/scan/oneOf/0/properties/signed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs64 = errors;
if(data0 !== null){
const err59 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid0 = _errs64 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err60 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.vex !== undefined){
let data19 = data.vex;
const _errs67 = errors;
let valid15 = false;
let passing4 = null;
const _errs68 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.by_status === undefined){
const err61 = {instancePath:instancePath+"/vex",schemaPath:"#/properties/vex/oneOf/0/required",keyword:"required",params:{missingProperty: "by_status"},message:"must have required property '"+"by_status"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data19.total === undefined){
const err62 = {instancePath:instancePath+"/vex",schemaPath:"#/properties/vex/oneOf/0/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data19.author === undefined){
const err63 = {instancePath:instancePath+"/vex",schemaPath:"#/properties/vex/oneOf/0/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data19.timestamp === undefined){
const err64 = {instancePath:instancePath+"/vex",schemaPath:"#/properties/vex/oneOf/0/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data19.digest === undefined){
const err65 = {instancePath:instancePath+"/vex",schemaPath:"#/properties/vex/oneOf/0/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data19.signed === undefined){
const err66 = {instancePath:instancePath+"/vex",schemaPath:"#/properties/vex/oneOf/0/required",keyword:"required",params:{missingProperty: "signed"},message:"must have required property '"+"signed"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key5 in data19){
if(!((((((key5 === "by_status") || (key5 === "total")) || (key5 === "author")) || (key5 === "timestamp")) || (key5 === "digest")) || (key5 === "signed"))){
const err67 = {instancePath:instancePath+"/vex",schemaPath:"#/properties/vex/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data19.by_status !== undefined){
let data20 = data19.by_status;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key6 in data20){
let data21 = data20[key6];
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err68 = {instancePath:instancePath+"/vex/by_status/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vex/oneOf/0/properties/by_status/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err69 = {instancePath:instancePath+"/vex/by_status/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vex/oneOf/0/properties/by_status/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
}
else {
const err70 = {instancePath:instancePath+"/vex/by_status",schemaPath:"#/properties/vex/oneOf/0/properties/by_status/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data19.total !== undefined){
let data22 = data19.total;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err71 = {instancePath:instancePath+"/vex/total",schemaPath:"#/properties/vex/oneOf/0/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err72 = {instancePath:instancePath+"/vex/total",schemaPath:"#/properties/vex/oneOf/0/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
if(data19.author !== undefined){
let data23 = data19.author;
if((typeof data23 !== "string") && (data23 !== null)){
const err73 = {instancePath:instancePath+"/vex/author",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data19.timestamp !== undefined){
let data24 = data19.timestamp;
const _errs82 = errors;
let valid19 = false;
let passing5 = null;
const _errs83 = errors;
if(typeof data24 === "string"){
if(!(formats0.validate(data24))){
const err74 = {instancePath:instancePath+"/vex/timestamp",schemaPath:"#/properties/vex/oneOf/0/properties/timestamp/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/vex/timestamp",schemaPath:"#/properties/vex/oneOf/0/properties/timestamp/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid5 = _errs83 === errors;
if(_valid5){
valid19 = true;
passing5 = 0;
}
const _errs85 = errors;
if(data24 !== null){
const err76 = {instancePath:instancePath+"/vex/timestamp",schemaPath:"#/properties/vex/oneOf/0/properties/timestamp/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid5 = _errs85 === errors;
if(_valid5 && valid19){
valid19 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid19 = true;
passing5 = 1;
}
}
if(!valid19){
const err77 = {instancePath:instancePath+"/vex/timestamp",schemaPath:"#/properties/vex/oneOf/0/properties/timestamp/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
}
if(data19.digest !== undefined){
let data25 = data19.digest;
if(typeof data25 === "string"){
if(!pattern0.test(data25)){
const err78 = {instancePath:instancePath+"/vex/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/vex/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data19.signed !== undefined){
if(typeof data19.signed !== "boolean"){
const err80 = {instancePath:instancePath+"/vex/signed",schemaPath:"#/properties/vex/oneOf/0/properties/signed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/vex",schemaPath:"#/properties/vex/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid4 = _errs68 === errors;
if(_valid4){
valid15 = true;
passing4 = 0;
}
const _errs92 = errors;
if(data19 !== null){
const err82 = {instancePath:instancePath+"/vex",schemaPath:"#/properties/vex/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid4 = _errs92 === errors;
if(_valid4 && valid15){
valid15 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid15 = true;
passing4 = 1;
}
}
if(!valid15){
const err83 = {instancePath:instancePath+"/vex",schemaPath:"#/properties/vex/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err84 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema45 = {"description":"SLSA provenance of a platform image.","type":"object","additionalProperties":false,"required":["predicate_type","builder_id","build_type","source","base_images","digest","signed"],"properties":{"predicate_type":{"description":"https://slsa.dev/provenance/v0.2 or https://slsa.dev/provenance/v1.","type":"string"},"builder_id":{"description":"builder.id (v0.2) or runDetails.builder.id (v1).","$ref":"#/definitions/nullableString"},"build_type":{"description":"buildType (v0.2) or buildDefinition.buildType (v1).","$ref":"#/definitions/nullableString"},"source":{"description":"The source built: BuildKit's vcs metadata, else a Git config source or material, else GitHub's workflow repository.","type":"object","additionalProperties":false,"required":["repository","commit"],"properties":{"repository":{"$ref":"#/definitions/nullableString"},"commit":{"$ref":"#/definitions/nullableString"}}},"base_images":{"description":"The images the build pulled (pkg:docker materials or resolvedDependencies). When the image has no base annotations and exactly one of them is not the Dockerfile frontend, image.base is filled from it.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","digest"],"properties":{"name":{"type":"string"},"digest":{"oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]}}}},"digest":{"description":"The digest of the manifest that carries the document (a referrer or an attestation manifest).","$ref":"#/definitions/digest"},"signed":{"description":"Whether the document came in a DSSE envelope with a signature: presence only, nothing is verified.","type":"boolean"}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.predicate_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "predicate_type"},message:"must have required property '"+"predicate_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.builder_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "builder_id"},message:"must have required property '"+"builder_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.build_type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "build_type"},message:"must have required property '"+"build_type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.source === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.base_images === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_images"},message:"must have required property '"+"base_images"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.digest === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.signed === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signed"},message:"must have required property '"+"signed"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "predicate_type") || (key0 === "builder_id")) || (key0 === "build_type")) || (key0 === "source")) || (key0 === "base_images")) || (key0 === "digest")) || (key0 === "signed"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.predicate_type !== undefined){
if(typeof data.predicate_type !== "string"){
const err8 = {instancePath:instancePath+"/predicate_type",schemaPath:"#/properties/predicate_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.builder_id !== undefined){
let data1 = data.builder_id;
if((typeof data1 !== "string") && (data1 !== null)){
const err9 = {instancePath:instancePath+"/builder_id",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.build_type !== undefined){
let data2 = data.build_type;
if((typeof data2 !== "string") && (data2 !== null)){
const err10 = {instancePath:instancePath+"/build_type",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.source !== undefined){
let data3 = data.source;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.repository === undefined){
const err11 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.commit === undefined){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "repository") || (key1 === "commit"))){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.repository !== undefined){
let data4 = data3.repository;
if((typeof data4 !== "string") && (data4 !== null)){
const err14 = {instancePath:instancePath+"/source/repository",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.commit !== undefined){
let data5 = data3.commit;
if((typeof data5 !== "string") && (data5 !== null)){
const err15 = {instancePath:instancePath+"/source/commit",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.base_images !== undefined){
let data6 = data.base_images;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err17 = {instancePath:instancePath+"/base_images/" + i0,schemaPath:"#/properties/base_images/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.digest === undefined){
const err18 = {instancePath:instancePath+"/base_images/" + i0,schemaPath:"#/properties/base_images/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data7){
if(!((key2 === "name") || (key2 === "digest"))){
const err19 = {instancePath:instancePath+"/base_images/" + i0,schemaPath:"#/properties/base_images/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.name !== undefined){
if(typeof data7.name !== "string"){
const err20 = {instancePath:instancePath+"/base_images/" + i0+"/name",schemaPath:"#/properties/base_images/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.digest !== undefined){
let data9 = data7.digest;
const _errs27 = errors;
let valid9 = false;
let passing0 = null;
const _errs28 = errors;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err21 = {instancePath:instancePath+"/base_images/" + i0+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/base_images/" + i0+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs28 === errors;
if(_valid0){
valid9 = true;
passing0 = 0;
}
const _errs31 = errors;
if(data9 !== null){
const err23 = {instancePath:instancePath+"/base_images/" + i0+"/digest",schemaPath:"#/properties/base_images/items/properties/digest/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0 && valid9){
valid9 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid9 = true;
passing0 = 1;
}
}
if(!valid9){
const err24 = {instancePath:instancePath+"/base_images/" + i0+"/digest",schemaPath:"#/properties/base_images/items/properties/digest/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/base_images/" + i0,schemaPath:"#/properties/base_images/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/base_images",schemaPath:"#/properties/base_images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.digest !== undefined){
let data10 = data.digest;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err27 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.signed !== undefined){
if(typeof data.signed !== "boolean"){
const err29 = {instancePath:instancePath+"/signed",schemaPath:"#/properties/signed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.os === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "os"},message:"must have required property '"+"os"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.architecture === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "architecture"},message:"must have required property '"+"architecture"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.variant === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "variant"},message:"must have required property '"+"variant"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.digest === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.image_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image_id"},message:"must have required property '"+"image_id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.size === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.created === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema16.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.os !== undefined){
let data0 = data.os;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err8 = {instancePath:instancePath+"/os",schemaPath:"#/properties/os/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/os",schemaPath:"#/properties/os/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.architecture !== undefined){
let data1 = data.architecture;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/architecture",schemaPath:"#/properties/architecture/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/architecture",schemaPath:"#/properties/architecture/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.variant !== undefined){
let data2 = data.variant;
if((typeof data2 !== "string") && (data2 !== null)){
const err12 = {instancePath:instancePath+"/variant",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.digest !== undefined){
let data3 = data.digest;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err13 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.image_id !== undefined){
let data4 = data.image_id;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err15 = {instancePath:instancePath+"/image_id",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/image_id",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.size !== undefined){
let data5 = data.size;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.created !== undefined){
let data6 = data.created;
const _errs18 = errors;
let valid4 = false;
let passing0 = null;
const _errs19 = errors;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err19 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs21 = errors;
if(data6 !== null){
const err21 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err22 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.os_version !== undefined){
let data7 = data.os_version;
if((typeof data7 !== "string") && (data7 !== null)){
const err23 = {instancePath:instancePath+"/os_version",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.layers !== undefined){
let data8 = data.layers;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate13(data8[i0], {instancePath:instancePath+"/layers/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/layers",schemaPath:"#/properties/layers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.distro !== undefined){
let data10 = data.distro;
const _errs30 = errors;
let valid8 = false;
let passing1 = null;
const _errs31 = errors;
if(!(validate15(data10, {instancePath:instancePath+"/distro",parentData:data,parentDataProperty:"distro",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var _valid1 = _errs31 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs32 = errors;
if(data10 !== null){
const err25 = {instancePath:instancePath+"/distro",schemaPath:"#/properties/distro/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs32 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err26 = {instancePath:instancePath+"/distro",schemaPath:"#/properties/distro/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
if(data.packages !== undefined){
let data11 = data.packages;
const _errs35 = errors;
let valid9 = false;
let passing2 = null;
const _errs36 = errors;
if(!(validate17(data11, {instancePath:instancePath+"/packages",parentData:data,parentDataProperty:"packages",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
var _valid2 = _errs36 === errors;
if(_valid2){
valid9 = true;
passing2 = 0;
}
const _errs37 = errors;
if(data11 !== null){
const err27 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid2 = _errs37 === errors;
if(_valid2 && valid9){
valid9 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid9 = true;
passing2 = 1;
}
}
if(!valid9){
const err28 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.vulnerabilities !== undefined){
let data12 = data.vulnerabilities;
const _errs40 = errors;
let valid10 = false;
let passing3 = null;
const _errs41 = errors;
if(!(validate19(data12, {instancePath:instancePath+"/vulnerabilities",parentData:data,parentDataProperty:"vulnerabilities",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
var _valid3 = _errs41 === errors;
if(_valid3){
valid10 = true;
passing3 = 0;
}
const _errs42 = errors;
if(data12 !== null){
const err29 = {instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid3 = _errs42 === errors;
if(_valid3 && valid10){
valid10 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid10 = true;
passing3 = 1;
}
}
if(!valid10){
const err30 = {instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
}
if(data.provenance !== undefined){
let data13 = data.provenance;
const _errs45 = errors;
let valid11 = false;
let passing4 = null;
const _errs46 = errors;
if(!(validate21(data13, {instancePath:instancePath+"/provenance",parentData:data,parentDataProperty:"provenance",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid4 = _errs46 === errors;
if(_valid4){
valid11 = true;
passing4 = 0;
}
const _errs47 = errors;
if(data13 !== null){
const err31 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid4 = _errs47 === errors;
if(_valid4 && valid11){
valid11 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid11 = true;
passing4 = 1;
}
}
if(!valid11){
const err32 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema54 = {"description":"A manifest that refers to the image or to one of its parts.","type":"object","additionalProperties":false,"required":["artifact_type","media_type","digest","size","subject","source","tag"],"properties":{"artifact_type":{"description":"What it is (application/spdx+json, application/vnd.dev.cosign.simplesigning.v1+json, ...): the manifest's artifactType, else its config's media type; for a cosign tag, its layers' media type. Null when it says none.","$ref":"#/definitions/nullableString"},"media_type":{"description":"The referrer manifest's media type.","type":"string","minLength":1},"digest":{"description":"The referrer manifest's digest.","$ref":"#/definitions/digest"},"size":{"description":"The referrer manifest's size in bytes.","type":"integer","minimum":0},"subject":{"description":"The digest it refers to: the image's, a platform manifest's, or another referrer's.","$ref":"#/definitions/digest"},"source":{"description":"Where it was found: api (the registry's referrers API), tag-schema (a sha256-<hex> tag index) or cosign-tag.","enum":["api","tag-schema","cosign-tag"]},"tag":{"description":"The cosign tag it was found under (sha256-<hex>.sig); null for the others.","$ref":"#/definitions/nullableString"}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.artifact_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifact_type"},message:"must have required property '"+"artifact_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.media_type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.digest === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.size === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.subject === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.source === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.tag === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "artifact_type") || (key0 === "media_type")) || (key0 === "digest")) || (key0 === "size")) || (key0 === "subject")) || (key0 === "source")) || (key0 === "tag"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.artifact_type !== undefined){
let data0 = data.artifact_type;
if((typeof data0 !== "string") && (data0 !== null)){
const err8 = {instancePath:instancePath+"/artifact_type",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.media_type !== undefined){
let data1 = data.media_type;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err9 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.digest !== undefined){
let data2 = data.digest;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err11 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.size !== undefined){
let data3 = data.size;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.subject !== undefined){
let data4 = data.subject;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err15 = {instancePath:instancePath+"/subject",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/subject",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.source !== undefined){
let data5 = data.source;
if(!(((data5 === "api") || (data5 === "tag-schema")) || (data5 === "cosign-tag"))){
const err17 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema54.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.tag !== undefined){
let data6 = data.tag;
if((typeof data6 !== "string") && (data6 !== null)){
const err18 = {instancePath:instancePath+"/tag",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reference === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.registry === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "registry"},message:"must have required property '"+"registry"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repository === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tags === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.digest === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.media_type === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.image_id === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image_id"},message:"must have required property '"+"image_id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.platforms === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "platforms"},message:"must have required property '"+"platforms"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.size === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.created === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.labels === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "labels"},message:"must have required property '"+"labels"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.reference !== undefined){
let data0 = data.reference;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err12 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.registry !== undefined){
let data1 = data.registry;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.domain === undefined){
const err14 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data1.integration === undefined){
const err15 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/required",keyword:"required",params:{missingProperty: "integration"},message:"must have required property '"+"integration"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data1.kind === undefined){
const err16 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "domain") || (key1 === "integration")) || (key1 === "kind"))){
const err17 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.domain !== undefined){
let data2 = data1.domain;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err18 = {instancePath:instancePath+"/registry/domain",schemaPath:"#/properties/registry/properties/domain/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/registry/domain",schemaPath:"#/properties/registry/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.integration !== undefined){
let data3 = data1.integration;
if((typeof data3 !== "string") && (data3 !== null)){
const err20 = {instancePath:instancePath+"/registry/integration",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.kind !== undefined){
let data4 = data1.kind;
if(!((((((((data4 === "dockerhub") || (data4 === "ghcr")) || (data4 === "gcr")) || (data4 === "gar")) || (data4 === "ecr")) || (data4 === "acr")) || (data4 === "quay")) || (data4 === "other"))){
const err21 = {instancePath:instancePath+"/registry/kind",schemaPath:"#/properties/registry/properties/kind/enum",keyword:"enum",params:{allowedValues: schema12.properties.registry.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.repository !== undefined){
let data5 = data.repository;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err23 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.tags !== undefined){
let data6 = data.tags;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err25 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.digest !== undefined){
let data8 = data.digest;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err28 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.media_type !== undefined){
let data9 = data.media_type;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err30 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/media_type",schemaPath:"#/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.image_id !== undefined){
let data10 = data.image_id;
const _errs25 = errors;
let valid6 = false;
let passing0 = null;
const _errs26 = errors;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err32 = {instancePath:instancePath+"/image_id",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/image_id",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs29 = errors;
if(data10 !== null){
const err34 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs29 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err35 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
if(data.platforms !== undefined){
let data11 = data.platforms;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate12(data11[i1], {instancePath:instancePath+"/platforms/" + i1,parentData:data11,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/platforms",schemaPath:"#/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.size !== undefined){
let data13 = data.size;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err37 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err38 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data.created !== undefined){
let data14 = data.created;
const _errs37 = errors;
let valid10 = false;
let passing1 = null;
const _errs38 = errors;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err39 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid1 = _errs38 === errors;
if(_valid1){
valid10 = true;
passing1 = 0;
}
const _errs40 = errors;
if(data14 !== null){
const err41 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid1 = _errs40 === errors;
if(_valid1 && valid10){
valid10 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid10 = true;
passing1 = 1;
}
}
if(!valid10){
const err42 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
}
if(data.labels !== undefined){
let data15 = data.labels;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
if(typeof data15[key2] !== "string"){
const err43 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.base !== undefined){
let data17 = data.base;
const _errs48 = errors;
let valid12 = false;
let passing2 = null;
const _errs49 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.name === undefined){
const err45 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/oneOf/0/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17.digest === undefined){
const err46 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/oneOf/0/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key3 in data17){
if(!((key3 === "name") || (key3 === "digest"))){
const err47 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.name !== undefined){
let data18 = data17.name;
if((typeof data18 !== "string") && (data18 !== null)){
const err48 = {instancePath:instancePath+"/base/name",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data17.digest !== undefined){
let data19 = data17.digest;
const _errs56 = errors;
let valid15 = false;
let passing3 = null;
const _errs57 = errors;
if(typeof data19 === "string"){
if(!pattern0.test(data19)){
const err49 = {instancePath:instancePath+"/base/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"},message:"must match pattern \""+"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/base/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid3 = _errs57 === errors;
if(_valid3){
valid15 = true;
passing3 = 0;
}
const _errs60 = errors;
if(data19 !== null){
const err51 = {instancePath:instancePath+"/base/digest",schemaPath:"#/properties/base/oneOf/0/properties/digest/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid3 = _errs60 === errors;
if(_valid3 && valid15){
valid15 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid15 = true;
passing3 = 1;
}
}
if(!valid15){
const err52 = {instancePath:instancePath+"/base/digest",schemaPath:"#/properties/base/oneOf/0/properties/digest/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err53 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid2 = _errs49 === errors;
if(_valid2){
valid12 = true;
passing2 = 0;
}
const _errs62 = errors;
if(data17 !== null){
const err54 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid2 = _errs62 === errors;
if(_valid2 && valid12){
valid12 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid12 = true;
passing2 = 1;
}
}
if(!valid12){
const err55 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
if(data.tag_scan !== undefined){
let data20 = data.tag_scan;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.scanned === undefined){
const err56 = {instancePath:instancePath+"/tag_scan",schemaPath:"#/properties/tag_scan/required",keyword:"required",params:{missingProperty: "scanned"},message:"must have required property '"+"scanned"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data20.complete === undefined){
const err57 = {instancePath:instancePath+"/tag_scan",schemaPath:"#/properties/tag_scan/required",keyword:"required",params:{missingProperty: "complete"},message:"must have required property '"+"complete"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key4 in data20){
if(!((key4 === "scanned") || (key4 === "complete"))){
const err58 = {instancePath:instancePath+"/tag_scan",schemaPath:"#/properties/tag_scan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.scanned !== undefined){
let data21 = data20.scanned;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err59 = {instancePath:instancePath+"/tag_scan/scanned",schemaPath:"#/properties/tag_scan/properties/scanned/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err60 = {instancePath:instancePath+"/tag_scan/scanned",schemaPath:"#/properties/tag_scan/properties/scanned/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
if(data20.complete !== undefined){
if(typeof data20.complete !== "boolean"){
const err61 = {instancePath:instancePath+"/tag_scan/complete",schemaPath:"#/properties/tag_scan/properties/complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/tag_scan",schemaPath:"#/properties/tag_scan/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.referrers !== undefined){
let data23 = data.referrers;
const _errs72 = errors;
let valid18 = false;
let passing4 = null;
const _errs73 = errors;
if(Array.isArray(data23)){
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
if(!(validate24(data23[i2], {instancePath:instancePath+"/referrers/" + i2,parentData:data23,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err63 = {instancePath:instancePath+"/referrers",schemaPath:"#/properties/referrers/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid4 = _errs73 === errors;
if(_valid4){
valid18 = true;
passing4 = 0;
}
const _errs76 = errors;
if(data23 !== null){
const err64 = {instancePath:instancePath+"/referrers",schemaPath:"#/properties/referrers/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid4 = _errs76 === errors;
if(_valid4 && valid18){
valid18 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid18 = true;
passing4 = 1;
}
}
if(!valid18){
const err65 = {instancePath:instancePath+"/referrers",schemaPath:"#/properties/referrers/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
}
if(data.signed !== undefined){
let data25 = data.signed;
if((typeof data25 !== "boolean") && (data25 !== null)){
const err66 = {instancePath:instancePath+"/signed",schemaPath:"#/properties/signed/type",keyword:"type",params:{type: schema12.properties.signed.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema59 = {"description":"The source the image was built from, as the CI (or `git` in the working directory) tells it.","type":"object","additionalProperties":false,"required":["provider","repository","repository_url","ref","branch","tag","commit","pull_request"],"properties":{"provider":{"description":"Where the repository is hosted: github, gitlab, bitbucket, or git (another host); null when unknown.","$ref":"#/definitions/nullableString"},"repository":{"description":"The repository as owner/name (a GitLab project path may have more components).","$ref":"#/definitions/nullableString"},"repository_url":{"description":"The repository's web address, without credentials. For an http(s) remote, its scheme and port; for an SSH remote, https on the default port.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"ref":{"description":"The full Git ref the run is for: refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge.","$ref":"#/definitions/nullableString"},"branch":{"description":"The branch: the head (source) branch on pull requests; on a tag push, the branch GitHub names in the event (base_ref), else null.","$ref":"#/definitions/nullableString"},"tag":{"description":"The Git tag the run is for, on a tag push; else null.","$ref":"#/definitions/nullableString"},"commit":{"description":"The commit the image was built from: on pull requests the head commit of the pull request, not the merge commit.","type":"object","additionalProperties":false,"required":["sha","message","url","author","timestamp"],"properties":{"sha":{"description":"The full commit hash.","$ref":"#/definitions/nullableString"},"message":{"description":"The full commit message, when the event or `git` tells it.","$ref":"#/definitions/nullableString"},"url":{"description":"The commit's web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"Who wrote the commit, or null when unknown.","oneOf":[{"type":"object","additionalProperties":false,"required":["name","email","username"],"properties":{"name":{"description":"The author's name.","$ref":"#/definitions/nullableString"},"email":{"description":"The author's email.","$ref":"#/definitions/nullableString"},"username":{"description":"The author's account on the Git host, when the host tells it.","$ref":"#/definitions/nullableString"}}},{"type":"null"}]},"timestamp":{"description":"The commit's author time, UTC ISO 8601.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]}}},"pull_request":{"description":"The pull (merge) request the run is for; null on other events.","oneOf":[{"type":"object","additionalProperties":false,"required":["number","title","url","author"],"properties":{"number":{"description":"The pull request number.","type":"integer","minimum":1},"title":{"description":"The pull request title.","$ref":"#/definitions/nullableString"},"url":{"description":"The pull request's web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"The login of who opened it.","$ref":"#/definitions/nullableString"}}},{"type":"null"}]},"pull_requests":{"description":"On a push event, with the `github_token` input: the pull requests that brought the pushed commit in, as GitHub lists them (GET /repos/{owner}/{repo}/commits/{sha}/pulls); [] when there are none; null when not asked or they could not be read. Optional.","oneOf":[{"type":"array","items":{"$ref":"#/definitions/commitPullRequest"}},{"type":"null"}]},"issues":{"description":"Issue keys (ABC-123, or what `issue_key_pattern` matches) found in the commit message, the branch and the pull requests' titles, each once, in that order. Optional.","type":"array","items":{"type":"string","minLength":1}}}};
const formats14 = formats/* fullFormats */.U9.uri;
const schema72 = {"description":"A pull request a pushed commit came in through.","type":"object","additionalProperties":false,"required":["number","title","url","author","state","merged_at","base"],"properties":{"number":{"description":"The pull request number.","type":"integer","minimum":1},"title":{"description":"Its title.","$ref":"#/definitions/nullableString"},"url":{"description":"Its web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"author":{"description":"The login of who opened it.","$ref":"#/definitions/nullableString"},"state":{"description":"open or closed.","$ref":"#/definitions/nullableString"},"merged_at":{"description":"When it was merged, UTC ISO 8601; null when not (yet) merged.","oneOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"base":{"description":"The branch it was opened against.","$ref":"#/definitions/nullableString"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.url === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.author === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.state === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.merged_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "merged_at"},message:"must have required property '"+"merged_at"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.base === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "number") || (key0 === "title")) || (key0 === "url")) || (key0 === "author")) || (key0 === "state")) || (key0 === "merged_at")) || (key0 === "base"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err8 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err9 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.title !== undefined){
let data1 = data.title;
if((typeof data1 !== "string") && (data1 !== null)){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.url !== undefined){
let data2 = data.url;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
if(typeof data2 === "string"){
if(!(formats14(data2))){
const err11 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/oneOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs11 = errors;
if(data2 !== null){
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err14 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.author !== undefined){
let data3 = data.author;
if((typeof data3 !== "string") && (data3 !== null)){
const err15 = {instancePath:instancePath+"/author",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.state !== undefined){
let data4 = data.state;
if((typeof data4 !== "string") && (data4 !== null)){
const err16 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.merged_at !== undefined){
let data5 = data.merged_at;
const _errs20 = errors;
let valid5 = false;
let passing1 = null;
const _errs21 = errors;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err17 = {instancePath:instancePath+"/merged_at",schemaPath:"#/properties/merged_at/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/merged_at",schemaPath:"#/properties/merged_at/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs21 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs23 = errors;
if(data5 !== null){
const err19 = {instancePath:instancePath+"/merged_at",schemaPath:"#/properties/merged_at/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs23 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err20 = {instancePath:instancePath+"/merged_at",schemaPath:"#/properties/merged_at/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data.base !== undefined){
let data6 = data.base;
if((typeof data6 !== "string") && (data6 !== null)){
const err21 = {instancePath:instancePath+"/base",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.repository === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repository_url === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository_url"},message:"must have required property '"+"repository_url"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.ref === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.branch === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "branch"},message:"must have required property '"+"branch"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.tag === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.commit === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.pull_request === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pull_request"},message:"must have required property '"+"pull_request"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema59.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.provider !== undefined){
let data0 = data.provider;
if((typeof data0 !== "string") && (data0 !== null)){
const err9 = {instancePath:instancePath+"/provider",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.repository !== undefined){
let data1 = data.repository;
if((typeof data1 !== "string") && (data1 !== null)){
const err10 = {instancePath:instancePath+"/repository",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.repository_url !== undefined){
let data2 = data.repository_url;
const _errs9 = errors;
let valid3 = false;
let passing0 = null;
const _errs10 = errors;
if(typeof data2 === "string"){
if(!(formats14(data2))){
const err11 = {instancePath:instancePath+"/repository_url",schemaPath:"#/properties/repository_url/oneOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/repository_url",schemaPath:"#/properties/repository_url/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs12 = errors;
if(data2 !== null){
const err13 = {instancePath:instancePath+"/repository_url",schemaPath:"#/properties/repository_url/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err14 = {instancePath:instancePath+"/repository_url",schemaPath:"#/properties/repository_url/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.ref !== undefined){
let data3 = data.ref;
if((typeof data3 !== "string") && (data3 !== null)){
const err15 = {instancePath:instancePath+"/ref",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.branch !== undefined){
let data4 = data.branch;
if((typeof data4 !== "string") && (data4 !== null)){
const err16 = {instancePath:instancePath+"/branch",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.tag !== undefined){
let data5 = data.tag;
if((typeof data5 !== "string") && (data5 !== null)){
const err17 = {instancePath:instancePath+"/tag",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.commit !== undefined){
let data6 = data.commit;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.sha === undefined){
const err18 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.message === undefined){
const err19 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.url === undefined){
const err20 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.author === undefined){
const err21 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.timestamp === undefined){
const err22 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data6){
if(!(((((key1 === "sha") || (key1 === "message")) || (key1 === "url")) || (key1 === "author")) || (key1 === "timestamp"))){
const err23 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.sha !== undefined){
let data7 = data6.sha;
if((typeof data7 !== "string") && (data7 !== null)){
const err24 = {instancePath:instancePath+"/commit/sha",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.message !== undefined){
let data8 = data6.message;
if((typeof data8 !== "string") && (data8 !== null)){
const err25 = {instancePath:instancePath+"/commit/message",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.url !== undefined){
let data9 = data6.url;
const _errs33 = errors;
let valid10 = false;
let passing1 = null;
const _errs34 = errors;
if(typeof data9 === "string"){
if(!(formats14(data9))){
const err26 = {instancePath:instancePath+"/commit/url",schemaPath:"#/properties/commit/properties/url/oneOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/commit/url",schemaPath:"#/properties/commit/properties/url/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs34 === errors;
if(_valid1){
valid10 = true;
passing1 = 0;
}
const _errs36 = errors;
if(data9 !== null){
const err28 = {instancePath:instancePath+"/commit/url",schemaPath:"#/properties/commit/properties/url/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs36 === errors;
if(_valid1 && valid10){
valid10 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid10 = true;
passing1 = 1;
}
}
if(!valid10){
const err29 = {instancePath:instancePath+"/commit/url",schemaPath:"#/properties/commit/properties/url/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data6.author !== undefined){
let data10 = data6.author;
const _errs39 = errors;
let valid11 = false;
let passing2 = null;
const _errs40 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err30 = {instancePath:instancePath+"/commit/author",schemaPath:"#/properties/commit/properties/author/oneOf/0/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.email === undefined){
const err31 = {instancePath:instancePath+"/commit/author",schemaPath:"#/properties/commit/properties/author/oneOf/0/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data10.username === undefined){
const err32 = {instancePath:instancePath+"/commit/author",schemaPath:"#/properties/commit/properties/author/oneOf/0/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key2 in data10){
if(!(((key2 === "name") || (key2 === "email")) || (key2 === "username"))){
const err33 = {instancePath:instancePath+"/commit/author",schemaPath:"#/properties/commit/properties/author/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.name !== undefined){
let data11 = data10.name;
if((typeof data11 !== "string") && (data11 !== null)){
const err34 = {instancePath:instancePath+"/commit/author/name",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.email !== undefined){
let data12 = data10.email;
if((typeof data12 !== "string") && (data12 !== null)){
const err35 = {instancePath:instancePath+"/commit/author/email",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.username !== undefined){
let data13 = data10.username;
if((typeof data13 !== "string") && (data13 !== null)){
const err36 = {instancePath:instancePath+"/commit/author/username",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/commit/author",schemaPath:"#/properties/commit/properties/author/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid2 = _errs40 === errors;
if(_valid2){
valid11 = true;
passing2 = 0;
}
const _errs52 = errors;
if(data10 !== null){
const err38 = {instancePath:instancePath+"/commit/author",schemaPath:"#/properties/commit/properties/author/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid2 = _errs52 === errors;
if(_valid2 && valid11){
valid11 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid11 = true;
passing2 = 1;
}
}
if(!valid11){
const err39 = {instancePath:instancePath+"/commit/author",schemaPath:"#/properties/commit/properties/author/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
if(data6.timestamp !== undefined){
let data14 = data6.timestamp;
const _errs55 = errors;
let valid16 = false;
let passing3 = null;
const _errs56 = errors;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err40 = {instancePath:instancePath+"/commit/timestamp",schemaPath:"#/properties/commit/properties/timestamp/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/commit/timestamp",schemaPath:"#/properties/commit/properties/timestamp/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid3 = _errs56 === errors;
if(_valid3){
valid16 = true;
passing3 = 0;
}
const _errs58 = errors;
if(data14 !== null){
const err42 = {instancePath:instancePath+"/commit/timestamp",schemaPath:"#/properties/commit/properties/timestamp/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid3 = _errs58 === errors;
if(_valid3 && valid16){
valid16 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid16 = true;
passing3 = 1;
}
}
if(!valid16){
const err43 = {instancePath:instancePath+"/commit/timestamp",schemaPath:"#/properties/commit/properties/timestamp/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.pull_request !== undefined){
let data15 = data.pull_request;
const _errs61 = errors;
let valid17 = false;
let passing4 = null;
const _errs62 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.number === undefined){
const err45 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/oneOf/0/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data15.title === undefined){
const err46 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/oneOf/0/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data15.url === undefined){
const err47 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/oneOf/0/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data15.author === undefined){
const err48 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/oneOf/0/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key3 in data15){
if(!((((key3 === "number") || (key3 === "title")) || (key3 === "url")) || (key3 === "author"))){
const err49 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data15.number !== undefined){
let data16 = data15.number;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err50 = {instancePath:instancePath+"/pull_request/number",schemaPath:"#/properties/pull_request/oneOf/0/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err51 = {instancePath:instancePath+"/pull_request/number",schemaPath:"#/properties/pull_request/oneOf/0/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data15.title !== undefined){
let data17 = data15.title;
if((typeof data17 !== "string") && (data17 !== null)){
const err52 = {instancePath:instancePath+"/pull_request/title",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data15.url !== undefined){
let data18 = data15.url;
const _errs71 = errors;
let valid20 = false;
let passing5 = null;
const _errs72 = errors;
if(typeof data18 === "string"){
if(!(formats14(data18))){
const err53 = {instancePath:instancePath+"/pull_request/url",schemaPath:"#/properties/pull_request/oneOf/0/properties/url/oneOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/pull_request/url",schemaPath:"#/properties/pull_request/oneOf/0/properties/url/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid5 = _errs72 === errors;
if(_valid5){
valid20 = true;
passing5 = 0;
}
const _errs74 = errors;
if(data18 !== null){
const err55 = {instancePath:instancePath+"/pull_request/url",schemaPath:"#/properties/pull_request/oneOf/0/properties/url/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid5 = _errs74 === errors;
if(_valid5 && valid20){
valid20 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid20 = true;
passing5 = 1;
}
}
if(!valid20){
const err56 = {instancePath:instancePath+"/pull_request/url",schemaPath:"#/properties/pull_request/oneOf/0/properties/url/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs71;
if(vErrors !== null){
if(_errs71){
vErrors.length = _errs71;
}
else {
vErrors = null;
}
}
}
}
if(data15.author !== undefined){
let data19 = data15.author;
if((typeof data19 !== "string") && (data19 !== null)){
const err57 = {instancePath:instancePath+"/pull_request/author",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid4 = _errs62 === errors;
if(_valid4){
valid17 = true;
passing4 = 0;
}
const _errs79 = errors;
if(data15 !== null){
const err59 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid4 = _errs79 === errors;
if(_valid4 && valid17){
valid17 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid17 = true;
passing4 = 1;
}
}
if(!valid17){
const err60 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
}
if(data.pull_requests !== undefined){
let data20 = data.pull_requests;
const _errs82 = errors;
let valid22 = false;
let passing6 = null;
const _errs83 = errors;
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
if(!(validate28(data20[i0], {instancePath:instancePath+"/pull_requests/" + i0,parentData:data20,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err61 = {instancePath:instancePath+"/pull_requests",schemaPath:"#/properties/pull_requests/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid6 = _errs83 === errors;
if(_valid6){
valid22 = true;
passing6 = 0;
}
const _errs86 = errors;
if(data20 !== null){
const err62 = {instancePath:instancePath+"/pull_requests",schemaPath:"#/properties/pull_requests/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid6 = _errs86 === errors;
if(_valid6 && valid22){
valid22 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid22 = true;
passing6 = 1;
}
}
if(!valid22){
const err63 = {instancePath:instancePath+"/pull_requests",schemaPath:"#/properties/pull_requests/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
}
if(data.issues !== undefined){
let data22 = data.issues;
if(Array.isArray(data22)){
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
if(typeof data23 === "string"){
if(func3(data23) < 1){
const err64 = {instancePath:instancePath+"/issues/" + i1,schemaPath:"#/properties/issues/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/issues/" + i1,schemaPath:"#/properties/issues/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/issues",schemaPath:"#/properties/issues/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema77 = {"description":"The CI run that made the report.","type":"object","additionalProperties":false,"required":["provider","workflow","run_id","run_number","run_attempt","run_url","job","actor","event"],"properties":{"provider":{"description":"github-actions, gitlab-ci, the lowercase id of another CI (jenkins, circleci, buildkite, bitbucket-pipelines, azure-pipelines, drone, ...), other (a CI that sets CI=true), or local (no CI).","type":"string","minLength":1},"workflow":{"description":"The workflow's name (GitLab: the pipeline name).","$ref":"#/definitions/nullableString"},"run_id":{"description":"The run's id (GitLab: the pipeline id), as a string.","$ref":"#/definitions/nullableString"},"run_number":{"description":"The run's number within its workflow (GitLab: the pipeline's number in the project).","oneOf":[{"type":"integer","minimum":0},{"type":"null"}]},"run_attempt":{"description":"Which attempt of the run this is, from 1 (GitHub re-runs).","oneOf":[{"type":"integer","minimum":1},{"type":"null"}]},"run_url":{"description":"The run's web address.","oneOf":[{"type":"string","format":"uri"},{"type":"null"}]},"job":{"description":"The job's id or name.","$ref":"#/definitions/nullableString"},"actor":{"description":"Who started the run (the triggering actor on re-runs).","$ref":"#/definitions/nullableString"},"event":{"description":"What started the run: push, pull_request, workflow_dispatch, ... (GitLab: the pipeline source).","$ref":"#/definitions/nullableString"}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.workflow === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.run_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.run_number === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_number"},message:"must have required property '"+"run_number"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.run_attempt === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_attempt"},message:"must have required property '"+"run_attempt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.run_url === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_url"},message:"must have required property '"+"run_url"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.job === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job"},message:"must have required property '"+"job"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.actor === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.event === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema77.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.provider !== undefined){
let data0 = data.provider;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err10 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.workflow !== undefined){
let data1 = data.workflow;
if((typeof data1 !== "string") && (data1 !== null)){
const err12 = {instancePath:instancePath+"/workflow",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.run_id !== undefined){
let data2 = data.run_id;
if((typeof data2 !== "string") && (data2 !== null)){
const err13 = {instancePath:instancePath+"/run_id",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.run_number !== undefined){
let data3 = data.run_number;
const _errs11 = errors;
let valid3 = false;
let passing0 = null;
const _errs12 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err14 = {instancePath:instancePath+"/run_number",schemaPath:"#/properties/run_number/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/run_number",schemaPath:"#/properties/run_number/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs14 = errors;
if(data3 !== null){
const err16 = {instancePath:instancePath+"/run_number",schemaPath:"#/properties/run_number/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err17 = {instancePath:instancePath+"/run_number",schemaPath:"#/properties/run_number/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.run_attempt !== undefined){
let data4 = data.run_attempt;
const _errs17 = errors;
let valid4 = false;
let passing1 = null;
const _errs18 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err18 = {instancePath:instancePath+"/run_attempt",schemaPath:"#/properties/run_attempt/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/run_attempt",schemaPath:"#/properties/run_attempt/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var _valid1 = _errs18 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs20 = errors;
if(data4 !== null){
const err20 = {instancePath:instancePath+"/run_attempt",schemaPath:"#/properties/run_attempt/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs20 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err21 = {instancePath:instancePath+"/run_attempt",schemaPath:"#/properties/run_attempt/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data.run_url !== undefined){
let data5 = data.run_url;
const _errs23 = errors;
let valid5 = false;
let passing2 = null;
const _errs24 = errors;
if(typeof data5 === "string"){
if(!(formats14(data5))){
const err22 = {instancePath:instancePath+"/run_url",schemaPath:"#/properties/run_url/oneOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/run_url",schemaPath:"#/properties/run_url/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs24 === errors;
if(_valid2){
valid5 = true;
passing2 = 0;
}
const _errs26 = errors;
if(data5 !== null){
const err24 = {instancePath:instancePath+"/run_url",schemaPath:"#/properties/run_url/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs26 === errors;
if(_valid2 && valid5){
valid5 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid5 = true;
passing2 = 1;
}
}
if(!valid5){
const err25 = {instancePath:instancePath+"/run_url",schemaPath:"#/properties/run_url/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.job !== undefined){
let data6 = data.job;
if((typeof data6 !== "string") && (data6 !== null)){
const err26 = {instancePath:instancePath+"/job",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.actor !== undefined){
let data7 = data.actor;
if((typeof data7 !== "string") && (data7 !== null)){
const err27 = {instancePath:instancePath+"/actor",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.event !== undefined){
let data8 = data.event;
if((typeof data8 !== "string") && (data8 !== null)){
const err28 = {instancePath:instancePath+"/event",schemaPath:"#/definitions/nullableString/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const pattern14 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reported_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reported_at"},message:"must have required property '"+"reported_at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.image === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.git === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "git"},message:"must have required property '"+"git"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.ci === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ci"},message:"must have required property '"+"ci"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.annotations === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "annotations"},message:"must have required property '"+"annotations"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "schema") || (key0 === "reported_at")) || (key0 === "image")) || (key0 === "git")) || (key0 === "ci")) || (key0 === "annotations"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.schema !== undefined){
if("image-report/v1" !== data.schema){
const err7 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "image-report/v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.reported_at !== undefined){
let data1 = data.reported_at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err8 = {instancePath:instancePath+"/reported_at",schemaPath:"#/properties/reported_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/reported_at",schemaPath:"#/properties/reported_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.image !== undefined){
if(!(validate11(data.image, {instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.git !== undefined){
if(!(validate27(data.git, {instancePath:instancePath+"/git",parentData:data,parentDataProperty:"git",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.ci !== undefined){
if(!(validate31(data.ci, {instancePath:instancePath+"/ci",parentData:data,parentDataProperty:"ci",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.annotations !== undefined){
let data5 = data.annotations;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs10 = errors;
if(typeof key1 === "string"){
if(!pattern14.test(key1)){
const err10 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid1 = _errs10 === errors;
if(!valid1){
const err11 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data5){
let data6 = data5[key2];
if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){
const err12 = {instancePath:instancePath+"/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: schema11.properties.annotations.additionalProperties.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

const validateUri = validate33;
const schema83 = {"type":"string","format":"uri"};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!(formats14(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

;// CONCATENATED MODULE: ./.build/src/report/schema.js


/**
 * The report's schema (schemas/image-report.schema.json) and its checks, apart from the report
 * itself: the facts modules check URLs with it while the payload module assembles them. Both
 * checks are compiled at build time (scripts/generate-validators.mjs), as the other schemas are.
 */
const REPORT_SCHEMA = 'image-report/v1';
/**
 * The schema violations of a document, one line each, with the value found
 * (`/git/repository_url: must match format "uri" (found "https://host/my repo")`); [] when valid.
 */
function schema_validateReport(document) {
    return validateReport(document)
        ? []
        : (validateReport.errors ?? []).map((error) => describeError(error, document));
}
/** Whether a URL passes the schema's `format: uri`, the check every URL of the report must pass. */
function isReportUri(text) {
    return validateUri(text) === true;
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

/***/ 29054:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   kL: () => (/* binding */ remoteToWeb),
/* harmony export */   lc: () => (/* binding */ providerOf)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6098);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26780);


/** The commit's page on a known Git host. */
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
    const hosted = hostedForm(origin, readable);
    if (hosted)
        ({ origin, readable, encoded } = hosted);
    const url = `${origin.origin}/${encoded.join('/')}`;
    if (!(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .isReportUri */ .VV)(url))
        return null;
    return { url, host: origin.hostname, path: readable.join('/') };
}
/**
 * Hosts whose clone paths are not their web paths, as git-url-parse reads them: Azure DevOps'
 * SSH remote `git@ssh.dev.azure.com:v3/Org/Project/Repo` is `https://dev.azure.com/Org/Project/
 * _git/Repo` (its segments percent-encoded once, as Azure writes them: decoded once here), and a
 * Bitbucket Server clone URL `https://host/scm/PROJECT/repo.git` is the repository `PROJECT/repo`
 * at `https://host/projects/PROJECT/repos/repo`.
 */
function hostedForm(origin, readable) {
    if (origin.hostname === 'ssh.dev.azure.com' && readable.length === 4 && readable[0] === 'v3') {
        const parts = readable.slice(1).map(decodeOrRaw);
        const web = parseUrl('https://dev.azure.com');
        if (!web)
            return undefined;
        const [org, project, repo] = parts.map(encodeURIComponent);
        return { origin: web, readable: parts, encoded: [org, project, '_git', repo] };
    }
    if (readable.length === 3 && readable[0] === 'scm' && origin.hostname !== 'bitbucket.org') {
        const [, project, repo] = readable;
        return {
            origin,
            readable: [project, repo],
            encoded: ['projects', encodeURIComponent(project), 'repos', encodeURIComponent(repo)],
        };
    }
    return undefined;
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
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(secret);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(decodeOrRaw(secret));
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
