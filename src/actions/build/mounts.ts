import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';
import type { BuildSecret } from '../../builders/plan.js';
import { maskSecret } from '../../secrets.js';

/**
 * The build's secret and SSH mounts (`secrets`, `ssh`), read and checked before anything runs:
 * a secret's source must exist, and its value is masked the moment it is read. The builders get
 * the name of the variable or file only, never the value on their command line.
 */

/** `key=value` fields of one item, split at commas (the items themselves come one per line). */
function fields(item: string, input: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const field of item.split(',')) {
    const eq = field.indexOf('=');
    if (eq <= 0)
      throw new UserError(`Input ${input}: "${field.trim()}" in "${item}" is not key=value`);
    out.set(field.slice(0, eq).trim(), field.slice(eq + 1).trim());
  }
  return out;
}

const SECRET_ID_RE = /^[A-Za-z0-9_.-]+$/;

/** `id=NAME,env=VAR` or `id=NAME,src=PATH` (a relative path is in `base`, the workspace). */
export function parseSecrets(items: string[], env: NodeJS.ProcessEnv, base: string): BuildSecret[] {
  const seen = new Set<string>();
  return items.map((item) => {
    const f = fields(item, 'secrets');
    const id = f.get('id') ?? '';
    const unknown = [...f.keys()].filter((k) => !['id', 'env', 'src', 'type'].includes(k));
    if (!SECRET_ID_RE.test(id) || unknown.length || f.has('env') === f.has('src')) {
      throw new UserError(
        `Input secrets: "${item}" is not id=NAME,env=VARIABLE or id=NAME,src=PATH`,
      );
    }
    if (seen.has(id)) throw new UserError(`Input secrets: the id ${id} is given twice`);
    seen.add(id);
    const variable = f.get('env');
    if (variable !== undefined) {
      const value = env[variable];
      if (!value) {
        throw new UserError(
          `Input secrets: the environment variable ${variable} of secret ${id} is not set or empty`,
        );
      }
      maskSecret(value);
      return { id, env: variable };
    }
    const file = path.resolve(base, f.get('src') ?? '');
    let content: string;
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      content = readFileSync(file, 'utf8');
    } catch {
      throw new UserError(`Input secrets: the file ${file} of secret ${id} does not exist`);
    }
    maskSecret(content.trim());
    return { id, file };
  });
}

/**
 * `default` (the agent at SSH_AUTH_SOCK) or `id=PATH[,PATH…]` (an agent socket or key files),
 * as buildx takes them. The agent's socket must be there.
 */
export function parseSsh(items: string[], env: NodeJS.ProcessEnv, base: string): string[] {
  return items.map((item) => {
    if (item === 'default') {
      const sock = env.SSH_AUTH_SOCK;
      if (!sock) {
        throw new UserError(
          'Input ssh: default needs a running SSH agent, but SSH_AUTH_SOCK is not set; start one (e.g. webfactory/ssh-agent) or give id=PATH of a key',
        );
      }
      if (!isSocket(sock)) {
        throw new UserError(
          `Input ssh: default needs a running SSH agent, but SSH_AUTH_SOCK (${sock}) is no socket; start the agent or give id=PATH of a key`,
        );
      }
      return item;
    }
    const eq = item.indexOf('=');
    const id = eq > 0 ? item.slice(0, eq) : '';
    if (!SECRET_ID_RE.test(id)) {
      throw new UserError(`Input ssh: "${item}" is not default or id=PATH`);
    }
    const paths = item
      .slice(eq + 1)
      .split(',')
      .map((p) => path.resolve(base, p.trim()));
    for (const p of paths) {
      try {
        statSync(p);
      } catch {
        throw new UserError(`Input ssh: ${p} (of ${id}) does not exist`);
      }
    }
    return `${id}=${paths.join(',')}`;
  });
}

function isSocket(file: string): boolean {
  try {
    return statSync(file).isSocket();
  } catch {
    return false;
  }
}
