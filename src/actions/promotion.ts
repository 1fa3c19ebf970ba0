import type { Repository } from '../distribution/repository.js';
import { targetName } from '../credentials/resolve.js';
import { copyImage, readSource, type CopyResult } from '../images/copy.js';
import type { Platform } from '../oci/manifest.js';
import type { ImageSource } from '../oci/store.js';
import { mergeImages } from '../images/merge.js';
import { narrowToPlatforms } from '../images/platforms.js';
import type { RegistriesConfig } from '../credentials/registries-file.js';
import { formatReference, manifestRef, type ImageReference } from '../oci/reference.js';
import {
  checkContexts,
  integrationByName,
  resolvePull,
  type Endpoint,
  type PushTarget,
} from '../credentials/resolve.js';
import type { RegistrySession } from '../distribution/session.js';
import { openSession } from '../host/session.js';
import { CancelledError, cancelledBy } from '../host/cancel.js';
import { withProgress } from '../host/progress.js';
import { TransferProgress } from '../images/progress.js';
import type { ActionIO } from '../host/io.js';
import {
  isIndexMediaType,
  parseImageIndex,
  platformManifests,
  type Descriptor,
} from '../oci/manifest.js';
import type { SignedEntry, SigningSettings } from '../signing/sign.js';
import type { ImageSigner } from '../signing/signer.js';
import { dockerReference } from '../signing/formats.js';
import { promotionPredicate } from './promote/predicate.js';

/**
 * Remote images copied or retagged registry to registry: what the promote action does, and the
 * push action when its candidate is remote.
 */

/** The registries remote candidates are pulled through: the `registry_context`, else resolution. */
export async function candidateSources(
  config: RegistriesConfig,
  env: NodeJS.ProcessEnv,
  candidates: ImageReference[],
  registryContext: string | undefined,
): Promise<Endpoint[]> {
  const contexts = registryContext
    ? [integrationByName(config, registryContext, 'registry_context')]
    : [];
  checkContexts(
    contexts,
    candidates.map((c) => c.domain),
    'registry_context',
    () => {},
  );
  // One at a time: a helper or a token mint runs once per domain, the later ones hit its cache.
  const sources: Endpoint[] = [];
  for (const c of candidates) sources.push(await resolvePull(config, env, c.domain, contexts));
  return sources;
}

/**
 * The repository handles of a promotion: the target's token grants push, and pull on every
 * source of the same registry (blobs are mounted from those), so such a source needs no token
 * of its own.
 */
export function openRepositories(
  clients: RegistrySession,
  candidates: ImageReference[],
  sources: Endpoint[],
  target: PushTarget,
  dryRun: boolean,
): { targetRepo: Repository; sourceRepos: Repository[] } {
  const targetClient = clients.for(target.endpoint);
  const sameRegistry = sources.map((s) => clients.for(s).sameRegistry(targetClient));
  const targetRepo = targetClient.repository(target.repository, {
    push: !dryRun,
    mountFrom: candidates.filter((_, i) => sameRegistry[i]).map((c) => c.repository),
  });
  const sourceRepos = candidates.map((candidate, i) => {
    const client = clients.for(sources[i]);
    // On one client the target's token already grants pull on the source: no second token.
    return client === targetClient
      ? targetRepo.sibling(candidate.repository)
      : client.repository(candidate.repository);
  });
  return { targetRepo, sourceRepos };
}

export interface Promotion {
  /** One image is copied; several are merged into one index (their platforms must not overlap). */
  candidates: ImageReference[];
  /** Where each candidate is pulled through. */
  sources: Endpoint[];
  target: PushTarget;
  tags: string[];
  expectedDigest?: string;
  dryRun?: boolean;
  /** Only these platforms of an index (one candidate). */
  platforms?: Platform[];
  /** Carry signatures, SBOMs and attestations. Default true. */
  referrers?: boolean;
  /** false: refuse to move a tag that points elsewhere. Default true. */
  overwrite?: boolean;
  /** OCI annotations on a merged index, over the ones its platforms agree on. */
  indexAnnotations?: Record<string, string>;
  /** Sign (and attest) the image in the target once it is there (DESIGN §10). */
  signing?: PromotionSigning;
  /**
   * The one candidate is an archive's image (DESIGN §8): read from the archive, not a registry;
   * `candidates` then only names it and `sources` is empty.
   */
  archive?: { source: ImageSource; digest: string };
}

