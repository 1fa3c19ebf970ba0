import { UserError } from '../../errors.js';
import { humanSize } from '../../units.js';
import type { RegistriesConfig } from '../../credentials/registries-file.js';
import {
  integrationByName,
  resolvePull,
  resolvePush,
  splitImageName,
  type Endpoint,
} from '../../credentials/resolve.js';
import { loadSyncFile, type SyncEntry, type SyncFile } from '../../sync/file.js';
import type { ResolvedEntry } from '../../sync/plan.js';
import { parseShard, WHOLE, type Shard } from '../../sync/shard.js';
import { runSync, type PlanRow, type SyncReport } from '../../sync/run.js';
import { getBoolean, getRegistries } from '../inputs.js';
import type { ActionIO, Summary, SummaryTable } from '../../host/io.js';
import { openSession } from '../../host/session.js';
import { CancelledError, cancelSignal, cancelledBy } from '../../host/cancel.js';
import { withProgress } from '../../host/progress.js';
import { jobsFromEnv } from '../promotion.js';

/** The sync step's inputs, read and checked once (DESIGN §9). */
export interface SyncSettings {
  file: SyncFile;
  shard: Shard;
  dryRun: boolean;
  config: RegistriesConfig;
}

export function readSyncSettings(io: ActionIO): SyncSettings {
  const shard = io.getInput('shard');
  return {
    file: loadSyncFile({
      inline: io.getInput('sync') || undefined,
      file: io.getInput('sync_file') || undefined,
      cwd: io.env.GITHUB_WORKSPACE || process.cwd(),
    }),
    shard: shard ? parseShard(shard) : WHOLE,
    dryRun: getBoolean(io, 'dry_run', false),
    config: getRegistries(io),
  };
}

/**
 * Where each entry reads and writes. A target is always an integration, named or the default
 * one: a mirror never falls back to the domain of a name (docker.io) by accident.
 */
export async function resolveEntries(
  settings: SyncSettings,
  env: NodeJS.ProcessEnv,
): Promise<ResolvedEntry[]> {
  const { file, config } = settings;
  const sources = new Map<string, Endpoint>();
  const resolved: ResolvedEntry[] = [];
  // One at a time: a helper or a token mint runs once per domain, the later ones hit its cache.
  for (const entry of file.entries) {
    const at = (field: string) =>
      `${file.source} line ${entry.lines[field] ?? entry.line}: sync[${entry.index}].${field}`;
    let source = sources.get(entry.source.domain);
    if (!source) {
      source = await resolvePull(config, env, entry.source.domain, []);
      sources.set(entry.source.domain, source);
    }
    const integration = entry.registry
      ? withPlace(at('registry'), () =>
          integrationByName(config, entry.registry as string, 'registry'),
        )
      : config.integrations.find((i) => i.default);
    if (!integration) {
      throw new UserError(
        `${at('registry')}: is required, as ${config.source === 'none' ? 'no registries file declares' : `${config.source} marks`} no default integration to mirror to`,
      );
    }
    const target = await resolvePush(
      config,
      env,
      entry.imageName ?? entry.source.repository,
      integration,
    );
    // A domain written in image_name that is not where the mirror goes would be dropped silently.
    const written = entry.imageName ? splitImageName(entry.imageName).domain : undefined;
    if (written && written !== target.endpoint.domain) {
      throw new UserError(
        `${at('image_name')}: names ${written}, but the mirror goes to ${target.endpoint.domain} (${target.endpoint.label}); set registry to an integration of ${written}, or leave the domain out`,
      );
    }
    resolved.push({ entry, source, target });
  }
  return resolved;
}

function withPlace<T>(place: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UserError) {
      throw new UserError(`${place}: ${error.message.replace(/^Input registry: /, '')}`);
    }
    throw error;
  }
}

