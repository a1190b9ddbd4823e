/**
 * How the `LlmClient` port reports a failed request: the HTTP status (undefined when no response
 * came: a refused connection, a reset) and how long the server asked us to wait. The agent
 * retries on these alone, so the port never retries by itself.
 */
export class LlmRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    /** From `retry-after-ms` or `retry-after` (seconds or an HTTP date); undefined when absent. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = 'LlmRequestError';
  }
}

/** 429 (rate limit), 408/409 and 5xx, or no response at all: worth one more try after a pause. */
export function isRetryable(e: LlmRequestError): boolean {
  return e.status === undefined || e.status === 408 || e.status === 409 || e.status === 429 || e.status >= 500;
}

/** Reads Retry-After: milliseconds (`retry-after-ms`), seconds, or an HTTP date relative to `now`. */
export function retryAfterMs(header: (name: string) => string | null | undefined, now: number): number | undefined {
  const ms = header('retry-after-ms');
  if (ms && /^\d+(\.\d+)?$/.test(ms.trim())) return Number(ms.trim());
  const v = header('retry-after')?.trim();
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
