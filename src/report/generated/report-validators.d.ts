import type { ValidateFunction } from 'ajv';

/** The report's schema and its `format: uri`, compiled at build time (scripts/generate-validators.mjs). */
export declare const validateReport: ValidateFunction;
export declare const validateUri: ValidateFunction;
