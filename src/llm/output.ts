/**
 * Reads the model's final answer: JSON `{ causes: [...] }`, tolerating the wrappers models add
 * (a code fence, a sentence before the object). Shape errors come back as one line the agent
 * can send to the model in its single repair attempt.
 */
import type { AgentCause } from './types.js';

export type ParsedAnswer = { readonly ok: true; readonly causes: AgentCause[] } | { readonly ok: false; readonly reason: string };

const TEXT_FIELDS = ['title', 'rootCause', 'fix', 'verification', 'prevention'] as const;

function jsonCandidates(content: string): string[] {
  const out = [content.trim()];
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(content);
  if (fence) out.push(fence[1]!.trim());
  const first = content.indexOf('{');
  const last = content.lastIndexOf('}');
  if (first >= 0 && last > first) out.push(content.slice(first, last + 1));
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readCause(v: unknown, i: number): AgentCause | string {
  if (!isRecord(v)) return `causes[${i}] is not an object`;
  const text: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
  for (const key of TEXT_FIELDS) {
    const s = v[key];
    if (typeof s !== 'string' || s.trim() === '') return `causes[${i}].${key} must be a non-empty string`;
    text[key] = s.trim();
  }
  const cites = v['cites'];
  if (!Array.isArray(cites) || !cites.every((c) => typeof c === 'string')) return `causes[${i}].cites must be an array of strings`;
  return {
    title: text.title!,
    rootCause: text.rootCause!,
    fix: text.fix!,
    verification: text.verification!,
    prevention: text.prevention!,
    cites: cites.map((c: string) => c.trim()),
  };
}

/** Parses the model's final message; at most `maxCauses` are kept (the prompt asks for no more). */
export function parseAgentAnswer(content: string | null, maxCauses: number): ParsedAnswer {
  if (content === null || content.trim() === '') return { ok: false, reason: 'the answer was empty' };
  let parsed: unknown;
  let found = false;
  for (const candidate of jsonCandidates(content)) {
    try {
      parsed = JSON.parse(candidate);
      found = true;
      break;
    } catch {
      // try the next way of cutting the JSON out of the text
    }
  }
  if (!found) return { ok: false, reason: 'the answer is not JSON' };
  if (!isRecord(parsed) || !Array.isArray(parsed['causes'])) return { ok: false, reason: 'the answer has no "causes" array' };
  const causes: AgentCause[] = [];
  for (const [i, v] of parsed['causes'].entries()) {
    const cause = readCause(v, i);
    if (typeof cause === 'string') return { ok: false, reason: cause };
    causes.push(cause);
  }
  return { ok: true, causes: causes.slice(0, maxCauses) };
}
