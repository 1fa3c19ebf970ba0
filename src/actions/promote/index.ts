import { UserError } from '../../errors.js';
import { targetName } from '../../credentials/resolve.js';
import type { CopyPlan, CopyResult } from '../../images/copy.js';
import { humanSize } from '../../units.js';
import {
  DIGEST_FORM,
  formatName,
  formatReference,
  isValidDigest,
  parseReference,
  type ImageReference,
} from '../../oci/reference.js';
import type { RegistriesConfig } from '../../credentials/registries-file.js';
import {
  integrationByName,
  resolvePush,
  splitImageName,
  type Endpoint,
} from '../../credentials/resolve.js';
import type { Platform } from '../../oci/manifest.js';
import { parsePlatform } from '../../oci/platform.js';
import { getBoolean, getList, getRegistries, getTags, parseMap } from '../inputs.js';
import type { ActionIO } from '../../host/io.js';
import {
  candidateSources,
  runPromotion,
  type Promotion,
  type PromotionSigned,
} from '../promotion.js';
import type { SigningSettings } from '../../signing/sign.js';
import type { ImageSigner } from '../../signing/signer.js';
import {
  archiveEndpoint,
  archiveReference,
  namesArchive,
  withArchiveCandidate,
  type ArchiveCandidate,
} from '../archive-candidate.js';

/** The promote step's inputs, read and checked once (DESIGN §4 promote). */
export interface PromoteSettings {
  /** The first (often only) candidate: it decides the default target. */
  candidate: ImageReference;
  /** Several candidates are merged into one multi-platform index. */
  candidates: ImageReference[];
  tags: string[];
  registry?: string;
  imageName?: string;
  registryContext?: string;
  expectedDigest?: string;
  dryRun: boolean;
  /** Only these platforms of an index. */
  platforms: Platform[];
  referrers: boolean;
  overwrite: boolean;
  indexAnnotations: Record<string, string>;
  /** Sign (and attest) what was promoted; undefined for `sign: none`. */
  signing?: SigningSettings;
  config: RegistriesConfig;
  /** The candidate as written when it is an archive (`oci-archive:…`): promoted alone. */
  archive?: string;
}

const SIGN_MODES = ['none', 'key', 'kms', 'keyless'] as const;
const SIGNATURE_FORMATS = ['sig', 'bundle'] as const;

/** `sign`, `sign_key`, `signature_format` and `attest` (DESIGN §10). */
export function readSigning(io: ActionIO): SigningSettings | undefined {
  const mode = io.getInput('sign') || 'none';
  if (!(SIGN_MODES as readonly string[]).includes(mode)) {
    throw new UserError(`Input sign: "${mode}" is not one of ${SIGN_MODES.join(', ')}`);
  }
  const key = io.getInput('sign_key') || undefined;
  const format = io.getInput('signature_format') || 'sig';
  if (!(SIGNATURE_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(
      `Input signature_format: "${format}" is not one of ${SIGNATURE_FORMATS.join(', ')} (sig: cosign's sha256-<hex>.sig tag; bundle: an OCI referrer holding a Sigstore bundle)`,
    );
  }
  const attest = getBoolean(io, 'attest', false);
  if (mode === 'none') {
    if (attest)
      throw new UserError('Input attest: a signed attestation needs sign: key, kms or keyless');
    if (key) throw new UserError('Input sign_key: applies to sign: kms; set sign, or leave it out');
    return undefined;
  }
  if (mode === 'kms' && !key) {
    throw new UserError(
      'Input sign_key is required with sign: kms (awskms:///<key id, alias/NAME or ARN>)',
    );
  }
  if (mode !== 'kms' && key) {
    throw new UserError(
      `Input sign_key: applies to sign: kms; sign: ${mode} takes ${mode === 'key' ? 'the key from COSIGN_PRIVATE_KEY' : "the job's OIDC identity"}`,
    );
  }
  return {
    mode: mode as SigningSettings['mode'],
    ...(key ? { key } : {}),
    format: format as SigningSettings['format'],
    attest,
  };
}

export function readPromoteSettings(io: ActionIO): PromoteSettings {
  const texts = getList(io, 'candidate');
  const archive = texts.find(namesArchive);
  if (archive && texts.length > 1) {
    throw new UserError(
      `Input candidate: ${archive} is an archive, promoted alone; merging takes registry images`,
    );
  }
  // An archive's image is named once the archive is read (promoteFromArchive).
  const candidates = archive
    ? [{ domain: 'localhost', repository: 'archive' }]
    : texts.map((text) => parseReference(text, { what: 'candidate' }));
  if (!texts.length)
    throw new UserError('Input candidate is required: the image to promote, by tag or digest');
  const tags = getTags(io);
  if (!tags.length)
    throw new UserError('Input tag or tags is required: the tags to write in the target');
  const expectedDigest = io.getInput('expected_digest') || undefined;
  if (expectedDigest && !isValidDigest(expectedDigest)) {
    throw new UserError(
      `Input expected_digest: "${expectedDigest}" is not a digest (${DIGEST_FORM})`,
    );
  }
  const platforms = getList(io, 'platforms').map((p) => parsePlatform(p, 'platforms'));
  if (platforms.length && candidates.length > 1) {
    throw new UserError(
      'Input platforms: applies to one candidate; to merge some platforms, name those platform images as the candidates',
    );
  }
  const indexAnnotations = parseMap(io.getInput('index_annotations'), 'index_annotations');
  if (Object.keys(indexAnnotations).length && candidates.length < 2) {
    throw new UserError(
      'Input index_annotations: applies to the index a merge makes; give several candidates, or leave it out',
    );
  }
  for (const key of Object.keys(indexAnnotations)) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(key)) {
      throw new UserError(
        `Input index_annotations: "${key}" is not an annotation key (letters, digits, . _ - /, e.g. org.opencontainers.image.description)`,
      );
    }
  }
  return {
    candidate: candidates[0],
    candidates,
    tags,
    registry: io.getInput('registry') || undefined,
    imageName: io.getInput('image_name') || undefined,
    registryContext: io.getInput('registry_context') || undefined,
    expectedDigest,
    dryRun: getBoolean(io, 'dry_run', false),
    platforms,
    referrers: getBoolean(io, 'referrers', true),
    overwrite: getBoolean(io, 'overwrite', true),
    indexAnnotations,
    signing: readSigning(io),
    config: getRegistries(io),
    ...(archive ? { archive } : {}),
  };
}

