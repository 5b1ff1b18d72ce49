#!/usr/bin/env node
// The contract rendered as one HTML page, `openapi/dist/index.html` (`pnpm build`), which
// `pnpm start` serves at `/contract/`. Redocly's `build-docs`, with Redoc's script inlined
// (`--inlineBundle`: by default the page imports it from Redocly's CDN) and telemetry off (by
// default the page reports to otel.cloud.redocly.com, and the CLI to Redocly too): the page
// must read the same without the internet. It then refuses a page whose tags still load anything
// from another host; the e2e suite (welcome.test.ts) watches what a browser actually requests.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const output = 'openapi/dist/index.html';

try {
  execFileSync(
    'pnpm',
    ['exec', 'redocly', 'build-docs', 'openapi/chikaya.yaml', '--inlineBundle', '--title', 'Chikaya platform API', '-o', output],
    { cwd: root, stdio: 'pipe', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
  );
} catch (error) {
  // Its banners (Node.js 20's end of life, Redoc 3) only when something went wrong.
  process.stderr.write(error.stderr ?? '');
  process.stdout.write(error.stdout ?? '');
  process.exit(1);
}

const page = readFileSync(`${root}${output}`, 'utf8');
const remote = [
  ...page.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["']?(?:https?:)?\/\/[^"'\s>]+/gi),
  ...page.matchAll(/@import\s+(?:url\()?["']?(?:https?:)?\/\//gi),
  ...page.matchAll(/\bimport\s*(?:\{[^}]*\}\s*from\s*)?["'](?:https?:)?\/\//g),
].map((match) => match[0]);
if (!/"disableTelemetry":true/.test(page)) remote.push('telemetry left on ("disableTelemetry" is not true)');
if (remote.length > 0) {
  console.error(`${output} would load from another host:\n  ${remote.join('\n  ')}`);
  process.exit(1);
}
console.log(`${output}: the contract rendered, ${Math.round(page.length / 1024)} KB, nothing loaded from elsewhere`);
