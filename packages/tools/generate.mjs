#!/usr/bin/env node
// Writes the generated code: from openapi/chikaya.yaml, the sandbox's copy of the contract (what
// its request validation reads) and the TypeScript types of every schema and operation
// (openapi-typescript); from the widgets' sources, the XLIFF files and the locale modules
// (lit-localize extract, then build). `--check` fails when a committed file is stale, and leaves
// every file as it was.
import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const specPath = `${root}openapi/chikaya.yaml`;
const check = process.argv.includes('--check');
const banner = '// Generated from openapi/chikaya.yaml by packages/tools/generate.mjs. Do not edit.\n';

const source = await readFile(specPath, 'utf8');
const document = parse(source);

const typesSource = banner + astToString(await openapiTS(structuredClone(document), { exportType: false, alphabetize: false }));
const contractSource =
  banner +
  '// The contract as data, read by the sandbox to route and validate requests.\n' +
  `export const contract: unknown = JSON.parse(${JSON.stringify(JSON.stringify(document))});\n`;

const outputs = new Map([
  [`${root}packages/sdk/src/generated/api.ts`, typesSource],
  [`${root}packages/sandbox/src/generated/contract.ts`, contractSource],
]);

const stale = [];
for (const [path, content] of outputs) {
  let current = null;
  try {
    current = await readFile(path, 'utf8');
  } catch {}
  if (current === content) continue;
  if (check) {
    stale.push(relative(root, path));
    continue;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  console.log(`wrote ${relative(root, path)}`);
}
// Locales: lit-localize reads the sources and rewrites its files in place; compare before and after.
const widgets = `${root}packages/widgets/`;
const localeFiles = async () => {
  const files = new Map();
  for (const dir of ['xliff', 'src/generated', 'src/generated/locales']) {
    for (const entry of await readdir(`${widgets}${dir}`, { withFileTypes: true }).catch(() => [])) {
      if (entry.isFile()) files.set(`${dir}/${entry.name}`, await readFile(`${widgets}${dir}/${entry.name}`, 'utf8'));
    }
  }
  return files;
};
const before = await localeFiles();
const localize = (command) =>
  execFileSync(`${widgets}node_modules/.bin/lit-localize`, [command], { cwd: widgets, stdio: ['ignore', 'pipe', 'pipe'] });
localize('extract');
localize('build');
const after = await localeFiles();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
if (check && changed.length > 0) {
  for (const [file, content] of before) await writeFile(`${widgets}${file}`, content);
  stale.push(...changed.map((file) => `packages/widgets/${file}`));
} else {
  for (const file of changed) console.log(`wrote packages/widgets/${file}`);
}

if (stale.length > 0) {
  console.error(`stale generated files (run pnpm generate): ${stale.join(', ')}`);
  process.exit(1);
}
