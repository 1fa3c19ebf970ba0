import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubOidcToken } from '../../../src/credentials/github-oidc.js';
import { freePort } from '../../helpers/util.js';

const W = 'Registry ecr (.github/registries.yml line 3)';

describe('githubOidcToken', () => {
  it.each<[string, NodeJS.ProcessEnv, string]>([
    [
      'without the runner’s variables',
      {},
      `${W}: role_arn is assumed with the GitHub OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job permissions: id-token: write (GitHub Actions only), or leave out role_arn and provide AWS credentials in the environment`,
    ],
    [
      'with a URL that is not a URL',
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'not a url', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't0ken-abc' },
      `${W}: ACTIONS_ID_TOKEN_REQUEST_URL is not a URL`,
    ],
    [
      'with plain HTTP to another host (the bearer token would travel in clear)',
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://token.example.com/x',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't0ken-abc',
      },
      `${W}: ACTIONS_ID_TOKEN_REQUEST_URL is not an HTTPS URL; refused`,
    ],
  ])('fails %s', async (_title, env, message) => {
    await expect(githubOidcToken(env, 'sts.amazonaws.com', W)).rejects.toThrow(message);
  });

  it('fails on an endpoint that does not answer, after a few tries', async () => {
    const port = await freePort();
    await expect(
      githubOidcToken(
        {
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't0ken-abc',
        },
        'sts.amazonaws.com',
        W,
      ),
    ).rejects.toThrow(
      new RegExp(
        `^${W.replace(/[().]/g, '\\$&')}: cannot get the GitHub OIDC token: http://127.0.0.1:${port} cannot reach it \\(.*ECONNREFUSED`,
      ),
    );
  });

  // The OIDC loop had its own three tries, with no backoff and no budget; it is the one retry
  // loop now: backoff between tries, the step's budget of tries, and why it stopped.
  it('tries again with backoff within the retry budget, as every request does', async () => {
    let calls = 0;
    const times: number[] = [];
    const server = createServer((req, res) => {
      calls++;
      times.push(Date.now());
      if (calls <= 3) {
        res.writeHead(503).end('busy');
        return;
      }
      expect(req.headers.authorization).toBe('Bearer t0ken-abc');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ value: 'the-oidc-token' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const env = {
        ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't0ken-abc',
      };
      await expect(githubOidcToken(env, 'sts.amazonaws.com', W)).resolves.toBe('the-oidc-token');
      expect(calls).toBe(4);
      // Backoff from 200 ms (half of it at least): no try follows the last at once.
      for (let i = 1; i < times.length; i++)
        expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(90);
      calls = -100;
      await expect(githubOidcToken(env, 'sts.amazonaws.com', W)).rejects.toThrow(
        /cannot get the GitHub OIDC token: http:\/\/127\.0\.0\.1:\d+ it answered HTTP 503 \(gave up after 5 tries\)$/,
      );
    } finally {
      server.close();
    }
  });
});
