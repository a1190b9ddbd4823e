// Where a command allocates on V8's heap, short-lived objects included (decision 0039): a preload
// that samples allocations with the inspector's sampling heap profiler, asking it to keep the
// samples of objects the garbage collector has already freed (a plain heap profile shows only what
// is still alive at the end, and a heap number made per row never is), and prints the functions
// that allocated most when the thread exits. Dev tool, not run by CI:
//
//   npm run build
//   node --import ./bench/alloc-profile.mjs dist/cli.js diagnose --baseline B --current C \
//     --out /tmp/out --workers off
//
// `--workers off` keeps every analysis on the main thread, where this preload runs. Set
// MLD_ALLOC_TOP for more or fewer lines (default 25). A function near the top with a per-row loop
// is the sign of a double boxed per row (a heap number) or an iterator result per element.
import { writeSync } from 'node:fs';
import { Session } from 'node:inspector';

const top = Number(process.env.MLD_ALLOC_TOP ?? 25);
const session = new Session();
session.connect();
session.post('HeapProfiler.enable');
session.post('HeapProfiler.startSampling', {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});

/** Bytes sampled per function (name:line), summed over the call tree's nodes. */
function byFunction(head) {
  const out = new Map();
  const stack = [head];
  while (stack.length > 0) {
    const node = stack.pop();
    const { functionName, lineNumber, url } = node.callFrame;
    const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + node.selfSize);
    stack.push(...node.children);
  }
  return out;
}

process.on('exit', () => {
  // The inspector answers synchronously on its own thread's session.
  session.post('HeapProfiler.stopSampling', (err, result) => {
    if (err) {
      writeSync(2, `alloc-profile: ${err.message}\n`);
      return;
    }
    const rows = [...byFunction(result.profile.head)].sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((s, [, bytes]) => s + bytes, 0);
    const lines = rows.slice(0, top).map(([key, bytes]) => `${(bytes / 2 ** 20).toFixed(1).padStart(8)} MiB  ${key}`);
    // At exit a write to a piped stderr must be synchronous to be seen.
    writeSync(2, `alloc-profile: ${(total / 2 ** 20).toFixed(0)} MiB sampled on the heap\n${lines.join('\n')}\n`);
  });
});
