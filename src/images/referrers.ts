import { UserError } from '../errors.js';
import type { ImageSource } from '../oci/store.js';
import { createLimiter } from '../concurrency.js';
import { isObject } from '../json.js';
import {
  MediaType,
  isIndexMediaType,
  parseReferrersList,
  parseImageManifest,
  sha256Digest,
  type Descriptor,
  type ImageManifest,
  type RawManifest,
} from '../oci/manifest.js';

/**
 * What hangs off an image: signatures, SBOMs, attestations. Registries with the OCI 1.1
 * referrers API list them; the others keep them under the referrers tag schema (a tag
 * `sha256-<hex>` holding an index of them, the distribution spec's "Unavailable Referrers API"),
 * and cosign keeps its own under tags `sha256-<hex>.sig`, `.att` and `.sbom`. All three are read.
 */

export type ReferrerSource = 'api' | 'tag-schema' | 'cosign-tag';

export interface Referrer {
  digest: string;
  mediaType: string;
  size: number;
  /** The manifest's `artifactType`, else its config's media type; a cosign tag's by its layers. */
  artifactType: string;
  /** The digest it hangs off. */
  subject: string;
  annotations: Record<string, string>;
  source: ReferrerSource;
  /** The cosign tag it was found under. */
  tag?: string;
  /** A cosign tag's manifest, read to find it (the others are read when copied). */
  manifest?: RawManifest;
  /** 1 for what refers to the image itself, 2 for what refers to a referrer, and so on. */
  depth: number;
}

export const COSIGN_SUFFIXES = ['sig', 'att', 'sbom'] as const;

export const ArtifactType = {
  cosignSignature: 'application/vnd.dev.cosign.simplesigning.v1+json',
  sigstoreBundlePrefix: 'application/vnd.dev.sigstore.bundle',
} as const;

/** A signature on a referrer on a referrer on the image is as deep as real chains go. */
export const DEFAULT_REFERRER_DEPTH = 4;
/**
 * The whole walk is bounded per step (DESIGN §6), whatever a registry lists: referrers whose
 * referrers have referrers, each listing many more, must not hold a step for minutes nor fill
 * its memory. Real images carry some referrers per platform (a signature, an SBOM, a provenance
 * attestation, their signatures): a 20-platform index with 10 each is 200 referrers, 220
 * listings; the bounds leave five times that. What is past them is left out, and said.
 */
export const WalkLimit = {
  /** Referrers found in all. */
  referrers: 1000,
  /** Subjects whose referrers are asked for (each costs up to five requests). */
  listings: 1000,
  /** Bytes of the listings read (referrers tag indexes, API pages, cosign manifests). */
  bytes: 32 * 1024 * 1024,
} as const;

/** Subjects probed at once; each costs up to five requests. */
const SUBJECT_CONCURRENCY = 8;
/**
 * One tag listing finds the referrers tags of every subject at once; past this many tags the
 * listing costs more than asking for each subject's few tags, so those are probed instead.
 */
const TAG_LISTING_LIMIT = 10_000;
const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-f0-9]{32,})$/;

/** The referrers tag schema's tag for a digest: `<alg>-<hex>`, cut to a tag's 128 characters. */
export function referrersTag(digest: string): string {
  const match = DIGEST_RE.exec(digest);
  if (!match) throw new UserError(`"${digest}" is not a digest (algorithm:hex)`);
  return `${match[1]}-${match[2]}`.slice(0, 128);
}

/** cosign's tags for a digest, those a tag can hold (a sha512 one is too long for any). */
export function cosignTags(digest: string): { suffix: string; tag: string }[] {
  const match = DIGEST_RE.exec(digest);
  if (!match) return [];
  return COSIGN_SUFFIXES.map((suffix) => ({
    suffix,
    tag: `${match[1]}-${match[2]}.${suffix}`,
  })).filter(({ tag }) => tag.length <= 128);
}

export function isSignature(referrer: Pick<Referrer, 'artifactType' | 'tag'>): boolean {
  return (
    referrer.artifactType === ArtifactType.cosignSignature ||
    referrer.artifactType.startsWith(ArtifactType.sigstoreBundlePrefix) ||
    (referrer.tag?.endsWith('.sig') ?? false)
  );
}

export interface DiscoverOptions {
  maxDepth?: number;
  /** Only referrers of this artifact type (asked of the registry, else filtered here). */
  artifactType?: string;
  debug?: (message: string) => void;
  /** What a registry listed that is no referrer of the image, left out (else `debug`). */
  warn?: (message: string) => void;
}

/**
 * Everything that refers to `subjects` in `repo`, and what refers to those, to `maxDepth`:
 * breadth first, each digest once (a referrer listed by the API and the tag schema both, or a
 * chain that loops back), in a stable order. Whether the registry has the referrers API is
 * learnt from the first answer: a registry that has none is not asked again. The repository's
 * tags are listed once, so only the referrers and cosign tags that exist are read.
 */
