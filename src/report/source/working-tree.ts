import { execFile } from 'node:child_process';
import { isoTime } from '../time.js';
import type { GitFacts } from './facts.js';
import { commitUrl, providerOf, remoteToWeb } from './remote-url.js';

/** Runs `git` with these arguments; its trimmed stdout, or undefined when it failed. */
export type GitCommand = (args: string[]) => Promise<string | undefined>;

/** `git` in a directory; failures (no git, not a repository, no such commit) give undefined. */
export function gitIn(cwd: string, debug: (message: string) => void = () => {}): GitCommand {
  return (args) =>
    new Promise((resolve) => {
      execFile(
        'git',
        args,
        {
          cwd,
          timeout: 10_000,
          maxBuffer: 1024 * 1024,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        },
        (error, stdout) => {
          if (error) {
            debug(`git ${args[0]} failed: ${error.message.split('\n')[0]}`);
            resolve(undefined);
          } else {
            resolve(stdout.replace(/\s+$/, ''));
          }
        },
      );
    });
}

/** Outside GitHub: the commit, branch, tag and remote of the working tree, where not already known. */
export async function fillFromWorkingTree(facts: GitFacts, git: GitCommand): Promise<void> {
  const [head, branch, tag, remote] = await Promise.all([
    facts.commit.sha ? Promise.resolve(facts.commit.sha) : git(['rev-parse', 'HEAD']),
    facts.branch || facts.tag
      ? Promise.resolve(undefined)
      : git(['rev-parse', '--abbrev-ref', 'HEAD']),
    facts.tag || facts.branch
      ? Promise.resolve(undefined)
      : git(['describe', '--tags', '--exact-match', 'HEAD']),
    facts.repository_url
      ? Promise.resolve(undefined)
      : git(['config', '--get', 'remote.origin.url']),
  ]);
  if (!facts.commit.sha && head && /^[0-9a-f]{40,64}$/.test(head)) facts.commit.sha = head;
  if (branch && branch !== 'HEAD') {
    facts.branch = branch;
    facts.ref ??= `refs/heads/${branch}`;
  }
  if (tag) {
    facts.tag = tag;
    facts.ref ??= `refs/tags/${tag}`;
  }
  const web = remote ? remoteToWeb(remote) : null;
  if (web) {
    facts.repository_url = web.url;
    facts.repository ??= web.path;
    facts.provider ??= providerOf(web.host);
  } else if (facts.commit.sha) {
    facts.provider ??= 'git';
  }
  if (facts.commit.sha && facts.repository_url) {
    facts.commit.url ??= commitUrl(facts.provider, facts.repository_url, facts.commit.sha);
  }
}

/** The message, author and time of the reported commit, asked of `git` when nothing else told them. */
export async function fillCommit(facts: GitFacts, git: GitCommand): Promise<void> {
  const { commit } = facts;
  if (!commit.sha || !/^[0-9a-f]{7,64}$/.test(commit.sha)) return;
  if (commit.message !== null && commit.author !== null && commit.timestamp !== null) return;
  const out = await git(['log', '-1', '--format=%an%x00%ae%x00%aI%x00%B', commit.sha, '--']);
  if (!out) return;
  const [name, email, timestamp, ...body] = out.split('\0');
  commit.message ??= body.join('\0').replace(/\s+$/, '') || null;
  commit.author ??= { name: name || null, email: email || null, username: null };
  commit.timestamp ??= isoTime(timestamp);
}
