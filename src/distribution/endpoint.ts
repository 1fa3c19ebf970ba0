import type { Credentials } from '../credentials/credentials.js';
import type { Transport } from '../http/transport.js';
import type { Authenticator } from './authenticator.js';
import type { RequestPace } from './pace.js';

/** Where a registry is and how to speak to it (credentials/resolve.ts's Endpoint is one). */
export interface RegistryEndpoint {
  host: string;
  insecure: boolean;
  credentials?: Credentials;
  /** How messages name it: the integration's name, or the domain and how it was reached. */
  label: string;
  /** Added to a refusal (401/403): e.g. another integration that serves the same domain. */
  refusalHint?: string;
  /** The integration's `requests_per_second`: every request to the host keeps to it. */
  requestsPerSecond?: number;
}

/**
 * What a repository handle needs of its registry: the host's address, auth state, connection
 * pool, open upload sessions and pace, shared by every repository of it (client.ts's
 * RegistryClient is it).
 */
export interface RegistryHost {
  readonly endpoint: RegistryEndpoint;
  readonly baseUrl: string;
  readonly label: string;
  readonly auth: Authenticator;
  readonly transport: Transport;
  /** Upload sessions open now, with the `Authorization` they were opened with. */
  readonly uploads: Set<{ url: string; authorization?: string }>;
  /** The host's request rate, when an integration caps it. */
  readonly pace?: RequestPace;
  /** Whether two are the same registry, so blobs can be mounted between them. */
  sameRegistry(other: RegistryHost): boolean;
}
