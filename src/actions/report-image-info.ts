import { isUserError, UserError } from '../errors.js';
import type { RegistriesConfig } from '../registry/config.js';
import { describe, isNetworkError, type RetryPolicy } from '../registry/http.js';
import { formatReference, parseReference, type ImageReference } from '../registry/reference.js';
import {
  checkContexts,
  integrationByName,
  isLoopback,
  resolvePull,
  type Endpoint,
} from '../registry/resolve.js';
import { readSourceFacts, type GitCommand } from '../report/git-facts.js';
import { readImageFacts, type ImageFacts } from '../report/image-facts.js';
import {
  buildReport,
  InvalidReportError,
  parseAnnotations,
  type AnnotationValue,
  type ImageReport,
} from '../report/payload.js';
import { DeliveryError, describeEndpoint, sendReport, type Delivery } from '../report/send.js';
import { maskSecret, redact } from '../secrets.js';
import { Clients } from './clients.js';
import { getBoolean, getRegistries } from './inputs.js';
import type { ActionIO, Summary } from './io.js';
import type { Action } from './run.js';

/** The report-image-info step's inputs, read and checked once (DESIGN §4 report-image-info). */
export interface ReportSettings {
  image: ImageReference;
  registryContext?: string;
  /** Where the report is posted; undefined: the summary and the `report` output only. */
  endpoint?: URL;
  /** Masked as soon as read. */
  token?: string;
  annotations: Record<string, AnnotationValue>;
  /** Whether a report that cannot be made or delivered fails the step (else it warns). */
  failOnError: boolean;
  timeoutSeconds: number;
  config: RegistriesConfig;
}

export const DEFAULT_TIMEOUT_SECONDS = 30;
/** An hour: a report that takes longer is not coming; and timers overflow past ~24.8 days. */
export const MAX_TIMEOUT_SECONDS = 3600;

export function readReportSettings(io: ActionIO): ReportSettings {
  const token = io.getInput('token') || undefined;
  maskSecret(token);
  const imageText = io.getInput('image');
  if (!imageText)
    throw new UserError('Input image is required: the image to report, by tag or digest');
  const image = parseReference(imageText, { what: 'image' });
  const endpoint = parseEndpoint(io.getInput('endpoint'));
  if (endpoint && token && endpoint.protocol === 'http:' && !isLoopback(endpoint.host)) {
    io.warning(
      `Input endpoint: ${describeEndpoint(endpoint)} is plain HTTP: the token travels unencrypted`,
    );
  }
  return {
    image,
    registryContext: io.getInput('registry_context') || undefined,
    endpoint,
    token,
    annotations: parseAnnotations(io.getInput('annotations')),
    failOnError: getBoolean(io, 'fail_on_error', true),
    timeoutSeconds: parseTimeout(io.getInput('timeout_seconds')),
    config: getRegistries(io),
  };
}

/**
 * Seconds per attempt: above 0, at most MAX_TIMEOUT_SECONDS. Fractions are allowed (`0.5`).
 * Unbounded, a large value would overflow the timer (AbortSignal.timeout) into 1 ms.
 */
function parseTimeout(text: string): number {
  if (!text) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new UserError(
      `Input timeout_seconds: "${text}" is not allowed; give a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}`,
    );
  }
  return seconds;
}

function parseEndpoint(text: string): URL | undefined {
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(
      `Input endpoint: "${text}" is not a URL; give an http:// or https:// address`,
    );
  }
  if (url.password) maskSecret(url.password);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserError(
      `Input endpoint: ${url.protocol} is not supported; give an http:// or https:// address`,
    );
  }
  if (url.username || url.password) {
    throw new UserError(
      `Input endpoint: credentials in the URL are not supported; give the bearer token in the token input`,
    );
  }
  return url;
}

/** What the step will do: read the image through `source`, post to `endpoint` if any. */
export interface ReportPlan {
  source: Endpoint;
  /** The endpoint as messages show it (no query string). */
  endpoint?: string;
}

export async function planReport(
  settings: ReportSettings,
  env: NodeJS.ProcessEnv,
  warn: (m: string) => void,
): Promise<ReportPlan> {
  const contexts = settings.registryContext
    ? [integrationByName(settings.config, settings.registryContext, 'registry_context')]
    : [];
  checkContexts(contexts, [settings.image.domain], 'registry_context', warn);
  return {
    source: await resolvePull(settings.config, env, settings.image.domain, contexts),
    endpoint: settings.endpoint ? describeEndpoint(settings.endpoint) : undefined,
  };
}

