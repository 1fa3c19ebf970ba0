import { readFile } from 'node:fs/promises';
import { githubOidcToken } from './github-oidc.js';
import { UserError } from '../errors.js';
import { escapeLogText } from '../log-text.js';
import { maskCredentials, maskSecret } from '../secrets.js';
import { describeIntegration, type AwsSettings, type Integration } from './registries-file.js';
import { type Credentials } from './credentials.js';
import { StepCache } from './step-cache.js';
import { awsBoundFailure, awsClientOptions, withinAwsDeadline } from './aws-http.js';

/**
 * ECR's registry password, minted by the step (DESIGN §2): `GetAuthorizationToken` with AWS
 * credentials from the environment (as aws-actions/configure-aws-credentials leaves them), a web
 * identity token file, the role `role_arn` assumed with the GitHub OIDC token, or the SDK's own
 * chain (shared config files, container and instance credentials). The AWS SDK is loaded only
 * here, when an ECR integration is used: other steps do not pay for loading it.
 */

/** A token is minted anew this long before it expires (ECR's live 12 hours). */
export const REFRESH_MARGIN_MS = 5 * 60_000;
const STS_AUDIENCE = 'sts.amazonaws.com';
const ROLE_SECONDS = 3600;

/** What the SDK signs requests with. */
export interface AwsCredentialIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

interface MintedToken {
  credentials: Credentials;
  /** Epoch ms. */
  expiresAt: number;
}

/** Tokens of one step; one whose expiry has passed (a skewed clock) serves its request alone. */
const tokens = new StepCache<MintedToken>((token) => token.expiresAt - REFRESH_MARGIN_MS);

/** `AWS_ENDPOINT_URL_<SERVICE>`, else `AWS_ENDPOINT_URL`, as the SDKs read them. */
export function endpointFor(
  service: 'ECR' | 'STS' | 'KMS',
  env: NodeJS.ProcessEnv,
): { endpoint?: string } {
  const url = env[`AWS_ENDPOINT_URL_${service}`] || env.AWS_ENDPOINT_URL;
  return url ? { endpoint: url } : {};
}

/** The username and password for the ECR registry of `integration`, minted once per step. */
export async function ecrCredentials(
  integration: Integration,
  aws: AwsSettings,
  env: NodeJS.ProcessEnv,
): Promise<Credentials> {
  const key = JSON.stringify([integration.domain, aws]);
  return (await tokens.get(env, key, () => mintToken(integration, aws, env))).credentials;
}

async function mintToken(
  integration: Integration,
  aws: AwsSettings,
  env: NodeJS.ProcessEnv,
): Promise<MintedToken> {
  const where = `Registry ${describeIntegration(integration)}`;
  const identity = await awsIdentity(where, aws, env);
  const { ECRClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr');
  const client = new ECRClient({
    region: aws.region,
    ...(identity ? { credentials: identity } : {}),
    ...endpointFor('ECR', env),
    ...(await awsClientOptions('ECR')),
  });
  let data;
  try {
    const command = new GetAuthorizationTokenCommand(
      aws.accountId ? { registryIds: [aws.accountId] } : {},
    );
    const answer = await withinAwsDeadline('ECR', (abortSignal) =>
      client.send(command, { abortSignal }),
    );
    data = answer.authorizationData?.[0];
  } catch (error) {
    throw awsError(where, `ECR GetAuthorizationToken in ${aws.region}`, error, identity);
  } finally {
    client.destroy();
  }
  const token = data?.authorizationToken;
  if (!token) throw new UserError(`${where}: ECR GetAuthorizationToken returned no token`);
  maskSecret(token);
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) throw new UserError(`${where}: the ECR token is not base64 of user:password`);
  const password = decoded.slice(colon + 1);
  maskCredentials(decoded.slice(0, colon), password);
  return {
    credentials: {
      username: decoded.slice(0, colon),
      password,
      source: `the ECR token minted for ${where.replace(/^Registry /, 'registry ')}`,
    },
    expiresAt: data?.expiresAt ? new Date(data.expiresAt).getTime() : Date.now() + 3600_000,
  };
}

/**
 * The AWS credentials to call ECR with: the role assumed with the GitHub OIDC token when
 * `role_arn` is given; else the environment's keys; else a web identity token file; undefined
 * for the SDK's default chain (which reads the process environment).
 */
