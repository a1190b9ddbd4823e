/**
 * The one Octokit factory: REST client with retries (5xx, network errors) and throttling
 * (primary and secondary rate limits honoured by waiting, within a bound a CI job can afford).
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** Longest wait for a rate-limit reset. A primary limit can reset an hour away; a job that
 * sleeps that long holds a runner for nothing, so beyond this the call fails and says why. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 300;
/** Retries after a rate-limit response before giving up. */
const MAX_RATE_LIMIT_RETRIES = 3;

export interface OctokitLog {
  readonly warning: (message: string) => void;
  readonly info: (message: string) => void;
}

const ThrottledOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof ThrottledOctokit>;

export function createOctokit(opts: { token: string; baseUrl: string; userAgent: string; log: OctokitLog }): GitHubClient {
  const { log } = opts;
  const shouldWait = (kind: string, retryAfter: number, method: string, url: string, retryCount: number): boolean => {
    if (retryCount >= MAX_RATE_LIMIT_RETRIES || retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
      log.warning(`GitHub ${kind} rate limit on ${method} ${url}: not waiting ${retryAfter} s (retry ${retryCount + 1}); the call fails.`);
      return false;
    }
    log.info(`GitHub ${kind} rate limit on ${method} ${url}: waiting ${retryAfter} s before retry ${retryCount + 1}.`);
    return true;
  };
  return new ThrottledOctokit({
    auth: opts.token,
    baseUrl: opts.baseUrl,
    userAgent: opts.userAgent,
    // Octokit logs every failed request as an error; the callers decide what a failure means (a
    // fork's 403 is expected), so those lines go to the plain log, not the run's annotations.
    log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log.warning(m), error: (m: string) => log.info(m) },
    throttle: {
      onRateLimit: (retryAfter, options, _octokit, retryCount) => shouldWait('primary', retryAfter, options.method, options.url, retryCount),
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => shouldWait('secondary', retryAfter, options.method, options.url, retryCount),
    },
    retry: { retries: 3 },
  });
}
