import { isUserError, UserError } from '../../errors.js';
import type { ImageSource } from '../../oci/store.js';
import {
  archiveEndpoint,
  archiveReference,
  namesArchive,
  withArchiveCandidate,
} from '../archive-candidate.js';
import type { RegistriesConfig } from '../../credentials/registries-file.js';
import type { RetryPolicy } from '../../http/limits.js';
import { describe, isNetworkError } from '../../http/errors.js';
import { formatReference, parseReference, type ImageReference } from '../../oci/reference.js';
import {
  checkContexts,
  integrationByName,
  resolvePull,
  type Endpoint,
} from '../../credentials/resolve.js';
import { isLoopback } from '../../http/loopback.js';
import type { SourceFacts } from '../../report/source/facts.js';
import { readSourceFacts } from '../../report/source/read.js';
import type { GitCommand } from '../../report/source/working-tree.js';
import { readImageAndParts, type ImageFacts, type ImageParts } from '../../report/image-facts.js';
import { readContents } from '../../report/contents/contents.js';
import { applyContents } from '../../report/contents/apply.js';
import { findIssueKeys, parseIssueKeyPattern } from '../../report/issue-keys.js';
import { findOtherTags } from '../../report/other-tags.js';
import { pullRequestsOfCommit } from '../../report/pull-requests.js';
import { readReferrers } from '../../report/referrer-facts.js';
import {
  buildReport,
  InvalidReportError,
  parseAnnotations,
  type AnnotationValue,
  type ImageReport,
} from '../../report/payload.js';
import { DeliveryError, describeEndpoint, sendReport, type Delivery } from '../../report/send.js';
import { maskSecret, redact } from '../../secrets.js';
import { openSession } from '../../host/session.js';
import { getBoolean, getRegistries } from '../inputs.js';
import type { ActionIO } from '../../host/io.js';
import { humanSize } from '../../units.js';
import { markdownText, platformList, reportSummary, tagScanNote } from './summary.js';
import type { Action } from '../../host/run.js';

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
  /** Whether the repository's other tags of the digest are looked for. */
  listTags: boolean;
  /** Reads the pull requests of a pushed commit; masked as soon as read. */
  githubToken?: string;
  /** Finds issue keys in the commit message, branch and pull request titles. */
  issueKeyPattern: RegExp;
  /** Compressed layer bytes read per platform for its os-release; 0: layers are not read. */
  readLayersBytes: number;
  /** Whether the attached SBOM's packages are listed in the report, not only counted. */
  includePackages: boolean;
  /** The image as written when it is an archive's (`oci-archive:…`): read from the archive. */
  archive?: string;
}

export const DEFAULT_TIMEOUT_SECONDS = 30;
/** An hour: a report that takes longer is not coming; and timers overflow past ~24.8 days. */
export const MAX_TIMEOUT_SECONDS = 3600;

export function readReportSettings(io: ActionIO): ReportSettings {
  const token = io.getInput('token') || undefined;
  maskSecret(token);
  const githubToken = io.getInput('github_token') || undefined;
  maskSecret(githubToken);
  const imageText = io.getInput('image');
  if (!imageText)
    throw new UserError('Input image is required: the image to report, by tag or digest');
  const archive = namesArchive(imageText) ? imageText : undefined;
  // An archive's image is named once the archive is read.
  const image = archive
    ? { domain: 'localhost', repository: 'archive' }
    : parseReference(imageText, { what: 'image' });
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
    listTags: getBoolean(io, 'list_tags', false),
    githubToken,
    issueKeyPattern: parseIssueKeyPattern(io.getInput('issue_key_pattern')),
    readLayersBytes: parseReadLayersMb(io.getInput('read_layers_mb')) * MiB,
    includePackages: getBoolean(io, 'include_packages', false),
    ...(archive ? { archive } : {}),
  };
}

