export const id = 156;
export const ids = [156];
export const modules = {

/***/ 72013:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ getArchivePath),
/* harmony export */   x: () => (/* binding */ withWorkDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36624);



/**
 * The `archive` input of save and load: a path, or in the CLI `-` for standard input or output
 * (a GitHub step has neither).
 */
function getArchivePath(io, direction) {
    const archive = io.getInput('archive');
    if (!archive)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('Input archive is required: the path of the archive');
    if (archive === '-' && !io.stdio) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('Input archive: "-" (standard input or output) is for the image-actions CLI; give a path');
    }
    // A terminal there is a forgotten pipe: a load would wait for ever, a save print a tar.
    if (archive === '-' && io.stdio?.terminal[direction]) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input archive: standard ${direction === 'stdin' ? 'input' : 'output'} is a terminal; ${direction === 'stdin' ? 'pipe the archive in, or give its path' : 'pipe or redirect it, or give a path'}`);
    }
    return archive;
}
/**
 * A folder for an archive's work files beside where it goes (so the finished archive is renamed
 * into place, never copied across file systems), removed when `fn` ends however it ends.
 */
async function withWorkDir(near, fallback, fn) {
    const parent = near === '-' ? fallback : node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(near));
    let dir;
    try {
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(parent, '.image-actions-'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input archive: cannot write in ${parent} (${error.code ?? String(error)})`);
    }
    try {
        return await fn(dir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 53752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ openArchive)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/http/limits.js
var limits = __webpack_require__(94146);
// EXTERNAL MODULE: ./.build/src/oci/manifest.js
var oci_manifest = __webpack_require__(66908);
// EXTERNAL MODULE: ./.build/src/oci/reference.js
var oci_reference = __webpack_require__(92968);
// EXTERNAL MODULE: ./.build/src/units.js
var units = __webpack_require__(31496);
;// CONCATENATED MODULE: ./.build/src/archives/entries.js


/**
 * Files one archive may hold: far above any real image set (a docker save of 200 images of 50
 * layers is some 10,000), low enough that a hostile archive of empty files cannot fill memory
 * with its index.
 */
const MAX_ENTRIES = 100_000;
/** The algorithm an entry is hashed by: what its `blobs/<alg>/` folder says, else sha256. */
function entryAlgorithm(name) {
    return name.startsWith('blobs/sha512/') ? 'sha512' : 'sha256';
}
/** A content-addressed entry must hash to its name: `blobs/sha256/<hex>` holds sha256:<hex>. */
function checkBlobName(entry, archive) {
    const match = /^blobs\/(sha256|sha512)\/([^/]+)$/.exec(entry.name);
    if (!match)
        return;
    const named = `${match[1]}:${match[2]}`;
    if (named !== entry.digest) {
        throw new errors/* UserError */.yo(`${archive}: entry ${entry.name} holds bytes of ${entry.digest}, not of ${named}; nothing was written`);
    }
}
/** A small entry (index.json, a manifest, a config) read whole, within `limit` bytes. */
async function readEntry(entry, limit, archive) {
    if (entry.size > limit) {
        throw new errors/* UserError */.yo(`${archive}: entry ${entry.name} is ${entry.size} bytes, over the ${(0,units/* formatBytes */.z3)(limit)} such a file may have; nothing was written`);
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of entry.open()) {
        size += chunk.length;
        if (size > limit)
            break;
        chunks.push(chunk);
    }
    const bytes = Buffer.concat(chunks);
    if (bytes.length !== entry.size) {
        throw new errors/* UserError */.yo(`${archive}: entry ${entry.name} changed while it was read (${bytes.length} of ${entry.size} bytes); nothing was written`);
    }
    return bytes;
}

// EXTERNAL MODULE: ./.build/src/log-text.js
var log_text = __webpack_require__(88005);
;// CONCATENATED MODULE: ./.build/src/archives/entry-name.js


/**
 * An archive entry's name as the archive means it, or a refusal. Names are only ever used as keys
 * (nothing is extracted by name), but a name with `..` or a leading `/` says the archive was made
 * to escape a folder somewhere, so the whole archive is refused rather than trusted in part
 * (DESIGN §8: refused before anything is written anywhere).
 */
function entryName(raw, archive) {
    const refuse = (why) => {
        throw new errors/* UserError */.yo(`${archive}: entry "${printable(raw)}" ${why}; nothing was written`);
    };
    if (raw.includes('\0'))
        refuse('has a NUL character in its name');
    if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw))
        refuse('has an absolute path');
    if (raw.includes('\\'))
        refuse('has a backslash in its name');
    const parts = raw.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        refuse('has ".." in its path');
    return parts.join('/');
}
/** A name from the archive as a message may show it: JSON escapes its control characters. */
function printable(name) {
    return (0,log_text/* escapeLogText */.dD)(JSON.stringify(name)
        .slice(1, -1)
        .replace(/\u007f/g, '\\u007f'));
}

;// CONCATENATED MODULE: ./.build/src/archives/docker-manifest.js



