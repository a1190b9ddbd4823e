/**
 * The agent's section of report.md, appended after the deterministic report. Its heading names
 * the model and says it does not affect the verdict, so no reader mistakes it for the engine.
 * Model text passes the report's escaper like artifact text: it cannot hide content, forge the
 * report's marker, ping people or break the section's layout.
 */
import { code, inline } from '../report/escape.js';
import type { AgentCause, AgentSection } from './types.js';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function causeBlock(c: AgentCause, i: number): string {
  return [
    `**${i + 1}. ${inline(c.title)}** · cites ${c.cites.map((x) => code(x)).join(', ')}`,
    '',
    `**Root cause.** ${inline(c.rootCause)}`,
    '',
    `**Fix.** ${inline(c.fix)}`,
    '',
    `**Verify.** ${inline(c.verification)}`,
    '',
    `**Prevent.** ${inline(c.prevention)}`,
    '',
  ].join('\n');
}

export function renderAgentMarkdown(section: AgentSection): string {
  const L: string[] = [`### Explanation by ${inline(section.model)} (LLM, does not affect the verdict)`, ''];
  if (section.fallback !== null) {
    L.push(`The LLM explanation was skipped: ${inline(section.fallback)}.`);
    return L.join('\n') + '\n';
  }
  if (section.causes.length === 0) {
    L.push(
      section.removedClaims > 0
        ? `No explanation is shown: all ${plural(section.removedClaims, 'cause')} the model gave failed the grounding check.`
        : 'The model gave no explanation beyond the findings above.',
    );
    L.push('');
  }
  section.causes.forEach((c, i) => L.push(causeBlock(c, i)));
  const facts = [
    section.provider,
    `${section.mode} mode`,
    plural(section.toolCalls.length, 'tool call'),
    `${section.tokens.input} input / ${section.tokens.output} output tokens`,
    `${section.costUsd.toFixed(6)} USD`,
  ];
  if (section.removedClaims > 0) facts.push(`${plural(section.removedClaims, 'cause')} removed by the grounding check`);
  for (const r of section.removed ?? []) L.push(`- Removed: ${inline(r.title, { max: 200 })} — ${inline(r.reasons.join('; '), { max: 400 })}`);
  if ((section.removed ?? []).length > 0) L.push('');
  L.push(`<sub>${facts.join(' · ')}. Every number above was checked against the findings and tool results its cause cites; \`call:N\` cites the agent's N-th tool call (report.json \`agent.toolCalls\`).</sub>`);
  return L.join('\n') + '\n';
}