export interface ReportOptions {
  /** Retries of the POST; tests shorten the delays. */
  retry?: RetryPolicy;
  /** How `git` is asked about the working tree; default the git program. */
  git?: GitCommand;
  now?: () => Date;
}

/** The action, with what tests may replace. */
export function createReportImageInfo(options: ReportOptions = {}): Action {
  return async (io) => {
    const settings = readReportSettings(io);
    const plan = await planReport(settings, io.env, (m) => io.warning(m));
    const reference = formatReference(settings.image);
    io.debug(
      `reading ${reference} via ${plan.source.label}; report to ${plan.endpoint ?? 'the summary only'}`,
    );

    let image: ImageFacts;
    try {
      image = await readImage(settings.image, plan.source, io);
    } catch (error) {
      const message = problem(error, `Reading ${reference} through ${plan.source.label} failed`);
      return cannotReport(io, settings, message, [['Image', `\`${reference}\``]]);
    }

    const cwd = io.env.GITHUB_WORKSPACE || process.cwd();
    const source = await readSourceFacts(io.env, {
      cwd,
      git: options.git,
      debug: (m) => io.debug(m),
    });
    io.setOutput('digest', image.digest);
    io.setOutput('image_id', image.image_id ?? '');
    let report: ImageReport;
    try {
      report = buildReport({
        image,
        ...source,
        annotations: settings.annotations,
        reportedAt: (options.now ?? (() => new Date()))(),
      });
    } catch (error) {
      if (!(error instanceof InvalidReportError)) throw error;
      // Our bug, but in the data (a fact read from the registry, the event or git that the code
      // did not make valid), where a stack trace would not help: the message names each field
      // and the value found. A report the schema refuses is neither sent nor put in the `report`
      // output, which promises a valid one; and like any other report failure it fails the step
      // or, with fail_on_error false, only warns, so that a dashboard never breaks a release.
      return cannotReport(io, settings, redact(error.message), [
        ['Image', `\`${reference}\``],
        ['Digest', `\`${image.digest}\``],
      ]);
    }
    const json = JSON.stringify(report);
    io.setOutput('report', json);
    io.debug(`report: ${json}`);

    let delivery: Delivery | undefined;
    let failure: string | undefined;
    if (settings.endpoint) {
      try {
        delivery = await sendReport(json, {
          endpoint: settings.endpoint,
          token: settings.token,
          // Whole milliseconds, at least one: a timer takes no fraction, and 0 would abort at once.
          timeoutMs: Math.max(1, Math.round(settings.timeoutSeconds * 1000)),
          retry: options.retry,
          env: io.env,
          debug: (m) => io.debug(m),
        });
      } catch (error) {
        if (!(error instanceof DeliveryError)) throw error;
        failure = error.message;
      }
    }
    const destination = describeDelivery(delivery, failure);
    io.info(
      `${reference} (${image.digest}, ${platformList(image)}, ${humanSize(image.size)}): ${destination}`,
    );
    await io.writeSummary(reportSummary(report, destination));
    if (failure) giveUp(io, settings, failure);
  };
}

export const reportImageInfo: Action = createReportImageInfo();

async function readImage(
  image: ImageReference,
  source: Endpoint,
  io: ActionIO,
): Promise<ImageFacts> {
  const clients = new Clients((m) => io.debug(m));
  try {
    const repository = clients.for(source).repository(image.repository);
    return await readImageFacts(repository, image, source, (m) => io.debug(m));
  } finally {
    await clients.close();
  }
}

/**
 * Registry refusals and unreachable registries are the report's failures; anything else is a bug.
 * The message goes to the summary and maybe a warning, which the wrapper does not redact.
 */
function problem(error: unknown, what: string): string {
  if (isUserError(error)) return redact(error.message);
  if (isNetworkError(error)) return redact(`${what}: ${describe(error)}`);
  throw error;
}

/** A report that could not be made: the summary says so, then the step gives up. */
async function cannotReport(
  io: ActionIO,
  settings: ReportSettings,
  message: string,
  facts: [string, string][],
): Promise<void> {
  await io.writeSummary({
    title: 'Image report failed',
    facts: [...facts, ['Error', markdownText(message)]],
  });
  giveUp(io, settings, message);
}

