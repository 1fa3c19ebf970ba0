export const id = 173;
export const ids = [173];
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

/***/ 90173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readSaveSettings: () => (/* binding */ readSaveSettings),
  save: () => (/* binding */ save)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./.build/src/oci/manifest.js
var oci_manifest = __webpack_require__(66908);
// EXTERNAL MODULE: ./.build/src/oci/reference.js
var oci_reference = __webpack_require__(92968);
// EXTERNAL MODULE: ./.build/src/archives/ref-names.js
var ref_names = __webpack_require__(68571);
;// CONCATENATED MODULE: ./.build/src/archives/writer.js





/**
 * An OCI image layout being written: blobs as they arrive, in a folder or straight into the tar
 * (blob-store.ts), names kept in memory for the finishing step (finish.ts), which writes
 * `index.json` and `manifest.json`. The copy engine writes through one `ArchiveTarget` per
 * repository, all sharing the one store, so a blob two images share is stored once.
 */
class ArchiveWriter {
    blobs;
    label;
    refs = [];
    /** Manifests put by digest that name a subject: index.json lists them so tools find them. */
    referrers = new Map();
    /** Images saved by digest alone. */
    roots = new Map();
    manifests = new Map();
    constructor(blobs, label) {
        this.blobs = blobs;
        this.label = label;
    }
    repository(name) {
        return new ArchiveTarget(this, name);
    }
    async putManifest(name, reference, raw) {
        if ((await this.blobs.size(raw.digest)) === undefined) {
            await this.blobs.write(raw.digest, raw.bytes.length, external_node_stream_.Readable.from([raw.bytes]));
        }
        const descriptor = { mediaType: raw.mediaType, digest: raw.digest, size: raw.bytes.length };
        this.manifests.set(raw.digest, descriptor);
        if ((0,oci_reference/* isValidDigest */.fH)(reference)) {
            const subject = subjectOf(raw.bytes);
            if (subject)
                this.referrers.set(raw.digest, { ...descriptor, ...artifactOf(raw.bytes), subject });
            return;
        }
        const known = this.refs.find((r) => r.name === name && r.tag === reference);
        if (known && known.descriptor.digest !== raw.digest && !(0,ref_names/* isReferrerTag */.kC)(reference)) {
            throw new errors/* UserError */.yo(`${this.label}: two images are named ${name}:${reference} (${known.descriptor.digest} and ${raw.digest}); an archive holds one per name`);
        }
        if (known)
            known.descriptor = descriptor;
        else
            this.refs.push({ name, tag: reference, descriptor });
    }
    async findManifest(name, reference) {
        const descriptor = (0,oci_reference/* isValidDigest */.fH)(reference)
            ? this.manifests.get(reference)
            : this.refs.find((r) => r.name === name && r.tag === reference)?.descriptor;
        if (!descriptor)
            return undefined;
        const bytes = await this.blobs.read(descriptor.digest);
        return { bytes, digest: descriptor.digest, mediaType: descriptor.mediaType };
    }
    /** An image saved by digest alone: index.json lists it without a name. */
    addRoot(root) {
        this.roots.set(root.digest, {
            mediaType: root.mediaType,
            digest: root.digest,
            size: root.bytes.length,
        });
    }
    tagsOf(name) {
        return this.refs.filter((r) => r.name === name).map((r) => r.tag);
    }
}
/** One repository of the archive being written, as the copy engine writes a registry's. */
class ArchiveTarget {
    writer;
    name;
    label;
    constructor(writer, name) {
        this.writer = writer;
        this.name = name;
        this.label = writer.label;
    }
    async getManifest(reference) {
        const found = await this.findManifest(reference);
        if (!found)
            throw new errors/* UserError */.yo(`${this.label}: has no manifest ${this.name}:${reference} yet`);
        return found;
    }
    findManifest(reference) {
        return this.writer.findManifest(this.name, reference);
    }
    async headManifest(reference) {
        const found = await this.findManifest(reference);
        return found && { digest: found.digest, mediaType: found.mediaType, size: found.bytes.length };
    }
    async openBlob(digest) {
        return this.writer.blobs.open(digest);
    }
    getBlob(digest) {
        return this.writer.blobs.read(digest);
    }
    headBlob(digest) {
        return this.writer.blobs.size(digest);
    }
    async listTags(limit) {
        const tags = this.writer.tagsOf(this.name).sort();
        return { tags: tags.slice(0, limit), complete: tags.length <= limit };
    }
    /**
     * None: the engine then writes the referrers tag schema's indexes, which tools that read
     * tags find; the finishing step lists each referrer in index.json too, for those that read
     * subjects (oras).
     */
    async listReferrers() {
        return undefined;
    }
    async putManifest(reference, manifest) {
        const raw = manifest.mediaType
            ? manifest
            : { ...manifest, mediaType: (0,oci_manifest/* manifestMediaType */.gp)(manifest.bytes, undefined) };
        await this.writer.putManifest(this.name, reference, raw);
        return { digest: raw.digest };
    }
    async uploadBlob(digest, size, open) {
        if ((await this.writer.blobs.size(digest)) !== undefined)
            return;
        await this.writer.blobs.write(digest, size, await open());
    }
}
function parse(bytes) {
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch {
        return {};
    }
}
function subjectOf(bytes) {
    const digest = parse(bytes).subject?.digest;
    return typeof digest === 'string' ? digest : undefined;
}
function artifactOf(bytes) {
    const parsed = parse(bytes);
    const type = parsed.artifactType ?? parsed.config?.mediaType;
    return typeof type === 'string' ? { artifactType: type } : {};
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./.build/src/archives/blob-store.js








/**
 * The store a save writes through: straight into the tar for a plain tar file; a folder for
 * `oci-dir`, and for a gzipped tar or standard output, which are written in order, from the
 * folder, once the blobs are all there. `workDir` is beside the destination: what is made there
 * is renamed into place.
 */
async function blobStoreFor(destination, folder, workDir, label) {
    if (folder || destination === '-' || /\.(tar\.gz|tgz)$/.test(destination)) {
        return new FolderBlobs(external_node_path_.join(workDir, 'layout'), label);
    }
    return TarFileBlobs.create(external_node_path_.join(workDir, 'archive.tar'), label);
}
function blobName(digest, label) {
    if (!(0,oci_reference/* isValidDigest */.fH)(digest))
        throw new errors/* UserError */.yo(`${label}: "${digest}" is not a digest`);
    return `blobs/${digest.replace(':', '/')}`;
}
/** Fixed times and modes: the same images give the same archive bytes. */
const EPOCH = new Date(0);
/**
 * A blob arrives in the network's chunks of some KiB; written as they come, each is a write
 * call, and their cost was a tenth of a 128 MB save. Gathered to 1 MiB first (a MiB per blob
 * under way at most), they are some hundred writes.
 */
const WRITE_CHUNK = 1024 * 1024;
async function* coalesce(source) {
    let pending = [];
    let size = 0;
    for await (const chunk of source) {
        pending.push(chunk);
        size += chunk.length;
        if (size >= WRITE_CHUNK) {
            yield pending.length === 1 ? pending[0] : Buffer.concat(pending, size);
            pending = [];
            size = 0;
        }
    }
    if (size)
        yield Buffer.concat(pending, size);
}
/** The blobs as files of an OCI layout folder: for `oci-dir`, and tars gzipped or streamed. */
class FolderBlobs {
    dir;
    label;
    pending = 0;
    constructor(dir, label) {
        this.dir = dir;
        this.label = label;
    }
    file(digest) {
        return external_node_path_.join(this.dir, blobName(digest, this.label));
    }
    async size(digest) {
        return (await (0,promises_.stat)(this.file(digest)).catch(() => undefined))?.size;
    }
    async write(digest, _size, source) {
        const file = this.file(digest);
        await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
        // Put in place only once whole: a failed transfer leaves no blob.
        const partial = `${file}.partial-${process.pid}-${this.pending++}`;
        try {
            await (0,external_node_stream_promises_.pipeline)(source, coalesce, (0,external_node_fs_.createWriteStream)(partial, { flags: 'wx', mode: 0o644, highWaterMark: WRITE_CHUNK }));
            await (0,promises_.rename)(partial, file);
        }
        catch (error) {
            await (0,promises_.rm)(partial, { force: true });
            throw error;
        }
    }
    read(digest) {
        return (0,promises_.readFile)(this.file(digest));
    }
    open(digest) {
        return (0,external_node_fs_.createReadStream)(this.file(digest), { highWaterMark: WRITE_CHUNK });
    }
    async discard() { }
    async list() {
        const found = [];
        const blobs = external_node_path_.join(this.dir, 'blobs');
        for (const algorithm of (await readdirOrNone(blobs)).sort()) {
            for (const hex of (await readdirOrNone(external_node_path_.join(blobs, algorithm))).sort()) {
                if (hex.includes('.partial-'))
                    continue;
                const name = `blobs/${algorithm}/${hex}`;
                found.push({ name, size: (await (0,promises_.stat)(external_node_path_.join(this.dir, name))).size });
            }
        }
        return found;
    }
}
async function readdirOrNone(dir) {
    return (0,promises_.readdir)(dir).catch(() => []);
}
/**
 * The blobs written straight into the tar being made, each in a region reserved for it when its
 * transfer starts (the header, then the bytes, padded to 512): blobs arrive several at once, and
 * their sizes are known beforehand, so each can be written where it will stay. The archive's
 * bytes are written once, where a folder to pack afterwards writes and reads them twice. A failed
 * transfer tried again reuses its region; a failed save removes the whole file. The names
 * (index.json, manifest.json) follow the blobs when the archive is finished (`finish`).
 */
class TarFileBlobs {
    file;
    handle;
    label;
    regions = new Map();
    reserved = new Map();
    writing = new Map();
    /** Manifests and configs, kept to be read back without a read of the file. */
    small = new Map();
    end = 0;
    constructor(file, handle, label) {
        this.file = file;
        this.handle = handle;
        this.label = label;
    }
    static async create(file, label) {
        await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
        return new TarFileBlobs(file, await (0,promises_.open)(file, 'w+', 0o644), label);
    }
    async size(digest) {
        const region = this.regions.get(digest);
        return region?.done ? region.size : undefined;
    }
    /**
     * Writes of one digest run one after the other (two tags of one manifest are put at once): the
     * second finds the blob there, or after a failed first, writes its region again.
     */
    write(digest, size, source) {
        const previous = this.writing.get(digest);
        const attempt = (async () => {
            if (previous)
                await previous.catch(() => { });
            const region = await this.reserve(digest, size);
            if (region.done) {
                source.destroy();
                return;
            }
            await this.fill(digest, region, source);
        })();
        this.writing.set(digest, attempt);
        return attempt;
    }
    /** The region of `digest`, reserved once: its header is written at once, its bytes later. */
    reserve(digest, size) {
        let reserved = this.reserved.get(digest);
        if (!reserved) {
            reserved = (async () => {
                const header = await tarHeader({ name: blobName(digest, this.label), size });
                // No await between reading and moving the end: regions never overlap.
                const region = { start: this.end + header.length, size, done: false };
                this.end = region.start + padded(size);
                this.regions.set(digest, region);
                await this.handle.write(header, 0, header.length, region.start - header.length);
                return region;
            })();
            this.reserved.set(digest, reserved);
        }
        return reserved;
    }
    async fill(digest, region, source) {
        const { size } = region;
        let at = 0;
        const kept = [];
        for await (const chunk of coalesce(source)) {
            if (at + chunk.length > size) {
                throw new errors/* UserError */.yo(`${this.label}: blob ${digest} is larger than ${size} bytes`);
            }
            await this.handle.write(chunk, 0, chunk.length, region.start + at);
            at += chunk.length;
            if (size <= SMALL)
                kept.push(chunk);
        }
        if (at !== size) {
            throw new errors/* UserError */.yo(`${this.label}: blob ${digest} ended at ${at} of ${size} bytes`);
        }
        if (size <= SMALL)
            this.small.set(digest, Buffer.concat(kept));
        region.done = true;
    }
    async read(digest) {
        const kept = this.small.get(digest);
        if (kept)
            return kept;
        const region = this.regions.get(digest);
        if (!region?.done)
            throw new errors/* UserError */.yo(`${this.label}: holds no blob ${digest} yet`);
        const bytes = Buffer.alloc(region.size);
        await this.handle.read(bytes, 0, region.size, region.start);
        return bytes;
    }
    open(digest) {
        const region = this.regions.get(digest);
        if (!region?.done || region.size === 0)
            return external_node_stream_.Readable.from(this.small.get(digest) ?? []);
        return (0,external_node_fs_.createReadStream)(this.file, {
            start: region.start,
            end: region.start + region.size - 1,
        });
    }
    async list() {
        return [...this.regions]
            .filter(([, r]) => r.done)
            .map(([digest, r]) => ({ name: blobName(digest, this.label), size: r.size }));
    }
    /**
     * Ends the tar after the blobs: the small files (index.json, …), then tar's two zero blocks,
     * written by tar-stream from where the last blob's region ends.
     */
    async finish(files) {
        if ([...this.regions.values()].some((r) => !r.done)) {
            throw new Error(`${this.label}: a blob was still being written when the archive ended`);
        }
        await this.handle.close();
        const tail = (0,tar_stream.pack)();
        const written = (0,external_node_stream_promises_.pipeline)(tail, (0,external_node_fs_.createWriteStream)(this.file, { flags: 'r+', start: this.end }));
        for (const [name, text] of files) {
            await new Promise((resolve, reject) => tail.entry({ name, mtime: EPOCH, mode: 0o644 }, Buffer.from(text), (e) => e ? reject(e) : resolve()));
        }
        tail.finalize();
        await written;
    }
    async discard() {
        await this.handle.close().catch(() => { });
        await (0,promises_.rm)(this.file, { force: true });
    }
}
/** Blobs up to this size (manifests, configs) are also kept in memory, to be read back. */
const SMALL = 64 * 1024;
const padded = (size) => Math.ceil(size / 512) * 512;
/**
 * The header tar-stream writes for an entry (one 512-byte block, or more with a pax header for
 * a size past 8 GiB), taken from its packer before any byte of the entry: the header is the
 * library's, not one made by hand.
 */
async function tarHeader(header) {
    const packer = (0,tar_stream.pack)();
    const chunks = [];
    packer.on('data', (chunk) => chunks.push(chunk));
    packer.entry({ ...header, mtime: EPOCH, mode: 0o644, type: 'file' });
    await new Promise((resolve) => setImmediate(resolve));
    packer.destroy();
    const bytes = Buffer.concat(chunks);
    if (bytes.length === 0 || bytes.length % 512 !== 0) {
        throw new Error(`tar-stream gave a header of ${bytes.length} bytes for ${header.name}`);
    }
    return bytes;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./.build/src/archives/finish.js










const ARCHIVE_FORMATS = ['oci', 'oci-dir', 'docker'];
const LAYOUT = JSON.stringify({ imageLayoutVersion: '1.0.0' });
/** Blobs are packed in chunks of 1 MiB: a sixteenth of the reads and writes of the default. */
const CHUNK = 1024 * 1024;
/**
 * Writes the layout's names (index.json, manifest.json, repositories, oci-layout) and moves the
 * result to `destination`: a folder renamed into place, or a tar (gzipped when the name ends in
 * `.gz`/`.tgz`) written beside it and renamed, so a failed save leaves no archive behind.
 */
async function finishArchive(writer, destination, options) {
    const items = await dockerItems(writer, options.platform, options.format === 'docker');
    const files = new Map();
    if (options.format !== 'docker') {
        files.set('oci-layout', LAYOUT);
        files.set('index.json', JSON.stringify(indexOf(writer)));
    }
    files.set('manifest.json', JSON.stringify(items));
    files.set('repositories', JSON.stringify(repositoriesOf(items)));
    const store = writer.blobs;
    // A docker save tar holds what its manifest.json names (a tar written as blobs arrived holds
    // them all: with format docker, that is the images' blobs and manifests, no referrer).
    const wanted = new Set(items.flatMap((i) => [i.Config, ...i.Layers]));
    const blobs = (await store.list()).filter((b) => options.format !== 'docker' || store instanceof TarFileBlobs || wanted.has(b.name));
    const bytes = blobs.reduce((n, b) => n + b.size, 0);
    const moveInto = (from) => (0,promises_.rename)(from, destination).catch((error) => {
        throw new errors/* UserError */.yo(`${destination}: cannot be written (${error.code ?? error.message})`);
    });
    if (store instanceof TarFileBlobs) {
        await store.finish(files);
        await moveInto(store.file);
    }
    else if (options.format === 'oci-dir') {
        const dir = store.dir;
        await (0,promises_.mkdir)(dir, { recursive: true });
        for (const [name, text] of files)
            await (0,promises_.writeFile)(external_node_path_.join(dir, name), text);
        await moveInto(dir);
    }
    else {
        await packTar(files, blobs, store.dir, destination, options.stdout);
    }
    return { blobs: blobs.length, bytes };
}
/** index.json: every name the OCI way, with containerd's full name on images, and referrers. */
function indexOf(writer) {
    const manifests = writer.refs.map((ref) => ({
        ...ref.descriptor,
        annotations: {
            [ref_names/* Annotation */.YH.refName]: `${ref.name}:${ref.tag}`,
            // Not on referrer tags: `docker load` (containerd store) would make images of them.
            ...((0,ref_names/* isReferrerTag */.kC)(ref.tag) ? {} : { [ref_names/* Annotation */.YH.containerdName]: `${ref.name}:${ref.tag}` }),
        },
    }));
    manifests.push(...writer.roots.values());
    for (const referrer of writer.referrers.values()) {
        const { subject: _subject, ...descriptor } = referrer;
        manifests.push(descriptor);
    }
    return { schemaVersion: 2, mediaType: oci_manifest/* MediaType */.zu.ociIndex, manifests };
}
/**
 * manifest.json: one item per image manifest, with its names. An index gives the platform asked
 * for, else linux/amd64, else its first; `strict` (format `docker`) refuses an index instead.
 */
async function dockerItems(writer, platform, strict) {
    const byManifest = new Map();
    for (const ref of writer.refs) {
        if ((0,ref_names/* isReferrerTag */.kC)(ref.tag))
            continue;
        let manifest = await readJson(writer, ref.descriptor.digest);
        if ((0,oci_manifest/* isIndexMediaType */.$$)(ref.descriptor.mediaType)) {
            if (strict) {
                throw new errors/* UserError */.yo(`${ref.name}:${ref.tag} is a multi-platform index; format docker holds one platform per image: set platforms to one of them`);
            }
            const child = pickPlatform(manifest.manifests ?? [], platform);
            if (!child)
                continue;
            manifest = await readJson(writer, child.digest);
        }
        const config = manifest.config;
        const layers = manifest.layers ?? [];
        if (!config || !isImageConfig(config.mediaType))
            continue;
        const key = config.digest;
        const item = byManifest.get(key) ?? {
            Config: blobName(config.digest, writer.label),
            RepoTags: [],
            Layers: layers.map((l) => blobName(l.digest, writer.label)),
        };
        item.RepoTags.push(`${ref.name}:${ref.tag}`);
        byManifest.set(key, item);
    }
    return [...byManifest.values()];
}
function pickPlatform(children, wanted) {
    const real = children.filter((c) => !(0,oci_manifest/* isAttestation */.H3)(c));
    const is = (c, p) => c.platform?.os === p.os &&
        c.platform?.architecture === p.architecture &&
        (!p.variant || c.platform?.variant === p.variant);
    return ((wanted && real.find((c) => is(c, wanted))) ??
        real.find((c) => is(c, { os: 'linux', architecture: 'amd64' })) ??
        real[0]);
}
function isImageConfig(mediaType) {
    return (mediaType === 'application/vnd.oci.image.config.v1+json' ||
        mediaType === 'application/vnd.docker.container.image.v1+json');
}
/** `repositories`, docker's older table: name → tag → the image's top layer. */
function repositoriesOf(items) {
    const table = {};
    for (const item of items) {
        const top = item.Layers.at(-1)?.split('/').pop();
        if (!top)
            continue;
        for (const repoTag of item.RepoTags ?? []) {
            const at = repoTag.lastIndexOf(':');
            (table[repoTag.slice(0, at)] ??= {})[repoTag.slice(at + 1)] = top;
        }
    }
    return table;
}
async function readJson(writer, digest) {
    return JSON.parse((await writer.blobs.read(digest)).toString('utf8'));
}
async function packTar(files, blobs, dir, destination, stdout) {
    const tar = (0,tar_stream.pack)();
    const toStdout = destination === '-';
    const partial = `${destination}.partial-${process.pid}`;
    if (!toStdout)
        await (0,promises_.mkdir)(external_node_path_.dirname(external_node_path_.resolve(destination)), { recursive: true });
    const sink = toStdout
        ? (stdout ?? process.stdout)
        : (0,external_node_fs_.createWriteStream)(partial, { flags: 'w', highWaterMark: CHUNK });
    const done = /\.(tar\.gz|tgz)$/.test(destination)
        ? (0,external_node_stream_promises_.pipeline)(tar, (0,external_node_zlib_.createGzip)(), sink)
        : (0,external_node_stream_promises_.pipeline)(tar, sink);
    // Small files first: a reader that streams the tar (containerd's import) meets the names early.
    const small = (name, body, type = 'file') => new Promise((resolve, reject) => tar.entry({ name, type, mtime: EPOCH, mode: type === 'file' ? 0o644 : 0o755 }, body, (e) => e ? reject(e) : resolve()));
    try {
        for (const [name, text] of files)
            await small(name, Buffer.from(text));
        await small('blobs/', Buffer.alloc(0), 'directory');
        for (const folder of new Set(blobs.map((b) => external_node_path_.posix.dirname(b.name))))
            await small(`${folder}/`, Buffer.alloc(0), 'directory');
        for (const blob of blobs) {
            let finished;
            const stream = await new Promise((resolve) => {
                finished = new Promise((ok, fail) => {
                    resolve(tar.entry({ name: blob.name, size: blob.size, mtime: EPOCH, mode: 0o644 }, (e) => e ? fail(e) : ok()));
                });
            });
            for await (const chunk of (0,external_node_fs_.createReadStream)(external_node_path_.join(dir, blob.name), {
                highWaterMark: CHUNK,
            })) {
                if (!stream.write(chunk))
                    await new Promise((ok) => stream.once('drain', () => ok()));
            }
            stream.end(undefined);
            await finished;
        }
        tar.finalize();
        await done;
        if (!toStdout)
            await (0,promises_.rename)(partial, destination);
    }
    catch (error) {
        tar.destroy();
        await done.catch(() => { });
        if (!toStdout)
            await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./.build/src/images/copy.js + 1 modules
var copy = __webpack_require__(44593);
// EXTERNAL MODULE: ./.build/src/images/platforms.js
var platforms = __webpack_require__(17494);
// EXTERNAL MODULE: ./.build/src/oci/platform.js
var platform = __webpack_require__(78390);
// EXTERNAL MODULE: ./.build/src/images/progress.js
var images_progress = __webpack_require__(97619);
// EXTERNAL MODULE: ./.build/src/images/archive-transfer.js
var archive_transfer = __webpack_require__(86530);
// EXTERNAL MODULE: ./.build/src/credentials/resolve.js + 1 modules
var resolve = __webpack_require__(16825);
// EXTERNAL MODULE: ./.build/src/host/session.js + 7 modules
var session = __webpack_require__(89335);
// EXTERNAL MODULE: ./.build/src/host/progress.js
var host_progress = __webpack_require__(34955);
// EXTERNAL MODULE: ./.build/src/host/cancel.js
var cancel = __webpack_require__(90990);
// EXTERNAL MODULE: ./.build/src/actions/promotion.js + 2 modules
var promotion = __webpack_require__(50599);
// EXTERNAL MODULE: ./.build/src/units.js
var units = __webpack_require__(31496);
// EXTERNAL MODULE: ./.build/src/actions/inputs.js
var inputs = __webpack_require__(1270);
// EXTERNAL MODULE: ./.build/src/actions/archive-path.js
var archive_path = __webpack_require__(72013);
;// CONCATENATED MODULE: ./.build/src/actions/save/index.js





















function readSaveSettings(io) {
    const images = (0,inputs/* getList */.vS)(io, 'images').map((text) => (0,oci_reference/* parseReference */.F2)(text, { what: 'images item' }));
    if (!images.length) {
        throw new errors/* UserError */.yo('Input images is required: the images to save, by tag or digest');
    }
    const archive = (0,archive_path/* getArchivePath */._)(io, 'stdout');
    const format = (io.getInput('format') || 'oci');
    if (!ARCHIVE_FORMATS.includes(format)) {
        throw new errors/* UserError */.yo(`Input format: "${format}" is not one of ${ARCHIVE_FORMATS.join(', ')}`);
    }
    if (format === 'oci-dir' && archive === '-') {
        throw new errors/* UserError */.yo('Input format: oci-dir is a folder and cannot go to standard output');
    }
    const platforms = (0,inputs/* getList */.vS)(io, 'platforms').map((p) => (0,platform/* parsePlatform */.F)(p, 'platforms'));
    if (format === 'docker' && platforms.length > 1) {
        throw new errors/* UserError */.yo('Input platforms: format docker holds one platform per image; name one, or use format oci');
    }
    return {
        images,
        archive,
        format,
        platforms,
        referrers: (0,inputs/* getBoolean */.pW)(io, 'referrers', true) && format !== 'docker',
        contexts: [io.getInput('registry_context'), ...(0,inputs/* getList */.vS)(io, 'registry_contexts')].filter(Boolean),
        config: (0,inputs/* getRegistries */.cx)(io),
    };
}
async function save(io) {
    const settings = readSaveSettings(io);
    const { config } = settings;
    if (settings.format === 'oci-dir')
        await refuseFullFolder(settings.archive);
    const contexts = settings.contexts.map((name) => (0,resolve/* integrationByName */.dl)(config, name, 'registry_context'));
    (0,resolve/* checkContexts */.R$)(contexts, settings.images.map((i) => i.domain), 'registry_contexts', () => { });
    const names = settings.images.map((image) => ({
        name: (0,oci_reference/* formatName */.nD)(image),
        tag: image.tag ?? '',
    }));
    (0,archive_transfer/* checkDistinctNames */.fb)(names.filter((n) => n.tag));
    const sources = await io.group('Resolve the registries', async () => {
        const found = [];
        for (const image of settings.images) {
            const endpoint = await (0,resolve/* resolvePull */.Uj)(config, io.env, image.domain, contexts);
            io.info(`${(0,oci_reference/* formatReference */.FH)(image)} via ${endpoint.label}`);
            found.push(endpoint);
        }
        return found;
    });
    const clients = (0,session/* openSession */.f)(io);
    const progress = new images_progress/* TransferProgress */.v();
    const fallback = io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    try {
        const { saved, blobs, bytes } = await io.group('Save', () => (0,archive_path/* withWorkDir */.x)(settings.archive, fallback, async (work) => {
            const label = settings.archive === '-' ? 'archive on standard output' : `archive ${settings.archive}`;
            const store = await blobStoreFor(settings.archive, settings.format === 'oci-dir', work, label);
            const writer = new ArchiveWriter(store, label);
            try {
                const transfers = await planTransfers(io, settings, clients, sources, writer);
                const results = await (0,host_progress/* withProgress */.E0)(io, (p) => (0,archive_transfer/* transferImages */.kT)(transfers, {
                    jobs: (0,promotion/* jobsFromEnv */.wv)(io.env),
                    referrers: settings.referrers,
                    progress: p,
                    log: (m) => io.info(m),
                }), progress);
                for (const { transfer } of results) {
                    if (transfer.tags[0] === transfer.root.digest)
                        writer.addRoot(transfer.root);
                }
                const stdout = settings.archive === '-' ? io.stdio?.takeStdout() : undefined;
                const written = await finishArchive(writer, settings.archive, {
                    format: settings.format,
                    platform: settings.platforms[0],
                    stdout,
                });
                const saved = results.map(({ transfer, result }, i) => ({
                    name: names[i].name,
                    tags: settings.images[i].tag ? [settings.images[i].tag] : [],
                    digest: result.digest,
                    platforms: (0,archive_transfer/* platformsOf */.Wt)(transfer.root, transfer.label),
                    referrers: result.plan.referrers.map((r) => ({
                        digest: r.digest,
                        artifact_type: r.artifactType,
                    })),
                }));
                return { saved, ...written };
            }
            catch (error) {
                await store.discard();
                throw error;
            }
        }));
        const digests = Object.fromEntries(settings.images.map((image, i) => [(0,oci_reference/* formatReference */.FH)(image), saved[i].digest]));
        io.setOutput('archive', settings.archive);
        io.setOutput('digests', JSON.stringify(digests));
        io.setOutput('contents', JSON.stringify({ images: saved, blobs, bytes }));
        io.info(`Saved ${saved.length} image${saved.length === 1 ? '' : 's'} to ${settings.archive === '-' ? 'standard output' : settings.archive} (${settings.format}): ${blobs} blobs, ${(0,units/* humanSize */.Xe)(bytes)}`);
        await io.writeSummary({
            title: 'Images saved',
            facts: [
                [
                    'Archive',
                    `${settings.archive === '-' ? 'standard output' : settings.archive} (${settings.format})`,
                ],
                ['Blobs', `${blobs} (${(0,units/* humanSize */.Xe)(bytes)})`],
            ],
            tables: [
                {
                    header: ['Image', 'Digest', 'Platforms', 'Referrers'],
                    rows: saved.map((s, i) => [
                        (0,oci_reference/* formatReference */.FH)(settings.images[i]),
                        `\`${s.digest}\``,
                        s.platforms.join(', ') || 'one',
                        String(s.referrers.length),
                    ]),
                },
            ],
            notes: [
                ...(settings.format === 'docker'
                    ? ['format docker: a docker save tar carries no signatures, SBOMs or attestations.']
                    : []),
            ],
        });
    }
    catch (error) {
        // Registries were only read: nothing of theirs to undo; the unfinished archive is gone.
        const signal = (0,cancel/* cancelledBy */.tK)();
        if (!signal)
            throw error;
        throw new cancel/* CancelledError */.cc(signal, `${progress.idle ? 'stopped' : `${progress.line()} when stopped`}; no archive was written`);
    }
    finally {
        await clients.close();
    }
}
/**
 * Each image read (and narrowed to `platforms`) from its registry, to be copied into the
 * archive under its full name and tag; by digest alone, the archive names it by its digest.
 */
async function planTransfers(io, settings, clients, sources, writer) {
    const transfers = [];
    for (const [i, image] of settings.images.entries()) {
        const label = (0,oci_reference/* formatReference */.FH)(image);
        const repo = clients.for(sources[i]).repository(image.repository);
        const root = await (0,copy/* readSource */.o$)(repo, image.digest ?? image.tag ?? 'latest');
        const narrowed = settings.platforms.length
            ? await (0,platforms/* narrowToPlatforms */.N)(repo, root, settings.platforms, { input: 'platforms' })
            : { root, newRoot: false, note: undefined };
        if (narrowed.note)
            io.info(`${label}: ${narrowed.note}`);
        if (settings.format === 'docker' && (0,oci_manifest/* isIndexMediaType */.$$)(narrowed.root.mediaType)) {
            throw new errors/* UserError */.yo(`Input platforms: ${label} is a multi-platform index, and format docker holds one platform per image: set platforms to one of ${(0,archive_transfer/* platformsOf */.Wt)(narrowed.root, label).join(', ')}; nothing was written`);
        }
        transfers.push({
            source: repo,
            root: narrowed.root,
            newRoot: narrowed.newRoot,
            target: writer.repository((0,oci_reference/* formatName */.nD)(image)),
            tags: image.tag ? [image.tag] : [narrowed.root.digest],
            label,
        });
    }
    return transfers;
}
/** An OCI layout folder is written whole and renamed into place: an existing one is not merged. */
async function refuseFullFolder(dir) {
    const found = await (0,promises_.stat)(dir).catch(() => undefined);
    if (found) {
        throw new errors/* UserError */.yo(`Input archive: ${dir} exists; format oci-dir writes a new folder, give a path that does not exist yet`);
    }
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


/***/ }),

/***/ 86530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wt: () => (/* binding */ platformsOf),
/* harmony export */   fb: () => (/* binding */ checkDistinctNames),
/* harmony export */   kT: () => (/* binding */ transferImages)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36624);
/* harmony import */ var _oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66908);
/* harmony import */ var _copy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44593);



