import { execFile } from 'node:child_process';
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { closeServer, listen, makeTempDir, removeTempDir } from './util.js';

/**
 * A private Sigstore on loopback, standing in for the public one in the keyless tests:
 *
 * - an OIDC issuer: ES256 tokens with GitHub Actions' claims, its URL as `iss`;
 * - Fulcio (`POST /api/v2/signingCert`): checks the token's signature and issuer and the proof of
 *   possession (the token's subject signed by the key to certify), then issues, with `openssl x509
 *   -new -force_pubkey` and a CA of its own, a code-signing certificate whose SAN is the
 *   workflow's URI and whose Fulcio extensions (1.3.6.1.4.1.57264.1.1 and .1.8) name the issuer;
 * - Rekor (`POST /api/v1/log/entries`): logs an entry, answering its canonical body, time, index,
 *   log ID, a signed entry timestamp made with a P-256 key of its own, and an RFC 6962 inclusion
 *   proof with a signed checkpoint, so that cosign checks the entry offline: from the signature's
 *   bundle annotation (`SIGSTORE_REKOR_PUBLIC_KEY`), or from a bundle (`trustedRoot()`).
 *
 * cosign trusts it through `SIGSTORE_ROOT_FILE` (the CA) and `SIGSTORE_REKOR_PUBLIC_KEY`; there is
 * no certificate transparency log, so its verifier passes `--insecure-ignore-sct`.
 */
export interface StandInSigstore {
  issuer: string;
  fulcioUrl: string;
  rekorUrl: string;
  /** The CA certificate, PEM file: SIGSTORE_ROOT_FILE. */
  rootFile: string;
  /** Rekor's public key, PEM file: SIGSTORE_REKOR_PUBLIC_KEY. */
  rekorKeyFile: string;
  /** A Sigstore trusted root (JSON file) of this CA and this Rekor, for `--trusted-root`. */
  trustedRoot(): Promise<string>;
  /** A token of the issuer for a workflow: its SAN will be `https://github.com/<workflowRef>`. */
  token(workflowRef: string): string;
  /** The entries Rekor logged, as proposed. */
  entries: { kind: string }[];
  /** Certificates issued. */
  issued: number;
  stop(): Promise<void>;
}

const run = promisify(execFile);

function base64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url');
}

/** Canonical JSON (RFC 8785 for what Rekor puts in entries: keys sorted, no spaces). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const leafHash = (leaf: Buffer) => sha256(Buffer.from([0]), leaf);
const nodeHash = (l: Buffer, r: Buffer) => sha256(Buffer.from([1]), l, r);
const split = (n: number) => 2 ** Math.floor(Math.log2(n - 1));

/** RFC 6962's Merkle tree hash of leaf hashes. */
function treeHash(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0];
  const k = split(leaves.length);
  return nodeHash(treeHash(leaves.slice(0, k)), treeHash(leaves.slice(k)));
}

/** RFC 6962's audit path of leaf `m`, the deepest sibling first. */
function auditPath(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...auditPath(m, leaves.slice(0, k)), treeHash(leaves.slice(k))]
    : [...auditPath(m - k, leaves.slice(k)), treeHash(leaves.slice(0, k))];
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function derEncodedHex(text: string): string {
  // An OCTET STRING's content as openssl writes raw extension values: DER:<hex>.
  return Buffer.from(text).toString('hex').replace(/(..)/g, '$1:').slice(0, -1);
}

