#!/usr/bin/env node
// Writes the code generated from openapi/chikaya.yaml: the sandbox's copy of the contract (what its
// request validation reads) and the TypeScript types of every schema and operation
// (openapi-typescript). `--check` fails when a committed file is stale instead of writing it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const specPath = `${root}openapi/chikaya.yaml`;
const check = process.argv.includes('--check');
const banner = '// Generated from openapi/chikaya.yaml by packages/tools/generate-contract.mjs. Do not edit.\n';

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

let stale = [];
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
if (stale.length > 0) {
  console.error(`stale generated files (run pnpm generate): ${stale.join(', ')}`);
  process.exit(1);
}
