import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import schema from '../../schemas/image-report.schema.json' with { type: 'json' };
import { UserError } from '../errors.js';
import type { CiFacts, GitFacts } from './git-facts.js';
import type { ImageFacts } from './image-facts.js';

export const REPORT_SCHEMA = 'image-report/v1';

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
    parsed = parseYaml(trimmed);
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
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!ANNOTATION_KEY.test(key)) {
      throw new UserError(
        `Input annotations: the key "${key}" is not allowed; keys start with a letter, then letters, digits, _ . or -`,
      );
    }
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

export interface ReportParts {
  image: ImageFacts;
  git: GitFacts;
  ci: CiFacts;
  annotations: Record<string, AnnotationValue>;
  reportedAt: Date;
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
  if (errors.length) {
    throw new Error(`The image report does not match ${REPORT_SCHEMA}:\n${errors.join('\n')}`);
  }
  return report;
}

let validator: ValidateFunction | undefined;

/** The schema violations of a document, one line each (`/image/digest: must match pattern …`); [] when valid. */
export function validateReport(document: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    // ajv-formats is CommonJS: its default export is the module, whose `default` is the plugin.
    formats.default(ajv, ['date-time', 'uri']);
    validator = ajv.compile(schema);
  }
  return validator(document) ? [] : (validator.errors ?? []).map(describeError);
}

function describeError(error: ErrorObject): string {
  return `${error.instancePath || '/'}: ${error.message ?? error.keyword}`;
}
