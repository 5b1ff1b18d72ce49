/**
 * Static files (the examples, the script tag's bundle): any page may load them, and a file named
 * after its content's hash is cached for good while anything else is revalidated on each use.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Client, startClient } from './support/sandbox.js';

const immutable = 'public, max-age=31536000, immutable';
const origin = { origin: 'https://www.commune-rabat.gov.ma' };

describe('static files', () => {
  let folder: string;
  let api: Client;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'chikaya-static-'));
    mkdirSync(join(folder, 'cdn'));
    mkdirSync(join(folder, 'site'));
    const files: Record<string, string> = {
      'cdn/chikaya.js': 'export {};\n',
      'cdn/core-5kwizF.js': 'export {};\n',
      'cdn/kpi-badge.ar-D2s1tH.js': 'export {};\n',
      'cdn/status-tracker.zgh-f_-N1d.js': 'export {};\n',
      'cdn/manifest.json': '{}\n',
      // a chunk big enough to be worth compressing
      'cdn/report.fr-Q1w2E3.js': `export const text = ${JSON.stringify('Rapport annuel. '.repeat(400))};\n`,
      'site/index.html': '<!doctype html><title>Site</title>\n',
      // Hash-shaped, but not in a build's `cdn/` folder: a hand-written file, kept fresh.
      'site/copy-button.js': 'export {};\n',
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(join(folder, path), text);
    api = await startClient({ seed: false, staticFolders: { '/files': folder } });
  });
  after(async () => {
    await api.sandbox.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('any origin may load them (a module script and its chunks need CORS)', async () => {
    for (const path of ['/files/cdn/chikaya.js', '/files/cdn/core-5kwizF.js', '/files/site/index.html', '/files/site/']) {
      const answer = await api.get(path, origin);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers.get('access-control-allow-origin'), '*', path);
    }
    const script = await api.get('/files/cdn/chikaya.js', origin);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
  });

  test('a file named after its content hash is cached for a year, immutable', async () => {
    for (const path of ['/files/cdn/core-5kwizF.js', '/files/cdn/kpi-badge.ar-D2s1tH.js', '/files/cdn/status-tracker.zgh-f_-N1d.js']) {
      const answer = await api.get(path);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers.get('cache-control'), immutable, path);
    }
  });

  test('any other file is revalidated on each use: the script tag itself, the manifest, pages', async () => {
    for (const path of ['/files/cdn/chikaya.js', '/files/cdn/manifest.json', '/files/site/index.html', '/files/site/', '/files/site/copy-button.js']) {
      const answer = await api.get(path);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers.get('cache-control'), 'no-cache', path);
    }
    const head = await api.request('HEAD', '/files/cdn/core-5kwizF.js');
    assert.equal(head.headers.get('cache-control'), immutable, 'HEAD too');
  });

  test('a missing file is a 404 that no cache keeps for a year; the API is untouched', async () => {
    const missing = await api.get('/files/cdn/gone-AbCdEf.js');
    assert.equal(missing.status, 404);
    assert.notEqual(missing.headers.get('cache-control'), immutable);
    const sectors = await api.get('/v1/sectors');
    assert.equal(sectors.status, 200);
    assert.doesNotMatch(sectors.headers.get('cache-control') ?? '', /immutable|no-cache/);
  });

  test('a revalidated file answers 304 while it is unchanged', async () => {
    const first = await api.get('/files/cdn/chikaya.js', origin);
    const tag = first.headers.get('etag');
    assert.ok(tag, 'an ETag to revalidate with');
    const again = await api.get('/files/cdn/chikaya.js', { ...origin, 'if-none-match': tag });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('cache-control'), 'no-cache');
    assert.equal(again.headers.get('access-control-allow-origin'), '*');
  });

  test('sent compressed to a client that accepts it, and still revalidated', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    const chunk = await api.get('/files/cdn/report.fr-Q1w2E3.js', gzip);
    assert.equal(chunk.headers.get('content-encoding'), 'gzip');
    assert.match(chunk.headers.get('vary') ?? '', /accept-encoding/i, 'caches keep one copy per encoding');
    const page = await api.get('/files/cdn/chikaya.js', gzip);
    assert.equal(page.headers.get('content-encoding'), null, 'too small to be worth it');
    const plain = await api.get('/files/cdn/report.fr-Q1w2E3.js', { 'accept-encoding': 'identity' });
    assert.equal(plain.headers.get('content-encoding'), null, 'as it is to a client that asks for no encoding');

    // the compressed copy's tag is weak (RFC 9110: another encoding, other bytes), and still matches
    const tag = chunk.headers.get('etag');
    assert.match(tag ?? '', /^W\//);
    assert.equal((await api.get('/files/cdn/report.fr-Q1w2E3.js', { ...gzip, 'if-none-match': tag! })).status, 304);
  });
});