export async function discoverReferrers(
  repo: ImageSource,
  subjects: string[],
  options: DiscoverOptions = {},
): Promise<Referrer[]> {
  const maxDepth = options.maxDepth ?? DEFAULT_REFERRER_DEPTH;
  const state: ProbeState = {
    api: undefined,
    artifactType: options.artifactType,
    asked: new Map(),
    debug: options.debug,
    warn: options.warn ?? options.debug,
    reads: createLimiter(SUBJECT_CONCURRENCY),
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
  if (listed?.complete) state.tags = new Set(listed.tags);
  const limit = createLimiter(SUBJECT_CONCURRENCY);
  const seen = new Set(subjects);
  const found: Referrer[] = [];
  // What the bounds left out, said once at the end, naming the image.
  const leftOut = { subjects: 0, referrers: 0, why: new Set<string>() };
  let level = [...seen];
  for (let depth = 1; level.length > 0; depth++) {
    if (depth > maxDepth) {
      options.debug?.(
        `${repo.label}: ${repo.name}: referrers deeper than ${maxDepth} levels are not followed`,
      );
      break;
    }
    const lists = await Promise.all(
      level.map((subject) =>
        limit(async () => {
          // Checked as each listing starts: a level of many subjects stops part-way.
          const bound =
            state.listings >= WalkLimit.listings
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
        }),
      ),
    );
    level = [];
    for (const referrer of lists.flat()) {
      if (seen.has(referrer.digest)) continue;
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
    state.warn?.(
      `${image}: ${what.join(' and ')} left out: the walk of its referrers stops at ${[...leftOut.why].join(', ')}`,
    );
  }
  return found;
}

const formatMiB = (bytes: number) => `${bytes / (1024 * 1024)} MiB`;

interface ProbeState {
  /** Whether the registry answers the referrers API; undefined until it has been asked. */
  api: boolean | undefined;
  artifactType?: string;
  /** The repository's tags, when it listed them all: only tags in it are read. */
  tags?: Set<string>;
  /** The API's answers by subject. */
  asked: Map<string, Promise<Descriptor[]>>;
  debug?: (message: string) => void;
  warn?: (message: string) => void;
  /** The manifests read to check their subject, a few at once. */
  reads: ReturnType<typeof createLimiter>;
  /** Listings asked for and their bytes, against `WalkLimit`. */
  listings: number;
  bytes: number;
  /** Referrers checked to name their subject, and those past the bound left unread. */
  kept: number;
  reading: number;
  unchecked: number;
}

async function referrersOf(
  repo: ImageSource,
  subject: string,
  depth: number,
  state: ProbeState,
): Promise<Referrer[]> {
  if (!DIGEST_RE.test(subject)) return [];
  const fromApi = async (): Promise<Referrer[]> => {
    const listed = await apiReferrers(repo, subject, state);
    state.bytes += Buffer.byteLength(JSON.stringify(listed));
    return listed.flatMap((d) => fromDescriptor(d, subject, 'api', depth));
  };
  const absent = (tag: string) => state.tags !== undefined && !state.tags.has(tag);
  const fromTagSchema = async (): Promise<Referrer[]> => {
    if (absent(referrersTag(subject))) return [];
    const raw = await repo.findManifest(referrersTag(subject));
    if (!raw) return [];
    state.bytes += raw.bytes.length;
    if (!isIndexMediaType(raw.mediaType)) return [];
    const where = `${repo.label}: ${repo.name}:${referrersTag(subject)}`;
    const { entries, skipped } = parseReferrersList(raw, where);
    if (skipped) state.debug?.(`${where}: ${skipped} entries that are no descriptors left out`);
    return entries.flatMap((d) => fromDescriptor(d, subject, 'tag-schema', depth));
  };
  const fromCosign = cosignTags(subject).map(async ({ tag }): Promise<Referrer[]> => {
    if (absent(tag)) return [];
    const raw = await repo.findManifest(tag);
    if (!raw) return [];
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
  const named = await Promise.all(
    [...api, ...tagSchema].map((r) =>
      state.reads(async () => {
        // Reads under way count as kept until they say otherwise: no more than the bound are read.
        if (state.kept + state.reading >= WalkLimit.referrers) {
          state.unchecked++;
          return false;
        }
        state.reading++;
        try {
          const kept = await namesSubject(repo, r, state);
          if (kept) state.kept++;
          return kept;
        } finally {
          state.reading--;
        }
      }),
    ),
  );
  const all = [...[...api, ...tagSchema].filter((_, i) => named[i]), ...cosign.flat()];
  return state.artifactType ? all.filter((r) => r.artifactType === state.artifactType) : all;
}

/**
 * Whether the manifest a referrers listing names has `referrer.subject` as its `subject`; one
 * that names another image, or none, or cannot be read, is left out with a warning: it is never
 * copied, nor written into a referrers index.
 */
async function namesSubject(
  repo: ImageSource,
  referrer: Referrer,
  state: ProbeState,
): Promise<boolean> {
  const listing = referrer.source === 'api' ? 'referrers API' : 'referrers tag';
  const where = `${repo.label}: ${repo.name}@${referrer.subject}`;
  const raw = await repo.findManifest(referrer.digest);
  let subject: unknown;
  if (raw) {
    try {
      const parsed: unknown = JSON.parse(raw.bytes.toString('utf8'));
      subject = isObject(parsed) && isObject(parsed.subject) ? parsed.subject.digest : undefined;
    } catch {
      subject = undefined;
    }
  }
  if (subject === referrer.subject) return true;
  const why = !raw
    ? 'the registry does not have it'
    : typeof subject === 'string'
      ? `its subject is ${subject}`
      : 'it names no subject';
  state.warn?.(
    `${where}: the ${listing} lists ${referrer.digest}, which is no referrer of it (${why}); left out`,
  );
  return false;
}

/** The referrers API's answer for one subject, asked once; [] where the registry has no API. */
function apiReferrers(
  repo: ImageSource,
  subject: string,
  state: ProbeState,
): Promise<Descriptor[]> {
  let pending = state.asked.get(subject);
  if (!pending) {
    pending = (async () => {
      if (state.api === false) return [];
      const listed = await repo.listReferrers(subject, state.artifactType);
      state.api = listed !== undefined;
      return listed ?? [];
    })();
    state.asked.set(subject, pending);
  }
  return pending;
}

function fromDescriptor(
  entry: unknown,
  subject: string,
  source: ReferrerSource,
  depth: number,
): Referrer[] {
  const d = entry as Partial<Descriptor> | null;
  // A malformed entry names nothing that could be copied: it is passed over, not trusted.
  if (!d || typeof d !== 'object' || typeof d.digest !== 'string' || !DIGEST_RE.test(d.digest))
    return [];
  if (typeof d.mediaType !== 'string' || typeof d.size !== 'number') return [];
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

function cosignReferrer(
  raw: RawManifest,
  subject: string,
  tag: string,
  depth: number,
  repo: ImageSource,
): Referrer {
  const manifest = parseImageManifest(raw, `${repo.label}: ${repo.name}:${tag}`);
  const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
  const artifactType =
    (typeof manifest.artifactType === 'string' && manifest.artifactType) ||
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

function stringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** The descriptor a referrers index lists for a referrer (OCI 1.1: artifactType, annotations). */
export function referrerDescriptor(referrer: Referrer): Descriptor {
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
export function mergeReferrersIndex(
  existing: RawManifest | undefined,
  additions: Descriptor[],
  where: string,
): RawManifest | undefined {
  let index: Record<string, unknown> & { manifests: unknown[] } = {
    schemaVersion: 2,
    mediaType: MediaType.ociIndex,
    manifests: [],
  };
  if (existing) {
    if (!isIndexMediaType(existing.mediaType)) {
      throw new UserError(
        `${where}: the referrers tag holds a ${existing.mediaType}, not an index; it is left alone`,
      );
    }
    // The target's own entries are kept as they are, even those this code would not read.
    index = parseReferrersList(existing, where).document;
  }
  const listed = new Set(
    index.manifests.map((d) => (d as { digest?: unknown } | null)?.digest).filter(Boolean),
  );
  const added = additions.filter((d) => !listed.has(d.digest));
  if (added.length === 0) return undefined;
  const bytes = Buffer.from(
    JSON.stringify({ ...index, manifests: [...index.manifests, ...added] }),
  );
  return { bytes, mediaType: MediaType.ociIndex, digest: sha256Digest(bytes) };
}

/**
 * A cosign tag the target already holds with other signatures than the source's: the source's
 * manifest with the target's own layers appended, so that no signature is lost on either side.
 * `undefined` when the source's layers already include all of the target's.
 */
/** A cosign layer's identity: its blob and what its annotations say (signature, certificate). */
function signatureKey(layer: Descriptor | undefined): string {
  const annotations = Object.entries(layer?.annotations ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return JSON.stringify([layer?.digest, annotations]);
}

export function mergeCosignManifest(
  source: RawManifest,
  target: RawManifest,
  where: string,
): RawManifest | undefined {
  const ours = parseImageManifest(source, where) as ImageManifest & Record<string, unknown>;
  const theirs = parseImageManifest(target, where);
  const layers = Array.isArray(ours.layers) ? ours.layers : [];
  // A signature is its payload and its annotations: two keys signing one image write one payload
  // (one digest) with two signatures, and both are kept.
  const have = new Set(layers.map(signatureKey));
  const extra = (Array.isArray(theirs.layers) ? theirs.layers : []).filter(
    (l) => l && typeof l.digest === 'string' && !have.has(signatureKey(l)),
  );
  if (extra.length === 0) return undefined;
  const bytes = Buffer.from(JSON.stringify({ ...ours, layers: [...layers, ...extra] }));
  return { bytes, mediaType: source.mediaType, digest: sha256Digest(bytes) };
}
