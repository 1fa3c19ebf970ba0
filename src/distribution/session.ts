import { RegistryClient, type RegistryEndpoint } from './client.js';
import { DEFAULT_RETRY } from '../http/limits.js';
import { Transport } from '../http/transport.js';
import { cancelSignal } from '../host/cancel.js';

/**
 * The registry clients of one step: one connection pool, and one client per host and identity,
 * so a token minted for a repository serves every request that needs it.
 */
export class Clients {
  readonly transport: Transport;
  private readonly clients = new Map<string, RegistryClient>();

  constructor(debug: (message: string) => void) {
    // A cancelled step aborts every request of it at once.
    this.transport = new Transport(DEFAULT_RETRY, undefined, debug, cancelSignal);
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

/** Blob transfers at once: `IMAGE_ACTIONS_JOBS`, else the engine's default. */
export function jobsFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.IMAGE_ACTIONS_JOBS;
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}
