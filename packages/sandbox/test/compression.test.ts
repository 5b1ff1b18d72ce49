/**
 * Compression of API answers, as a browser meets it: a large answer (every agency's KPIs) comes
 * compressed in the encoding the client prefers, says that it varies with Accept-Encoding, and
 * still revalidates to a 304; a small one (a 201, a problem) comes as it is.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { complaint } from './support/inputs.js';
import { type Client, clock, startClient } from './support/sandbox.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** the bytes as sent, not decompressed (fetch would decompress them) */
  bytes: Buffer;
}

function raw(base: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${base}${path}`, { method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, bytes: Buffer.concat(chunks) }));
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const header = (answer: Raw, name: string) => {
  const value = answer.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

describe('compression of API answers', () => {
  let api: Client;
  before(async () => {
    api = await startClient({ now: clock('2026-06-15T10:00:00Z').now, seed: { submissions: 300 } });
  });
  after(() => api.sandbox.close());

  const allKpis = '/v1/kpis/agencies?year=2026';

  test('every agency’s KPIs: gzip or brotli as the client prefers, the same JSON as uncompressed', async () => {
    const plain = await raw(api.sandbox.url, 'GET', allKpis, {});
    assert.equal(plain.status, 200);
    assert.equal(header(plain, 'content-encoding'), undefined, 'a client that asks for no encoding gets none');
    assert.ok(plain.bytes.byteLength > 1024, 'large enough to be worth compressing');
    const text = plain.bytes.toString('utf8');

    const gzip = await raw(api.sandbox.url, 'GET', allKpis, { 'accept-encoding': 'gzip' });
    assert.equal(header(gzip, 'content-encoding'), 'gzip');
    assert.equal(gunzipSync(gzip.bytes).toString('utf8'), text);
    assert.ok(gzip.bytes.byteLength < plain.bytes.byteLength / 3);
    assert.equal(header(gzip, 'content-length'), String(gzip.bytes.byteLength), 'sent in one piece, with its length');

    const br = await raw(api.sandbox.url, 'GET', allKpis, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(header(br, 'content-encoding'), 'br', 'what a browser asks for, the smallest');
    assert.equal(brotliDecompressSync(br.bytes).toString('utf8'), text);

    const gzipPreferred = await raw(api.sandbox.url, 'GET', allKpis, { 'accept-encoding': 'br;q=0.5, gzip' });
    assert.equal(header(gzipPreferred, 'content-encoding'), 'gzip', 'the higher q wins');
    const refused = await raw(api.sandbox.url, 'GET', allKpis, { 'accept-encoding': 'identity, *;q=0' });
    assert.equal(header(refused, 'content-encoding'), undefined);
    assert.equal(refused.bytes.toString('utf8'), text);

    for (const answer of [plain, gzip, br, refused]) {
      assert.match(header(answer, 'vary') ?? '', /accept-encoding/i, 'caches keep one copy per encoding');
      assert.equal(header(answer, 'etag'), header(plain, 'etag'), 'one tag for the answer, weak as KPI tags are');
      assert.match(header(answer, 'etag') ?? '', /^W\//);
    }
  });

  test('a compressed answer revalidates to a 304, and a change gives a new compressed answer', async () => {
    const first = await raw(api.sandbox.url, 'GET', allKpis, { 'accept-encoding': 'gzip' });
    const etag = header(first, 'etag')!;
    const again = await raw(api.sandbox.url, 'GET', allKpis, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.bytes.byteLength, 0);

    const created = await api.post('/v1/submissions', complaint());
    assert.equal(created.status, 201);
    const changed = await raw(api.sandbox.url, 'GET', allKpis, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    assert.equal(changed.status, 200, 'the data moved: the old tag no longer holds');
    assert.notEqual(header(changed, 'etag'), etag);
    const plain = await raw(api.sandbox.url, 'GET', allKpis, {});
    assert.equal(gunzipSync(changed.bytes).toString('utf8'), plain.bytes.toString('utf8'), 'compressed from the new data');
  });

  test('a small answer is sent as it is, even to a client that accepts gzip', async () => {
    const gzip = { 'accept-encoding': 'gzip, deflate, br', 'content-type': 'application/json' };
    const created = await raw(api.sandbox.url, 'POST', '/v1/submissions', gzip, JSON.stringify(complaint()));
    assert.equal(created.status, 201);
    assert.equal(header(created, 'content-encoding'), undefined, 'a 201 of a few hundred bytes');
    assert.ok(created.bytes.byteLength < 1024);
    assert.equal(header(created, 'content-length'), String(created.bytes.byteLength));
    assert.equal((JSON.parse(created.bytes.toString('utf8')) as { status: string }).status, 'received');

    const problem = await raw(api.sandbox.url, 'POST', '/v1/submissions', gzip, JSON.stringify({ kind: 'complaint' }));
    assert.equal(problem.status, 422);
    assert.equal(header(problem, 'content-encoding'), undefined, 'nor a problem');

    const one = await raw(api.sandbox.url, 'GET', '/v1/kpis/agencies/dgsn?year=2026', gzip);
    assert.equal(one.status, 200);
    if (one.bytes.byteLength < 1024) assert.equal(header(one, 'content-encoding'), undefined, 'nor one agency’s KPIs');
  });
});