const MiB = 1024 * 1024;
export const DEFAULT_READ_LAYERS_MB = 64;
/** A runner's disk and patience, not memory (layers are streamed), bound it: 16 GiB. */
export const MAX_READ_LAYERS_MB = 16 * 1024;

/** Whole MiB, 0 to MAX_READ_LAYERS_MB; 0 turns reading layers off. */
function parseReadLayersMb(text: string): number {
  if (!text) return DEFAULT_READ_LAYERS_MB;
  const mb = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(mb >= 0 && mb <= MAX_READ_LAYERS_MB)) {
    throw new UserError(
      `Input read_layers_mb: "${text}" is not allowed; give a whole number of MiB from 0 (layers are not read) to ${MAX_READ_LAYERS_MB}`,
    );
  }
  return mb;
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
    if (settings.archive) {
      // An image that never touched a registry (DESIGN §8): its facts are the archive's.
      await withArchiveCandidate(io, settings.archive, 'image', (candidate) =>
        reportImage(
          io,
          { ...settings, image: archiveReference(candidate!, 'image') },
          {
            source: archiveEndpoint(candidate!),
            endpoint: settings.endpoint ? describeEndpoint(settings.endpoint) : undefined,
          },
          options,
          candidate!.source,
        ),
      );
      return;
    }
    await reportImage(
      io,
      settings,
      await planReport(settings, io.env, (m) => io.warning(m)),
      options,
    );
  };
}