export interface PromoteTarget {
  endpoint: Endpoint;
  repository: string;
}

/**
 * Where the candidate is pulled from, and where it goes: the named `registry`, else the
 * integration the candidate is pulled through. With neither `registry` nor `image_name`, the
 * target is the candidate's own repository, whatever prefix its integration declares: bare
 * `tags` retag in place.
 */
export async function planPromotion(
  settings: PromoteSettings,
  env: NodeJS.ProcessEnv,
): Promise<{ source: Endpoint; sources: Endpoint[]; target: PromoteTarget }> {
  const { config, candidate } = settings;
  const sources = await candidateSources(
    config,
    env,
    settings.candidates,
    settings.registryContext,
  );
  const source = sources[0];
  if (!settings.registry && !settings.imageName) {
    return { source, sources, target: { endpoint: source, repository: candidate.repository } };
  }
  const integration = settings.registry
    ? integrationByName(config, settings.registry, 'registry')
    : source.integration;
  const imageName = settings.imageName ?? candidate.repository;
  let target: PromoteTarget;
  if (integration) {
    target =
      integration === source.integration
        ? { ...(await resolvePush(config, env, imageName, integration)), endpoint: source }
        : await resolvePush(config, env, imageName, integration);
  } else {
    // Reached through the Docker config or anonymously: the target is the same registry.
    const named = parseReference(`${source.domain}/${splitImageName(imageName).path}`, {
      what: 'image_name',
      defaultTag: false,
    });
    target = { endpoint: source, repository: named.repository };
  }
  // A domain written in image_name that is not where the copy goes would be dropped silently.
  const written = settings.imageName ? splitImageName(settings.imageName).domain : undefined;
  if (written && written !== target.endpoint.domain) {
    throw new UserError(
      `Input image_name: "${settings.imageName}" names ${written}, but the promotion goes to ${target.endpoint.domain} (${target.endpoint.label}); set registry to an integration of ${written}, or leave the domain out of image_name`,
    );
  }
  return { source, sources, target };
}

export async function promote(io: ActionIO): Promise<void> {
  const settings = readPromoteSettings(io);
  if (settings.archive) {
    await withArchiveCandidate(io, settings.archive, 'candidate', (candidate) =>
      promoteFromArchive(io, settings, candidate!),
    );
    return;
  }
  const planned = await io.group('Resolve the registries', async () => {
    const planned = await planPromotion(settings, io.env);
    const { target } = planned;
    io.info(
      `${settings.candidates.map(formatReference).join(' + ')} via ${planned.sources.map((s) => s.label).join(', ')} → ${targetName(target)} via ${target.endpoint.label}`,
    );
    return planned;
  });
  await promoteTo(io, settings, planned.sources, planned.target);
}

