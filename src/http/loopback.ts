import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';

/** `localhost` and the names under it, loopback by RFC 6761 (k3d's `k3d-reg.localhost`). */
export function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * localhost and the names under it (`k3d-reg.localhost`), 127.0.0.0/8 and [::1], with any port:
 * Docker speaks plain HTTP to these, and a stand-in for an HTTPS service may sit there. Takes a
 * domain (`host:port`) or a URL's host.
 */
export function isLoopback(domain: string): boolean {
  let host: string;
  try {
    host = new URL(`http://${domain}`).hostname;
  } catch {
    return false;
  }
  return isLocalhostName(host) || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * Names under `localhost` are loopback (RFC 6761 §6.3: resolvers should answer them so, as curl
 * and browsers do); k3d names its registries `k3d-NAME.localhost`. Other names go to the system.
 */
export function loopbackLookup(hostname: string, options: LookupOptions, callback: LookupCallback) {
  if (!isLocalhostName(hostname)) {
    (dnsLookup as (name: string, o: LookupOptions, cb: LookupCallback) => void)(
      hostname,
      options,
      callback,
    );
    return;
  }
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}
