/**
 * What a run cost: USD per 1M input / output tokens for the models people are likely to pick.
 * List prices of the OpenAI API (mid-2025); GitHub Models and Azure bill the same models at or
 * near these rates, so the figure is an estimate, not an invoice. A model missing from the table
 * costs 0 — an unknown price is reported as free rather than guessed.
 */

interface Price {
  readonly input: number;
  readonly output: number;
}

const PRICES: Readonly<Record<string, Price>> = {
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'o3-mini': { input: 1.1, output: 4.4 },
  'o4-mini': { input: 1.1, output: 4.4 },
};

/** The table entry for a model; GitHub Models names carry a publisher prefix (`openai/gpt-4o`). */
export function priceOf(model: string): Price | undefined {
  const bare = model.includes('/') ? model.slice(model.lastIndexOf('/') + 1) : model;
  return PRICES[bare.toLowerCase()];
}

/** USD for the tokens used, rounded to 6 decimals; 0 for a model not in the table. */
export function costUsd(model: string, tokens: { readonly input: number; readonly output: number }): number {
  const p = priceOf(model);
  if (p === undefined) return 0;
  const usd = (tokens.input * p.input + tokens.output * p.output) / 1e6;
  return Math.round(usd * 1e6) / 1e6;
}
