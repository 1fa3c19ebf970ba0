import { integer, text } from '../../json.js';
import { isoTime } from '../time.js';
import type { CommitAuthor, SourceFacts } from './facts.js';
import { commitUrl } from './remote-url.js';

/**
 * The CI_* variables GitLab sets (and other CIs that borrowed its names set in part); what is not
 * there stays null for the working tree to fill.
 */
export function ciVariableFacts(env: NodeJS.ProcessEnv): SourceFacts {
  const gitlab = env.GITLAB_CI === 'true';
  const projectUrl = text(env.CI_PROJECT_URL)?.replace(/\/+$/, '') ?? null;
  const sha = text(env.CI_COMMIT_SHA);
  const tag = text(env.CI_COMMIT_TAG);
  const branch =
    text(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ??
    text(env.CI_COMMIT_BRANCH) ??
    (tag ? null : text(env.CI_COMMIT_REF_NAME));
  const mergeRequest = integer(env.CI_MERGE_REQUEST_IID);
  const mergeRequestProject =
    text(env.CI_MERGE_REQUEST_PROJECT_URL)?.replace(/\/+$/, '') ?? projectUrl;
  const author = parseAuthor(text(env.CI_COMMIT_AUTHOR));
  const provider = gitlab ? 'gitlab' : null;
  return {
    git: {
      provider,
      repository: text(env.CI_PROJECT_PATH),
      repository_url: projectUrl,
      ref: tag
        ? `refs/tags/${tag}`
        : mergeRequest !== null
          ? `refs/merge-requests/${mergeRequest}/head`
          : branch
            ? `refs/heads/${branch}`
            : null,
      branch,
      tag,
      commit: {
        sha,
        message: text(env.CI_COMMIT_MESSAGE)?.replace(/\s+$/, '') ?? null,
        url: sha && projectUrl ? commitUrl(gitlab ? 'gitlab' : null, projectUrl, sha) : null,
        author,
        timestamp: isoTime(env.CI_COMMIT_TIMESTAMP),
      },
      pull_request:
        mergeRequest !== null
          ? {
              number: mergeRequest,
              title: text(env.CI_MERGE_REQUEST_TITLE),
              url: mergeRequestProject
                ? `${mergeRequestProject}/-/merge_requests/${mergeRequest}`
                : null,
              author: null,
            }
          : null,
    },
    ci: {
      provider: gitlab ? 'gitlab-ci' : env.CI && env.CI !== 'false' ? 'other' : 'local',
      workflow: text(env.CI_PIPELINE_NAME),
      run_id: text(env.CI_PIPELINE_ID),
      run_number: integer(env.CI_PIPELINE_IID),
      run_attempt: null,
      run_url: text(env.CI_PIPELINE_URL),
      job: text(env.CI_JOB_NAME),
      actor: text(env.GITLAB_USER_LOGIN),
      event: text(env.CI_PIPELINE_SOURCE),
    },
  };
}

/** `Name <email>`, as GitLab's CI_COMMIT_AUTHOR and git write it. */
function parseAuthor(value: string | null): CommitAuthor | null {
  if (!value) return null;
  const match = /^(.*?)\s*<([^>]*)>$/.exec(value);
  return match
    ? { name: match[1] || null, email: match[2] || null, username: null }
    : { name: value, email: null, username: null };
}
