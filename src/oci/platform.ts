import { UserError } from '../errors.js';
import type { Platform } from './manifest.js';

/**
 * `os/architecture[/variant]`, as docker, buildx and containerd write them, in any case (containerd
 * lowercases: `Linux/AMD64` is linux/amd64). A variant is a word (`v8`); a dotted third part is a
 * Windows OS version (`windows/amd64/10.0.17763`), which no platform string carries: refused.
 */
const PLATFORM_RE = /^([a-z0-9_-]+)\/([a-z0-9_-]+)(?:\/([a-z0-9_-]+))?$/i;

/**
 * A platform of an input, for build (`platform`) and promote (`platforms`) alike; `input` names
 * the input in the message.
 */
export function parsePlatform(text: string, input: string): Platform {
  const match = PLATFORM_RE.exec(text.trim());
  if (!match) {
    const osVersion = /^[a-z0-9_-]+\/[a-z0-9_-]+\/\d+(\.\d+)+$/i.test(text.trim());
    throw new UserError(
      `Input ${input}: "${text}" is not a platform; write os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8${osVersion ? ' (an OS version such as 10.0.17763 is not a variant)' : ''}`,
    );
  }
  const [, os, architecture, variant] = match;
  return {
    os: os.toLowerCase(),
    architecture: architecture.toLowerCase(),
    ...(variant ? { variant: variant.toLowerCase() } : {}),
  };
}

/** containerd's defaults: arm64 means v8, arm means v7, amd64 means v1. */
const DEFAULT_VARIANT: Record<string, string> = { arm64: 'v8', arm: 'v7', amd64: 'v1' };

export function platformMatches(wanted: Platform, actual: Platform | undefined): boolean {
  if (!actual || actual.os !== wanted.os || actual.architecture !== wanted.architecture) {
    return false;
  }
  const fallback = DEFAULT_VARIANT[wanted.architecture];
  if (!wanted.variant && !fallback) return true;
  return (wanted.variant ?? fallback) === (actual.variant ?? fallback);
}
