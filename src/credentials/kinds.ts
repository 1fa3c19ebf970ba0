/**
 * What each kind of registry is (DESIGN §2): its well-known domain, its fixed username, the ECR
 * domain forms. One table for the registries file, credential resolution and the report.
 */

export type RegistryKind = 'dockerhub' | 'ghcr' | 'gcr' | 'gar' | 'ecr' | 'acr' | 'quay' | 'other';

/** Kinds whose registry lives at one well-known domain. */
export const IMPLIED_DOMAINS: Partial<Record<RegistryKind, string>> = {
  dockerhub: 'docker.io',
  ghcr: 'ghcr.io',
  gcr: 'gcr.io',
  quay: 'quay.io',
};

/** Kinds whose registries take an access token with a fixed username. */
export const DEFAULT_USERNAMES: Partial<Record<RegistryKind, string>> = {
  gar: 'oauth2accesstoken',
  gcr: 'oauth2accesstoken',
};

/**
 * The ECR registry domains: `ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]` and the dual-stack
 * `ACCOUNT.dkr-ecr[-fips].REGION.on.aws`.
 */
const ECR_DOMAIN =
  /^(\d{12})\.(?:dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?|dkr-ecr(?:-fips)?\.([a-z0-9-]+)\.on\.aws)$/;

/** The account and region an ECR domain names; undefined for any other domain. */
export function ecrDomainParts(domain: string): { accountId: string; region: string } | undefined {
  const match = ECR_DOMAIN.exec(domain.replace(/:\d+$/, '').toLowerCase());
  return match ? { accountId: match[1], region: match[2] ?? match[3] } : undefined;
}

/** The kind of registry a domain is, for registries reached without an integration. */
export function kindOfDomain(domain: string): RegistryKind {
  const host = domain.toLowerCase().replace(/:\d+$/, '');
  if (host === 'docker.io') return 'dockerhub';
  if (host === 'ghcr.io') return 'ghcr';
  if (host === 'gcr.io' || host.endsWith('.gcr.io')) return 'gcr';
  if (host.endsWith('-docker.pkg.dev')) return 'gar';
  if (ecrDomainParts(host) || host === 'public.ecr.aws') return 'ecr';
  if (host.endsWith('.azurecr.io')) return 'acr';
  if (host === 'quay.io') return 'quay';
  return 'other';
}
