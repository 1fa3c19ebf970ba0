import type { Credentials } from '../credentials/credentials.js';

/**
 * Identity tokens (docker's `identitytoken`, what `az acr login` and helpers answering `<token>`
 * leave): OAuth2 refresh tokens, exchanged at the registry's token realm with a POST of
 * `grant_type=refresh_token`, as docker and containers/image do, instead of a GET with Basic.
 */

/** Who asks, as the token service's logs show it. */
const CLIENT_ID = 'image-actions';

/** The form of the exchange: the scopes space-separated, as docker sends them. */
export function refreshTokenForm(
  identityToken: string,
  service: string | undefined,
  scopes: string[],
): string {
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: identityToken,
    client_id: CLIENT_ID,
  });
  if (service) form.set('service', service);
  if (scopes.length) form.set('scope', scopes.join(' '));
  return form.toString();
}

/** How a token service's refusal names the identity it refused. */
export function refusedIdentity(credentials: Credentials | undefined): string {
  if (!credentials) return 'anonymous access';
  return credentials.identityToken
    ? 'the identity token'
    : `the credentials of user "${credentials.username}"`;
}

/** What to renew after a refusal: where the refused identity came from. */
export function refusalHint(credentials: Credentials | undefined): string {
  if (!credentials?.source) return '';
  return credentials.identityToken
    ? `; it may have expired or been revoked: renew ${credentials.source}`
    : `; they came from ${credentials.source}`;
}
