import { describe, expect, it } from '@jest/globals';
import { awsError } from '../../../src/credentials/ecr.js';

/** An error as the AWS SDK throws it for a service's refusal. */
function refusal(name: string, message: string, status: number): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
  });
}

const W = 'Registry ecr (.github/registries.yml line 3)';
const KEYS = { accessKeyId: 'AKIA', secretAccessKey: 's' };

describe('awsError: what an AWS refusal tells the user', () => {
  it.each<[string, Error, string]>([
    [
      'STS refusing the OIDC token',
      refusal('InvalidIdentityToken', 'Incorrect token audience', 400),
      `${W}: STS failed: InvalidIdentityToken: Incorrect token audience; check the role's trust policy: it must trust token.actions.githubusercontent.com for this repository, audience sts.amazonaws.com`,
    ],
    [
      'STS refusing the role',
      refusal('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403),
      `${W}: STS failed: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity; the AWS identity may not call it: allow ecr:GetAuthorizationToken (and sts:AssumeRoleWithWebIdentity for a role)`,
    ],
    [
      'expired session keys',
      refusal(
        'ExpiredTokenException',
        'The security token included in the request is expired',
        403,
      ),
      `${W}: STS failed: ExpiredTokenException: The security token included in the request is expired; the AWS credentials were refused: check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or the role`,
    ],
    [
      'an answer the SDK could not read',
      Object.assign(new SyntaxError('Unexpected token <'), { $metadata: { httpStatusCode: 502 } }),
      `${W}: STS failed: HTTP 502`,
    ],
  ])('%s', (_title, error, expected) => {
    expect(awsError(W, 'STS', error, KEYS).message).toBe(expected);
  });

  it('keeps messages to one line', () => {
    const message = awsError(
      W,
      'ECR',
      refusal('Throttling', 'slow\ndown\r\nplease', 400),
      KEYS,
    ).message;
    expect(message).toBe(`${W}: ECR failed: Throttling: slow down please`);
  });
});
