/**
 * A problem the user can fix: bad input, a registry that refused, a missing file.
 * The action wrapper reports these as a plain message; anything else is a bug and keeps its stack.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** A place in a file a problem is at: GitHub shows it on that line of the pull request. */
export interface FileLocation {
  file: string;
  line: number;
  message: string;
}

/** A user error in a file the user wrote (the registries file): each problem with its line. */
export class FileError extends UserError {
  override name = 'FileError';
  constructor(
    message: string,
    readonly locations: FileLocation[],
  ) {
    super(message);
  }
}

export interface RegistryErrorDetails {
  /** The error a network failure was turned into a message from: retries look through to it. */
  cause?: unknown;
  /** The registry's `Retry-After`, so a caller retrying a whole transfer waits as it was told. */
  retryAfterMs?: number;
}

/** An error answered by a registry, with what a user needs to act on it. */
export class RegistryError extends UserError {
  override name = 'RegistryError';
  readonly retryAfterMs?: number;
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
    details: RegistryErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.retryAfterMs = details.retryAfterMs;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