/**
 * An archive's image (DESIGN §8) to the `registry` integration, else the default one, else the
 * registry its name in the archive names; under `image_name`, else that name.
 */
async function promoteFromArchive(
  io: ActionIO,
  settings: PromoteSettings,
  candidate: ArchiveCandidate,
): Promise<void> {
  const integration = settings.registry
    ? integrationByName(settings.config, settings.registry, 'registry')
    : undefined;
  const reference = archiveReference(candidate, 'candidate', settings.imageName);
  const name = settings.imageName ?? formatName(reference);
  const target = await resolvePush(settings.config, io.env, name, integration);
  const named = { ...settings, candidate: reference };
  named.candidates = [named.candidate];
  io.info(
    `${candidate.text} → ${target.endpoint.domain}/${target.repository} via ${target.endpoint.label}`,
  );
  await promoteTo(io, named, [archiveEndpoint(candidate)], target, {
    source: candidate.source,
    digest: candidate.root.digest,
  });
}

async function promoteTo(
  io: ActionIO,
  settings: PromoteSettings,
  sources: Endpoint[],
  target: PromoteTarget,
  archive?: Promotion['archive'],
): Promise<void> {
  const signer = await openSignerFirst(settings, io.env);
  const title = settings.dryRun
    ? 'Plan'
    : settings.signing
      ? 'Plan, copy and sign'
      : 'Plan and copy';
  const { result, images, note, signed } = await io
    .group(title, () =>
      runPromotion(io, {
        archive,
        candidates: settings.candidates,
        sources,
        target,
        tags: settings.tags,
        expectedDigest: settings.expectedDigest,
        dryRun: settings.dryRun,
        platforms: settings.platforms,
        referrers: settings.referrers,
        overwrite: settings.overwrite,
        indexAnnotations: settings.indexAnnotations,
        ...(settings.signing ? { signing: { settings: settings.signing, signer } } : {}),
      }),
    )
    .finally(() => signer?.close?.());
  io.setOutput('digest', result.digest);
  io.setOutput('image', images[0]);
  io.setOutput('images', images.join('\n'));
  io.setOutput('stats', JSON.stringify(result.stats));
  io.info(describeResult(settings, result, images, settings.dryRun));
  await io.writeSummary(promoteSummary(settings, sources, target, result, images, note, signed));
}

/**
 * A key file or a KMS key is opened before anything is written: a wrong password or key fails the
 * step first. Keyless only checks that a token is at hand; its certificate is asked for after the
 * copy, as it lives minutes. A dry run opens nothing.
 */
async function openSignerFirst(
  settings: PromoteSettings,
  env: NodeJS.ProcessEnv,
): Promise<ImageSigner | undefined> {
  if (!settings.signing || settings.dryRun) return undefined;
  if (settings.signing.mode === 'keyless') {
    (await import('../../signing/keyless.js')).checkKeylessToken(env);
    return undefined;
  }
  return (await import('../../signing/sign.js')).openSigner(settings.signing, env);
}

function describeResult(
  settings: PromoteSettings,
  result: CopyResult,
  images: string[],
  dryRun: boolean,
): string {
  const { blobs } = result.stats;
  const verb = dryRun ? 'Would promote' : 'Promoted';
  const moved = dryRun
    ? `${result.plan.blobs.filter((b) => b.action === 'copy').length} blobs to copy, ${result.plan.blobs.filter((b) => b.action === 'mount').length} to mount, ${result.plan.tags.filter((t) => t.action === 'write').length} tags to write`
    : `${result.plan.mode}: ${blobs.copied} blobs copied (${result.stats.bytes_copied} bytes), ${blobs.mounted} mounted, ${blobs.skipped} already there, ${result.stats.manifests} manifests written, ${result.stats.referrers} referrers copied, ${result.stats.requests} requests`;
  const referrers = result.plan.referrers.length
    ? `; ${result.plan.referrers.length} referrers (${result.plan.referrers.filter((r) => r.action === 'write').length} ${dryRun ? 'to copy' : 'copied'})`
    : '';
  return `${verb} ${settings.candidates.map(formatReference).join(' + ')} (${result.digest}) to ${images.join(', ')}; ${moved}${dryRun ? referrers : ''}`;
}

