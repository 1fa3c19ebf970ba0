import { describe, expect, it } from '@jest/globals';
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
});
