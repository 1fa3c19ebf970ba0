import { maskSecret } from '../../secrets.js';
import { isReportUri } from '../schema.js';

/** The commit's page on a known Git host. */
export function commitUrl(
  provider: string | null,
  repositoryUrl: string,
  sha: string,
): string | null {
  if (provider === 'github') return `${repositoryUrl}/commit/${sha}`;
  if (provider === 'gitlab') return `${repositoryUrl}/-/commit/${sha}`;
  if (provider === 'bitbucket') return `${repositoryUrl}/commits/${sha}`;
  return null;
}

/** A remote's browsable address: `url` is valid as the report's `format: uri`. */
export interface WebRemote {
  url: string;
  /** The host as URLs write it: `[::1]` for IPv6; no port. */
  host: string;
  /** The repository path, decoded: `group/my repo`. */
  path: string;
}

/** Remote schemes that name a Git host reached over SSH or the Git protocol, not over the web. */
const NON_WEB_SCHEMES = new Set(['ssh:', 'git:', 'git+ssh:', 'ssh+git:']);

/** `[user@]host:path`, Git's scp-like form; the host may be a bracketed IPv6 address. */
const SCP_FORM = /^(?:[^@/[\]]+@)?(\[[^\]/]+\]|[^@:/[\]]+):(?!\/\/)(.+)$/;

/**
 * A remote URL as a browsable address, without any credentials it carries:
 * `git@github.com:acme/app.git` and `https://token@github.com/acme/app.git` both give
 * `https://github.com/acme/app`. An http(s) remote keeps its scheme and port (a GitLab on
 * `https://host:8443` serves its pages there); an SSH or scp-like remote becomes https on the
 * default port, since an SSH port says nothing of where the web pages are. The path is
 * percent-encoded as URLs need (`my repo` → `my%20repo`). Null for local paths and for whatever
 * cannot be made into a URL the report's schema accepts.
 */
export function remoteToWeb(remote: string): WebRemote | null {
  let origin: URL | null;
  /** The path's segments, percent-encoded, and as people read them. */
  let encoded: string[];
  let readable: string[];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) {
    const url = parseUrl(remote);
    if (!url) return null;
    maskRemoteCredentials(url);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    if (!web && !NON_WEB_SCHEMES.has(url.protocol)) return null;
    // Built from scheme and host alone: user, password, query and fragment stay behind.
    origin = parseUrl(web ? `${url.protocol}//${url.host}` : `https://${url.hostname}`);
    // URL leaves some characters RFC 3986 forbids (`|`, `^`, `[`) as they are: encode them too.
    encoded = url.pathname.split('/').map(encodePathSegment);
    readable = encoded.map(decodeOrRaw);
  } else {
    const scp = SCP_FORM.exec(remote);
    // `C:\repo` or `C:/repo` is a Windows path, as Git itself reads it, not host `C`.
    if (!scp || /^[A-Za-z]:[\\/]/.test(remote)) return null;
    origin = parseUrl(`https://${scp[1]}`);
    // An scp-like path is a plain path on the server: every character in it is literal.
    readable = scp[2].split('/');
    encoded = readable.map(encodeURIComponent);
  }
  const keep = (segments: string[]) => trimGitSuffix(segments.filter(Boolean));
  encoded = keep(encoded);
  readable = keep(readable);
  if (!origin?.hostname || !encoded.length || readable.some((s) => s === '.' || s === '..')) {
    return null;
  }
  const hosted = hostedForm(origin, readable);
  if (hosted) ({ origin, readable, encoded } = hosted);
  const url = `${origin.origin}/${encoded.join('/')}`;
  if (!isReportUri(url)) return null;
  return { url, host: origin.hostname, path: readable.join('/') };
}

/**
 * Hosts whose clone paths are not their web paths, as git-url-parse reads them: Azure DevOps'
 * SSH remote `git@ssh.dev.azure.com:v3/Org/Project/Repo` is `https://dev.azure.com/Org/Project/
 * _git/Repo` (its segments percent-encoded once, as Azure writes them: decoded once here), and a
 * Bitbucket Server clone URL `https://host/scm/PROJECT/repo.git` is the repository `PROJECT/repo`
 * at `https://host/projects/PROJECT/repos/repo`.
 */
function hostedForm(
  origin: URL,
  readable: string[],
): { origin: URL; readable: string[]; encoded: string[] } | undefined {
  if (origin.hostname === 'ssh.dev.azure.com' && readable.length === 4 && readable[0] === 'v3') {
    const parts = readable.slice(1).map(decodeOrRaw);
    const web = parseUrl('https://dev.azure.com');
    if (!web) return undefined;
    const [org, project, repo] = parts.map(encodeURIComponent);
    return { origin: web, readable: parts, encoded: [org, project, '_git', repo] };
  }
  if (readable.length === 3 && readable[0] === 'scm' && origin.hostname !== 'bitbucket.org') {
    const [, project, repo] = readable;
    return {
      origin,
      readable: [project, repo],
      encoded: ['projects', encodeURIComponent(project), 'repos', encodeURIComponent(repo)],
    };
  }
  return undefined;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** `shop.git` → `shop`; a path that was only `.git` is no path. */
function trimGitSuffix(segments: string[]): string[] {
  if (!segments.length) return segments;
  const last = segments[segments.length - 1].replace(/\.git$/, '');
  return last ? [...segments.slice(0, -1), last] : segments.slice(0, -1);
}

/** A path segment as RFC 3986 allows it: what is not a pchar, and a `%` that starts no escape, encoded. */
function encodePathSegment(segment: string): string {
  return segment.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@%]/gu, (c) =>
    encodeURIComponent(c),
  );
}

function decodeOrRaw(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `https://x-access-token:<token>@host/…` and `https://<token>@host/…` are how CI systems put
 * tokens into remotes. The report drops them; masking them too keeps them out of any log line
 * that might quote the remote. A user name alone is masked only when it is long enough to be a
 * token, so that `https://git@host/…` does not redact the word "git" everywhere.
 */
function maskRemoteCredentials(url: URL): void {
  const secret = url.password || (url.username.length >= 20 ? url.username : '');
  if (!secret) return;
  maskSecret(secret);
  maskSecret(decodeOrRaw(secret));
}

/** The report's `git.provider` of a Git host. */
export function providerOf(host: string): string {
  if (host === 'github.com') return 'github';
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return 'gitlab';
  if (host === 'bitbucket.org') return 'bitbucket';
  return 'git';
}
