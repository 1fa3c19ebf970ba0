import type { ErrorObject } from 'ajv';
import { redact } from '../secrets.js';
import { validateReport as reportValidator, validateUri } from './generated/report-validators.js';

/**
 * The report's schema (schemas/image-report.schema.json) and its checks, apart from the report
 * itself: the facts modules check URLs with it while the payload module assembles them. Both
 * checks are compiled at build time (scripts/generate-validators.mjs), as the other schemas are.
 */

export const REPORT_SCHEMA = 'image-report/v1';

/**
 * The schema violations of a document, one line each, with the value found
 * (`/git/repository_url: must match format "uri" (found "https://host/my repo")`); [] when valid.
 */
export function validateReport(document: unknown): string[] {
  return reportValidator(document)
    ? []
    : (reportValidator.errors ?? []).map((error) => describeError(error, document));
}

/** Whether a URL passes the schema's `format: uri`, the check every URL of the report must pass. */
export function isReportUri(text: string): boolean {
  return validateUri(text) === true;
}

/** The start of a wrong value in a message: enough to recognise it. */
const VALUE_EXCERPT = 120;

function describeError(error: ErrorObject, document: unknown): string {
  const where = error.instancePath || '/';
  const what = error.message ?? error.keyword;
  const value = valueAt(document, error.instancePath);
  if (value === undefined || (typeof value === 'object' && value !== null)) {
    return `${where}: ${what}`;
  }
  const shown = JSON.stringify(value);
  const clipped = shown.length > VALUE_EXCERPT ? `${shown.slice(0, VALUE_EXCERPT)}…` : shown;
  // A value may come from the environment (a remote URL with a token): never show a secret.
  return `${where}: ${what} (found ${redact(clipped)})`;
}

/** The value a JSON pointer (`/image/platforms/0/size`) names in a document. */
function valueAt(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const part of pointer.split('/').slice(1)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}
