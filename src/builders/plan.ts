import path from 'node:path';

/**
 * What a build does, as plain data: both builders turn the same plan into their own command
 * lines (docker.ts, buildah.ts). Paths are absolute; credentials are not in it, only the paths of
 * the auth files that hold them.
 */
export interface BuildPlan {
  /** The build context: the `working_directory` input. */
  context: string;
  dockerfile: string;
  /** `build_arguments`, in the order given. */
  buildArgs: Record<string, string>;
  target?: string;
  noCache: boolean;
  /** `os/arch[/variant]`; empty means the builder's own platform. */
  platforms: string[];
  /** The Git labels with the `labels` input over them. */
  labels: Record<string, string>;
  cacheFrom: string[];
  /** buildx `--cache-to` items as given (`type=registry,ref=…,mode=max`, `type=inline`). */
  cacheTo: string[];
  /** Secret mounts (`RUN --mount=type=secret,id=…`): where each value is, never the value. */
  secrets: BuildSecret[];
  /** SSH mounts: `default` or `id=PATH[,PATH…]`, paths absolute. */
  ssh: string[];
  /** buildx `--provenance` / `--sbom` as given (`true`, `false`, `mode=max`, …); absent: buildx's default. */
  provenance?: string;
  sbom?: string;
  /** OCI annotations, `[manifest:|index:|…]key=value` as buildx takes them. */
  annotations: string[];
  /** Full references: in the push target, or the local names when nothing is pushed. */
  tags: string[];
  /** Docker config format, holding only the credentials picked for pulls. */
  authfile: string;
  /**
   * buildah: the registries.conf it is given (registries-conf.ts): short names on Docker Hub, and
   * plain HTTP to the loopback or `insecure` registries a build may pull from, and no other
   * (DESIGN §2).
   */
  registriesConf: { file: string; insecure: string[] };
  /**
   * The registries the build is known to pull from (the images its Dockerfile names, `cache_from`;
   * not a `registry_contexts` domain by itself) that are declared `insecure: true`, loopback ones
   * left out: docker buildx has no per-build switch for those, so its builder must be set up.
   */
  insecurePulls: string[];
  iidfile: string;
  metadataFile: string;
  /** Absent with `disable_push`. */
  push?: PushPlan;
}

/** A build secret: read from an environment variable of the step, or from a file. */
export interface BuildSecret {
  id: string;
  env?: string;
  file?: string;
}

export interface PushPlan {
  /** The integration (or domain) pushed to, for messages. */
  registry: string;
  /** The registry host and repository every tag goes to. */
  host: string;
  repository: string;
  /** Docker config format, holding only the push target's credentials. */
  authfile: string;
  /**
   * Pull and push credentials in one file, when no domain needs two identities: docker buildx
   * reads one config for a whole build, so only then can it push during the build.
   */
  sharedAuthfile?: string;
  /**
   * Without sharedAuthfile: why a domain needs two identities, in the user's words (which input
   * or rule picked each), for a builder that cannot do without one file to say so.
   */
  conflict?: string;
  /** Plain HTTP to the target (loopback, or `insecure: true`). */
  insecure: boolean;
  /** One per tag, in order: where buildah writes the manifest digest it pushed. */
  digestFiles: string[];
}

/** The files of one step, all in its private temporary directory. */
export interface StepFiles {
  pullAuth: string;
  pushAuth: string;
  sharedAuth: string;
  registriesConf: string;
  iid: string;
  metadata: string;
  digests: string[];
}

/**
 * Each auth file is `config.json` in a directory of its own, so docker can be pointed at it with
 * DOCKER_CONFIG while buildah reads the same file with --authfile.
 */
export function stepFiles(dir: string, tagCount: number): StepFiles {
  return {
    pullAuth: path.join(dir, 'pull', 'config.json'),
    pushAuth: path.join(dir, 'push', 'config.json'),
    sharedAuth: path.join(dir, 'shared', 'config.json'),
    registriesConf: path.join(dir, 'registries.conf'),
    iid: path.join(dir, 'iid'),
    metadata: path.join(dir, 'metadata.json'),
    digests: Array.from({ length: tagCount }, (_, i) => path.join(dir, `digest-${i}`)),
  };
}

/**
 * The registry references of `cache_from` / `cache_to` items: `type=registry,ref=X` gives X, a plain item is a
 * reference; other buildx cache types (gha, local, s3) name no registry image.
 */
export function cacheReferences(cacheFrom: string[]): { references: string[]; others: string[] } {
  const references: string[] = [];
  const others: string[] = [];
  for (const item of cacheFrom) {
    if (!item.includes('=')) {
      references.push(item);
      continue;
    }
    const fields = new Map(
      item.split(',').map((field) => {
        const eq = field.indexOf('=');
        return [field.slice(0, eq).trim(), field.slice(eq + 1).trim()] as [string, string];
      }),
    );
    const ref = fields.get('type') === 'registry' ? fields.get('ref') : undefined;
    if (ref) references.push(ref);
    else others.push(item);
  }
  return { references, others };
}
