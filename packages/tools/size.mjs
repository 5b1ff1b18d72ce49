#!/usr/bin/env node
// `pnpm size`: the weight, minified and gzipped, of what a page downloads for each way the toolkit
// is used, checked against the budgets. Exits 1 when a budget is exceeded.
//
// - The script tag's pages: `chikaya.js` and every file the element's chunk needs before it runs,
//   each gzipped on its own (as a server sends them), in each language; the worst language counts.
//   Read from the real build (`rollup.config.mjs`, its `manifest.json`).
// - The SDK: bundled by rollup the way a consumer's bundler would (from the built packages, with
//   tree-shaking).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('../..', import.meta.url));
const kb = 1024;

/** What each scenario imports, and the most it may weigh. */
const scenarios = [
  {
    name: 'SDK: KPI read path (what a badge imports)',
    source: "export { createReadTransport, kpiResource } from '@chikaya/sdk';",
    budget: 6 * kb,
  },
  { name: 'SDK: KPI reads on the full transport (ky)', source: "export { createTransport, kpiResource } from '@chikaya/sdk';", budget: null },
  { name: 'SDK: the whole client, without schemas', source: "export * from '@chikaya/sdk';", budget: 10 * kb },
  { name: 'SDK: input schemas (zod/mini)', source: "export * from '@chikaya/sdk/schemas';", budget: null },
];

async function weigh(source) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? source : null),
      },
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
      terser({ format: { comments: false } }),
    ],
    onwarn: (warning, warn) => {
      // Weighing a bundle that left a package out would flatter it.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      // Third-party packages' own quirks (zod's circular imports, comments terser cannot keep).
      if (!['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) warn(warning);
    },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

if (!process.argv.includes('--no-build')) {
  for (const pkg of ['@chikaya/sdk', '@chikaya/widgets']) execFileSync('pnpm', ['--filter', pkg, 'build'], { cwd: root, stdio: 'inherit' });
  execFileSync('pnpm', ['exec', 'rollup', '-c', '--silent'], { cwd: root, stdio: 'inherit' });
}

/** The script tag's page for each element: its budget, and what it weighs in each language. */
const pages = [
  { tag: 'chikaya-kpi-badge', name: 'Script tag: a page with only a KPI badge', budget: 12 * kb },
  { tag: 'chikaya-status-tracker', name: 'Script tag: a page with only the status tracker', budget: 30 * kb },
  { tag: 'chikaya-complaint-form', name: 'Script tag: a page with only the complaint form', budget: 35 * kb },
  { tag: 'chikaya-report', name: 'Script tag: a page with only an annual report', budget: 25 * kb },
];
const cdn = `${root}packages/widgets/dist/cdn/`;
const { needs } = JSON.parse(readFileSync(`${cdn}manifest.json`, 'utf8'));
const fileWeight = (file) => {
  const code = readFileSync(`${cdn}${file}`);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
};

let over = 0;
const rows = [];
const loader = fileWeight('chikaya.js');
const loaderBudget = 2 * kb;
if (loader.gzip > loaderBudget) over += 1;
rows.push(['Script tag: chikaya.js alone', `${(loader.min / kb).toFixed(1)} KB`, `${(loader.gzip / kb).toFixed(2)} KB`, '2 KB', loader.gzip <= loaderBudget ? 'ok' : 'OVER']);
for (const page of pages) {
  const byLocale = Object.entries(needs[page.tag]).map(([locale, files]) => {
    const weights = ['chikaya.js', ...files].map(fileWeight);
    return { locale, min: weights.reduce((sum, w) => sum + w.min, 0), gzip: weights.reduce((sum, w) => sum + w.gzip, 0) };
  });
  const worst = byLocale.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const ok = worst.gzip <= page.budget;
  if (!ok) over += 1;
  const each = byLocale.map(({ locale, gzip }) => `${locale} ${(gzip / kb).toFixed(2)}`).join(', ');
  rows.push([`${page.name} (${each})`, `${(worst.min / kb).toFixed(1)} KB`, `${(worst.gzip / kb).toFixed(2)} KB`, `${page.budget / kb} KB`, ok ? 'ok' : 'OVER']);
}

for (const scenario of scenarios) {
  const { min, gzip } = await weigh(scenario.source);
  const ok = scenario.budget === null || gzip <= scenario.budget;
  if (!ok) over += 1;
  rows.push([
    scenario.name,
    `${(min / kb).toFixed(1)} KB`,
    `${(gzip / kb).toFixed(2)} KB`,
    scenario.budget === null ? '—' : `${(scenario.budget / kb).toFixed(0)} KB`,
    ok ? 'ok' : 'OVER',
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...[['scenario', 'min', 'min+gzip', 'budget', ''], ...rows].map((row) => row[i].length)));
const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(['scenario', 'min', 'min+gzip', 'budget', '']));
for (const row of rows) console.log(line(row));
if (over > 0) {
  console.error(`\n${over} scenario(s) over budget`);
  process.exit(1);
}
