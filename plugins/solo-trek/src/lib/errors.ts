import { ResponseError } from '@backstage/errors';

export function statusOf(error: unknown): number | undefined {
  return ResponseError.is(error) ? error.statusCode : undefined;
}

export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404;
}

export function isForbidden(error: unknown): boolean {
  return statusOf(error) === 403;
}

/** The server's own message when there is one; it says what to fix. */
export function errorMessage(error: unknown): string {
  if (ResponseError.is(error)) {
    return error.cause?.message || error.message;
  }
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}

/** A request that never got an answer: the backend is down or unreachable. */
export function isNetworkError(error: unknown): boolean {
  return (
    !ResponseError.is(error) &&
    error instanceof TypeError &&
    /fetch|network/i.test(error.message)
  );
}
