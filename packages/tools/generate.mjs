#!/usr/bin/env node
// Writes the generated code: from openapi/chikaya.yaml, the sandbox's copy of the contract (what
// its request validation reads) and the TypeScript types of every schema and operation
// (openapi-typescript); from the widgets' sources, the XLIFF files and the locale modules
// (lit-localize extract, then one build per element: each element's messages in a module of its
// own, `src/generated/locales/<element>/<locale>.ts`, so that a page downloads the strings of the
// elements it shows and no others). `--check` fails when a committed file is stale, and leaves
// every file as it was.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
  for (const entry of await readdir(`${widgets}xliff`, { withFileTypes: true }).catch(() => [])) {
    if (entry.isFile()) files.set(`xliff/${entry.name}`, await readFile(`${widgets}xliff/${entry.name}`, 'utf8'));
  }
  for (const entry of await readdir(`${widgets}src/generated`, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const file = relative(widgets, `${entry.parentPath}/${entry.name}`);
    files.set(file, await readFile(`${widgets}${file}`, 'utf8'));
  }
  return files;
};
const before = await localeFiles();
execFileSync(`${widgets}node_modules/.bin/lit-localize`, ['extract'], { cwd: widgets, stdio: ['ignore', 'pipe', 'pipe'] });
await rm(`${widgets}src/generated/locales`, { recursive: true, force: true });
{
  const tools = `${widgets}node_modules/@lit/localize-tools/lib/`;
  const { readConfigFileAndWriteSchema } = await import(`${tools}config.js`);
  const { RuntimeLitLocalizer } = await import(`${tools}modes/runtime.js`);
  const config = readConfigFileAndWriteSchema(`${widgets}lit-localize.json`);
  // An element is a folder of src/ with a define.ts; its messages are those of every file that
  // define.ts imports, directly or not (TypeScript follows the imports from that one input file).
  const elements = (await readdir(`${widgets}src`, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(`${widgets}src/${entry.name}/define.ts`))
    .map((entry) => entry.name);
  const warn = console.warn;
  const cwd = process.cwd();
  // Each build skips, with a warning, the translations of the other elements' messages.
  console.warn = () => {};
  // lit-localize resolves some of its paths (the locale codes module) from the working directory.
  process.chdir(widgets);
  try {
    for (const element of elements) {
      await new RuntimeLitLocalizer({
        ...config,
        inputFiles: [`src/${element}/define.ts`],
        output: { ...config.output, outputDir: `./src/generated/locales/${element}` },
      }).build();
    }
  } finally {
    console.warn = warn;
    process.chdir(cwd);
  }
  // The runtime's map from each element to its messages: explicit `import()` calls (not a template
  // literal), so that bundlers make each element's language a chunk of its own.
  const loaders = elements
    .map((element) => {
      const locales = config.targetLocales.map((locale) => `    ${locale}: () => import('./${element}/${locale}.js'),`).join('\n');
      return `  '${element}': {\n${locales}\n  },`;
    })
    .join('\n');
  await writeFile(
    `${widgets}src/generated/locales/loaders.ts`,
    `// Generated by packages/tools/generate.mjs from the elements' folders. Do not edit.\n` +
      `// Each element's messages in each language, loaded by shared/locale-controller.runtime.ts.\n` +
      `export const loaders = {\n${loaders}\n} as const;\n`,
  );
}
const after = await localeFiles();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
if (check && changed.length > 0) {
  for (const file of after.keys()) if (!before.has(file)) await rm(`${widgets}${file}`);
  for (const [file, content] of before) {
    await mkdir(dirname(`${widgets}${file}`), { recursive: true });
    await writeFile(`${widgets}${file}`, content);
  }
  stale.push(...changed.map((file) => `packages/widgets/${file}`));
} else {
  for (const file of changed) console.log(`${after.has(file) ? 'wrote' : 'removed'} packages/widgets/${file}`);
}

if (stale.length > 0) {
  console.error(`stale generated files (run pnpm generate): ${stale.join(', ')}`);
  process.exit(1);
}
