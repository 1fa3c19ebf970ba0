import * as core from '@actions/core';
import { summaryOff, type ActionIO, type Summary } from './io.js';
import { setSecretMasker } from '../secrets.js';
import { progressIntervalMs } from './progress.js';
import { safeLogLines } from '../log-text.js';
import { plainCell } from './markdown.js';

/** Markdown cells must not break the table: pipes are escaped and newlines become breaks. */
function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * The one renderer of job summaries. Plain-text summaries are escaped here, whatever part of
 * them came from a registry (a tag, an artifact type, a message): no link, image or HTML can be
 * injected. A Markdown summary escaped its outside text itself.
 */
export function renderMarkdown(summary: Summary): string {
  const cell = summary.markdown
    ? tableCell
    : (text: string) => tableCell(plainCell(text.replace(/\r\n|\r/g, '\n')));
  const lines: string[] = [`### ${summary.title}`, ''];
  if (summary.facts?.length) {
    // A Markdown table needs a header row: the first fact is it, so no empty row shows.
    summary.facts.forEach(([k, v], i) => {
      lines.push(`| **${cell(k)}** | ${cell(v)} |`);
      if (i === 0) lines.push('| --- | --- |');
    });
    lines.push('');
  }
  for (const table of summary.tables ?? []) {
    lines.push(`| ${table.header.map(cell).join(' | ')} |`);
    lines.push(`| ${table.header.map(() => '---').join(' | ')} |`);
    for (const row of table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('');
  }
  // A note is a paragraph: a line break in it stays one, as in a cell.
  for (const note of summary.notes ?? []) lines.push(summary.markdown ? note : cell(note), '');
  return lines.join('\n');
}

/**
 * The runner's side of a step, through @actions/core (the runner protocol: `INPUT_*`, the
 * `GITHUB_*` files, workflow commands). Its http-client shares the undici the product ships
 * (npm `overrides`), so the bundle carries one copy; docs/decisions.md has the figures.
 */
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
      if (summaryOff(process.env) || !process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(renderMarkdown(summary), true).write();
      core.summary.emptyBuffer();
    },
    setFailed: (m, locations) => {
      if (!locations?.length) return core.setFailed(m);
      // One annotation per problem, on its line of the file: shown on the file in a pull request.
      process.exitCode = 1;
      for (const l of locations) core.error(l.message, { file: l.file, startLine: l.line });
    },
    exportVariable: (n, v) => core.exportVariable(n, v),
    group: (name, work) => core.group(name, work),
    // Plain lines: the runner's log has no carriage returns.
    progress: {
      intervalMs: progressIntervalMs(process.env),
      say: (l) => core.info(safeLogLines(l)),
      end: () => {},
    },
    saveState: (n, v) => core.saveState(n, v),
    getState: (n) => core.getState(n),
    env: process.env,
  };
}
