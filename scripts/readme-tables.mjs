// Regenerates the README's inputs and outputs tables from action.yml, between the markers
// <!-- action-inputs:start -->/<!-- action-inputs:end --> and <!-- action-outputs:start -->/<!-- action-outputs:end -->.
// `--check` rewrites nothing and exits 1 when the README is stale (a test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const README = 'README.md';
const check = process.argv.includes('--check');

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

function inputsTable(inputs) {
  const rows = Object.entries(inputs).map(([name, i]) => {
    const def = i.default === undefined || i.default === '' ? '—' : `\`${cell(i.default)}\``;
    return `| \`${name}\` | ${def} | ${cell(i.description)} |`;
  });
  return ['| Input | Default | Description |', '|---|---|---|', ...rows].join('\n');
}

function outputsTable(outputs) {
  const rows = Object.entries(outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return ['| Output | Description |', '|---|---|', ...rows].join('\n');
}

function replaceBetween(text, name, table) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${README}: markers ${start} … ${end} not found`);
  return `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`;
}

const action = parse(readFileSync('action.yml', 'utf8'));
const before = readFileSync(README, 'utf8');
const after = replaceBetween(replaceBetween(before, 'action-inputs', inputsTable(action.inputs ?? {})), 'action-outputs', outputsTable(action.outputs ?? {}));

if (check) {
  if (after !== before) {
    console.error(`${README}: the action inputs/outputs tables are stale. Run \`node scripts/readme-tables.mjs\`.`);
    process.exit(1);
  }
  console.log(`${README}: action tables match action.yml`);
} else if (after !== before) {
  writeFileSync(README, after);
  console.log(`${README}: action tables updated`);
} else {
  console.log(`${README}: action tables already up to date`);
}