const DockerMediaType = {
    /** An image config read from a docker save tar: its bytes are kept, only their type is said. */
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    layerTar: 'application/vnd.oci.image.layer.v1.tar',
    layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    layerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
};
/** manifest.json's items, checked in shape; each names entries that exist. */
function parseDockerManifest(bytes, archive) {
    const fail = (why) => {
        throw new errors/* UserError */.yo(`${archive}: manifest.json ${why}; nothing was written`);
    };
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        fail('is not valid JSON');
    }
    if (!Array.isArray(parsed))
        return fail('is not a list of images');
    return parsed.map((item, i) => {
        const it = item;
        const at = `item ${i + 1}`;
        if (typeof it?.Config !== 'string')
            fail(`${at} has no Config`);
        if (!Array.isArray(it?.Layers) || it.Layers.some((l) => typeof l !== 'string'))
            fail(`${at} has no list of Layers`);
        const tags = it?.RepoTags ?? [];
        if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
            fail(`${at} has RepoTags that are not a list of names`);
        return { Config: it.Config, RepoTags: tags, Layers: it.Layers };
    });
}
/** The entry an item names, or an error saying manifest.json names what the archive lacks. */
function namedEntry(entries, name, what, archive) {
    const found = entries.get(entryName(name, archive));
    if (!found) {
        throw new errors/* UserError */.yo(`${archive}: manifest.json names ${what} ${name}, which the archive does not hold; nothing was written`);
    }
    return found;
}
/**
 * The manifest a registry needs for an image that `docker save` wrote without one (every engine
 * before 25): the config's bytes as they are, so the config digest — the image ID — stays what
 * `docker images` showed, and each layer as stored (uncompressed tars, as the engine keeps them;
 * a compressed one keeps its compression, told by its first bytes).
 */
function legacyManifest(config, layers) {
    const manifest = {
        schemaVersion: 2,
        mediaType: oci_manifest/* MediaType */.zu.ociManifest,
        config: { mediaType: DockerMediaType.ociConfig, digest: config.digest, size: config.size },
        layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.entry.digest, size: l.entry.size })),
    };
    return Buffer.from(JSON.stringify(manifest));
}
/** A layer's media type by its first bytes: gzip and zstd have magic numbers, a tar has none. */
function layerMediaType(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return DockerMediaType.layerGzip;
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return DockerMediaType.layerZstd;
    return DockerMediaType.layerTar;
}
/**
 * A manifest.json that lies about an image: its config's `rootfs.diff_ids` are the digests of
 * the uncompressed layers, bottom first, so each uncompressed layer named must hash to its place
 * in them (`docker load` refuses the same archive, later and less clearly).
 */
function checkDiffIds(config, layers, item, archive) {
    let diffIds;
    try {
        diffIds = JSON.parse(config.toString('utf8')).rootfs
            ?.diff_ids;
    }
    catch {
        throw new errors/* UserError */.yo(`${archive}: ${item}: its config is not JSON; nothing was written`);
    }
    if (!Array.isArray(diffIds)) {
        throw new errors/* UserError */.yo(`${archive}: ${item}: its config has no rootfs.diff_ids: not an image config; nothing was written`);
    }
    if (diffIds.length !== layers.length) {
        throw new errors/* UserError */.yo(`${archive}: ${item} names ${layers.length} layers, but its config has ${diffIds.length}; nothing was written`);
    }
    layers.forEach((layer, i) => {
        if (layer.mediaType !== DockerMediaType.layerTar)
            return;
        if (layer.entry.digest !== diffIds[i]) {
            throw new errors/* UserError */.yo(`${archive}: ${item}: layer ${i + 1} (${layer.entry.name}) is ${layer.entry.digest}, but its config says ${String(diffIds[i])}; nothing was written`);
        }
    });
}

// EXTERNAL MODULE: ./.build/src/archives/ref-names.js
var ref_names = __webpack_require__(68571);
;// CONCATENATED MODULE: ./.build/src/archives/contents.js







/**
 * Memory for manifests read whole, whatever the archive holds: a release of many images has some
 * hundred KiB of them; a hostile archive of 100,000 manifests of 4 MiB is read again instead.
 */
const CACHE_BYTES = 32 * 1024 * 1024;
/**
 * What an archive holds, read and checked whole before anything is written anywhere: its images
 * and their names, every manifest reachable from them, and every blob those name, present with
 * the size they are named with. An archive that fails any check is refused as a whole, naming the
 * entry (DESIGN §8).
 */
