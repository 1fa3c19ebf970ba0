/**
 * buildah speaks HTTPS with verified TLS to every registry unless registries.conf marks one
 * `insecure`, and `--tls-verify=false` on a build would drop verification for all the registries
 * it pulls from. So a build that pulls from a loopback or `insecure: true` registry gets its own
 * registries.conf: the one buildah would read, with those registries, and only those, marked.
 */
export function registriesConfWithInsecure(system: string | undefined, hosts: string[]): string {
  // The v1 format cannot be extended with v2 tables; it is long deprecated, so it is left out.
  const base = system && !/^\s*\[registries\./m.test(system) ? `${system.trimEnd()}\n` : '';
  const entries = [...new Set(hosts)]
    .filter((host) => !new RegExp(`^\\s*location\\s*=\\s*"${escapeRegExp(host)}"`, 'm').test(base))
    .map((host) => `\n[[registry]]\nlocation = ${JSON.stringify(host)}\ninsecure = true\n`);
  return `${base}\n# image-actions: plain HTTP to these registries only, for this build.\n${entries.join('')}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
