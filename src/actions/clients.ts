import { RegistryClient, type RegistryEndpoint } from '../registry/client.js';
import { DEFAULT_RETRY } from '../registry/bounds.js';
import { Transport } from '../registry/http.js';

/**
 * The registry clients of one step: one connection pool, and one client per host and identity,
 * so a token minted for a repository serves every request that needs it.
 */
export class Clients {
  readonly transport: Transport;
  private readonly clients = new Map<string, RegistryClient>();

  constructor(debug: (message: string) => void) {
    this.transport = new Transport(DEFAULT_RETRY, undefined, debug);
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
