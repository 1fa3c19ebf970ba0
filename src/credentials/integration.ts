import { UserError } from '../errors.js';
import { maskCredentials, maskSecret } from '../secrets.js';
import { describeIntegration, type CredentialValue, type Integration } from './registries-file.js';
import { type Credentials } from './credentials.js';
import { helperCredentials, helperServerUrl, TOKEN_USERNAME } from './credential-helper.js';
import { ecrCredentials } from './ecr.js';

/**
 * The identity an integration declares (DESIGN §2), resolved when the integration is used, so a
 * job that has the secrets of just the registries it uses still works. Every secret is masked
 * the moment it is read or minted, with its base64 `user:pass` form.
 */

function readValue(
  integration: Integration,
  value: CredentialValue,
  what: string,
  env: NodeJS.ProcessEnv,
): string {
  if (typeof value === 'string') return value;
  const resolved = env[value.env];
  if (resolved === undefined || resolved === '') {
    throw new UserError(
      `Registry ${describeIntegration(integration)}: the environment variable ${value.env} that holds its ${what} is not set or is empty; pass it to the step, e.g. env: { ${value.env}: \${{ secrets.${value.env} }} }`,
    );
  }
  return resolved;
}

/**
 * The integration's credentials: its username and password, what its credential helper holds,
 * its identity token, an ECR token minted from AWS credentials, or for kind ghcr inside GitHub
 * Actions the job's `GITHUB_TOKEN`. Undefined when it declares none of these: the Docker config
 * is asked then.
 */
export async function readCredentials(
  integration: Integration,
  env: NodeJS.ProcessEnv,
): Promise<Credentials | undefined> {
  const declared = integration.credentials;
  const where = `Registry ${describeIntegration(integration)}`;
  if (integration.aws) return ecrCredentials(integration, integration.aws, env);
  if (!declared) return githubTokenCredentials(integration, env);
  if ('helper' in declared) {
    const found = await helperCredentials({
      helper: declared.helper,
      serverUrl: helperServerUrl(integration.domain),
      where,
      env,
    });
    if (!found) {
      throw new UserError(
        `${where}: the credential helper docker-credential-${declared.helper} holds no credentials for ${helperServerUrl(integration.domain)}; log in with it first`,
      );
    }
    return found;
  }
  if ('identityToken' in declared) {
    const identityToken = readValue(integration, declared.identityToken, 'identity token', env);
    maskSecret(identityToken);
    const username = declared.username
      ? readValue(integration, declared.username, 'username', env)
      : TOKEN_USERNAME;
    return {
      username,
      password: '',
      identityToken,
      source: `${declared.identityToken.env} of registry ${describeIntegration(integration)}`,
    };
  }
  const password = readValue(integration, declared.password, 'password', env);
  maskSecret(password);
  const username = readValue(integration, declared.username, 'username', env);
  maskCredentials(username, password);
  return {
    username,
    password,
    source: `the password in ${declared.password.env} of registry ${describeIntegration(integration)}`,
  };
}

/**
 * Kind ghcr declared without credentials, inside GitHub Actions: the job's token, passed to the
 * step as `env: { GITHUB_TOKEN: ${{ github.token }} }`, as the user `GITHUB_ACTOR`.
 */
function githubTokenCredentials(
  integration: Integration,
  env: NodeJS.ProcessEnv,
): Credentials | undefined {
  if (integration.kind !== 'ghcr' || env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_TOKEN) {
    return undefined;
  }
  const password = env.GITHUB_TOKEN;
  maskSecret(password);
  const username = env.GITHUB_ACTOR || 'github-actions';
  maskSecret(Buffer.from(`${username}:${password}`).toString('base64'));
  return {
    username,
    password,
    source: `GITHUB_TOKEN for registry ${describeIntegration(integration)}; the job needs permissions: packages: write to push`,
  };
}
