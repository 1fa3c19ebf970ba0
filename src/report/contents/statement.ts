import { isObject, text, type Json } from '../../json.js';

/**
 * An attestation as its wrappers carry it: an in-toto statement (`_type`, `subject`,
 * `predicateType`, `predicate`) bare (BuildKit's attestation manifests), inside a DSSE envelope
 * (cosign's `.att` layers) or inside a Sigstore bundle's envelope. Decoding is all this does:
 * whether it was signed is told by presence, verifying stays with the verifier.
 */
export interface Statement {
  predicateType: string;
  predicate: Json;
  /** Whether a signature came with it (an envelope's `signatures`), not whether it verifies. */
  signed: boolean;
}

export const DSSE_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** The statement in a document; a reason in words when it holds none. */
export function decodeStatement(document: unknown): Statement | string {
  if (!isObject(document)) return 'it is not a JSON object';
  // A Sigstore bundle (v0.1–v0.3): the envelope is a field of it.
  if (isObject(document.dsseEnvelope)) return fromEnvelope(document.dsseEnvelope);
  if (typeof document.payloadType === 'string') return fromEnvelope(document);
  return fromStatement(document, false);
}

function fromEnvelope(envelope: Json): Statement | string {
  if (envelope.payloadType !== DSSE_PAYLOAD_TYPE)
    return `its envelope carries ${String(envelope.payloadType).slice(0, 80)}, not an in-toto statement`;
  const payload = text(envelope.payload);
  if (!payload || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(payload))
    return 'its envelope has no base64 payload';
  let statement: unknown;
  try {
    statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return 'its envelope payload is not JSON';
  }
  const signatures = Array.isArray(envelope.signatures) ? envelope.signatures : [];
  const signed = signatures.some((s) => isObject(s) && text(s.sig) !== null);
  return fromStatement(statement, signed);
}

function fromStatement(statement: unknown, signed: boolean): Statement | string {
  if (!isObject(statement)) return 'its statement is not a JSON object';
  const predicateType = text(statement.predicateType);
  if (!predicateType) return 'its statement has no predicateType';
  // cosign's custom type wraps the predicate's text as { Data, Timestamp }; SBOMs and scans are
  // objects in every type this reads.
  if (!isObject(statement.predicate)) return 'its statement has no predicate object';
  return { predicateType, predicate: statement.predicate, signed };
}
