import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import type { CiFacts, GitFacts } from './source/facts.js';
import type { ImageFacts } from './image-facts.js';
import { REPORT_SCHEMA, validateReport } from './schema.js';

export type AnnotationValue = string | number | boolean;

/** The document posted (DESIGN §5), valid against schemas/image-report.schema.json. */
export interface ImageReport {
  schema: typeof REPORT_SCHEMA;
  reported_at: string;
  image: ImageFacts;
  git: GitFacts;
  ci: CiFacts;
  annotations: Record<string, AnnotationValue>;
}

const ANNOTATION_KEY = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/**
 * The `annotations` input: a YAML map of keys to strings, numbers or booleans. YAML types the
 * values, so `version: 1.10` is the number 1.1: quote what must stay a string.
 */
export function parseAnnotations(input: string): Record<string, AnnotationValue> {
  const trimmed = input.trim();
  if (!trimmed) return {};
  let parsed: unknown;
  try {
    // Integers are read exactly (as BigInt) so that one a JSON number cannot carry is refused
    // instead of silently rounded: `build: 12345678901234567890` would otherwise arrive as
    // 12345678901234567000.
    parsed = parseYaml(trimmed, { intAsBigInt: true });
  } catch (error) {
    throw new UserError(
      `Input annotations: not a valid YAML map (${(error as Error).message.split('\n')[0]})`,
    );
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError(
      'Input annotations: expected a YAML map of key: value, e.g. "team: payments"',
    );
  }
  const out: Record<string, AnnotationValue> = {};
  for (const [key, raw] of Object.entries(parsed as Record<string, unknown>)) {
    if (!ANNOTATION_KEY.test(key)) {
      throw new UserError(
        `Input annotations: the key "${key}" is not allowed; keys start with a letter, then letters, digits, _ . or -`,
      );
    }
    const value = typeof raw === 'bigint' ? exactInteger(key, raw) : raw;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new UserError(
        `Input annotations: the value of ${key} is not a finite number; quote it to send it as a string`,
      );
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      const what =
        value === null
          ? 'empty'
          : Array.isArray(value)
            ? 'a list'
            : typeof value === 'object'
              ? 'a map'
              : typeof value;
      throw new UserError(
        `Input annotations: the value of ${key} is ${what}; values are strings, numbers or booleans`,
      );
    }
    out[key] = value;
  }
  return out;
}

/** A YAML integer as a JSON number, when it survives the trip unchanged. */
function exactInteger(key: string, value: bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) {
    throw new UserError(
      `Input annotations: the value of ${key} (${value}) is too large an integer to send exactly as a JSON number (beyond ±${Number.MAX_SAFE_INTEGER}); quote it to send it as a string: ${key}: "${value}"`,
    );
  }
  return number;
}

export interface ReportParts {
  image: ImageFacts;
  git: GitFacts;
  ci: CiFacts;
  annotations: Record<string, AnnotationValue>;
  reportedAt: Date;
}

/**
 * What this step built does not match its own schema: a bug in image-actions, not the user's
 * doing. It is no UserError, so that code which does not expect it keeps its stack; the action
 * catches it to honour fail_on_error (a dashboard report must not break a release over our bug).
 */
export class InvalidReportError extends Error {
  override name = 'InvalidReportError';
  constructor(readonly violations: string[]) {
    super(
      `The report built does not match ${REPORT_SCHEMA} (a bug in image-actions: please report it): ${violations.join('; ')}`,
    );
  }
}

/** Builds the report and checks it against its schema: one that does not validate is a bug. */
export function buildReport(parts: ReportParts): ImageReport {
  const report: ImageReport = {
    schema: REPORT_SCHEMA,
    reported_at: parts.reportedAt.toISOString(),
    image: parts.image,
    git: parts.git,
    ci: parts.ci,
    annotations: parts.annotations,
  };
  const errors = validateReport(report);
  if (errors.length) throw new InvalidReportError(errors);
  return report;
}
