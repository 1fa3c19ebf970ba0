import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { trixieTool } from './tools.js';
import { makeTempDir, removeTempDir } from './util.js';

/**
 * The real cosign and oras, as a team that signs uses them: a key pair of its own, signatures
 * without a transparency log, SBOMs attached as OCI referrers. Each runs with a HOME and Docker
 * config of its own, so nothing on the machine is read or written.
 */
export interface SupplyChain {
  /** `cosign sign --key`; `recursive` signs an index and each of its images. */
  sign(reference: string, options?: { recursive?: boolean }): Promise<void>;
  /** `cosign verify --key`: resolves with its JSON, rejects when no signature verifies. */
  verify(reference: string): Promise<unknown[]>;
  /**
   * `cosign attest --key --type <type>` the predicate to the image (a `.att` tag, or with
   * `bundle` a Sigstore bundle referrer); no transparency log.
   */
  attest(
    reference: string,
    type: string,
    predicate: unknown,
    options?: { bundle?: boolean },
  ): Promise<void>;
  /** `oras attach` a small file of `artifactType` to the image; resolves with the new digest. */
  attach(reference: string, artifactType: string, content: string): Promise<string>;
  /** `oras discover`: the artifact types and digests that refer to the image. */
  discover(reference: string): Promise<{ artifactType: string; digest: string }[]>;
  remove(): Promise<void>;
}

const PASSWORD = 'test-cosign-key-password';

export function exec(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    // Asynchronous: a token issuer serving the registry may live in this very process.
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.trim()}`)),
    );
  });
}

export async function supplyChain(): Promise<SupplyChain> {
  const dir = await makeTempDir('supply-chain-');
  const home = join(dir, 'home');
  await mkdir(join(home, '.docker'), { recursive: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    DOCKER_CONFIG: join(home, '.docker'),
    COSIGN_PASSWORD: PASSWORD,
    COSIGN_YES: 'true',
    TUF_ROOT: join(home, 'tuf'),
  };
  const cosign = trixieTool('cosign');
  const oras = trixieTool('oras');
  await exec(cosign, ['generate-key-pair'], env, dir);
  const http = ['--allow-insecure-registry', '--allow-http-registry'];
  let attached = 0;
  return {
    async sign(reference, options = {}) {
      await exec(
        cosign,
        [
          'sign',
          '--key',
          'cosign.key',
          '--tlog-upload=false',
          ...http,
          ...(options.recursive ? ['--recursive'] : []),
          reference,
        ],
        env,
        dir,
      );
    },
    async verify(reference) {
      const out = await exec(
        cosign,
        [
          'verify',
          '--key',
          'cosign.pub',
          '--insecure-ignore-tlog',
          '--allow-http-registry',
          reference,
        ],
        env,
        dir,
      );
      return JSON.parse(out) as unknown[];
    },
    async attest(reference, type, predicate, options = {}) {
      const file = `predicate-${++attached}.json`;
      await writeFile(join(dir, file), JSON.stringify(predicate));
      await exec(
        cosign,
        [
          'attest',
          '--key',
          'cosign.key',
          '--tlog-upload=false',
          ...http,
          ...(options.bundle ? ['--new-bundle-format'] : []),
          '--type',
          type,
          '--predicate',
          file,
          reference,
        ],
        env,
        dir,
      );
    },
    async attach(reference, artifactType, content) {
      const file = `artifact-${++attached}.json`;
      await writeFile(join(dir, file), content);
      const out = await exec(
        oras,
        ['attach', '--plain-http', '--no-tty', '--artifact-type', artifactType, reference, file],
        env,
        dir,
      );
      const digest = /Digest: (sha256:[a-f0-9]{64})/.exec(out)?.[1];
      if (!digest) throw new Error(`oras attach printed no digest: ${out}`);
      return digest;
    },
    async discover(reference) {
      const out = await exec(
        oras,
        ['discover', '--plain-http', '--no-tty', '--format', 'json', reference],
        env,
        dir,
      );
      const parsed = JSON.parse(out) as {
        manifests?: { artifactType?: string; digest: string }[];
        referrers?: { artifactType?: string; digest: string }[];
      };
      return (parsed.manifests ?? parsed.referrers ?? []).map((m) => ({
        artifactType: m.artifactType ?? '',
        digest: m.digest,
      }));
    },
    remove: () => removeTempDir(dir),
  };
}