/**
 * Copies each image in turn. With `overwrite` false, every target's tags are checked before the
 * first image moves: a refusal leaves every target as it was, not some images loaded.
 */
async function transferImages(transfers, options) {
    if (options.overwrite === false) {
        for (const t of transfers)
            await (0,_copy_js__WEBPACK_IMPORTED_MODULE_2__/* .planTags */ .Vd)(t.target, t.tags, t.root.digest, false);
    }
    const results = [];
    for (const transfer of transfers) {
        const result = await (0,_copy_js__WEBPACK_IMPORTED_MODULE_2__/* .copyImage */ .L1)(transfer.source, transfer.root, transfer.target, transfer.tags, {
            ...options,
            newRoot: transfer.newRoot,
        });
        results.push({ transfer, result });
    }
    return results;
}
/** The platforms of an image, as `contents` lists them: `linux/amd64`, …; one for a manifest. */
function platformsOf(root, where) {
    if (!(0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(root.mediaType))
        return [];
    const index = (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageIndex */ .n4)(root, where);
    return index.manifests
        .filter((m) => m.platform && m.platform.os !== 'unknown')
        .map((m) => [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/'));
}
/** Two images saved under one name:tag is refused before anything is fetched. */
function checkDistinctNames(names) {
    const seen = new Set();
    for (const { name, tag } of names) {
        const key = `${name}:${tag}`;
        if (seen.has(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input images: ${key} is named twice; an archive holds one image per name`);
        }
        seen.add(key);
    }
}


/***/ })

};