export async function awsIdentity(
  where: string,
  aws: AwsSettings,
  env: NodeJS.ProcessEnv,
): Promise<AwsCredentialIdentity | undefined> {
  if (aws.roleArn) {
    const token = await githubOidcToken(env, STS_AUDIENCE, where);
    const session = aws.roleSessionName ?? `image-actions-${env.GITHUB_RUN_ID || Date.now()}`;
    return assumeRole(where, aws, env, aws.roleArn, session, token);
  }
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (accessKeyId && secretAccessKey) {
    maskSecret(secretAccessKey);
    maskSecret(env.AWS_SESSION_TOKEN);
    return {
      accessKeyId,
      secretAccessKey,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  }
  const tokenFile = env.AWS_WEB_IDENTITY_TOKEN_FILE;
  if (tokenFile && env.AWS_ROLE_ARN) {
    let token: string;
    try {
      token = (await readFile(tokenFile, 'utf8')).trim();
    } catch (error) {
      throw new UserError(
        `${where}: cannot read AWS_WEB_IDENTITY_TOKEN_FILE ${tokenFile} (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    }
    maskSecret(token);
    const session = env.AWS_ROLE_SESSION_NAME || `image-actions-${Date.now()}`;
    return assumeRole(where, aws, env, env.AWS_ROLE_ARN, session, token);
  }
  return undefined;
}

async function assumeRole(
  where: string,
  aws: AwsSettings,
  env: NodeJS.ProcessEnv,
  roleArn: string,
  sessionName: string,
  webIdentityToken: string,
): Promise<AwsCredentialIdentity> {
  const { STSClient, AssumeRoleWithWebIdentityCommand } = await import('@aws-sdk/client-sts');
  const client = new STSClient({
    region: aws.region,
    ...endpointFor('STS', env),
    ...(await awsClientOptions('STS')),
  });
  let answer;
  try {
    const command = new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn,
      RoleSessionName: sessionName,
      WebIdentityToken: webIdentityToken,
      DurationSeconds: ROLE_SECONDS,
    });
    answer = await withinAwsDeadline('STS', (abortSignal) => client.send(command, { abortSignal }));
  } catch (error) {
    throw awsError(where, `STS AssumeRoleWithWebIdentity of ${roleArn}`, error, undefined);
  } finally {
    client.destroy();
  }
  const issued = answer.Credentials;
  if (!issued?.AccessKeyId || !issued.SecretAccessKey) {
    throw new UserError(
      `${where}: STS AssumeRoleWithWebIdentity of ${roleArn} returned no credentials`,
    );
  }
  maskSecret(issued.SecretAccessKey);
  maskSecret(issued.SessionToken);
  return {
    accessKeyId: issued.AccessKeyId,
    secretAccessKey: issued.SecretAccessKey,
    ...(issued.SessionToken ? { sessionToken: issued.SessionToken } : {}),
  };
}

/** What to do about an AWS refusal, by its error name. */
function hint(
  name: string,
  identity: AwsCredentialIdentity | undefined,
  permission: string,
): string {
  if (name === 'CredentialsProviderError') {
    return 'no AWS credentials were found: set role_arn (with permissions: id-token: write), run aws-actions/configure-aws-credentials before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';
  }
  if (/InvalidIdentityToken|IDPRejectedClaim|IDPCommunicationError/.test(name)) {
    return "check the role's trust policy: it must trust token.actions.githubusercontent.com for this repository, audience sts.amazonaws.com";
  }
  if (
    /UnrecognizedClient|InvalidClientTokenId|InvalidSignature|ExpiredToken|SignatureDoesNotMatch/.test(
      name,
    )
  ) {
    return identity
      ? 'the AWS credentials were refused: check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or the role'
      : 'the AWS credentials were refused';
  }
  if (/AccessDenied/.test(name)) {
    return `the AWS identity may not call it: allow ${permission}`;
  }
  return '';
}

/** An AWS failure in user words: what was asked, AWS's error name and message, what to do. */
export function awsError(
  where: string,
  what: string,
  error: unknown,
  identity: AwsCredentialIdentity | undefined,
  permission = 'ecr:GetAuthorizationToken (and sts:AssumeRoleWithWebIdentity for a role)',
): UserError {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const named = (error as { $fault?: string }).$fault !== undefined;
  let name = (error as { name?: string }).name ?? 'Error';
  let said: string;
  const bound = awsBoundFailure(error);
  if (bound) {
    // A bound of ours ended the call: the SDK's notes around it (a deserialization error, the
    // status of an answer that was cut off) would only hide it.
    said = bound;
  } else if (!named && status) {
    // An answer the SDK could not read (a proxy's page, say): its status is what it said.
    said = `HTTP ${status}`;
    if (status === 401 || status === 403) name = 'AccessDenied';
  } else {
    const code = (error as { code?: string }).code;
    const message = String((error as Error).message ?? error)
      .replace(/\s+/g, ' ')
      .slice(0, 300);
    said = escapeLogText(`${code && name === 'Error' ? code : name}: ${message}`);
  }
  const advice =
    status === 403 && !named
      ? hint('InvalidClientTokenId', identity, permission)
      : hint(name, identity, permission);
  return new UserError(`${where}: ${what} failed: ${said}${advice ? `; ${advice}` : ''}`);
}
