#!/usr/bin/env node
// Writes the generated code: from openapi/chikaya.yaml, the sandbox's copy of the contract (what
// its request validation reads) and the TypeScript types of every schema and operation
// (openapi-typescript); from the widgets' sources, the XLIFF files and the locale modules
// (lit-localize extract, then one build per element: each element's messages in a module of its
// own, `src/generated/locales/<element>/<locale>.ts`, so that a page downloads the strings of the
// elements it shows and no others); and the widgets' Custom Elements Manifest,
// `packages/widgets/custom-elements.json` (below). `--check` fails when a committed file is stale,
// and leaves every file as it was.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const widgets = `${root}packages/widgets/`;
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
  [`${widgets}custom-elements.json`, await customElementsManifest()],
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
// The locale modules are built in a folder of their own, then only what differs is written: the
// committed files never disappear, even for a moment, under a build or a test running beside.
const staging = await mkdtemp(`${tmpdir()}/chikaya-locales-`);
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
        output: { ...config.output, outputDir: `${staging}/${element}` },
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
    `${staging}/loaders.ts`,
    `// Generated by packages/tools/generate.mjs from the elements' folders. Do not edit.\n` +
      `// Each element's messages in each language, loaded by shared/locale-controller.runtime.ts.\n` +
      `export const loaders = {\n${loaders}\n} as const;\n`,
  );
}
const built = new Map();
for (const entry of await readdir(staging, { recursive: true, withFileTypes: true })) {
  if (entry.isFile()) built.set(`src/generated/locales/${relative(staging, `${entry.parentPath}/${entry.name}`)}`, await readFile(`${entry.parentPath}/${entry.name}`, 'utf8'));
}
await rm(staging, { recursive: true, force: true });
const after = new Map([...(await localeFiles())].filter(([file]) => !file.startsWith('src/generated/locales/')));
for (const [file, content] of built) after.set(file, content);
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
if (check) {
  // Only the XLIFF files were touched (by extract): put them back as they were.
  for (const file of changed) if (file.startsWith('xliff/') && before.has(file)) await writeFile(`${widgets}${file}`, before.get(file));
  stale.push(...changed.map((file) => `packages/widgets/${file}`));
} else {
  for (const file of changed) {
    if (after.has(file)) {
      await mkdir(dirname(`${widgets}${file}`), { recursive: true });
      await writeFile(`${widgets}${file}`, after.get(file));
      console.log(`wrote packages/widgets/${file}`);
    } else {
      await rm(`${widgets}${file}`);
      console.log(`removed packages/widgets/${file}`);
    }
  }
}

if (stale.length > 0) {
  console.error(`stale generated files (run pnpm generate): ${stale.join(', ')}`);
  process.exit(1);
}

/**
 * The widgets' Custom Elements Manifest (https://github.com/webcomponents/custom-elements-manifest),
 * what editors, linters and Storybook's docs pages read: each element's tag, attributes, properties,
 * events, CSS parts and CSS custom properties, with their JSDoc. @custom-elements-manifest/analyzer
 * with its Lit support (what `cem analyze --litelement` runs; called here so that it writes no
 * package.json and reads no config file) reads the public face of the package: its entry modules
 * (`index.ts`, each element's `define.ts`) and the elements' classes (`*.component.ts`). Then:
 * - no private or protected member: they are the element's insides (Lit's `@state()` fields too);
 * - a `static properties` entry with `state: true` makes no attribute (the analyzer knows only
 *   `attribute: false`; Lit gives internal state no attribute);
 * - paths are those of the published files (`dist/…/*.js`: `src/` is not published), each
 *   declaration referred to by the path of the module that declares it, from the package's folder.
 * The same sources give the same bytes: files in a fixed order, no dates, no absolute paths.
 */
async function customElementsManifest() {
  const analyzer = `${widgets}node_modules/@custom-elements-manifest/analyzer/`;
  const { create, ts } = await import(`${analyzer}index.js`);
  const { litPlugin } = await import(`${analyzer}src/features/framework-plugins/lit/lit.js`);
  const files = ['src/index.ts'];
  const folders = (await readdir(`${widgets}src`, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const folder of folders.sort()) {
    const names = await readdir(`${widgets}src/${folder}`);
    for (const name of names.sort()) if (name === 'define.ts' || name.endsWith('.component.ts')) files.push(`src/${folder}/${name}`);
  }
  const modules = await Promise.all(
    files.map(async (file) => ts.createSourceFile(file, await readFile(`${widgets}${file}`, 'utf8'), ts.ScriptTarget.ES2022, true)),
  );

  /** Class name → its fields declared `state: true` in `static properties`. */
  const stateFields = new Map();
  const litState = {
    name: 'chikaya: Lit state in static properties',
    analyzePhase({ node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        const fields = new Set();
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const state = property.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (state) fields.add(property.name.getText());
        }
        stateFields.set(node.name.getText(), fields);
      }
    },
  };

  const publicFace = {
    name: 'chikaya: public members, published paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const state = stateFields.get(declaration.name) ?? new Set();
          const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#') && !state.has(member.name);
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          const fields = new Set((declaration.members ?? []).map((member) => member.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !attribute.fieldName || fields.has(attribute.fieldName));
          }
          for (const key of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates']) {
            if (Array.isArray(declaration[key]) && declaration[key].length === 0) delete declaration[key];
          }
        }
        // References (`module`) are written relative to the referring module, from the root, or
        // as it is: each becomes its path from the package's folder, as the module's own `path`.
        const from = posix.dirname(module.path);
        const walk = (value) => {
          if (Array.isArray(value)) return value.forEach(walk);
          if (!value || typeof value !== 'object') return;
          if (typeof value.module === 'string' && !value.package) {
            const path = value.module.startsWith('.') ? posix.join(from, value.module) : value.module.replace(/^\/+/, '');
            value.module = published(path);
          }
          Object.values(value).forEach(walk);
        };
        walk(module.declarations);
        walk(module.exports);
      }
      for (const module of manifest.modules) module.path = published(module.path);
      // A module that re-exports an import (`export { ChikayaKpiBadge }` in define.ts) is not
      // where the class is declared: such a reference goes to the module that declares it.
      const declaredIn = new Map();
      for (const module of manifest.modules) for (const declaration of module.declarations ?? []) declaredIn.set(declaration.name, module.path);
      const paths = new Set(manifest.modules.map((module) => module.path));
      for (const module of manifest.modules) {
        for (const { declaration } of module.exports ?? []) {
          const declares = manifest.modules.find((other) => other.path === declaration.module)?.declarations?.some((own) => own.name === declaration.name);
          if (paths.has(declaration.module) && !declares && declaredIn.has(declaration.name)) declaration.module = declaredIn.get(declaration.name);
        }
      }
    },
  };
  const published = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

  const manifest = create({ modules, plugins: [...litPlugin(), litState, publicFace], context: { dev: false } });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
