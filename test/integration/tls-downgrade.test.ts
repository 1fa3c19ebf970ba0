import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Agent } from 'undici';
import { RegistryClient } from '../../src/distribution/client.js';
import { Transport } from '../../src/http/transport.js';
import { closeServer, listen, makeTempDir, removeTempDir, run } from '../helpers/util.js';

// A registry over TLS must not hand credentials, or follow the client, onto plain HTTP: a server
// on loopback with a certificate made here plays such a registry; another, plain, counts what
// reaches it.
let dir: string;
let tlsServer: HttpsServer;
let plainServer: HttpServer;
let tlsHost: string;
let plainOrigin: string;
let ca: Buffer;
const plainRequests: { url?: string; authorization?: string }[] = [];
const credentials = { username: 'tls', password: 'tls-secret-pw' };

beforeAll(async () => {
  dir = await makeTempDir('tls-');
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  // prettier-ignore
  await run('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1',
  ]);
  ca = await readFile(certFile);
  plainServer = createHttpServer((req, res) => {
    plainRequests.push({ url: req.url, authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"token":"plain-token"}');
  });
  plainOrigin = `http://127.0.0.1:${await listen(plainServer, '127.0.0.1')}`;
  tlsServer = createHttpsServer({ key: await readFile(keyFile), cert: ca }, (req, res) => {
    if (req.url === '/v2/') {
      // Its token service is named at a plain-HTTP address.
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="${plainOrigin}/token",service="tls"`,
      });
      res.end();
    } else {
      res.writeHead(307, { location: `${plainOrigin}${req.url}` });
      res.end();
    }
  });
  tlsHost = `127.0.0.1:${await listen(tlsServer, '127.0.0.1')}`;
}, 30_000);

afterAll(async () => {
  await Promise.all([tlsServer && closeServer(tlsServer), plainServer && closeServer(plainServer)]);
  if (dir) await removeTempDir(dir);
});

const transport = () => new Transport({ dispatcher: new Agent({ connect: { ca } }) });

describe('TLS is not given up half-way', () => {
  it('refuses a redirect from HTTPS to plain HTTP', async () => {
    const t = transport();
    try {
      await expect(
        t.send({ method: 'GET', url: `https://${tlsHost}/v2/team/app/blobs/sha256:abc` }),
      ).rejects.toThrow(`https://${tlsHost} redirected to ${plainOrigin}, which is not HTTPS`);
      expect(plainRequests).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('refuses to send credentials to a token service on plain HTTP', async () => {
    const t = transport();
    try {
      const repo = new RegistryClient(
        { host: tlsHost, insecure: false, credentials, label: 'tls-reg' },
        t,
      ).repository('team/app');
      await expect(repo.headManifest('1')).rejects.toThrow(
        `tls-reg: the registry asks for credentials at ${plainOrigin}, which is not HTTPS; refused`,
      );
      expect(plainRequests).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
