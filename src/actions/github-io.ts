import * as core from './workflow-commands.js';
import type { ActionIO, Summary } from './io.js';
import { setSecretMasker } from '../secrets.js';

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
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    debug: (m) => core.debug(m),
    async writeSummary(summary) {
      core.appendSummary(renderMarkdown(summary));
    },
    setFailed: (m) => core.setFailed(m),
    saveState: (n, v) => core.saveState(n, v),
    getState: (n) => core.getState(n),
    env: process.env,
  };
}
