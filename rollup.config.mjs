// The script tag: `packages/widgets/dist/cdn/chikaya.js` and the chunks it loads (`pnpm build`).
//
// Each element is built once per language with lit-localize's transform mode: its messages are
// compiled in, so a page downloads neither a localization runtime nor English beside its own
// language (the npm package keeps runtime mode, where a page may switch language live). The
// language builds share their identical chunks (Lit, the SDK) by content hash. `chikaya.js` is
// built last, with the map from each element and language to its chunk written in; the same map,
// with every chunk each entry needs, goes to `manifest.json` for `pnpm size`.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyLiterals } from './packages/tools/minify-literals.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const widgets = `${root}packages/widgets/`;
const compiled = `${widgets}.cdn/`;
const out = `${widgets}dist/cdn/`;
const elements = ['complaint-form', 'status-tracker', 'kpi-badge', 'report'];
const locales = ['ar', 'fr', 'en', 'zgh'];

/** Compiles the widgets' TypeScript once per language into `.cdn/<locale>/`, messages in place. */
async function compileLanguages() {
  const tools = `${widgets}node_modules/@lit/localize-tools/lib/`;
  const { readConfigFileAndWriteSchema } = await import(`${tools}config.js`);
  const { TransformLitLocalizer } = await import(`${tools}modes/transform.js`);
  const config = readConfigFileAndWriteSchema(`${widgets}lit-localize.json`);
  await rm(compiled, { recursive: true, force: true });
  const cwd = process.cwd();
  process.chdir(widgets);
  try {
    await new TransformLitLocalizer({ ...config, tsConfig: './tsconfig.cdn.json', output: { mode: 'transform', outputDir: './.cdn/' } }).build();
  } finally {
    process.chdir(cwd);
  }
}

const plugins = (locale) => [
  {
    // The script tag's language builds take the static locale controller (see package.json "imports").
    name: 'chikaya-locale-controller',
    resolveId: (id) => (id === '#locale-controller' ? `${compiled}${locale}/shared/locale-controller.static.js` : null),
  },
  minifyLiterals({ include: /\/packages\/widgets\// }),
  nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
  terser({ module: true, compress: { passes: 3, ecma: 2020 }, format: { comments: false } }),
];

/**
 * What every element needs, in one chunk: Lit, the SDK's errors and retries, the tokens, the
 * configuration, the language. Left to itself, rollup cuts these small modules into a chunk for
 * each set of elements that shares them: a badge page would download three files where two do.
 */
function coreChunk(id) {
  // Lit's core only: its decorators and directives serve the form and the tracker, not a badge.
  if (/\/node_modules\/(lit\/index|lit-html\/lit-html|lit-element\/lit-element|@lit\/reactive-element\/(reactive-element|css-tag))\.js$/.test(id)) return 'core';
  if (/\/packages\/sdk\/dist\/(errors|retry|url)\.js$/.test(id)) return 'core';
  if (/\/shared\/(tokens\.styles|config|localization|locale-controller\.static|format)\.js$/.test(id)) return 'core';
  return undefined;
}

/** Every file an entry needs before it runs: itself and its static imports, transitively. */
function closure(bundle, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of bundle[fileName]?.imports ?? []) closure(bundle, imported, seen);
  return seen;
}

/** what `chikaya.js` carries: element → language → the hash of its chunk's name */
const manifest = Object.fromEntries(elements.map((element) => [element, {}]));
/** tag → language → entry file, and every file it needs (for `pnpm size`) */
const entries = Object.fromEntries(elements.map((element) => [`chikaya-${element}`, {}]));
const needs = Object.fromEntries(elements.map((element) => [`chikaya-${element}`, {}]));

function recordEntries(locale) {
  return {
    name: 'chikaya-record-entries',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const tag = `chikaya-${chunk.name}`;
        const hash = chunk.fileName.slice(`${chunk.name}.${locale}-`.length, -'.js'.length);
        manifest[chunk.name][locale] = hash;
        entries[tag][locale] = chunk.fileName;
        needs[tag][locale] = [...closure(bundle, chunk.fileName)];
      }
    },
  };
}

export default async function config() {
  await compileLanguages();
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const languageBuilds = locales.map((locale) => ({
    input: Object.fromEntries(elements.map((element) => [element, `${compiled}${locale}/${element}/define.js`])),
    output: {
      dir: out,
      format: 'es',
      entryFileNames: `[name].${locale}-[hash:6].js`,
      chunkFileNames: '[name]-[hash:6].js',
      manualChunks: coreChunk,
      compact: true,
    },
    // The chunks define elements; nobody imports their exports (and a facade chunk would cost a request).
    preserveEntrySignatures: false,
    plugins: [...plugins(locale), recordEntries(locale)],
    onwarn,
  }));
  const autoloader = {
    input: `${compiled}en/autoloader.js`,
    output: { dir: out, format: 'es', entryFileNames: 'chikaya.js', compact: true },
    plugins: [
      {
        name: 'chikaya-manifest',
        // Runs after every language build (rollup builds the configurations in order).
        transform: (code) => code.replace(/\bCHIKAYA_MANIFEST\b/g, JSON.stringify(manifest)),
        async generateBundle() {
          await writeFile(`${out}manifest.json`, `${JSON.stringify({ entries, needs }, null, 2)}\n`);
        },
      },
      ...plugins('en'),
    ],
    onwarn,
  };
  return [...languageBuilds, autoloader];
}

function onwarn(warning, warn) {
  // Third-party packages' own quirks (zod's circular imports, comments terser cannot keep).
  if (['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return;
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
  warn(warning);
}
