import type { Descriptor } from '../oci/manifest.js';
import { text } from '../json.js';
import { isValidDigest } from '../oci/reference.js';
import { isoTime } from './time.js';

/**
 * One step of a platform image as an images dashboard's "Layers" view shows it: a layer of the
 * manifest with the config's history entry that made it, or a history entry that made no layer
 * (`ENV`, `CMD`, `LABEL`: `empty_layer`).
 */
export interface LayerFacts {
  /** The layer blob's digest; null for an empty layer. */
  digest: string | null;
  /** Bytes as stored (compressed); 0 for an empty layer. */
  size: number;
  /** The layer's media type; null for an empty layer. */
  media_type: string | null;
  /** The instruction that made it, as the builder wrote it (`RUN /bin/sh -c apk add …`). */
  created_by: string | null;
  /** UTC ISO 8601. */
  created: string | null;
  comment: string | null;
  /** A history entry that added no layer: no digest, no size. */
  empty_layer: boolean;
}

/** A config `history` entry (OCI image spec): every field optional. */
interface HistoryEntry {
  created?: unknown;
  created_by?: unknown;
  comment?: unknown;
  empty_layer?: unknown;
}

/**
 * The manifest's layers, each with the history entry that made it, in build order. History
 * entries with `empty_layer: true` made no layer and are listed as empty ones; every other entry
 * made the next layer, as `docker history` pairs them. Layers left over when the history runs
 * short (a config written by hand, or `history` absent) are listed without a history entry;
 * entries left over when the layers run short name no layer and are dropped.
 */
export function layersWithHistory(layers: Descriptor[], history: unknown): LayerFacts[] {
  const entries: HistoryEntry[] = Array.isArray(history)
    ? history.filter((e): e is HistoryEntry => typeof e === 'object' && e !== null)
    : [];
  const out: LayerFacts[] = [];
  let next = 0;
  for (const entry of entries) {
    const empty = entry.empty_layer === true;
    if (!empty && next >= layers.length) continue;
    out.push({
      ...(empty ? NO_LAYER : layerOf(layers[next++])),
      created_by: text(entry.created_by),
      created: isoTime(entry.created),
      comment: text(entry.comment),
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
function layerOf(
  layer: Partial<Descriptor> | null,
): Pick<LayerFacts, 'digest' | 'size' | 'media_type'> {
  const digest =
    typeof layer?.digest === 'string' && isValidDigest(layer.digest) ? layer.digest : null;
  const size = layer?.size;
  return {
    digest,
    size: typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : 0,
    media_type: text(layer?.mediaType),
  };
}

/** The longest instruction the summary shows; the report carries it whole. */
const INSTRUCTION_LENGTH = 120;

/**
 * A history entry's `created_by` as a Dockerfile instruction, for people: the classic builder's
 * `/bin/sh -c #(nop) ` prefix (which marks a non-RUN instruction) is dropped and its other
 * commands become `RUN …`; BuildKit's ` # buildkit` suffix is dropped; long ones are cut.
 */
export function instructionOf(createdBy: string | null): string {
  if (!createdBy) return '';
  let instruction = createdBy.trim().replace(/\s+# buildkit$/, '');
  const nop = /^\/bin\/sh -c #\(nop\)\s+/.exec(instruction);
  if (nop) instruction = instruction.slice(nop[0].length);
  else if (instruction.startsWith('/bin/sh -c ')) instruction = `RUN ${instruction}`;
  instruction = instruction.replace(/\s+/g, ' ');
  return instruction.length > INSTRUCTION_LENGTH
    ? `${instruction.slice(0, INSTRUCTION_LENGTH - 1)}…`
    : instruction;
}
