// `ml-doctor diagnose … --llm compatible --llm-base-url http://127.0.0.1:PORT/v1` as a child
// process against a local OpenAI-compatible server that replays a deep investigation: the agent
// section holds the cited tool results, and everything else in report.json — exit code
// included — is byte-identical to a run without the LLM.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectValidReport } from '../helpers/schema.js';
import { answer, startFakeOpenAi, toolCalls, toolResultsOf, type FakeOpenAi, type ScriptedReply } from '../llm/fake-openai-server.js';

const example = (side: string) => join('examples/churn', side);
const SECRET = 'do-not-send-this-secret-value-42';

function cli(args: readonly string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { PATH: process.env['PATH'] ?? '', ...env }, maxBuffer: 64 * 2 ** 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

let server: FakeOpenAi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Listed {
  findings: { id: string; title: string; feature?: string; segment?: { column: string } }[];
}

/** The final answer, written from what the tools returned: one grounded cause and one invented number. */
const finalAnswer: ScriptedReply = (res, body, n) => {
  const results = toolResultsOf(body);
  const listed = results[0]!.result as Listed;
  const f1 = listed.findings[0]!;
  answer([
    { title: f1.title, rootCause: `The engine's first finding: ${f1.title}.`, fix: 'Undo the change the cited finding points at.', verification: 'Re-run ml-doctor on this branch.', prevention: 'Keep the eval data pinned.', cites: [f1.id, 'call:1'] },
    { title: 'Invented', rootCause: 'Accuracy fell by 37.4 points.', fix: 'x', verification: 'y', prevention: 'z', cites: [f1.id] },
  ])(res, body, n);
};

describe('ml-doctor diagnose --llm compatible (child process, local server)', () => {
  it('runs a deep investigation end to end and leaves the deterministic report byte-identical, exit code included', { timeout: 120_000 }, async () => {
    server = await startFakeOpenAi([toolCalls(['list_findings', {}]), toolCalls(['get_finding', { id: 'F1' }], ['params_diff', {}]), toolCalls(['metric', { name: 'accuracy' }]), finalAnswer]);
    const plainOut = mkdtempSync(join(tmpdir(), 'mld-llm-plain-'));
    const agentOut = mkdtempSync(join(tmpdir(), 'mld-llm-agent-'));
    const base = ['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--quiet'];
    const env = { OPENAI_API_KEY: 'sk-cli-e2e', SOME_TOKEN: SECRET };
    const [plain, withAgent] = await Promise.all([
      cli([...base, '--out', plainOut], env),
      cli([...base, '--out', agentOut, '--llm', 'compatible', '--llm-base-url', server.url, '--llm-model', 'local-model', '--mode', 'deep'], env),
    ]);
    expect(withAgent.stderr).toBe('');
    expect(withAgent.code).toBe(plain.code);
    const a = readFileSync(join(plainOut, 'report.json'), 'utf8');
    const b = JSON.parse(readFileSync(join(agentOut, 'report.json'), 'utf8')) as Record<string, unknown> & {
      agent: { provider: string; model: string; mode: string; toolCalls: unknown[]; causes: { cites: string[] }[]; removedClaims: number; fallback: string | null };
    };
    expectValidReport(b);
    const { agent, ...rest } = b;
    expect(JSON.stringify(rest, null, 2) + '\n').toBe(a);
    expect(agent).toMatchObject({ provider: 'compatible', model: 'local-model', mode: 'deep', fallback: null, removedClaims: 1 });
    expect(agent.toolCalls).toHaveLength(4);
    expect(agent.causes).toHaveLength(1);
    expect(agent.causes[0]!.cites).toContain('call:1');
    expect(readFileSync(join(agentOut, 'report.md'), 'utf8')).toContain('### Explanation by local-model (LLM, does not affect the verdict)');
    // The model was asked with the deterministic digest and the key, and nothing else from the environment.
    expect(server.received).toHaveLength(4);
    for (const r of server.received) {
      expect(r.headers.authorization).toBe('Bearer sk-cli-e2e');
      expect(`${JSON.stringify(r.headers)}${r.raw}`).not.toContain(SECRET);
      expect(r.body.model).toBe('local-model');
    }
  });

  it('rejects a base URL that is not http(s) with a one-line error and exit 2', async () => {
    const r = await cli(['diagnose', '--current', example('current'), '--llm', 'compatible', '--llm-base-url', 'ftp://x'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ml-doctor: command line:--llm-base-url: invalid value 'ftp://x'; expected an http(s) URL such as http://127.0.0.1:8000/v1\n");
  });
});
