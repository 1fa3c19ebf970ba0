import { posix } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { extract } from 'tar-stream';
import type { ImageSource } from '../../oci/store.js';
import { isNonDistributable, type Descriptor } from '../../oci/manifest.js';
import { verifyingStream } from '../../oci/digest.js';
import { formatBytes } from '../../units.js';
import { escapeLogText } from '../../log-text.js';
import { distroOfOsRelease, type DistroFacts } from './os-release.js';
import type { ReadDeadline } from './deadline.js';

/**
 * Where os-release(5) says a system keeps it: `/etc/os-release`, else `/usr/lib/os-release`. In
 * most images the first is a link to the second.
 */
const CANDIDATES = ['etc/os-release', 'usr/lib/os-release'];

/** Bounds on reading layers for os-release, besides the caller's byte budget. */
export const LayerReadLimit = {
  /** An os-release file is some hundred bytes; a larger one is not read. */
  osReleaseBytes: 64 * 1024,
  /** Uncompressed tar bytes read per compressed byte of the budget: a gzip bomb stops there. */
  expansion: 16,
  /** Links followed from one name: a loop of links ends here. */
  hops: 8,
} as const;

export interface LayerReadOptions {
  /** Compressed layer bytes read at most for one platform; a layer past it is not opened. */
  budgetBytes: number;
  /** Why reading stopped or a layer was passed over, for the log. */
  note: (message: string) => void;
  /** What this runtime cannot read (a zstd layer on Node.js 20): the report misses a fact. */
  warn: (message: string) => void;
  deadline?: ReadDeadline;
  where: string;
}

/** What one layer holds of the names looked for. */
interface LayerScan {
  files: Map<string, Buffer | 'too large'>;
  links: Map<string, string>;
  /** Whiteouts: names removed from the layers below, and folders emptied (opaque). */
  removed: Set<string>;
  opaque: Set<string>;
}

interface Candidate {
  path: string;
  hops: number;
  found?: { text: Buffer | 'too large'; layer: string };
  absent?: boolean;
}

/**
 * The distro of a platform image from its os-release file, read from the layers top-down as
 * `regctl image get-file` does: each layer is streamed (gunzipped when compressed), verified
 * against its digest to its end before anything in it counts, and reading stops at the first
 * layer that decides the answer. Whiteouts (`.wh.<name>`, `.wh..wh..opq`) hide what lies below;
 * symbolic and hard links to another name are followed into the same and lower layers. Null
 * when no layer within the budget holds the file; a layer that cannot be read ends the search
 * (the answer below it could be hidden by it).
 */
export async function readDistroFromLayers(
  source: ImageSource,
  layers: Descriptor[],
  options: LayerReadOptions,
): Promise<DistroFacts | null> {
  const candidates: Candidate[] = CANDIDATES.map((path) => ({ path, hops: 0 }));
  let budget = options.budgetBytes;
  let expansion = Math.max(options.budgetBytes, 1024 * 1024) * LayerReadLimit.expansion;
  for (const layer of [...layers].reverse()) {
    if (decided(candidates)) break;
    if (isNonDistributable(layer)) {
      options.note(`${options.where}: the foreign layer ${layer.digest} is not in the registry`);
      continue;
    }
    const compression = compressionOf(layer.mediaType);
    if (compression === undefined) {
      options.note(
        `${options.where}: the layer ${layer.digest} is ${escapeLogText(layer.mediaType)}, not a tar: os-release is not looked for below it`,
      );
      return null;
    }
    if (compression === 'zstd' && !zstdReadable()) {
      options.warn(
        `${options.where}: the layer ${layer.digest} is zstd-compressed, which this Node.js cannot read: os-release is not looked for below it`,
      );
      return null;
    }
    if (layer.size > budget) {
      options.note(
        `${options.where}: no os-release within the first ${formatBytes(options.budgetBytes)} of layers (read_layers_mb)`,
      );
      return null;
    }
    budget -= layer.size;
    const wanted = new Set(candidates.filter((c) => !c.found && !c.absent).map((c) => c.path));
    const scan = await scanLayer(source, layer, compression, wanted, expansion, options);
    expansion -= scan.read;
    for (const candidate of candidates) resolve(candidate, scan, layer.digest);
  }
  const chosen = candidates.find((c) => c.found) ?? undefined;
  if (!chosen?.found) return null;
  if (chosen.found.text === 'too large') {
    options.note(
      `${options.where}: /${chosen.path} in ${chosen.found.layer} is larger than ${formatBytes(LayerReadLimit.osReleaseBytes)}: not read`,
    );
    return null;
  }
  return distroOfOsRelease(chosen.found.text.toString('utf8'), chosen.found.layer);
}

/** `/etc/os-release` decides when found or gone; the fallback matters only once it is gone. */
function decided([etc, usr]: Candidate[]): boolean {
  return etc.found !== undefined || (etc.absent === true && (usr.found || usr.absent) === true);
}