export interface PromotionSigning {
  settings: SigningSettings;
  /**
   * Opened by the caller before the copy (a key file, a KMS key: a bad one fails the step before
   * anything is written), and closed by it. Keyless is opened after the copy: its certificate
   * lives minutes.
   */
  signer?: ImageSigner;
}

export interface PromotionSigned {
  /** The key or identity, in words. */
  signer: string;
  entries: SignedEntry[];
}

export interface PromotionOutcome {
  result: CopyResult;
  /** The full references written, one per tag. */
  images: string[];
  /** What `platforms` made of the image, when it changed it. */
  note?: string;
  /** What was signed and attested where, each found and verified on the target. */
  signed?: PromotionSigned;
}

/**
 * Copies (or merges) the candidates to every tag of the target; `stats.requests` counts the whole
 * step's. `shared` is the step's own clients when it has read registries already (their pings
 * and tokens serve the promotion too); the caller closes those, the promotion its own.
 */
export async function runPromotion(
  io: ActionIO,
  promotion: Promotion,
  shared?: RegistrySession,
): Promise<PromotionOutcome> {
  const { candidates, sources, target, tags, expectedDigest } = promotion;
  const dryRun = promotion.dryRun ?? false;
  const clients = shared ?? openSession(io);
  const progress = new TransferProgress();
  // What a cancelled step says it left behind; a dry run writes no tag.
  const written: string[] = [];
  try {
    const archive = promotion.archive;
    const { targetRepo, sourceRepos } = archive
      ? {
          targetRepo: clients.for(target.endpoint).repository(target.repository, { push: !dryRun }),
          sourceRepos: [archive.source],
        }
      : openRepositories(clients, candidates, sources, target, dryRun);
    if (!archive)
      candidates.forEach((c, i) =>
        io.debug(`source: ${formatReference(c)} via ${sources[i].label}`),
      );
    // The target's token is fetched while the sources are read.
    targetRepo.prepareAuth();
    const options = {
      dryRun,
      jobs: jobsFromEnv(io.env),
      log: (m: string) => io.info(m),
      warn: (m: string) => io.warning(m),
      referrers: promotion.referrers,
      overwrite: promotion.overwrite,
      onTagWritten: dryRun ? undefined : (tag: string) => written.push(tag),
    };
    const roots = await Promise.all(
      candidates.map((c, i) =>
        readSource(
          sourceRepos[i],
          archive?.digest ?? manifestRef(c),
          // With several, the expected digest is the merged index's, checked by the merge.
          candidates.length === 1 ? expectedDigest : undefined,
        ),
      ),
    );
    const narrowed = promotion.platforms?.length
      ? await narrowToPlatforms(sourceRepos[0], roots[0], promotion.platforms, {
          input: 'platforms',
        })
      : { root: roots[0], newRoot: false, note: undefined };
    if (narrowed.note) io.info(narrowed.note);
    const result = await withProgress(
      io,
      (progress) =>
        candidates.length === 1
          ? copyImage(sourceRepos[0], narrowed.root, targetRepo, tags, {
              ...options,
              newRoot: narrowed.newRoot,
              progress,
            })
          : mergeImages(
              roots.map((root, i) => ({
                repo: sourceRepos[i],
                root,
                name: formatReference(candidates[i]),
              })),
              targetRepo,
              tags,
              {
                ...options,
                expectedDigest,
                indexAnnotations: promotion.indexAnnotations,
                progress,
                input: 'candidate',
              },
            ),
      progress,
    );
    const base = targetName(target);
    const images = tags.map((tag) => `${base}:${tag}`);
    const signed =
      promotion.signing && !dryRun
        ? await signPromoted(io, promotion, promotion.signing, targetRepo, {
            digest: result.digest,
            sources: roots.map((r) => r.digest),
            images,
          })
        : undefined;
    // Every request of the step, the ping, tokens and source reads included.
    result.stats.requests = clients.transport.stats.requests;
    return {
      result,
      images,
      ...(narrowed.note ? { note: narrowed.note } : {}),
      ...(signed ? { signed } : {}),
    };
  } catch (error) {
    throw await cancelledWork(error, clients, progress, written);
  } finally {
    if (!shared) await clients.close();
  }
}

