import { sanitizeTag } from '../../oci/reference.js';
import { githubFacts, readEvent } from '../../report/source/github.js';

/**
 * What an image says about where it came from, taken from the GitHub context (the GITHUB_*
 * variables the runner sets): its default tag and its OCI labels.
 */

/** The pull request number of a `pull_request*` event, from its ref or its payload. */
export function pullRequestNumber(env: NodeJS.ProcessEnv): number | undefined {
  const ref = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  if (ref) return Number(ref[1]);
  // pull_request_target runs on the base branch's ref; the number is in the event payload.
  if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request')) return undefined;
  const event = readEvent(env) as { number?: unknown; pull_request?: { number?: unknown } };
  const number = event.pull_request?.number ?? event.number;
  return typeof number === 'number' ? number : undefined;
}

/**
 * The tag a build gets when the step gives neither `tag` nor `tags` (DESIGN §4): `pr-<n>` for a
 * pull request, else the branch or Git tag name made tag-safe, else `latest` (outside any ref).
 */
export function defaultTag(env: NodeJS.ProcessEnv): string {
  const pr = pullRequestNumber(env);
  if (pr !== undefined) return `pr-${pr}`;
  const name =
    env.GITHUB_HEAD_REF ||
    env.GITHUB_REF_NAME ||
    /^refs\/(?:heads|tags)\/(.+)$/.exec(env.GITHUB_REF ?? '')?.[1];
  return name ? sanitizeTag(name) : 'latest';
}

const OCI = 'org.opencontainers.image';

/**
 * The OCI labels of an image built here: source, revision, created, version (the first tag),
 * title and url. Labels whose fact is unknown (outside GitHub) are left out.
 */
export function gitLabels(
  env: NodeJS.ProcessEnv,
  version: string | undefined,
  now: Date,
): Record<string, string> {
  const labels: Record<string, string> = {};
  const repository = env.GITHUB_REPOSITORY;
  if (repository) {
    const url = `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repository}`;
    labels[`${OCI}.source`] = url;
    labels[`${OCI}.url`] = url;
    labels[`${OCI}.title`] = repository.slice(repository.indexOf('/') + 1);
  }
  // On pull requests GITHUB_SHA is a merge commit no one pushed: the head commit, as the report has.
  const revision = env.GITHUB_SHA ? githubFacts(env, readEvent(env)).git.commit.sha : null;
  if (revision) labels[`${OCI}.revision`] = revision;
  labels[`${OCI}.created`] = now.toISOString();
  if (version) labels[`${OCI}.version`] = version;
  return labels;
}

/** The Git labels with the step's `labels` over them: a user's value always wins. */
export function imageLabels(
  env: NodeJS.ProcessEnv,
  version: string | undefined,
  userLabels: Record<string, string>,
  now: Date,
): Record<string, string> {
  return { ...gitLabels(env, version, now), ...userLabels };
}
