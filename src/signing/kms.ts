import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { UserError } from '../errors.js';
import { awsError, awsIdentity, endpointFor } from '../credentials/ecr.js';
import { awsClientOptions, withinAwsDeadline } from '../credentials/aws-http.js';
import { describeKey, fingerprint, verifiesWith, type ImageSigner } from './signer.js';

/**
 * Signing with an AWS KMS key, as cosign's `--key awskms:///<key>`: KMS signs the SHA-256 digest
 * of what is signed (MessageType DIGEST, so no 4 KB limit), and the public key it gives checks
 * the signatures found on the target. ECDSA P-256 signs with ECDSA_SHA_256; RSA keys with
 * RSASSA_PKCS1_V1_5_SHA_256, which `cosign verify --key <exported PEM>` expects of RSA. Endpoints
 * and credentials as for ECR (DESIGN §2): `AWS_ENDPOINT_URL_KMS`, else `AWS_ENDPOINT_URL`, the
 * environment's keys, a web identity token file, or the SDK's chain. The SDK is loaded only here.
 */

const PERMISSION = 'kms:GetPublicKey and kms:Sign on the key';

export interface KmsKey {
  keyId: string;
  /** `awskms://host:port/key`: cosign's way to name an endpoint in the URI. */
  endpoint?: string;
  region?: string;
}

/** `awskms:///<key id, alias/NAME or ARN>`, or `awskms://<host[:port]>/<key>`. */
export function parseKmsUri(uri: string): KmsKey {
  const match = /^awskms:\/\/([^/]*)\/(.+)$/.exec(uri.trim());
  if (!match) {
    throw new UserError(
      `Input sign_key: "${uri}" is not an AWS KMS key: use awskms:///<key id, alias/NAME or key ARN>`,
    );
  }
  const [, host, keyId] = match;
  const region = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):/.exec(keyId)?.[1];
  return {
    keyId,
    ...(host
      ? { endpoint: `${/^(localhost|127\.|\[::1\])/.test(host) ? 'http' : 'https'}://${host}` }
      : {}),
    ...(region ? { region } : {}),
  };
}

/** By the public key itself (not every KMS answers `KeySpec`), among those the key offers. */
function signingAlgorithm(key: KeyObject, offered: string[]): string | undefined {
  const pick = (algorithm: string) =>
    offered.length === 0 || offered.includes(algorithm) ? algorithm : undefined;
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    return pick('ECDSA_SHA_256');
  if (key.asymmetricKeyType === 'rsa') return pick('RSASSA_PKCS1_V1_5_SHA_256');
  return undefined;
}

export async function kmsSigner(uri: string, env: NodeJS.ProcessEnv): Promise<ImageSigner> {
  const key = parseKmsUri(uri);
  const where = `Input sign_key (${uri})`;
  const region = key.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
  if (!region) {
    throw new UserError(
      `${where}: no AWS region: give the key's ARN, or set AWS_REGION (aws-actions/configure-aws-credentials does)`,
    );
  }
  const identity = await awsIdentity(where, { region }, env);
  const { KMSClient, GetPublicKeyCommand, SignCommand } = await import('@aws-sdk/client-kms');
  const client = new KMSClient({
    region,
    ...(identity ? { credentials: identity } : {}),
    ...(key.endpoint ? { endpoint: key.endpoint } : endpointFor('KMS', env)),
    ...(await awsClientOptions('KMS')),
  });
  let publicKey: KeyObject;
  let algorithm: string | undefined;
  try {
    const command = new GetPublicKeyCommand({ KeyId: key.keyId });
    const answer = await withinAwsDeadline('KMS', (abortSignal) =>
      client.send(command, { abortSignal }),
    );
    if (answer.KeyUsage && answer.KeyUsage !== 'SIGN_VERIFY') {
      throw new UserError(`${where}: the key's usage is ${answer.KeyUsage}, not SIGN_VERIFY`);
    }
    if (!answer.PublicKey) throw new UserError(`${where}: KMS GetPublicKey returned no key`);
    publicKey = createPublicKey({
      key: Buffer.from(answer.PublicKey),
      format: 'der',
      type: 'spki',
    });
    algorithm = signingAlgorithm(publicKey, answer.SigningAlgorithms ?? []);
    if (!algorithm) {
      throw new UserError(
        `${where}: the key is ${answer.KeySpec ?? describeKey(publicKey)}; cosign's signatures need ECC_NIST_P256 or an RSA key`,
      );
    }
  } catch (error) {
    client.destroy();
    if (error instanceof UserError) throw error;
    throw awsError(where, `KMS GetPublicKey in ${region}`, error, identity, PERMISSION);
  }
  return {
    mode: 'kms',
    label: `AWS KMS key ${key.keyId} (${describeKey(publicKey)}, ${fingerprint(publicKey)})`,
    signer: {
      async sign(data: Buffer) {
        let answer;
        try {
          const command = new SignCommand({
            KeyId: key.keyId,
            Message: createHash('sha256').update(data).digest(),
            MessageType: 'DIGEST',
            SigningAlgorithm: algorithm as 'ECDSA_SHA_256',
          });
          answer = await withinAwsDeadline('KMS', (abortSignal) =>
            client.send(command, { abortSignal }),
          );
        } catch (error) {
          throw awsError(where, `KMS Sign in ${region}`, error, identity, PERMISSION);
        }
        if (!answer.Signature) throw new UserError(`${where}: KMS Sign returned no signature`);
        return {
          signature: Buffer.from(answer.Signature),
          key: {
            $case: 'publicKey',
            publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
            hint: '',
          },
        };
      },
    },
    witnesses: () => [],
    owns: (found) => !found.certificate && verifiesWith(publicKey, found.data, found.signature),
    close: () => client.destroy(),
  };
}
