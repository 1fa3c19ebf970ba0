/**
 * Text from outside (a registry's error message, an image config's `os`, an endpoint's answer)
 * must not become a workflow command: the GitHub runner runs any log line that starts, after
 * white space, with `::` (or the older `##[`). `::stop-commands::` in a registry's message would
 * even turn off the masking of secrets for the rest of the job.
 */

const COMMAND_START = /^(\s*)(::|##\[)/;

/**
 * Escapes text as `@actions/core` escapes a command's properties: `%`, CR and LF as `%25`, `%0D`
 * and `%0A`, so it stays on its line, and a command opener at its start as `%3A%3A` (or
 * `%23%23[`), so it opens nothing wherever it lands.
 */
export function escapeLogText(text: string): string {
  return text
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(COMMAND_START, (_m, space: string, opener: string) =>
      opener === '::' ? `${space}%3A%3A` : `${space}%23%23[`,
    );
}

/**
 * A message about to be written to a log, line by line: a line that would open a workflow
 * command is escaped whole, the others are left as they are. The hosts' log writers (the GitHub
 * io, the CLI) pass everything through this, whatever part of it came from outside.
 */
export function safeLogLines(message: string): string {
  return message
    .split(/\r\n|\r|\n/)
    .map((line) => (COMMAND_START.test(line) ? escapeLogText(line) : line))
    .join('\n');
}

/**
 * Control characters other than line feed and tab, shown as `\x1B`-style text: on a terminal, ESC
 * (and the C1 CSI, U+009B) starts a sequence that moves the cursor, rewrites earlier lines, sets
 * the window title or, on some terminals, writes files; a carriage return or backspaces overwrite
 * what was printed. Text from outside reaches the CLI's output only through this.
 */
export function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    return `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  });
}
