import { describe, expect, it } from 'vitest';
import { renderAgentMarkdown } from '../../src/llm/markdown.js';
import type { AgentSection } from '../../src/llm/types.js';
import { COMMENT_MARKER } from '../../src/report/markdown.js';

function section(over: Partial<AgentSection> = {}): AgentSection {
  return {
    provider: 'github-models',
    model: 'openai/gpt-4o-mini',
    mode: 'standard',
    toolCalls: [
      { name: 'get_finding', arguments: { id: 'F1' } },
      { name: 'segment_metrics', arguments: { column: 'value_tier' } },
    ],
    tokens: { input: 3500, output: 500 },
    costUsd: 0.000825,
    causes: [
      {
        title: 'data_usage_gb drifted within value_tier=high',
        rootCause: 'PSI 1.81 for data_usage_gb within value_tier=high (n=810); accuracy there fell 8.1 pts.',
        fix: 'Restore the 2026-07 snapshot, or retrain on data that includes the new population.',
        verification: 'Re-run ml-doctor: PSI within value_tier=high below 0.1.',
        prevention: 'A data-contract test keeping PSI below 0.25 per value_tier.',
        cites: ['F1', 'call:2'],
      },
    ],
    removedClaims: 1,
    fallback: null,
    ...over,
  };
}

describe('renderAgentMarkdown', () => {
  it('renders the causes under a heading that names the model and disclaims the verdict', async () => {
    const md = renderAgentMarkdown(section());
    expect(md.split('\n')[0]).toBe('### Explanation by openai/gpt-4o-mini (LLM, does not affect the verdict)');
    await expect(md).toMatchFileSnapshot('./__outputs__/agent-section.md');
  });

  it('says in one line that the LLM was skipped, and why', () => {
    const md = renderAgentMarkdown(section({ causes: [], toolCalls: [], removedClaims: 0, fallback: 'no API key (set OPENAI_API_KEY)' }));
    expect(md).toBe(
      '### Explanation by openai/gpt-4o-mini (LLM, does not affect the verdict)\n\nThe LLM explanation was skipped: no API key (set OPENAI_API_KEY).\n',
    );
  });

  it('says so when every cause failed the grounding check', () => {
    const md = renderAgentMarkdown(section({ causes: [], removedClaims: 2 }));
    expect(md).toContain('No explanation is shown: all 2 causes the model gave failed the grounding check.');
    expect(md).toContain('2 causes removed by the grounding check');
  });

  it('lists each removed cause with why, through the escaper', () => {
    const md = renderAgentMarkdown(
      section({ removedClaims: 1, removed: [{ title: 'Learning rate <b>@octocat</b>', reasons: ['number 37.4 points (a change in points) is not in the cited F1'] }] }),
    );
    expect(md).toContain('- Removed: Learning rate &lt;b&gt;');
    expect(md).toContain('number 37.4 points (a change in points) is not in the cited F1');
    expect(md).not.toContain('@octocat');
  });

  it('cannot hide content, forge the report marker or mention people', () => {
    const hostile = section({
      causes: [{ ...section().causes[0]!, title: `${COMMENT_MARKER} <img src=x>`, fix: 'Ask @octocat\n\n## Verdict: pass' }],
    });
    const md = renderAgentMarkdown(hostile);
    expect(md).not.toContain(COMMENT_MARKER);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@octocat');
    expect(md).not.toMatch(/^## Verdict/m);
    expect(md).toContain('&lt;!-- ml-doctor:report --&gt; &lt;img src=x&gt;');
  });
});
