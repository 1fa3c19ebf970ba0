import type { ValidateFunction } from 'ajv';

/** The sync schema, compiled at build time (scripts/generate-validators.mjs). */
declare const validate: ValidateFunction;
export default validate;
export { validate };
