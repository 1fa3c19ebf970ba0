import { Authenticator } from './authenticator.js';
import { parseRegistryErrors } from './registry-errors.js';
import { BodyLimit } from '../http/limits.js';
import { Transport } from '../http/transport.js';
import { readBounded } from '../http/read.js';
import type { RequestPace } from './pace.js';
import type { RegistryEndpoint, RegistryHost } from './endpoint.js';
import { Repository } from './repository.js';

export type { RegistryEndpoint };

/** One registry host: its auth state and its connection pool are shared by all its repositories. */
export class RegistryClient implements RegistryHost {
  readonly baseUrl: string;
  readonly auth: Authenticator;
  /** The host's request rate, when an integration caps it (set by the session, per host). */
  pace?: RequestPace;

  constructor(
    readonly endpoint: RegistryEndpoint,
    readonly transport: Transport,
  ) {
    this.baseUrl = `${endpoint.insecure ? 'http' : 'https'}://${endpoint.host}`;
    this.auth = new Authenticator(transport, this.baseUrl, endpoint.label, endpoint.credentials);
  }

  get label(): string {
    return this.endpoint.label;
  }

  /**
   * A repository handle whose requests all carry one token: `pull` (and `push` for a target),
   * plus `pull` on each repository blobs may be mounted from, so a copy mints one token per side.
   */
  repository(name: string, access: { push?: boolean; mountFrom?: string[] } = {}): Repository {
    const scopes = [`repository:${name}:${access.push ? 'pull,push' : 'pull'}`];
    for (const source of access.mountFrom ?? []) {
      if (source !== name) scopes.push(`repository:${source}:pull`);
    }
    return new Repository(this, name, scopes);
  }

  /**
   * Upload sessions open now, with the `Authorization` they were opened with: a cancelled step
   * cancels them (DELETE) instead of leaving the registry to expire them.
   */
  readonly uploads = new Set<{ url: string; authorization?: string }>();

  /**
   * Cancels the open upload sessions, best effort, each within `timeoutMs` (the transport's own
   * signal is aborted by then: these requests carry a deadline of their own). Says how many were
   * open and how many the registry cancelled: distribution, for one, lets only an identity with
   * full access (`*`) cancel an upload under token auth, and expires the others itself.
   */
  async cancelUploads(timeoutMs: number): Promise<{ open: number; cancelled: number }> {
    const open = [...this.uploads];
    this.uploads.clear();
    const results = await Promise.allSettled(
      open.map(async ({ url, authorization }) => {
        const own = new URL(url).origin === new URL(this.baseUrl).origin;
        const headers: Record<string, string> = own && authorization ? { authorization } : {};
        const res = await this.transport.send({
          method: 'DELETE',
          url,
          headers,
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await readBounded(res.body, BodyLimit.errorBody).catch(() => Buffer.alloc(0));
        // Gone either way: cancelled now, or unknown to the registry already.
        if (res.status < 300) return;
        const codes = parseRegistryErrors(text.toString('utf8')).map((e) => e.code);
        if (res.status === 404 && codes.includes('BLOB_UPLOAD_UNKNOWN')) return;
        // Distribution refuses (BLOB_UPLOAD_INVALID) a session whose bytes have moved past the
        // state its URL carries, as an upload cut off mid-body leaves it.
        throw new Error(`HTTP ${res.status} ${codes.join(', ')}`);
      }),
    );
    return { open: open.length, cancelled: results.filter((r) => r.status === 'fulfilled').length };
  }

  /** Whether two endpoints are the same registry, so blobs can be mounted between them. */
  sameRegistry(other: RegistryHost): boolean {
    return this.baseUrl === other.baseUrl;
  }
}