/** Reads the image (from `archive`, else the plan's registry), joins the facts, posts them. */
async function reportImage(
  io: ActionIO,
  settings: ReportSettings,
  plan: ReportPlan,
  options: ReportOptions,
  archive?: ImageSource,
): Promise<void> {
  const reference = formatReference(settings.image);
  io.debug(
    `reading ${reference} via ${plan.source.label}; report to ${plan.endpoint ?? 'the summary only'}`,
  );

  let image: ImageFacts;
  try {
    image = await io.group(`Read ${reference}`, () =>
      readImage(settings, plan.source, io, archive),
    );
  } catch (error) {
    const message = problem(error, `Reading ${reference} through ${plan.source.label} failed`);
    return cannotReport(io, settings, message, [['Image', `\`${reference}\``]]);
  }

  const cwd = io.env.GITHUB_WORKSPACE || process.cwd();
  const source = await io.group('Read the Git and CI facts', async () => {
    const facts = await readSourceFacts(io.env, {
      cwd,
      git: options.git,
      debug: (m) => io.debug(m),
    });
    await addPullRequests(facts, settings, io);
    addIssueKeys(facts, settings.issueKeyPattern);
    return facts;
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
  const endpoint = settings.endpoint;
  if (endpoint) {
    try {
      // Origin and path only: a query may carry something private.
      delivery = await io.group(`Send the report to ${endpoint.origin}${endpoint.pathname}`, () =>
        sendReport(json, {
          endpoint,
          token: settings.token,
          // Whole milliseconds, at least one: a timer takes no fraction, and 0 would abort at once.
          timeoutMs: Math.max(1, Math.round(settings.timeoutSeconds * 1000)),
          retry: options.retry,
          env: io.env,
          debug: (m) => io.debug(m),
        }),
      );
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
}

export const reportImageInfo: Action = createReportImageInfo();

async function readImage(
  settings: ReportSettings,
  source: Endpoint,
  io: ActionIO,
  archive?: ImageSource,
): Promise<ImageFacts> {
  const { image } = settings;
  const clients = openSession(io);
  try {
    const repository = archive ?? clients.for(source).repository(image.repository);
    const read = await readImageAndParts(repository, image, source, (m) => io.debug(m));
    const { facts } = read;
    await addReferrers(facts, read.parts, repository, io);
    await addContents(facts, read, repository, settings, io);
    if (settings.listTags) await addOtherTags(facts, image, repository, io);
    return facts;
  } finally {
    await clients.close();
  }
}

/**
 * The repository's other tags of the digest. The image itself was read: a registry that will not
 * list its tags costs the report those tags, not the report.
 */
async function addOtherTags(
  facts: ImageFacts,
  image: ImageReference,
  repository: ImageSource,
  io: ActionIO,
): Promise<void> {
  const without = '(list_tags: the report goes without the other tags)';
  try {
    const other = await findOtherTags(repository, facts.digest, image.tag);
    if (!other) {
      io.warning(
        `${repository.label}: the registry does not list the tags of ${image.repository} to these credentials ${without}`,
      );
      return;
    }
    facts.tags = [...facts.tags, ...other.tags];
    facts.tag_scan = { scanned: other.scanned, complete: other.complete };
    if (!other.complete) io.info(tagScanNote(image.repository));
  } catch (error) {
    io.warning(`${problem(error, `Listing the tags of ${image.repository} failed`)} ${without}`);
  }
}

/**
 * What refers to the image and to each of its parts. The image itself was read: a registry that
 * fails here costs the report its referrers (null), not the report.
 */
async function addReferrers(
  facts: ImageFacts,
  parts: string[],
  repository: ImageSource,
  io: ActionIO,
): Promise<void> {
  try {
    const found = await readReferrers(repository, parts, (m) => io.debug(m));
    facts.referrers = found.referrers;
    facts.signed = found.signed;
  } catch (error) {
    const message = problem(error, `Looking for what refers to ${facts.digest} failed`);
    io.warning(`${message} (the report goes without its referrers)`);
    facts.referrers = null;
    facts.signed = null;
  }
}

/**
 * What each platform holds (distro, packages, vulnerabilities, provenance), from what is attached
 * to it and from its layers. An odd attachment costs the report that fact, with a warning.
 */
async function addContents(
  facts: ImageFacts,
  read: ImageParts,
  repository: ImageSource,
  settings: ReportSettings,
  io: ActionIO,
): Promise<void> {
  const contents = await readContents(
    repository,
    {
      root: facts.digest,
      platforms: facts.platforms.map((p) => ({
        digest: p.digest,
        layers: read.layers.get(p.digest) ?? [],
      })),
      referrers: facts.referrers ?? null,
      attestations: read.attestations,
    },
    {
      layerBudgetBytes: settings.readLayersBytes,
      includePackages: settings.includePackages,
      where: `${repository.label}: ${repository.name}`,
      warn: (m) => io.warning(m),
      info: (m) => io.info(m),
      debug: (m) => io.debug(m),
    },
  );
  applyContents(facts, contents);
}

/**
 * On a push, the pull requests the pushed commit came in through, when a GitHub token is given.
 * Not reading them costs the report those facts only: a warning, never a failed step.
 */
async function addPullRequests(
  source: SourceFacts,
  settings: ReportSettings,
  io: ActionIO,
): Promise<void> {
  const { git, ci } = source;
  if (ci.provider !== 'github-actions' || ci.event !== 'push') return;
  if (!settings.githubToken || !git.repository || !git.commit.sha) return;
  git.pull_requests = null;
  try {
    git.pull_requests = await pullRequestsOfCommit({
      apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
      token: settings.githubToken,
      repository: git.repository,
      sha: git.commit.sha,
      timeoutMs: Math.max(1, Math.round(settings.timeoutSeconds * 1000)),
    });
  } catch (error) {
    if (!isUserError(error)) throw error;
    io.warning(`${redact(error.message)} (the report goes without the pull requests)`);
  }
}

/** Issue keys from the commit message, the branch and every pull request title, in that order. */
function addIssueKeys(source: SourceFacts, pattern: RegExp): void {
  const { git } = source;
  git.issues = findIssueKeys(
    [
      git.commit.message,
      git.branch,
      git.pull_request?.title,
      ...(git.pull_requests ?? []).map((pr) => pr.title),
    ],
    pattern,
  );
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
    markdown: true,
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
