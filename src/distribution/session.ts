import { Transport } from '../http/transport.js';
import { RegistryClient, type RegistryEndpoint } from './client.js';
import { RequestPace } from './pace.js';

export interface SessionOptions {
  /** Where retries are told about. */
  debug?: (message: string) => void;
  /** A cancelled step aborts every request of it at once. */
  signal?: AbortSignal;
}

/**
 * The registry clients of one step: one connection pool, and one client per host and identity,
 * so a token minted for a repository serves every request that needs it (go-containerregistry's
 * `remote.Puller`, regclient's `RegClient`: the library owns the session, the step opens one).
 */
export class RegistrySession {
  readonly transport: Transport;
  private readonly clients = new Map<string, RegistryClient>();
  /** Per host: the lowest `requests_per_second` any integration of it sets. */
  private readonly paces = new Map<string, RequestPace>();

  constructor({ debug, signal }: SessionOptions = {}) {
    this.transport = new Transport({ onRetry: debug, signal });
  }

  /** Cancels the upload sessions a cancelled step left open: how many were open, and cancelled. */
  async cancelUploads(timeoutMs = 3_000): Promise<{ open: number; cancelled: number }> {
    const counts = await Promise.all(
      [...this.clients.values()].map((c) => c.cancelUploads(timeoutMs)),
    );
    return {
      open: counts.reduce((n, c) => n + c.open, 0),
      cancelled: counts.reduce((n, c) => n + c.cancelled, 0),
    };
  }

  for(endpoint: RegistryEndpoint): RegistryClient {
    // Two integrations on one host are two identities even under one username (a robot account
    // per project, say): each keeps its own credentials and tokens.
    const key = JSON.stringify([
      endpoint.insecure,
      endpoint.host,
      endpoint.label,
      endpoint.credentials?.username ?? '',
    ]);
    let client = this.clients.get(key);
    if (!client) {
      client = new RegistryClient(endpoint, this.transport);
      this.clients.set(key, client);
    }
    this.pace(endpoint);
    client.pace = this.paces.get(endpoint.host);
    return client;
  }

  /** A rate one integration sets holds for every client of its host, made before or after. */
  private pace({ host, requestsPerSecond }: RegistryEndpoint): void {
    const current = this.paces.get(host);
    if (!requestsPerSecond || (current && current.perSecond <= requestsPerSecond)) return;
    const pace = new RequestPace(requestsPerSecond);
    this.paces.set(host, pace);
    for (const client of this.clients.values()) {
      if (client.endpoint.host === host) client.pace = pace;
    }
  }

  async close(): Promise<void> {
    await this.transport.close();
  }
}