class ArchiveContents {
    label;
    images = [];
    /** `name:tag` → manifest, for every name the archive gives (referrer tags included). */
    refs = new Map();
    /** Manifests made here for legacy docker save images, by digest. */
    made = new Map();
    blobs = new Map();
    /** Manifests read, kept while they fit in CACHE_BYTES: the checks and the copy read each again. */
    cache = new Map();
    cachedBytes = 0;
    /** What `index.json` lists with a `subject`, by that subject. */
    referrers = new Map();
    constructor(label, entries) {
        this.label = label;
        // Every file is addressable by the digest of its bytes, whatever its name: docker save's
        // `<id>/layer.tar` as well as `blobs/sha256/<hex>`.
        for (const entry of entries.values()) {
            if (!this.blobs.has(entry.digest))
                this.blobs.set(entry.digest, entry);
        }
    }
    static async read(entries, label) {
        const contents = new ArchiveContents(label, entries);
        const index = entries.get('index.json');
        const dockerManifest = entries.get('manifest.json');
        if (!index && !dockerManifest) {
            throw new errors/* UserError */.yo(`${label}: holds neither index.json nor manifest.json: not an OCI layout nor a docker save archive; nothing was written`);
        }
        if (index)
            await contents.readIndex(index);
        if (dockerManifest) {
            const items = parseDockerManifest(await readEntry(dockerManifest, limits/* BodyLimit */.qc.manifest, label), label);
            await contents.readDockerItems(items, entries, Boolean(index));
        }
        // An image named in full somewhere needs no second, nameless entry (buildx's bare tag).
        const named = new Set(contents.images.filter((i) => i.name).map((i) => i.root.digest));
        const all = contents.images.splice(0);
        contents.images.push(...all.filter((i) => i.name || !named.has(i.root.digest)));
        await contents.checkComplete();
        return contents;
    }
    /** The manifest of `digest`, or undefined when the archive holds none. */
    async manifest(digest, mediaType) {
        const made = this.made.get(digest);
        if (made)
            return made;
        const cached = this.cache.get(digest);
        if (cached)
            return cached;
        const entry = this.blobs.get(digest);
        if (!entry)
            return undefined;
        const bytes = await readEntry(entry, limits/* BodyLimit */.qc.manifest, this.label);
        const raw = { bytes, digest, mediaType: mediaType ?? (0,oci_manifest/* manifestMediaType */.gp)(bytes, undefined) };
        if (this.cachedBytes + bytes.length <= CACHE_BYTES) {
            this.cache.set(digest, raw);
            this.cachedBytes += bytes.length;
        }
        return raw;
    }
    blob(digest) {
        return this.blobs.get(digest);
    }
    /** The size of what `digest` names, a manifest made here included. */
    sizeOf(digest) {
        return this.made.get(digest)?.bytes.length ?? this.blobs.get(digest)?.size;
    }
    referrersOf(subject) {
        return this.referrers.get(subject) ?? [];
    }
    /** The names the archive gives its images, for messages. */
    names() {
        return this.images.map((i) => i.ref);
    }
    async readIndex(entry) {
        const bytes = await readEntry(entry, limits/* BodyLimit */.qc.manifest, this.label);
        let parsed;
        try {
            parsed = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw this.error('index.json is not valid JSON');
        }
        if (!Array.isArray(parsed?.manifests))
            throw this.error('index.json has no manifests list');
        for (const [i, item] of parsed.manifests.entries()) {
            const descriptor = checkDescriptor(item, `index.json entry ${i + 1}`, this.label);
            const annotations = descriptor.annotations ?? {};
            const refName = annotations[ref_names/* Annotation */.YH.refName];
            const full = annotations[ref_names/* Annotation */.YH.containerdName];
            const name = (full && (0,ref_names/* parseImageName */["if"])(full)) || (refName ? (0,ref_names/* parseImageName */["if"])(refName) : undefined);
            const tag = name?.tag ?? (refName && !refName.includes('/') ? refName : undefined);
            const raw = await this.manifest(descriptor.digest, descriptor.mediaType);
            if (!raw)
                throw this.missing(`index.json entry ${i + 1}`, descriptor.digest);
            this.checkSize(descriptor, `index.json entry ${i + 1}`);
            const subject = subjectOf(raw);
            if (subject) {
                this.referrers.set(subject, [
                    ...(this.referrers.get(subject) ?? []),
                    referrerDescriptor(descriptor, raw),
                ]);
                if (!tag)
                    continue;
            }
            if (name)
                this.addRef(`${name.name}:${name.tag}`, descriptor, `index.json entry ${i + 1}`);
            if (tag && (0,ref_names/* isReferrerTag */.kC)(tag))
                continue;
            if (subject)
                continue;
            this.addImage({
                ref: full ?? refName ?? descriptor.digest,
                ...(name ? { name } : {}),
                ...(tag ? { tag } : {}),
                root: descriptor,
            });
        }
    }
    /**
     * docker save's items. Beside an index.json (Docker 25+, buildx, this project), each must agree
     * with a manifest the index reaches; alone (every engine before 25), each is an image without a
     * manifest, which gets one made for it.
     */
    async readDockerItems(items, entries, withIndex) {
        const configs = withIndex ? await this.configsOfIndex() : undefined;
        for (const [i, item] of items.entries()) {
            const where = `manifest.json item ${i + 1}${item.RepoTags?.length ? ` (${item.RepoTags.join(', ')})` : ''}`;
            const config = namedEntry(entries, item.Config, 'the config', this.label);
            const layers = item.Layers.map((l) => namedEntry(entries, l, 'the layer', this.label));
            let root;
            if (configs) {
                const candidates = configs.get(config.digest) ?? [];
                const match = candidates.find((c) => c.layers.length === layers.length &&
                    c.layers.every((digest, n) => digest === layers[n].digest));
                if (!match) {
                    throw this.error(`${where} does not match any image of index.json (config ${config.digest}${candidates.length ? ', other layers' : ''})`);
                }
                root = match.descriptor;
            }
            else {
                const facts = await Promise.all(layers.map(async (entry) => ({ entry, mediaType: layerMediaType(await head(entry)) })));
                const configBytes = await readEntry(config, limits/* BodyLimit */.qc.config, this.label);
                checkDiffIds(configBytes, facts, where, this.label);
                const bytes = legacyManifest(config, facts);
                const raw = { bytes, digest: (0,oci_manifest/* sha256Digest */.sI)(bytes), mediaType: oci_manifest/* MediaType */.zu.ociManifest };
                this.made.set(raw.digest, raw);
                root = { mediaType: raw.mediaType, digest: raw.digest, size: bytes.length };
            }
            const tags = item.RepoTags ?? [];
            if (!tags.length && !withIndex)
                this.addImage({ ref: root.digest, root });
            for (const text of tags) {
                const name = (0,ref_names/* parseImageName */["if"])(text);
                if (!name)
                    throw this.error(`${where}: "${text}" is not a name:tag`);
                const key = `${name.name}:${name.tag}`;
                const known = this.refs.get(key);
                if (known && withIndex) {
                    // Named in index.json too: the two must name one image (a platform of it, for an index).
                    if (known.digest !== root.digest && !(await this.reaches(known, root.digest))) {
                        throw this.error(`${where} names ${text} as another image than index.json does`);
                    }
                    continue;
                }
                this.addRef(key, root, where);
                this.addImage({ ref: text, name, tag: name.tag, root });
            }
        }
    }
    /** The image manifests index.json reaches, by config digest: what manifest.json items match. */
    async configsOfIndex() {
        const found = new Map();
        await this.walk((descriptor, raw) => {
            if ((0,oci_manifest/* isIndexMediaType */.$$)(raw.mediaType))
                return;
            const parsed = parseJson(raw);
            const config = parsed.config?.digest;
            const layers = parsed.layers;
            if (typeof config !== 'string' || !Array.isArray(layers))
                return;
            const image = { descriptor, layers: layers.map((l) => String(l?.digest)) };
            found.set(config, [...(found.get(config) ?? []), image]);
        });
        return found;
    }
    async reaches(root, digest) {
        let hit = false;
        await this.walk((descriptor) => {
            if (descriptor.digest === digest)
                hit = true;
        }, [root]);
        return hit;
    }
    /**
     * Every manifest reachable from the archive's names and index entries must be there, and
     * every blob it names, at the size it is named with: checked before anything is written.
     */
    async checkComplete() {
        await this.walk(async (_descriptor, raw, where) => {
            if ((0,oci_manifest/* isIndexMediaType */.$$)(raw.mediaType))
                return;
            const parsed = parseJson(raw);
            const blobs = [
                ...(parsed.config ? [parsed.config] : []),
                ...(Array.isArray(parsed.layers) ? parsed.layers : []),
                ...(Array.isArray(parsed.blobs) ? parsed.blobs : []),
            ];
            for (const [n, item] of blobs.entries()) {
                const blob = checkDescriptor(item, `${where}: blob ${n + 1}`, this.label);
                if (blob.mediaType.includes('foreign') || blob.mediaType.includes('nondistributable'))
                    continue;
                if (!this.blobs.has(blob.digest))
                    throw this.missing(where, blob.digest);
                this.checkSize(blob, where);
            }
        });
    }
    /**
     * Visits each manifest reachable from the roots (by default every image, name and index
     * entry) once, children of indexes included; a manifest the archive lacks fails naming who
     * names it.
     */
    async walk(visit, roots) {
        const seen = new Set();
        const queue = (roots ?? [
            ...this.images.map((i) => i.root),
            ...this.refs.values(),
            ...[...this.referrers.values()].flat(),
        ]).map((descriptor) => ({ descriptor, where: `manifest ${descriptor.digest}` }));
        while (queue.length) {
            const { descriptor, where } = queue.shift();
            if (seen.has(descriptor.digest))
                continue;
            seen.add(descriptor.digest);
            const raw = await this.manifest(descriptor.digest, descriptor.mediaType);
            if (!raw)
                throw this.missing(where, descriptor.digest);
            this.checkSize(descriptor, where);
            await visit(descriptor, raw, `manifest ${descriptor.digest}`);
            if (!(0,oci_manifest/* isIndexMediaType */.$$)(raw.mediaType))
                continue;
            const children = parseJson(raw).manifests;
            if (!Array.isArray(children))
                throw this.error(`manifest ${raw.digest} is an index without manifests`);
            children.forEach((child, n) => queue.push({
                descriptor: checkDescriptor(child, `index ${raw.digest}: entry ${n + 1}`, this.label),
                where: `index ${raw.digest}`,
            }));
        }
    }
    addRef(key, descriptor, where) {
        const known = this.refs.get(key);
        if (known && known.digest !== descriptor.digest) {
            throw this.error(`${where} names ${key} again, for another image (${descriptor.digest}, not ${known.digest})`);
        }
        this.refs.set(key, descriptor);
    }
    addImage(image) {
        if (this.images.some((i) => i.ref === image.ref && i.root.digest === image.root.digest))
            return;
        this.images.push(image);
    }
    checkSize(descriptor, where) {
        const size = this.sizeOf(descriptor.digest);
        if (size !== undefined && size !== descriptor.size) {
            throw this.error(`${where} names ${descriptor.digest} as ${descriptor.size} bytes, but the archive holds ${size}`);
        }
    }
    missing(where, digest) {
        return this.error(`${where} names ${digest}, which the archive does not hold`);
    }
    error(message) {
        return new errors/* UserError */.yo(`${this.label}: ${message}; nothing was written`);
    }
}
function checkDescriptor(item, where, label) {
    const d = item;
    if (typeof d !== 'object' ||
        d === null ||
        typeof d.mediaType !== 'string' ||
        typeof d.digest !== 'string' ||
        !(0,oci_reference/* isValidDigest */.fH)(d.digest) ||
        typeof d.size !== 'number' ||
        !Number.isSafeInteger(d.size) ||
        d.size < 0) {
        throw new errors/* UserError */.yo(`${label}: ${where} is not a descriptor (mediaType, a sha256 or sha512 digest, size); nothing was written`);
    }
    return d;
}
function parseJson(raw) {
    try {
        const parsed = JSON.parse(raw.bytes.toString('utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch {
        return {};
    }
}
function subjectOf(raw) {
    const subject = parseJson(raw).subject?.digest;
    return typeof subject === 'string' ? subject : undefined;
}
/** A referrer as the referrers API lists it: with its artifact type and annotations. */
function referrerDescriptor(descriptor, raw) {
    const parsed = parseJson(raw);
    const artifactType = descriptor.artifactType ?? parsed.artifactType ?? parsed.config?.mediaType;
    return {
        mediaType: descriptor.mediaType,
        digest: descriptor.digest,
        size: descriptor.size,
        ...(artifactType ? { artifactType } : {}),
        ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
    };
}
async function head(entry) {
    if (entry.size === 0)
        return Buffer.alloc(0);
    const stream = entry.open();
    try {
        for await (const chunk of stream)
            return chunk.subarray(0, 4);
        return Buffer.alloc(0);
    }
    finally {
        stream.destroy();
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./.build/src/archives/folder-index.js






/**
 * Indexes an OCI layout folder the way tar-index.ts indexes a tar: every file hashed once, up
 * front, so a blob that does not match its name is refused before anything is written. Links are
 * refused, not followed: a layout written by a tool holds none, and one pointing out of the
 * folder would read a file the archive does not contain.
 */
async function indexFolder(dir, archive, signal) {
    const entries = new Map();
    const walk = async (relative) => {
        const names = (await (0,promises_.readdir)(external_node_path_.join(dir, relative))).sort();
        for (const name of names) {
            const rel = relative ? `${relative}/${name}` : name;
            const full = external_node_path_.join(dir, rel);
            const stat = await (0,promises_.lstat)(full);
            if (stat.isDirectory()) {
                await walk(rel);
                continue;
            }
            if (stat.isSymbolicLink()) {
                throw new errors/* UserError */.yo(`${archive}: ${rel} is a symbolic link; an image layout holds none; nothing was written`);
            }
            if (!stat.isFile()) {
                throw new errors/* UserError */.yo(`${archive}: ${rel} is not a regular file; nothing was written`);
            }
            if (entries.size >= MAX_ENTRIES) {
                throw new errors/* UserError */.yo(`${archive}: holds more than ${MAX_ENTRIES} files, more than any image layout; nothing was written`);
            }
            const algorithm = entryAlgorithm(rel);
            const hash = (0,external_node_crypto_.createHash)(algorithm);
            let size = 0;
            signal?.throwIfAborted();
            for await (const chunk of (0,external_node_fs_.createReadStream)(full, { signal })) {
                size += chunk.length;
                hash.update(chunk);
            }
            const entry = {
                name: rel,
                size,
                digest: `${algorithm}:${hash.digest('hex')}`,
                open: () => (0,external_node_fs_.createReadStream)(full),
            };
            checkBlobName(entry, archive);
            entries.set(rel, entry);
        }
    };
    try {
        await walk('');
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        const code = error.code;
        if (code)
            throw new errors/* UserError */.yo(`${archive}: cannot be read (${code})`);
        throw error;
    }
    return entries;
}

;// CONCATENATED MODULE: ./.build/src/archives/source.js




/**
 * One repository of an archive, as the copy engine reads a registry's: its tags are the
 * archive's names for it, its manifests and blobs are the archive's (shared by all its
 * repositories, as one registry's storage is). `name` undefined: the archive's nameless images,
 * reached by digest or by their bare tag.
 */
class ArchiveRepository {
    contents;
    fullName;
    label;
    name;
    constructor(contents, fullName) {
        this.contents = contents;
        this.fullName = fullName;
        this.label = contents.label;
        this.name = fullName ?? '(unnamed)';
    }
    /** What a tag of this repository names in the archive. */
    byTag(tag) {
        if (this.fullName)
            return this.contents.refs.get(`${this.fullName}:${tag}`);
        return this.contents.images.find((i) => !i.name && i.tag === tag)?.root;
    }
    async findManifest(reference) {
        if ((0,oci_reference/* isValidDigest */.fH)(reference))
            return this.contents.manifest(reference);
        const descriptor = this.byTag(reference);
        return descriptor && this.contents.manifest(descriptor.digest, descriptor.mediaType);
    }
    async getManifest(reference) {
        const found = await this.findManifest(reference);
        if (!found) {
            throw new errors/* UserError */.yo(`${this.label}: holds no manifest ${this.name}${(0,oci_reference/* isValidDigest */.fH)(reference) ? '@' : ':'}${reference}; its images: ${this.contents.names().join(', ') || 'none'}`);
        }
        return found;
    }
    async headManifest(reference) {
        const found = await this.findManifest(reference);
        return found && { digest: found.digest, mediaType: found.mediaType, size: found.bytes.length };
    }
    async openBlob(digest) {
        const entry = this.contents.blob(digest);
        if (!entry)
            throw new errors/* UserError */.yo(`${this.label}: holds no blob ${digest}`);
        return entry.open();
    }
    async getBlob(digest) {
        const entry = this.contents.blob(digest);
        if (!entry)
            throw new errors/* UserError */.yo(`${this.label}: holds no blob ${digest}`);
        return readEntry(entry, limits/* BodyLimit */.qc.config, this.label);
    }
    async headBlob(digest) {
        return this.contents.blob(digest)?.size;
    }
    async listTags(limit) {
        const tags = this.fullName
            ? [...this.contents.refs.keys()]
                .filter((key) => key.startsWith(`${this.fullName}:`))
                .map((key) => key.slice(this.fullName.length + 1))
            : this.contents.images.flatMap((i) => (!i.name && i.tag ? [i.tag] : []));
        const sorted = [...new Set(tags)].sort();
        return { tags: sorted.slice(0, limit), complete: sorted.length <= limit };
    }
    /** What index.json lists with this subject: the archive's own referrers index. */
    async listReferrers(digest, artifactType) {
        const all = this.contents.referrersOf(digest);
        return artifactType ? all.filter((d) => d.artifactType === artifactType) : all;
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./.build/src/archives/spool.js







const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
/**
 * The archive as an uncompressed tar file that can be read at any offset (tar-index.ts): a plain
 * tar file as it is; a gzipped one, or standard input (`-`), written once to `workDir`,
 * decompressed on the way. That one copy is the only one: standard input is never held in memory
 * nor spooled twice.
 */
async function seekableTar(source, workDir, archive, stdin = process.stdin, signal) {
    const spooled = external_node_path_.join(workDir, 'archive.tar');
    if (source === '-') {
        await spoolStream(stdin, spooled, archive, signal);
        return spooled;
    }
    if (!(await startsWithGzip(source, archive)))
        return source;
    await spoolStream((0,external_node_fs_.createReadStream)(source), spooled, archive, signal);
    return spooled;
}
async function startsWithGzip(file, archive) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${archive}: cannot be read (${error.code})`);
    }
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        return bytesRead === 2 && head.equals(GZIP_MAGIC);
    }
    finally {
        await handle.close();
    }
}
/** Copies a stream to `file`, gunzipping it when its first bytes say it is gzip. */
async function spoolStream(input, file, archive, signal) {
    const chunks = input[Symbol.asyncIterator]();
    // The first two bytes tell gzip from tar; they are read ahead and put back in front.
    let head = Buffer.alloc(0);
    let ended = false;
    while (head.length < 2) {
        const next = await chunks.next();
        if (next.done) {
            ended = true;
            break;
        }
        head = Buffer.concat([head, next.value]);
    }
    const all = async function* () {
        if (head.length)
            yield head;
        if (ended)
            return;
        for (let next = await chunks.next(); !next.done; next = await chunks.next())
            yield next.value;
    };
    const out = (0,external_node_fs_.createWriteStream)(file, { flags: 'wx', mode: 0o600 });
    try {
        if (head.subarray(0, 2).equals(GZIP_MAGIC)) {
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(all()), (0,external_node_zlib_.createGunzip)(), out, { signal });
        }
        else {
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(all()), out, { signal });
        }
    }
    catch (error) {
        const code = error.code;
        if (code?.startsWith('Z_')) {
            throw new errors/* UserError */.yo(`${archive}: the gzip stream is damaged or ends early (${code}); nothing was written`);
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./.build/src/archives/tar-index.js









/*
 * Tar parsing is tar-stream's (npm `tar-stream`, 3.x): a streaming parser and nothing else. It
 * extracts nothing to disk (node-tar's `tar` is built to, and a hostile archive's paths must
 * never reach a file system), it gives each entry's offset in the stream (what reading entries
 * back by offset needs), it handles pax and GNU long names and base-256 sizes, and it is small
 * (four dependencies, no native code) for the bundles. Its packer writes the tars `save` makes.
 */
/**
 * Indexes an uncompressed tar file in one sequential pass: each regular file's name, size,
 * digest and where its bytes start. A tar has no table of contents, so its layout can only be
 * known once it has been read through; rather than copying every entry out to a temporary folder
 * on the way (a second copy of a multi-gigabyte archive on the runner's disk), the entries are
 * read back later by their offset in the file, which a regular file allows. Compressed archives
 * and standard input are first spooled to such a file once (spool.ts). Nothing of an entry is
 * kept in memory but its hash state.
 *
 * Devices and FIFOs have no place in an image archive, and `..` or absolute names only serve an
 * escape: any of them refuses the whole archive. Links are what `docker save` (and skopeo's
 * docker-archive:) write for a layer two images share (`<id>/layer.tar` → `../<other>/layer.tar`):
 * as nothing is ever extracted, such a link is only another name of a file in the same archive,
 * and is taken as that; one that points out of the archive, at nothing in it or at another link
 * is refused. A truncated tar fails naming the entry it ends in.
 */
async function indexTar(file, archive, signal) {
    const entries = new Map();
    const links = new Map();
    const parser = (0,tar_stream.extract)();
    let current;
    parser.on('entry', (header, stream, next) => {
        current = header.name;
        let name;
        try {
            name = entryName(header.name, archive);
            checkType(header, archive);
            if (header.type === 'directory') {
                stream.resume();
                stream.on('end', () => next());
                return;
            }
            if (header.type === 'symlink' || header.type === 'link') {
                if (links.has(name) || entries.has(name))
                    throw twice(name, archive);
                links.set(name, { target: linkTarget(name, header, archive), header });
                stream.resume();
                stream.on('end', () => next());
                return;
            }
            if (entries.has(name) || links.has(name)) {
                throw twice(name, archive);
            }
            if (entries.size + links.size >= MAX_ENTRIES) {
                throw new errors/* UserError */.yo(`${archive}: holds more than ${MAX_ENTRIES} files, more than any image archive; nothing was written`);
            }
        }
        catch (error) {
            stream.resume();
            next(error);
            return;
        }
        const algorithm = entryAlgorithm(name);
        const hash = (0,external_node_crypto_.createHash)(algorithm);
        // The data follows the entry's last 512-byte header block.
        const start = stream.offset + 512;
        const size = header.size;
        stream.on('data', (chunk) => hash.update(chunk));
        stream.on('error', (error) => next(error));
        stream.on('end', () => {
            const entry = {
                name,
                size,
                digest: `${algorithm}:${hash.digest('hex')}`,
                open: () => size === 0 ? external_node_stream_.Readable.from([]) : (0,external_node_fs_.createReadStream)(file, { start, end: start + size - 1 }),
            };
            try {
                checkBlobName(entry, archive);
            }
            catch (error) {
                next(error);
                return;
            }
            entries.set(name, entry);
            current = undefined;
            next();
        });
    });
    try {
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), parser, { signal });
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo || signal?.aborted)
            throw error;
        const message = error instanceof Error ? error.message : String(error);
        const at = current === undefined ? '' : ` in entry ${printable(current)}`;
        if (/Unexpected end of data/.test(message)) {
            throw new errors/* UserError */.yo(`${archive}: the tar ends early${at}; nothing was written`);
        }
        if (error.code)
            throw error;
        throw new errors/* UserError */.yo(`${archive}: not a readable tar${at} (${message}); nothing was written`);
    }
    for (const [name, { target, header }] of links) {
        const file = entries.get(target);
        if (!file) {
            throw new errors/* UserError */.yo(`${archive}: entry ${printable(name)} is a link to ${printable(header.linkname ?? '')}, which is no file of the archive; nothing was written`);
        }
        entries.set(name, { ...file, name });
    }
    if (entries.size === 0) {
        throw new errors/* UserError */.yo(`${archive}: holds no files: not an image archive; nothing was written`);
    }
    return entries;
}
function twice(name, archive) {
    return new errors/* UserError */.yo(`${archive}: entry ${printable(name)} appears twice; nothing was written`);
}
/**
 * The archive entry a link names: a symbolic link's target is relative to the link's folder, a
 * hard link's to the archive's root. Out of the archive (absolute, or `..` past its root) is
 * refused.
 */
function linkTarget(name, header, archive) {
    const raw = header.linkname ?? '';
    const kind = header.type === 'link' ? 'hard link' : 'symbolic link';
    const outside = new errors/* UserError */.yo(`${archive}: entry ${printable(name)} is a ${kind} to ${printable(raw)}, outside the archive; nothing was written`);
    if (!raw || raw.startsWith('/'))
        throw outside;
    const joined = header.type === 'link' ? raw : external_node_path_.posix.join(external_node_path_.posix.dirname(name), raw);
    const normal = external_node_path_.posix.normalize(joined);
    if (normal === '..' || normal.startsWith('../') || normal.startsWith('/'))
        throw outside;
    return entryName(normal, archive);
}
function checkType(header, archive) {
    const name = printable(header.name);
    switch (header.type) {
        case 'file':
        case 'contiguous-file':
        case 'directory':
        case 'link':
        case 'symlink':
            return;
        default:
            throw new errors/* UserError */.yo(`${archive}: entry ${name} is a ${String(header.type)}, not a file; nothing was written`);
    }
}

;// CONCATENATED MODULE: ./.build/src/archives/open.js








/**
 * Opens `path` (a tar, gzipped or not, or `-` for standard input; or an OCI layout folder),
 * indexing and checking all of it. `workDir` receives the one spooled copy a gzipped archive or
 * standard input needs; the caller removes it.
 */
async function openArchive(path, workDir, stdin, signal) {
    const label = path === '-' ? 'archive on standard input' : `archive ${path}`;
    let folder = false;
    if (path !== '-') {
        try {
            folder = (await (0,promises_.stat)(path)).isDirectory();
        }
        catch (error) {
            throw new errors/* UserError */.yo(`${label}: cannot be read (${error.code ?? String(error)})`);
        }
    }
    // A cancelled step stops reading: an archive of many gigabytes is not read to its end first.
    const entries = folder
        ? await indexFolder(path, label, signal)
        : await indexTar(await seekableTar(path, workDir, label, stdin, signal), label, signal);
    const contents = await ArchiveContents.read(entries, label);
    const sources = new Map();
    const source = (image) => {
        const key = image.name?.name ?? '';
        let found = sources.get(key);
        if (!found) {
            found = new ArchiveRepository(contents, image.name?.name);
            sources.set(key, found);
        }
        return found;
    };
    const pick = (ref) => {
        const listed = contents.names().join(', ') || 'none';
        const matching = ref ? contents.images.filter((i) => (0,ref_names/* namesImage */.Gc)(ref, i)) : contents.images;
        if (matching.length === 1)
            return matching[0];
        if (!matching.length && ref) {
            throw new errors/* UserError */.yo(`${label}: holds no image ${ref}; its images: ${listed}`);
        }
        if (!matching.length)
            throw new errors/* UserError */.yo(`${label}: holds no image`);
        throw new errors/* UserError */.yo(`${label}: holds ${matching.length} images${ref ? ` named ${ref}` : ''}; name one of them: ${listed}`);
    };
    return { label, contents, images: contents.images, source, pick };
}


/***/ }),

/***/ 68571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ namesImage),
/* harmony export */   YH: () => (/* binding */ Annotation),
/* harmony export */   "if": () => (/* binding */ parseImageName),
/* harmony export */   kC: () => (/* binding */ isReferrerTag)
/* harmony export */ });
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92968);

/**
 * How an archive names its images. OCI layouts put a ref name on each `index.json` entry: skopeo
 * and this project write the full `name:tag` there, Docker 25+ and buildx only the tag, with the
 * full name in containerd's own annotation. `docker save` tars name them in `RepoTags`.
 */
const Annotation = {
    refName: 'org.opencontainers.image.ref.name',
    containerdName: 'io.containerd.image.name',
};
/**
 * A full `name:tag`, or undefined when the text is no such thing (a bare tag, a digest). The
 * name is normalised as `docker pull` would, so `busybox:1` and `docker.io/library/busybox:1`
 * are one image.
 */
function parseImageName(text) {
    if (!text.includes(':') && !text.includes('/'))
        return undefined;
    try {
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(text, { defaultTag: false });
        if (!ref.tag || ref.digest)
            return undefined;
        const repository = ref.domain === _oci_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb && ref.repository.startsWith('library/')
            ? ref.repository.slice('library/'.length)
            : ref.repository;
        return { name: (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .formatName */ .nD)(ref), repository, tag: ref.tag };
    }
    catch {
        return undefined;
    }
}
/**
 * The tags under which signatures, SBOMs and attestations travel: the referrers tag schema's
 * `sha256-<hex>` and cosign's `sha256-<hex>.sig/.att/.sbom`. An archive entry under such a tag is
 * not an image of its own: it goes with the image it refers to.
 */
function isReferrerTag(tag) {
    return /^(sha256|sha512)-[a-f0-9]{32,}(\.(sig|att|sbom))?$/.test(tag);
}
/**
 * Whether `wanted` (what a user wrote: `app:v1`, `localhost:5000/acme/app:v1`, or a bare tag as
 * skopeo matches an OCI ref name: `v1`) names it.
 */
function namesImage(wanted, image) {
    if (wanted === image.ref)
        return true;
    if (!wanted.includes(':') && !wanted.includes('/'))
        return (image.tag ?? image.name?.tag) === wanted;
    if (!image.name)
        return false;
    const parsed = parseImageName(wanted);
    if (!parsed)
        return false;
    return (parsed.tag === image.name.tag &&
        (parsed.name === image.name.name || parsed.repository === image.name.repository));
}


/***/ })

};
