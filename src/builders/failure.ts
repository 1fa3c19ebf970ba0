import { UserError } from '../errors.js';

/** Lines of builder output an error message carries. */
export const TAIL_LINES = 25;

/**
 * The Dockerfile instruction a build failed at, from the builder's output:
 * buildah says `Error: building at STEP "RUN …": …` (and prints `STEP n/m: …` as it goes),
 * docker buildx says ` > [2/3] RUN …:` (and `#7 [2/3] RUN …` as it goes), or names the step
 * that is no instruction the same way: ` > pushing reg/app:1 with docker:`, ` > exporting to image:`.
 */
export function failingInstruction(lines: string[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const buildah = /building at STEP "(.*)": /.exec(lines[i]);
    if (buildah) return buildah[1];
    const docker = /^\s*> (?:\[[^\]]*\] )?(.*):\s*$/.exec(lines[i]);
    if (docker) return docker[1];
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const step = /^(?:\[[^\]]*\] )?STEP \d+\/\d+: (.*)$/.exec(lines[i]);
    if (step) return step[1];
    const docker = /^#\d+ \[[^\]]*\d+\/\d+\] (.*)$/.exec(lines[i]);
    if (docker) return docker[1];
  }
  return undefined;
}

function tailText(lines: string[]): string {
  let end = lines.length;
  while (end > 0 && !lines[end - 1].trim()) end--;
  return lines
    .slice(0, end)
    .slice(-TAIL_LINES)
    .map((l) => `  ${l}`)
    .join('\n');
}

/** A failed build, in user words: the instruction it failed at and the tail of its output. */
export function buildFailure(builder: string, code: number, lines: string[]): UserError {
  const instruction = failingInstruction(lines);
  const where = instruction ? ` at ${instruction}` : '';
  return new UserError(
    `The build (${builder}) failed${where} (exit code ${code}). Last lines of its output:\n${tailText(lines)}`,
  );
}

/**
 * What the registry said, as the builder passes it on: buildah's closing `Error: …` with the
 * lines after it (where it lists the registry's error codes), else the last line that reads like
 * an error (docker push ends with `denied: …` or `unauthorized: …`).
 */
export function registryReason(lines: string[]): string {
  const meaningful = lines.map((l) => l.trim()).filter(Boolean);
  let start = -1;
  for (let i = meaningful.length - 1; i >= 0; i--) {
    if (/^(Error|ERROR):/.test(meaningful[i])) {
      start = i;
      break;
    }
  }
  if (start >= 0) {
    return meaningful
      .slice(start)
      .join(' ')
      .replace(/^error:?\s*/i, '');
  }
  for (let i = meaningful.length - 1; i >= 0; i--) {
    if (/error|denied|unauthori[sz]ed|forbidden|refused|not found|failed/i.test(meaningful[i])) {
      return meaningful[i];
    }
  }
  return meaningful[meaningful.length - 1] ?? 'no output';
}

export interface PushTargetInfo {
  /** The integration's name, or the domain and how it was reached. */
  registry: string;
  host: string;
  repository: string;
}

/** A refused push names the registry, the repository and the registry's own error. */
export function pushFailure(
  builder: string,
  target: PushTargetInfo,
  destination: string,
  code: number,
  lines: string[],
): UserError {
  const reason = registryReason(lines);
  const hint = /denied|unauthori[sz]ed|forbidden|authentication required|\b40[13]\b/i.test(reason)
    ? ` (check that the credentials of ${target.registry} may push to ${target.repository})`
    : '';
  return new UserError(
    `Push of ${destination} to ${target.registry} failed (registry ${target.host}, repository ${target.repository}; ${builder} exit code ${code}): ${reason}${hint}`,
  );
}
