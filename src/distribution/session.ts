import { Transport } from '../http/transport.js';
import { RegistryClient, type RegistryEndpoint } from './client.js';

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
    return client;
  }

  async close(): Promise<void> {
    await this.transport.close();
  }
}
