#!/usr/bin/env node
// `pnpm pack:check` (a stage of `pnpm test`): what a consumer gets from npm, checked before any
// release. First `pnpm publish -r --dry-run` must succeed; then each public package is packed as
// npm would receive it, and its tarball must hold what a consumer needs and nothing else:
//
// - its package.json, README.md, LICENSE and what `files` ships (built code, declarations, and
//   the package's own extras), and every file its `exports`, `imports`, `main`, `types`, `bin`
//   and `customElements` point to;
// - no sources, tests, source maps, TypeScript configs or build leftovers;
// - a package.json that names no workspace version and no export condition (`source`) or
//   subpath import that only works inside this repository.
//
// Builds what is missing first (in `pnpm test`, the weight budgets have built the SDK, the widgets
// and the script tag; the sandbox is built here).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What each public package ships besides package.json, README.md, LICENSE and dist/. */
const extras = {
  '@chikaya/sdk': [],
  '@chikaya/sandbox': [],
  '@chikaya/widgets': [/^custom-elements\.json$/, /^xliff\/[a-z]+\.xlf$/],
};
const forbidden = [/^src\//, /^test\//, /\.map$/, /(^|\/)tsconfig[^/]*\.json$/, /\.tsbuildinfo$/, /^node_modules\//, /^\.cdn\//, /^bench\//];

// Counted as tests: the dry run, then each package (passed when every check of it holds).
let failures = 0;
let passes = 0;
let problems = 0;
function check(ok, what) {
  if (ok) return;
  problems += 1;
  console.error(`  ✗ ${what}`);
}

const publicPackages = readdirSync(join(root, 'packages'))
  .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);
for (const { folder, manifest } of publicPackages) {
  if (existsSync(join(root, 'packages', folder, 'dist'))) continue;
  console.log(`building ${manifest.name}`);
  execFileSync('pnpm', ['--filter', manifest.name, 'build'], { cwd: root, stdio: 'inherit' });
}
if (!existsSync(join(root, 'packages/widgets/dist/cdn/chikaya.js'))) {
  console.log('building the script tag');
  execFileSync('pnpm', ['exec', 'rollup', '-c', '--silent'], { cwd: root, stdio: 'inherit' });
}

console.log('pnpm publish -r --dry-run');
execFileSync('pnpm', ['publish', '-r', '--dry-run', '--no-git-checks', '--access', 'public'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
passes += 1;

/** Every path a manifest field points to (conditions walked), with the field it came from. */
function targets(value, field, found = []) {
  if (typeof value === 'string') found.push({ field, path: value });
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) targets(inner, `${field}.${key}`, found);
  return found;
}

const work = mkdtempSync(join(tmpdir(), 'chikaya-pack-'));
try {
  for (const folder of readdirSync(join(root, 'packages'))) {
    const dir = join(root, 'packages', folder);
    const source = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (source.private) continue;
    console.log(`${source.name}`);
    const before = problems;
    const out = join(work, folder);
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: dir, stdio: 'ignore' });
    const tarball = join(out, readdirSync(out).find((name) => name.endsWith('.tgz')));
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^package\//, ''));
    execFileSync('tar', ['-xzf', tarball, '-C', out]);
    const manifest = JSON.parse(readFileSync(join(out, 'package', 'package.json'), 'utf8'));

    for (const required of ['package.json', 'README.md', 'LICENSE']) check(files.includes(required), `${source.name}: ships ${required}`);
    const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^dist\//, ...(extras[source.name] ?? [])];
    for (const file of files) {
      check(allowed.some((pattern) => pattern.test(file)), `${source.name}: ${file} is not something a consumer needs`);
      check(!forbidden.some((pattern) => pattern.test(file)), `${source.name}: ${file} must not be published`);
    }
    const pointed = [
      ...targets(manifest.exports, 'exports'),
      ...targets(manifest.imports, 'imports'),
      ...targets(manifest.main, 'main'),
      ...targets(manifest.types, 'types'),
      ...targets(manifest.bin, 'bin'),
      ...targets(manifest.customElements, 'customElements'),
    ];
    for (const { field, path } of pointed) {
      const file = path.replace(/^\.\//, '');
      // A subpath pattern (`./x/*`) is checked by its folder.
      const present = file.includes('*') ? files.some((candidate) => candidate.startsWith(file.slice(0, file.indexOf('*')))) : files.includes(file);
      check(present, `${source.name}: ${field} → ${path} is not in the tarball`);
      check(!/(^|\.)source$/.test(field.split('.').pop() ?? ''), `${source.name}: ${field} is a condition of this repository only`);
    }
    for (const kind of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [name, range] of Object.entries(manifest[kind] ?? {})) {
        check(!String(range).startsWith('workspace:'), `${source.name}: ${kind}.${name} is "${range}"`);
      }
    }
    console.log(`  ${files.length} files`);
    if (problems === before) passes += 1;
    else failures += 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\npack: ${passes} passed, ${failures} failed`);
process.exit(failures > 0 ? 1 : 0);
