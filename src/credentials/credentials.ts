/** An identity resolved for use: what goes to the registry, or into a builder's auth file. */
export interface Credentials {
  username: string;
  /** Empty with an identity token. */
  password: string;
  /**
   * An OAuth2 refresh token (docker's `identitytoken`): exchanged at the registry's token service
   * instead of sending the username and password.
   */
  identityToken?: string;
  /** Where they came from, for the message when a registry refuses them: what to renew. */
  source?: string;
}

/** The value of a Basic `Authorization` header (and of docker's `auth` field). */
export function basicValue(credentials: Credentials): string {
  return Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
}