export async function sync(io: ActionIO): Promise<void> {
  const settings = readSyncSettings(io);
  const entries = await io.group('Resolve the registries', async () => {
    const resolved = await resolveEntries(settings, io.env);
    for (const r of resolved) {
      io.info(
        `${describeSide(r.entry)} via ${r.source.label} → ${r.target.endpoint.domain}/${r.target.repository} via ${r.target.endpoint.label}`,
      );
    }
    return resolved;
  });
  const session = openSession(io);
  // What a cancelled step says it left behind: tags written before the stop are complete ones.
  const written: string[] = [];
  let report: SyncReport;
  try {
    report = await io.group(settings.dryRun ? 'Plan' : 'Plan and mirror', () =>
      withProgress(io, (progress) =>
        runSync({
          entries,
          session,
          shard: settings.shard,
          dryRun: settings.dryRun,
          jobs: jobsFromEnv(io.env),
          progress,
          log: (m) => io.info(m),
          warn: (m) => io.warning(m),
          signal: cancelSignal,
          onTagWritten: (reference) => written.push(reference),
        }),
      ),
    );
  } catch (error) {
    const signal = cancelledBy();
    if (!signal) throw error;
    const { open, cancelled } = await session.cancelUploads();
    throw new CancelledError(
      signal,
      [
        open ? `${cancelled} of ${open} upload sessions cancelled` : 'no upload was under way',
        written.length
          ? `${written.length} tags written before the stop (each complete): ${written.slice(0, 10).join(', ')}${written.length > 10 ? ', …' : ''}`
          : 'no tag was written',
        'a re-run finishes the work',
      ].join('; '),
    );
  } finally {
    await session.close();
  }
  // A mirror of thousands of tags is mostly `already there`: those lines are for debugging.
  for (const row of report.pairs) {
    const line = planLine(row, settings.dryRun);
    if (row.action === 'skip') io.debug(line);
    else io.info(line);
  }
  io.setOutput('plan', JSON.stringify(report));
  io.setOutput('stats', JSON.stringify(report.stats));
  const { stats } = report;
  io.info(
    `${settings.dryRun ? 'Would mirror' : 'Mirrored'}: ${stats.pairs} pairs, ${stats.copied} ${settings.dryRun ? 'to copy' : 'copied'} (${humanSize(settings.dryRun ? report.pairs.reduce((n, r) => n + r.bytes, 0) : stats.bytes_copied)}), ${stats.skipped} already there, ${stats.kept} kept, ${stats.not_done} not done; ${stats.requests} requests; matrix of ${report.matrix.include.length}`,
  );
  await io.writeSummary(syncSummary(settings, entries, report));
  if (report.not_done.length) {
    const shown = report.not_done.slice(0, 20).map((n) => `- ${n.what}: ${n.why}`);
    const more = report.not_done.length - shown.length;
    throw new UserError(
      [
        `${report.not_done.length} of the sync's items were not done (the others were; a re-run finishes the work):`,
        ...shown,
        ...(more > 0 ? [`… and ${more} more (see the plan output)`] : []),
      ].join('\n'),
    );
  }
}

function describeSide(entry: SyncEntry): string {
  return `${entry.source.domain}/${entry.source.repository}`;
}

const VERBS: Record<PlanRow['action'], [string, string]> = {
  copy: ['would copy', 'copied'],
  skip: ['already there', 'already there'],
  kept: ['kept (overwrite: false)', 'kept (overwrite: false)'],
  'not done': ['not done', 'not done'],
};

function planLine(row: PlanRow, dryRun: boolean): string {
  const verb = VERBS[row.action][dryRun ? 0 : 1];
  const digest = row.source_digest ? ` ${row.source_digest}` : '';
  const was =
    row.target_digest && row.target_digest !== row.source_digest
      ? ` (target was ${row.target_digest}${row.backup ? `, kept as ${row.backup}` : ''})`
      : '';
  const bytes = row.action === 'copy' ? `, ${humanSize(row.bytes)}` : '';
  return `${verb}: ${row.source} → ${row.target}${digest}${bytes}${was}${row.error ? `: ${row.error}` : ''}`;
}

/** Rows shown per entry: the plan output holds them all. */
const SUMMARY_ROWS = 200;

function syncSummary(
  settings: SyncSettings,
  entries: ResolvedEntry[],
  report: SyncReport,
): Summary {
  const { stats } = report;
  const tables: SummaryTable[] = entries.map((r) => {
    const rows = report.pairs.filter((p) => p.entry === r.entry.index);
    return {
      header: [
        `${describeSide(r.entry)} → ${r.target.endpoint.domain}/${r.target.repository}`,
        'Target tag',
        'Digest',
        'Action',
        'Bytes',
      ],
      rows: rows
        .slice(0, SUMMARY_ROWS)
        .map((p) => [
          p.source.slice(p.source.lastIndexOf(':') + 1),
          p.target.slice(p.target.lastIndexOf(':') + 1),
          p.source_digest ? `\`${p.source_digest}\`` : '',
          VERBS[p.action][settings.dryRun ? 0 : 1],
          p.action === 'copy' ? humanSize(p.bytes) : '',
        ]),
    };
  });
  const cut = entries.filter(
    (r) => report.pairs.filter((p) => p.entry === r.entry.index).length > SUMMARY_ROWS,
  );
  return {
    title: settings.dryRun ? 'Sync plan (dry run)' : 'Sync',
    facts: [
      ['Sync file', settings.file.source],
      ['Shard', report.shard],
      ['Pairs', String(stats.pairs)],
      [settings.dryRun ? 'To copy' : 'Copied', String(stats.copied)],
      ['Already there', String(stats.skipped)],
      ['Kept (overwrite: false)', String(stats.kept)],
      ['Not done', String(stats.not_done)],
      [
        settings.dryRun ? 'Bytes to copy' : 'Bytes copied',
        humanSize(
          settings.dryRun ? report.pairs.reduce((n, r) => n + r.bytes, 0) : stats.bytes_copied,
        ),
      ],
      ['Requests', String(stats.requests)],
      ['Matrix', `${report.matrix.include.length} job(s)`],
    ],
    tables,
    notes: [
      ...cut.map(
        (r) =>
          `${describeSide(r.entry)}: the first ${SUMMARY_ROWS} pairs are shown; the plan output lists them all.`,
      ),
      ...report.not_done.slice(0, 20).map((n) => `Not done: ${n.what}: ${n.why}`),
    ],
  };
}
