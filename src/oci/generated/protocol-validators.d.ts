import type { ValidateFunction } from 'ajv';

/** What registries send, compiled at build time (scripts/generate-validators.mjs). */
export declare const validateDescriptor: ValidateFunction;
export declare const validateImageManifest: ValidateFunction;
export declare const validateImageIndex: ValidateFunction;
export declare const validateOtherManifest: ValidateFunction;
export declare const validateImageConfig: ValidateFunction;
export declare const validateTokenAnswer: ValidateFunction;