/**
 * Signs the promoted image (and each platform image of an index) in the target, and attests the
 * promotion, then finds and checks it all there. The signing code is loaded only when asked for.
 */
async function signPromoted(
  io: ActionIO,
  promotion: Promotion,
  signing: PromotionSigning,
  repo: Repository,
  promoted: { digest: string; sources: string[]; images: string[] },
): Promise<PromotionSigned> {
  const { openSigner, signImages } = await import('../signing/sign.js');
  const signer = signing.signer ?? (await openSigner(signing.settings, io.env));
  try {
    io.info(`Signing with ${signer.label}`);
    const root = await repo.getManifest(promoted.digest);
    const images: Descriptor[] = [
      { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length },
    ];
    if (isIndexMediaType(root.mediaType)) {
      const where = `${repo.label}: ${repo.name}@${root.digest}`;
      images.push(...platformManifests(parseImageIndex(root, where)));
    }
    const predicate = signing.settings.attest
      ? promotionPredicate(
          io.env,
          promotion.candidates.map((c, i) => ({
            reference: formatReference(c),
            digest: promoted.sources[i],
          })),
          promoted.images.map((reference) => ({ reference, digest: promoted.digest })),
        )
      : undefined;
    const { domain } = promotion.target.endpoint;
    const entries = await signImages(signer, signing.settings, [
      {
        repo,
        reference: dockerReference(domain, promotion.target.repository),
        images,
        ...(predicate ? { predicate } : {}),
      },
    ]);
    for (const e of entries) {
      io.info(
        `${e.kind === 'signature' ? 'Signature' : 'Attestation'} of ${e.reference}@${e.digest}: ${e.action} (${e.storedAs}), verified on the target`,
      );
    }
    return { signer: signer.label, entries };
  } finally {
    if (!signing.signer) signer.close?.();
  }
}

/**
 * A promotion stopped by SIGINT/SIGTERM: its open upload sessions are cancelled, and the one line
 * it ends with says what moved, what was cancelled and which tags (none, as a rule) were written.
 */
export async function cancelledWork(
  error: unknown,
  clients: RegistrySession,
  progress: TransferProgress,
  tags: string[],
): Promise<unknown> {
  const signal = cancelledBy();
  if (!signal) return error;
  const uploads = await clients.cancelUploads();
  return new CancelledError(
    signal,
    [
      !progress.idle ? `${progress.line()} when stopped` : 'stopped',
      uploadsLine(uploads),
      tags.length ? `tags written before the stop: ${tags.join(', ')}` : 'no tag was written',
    ].join('; '),
  );
}

function uploadsLine({ open, cancelled }: { open: number; cancelled: number }): string {
  if (open === 0) return 'no upload was under way';
  const sessions = `upload session${open === 1 ? '' : 's'}`;
  if (cancelled === open) return `${open} ${sessions} cancelled`;
  return `${cancelled} of ${open} ${sessions} cancelled (the registry refused the rest: it expires them itself)`;
}

/** Blob transfers at once: `IMAGE_ACTIONS_JOBS`, else the engine's default. */
export function jobsFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.IMAGE_ACTIONS_JOBS;
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}
