/**
 * The newcomer's first minute: the address `pnpm start` prints opens a welcome page (French,
 * Arabic, English) with the examples, the contract, Storybook and the dev keys, and the contract
 * rendered as HTML. The sandbox runs as `pnpm start` runs it: the CLI, in a process of its own,
 * from its sources (`pnpm start` runs the same file built), on a free port with a throwaway database.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const renderedContract = join(root, 'openapi/dist/index.html');

interface Cli {
  url: string;
  output: string;
  process: ChildProcess;
}

/** `chikaya-sandbox ARGS` until it prints its address; its output so far comes with it. */
function startCli(args: string[]): Promise<Cli> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(root, 'packages/sandbox/src/cli.ts'), '--port', '0', '--database', ':memory:', ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'development' } },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('the CLI printed no address within 60 s')), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${error.message}\n${output}`));
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Chikaya sandbox on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      // The whole banner: the address comes first, the keys last.
      if (url && output.includes('Ctrl-C stops it.')) {
        clearTimeout(timer);
        resolve({ url, output, process: child });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => fail(new Error(`the CLI stopped (exit code ${code})`)));
  });
}

function stopCli(cli: Cli | undefined): Promise<void> {
  if (!cli || cli.process.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    cli.process.once('exit', () => resolve());
    cli.process.kill('SIGTERM');
  });
}

async function page(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('the welcome page of `pnpm start`', () => {
  let cli: Cli | undefined;
  before(async () => {
    // `pnpm build` renders the contract; a fresh checkout that ran only the tests has not yet.
    if (!existsSync(renderedContract)) execFileSync(process.execPath, [join(root, 'packages/tools/contract-docs.mjs')], { cwd: root, stdio: 'inherit' });
    cli = await startCli(['--submissions', '300']);
  });
  after(() => stopCli(cli));

  test('the CLI prints the welcome address first', () => {
    assert.match(cli!.output, new RegExp(`welcome +${cli!.url}/ `));
  });

  test('in French by default: what this is, the examples, the contract, Storybook, the keys', async () => {
    const answer = await page(`${cli!.url}/`);
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(answer.headers.get('content-language'), 'fr');
    const html = answer.text;
    assert.match(html, /<html lang="fr" dir="ltr">/);
    assert.match(html, /<h1>[^<]+<\/h1>/);
    for (const words of ['plateforme nationale des réclamations', '2.17.265', '60 jours', '70', '10'])
      assert.ok(html.includes(words), `says ${words}`);
    for (const href of ['/examples/agency-site/', '/examples/portal/', '/examples/portal/rapport.html', '/examples/', '/contract/', '/openapi.yaml', 'http://localhost:6006'])
      assert.ok(html.includes(`href="${href}"`), `links to ${href}`);
    assert.ok(html.includes('pnpm storybook'));
    for (const key of ['Bearer bo_sandbox_&#60;agency id&#62;', 'Bearer bo_sandbox_mrafp', 'Bearer admin_sandbox', 'X-Access-Key: ak_sandbox_'])
      assert.ok(html.includes(key), `shows ${key}`);
    assert.ok(html.includes('/v1/back-office/'), 'says what a back-office key opens');
    assert.ok(html.includes('/v1/admin/'), 'says what the admin key opens');
  });

  test('in Arabic, right to left, with the same links and keys', async () => {
    const requests: { query: string; headers: Record<string, string> }[] = [
      { query: '?lang=ar', headers: {} },
      { query: '', headers: { 'accept-language': 'ar-MA,ar;q=0.9,fr;q=0.8' } },
    ];
    for (const request of requests) {
      const answer = await page(`${cli!.url}/${request.query}`, request.headers);
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('content-language'), 'ar');
      const html = answer.text;
      assert.match(html, /<html lang="ar" dir="rtl">/);
      assert.ok(html.includes('الوطنية للشكايات'), 'says what this is');
      assert.ok(html.includes('المرسوم رقم 2.17.265'));
      for (const href of ['/examples/agency-site/', '/examples/portal/', '/examples/portal/rapport.html', '/contract/', '/openapi.yaml'])
        assert.ok(html.includes(`href="${href}"`), `links to ${href}`);
      assert.ok(html.includes('<code dir="ltr">Authorization: Bearer admin_sandbox</code>'), 'keys stay left to right');
    }
  });

  test('a language switch to each language, the current one marked', async () => {
    const { text } = await page(`${cli!.url}/?lang=ar`);
    for (const language of ['fr', 'ar', 'en']) assert.ok(text.includes(`href="/?lang=${language}" lang="${language}"`), language);
    assert.match(text, /href="\/\?lang=ar" lang="ar" hreflang="ar" aria-current="page"/);
    assert.match((await page(`${cli!.url}/?lang=en`)).text, /<html lang="en" dir="ltr">/);
    assert.match((await page(`${cli!.url}/?lang=xx`, { 'accept-language': 'de' })).text, /<html lang="fr"/, 'French otherwise');
  });

  test('no script, a strict policy, and a stylesheet it allows', async () => {
    const answer = await page(`${cli!.url}/`);
    assert.doesNotMatch(answer.text, /<script|\sstyle=|<style/i);
    const policy = answer.headers.get('content-security-policy') ?? '';
    assert.match(policy, /default-src 'none'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    const css = await page(`${cli!.url}/welcome.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
  });

  test('the seeded submission it shows opens with the access key it shows', async () => {
    const { text } = await page(`${cli!.url}/`);
    const [, code, key] = /suivi\.html\?code=([\w-]+)&#38;key=(ak_sandbox_\w+)"/.exec(text) ?? [];
    assert.ok(code && key, 'a tracker link with a code and its key');
    const details = await page(`${cli!.url}/v1/submissions/${code}`, { 'x-access-key': key });
    assert.equal(details.status, 200, details.text);
    assert.equal(JSON.parse(details.text).trackingCode, code);
    const inbox = await page(`${cli!.url}/v1/back-office/submissions`, { authorization: 'Bearer bo_sandbox_mrafp' });
    assert.equal(inbox.status, 200, 'the back-office key it shows opens the inbox');
  });

  test('the contract, rendered at /contract/ and as written at /openapi.yaml', async () => {
    const rendered = await page(`${cli!.url}/contract/`);
    assert.equal(rendered.status, 200);
    assert.match(rendered.headers.get('content-type') ?? '', /^text\/html/);
    assert.ok(rendered.text.includes('Chikaya platform API'));
    for (const operation of ['createSubmission', 'listAgencyKpis', 'approveReport']) assert.ok(rendered.text.includes(operation), operation);
    // Readable without the internet: no tag loads from another host (the e2e suite watches a browser).
    assert.doesNotMatch(rendered.text, /<(?:script|link)\b[^>]*\b(?:src|href)="https?:\/\//);
    assert.equal((await fetch(`${cli!.url}/contract`, { redirect: 'manual' })).headers.get('location'), '/contract/');

    const written = await page(`${cli!.url}/openapi.yaml`);
    assert.equal(written.status, 200);
    assert.match(written.headers.get('content-type') ?? '', /yaml/);
    assert.equal(written.text, readFileSync(join(root, 'openapi/chikaya.yaml'), 'utf8'));
  });

  test('the API is as it was: an unknown address is still a problem', async () => {
    const answer = await page(`${cli!.url}/nothing-here`);
    assert.equal(answer.status, 404);
    assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal((await page(`${cli!.url}/v1/sectors`)).status, 200);
  });
});

describe('the welcome page without the dev keys', () => {
  let cli: Cli | undefined;
  before(async () => {
    cli = await startCli(['--no-dev-keys', '--agencies', '3', '--submissions', '20']);
  });
  after(() => stopCli(cli));

  test('shows no key, and says where the keys are', async () => {
    for (const language of ['fr', 'ar', 'en']) {
      const { status, text } = await page(`${cli!.url}/?lang=${language}`);
      assert.equal(status, 200);
      assert.doesNotMatch(text, /bo_sandbox_|admin_sandbox|ak_sandbox_|Bearer (?:bo|admin)_/, language);
      assert.ok(text.includes('--no-dev-keys'), language);
    }
  });
});
