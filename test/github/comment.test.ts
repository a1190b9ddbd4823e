import { describe, expect, it } from 'vitest';
import { commentBody, commentKeyMarker, GITHUB_COMMENT_LIMIT, isOurComment, upsertComment, withKeyMarker } from '../../src/github/comment.js';
import { GatewayError } from '../../src/github/gateway.js';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { FakeGateway } from './fake-gateway.js';

const KEY = '.github/ml-doctor.yml';
const body = (text: string, key = KEY) => withKeyMarker(`${COMMENT_MARKER}\n## ml-doctor: ${text}\n`, key);

describe('upsertComment', () => {
  it('creates one comment when the PR has none of ours', async () => {
    const gw = new FakeGateway();
    gw.addUnrelatedComments(7, 3);
    const r = await upsertComment(gw, 7, KEY, body('pass'));
    expect(r?.action).toBe('created');
    expect(gw.commentsOn(7).filter((c) => isOurComment(c, KEY))).toHaveLength(1);
  });

  it('updates the existing comment instead of posting a new one', async () => {
    const gw = new FakeGateway();
    const first = await upsertComment(gw, 7, KEY, body('pass'));
    gw.addUnrelatedComments(7, 250);
    const second = await upsertComment(gw, 7, KEY, body('fail'));
    expect(second?.action).toBe('updated');
    expect(second?.comment.id).toBe(first?.comment.id);
    const ours = gw.commentsOn(7).filter((c) => isOurComment(c, KEY));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('## ml-doctor: fail');
    expect(gw.count('createIssueComment')).toBe(1);
  });

  it('does not edit a comment whose body is already the same', async () => {
    const gw = new FakeGateway();
    await upsertComment(gw, 7, KEY, body('pass'));
    const r = await upsertComment(gw, 7, KEY, body('pass'));
    expect(r?.action).toBe('unchanged');
    expect(gw.count('updateIssueComment')).toBe(0);
  });

  it('keeps one comment per config: another config’s comment is left alone', async () => {
    const gw = new FakeGateway();
    await upsertComment(gw, 7, 'configs/a.yml', body('pass', 'configs/a.yml'));
    await upsertComment(gw, 7, 'configs/b.yml', body('warn', 'configs/b.yml'));
    await upsertComment(gw, 7, 'configs/a.yml', body('fail', 'configs/a.yml'));
    expect(gw.commentsOn(7)).toHaveLength(2);
    expect(gw.commentsOn(7).map((c) => c.body.split('\n')[2])).toEqual(['## ml-doctor: fail', '## ml-doctor: warn']);
  });

  it('ignores a reply that quotes the marker', async () => {
    const gw = new FakeGateway();
    await gw.createIssueComment(7, `> ${body('pass')}\nI disagree`);
    await upsertComment(gw, 7, KEY, body('warn'));
    expect(gw.commentsOn(7)).toHaveLength(2);
    expect(gw.commentsOn(7)[0]!.body).toContain('I disagree');
  });

  it('removes duplicates left by an earlier race and keeps the oldest', async () => {
    const gw = new FakeGateway();
    const a = await gw.createIssueComment(7, body('old 1'));
    await gw.createIssueComment(7, body('old 2'));
    const r = await upsertComment(gw, 7, KEY, body('new'));
    expect(r).toMatchObject({ action: 'updated', removed: 1 });
    expect(gw.commentsOn(7)).toEqual([{ ...a, body: body('new') }]);
  });

  it('ends with one comment when two runs race to create it', async () => {
    const gw = new FakeGateway();
    gw.addUnrelatedComments(7, 2);
    const [x, y] = await Promise.all([upsertComment(gw, 7, KEY, body('run A')), upsertComment(gw, 7, KEY, body('run B'))]);
    // Both listed before either created: the race really happened.
    expect(gw.count('createIssueComment')).toBe(2);
    const ours = gw.commentsOn(7).filter((c) => isOurComment(c, KEY));
    expect(ours).toHaveLength(1);
    expect(x?.comment.id).toBe(ours[0]!.id);
    expect(y?.comment.id).toBe(ours[0]!.id);
  });

  it('with createIfMissing false keeps an existing comment current but creates none', async () => {
    const gw = new FakeGateway();
    expect(await upsertComment(gw, 7, KEY, body('pass'), { createIfMissing: false })).toBeNull();
    expect(gw.commentsOn(7)).toHaveLength(0);
    await upsertComment(gw, 7, KEY, body('warn'));
    expect((await upsertComment(gw, 7, KEY, body('pass'), { createIfMissing: false }))?.action).toBe('updated');
  });

  it('passes a refusal to comment through as a GatewayError with its status', async () => {
    const gw = new FakeGateway();
    gw.failing.set('createIssueComment', new GatewayError(403, 'comment on #7: HTTP 403 Resource not accessible by integration'));
    await expect(upsertComment(gw, 7, KEY, body('pass'))).rejects.toMatchObject({ status: 403 });
  });

  it('refuses a body above GitHub’s 65,536-character limit before calling the API', async () => {
    const gw = new FakeGateway();
    await expect(upsertComment(gw, 7, KEY, body('x'.repeat(70_000)))).rejects.toThrow(/exceeds GitHub's 65536/);
    expect(gw.calls).toHaveLength(0);
  });
});

describe('comment markers', () => {
  it('puts the key marker right after the report marker', () => {
    expect(withKeyMarker(`${COMMENT_MARKER}\n## ml-doctor: pass\n`, KEY).split('\n').slice(0, 3)).toEqual([COMMENT_MARKER, commentKeyMarker(KEY), '## ml-doctor: pass']);
  });

  it('keeps a key that could close the HTML comment harmless', () => {
    expect(commentKeyMarker('a --> <b>')).toBe('<!-- ml-doctor:key=a_--___b_ -->');
  });
});

/** A report far larger than a comment may be: 400 findings with long evidence, 2,000 metrics. */
function hugeReport(): Report {
  const long = 'x'.repeat(400);
  return {
    schemaVersion: 1,
    tool: { name: 'ml-doctor', version: '0.1.0' },
    verdict: 'fail',
    summary: 'Verdict fail: 400 findings.',
    baseline: { source: 'artifact', ref: 'ml-artifacts@run 1' },
    current: { source: 'path', ref: 'artifacts' },
    metrics: Array.from({ length: 2000 }, (_, i) => ({ name: `eval.slice${i}.accuracy`, baseline: 0.9, current: 0.8, delta: -0.1, direction: 'higher' as const, status: 'regressed' as const })),
    params: [],
    segments: [],
    findings: Array.from({ length: 400 }, (_, i) => ({
      id: `F${i + 1}`,
      category: 'segment_regression' as const,
      severity: i < 5 ? ('critical' as const) : ('minor' as const),
      area: 'model' as const,
      title: `Accuracy fell in slice ${i}`,
      evidence: Array.from({ length: 8 }, (_, j) => ({ text: `evidence ${j}: ${long}` })),
      rootCause: long,
      fix: long,
      verification: long,
      prevention: long,
    })),
  };
}

describe('commentBody', () => {
  it('keeps a huge report under GitHub’s 65,536-character limit and links the full report', () => {
    const body = commentBody(hugeReport(), { key: KEY, footer: '<sub>commit abc1234</sub>\n', fullReportUrl: 'https://github.com/octo/ml/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.startsWith(`${COMMENT_MARKER}\n${commentKeyMarker(KEY)}\n## ml-doctor: ❌ fail`)).toBe(true);
    expect(body).toContain('https://github.com/octo/ml/actions/runs/1');
    // The most important findings survive the cut.
    expect(body).toContain('F1 · Accuracy fell in slice 0');
    expect(body.endsWith('<sub>commit abc1234</sub>\n')).toBe(true);
  });

  it('counts the budget in UTF-8 bytes: a report of three-byte characters stays under 65,536 bytes', () => {
    const wide = hugeReport();
    const cjk = '特徴量のドリフト'.repeat(40);
    // 40 findings of ~1,600 characters: under the limit in characters, about three times it in bytes.
    const findings = wide.findings.slice(0, 40).map((f) => ({ ...f, title: `精度が低下 ${f.id}`, evidence: [], rootCause: cjk, fix: cjk, verification: cjk, prevention: cjk }));
    const report = { ...wide, metrics: [], findings };
    const body = commentBody(report, { key: KEY, footer: '<sub>commit abc1234</sub>\n', fullReportUrl: 'https://github.com/octo/ml/actions/runs/1' });
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).toContain('F1 · 精度が低下 F1');
    expect(body).toContain('https://github.com/octo/ml/actions/runs/1');
  });

  it('leaves a small report whole', () => {
    const small = { ...hugeReport(), metrics: [], findings: hugeReport().findings.slice(0, 1) };
    const body = commentBody(small, { key: KEY, footer: '', fullReportUrl: 'https://x/run' });
    expect(body).toContain('**Prevent.**');
    expect(body).not.toContain('https://x/run');
  });
});
