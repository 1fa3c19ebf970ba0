// env-ci ships no types (and @types/env-ci describes an old major): what src/report/ci-env.ts reads.
declare module 'env-ci' {
  export interface EnvCiResult {
    isCi: boolean;
    /** Absent when no CI service was recognised. */
    name?: string;
    /** env-ci's id of the service: `jenkins`, `azurePipelines`, `bitbucket`, … */
    service?: string;
    branch?: string;
    commit?: string;
    tag?: string;
    build?: string;
    buildUrl?: string;
    job?: string;
    jobUrl?: string;
    isPr?: boolean;
    pr?: string;
    prBranch?: string;
    slug?: string;
    root?: string;
  }
  export default function envCi(options?: { env?: NodeJS.ProcessEnv; cwd?: string }): EnvCiResult;
}
