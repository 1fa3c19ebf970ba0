/**
 * The promotion attestation's predicate (`https://image-actions.dev/promotion/v1`, DESIGN §10):
 * what was promoted from where to where, by which run of which workflow, by whom, and when. The
 * run is named from GitHub Actions' variables, else GitLab CI's, else Jenkins-style `BUILD_URL`.
 */

export interface PromotedImage {
  reference: string;
  digest: string;
}

export interface PromotionPredicate {
  source: PromotedImage;
  /** Every candidate, when several were merged into one index. */
  sources?: PromotedImage[];
  targets: PromotedImage[];
  workflow?: string;
  run_url?: string;
  actor?: string;
  time: string;
}

function runFacts(
  env: NodeJS.ProcessEnv,
): Pick<PromotionPredicate, 'workflow' | 'run_url' | 'actor'> {
  const facts: Pick<PromotionPredicate, 'workflow' | 'run_url' | 'actor'> = {};
  if (env.GITHUB_ACTIONS === 'true') {
    const workflow = env.GITHUB_WORKFLOW_REF || env.GITHUB_WORKFLOW;
    if (workflow) facts.workflow = workflow;
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
      facts.run_url = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`;
    }
    if (env.GITHUB_ACTOR) facts.actor = env.GITHUB_ACTOR;
  } else if (env.GITLAB_CI === 'true') {
    if (env.CI_PROJECT_PATH)
      facts.workflow = `${env.CI_PROJECT_PATH}/${env.CI_CONFIG_PATH || '.gitlab-ci.yml'}`;
    if (env.CI_JOB_URL || env.CI_PIPELINE_URL)
      facts.run_url = env.CI_JOB_URL || env.CI_PIPELINE_URL;
    if (env.GITLAB_USER_LOGIN) facts.actor = env.GITLAB_USER_LOGIN;
  } else if (env.BUILD_URL) {
    facts.run_url = env.BUILD_URL;
    if (env.JOB_NAME) facts.workflow = env.JOB_NAME;
  }
  return facts;
}

export function promotionPredicate(
  env: NodeJS.ProcessEnv,
  sources: PromotedImage[],
  targets: PromotedImage[],
  now: Date = new Date(),
): PromotionPredicate {
  return {
    source: sources[0],
    ...(sources.length > 1 ? { sources } : {}),
    targets,
    ...runFacts(env),
    time: now.toISOString(),
  };
}