export async function startSigstore(): Promise<StandInSigstore> {
  const dir = await makeTempDir('sigstore-');
  const caKey = join(dir, 'ca.key');
  const rootFile = join(dir, 'ca.pem');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    caKey,
    '-out',
    rootFile,
    '-subj',
    '/O=stand-in-sigstore/CN=stand-in-fulcio-root',
    '-days',
    '2',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const rootPem = await readFile(rootFile, 'utf8');
  const issuerKeys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const rekorKeys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const rekorKeyFile = join(dir, 'rekor.pub');
  await writeFile(
    rekorKeyFile,
    rekorKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  const logID = createHash('sha256')
    .update(rekorKeys.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
  let serial = 0;
  const leaves: Buffer[] = [];
  const stand = { entries: [] as { kind: string }[], issued: 0 };
  let issuer = '';

  const verifyToken = (token: string): Record<string, unknown> => {
    const [head, body, signature] = token.split('.');
    const ok = verify(
      'sha256',
      Buffer.from(`${head}.${body}`),
      { key: issuerKeys.publicKey, dsaEncoding: 'ieee-p1363' },
      Buffer.from(signature ?? '', 'base64url'),
    );
    if (!ok) throw new Error('the token is not signed by the issuer');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (claims.iss !== issuer) throw new Error(`unknown issuer ${claims.iss}`);
    if (claims.aud !== 'sigstore') throw new Error(`audience ${claims.aud} is not sigstore`);
    return claims;
  };

  const issue = async (publicKey: KeyObject, san: string): Promise<string> => {
    const n = ++serial;
    const keyFile = join(dir, `leaf-${n}.pub`);
    const extFile = join(dir, `leaf-${n}.cnf`);
    const certFile = join(dir, `leaf-${n}.pem`);
    await writeFile(keyFile, publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await writeFile(
      extFile,
      [
        '[v3]',
        'keyUsage = critical, digitalSignature',
        'extendedKeyUsage = codeSigning',
        `subjectAltName = critical, URI:${san}`,
        'subjectKeyIdentifier = hash',
        'authorityKeyIdentifier = keyid',
        `1.3.6.1.4.1.57264.1.1 = DER:${derEncodedHex(issuer)}`,
        `1.3.6.1.4.1.57264.1.8 = ASN1:UTF8String:${issuer}`,
        '',
      ].join('\n'),
    );
    await run('openssl', [
      'x509',
      '-new',
      '-force_pubkey',
      keyFile,
      '-subj',
      '/O=stand-in-sigstore',
      '-CA',
      rootFile,
      '-CAkey',
      caKey,
      '-set_serial',
      String(1000 + n),
      '-days',
      '1',
      '-extfile',
      extFile,
      '-extensions',
      'v3',
      '-out',
      certFile,
    ]);
    stand.issued++;
    return readFile(certFile, 'utf8');
  };

  const fulcio = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || req.url !== '/api/v2/signingCert')
        return answer(res, 404, { message: 'not found' });
      const request = (await readBody(req)) as {
        credentials: { oidcIdentityToken: string };
        publicKeyRequest: { publicKey: { content: string }; proofOfPossession: string };
      };
      let claims: Record<string, unknown>;
      try {
        claims = verifyToken(request.credentials.oidcIdentityToken);
      } catch (error) {
        return answer(res, 401, { message: (error as Error).message });
      }
      const publicKey = createPublicKey(request.publicKeyRequest.publicKey.content);
      const proof = Buffer.from(request.publicKeyRequest.proofOfPossession, 'base64');
      if (!verify('sha256', Buffer.from(String(claims.sub)), publicKey, proof))
        return answer(res, 400, { message: 'the proof of possession does not verify' });
      const leaf = await issue(publicKey, `https://github.com/${String(claims.job_workflow_ref)}`);
      answer(res, 201, {
        signedCertificateEmbeddedSct: { chain: { certificates: [leaf, rootPem] } },
      });
    })().catch((error) => answer(res, 500, { message: String(error) }));
  });

  const rekor = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || req.url !== '/api/v1/log/entries')
        return answer(res, 404, { message: 'not found' });
      const entry = (await readBody(req)) as { kind: string };
      stand.entries.push(entry);
      const logIndex = stand.entries.length - 1;
      const canonicalBody = Buffer.from(canonical(entry));
      const body = canonicalBody.toString('base64');
      leaves.push(leafHash(canonicalBody));
      const rootHash = treeHash(leaves);
      // A checkpoint as Rekor signs it: a signed note whose key hint is the log ID's first bytes.
      const name = 'stand-in-rekor';
      const origin = `${name} - 1`;
      const note = `${origin}\n${leaves.length}\n${rootHash.toString('base64')}\n`;
      const noteSignature = sign('sha256', Buffer.from(note), rekorKeys.privateKey);
      const hint = Buffer.from(logID, 'hex').subarray(0, 4);
      const checkpoint = `${note}\n\u2014 ${name} ${Buffer.concat([hint, noteSignature]).toString('base64')}\n`;
      const integratedTime = Math.floor(Date.now() / 1000);
      const set = sign(
        'sha256',
        Buffer.from(canonical({ body, integratedTime, logID, logIndex })),
        rekorKeys.privateKey,
      );
      const uuid = createHash('sha256').update(body).digest('hex');
      answer(res, 201, {
        [uuid]: {
          body,
          integratedTime,
          logID,
          logIndex,
          verification: {
            signedEntryTimestamp: set.toString('base64'),
            inclusionProof: {
              logIndex,
              treeSize: leaves.length,
              rootHash: rootHash.toString('hex'),
              hashes: auditPath(logIndex, leaves).map((h) => h.toString('hex')),
              checkpoint,
            },
          },
        },
      });
    })().catch((error) => answer(res, 500, { message: String(error) }));
  });

  const [fulcioPort, rekorPort] = await Promise.all([
    listen(fulcio, '127.0.0.1'),
    listen(rekor, '127.0.0.1'),
  ]);
  fulcio.unref();
  rekor.unref();
  issuer = `http://127.0.0.1:${fulcioPort}/oidc`;
  return Object.assign(stand, {
    issuer,
    fulcioUrl: `http://127.0.0.1:${fulcioPort}`,
    rekorUrl: `http://127.0.0.1:${rekorPort}`,
    rootFile,
    rekorKeyFile,
    token(workflowRef: string) {
      const now = Math.floor(Date.now() / 1000);
      const head = base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT' }));
      const body = base64url(
        JSON.stringify({
          iss: issuer,
          aud: 'sigstore',
          sub: `repo:${workflowRef.split('/.github/')[0]}:ref:${workflowRef.split('@')[1]}`,
          job_workflow_ref: workflowRef,
          iat: now,
          exp: now + 300,
        }),
      );
      const signature = sign('sha256', Buffer.from(`${head}.${body}`), {
        key: issuerKeys.privateKey,
        dsaEncoding: 'ieee-p1363',
      });
      return `${head}.${body}.${base64url(signature)}`;
    },
    async trustedRoot() {
      const path = join(dir, 'trusted_root.json');
      const der = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
      const start = new Date(Date.now() - 3600_000).toISOString();
      await writeFile(
        path,
        JSON.stringify({
          mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
          tlogs: [
            {
              baseUrl: `http://127.0.0.1:${rekorPort}`,
              hashAlgorithm: 'SHA2_256',
              publicKey: {
                rawBytes: rekorKeys.publicKey
                  .export({ type: 'spki', format: 'der' })
                  .toString('base64'),
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: { start },
              },
              logId: { keyId: Buffer.from(logID, 'hex').toString('base64') },
            },
          ],
          certificateAuthorities: [
            {
              subject: { organization: 'stand-in-sigstore', commonName: 'stand-in-fulcio-root' },
              uri: `http://127.0.0.1:${fulcioPort}`,
              certChain: { certificates: [{ rawBytes: der(rootPem) }] },
              validFor: { start },
            },
          ],
          ctlogs: [],
          timestampAuthorities: [],
        }),
      );
      return path;
    },
    async stop() {
      await Promise.all([closeServer(fulcio), closeServer(rekor)]);
      await removeTempDir(dir);
    },
  });
}
