/**
 * The Action's `PullRequestDiff`: the pull request's files and patches from the REST API (one
 * listing, fetched when the agent first asks and kept). GitHub leaves out the patch of large or
 * binary files; those answer null.
 */
import type { PullRequestGateway } from '../github/gateway.js';
import type { PullRequestDiff } from '../query/port.js';

export function apiDiffSource(gw: Pick<PullRequestGateway, 'listPullRequestFiles'>, prNumber: number): PullRequestDiff {
  let listing: ReturnType<PullRequestGateway['listPullRequestFiles']> | undefined;
  const load = () => (listing ??= gw.listPullRequestFiles(prNumber));
  return {
    async files() {
      return (await load()).map((f) => ({ path: f.path, status: f.status }));
    },
    async diff(path) {
      const f = (await load()).find((x) => x.path === path);
      // The API's patch starts at the first hunk; a header makes it a unified diff like git's.
      return f?.patch ? `--- a/${f.path}\n+++ b/${f.path}\n${f.patch}` : null;
    },
  };
}
