import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { exec } from './signing.js';
import { trixieTool } from './tools.js';
import { makeTempDir, removeTempDir } from './util.js';

/**
 * The real cosign (Debian trixie's 2.5) as a verifier runs it against the loopback registries:
 * key pairs of its own (`cosign generate-key-pair`), `cosign verify` and `verify-attestation`
 * with whatever flags a test gives. A HOME and Docker config of its own, nothing of the machine.
 */
export interface CosignTool {
  dir: string;
  /** A new encrypted key pair: the private key's PEM (for COSIGN_PRIVATE_KEY) and the public key's path. */
  keyPair(name: string, password: string): Promise<{ privateKey: string; publicKey: string }>;
  /** Runs cosign; resolves with stdout, rejects with its stderr. */
  run(args: string[], env?: NodeJS.ProcessEnv): Promise<string>;
  /** `cosign verify …flags reference`: the verified payloads. */
  verify(reference: string, flags: string[], env?: NodeJS.ProcessEnv): Promise<unknown[]>;
  /** `cosign verify-attestation --type T …flags reference`: the statements, decoded. */
  verifyAttestation(
    reference: string,
    type: string,
    flags: string[],
    env?: NodeJS.ProcessEnv,
  ): Promise<{ predicateType: string; predicate: unknown; subject: unknown }[]>;
  remove(): Promise<void>;
}

/** Plain HTTP to the loopback registries. */
export const COSIGN_HTTP = ['--allow-http-registry', '--allow-insecure-registry'];

export async function cosignTool(): Promise<CosignTool> {
  const dir = await makeTempDir('cosign-');
  const home = join(dir, 'home');
  await mkdir(join(home, '.docker'), { recursive: true });
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    DOCKER_CONFIG: join(home, '.docker'),
    COSIGN_YES: 'true',
    TUF_ROOT: join(home, 'tuf'),
  };
  const cosign = trixieTool('cosign');
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    exec(cosign, args, { ...base, ...env }, dir);
  return {
    dir,
    run,
    async keyPair(name, password) {
      await run(['generate-key-pair', '--output-key-prefix', name], { COSIGN_PASSWORD: password });
      return {
        privateKey: await readFile(join(dir, `${name}.key`), 'utf8'),
        publicKey: join(dir, `${name}.pub`),
      };
    },
    async verify(reference, flags, env) {
      const out = await run(['verify', ...COSIGN_HTTP, ...flags, reference], env);
      return JSON.parse(out) as unknown[];
    },
    async verifyAttestation(reference, type, flags, env) {
      const out = await run(
        ['verify-attestation', '--type', type, ...COSIGN_HTTP, ...flags, reference],
        env,
      );
      return out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const envelope = JSON.parse(line) as { payload: string };
          return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
        });
    },
    remove: () => removeTempDir(dir),
  };
}
