import { ciVariableFacts } from './ci-variables.js';
import type { SourceFacts } from './facts.js';
import { githubFacts, readEvent } from './github.js';
import { fillCommit, fillFromWorkingTree, gitIn, type GitCommand } from './working-tree.js';

export interface SourceOptions {
  /** Default: the `git` program in `cwd`. */
  git?: GitCommand;
  cwd?: string;
  debug?: (message: string) => void;
}

/**
 * The Git and CI facts of this run. On GitHub Actions (GITHUB_ACTIONS) they come from the
 * GITHUB_* variables and the event payload at GITHUB_EVENT_PATH, read from `env` (not from
 * @actions/github, whose context reads process.env once at import). On GitLab CI, from its CI_*
 * variables, which tell more than env-ci reads (commit message, author, merge request title).
 * On the other CIs env-ci knows, from env-ci (env-ci.ts); on none of them, from CI_* variables
 * where set. Outside GitHub, what the variables do not tell is asked of `git` in the working
 * directory, and on every CI what they do not tell about the reported commit.
 */
export async function readSourceFacts(
  env: NodeJS.ProcessEnv,
  options: SourceOptions = {},
): Promise<SourceFacts> {
  const debug = options.debug ?? (() => {});
  const cwd = options.cwd ?? process.cwd();
  const git = options.git ?? gitIn(cwd, debug);
  let facts: SourceFacts;
  if (env.GITHUB_ACTIONS === 'true') facts = githubFacts(env, readEvent(env, debug));
  else if (env.GITLAB_CI === 'true') facts = ciVariableFacts(env);
  else {
    // Loaded here only: env-ci costs start-up time GitHub runs need not pay.
    const { envCiFacts } = await import('./env-ci.js');
    facts = envCiFacts(env, cwd) ?? ciVariableFacts(env);
  }
  if (env.GITHUB_ACTIONS !== 'true') await fillFromWorkingTree(facts.git, git);
  await fillCommit(facts.git, git);
  return facts;
}
