import {
  DSSEBundleBuilder,
  MessageSignatureBundleBuilder,
  type BundleBuilder,
} from '@sigstore/sign';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { json } from '@sigstore/core';
import { UserError } from '../errors.js';
import { maskSecret } from '../secrets.js';
import type { ImageTarget } from '../oci/store.js';
import type { Descriptor } from '../oci/manifest.js';
import { decryptCosignKey } from './cosign-key.js';
import { keylessSigner } from './keyless.js';
import { kmsSigner } from './kms.js';
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  PROMOTION_PREDICATE_TYPE,
  SigningAnnotation,
  SigningMediaType,
  simpleSigningPayload,
  statement,
} from './formats.js';
import { describeKey, fingerprint, keySigner, type ImageSigner, type SignMode } from './signer.js';
import { addToCosignTag, putBundleReferrer } from './store.js';
import { findOwn, type FoundOnTarget } from './verify.js';

/**
 * Signs promoted images where they landed (DESIGN §10): the image and, for an index, each of its
 * platform images, in every target repository; with `attest`, an in-toto statement of the
 * promotion about the image. What the signer already signed there is not signed again. After
 * writing, each signature is looked for and checked on the target as a verifier would, and the
 * step fails when one is missing or does not verify.
 */

export type SignatureFormat = 'sig' | 'bundle';

export interface SigningSettings {
  mode: SignMode;
  /** `awskms:///…` for `kms`. */
  key?: string;
  format: SignatureFormat;
  attest: boolean;
}

/** The user's signer: opened before anything is written, so a bad key fails the step first. */
export async function openSigner(
  settings: SigningSettings,
  env: NodeJS.ProcessEnv,
): Promise<ImageSigner> {
  if (settings.mode === 'kms') {
    if (!settings.key) throw new UserError('Input sign_key is required with sign: kms');
    return kmsSigner(settings.key, env);
  }
  if (settings.mode === 'keyless') return keylessSigner(env);
  const pem = env.COSIGN_PRIVATE_KEY;
  if (!pem) {
    throw new UserError(
      'Input sign: key needs the cosign private key in the environment variable COSIGN_PRIVATE_KEY (cosign generate-key-pair writes cosign.key), and its password in COSIGN_PASSWORD',
    );
  }
  maskSecret(pem);
  maskSecret(env.COSIGN_PASSWORD);
  const key = await decryptCosignKey(pem, env.COSIGN_PASSWORD ?? '', 'COSIGN_PRIVATE_KEY');
  return keySigner(key, `the key in COSIGN_PRIVATE_KEY (${describeKey(key)}, ${fingerprint(key)})`);
}

export interface SigningTarget {
  repo: ImageTarget;
  /** `domain/repository`, as a signature's `docker-reference` names it. */
  reference: string;
  /** The image first, then its platform images. */
  images: Descriptor[];
  /** The promotion's predicate, attested about the image (the first of `images`). */
  predicate?: unknown;
}

export interface SignedEntry {
  reference: string;
  digest: string;
  kind: 'signature' | 'attestation';
  /** The cosign tag, or `referrer sha256:…`. */
  storedAs: string;
  action: 'written' | 'already there';
  /** Found and checked on the target after writing. */
  verified: boolean;
}

function describe(found: FoundOnTarget): string {
  return found.storage === 'cosign-tag' ? found.where : `referrer ${found.where}`;
}

function base64ToHex(value: string): string {
  return Buffer.from(value, 'base64').toString('hex');
}

/** The annotations cosign 2 puts beside a keyless signature: certificate, chain, Rekor entry. */
function keylessAnnotations(bundle: SerializedBundle, signer: ImageSigner): Record<string, string> {
  const chain = signer.chain ?? [];
  if (!chain.length) return {};
  const annotations: Record<string, string> = {
    [SigningAnnotation.certificate]: chain[0],
    [SigningAnnotation.chain]: chain.slice(1).join(''),
  };
  const entry = bundle.verificationMaterial.tlogEntries[0];
  if (entry?.inclusionPromise) {
    annotations[SigningAnnotation.rekorBundle] = JSON.stringify({
      SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
      Payload: {
        body: entry.canonicalizedBody,
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: base64ToHex(entry.logId.keyId),
      },
    });
  }
  return annotations;
}

class Signing {
  readonly entries: SignedEntry[] = [];

  constructor(
    private readonly signer: ImageSigner,
    private readonly settings: SigningSettings,
  ) {}

  private async bundle(builder: BundleBuilder, data: Buffer, type?: string) {
    return bundleToJSON(await builder.create({ data, ...(type ? { type } : {}) }));
  }

  private dsse(kind: 'intoto' | 'dsse'): DSSEBundleBuilder {
    return new DSSEBundleBuilder({
      signer: this.signer.signer,
      witnesses: this.signer.witnesses(kind),
    });
  }

