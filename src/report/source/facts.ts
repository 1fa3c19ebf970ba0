/** The Git and CI facts of a run, as the report carries them (DESIGN §5). */
import type { CommitPullRequest } from '../pull-requests.js';

export interface CommitAuthor {
  name: string | null;
  email: string | null;
  username: string | null;
}

export interface CommitFacts {
  sha: string | null;
  message: string | null;
  url: string | null;
  author: CommitAuthor | null;
  /** UTC ISO 8601. */
  timestamp: string | null;
}

export interface PullRequestFacts {
  number: number;
  title: string | null;
  url: string | null;
  author: string | null;
}

/** Where the image's source came from (DESIGN §5 `git`). */
export interface GitFacts {
  /** `github`, `gitlab`, `bitbucket`, `git` (a remote of another host), or null. */
  provider: string | null;
  /** `owner/name` (GitLab: the project path). */
  repository: string | null;
  repository_url: string | null;
  /** The full ref the run is for: `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/7/merge`. */
  ref: string | null;
  /** The branch: the head branch on pull requests; on a tag push, the branch the push names, if any. */
  branch: string | null;
  /** The Git tag, when a tag was pushed (or HEAD is exactly at one, outside CI). */
  tag: string | null;
  commit: CommitFacts;
  pull_request: PullRequestFacts | null;
  /** On a push, with a GitHub token: the pull requests the commit came in through; null when unread. */
  pull_requests?: CommitPullRequest[] | null;
  /** Issue keys found in the commit message, the branch and the pull requests' titles. */
  issues?: string[];
}

/** The run that reports (DESIGN §5 `ci`). */
export interface CiFacts {
  /**
   * `github-actions`, `gitlab-ci`, a CI env-ci recognises (`jenkins`, `circleci`, `buildkite`,
   * `bitbucket-pipelines`, `azure-pipelines`, `drone`, …), `other` (a CI that sets CI=true), or
   * `local`.
   */
  provider: string;
  workflow: string | null;
  run_id: string | null;
  run_number: number | null;
  run_attempt: number | null;
  run_url: string | null;
  job: string | null;
  actor: string | null;
  event: string | null;
}

export interface SourceFacts {
  git: GitFacts;
  ci: CiFacts;
}