function resolve(candidate: Candidate, scan: LayerScan, layer: string): void {
  while (!candidate.found && !candidate.absent) {
    const file = scan.files.get(candidate.path);
    if (file !== undefined) {
      candidate.found = { text: file, layer };
      return;
    }
    const target = scan.links.get(candidate.path);
    if (target !== undefined) {
      if (++candidate.hops > LayerReadLimit.hops) candidate.absent = true;
      else candidate.path = target;
      continue;
    }
    if (isRemoved(candidate.path, scan)) candidate.absent = true;
    return;
  }
}

function isRemoved(path: string, scan: LayerScan): boolean {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (scan.removed.has(prefix)) return true;
    if (i < parts.length && scan.opaque.has(prefix)) return true;
  }
  return false;
}

type Compression = 'none' | 'gzip' | 'zstd';

/** An image layer's compression by its media type (OCI or Docker); undefined for no layer. */
function compressionOf(mediaType: string): Compression | undefined {
  const match = /(?:\.layer\.v1|\.rootfs\.diff)\.tar(?:[+.](gzip|zstd))?$/.exec(mediaType);
  if (!match) return undefined;
  return (match[1] as Compression | undefined) ?? 'none';
}

/** Node.js 22.15 and later (the Actions runner's node24) decompress zstd; Node.js 20 does not. */
function zstdReadable(): boolean {
  return typeof (zlib as { createZstdDecompress?: unknown }).createZstdDecompress === 'function';
}

function decompressor(compression: Compression): Transform | undefined {
  if (compression === 'gzip') return zlib.createGunzip();
  if (compression === 'zstd')
    return (zlib as unknown as { createZstdDecompress: () => Transform }).createZstdDecompress();
  return undefined;
}

/** A name as the report compares it: no leading `./` or `/`, no trailing `/`. */
function normalise(name: string): string {
  return posix.normalize(`/${name}`).replace(/^\/+/, '').replace(/\/+$/, '');
}

/**
 * Reads one layer to its end (its digest is checked only there), keeping the os-release files,
 * the links among the names looked for and the whiteouts. `read` is the uncompressed bytes.
 */
async function scanLayer(
  source: ImageSource,
  layer: Descriptor,
  compression: Compression,
  wanted: Set<string>,
  expansionLeft: number,
  { where, deadline }: LayerReadOptions,
): Promise<LayerScan & { read: number }> {
  const scan: LayerScan & { read: number } = {
    files: new Map(),
    links: new Map(),
    removed: new Set(),
    opaque: new Set(),
    read: 0,
  };
  const interesting = (path: string) => wanted.has(path) || posix.basename(path) === 'os-release';
  const opened = await source.openBlob(layer.digest);
  deadline?.guard(opened, `the layer ${layer.digest}`);
  const blob = verifyingStream(opened, layer, where);
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      scan.read += chunk.length;
      if (scan.read > expansionLeft) {
        callback(
          new Error(
            `the layer ${layer.digest} unpacks to more than ${formatBytes(expansionLeft)}: not read further`,
          ),
        );
        return;
      }
      callback(null, chunk);
    },
  });
  const tar = extract();
  const unpack = decompressor(compression);
  const stages: NodeJS.ReadWriteStream[] = unpack ? [unpack, counter] : [counter];
  const done = pipeline([blob, ...stages, tar as unknown as NodeJS.WritableStream]);
  try {
    for await (const entry of tar) {
      const path = normalise(entry.header.name);
      const base = posix.basename(path);
      const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
      if (base === '.wh..wh..opq') scan.opaque.add(dir);
      else if (base.startsWith('.wh.')) scan.removed.add(posix.join(dir, base.slice(4)));
      else if (interesting(path)) {
        const { type, linkname, size } = entry.header;
        if (type === 'symlink' && linkname) {
          scan.links.set(
            path,
            normalise(posix.join(linkname.startsWith('/') ? '' : dir, linkname)),
          );
        } else if (type === 'link' && linkname) {
          // A hard link names its target from the root of the layer.
          scan.links.set(path, normalise(linkname));
        } else if (type === 'file' || type === 'contiguous-file') {
          if (size > LayerReadLimit.osReleaseBytes) scan.files.set(path, 'too large');
          else {
            const chunks: Buffer[] = [];
            for await (const chunk of entry) chunks.push(chunk as Buffer);
            scan.files.set(path, Buffer.concat(chunks));
            continue;
          }
        }
      }
      entry.resume();
    }
    await done;
  } catch (error) {
    tar.destroy();
    // The pipeline's own failure (a digest that does not match, a bad gzip) says more than the
    // closed stream the entries ended with.
    throw await done.then(
      () => error,
      (cause: unknown) => cause,
    );
  }
  return scan;
}
