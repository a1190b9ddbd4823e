// report.md as GitHub shows it: GFM rendered to HTML (marked), every ```mermaid block drawn by
// Mermaid 11 in Debian's headless chromium (puppeteer-core, which never downloads a browser;
// mermaid is loaded from node_modules). Draws the committed comment of the demo and of every
// shared scenario (test/__outputs__/<name>.md); fails on any Mermaid parse error and on a chart
// that draws nothing. The screenshots beside them (<name>.png) are rewritten only with
// UPDATE_OUTPUTS=1, like the markdown.
// Run: npm run test:browser (skipped, with a message, when /usr/bin/chromium is absent).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marked, type Tokens } from 'marked';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedMarkdown, demoReport, HAVE_SCENARIOS, OUTPUTS, SCENARIO_NAMES, SCENARIOS, scenarioReport, UPDATE } from '../report/outputs.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const MERMAID_JS = require.resolve('mermaid/dist/mermaid.min.js');
const MERMAID_VERSION = (JSON.parse(readFileSync(join(MERMAID_JS, '../../package.json'), 'utf8')) as { version: string }).version;

if (!existsSync(CHROMIUM)) console.warn(`browser test skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

/** GFM → HTML the way GitHub lays it out; a ```mermaid fence becomes a slot the page fills. */
export function toHtml(md: string): { html: string; charts: string[] } {
  const charts: string[] = [];
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      code(token: Tokens.Code): string | false {
        if (token.lang !== 'mermaid') return false;
        charts.push(token.text);
        return `<div class="mermaid-slot" data-chart="${charts.length - 1}"></div>\n`;
      },
    },
  });
  const body = marked.parse(md, { async: false });
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 900px; margin: 16px auto; padding: 0 16px; }
table { border-collapse: collapse; } th, td { border: 1px solid #d1d9e0; padding: 4px 10px; }
code { background: #eff1f3; padding: 0 4px; border-radius: 4px; }
.mermaid-slot { margin: 8px 0; }
</style></head><body>${body}</body></html>`;
  return { html, charts };
}

interface ChartResult {
  readonly index: number;
  readonly error: string | null;
  /** Drawn marks in the plot area: bars (rect) and lines (path with a finite `d`). */
  readonly marks: number;
  readonly badPaths: number;
  readonly width: number;
  readonly height: number;
}

let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'] });
});

afterAll(async () => {
  await browser?.close();
});

/** Renders `md` in chromium, draws its charts with Mermaid, saves `<name>.png`; returns each chart's outcome. */
async function renderInBrowser(name: string, md: string, screenshot = true): Promise<ChartResult[]> {
  const { html, charts } = toHtml(md);
  const dir = mkdtempSync(join(tmpdir(), 'mld-browser-'));
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser!.newPage();
  try {
    await page.setViewport({ width: 980, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.addScriptTag({ path: MERMAID_JS });
    await page.addScriptTag({ path: join(import.meta.dirname, 'draw-charts.js') });
    const results = (await page.evaluate(`window.drawCharts(${JSON.stringify(charts)})`)) as ChartResult[];
    const png = join(OUTPUTS, `${name}.png`);
    // Written only on request, like the markdown: a missing screenshot fails instead of being made.
    if (screenshot && UPDATE) await page.screenshot({ path: png, fullPage: true });
    if (screenshot) expect(existsSync(png), `${png} is missing: regenerate it with UPDATE_OUTPUTS=1 npm run test:browser`).toBe(true);
    return results;
  } finally {
    await page.close();
  }
}

function expectChartsDrawn(results: readonly ChartResult[], expected: number): void {
  expect(results.map((r) => r.error).filter((e) => e !== null)).toEqual([]);
  expect(results).toHaveLength(expected);
  for (const r of results) {
    expect(r.marks, `chart ${r.index} draws nothing`).toBeGreaterThan(0);
    expect(r.badPaths, `chart ${r.index} has a path through NaN`).toBe(0);
    expect(r.width * r.height, `chart ${r.index} has no area`).toBeGreaterThan(0);
  }
}

describe.skipIf(!existsSync(CHROMIUM))(`report.md in chromium with mermaid ${MERMAID_VERSION}`, () => {
  it('tests with Mermaid 11, the major version GitHub renders', () => {
    expect(MERMAID_VERSION.split('.')[0]).toBe('11');
  });

  it('draws every chart of the demo report (examples/churn)', async () => {
    // The demo's report.md is the committed golden, compared with a fresh run.
    const md = committedMarkdown('churn', await demoReport());
    const results = await renderInBrowser('churn', md);
    expectChartsDrawn(results, (md.match(/^```mermaid$/gm) ?? []).length);
    expect(results.length).toBeGreaterThanOrEqual(4);
  });

  it('reports a Mermaid parse error as a failure (the check can fail)', async () => {
    const broken = '## x\n\n```mermaid\nxychart-beta\n  x-axis ["a", "b"\n  bar [1, 2]\n```\n';
    const results = await renderInBrowser('broken', broken, false);
    expect(results).toHaveLength(1);
    expect(results[0]!.error).not.toBeNull();
  });

  // Every shared scenario's committed comment is drawn; with ../shared present it is first
  // compared with a fresh run, without it the committed file alone is checked.
  for (const name of SCENARIO_NAMES) {
    it(`draws every chart of the shared scenario ${name}`, async () => {
      const fresh = HAVE_SCENARIOS && existsSync(join(SCENARIOS, name)) ? await scenarioReport(name) : null;
      const md = committedMarkdown(name, fresh);
      const results = await renderInBrowser(name, md);
      expectChartsDrawn(results, (md.match(/^```mermaid$/gm) ?? []).length);
      // Every scenario has a learning curve, a reliability diagram or a segment chart to draw.
      expect(results.length).toBeGreaterThanOrEqual(1);
    });
  }
});
