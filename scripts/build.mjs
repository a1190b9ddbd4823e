// Bundles the entry points (and the worker threads' entries) into ESM files under dist/ (no node_modules at run time).
// `--outdir DIR` builds elsewhere (used by check-dist to compare with the committed dist/).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const i = process.argv.indexOf('--outdir');
const outdir = i > 0 ? process.argv[i + 1] : 'dist';
// Chunk names carry a hash of their content: the previous build's chunks go first, so that dist/
// holds exactly one build.
rmSync(join(outdir, 'chunks'), { recursive: true, force: true });

await build({
  // parse-worker: the worker-thread entry that parses large tables on other cores; the entry
  // points start it from the file beside them (src/artifacts/parse-pool.ts).
  // data-worker: the worker-thread entry that runs the data checks beside the performance stage
  // (src/analysis/data/data-runner.ts).
  // cli is the command's small entry; it starts a large review's parse worker (src/cli/early-worker.ts)
  // and then loads cli-run, the program, from the file beside it (kept external here).
  entryPoints: {
    cli: 'src/cli.ts',
    'cli-run': 'src/cli-run.ts',
    index: 'src/index.ts',
    'parse-worker': 'src/artifacts/parse-worker.ts',
    'data-worker': 'src/analysis/data/data-worker.ts',
  },
  external: ['./cli-run.js'],
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Code shared by entries lives in chunks (dist/chunks/), and a dynamic import (the LLM agent,
  // src/llm/load.ts) is a chunk loaded only when it runs: each entry reads only the code it uses.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  legalComments: 'none',
  // Module paths appear in the bundle's comments; keep them independent of how node_modules is linked.
  preserveSymlinks: true,
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give them one in the ESM output.
  banner: { js: "import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);" },
});
