import * as core from '@actions/core';
import type { ActionIO, Summary } from './io.js';
import { setSecretMasker } from '../secrets.js';
import { safeLogLines } from '../log-text.js';

/** Markdown cells must not break the table: pipes are escaped and newlines become breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function renderMarkdown(summary: Summary): string {
  const lines: string[] = [`### ${summary.title}`, ''];
  if (summary.facts?.length) {
    lines.push('| | |', '| --- | --- |');
    for (const [k, v] of summary.facts) lines.push(`| **${cell(k)}** | ${cell(v)} |`);
    lines.push('');
  }
  for (const table of summary.tables ?? []) {
    lines.push(`| ${table.header.map(cell).join(' | ')} |`);
    lines.push(`| ${table.header.map(() => '---').join(' | ')} |`);
    for (const row of table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('');
  }
  for (const note of summary.notes ?? []) lines.push(note, '');
  return lines.join('\n');
}

export function githubIO(): ActionIO {
  setSecretMasker((secret) => core.setSecret(secret));
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    // core.info writes the message as it is; warnings, debug lines and the failure are command
    // data, which core escapes itself.
    info: (m) => core.info(safeLogLines(m)),
    warning: (m) => core.warning(m),
    debug: (m) => core.debug(m),
    async writeSummary(summary) {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(renderMarkdown(summary), true).write();
    },
    setFailed: (m) => core.setFailed(m),
    exportVariable: (n, v) => core.exportVariable(n, v),
    saveState: (n, v) => core.saveState(n, v),
    getState: (n) => core.getState(n),
    env: process.env,
  };
}
