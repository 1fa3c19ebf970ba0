import type { ValidateFunction } from 'ajv';

/** The registries schema, compiled at build time (scripts/generate-validators.mjs). */
declare const validate: ValidateFunction;
export default validate;
export { validate };
