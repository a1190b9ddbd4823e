/**
 * The LLM agent, loaded when a review asks for it. The agent and the OpenAI client it drives are
 * about a quarter of the bundled program (400 KB of 1.7 MB); every review without `--llm` would
 * otherwise parse and start them (about 30 ms of each command's start, issue 11). The bundles keep
 * them in a chunk of their own (scripts/build.mjs: splitting).
 */
export function loadAgent(): Promise<typeof import('./agent.js')> {
  return import('./agent.js');
}
