import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The runner's side of a step, spoken as @actions/core speaks it (its `getInput`, `setOutput`,
 * workflow commands on stdout, the GITHUB_* files), for the few calls the actions make.
 * @actions/core itself imports its OIDC client at load, and with it @actions/http-client and a
 * second copy of undici: about 1 MB of the 2.1 MB each action bundle was, parsed at every start
 * of a step and never run.
 */

/** As @actions/core: `INPUT_<NAME>` (spaces as underscores, upper case), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value::message`, one line on stdout. */
export function issueCommand(
  command: string,
  message: string,
  properties: Record<string, string> = {},
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/**
 * `name<<delimiter` … `delimiter` appended to the file the runner names in `GITHUB_<FILE>`; the
 * delimiter is random so that no value can end the block early.
 */
function appendKeyValue(file: 'OUTPUT' | 'STATE' | 'ENV', name: string, value: string): boolean {
  const path = process.env[`GITHUB_${file}`];
  if (!path) return false;
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the output contains the delimiter "${delimiter}"`);
  }
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

export function setOutput(name: string, value: string): void {
  if (appendKeyValue('OUTPUT', name, value)) return;
  // A runner too old for GITHUB_OUTPUT reads the (deprecated) command.
  process.stdout.write(EOL);
  issueCommand('set-output', value, { name });
}

/** A variable for the job's later steps (GITHUB_ENV), and for this process. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  if (!appendKeyValue('ENV', name, value)) issueCommand('set-env', value, { name });
}

export function saveState(name: string, value: string): void {
  if (!appendKeyValue('STATE', name, value)) issueCommand('save-state', value, { name });
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', message);
}

export function warning(message: string): void {
  issueCommand('warning', message);
}

/** Logs the error and marks the step failed; the process ends on its own. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', message);
}

/** Appends markdown to the job summary, when the runner gave a file for it. */
export function appendSummary(markdown: string): void {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  appendFileSync(path, markdown + EOL, 'utf8');
}
