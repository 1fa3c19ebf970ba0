/** What every builder is and does: the face docker buildx and buildah share (no behaviour here). */
import type { PushTargetInfo } from './failure.js';
import type { BuildPlan } from './plan.js';

export type BuilderKind = 'docker' | 'buildah';
export type BuilderChoice = 'auto' | BuilderKind;
export const BUILDER_CHOICES: BuilderChoice[] = ['auto', 'docker', 'buildah'];

/** What a builder may do to the step: its environment, and where its output goes. */
export interface BuilderIO {
  env: NodeJS.ProcessEnv;
  /** The builder's own output, line by line, and the commands it runs. */
  log(line: string): void;
  warn(message: string): void;
}

export interface BuildOutcome {
  /** The image ID (config digest) the builder reports; '' when it reports none. */
  imageId: string;
  /** What the builder says about the build: buildx's metadata file, or buildah's equivalent. */
  metadata: Record<string, unknown>;
  /**
   * The manifest digests the builder says it wrote to the registry, when the build itself pushed
   * (buildx `--push`, `buildah push`); empty when a later `docker push` did, whose digest is the
   * registry's alone.
   */
  pushedDigests: string[];
}

/** One push of a local image to one tag of a registry. */
export interface PushRequest {
  /** The local image (or, for buildah, manifest list). */
  source: string;
  /** Full reference of the tag to write. */
  destination: string;
  target: PushTargetInfo;
  /** Docker config format, holding the target's credentials only. */
  authfile: string;
  insecure: boolean;
  /** The source is a manifest list (a multi-platform buildah build). */
  list: boolean;
  /** Where the builder writes the digest it pushed, if it can. */
  digestFile: string;
}

export interface LocalImage {
  /** A manifest list rather than one image. */
  list: boolean;
  /**
   * Digests that identify the local copy: its image ID (the config digest, or with docker's
   * containerd store the manifest's), the manifest digests it was pulled or pushed by, a list's
   * instances. The push action compares them with what the candidate's registry holds.
   */
  ids: string[];
}

/** docker buildx and buildah, behind one face: the same plan in, the same outcome out. */
export interface Builder {
  readonly kind: BuilderKind;
  /** Builds the plan; with `plan.push` every tag is in the registry afterwards. */
  build(plan: BuildPlan, io: BuilderIO): Promise<BuildOutcome>;
  /** Whether `reference` names an image in the builder's local storage (never asks a registry). */
  findImage(reference: string, io: BuilderIO): Promise<LocalImage | undefined>;
  push(request: PushRequest, io: BuilderIO): Promise<void>;
}
