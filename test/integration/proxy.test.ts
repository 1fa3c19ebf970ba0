import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { promote } from '../../src/actions/promote/index.js';
import { runWith } from '../helpers/io.js';
import { getManifest, pushImage } from '../helpers/images.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { closeServer, listen } from '../helpers/util.js';

// Behind a corporate proxy, HTTP(S)_PROXY is honoured as Docker and crane honour it: every
// registry request (token service included) goes through the proxy's tunnels.
let reg: TestRegistry;
let proxy: Server;
let proxyPort: number;
const tunnels: string[] = [];

beforeAll(async () => {
  reg = await startRegistry({ auth: 'token', users: { pat: { password: 'pat-secret-pw' } } });
  proxy = createServer((_req, res) => {
    res.writeHead(405);
    res.end('tunnels only');
  });
  proxy.on('connect', (req, socket, head) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  proxyPort = await listen(proxy, '127.0.0.1');
}, 60_000);

afterAll(async () => {
  await Promise.all([reg?.stop(), proxy && closeServer(proxy)]);
});

it('sends every request through HTTP_PROXY', async () => {
  const image = await pushImage(reg, 'proxied/app', '1', { layers: 1, layerSize: 1000 });
  const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
  process.env.HTTP_PROXY = `http://127.0.0.1:${proxyPort}`;
  process.env.NO_PROXY = '';
  try {
    const io = await runWith(
      promote,
      {
        candidate: `${reg.host}/proxied/app:1`,
        tag: 'via-proxy',
        registries: `registries:\n  - name: r\n    domain: ${reg.host}\n    credentials: { username: pat, password: { env: PAT_PW } }\n`,
      },
      { PAT_PW: 'pat-secret-pw' },
    );
    expect(io.failed).toBeUndefined();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  const realm = new URL(reg.realm!);
  expect(new Set(tunnels)).toEqual(new Set([reg.host, realm.host]));
  expect((await getManifest(reg, 'proxied/app', 'via-proxy')).digest).toBe(image.digest);
});