  /** The image's signature, as cosign 2 (`.sig` layer) or cosign 3 (bundle referrer) writes it. */
  private async writeSignature(target: SigningTarget, image: Descriptor): Promise<string> {
    const { repo, reference } = target;
    if (this.settings.format === 'bundle') {
      const body = statement(reference, image.digest, COSIGN_SIGN_PREDICATE_TYPE, {});
      const bundle = await this.bundle(this.dsse('dsse'), body, SigningMediaType.inTotoPayload);
      const digest = await putBundleReferrer(repo, image, Buffer.from(JSON.stringify(bundle)), {
        [SigningAnnotation.bundleContent]: 'dsse-envelope',
        [SigningAnnotation.bundlePredicateType]: COSIGN_SIGN_PREDICATE_TYPE,
        [SigningAnnotation.created]: new Date().toISOString(),
      });
      return `referrer ${digest}`;
    }
    const payload = simpleSigningPayload(reference, image.digest);
    const builder = new MessageSignatureBundleBuilder({
      signer: this.signer.signer,
      witnesses: this.signer.witnesses('hashedrekord'),
    });
    const bundle = await this.bundle(builder, payload);
    return addToCosignTag(repo, image.digest, 'sig', {
      mediaType: SigningMediaType.simpleSigning,
      bytes: payload,
      annotations: {
        [SigningAnnotation.signature]: bundle.messageSignature!.signature,
        ...keylessAnnotations(bundle, this.signer),
      },
    });
  }

  /** The promotion's statement, as `cosign attest` (`.att` layer) or cosign 3 (referrer) writes it. */
  private async writeAttestation(target: SigningTarget, image: Descriptor): Promise<string> {
    const { repo, reference } = target;
    const body = statement(reference, image.digest, PROMOTION_PREDICATE_TYPE, target.predicate);
    if (this.settings.format === 'bundle') {
      const bundle = await this.bundle(this.dsse('dsse'), body, SigningMediaType.inTotoPayload);
      const digest = await putBundleReferrer(repo, image, Buffer.from(JSON.stringify(bundle)), {
        [SigningAnnotation.bundleContent]: 'dsse-envelope',
        [SigningAnnotation.bundlePredicateType]: PROMOTION_PREDICATE_TYPE,
        [SigningAnnotation.created]: new Date().toISOString(),
      });
      return `referrer ${digest}`;
    }
    const bundle = await this.bundle(this.dsse('intoto'), body, SigningMediaType.inTotoPayload);
    return addToCosignTag(repo, image.digest, 'att', {
      mediaType: SigningMediaType.dsseEnvelope,
      bytes: this.envelopeBytes(bundle),
      annotations: {
        [SigningAnnotation.signature]: '',
        [SigningAnnotation.predicateType]: PROMOTION_PREDICATE_TYPE,
        ...keylessAnnotations(bundle, this.signer),
      },
    });
  }

  /**
   * The envelope as stored in the `.att` layer. cosign 2 matches a logged `intoto` entry to the
   * layer by the SHA-256 of the layer's bytes, and the entry's hash is Rekor's: of the canonical
   * JSON of the envelope whose signature also names its certificate (what sigstore-js sends). So
   * a logged envelope is stored in that form, a valid DSSE envelope with one field more.
   */
  private envelopeBytes(bundle: SerializedBundle): Buffer {
    const envelope = bundle.dsseEnvelope!;
    const certificate = this.signer.chain?.[0];
    if (!certificate || !bundle.verificationMaterial.tlogEntries.length)
      return Buffer.from(JSON.stringify(envelope));
    return Buffer.from(
      json.canonicalize({
        payloadType: envelope.payloadType,
        payload: envelope.payload,
        signatures: envelope.signatures.map((s) => ({
          sig: s.sig,
          publicKey: certificate,
          ...(s.keyid ? { keyid: s.keyid } : {}),
        })),
      }),
    );
  }

  async signImage(target: SigningTarget, image: Descriptor, attest: boolean): Promise<void> {
    const before = await findOwn(target.repo, image.digest, this.signer, PROMOTION_PREDICATE_TYPE);
    const entry = (kind: SignedEntry['kind'], storedAs: string, action: SignedEntry['action']) =>
      this.entries.push({
        reference: target.reference,
        digest: image.digest,
        kind,
        storedAs,
        action,
        verified: false,
      });
    if (before.signatures.length)
      entry('signature', describe(before.signatures[0]), 'already there');
    else entry('signature', await this.writeSignature(target, image), 'written');
    if (!attest) return;
    if (before.attestations.length)
      entry('attestation', describe(before.attestations[0]), 'already there');
    else entry('attestation', await this.writeAttestation(target, image), 'written');
  }

  /** Each entry looked for on the target as a verifier would, and checked. */
  async verify(targets: SigningTarget[]): Promise<void> {
    for (const target of targets) {
      for (const image of target.images) {
        const mine = this.entries.filter(
          (e) => e.reference === target.reference && e.digest === image.digest,
        );
        if (!mine.length) continue;
        const found = await findOwn(
          target.repo,
          image.digest,
          this.signer,
          PROMOTION_PREDICATE_TYPE,
        );
        for (const e of mine) {
          const list = e.kind === 'signature' ? found.signatures : found.attestations;
          e.verified = list.some((f) => describe(f) === e.storedAs);
        }
      }
    }
    const failed = this.entries.filter((e) => !e.verified);
    if (failed.length) {
      throw new UserError(
        `Signing: ${failed.map((e) => `the ${e.kind} of ${e.reference}@${e.digest} (${e.storedAs})`).join('; ')} ${failed.length === 1 ? 'was' : 'were'} not found on the target, or did not verify with ${this.signer.label}`,
      );
    }
  }
}

/** Signs (and attests) every target's images, then checks them on the target. */
export async function signImages(
  signer: ImageSigner,
  settings: SigningSettings,
  targets: SigningTarget[],
): Promise<SignedEntry[]> {
  const signing = new Signing(signer, settings);
  for (const target of targets) {
    for (const [i, image] of target.images.entries()) {
      await signing.signImage(target, image, settings.attest && i === 0);
    }
  }
  await signing.verify(targets);
  return signing.entries;
}
