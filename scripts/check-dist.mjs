// Fails when dist/ differs from a fresh build of the sources (the Action runs dist/ as committed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'ml-doctor-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', tmp], { stdio: 'inherit' });
  // Every file below each directory (dist/chunks/ too), as paths relative to it.
  const files = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
  const fresh = files(tmp);
  const committed = files('dist');
  const stale = [];
  if (fresh.join() !== committed.join()) stale.push(`files differ: dist/ has [${committed}], a fresh build has [${fresh}]`);
  for (const f of fresh) {
    if (committed.includes(f) && !readFileSync(join(tmp, f)).equals(readFileSync(join('dist', f)))) stale.push(`dist/${f} is stale`);
  }
  if (stale.length > 0) {
    console.error(`check-dist: ${stale.join('; ')}. Run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('check-dist: dist/ matches a fresh build');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
