#!/usr/bin/env node
// The contract rendered as one HTML page, `openapi/dist/index.html` (`pnpm build`), which
// `pnpm start` serves at `/contract/`. Redocly's `build-docs`, with Redoc's script inlined
// (`--inlineBundle`: by default the page imports it from Redocly's CDN) and telemetry off (by
// default the page reports to otel.cloud.redocly.com, and the CLI to Redocly too): the page
// must read the same without the internet. Redoc's footer still shows Redocly's logo from
// cdn.redoc.ly: its address becomes an empty image, which Redoc then leaves out (the "API docs by"
// link stays). This refuses a page whose tags still load anything from another host; the e2e
// suite (packages/widgets/test/e2e/welcome.test.ts) watches every request a browser makes.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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

const built = readFileSync(`${root}${output}`, 'utf8');
const page = built
  .replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, 'data:,')
  // no request for /favicon.ico either
  .replace(/<head>/, '<head>\n  <link rel="icon" href="data:," />');
const remote = [
  ...page.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["']?(?:https?:)?\/\/[^"'\s>]+/gi),
  ...page.matchAll(/@import\s+(?:url\()?["']?(?:https?:)?\/\//gi),
  ...page.matchAll(/\bimport\s*(?:\{[^}]*\}\s*from\s*)?["'](?:https?:)?\/\//g),
  ...page.matchAll(/https:\/\/cdn\.redoc\.ly\/[^"'`\s]+/g),
].map((match) => match[0]);
if (!/"disableTelemetry":true/.test(page)) remote.push('telemetry left on ("disableTelemetry" is not true)');
if (remote.length > 0) {
  console.error(`${output} would load from another host:\n  ${remote.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(`${root}${output}`, page);
console.log(`${output}: the contract rendered, ${Math.round(page.length / 1024)} KB, nothing loaded from elsewhere`);