/** The step fails or, with fail_on_error false, warns and goes on. */
function giveUp(io: ActionIO, settings: ReportSettings, message: string): void {
  if (settings.failOnError) throw new UserError(message);
  io.warning(`${message} (fail_on_error is false: the step goes on)`);
}

function describeDelivery(delivery: Delivery | undefined, failure: string | undefined): string {
  if (delivery) {
    const attempts = delivery.attempts > 1 ? `, after ${delivery.attempts} attempts` : '';
    return `reported to ${delivery.endpoint} (HTTP ${delivery.status}${attempts})`;
  }
  if (failure) return `not delivered: ${failure}`;
  return 'not sent (no endpoint given): the report is in the report output';
}

function platformList(image: ImageFacts): string {
  return image.platforms.map(platformName).join(', ') || 'no platform';
}

function platformName(p: { os: string; architecture: string; variant: string | null }): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** Bytes in decimal units, as `docker images` shows them. */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  // 999,999 bytes show as 1.00 MB, not 1000.0 kB.
  while (unit < units.length - 1 && Number(value.toFixed(value < 10 ? 2 : 1)) >= 1000) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/**
 * Text from outside (a branch, a tag, an annotation, a commit subject, a registry's or an
 * endpoint's message) as literal text in the Markdown summary: no emphasis, link, code span,
 * strikethrough, math, HTML tag or entity. CommonMark lets a backslash escape any ASCII
 * punctuation, so `<b>` shows as `<b>` instead of being bold. Pipes and newlines are left to the
 * table renderer (renderMarkdown), which escapes them for every cell.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>&~$]/g, (c) => `\\${c}`);
}

/** A Markdown link; a parenthesis in the URL (valid in a URI) would end the destination early. */
function link(label: string, url: string | null): string {
  return url ? `[${label}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : label;
}

/** The job summary of a report; every text from outside goes through markdownText. */
export function reportSummary(report: ImageReport, destination: string): Summary {
  const { image, git, ci } = report;
  const facts: [string, string][] = [
    ['Image', `\`${image.reference}\``],
    ['Tags', image.tags.map(markdownText).join(', ') || '(by digest)'],
    [
      'Registry',
      markdownText(
        `${image.registry.domain} (${image.registry.integration ?? image.registry.kind})`,
      ),
    ],
    ['Digest', `\`${image.digest}\``],
  ];
  if (image.image_id) facts.push(['Image ID', `\`${image.image_id}\``]);
  facts.push(['Platforms', markdownText(platformList(image))], ['Size', humanSize(image.size)]);
  if (image.created) facts.push(['Created', image.created]);
  if (git.commit.sha) {
    const subject = git.commit.message?.split('\n')[0];
    facts.push([
      'Commit',
      `${link(`\`${git.commit.sha.slice(0, 7)}\``, git.commit.url)}${subject ? ` ${markdownText(subject)}` : ''}`,
    ]);
  }
  if (git.branch) facts.push(['Branch', markdownText(git.branch)]);
  if (git.tag) facts.push(['Git tag', markdownText(git.tag)]);
  if (git.pull_request) {
    const pr = git.pull_request;
    facts.push([
      'Pull request',
      `${link(`#${pr.number}`, pr.url)}${pr.title ? ` ${markdownText(pr.title)}` : ''}`,
    ]);
  }
  if (ci.run_id) {
    const run = `${ci.workflow ? markdownText(ci.workflow) : 'run'} #${ci.run_number ?? ci.run_id}${ci.run_attempt && ci.run_attempt > 1 ? ` (attempt ${ci.run_attempt})` : ''}`;
    facts.push(['Workflow run', link(run, ci.run_url)]);
  }
  facts.push(['Report', markdownText(destination)]);

  const tables: Summary['tables'] = [];
  if (image.platforms.length) {
    tables.push({
      header: ['Platform', 'Digest', 'Size', 'Created'],
      rows: image.platforms.map((p) => [
        markdownText(platformName(p)),
        `\`${p.digest}\``,
        humanSize(p.size),
        p.created ?? '',
      ]),
    });
  }
  const annotations = Object.entries(report.annotations);
  if (annotations.length) {
    tables.push({
      header: ['Annotation', 'Value'],
      rows: annotations.map(([k, v]) => [markdownText(k), markdownText(String(v))]),
    });
  }
  return { title: 'Image report', facts, tables };
}
