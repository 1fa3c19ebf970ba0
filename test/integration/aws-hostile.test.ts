import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { type Socket } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ecrCredentials } from '../../src/credentials/ecr.js';
import { type Integration } from '../../src/credentials/registries-file.js';
import { kmsSigner } from '../../src/signing/kms.js';
import { makeTempDir, removeTempDir } from '../helpers/util.js';

/**
 * AWS endpoints that are not AWS (DESIGN §6): `AWS_ENDPOINT_URL` at a server that never answers,
 * drips a byte at a time, or answers without end. ECR, STS and KMS calls must end within the
 * registry operation's bounds (shortened here: 1 s idle, 4 s for a whole call), naming the
 * service, and read no more than their answer limit (1 MiB) of an endless body.
 */

const IDLE_MS = 1000;
const BUDGET_MS = 4000;
const MiB = 1024 * 1024;
/** What an endless answer sends at most, so that a run without the bound ends too. */
const ENDLESS_CAP = 64 * MiB;

type Behaviour = 'stall' | 'drip' | 'endless';

interface Hostile {
  url: string;
  /** Bytes written to each connection before it closed. */
  written: number[];
  close(): Promise<void>;
}

async function startHostile(behaviour: Behaviour): Promise<Hostile> {
  const written: number[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => answer(res));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  function answer(res: ServerResponse) {
    if (behaviour === 'stall') return;
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    if (behaviour === 'drip') {
      // One byte well within the idle timeout, for ever: only a deadline for the whole ends it.
      const body = '{"authorizationData":[],"PublicKey":"","Credentials":{}}'.repeat(1000);
      let at = 0;
      const timer = setInterval(() => res.write(body[at++ % body.length]), IDLE_MS / 4);
      timers.add(timer);
      res.on('close', () => clearInterval(timer));
      return;
    }
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const index = written.push(0) - 1;
    const pump = () => {
      while (sent < ENDLESS_CAP) {
        sent += chunk.length;
        written[index] = sent;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.write('{"authorizationData":"');
    pump();
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    written,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const integration: Integration = {
  name: 'ecr',
  kind: 'ecr',
  domain: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
  primary: true,
  default: true,
  insecure: false,
  aws: { region: 'eu-west-1' },
  source: 'the registries input',
  line: 1,
};

const KEYS = {
  AWS_ACCESS_KEY_ID: 'AKIAHOSTILETEST00001',
  AWS_SECRET_ACCESS_KEY: 'hostile-test-secret-key-1a2b3c',
  AWS_REGION: 'eu-west-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws/credentials',
  AWS_CONFIG_FILE: '/nonexistent/aws/config',
};

let work: string;
const savedEnv: Record<string, string | undefined> = {};
let hostile: Hostile | undefined;

beforeAll(async () => {
  work = await makeTempDir('aws-hostile-');
  for (const name of [
    'IMAGE_ACTIONS_IDLE_TIMEOUT_MS',
    'IMAGE_ACTIONS_RETRY_BUDGET_MS',
    ...Object.keys(process.env).filter((n) => n.startsWith('AWS_')),
  ]) {
    savedEnv[name] = process.env[name];
    delete process.env[name];
  }
  process.env.IMAGE_ACTIONS_IDLE_TIMEOUT_MS = String(IDLE_MS);
  process.env.IMAGE_ACTIONS_RETRY_BUDGET_MS = String(BUDGET_MS);
});

afterEach(async () => {
  await hostile?.close();
  hostile = undefined;
});

afterAll(async () => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await removeTempDir(work);
});

/** ECR with the environment's keys, every service's endpoint at the hostile server. */
const ecr = (url: string) =>
  ecrCredentials(integration, integration.aws!, { ...KEYS, AWS_ENDPOINT_URL: url });

/** STS first: the role of a web identity token file, assumed at the hostile server. */
async function sts(url: string) {
  const tokenFile = join(work, 'web-identity-token');
  await writeFile(tokenFile, 'eyJhbGciOi.hostile.token');
  return ecrCredentials(integration, integration.aws!, {
    AWS_REGION: 'eu-west-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile,
    AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/hostile',
    AWS_ENDPOINT_URL_STS: url,
  });
}

const kms = (url: string) =>
  kmsSigner('awskms:///alias/hostile', { ...KEYS, AWS_ENDPOINT_URL_KMS: url });

/**
 * A stall is ended by the idle timeout (the SDK's three tries of 1 s each), a drip only by the
 * deadline for the whole call.
 */
const expected = {
  stall: (service: string) => `TimeoutError: ${service} sent nothing for 1 s`,
  drip: (service: string) => `TimeoutError: ${service} gave no complete answer within 4 s`,
};

const calls = [
  { service: 'ECR', call: ecr, what: /ECR GetAuthorizationToken in eu-west-1 failed/ },
  { service: 'STS', call: sts, what: /STS AssumeRoleWithWebIdentity of \S+ failed/ },
  { service: 'KMS', call: kms, what: /KMS GetPublicKey in eu-west-1 failed/ },
] as const;

describe.each(calls)('$service at a hostile endpoint', ({ service, call, what }) => {
  it.each(['stall', 'drip'] as const)(
    'that does %s fails within the retry budget, naming the service',
    async (behaviour) => {
      hostile = await startHostile(behaviour);
      const started = Date.now();
      const error = await call(hostile.url).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      const took = Date.now() - started;
      expect(error?.message).toMatch(what);
      expect(error?.message).toContain(expected[behaviour](service));
      expect(error?.message).not.toContain(KEYS.AWS_SECRET_ACCESS_KEY);
      if (behaviour === 'drip') expect(took).toBeGreaterThanOrEqual(BUDGET_MS - 100);
      expect(took).toBeLessThan(BUDGET_MS + 2000);
    },
    20_000,
  );

  it('that answers without end reads at most its limit, naming the service', async () => {
    hostile = await startHostile('endless');
    const error = await call(hostile.url).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(what);
    expect(error?.message).toContain(`the ${service} answer is larger than 1 MiB`);
    // Closed after the limit and what the socket buffers held: never the whole endless answer.
    expect(hostile.written.length).toBeGreaterThan(0);
    for (const bytes of hostile.written) expect(bytes).toBeLessThan(8 * MiB);
  }, 20_000);
});
