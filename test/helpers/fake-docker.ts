import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A stand-in for the docker CLI, for the docker path where no Docker engine runs: it answers
 * `docker info` and `docker buildx version`, writes the iid and metadata files a build asks for,
 * and records every call with the Docker config it was given (DOCKER_CONFIG's config.json as it
 * was at that moment), so tests see exactly which identities each command could use.
 * FAKE_DOCKER_FAIL=build|push makes that command fail the way docker does. Like buildx, a build
 * reports a manifest digest (FAKE_DOCKER_DIGEST, else a made-up one) in its metadata, and for one
 * platform the config digest as image ID; for several, the iidfile holds the index digest.
 */
const SCRIPT = `#!/usr/bin/env node
const fs = require('fs');
const args = process.argv.slice(2);
const dir = process.env.DOCKER_CONFIG;
let config = null;
try { config = JSON.parse(fs.readFileSync(dir + '/config.json', 'utf8')); } catch {}
fs.appendFileSync(process.env.FAKE_DOCKER_LOG, JSON.stringify({
  args, DOCKER_CONFIG: dir, BUILDX_CONFIG: process.env.BUILDX_CONFIG, config,
  configMode: dir && fs.existsSync(dir + '/config.json') ? (fs.statSync(dir + '/config.json').mode & 0o777) : null,
  plugins: Boolean(dir) && fs.existsSync(dir + '/cli-plugins'),
}) + '\\n');
const fail = process.env.FAKE_DOCKER_FAIL;
if (args[0] === 'info' || (args[0] === 'buildx' && args[1] === 'version')) process.exit(0);
if (args[0] === 'buildx' && args[1] === 'build') {
  if (fail === 'build') {
    console.log('#6 [2/3] RUN make');
    console.log('#6 0.2 make: *** No rule to make target');
    console.log('#6 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2');
    console.log(' > [2/3] RUN make:');
    console.error('ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2');
    process.exit(1);
  }
  const at = (flag) => args[args.indexOf(flag) + 1];
  const multi = args.includes('--platform') && at('--platform').split(',').length > 1;
  const digest = process.env.FAKE_DOCKER_DIGEST || 'sha256:' + 'd'.repeat(64);
  const config = 'sha256:' + 'c'.repeat(64);
  fs.writeFileSync(at('--iidfile'), multi ? digest : config);
  fs.writeFileSync(at('--metadata-file'), JSON.stringify({
    'buildx.build.ref': 'default/default/x',
    'containerimage.digest': digest,
    ...(multi ? {} : { 'containerimage.config.digest': config }),
  }));
  process.exit(0);
}
if (args[0] === 'push' && fail === 'push') {
  console.log('The push refers to repository [' + args[1] + ']');
  console.error('denied: requested access to the resource is denied');
  process.exit(1);
}
if (args[0] === 'image' && args[1] === 'inspect') process.exit(1);
process.exit(0);
`;

export interface DockerCall {
  args: string[];
  DOCKER_CONFIG?: string;
  BUILDX_CONFIG?: string;
  config: { auths?: Record<string, { auth: string }>; currentContext?: string } | null;
  configMode: number | null;
  /** Whether the user's CLI plugins were reachable from DOCKER_CONFIG. */
  plugins: boolean;
}

export interface FakeDocker {
  /** Put first on PATH. */
  bin: string;
  env: Record<string, string>;
  calls(): Promise<DockerCall[]>;
  reset(): Promise<void>;
}

export async function fakeDocker(dir: string): Promise<FakeDocker> {
  const bin = path.join(dir, 'bin');
  await mkdir(bin, { recursive: true });
  const program = path.join(bin, 'docker');
  await writeFile(program, SCRIPT);
  await chmod(program, 0o755);
  const log = path.join(dir, 'docker-calls.jsonl');
  await writeFile(log, '');
  return {
    bin,
    env: {
      PATH: [bin, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
      FAKE_DOCKER_LOG: log,
    },
    async calls() {
      return (await readFile(log, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as DockerCall);
    },
    reset: () => writeFile(log, ''),
  };
}