function promoteSummary(
  settings: PromoteSettings,
  sources: Endpoint[],
  target: PromoteTarget,
  result: CopyResult,
  images: string[],
  note: string | undefined,
  signed?: PromotionSigned,
) {
  const { stats, plan } = result;
  const written = (action: 'skip' | 'write') =>
    action === 'skip' ? 'already there' : settings.dryRun ? 'would write' : 'written';
  return {
    title: settings.dryRun ? 'Promotion plan (dry run)' : 'Image promoted',
    facts: [
      ...settings.candidates.map((c, i): [string, string] => [
        settings.candidates.length > 1 ? `Source ${i + 1}` : 'Source',
        `${formatReference(c)} (${sources[i].label})`,
      ]),
      ['Target', `${images.join(', ')} (${target.endpoint.label})`],
      ['Digest', `\`${result.digest}\``],
      ['Mode', plan.mode],
      ...(signed ? [['Signed by', signed.signer] as [string, string]] : []),
    ] as [string, string][],
    tables: [
      {
        header: ['Tag', 'Action'],
        rows: plan.tags.map((t) => [t.tag, written(t.action)]),
      },
      ...(plan.referrers.length
        ? [
            {
              header: ['Referrer', 'Artifact type', 'Refers to', 'Found by', 'Action'],
              rows: plan.referrers.map((r) => [
                `\`${r.digest}\``,
                r.artifactType || 'unknown',
                `\`${r.subject}\``,
                r.tag
                  ? `cosign tag ${r.tag}`
                  : r.source === 'api'
                    ? 'referrers API'
                    : 'referrers tag',
                written(r.action),
              ]),
            },
          ]
        : []),
      ...(signed
        ? [
            {
              header: ['Signed', 'Image', 'Stored as', 'Action', 'Verified on the target'],
              rows: signed.entries.map((e) => [
                e.kind,
                `${e.reference}@${e.digest}`,
                e.storedAs,
                e.action,
                e.verified ? 'yes' : 'no',
              ]),
            },
          ]
        : []),
      settings.dryRun
        ? {
            header: [
              'Platform',
              'Blobs to copy',
              'Bytes to copy',
              'Blobs to mount',
              'Already there',
            ],
            rows: wouldMove(plan),
          }
        : {
            header: [
              'Manifests written',
              'Blobs copied',
              'Bytes copied',
              'Blobs mounted',
              'Blobs already there',
              'Referrers copied',
              'Requests',
            ],
            rows: [
              [
                String(stats.manifests),
                String(stats.blobs.copied),
                humanSize(stats.bytes_copied),
                String(stats.blobs.mounted),
                String(stats.blobs.skipped),
                String(stats.referrers),
                String(stats.requests),
              ],
            ],
          },
    ],
    notes: [
      ...(note ? [note] : []),
      ...(plan.referrersIndex === 'tag-schema'
        ? ['The target has no referrers API: its sha256-<hex> referrers tags list them.']
        : []),
      ...(!settings.referrers
        ? ['referrers: false: signatures, SBOMs and attestations stayed behind.']
        : []),
      ...(settings.signing && settings.dryRun
        ? [
            `sign: ${settings.signing.mode}: the image and each platform image would be signed${settings.signing.attest ? ' and the promotion attested' : ''} in the target; a dry run signs nothing.`,
          ]
        : []),
    ],
  };
}

/** A dry run's blobs by the platform whose manifest first names them: what would move where. */
export function wouldMove(plan: CopyPlan): string[][] {
  const platforms = new Map(plan.manifests.map((m) => [m.digest, m.platform]));
  const rows = new Map<string, { copy: number; bytes: number; mount: number; skip: number }>();
  for (const blob of plan.blobs) {
    const name =
      platforms.get(blob.manifest) ??
      (blob.manifest === plan.digest ? 'image' : `manifest ${blob.manifest.slice(0, 19)}`);
    const row = rows.get(name) ?? { copy: 0, bytes: 0, mount: 0, skip: 0 };
    if (blob.action === 'copy') {
      row.copy++;
      row.bytes += blob.size;
    } else if (blob.action === 'mount') row.mount++;
    else row.skip++;
    rows.set(name, row);
  }
  return [...rows].map(([name, r]) => [
    name,
    String(r.copy),
    humanSize(r.bytes),
    String(r.mount),
    String(r.skip),
  ]);
}
