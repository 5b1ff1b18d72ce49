/**
 * Transport: what the sandbox does with the bytes of a request before any operation sees them.
 * A body is counted while it streams in, slow clients are cut off, duplicate keys are refused,
 * error lists stay small, every refusal is problem+json (the method, the request line and the
 * headers included), and the dev keys never leave a developer's machine.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { devAdminKey, devBackOfficeKey } from '../src/seed/index.js';
import { startSandbox } from '../src/server.js';
import { maxFieldErrors, maxPointerLength } from '../src/http/problem.js';
import { assertConforms, assertMatchesSchema, contractDocument } from './support/contract-validator.js';
import { bearer, type Client, startClient } from './support/sandbox.js';

type Json = Record<string, any>;

const complaint = (extra: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  agencyId: 'dgsn',
  subject: 'Passeport bloqué au guichet',
  description: 'Mon dossier de passeport est bloqué depuis deux mois sans explication.',
  complainant: { fullName: 'Karim Benjelloun', nationalId: 'BK445566', email: 'karim@example.org' },
  answerLanguage: 'fr',
  consent: true,
  ...extra,
});

interface RawAnswer {
  status: number;
  headers: Headers;
  body: any;
  /** body bytes the client had sent when the answer's first bytes arrived */
  sentBeforeAnswer: number;
  /** body bytes sent in all, until the server answered and closed, or the client gave up */
  sent: number;
  /** the server closed the connection */
  closed: boolean;
  /** milliseconds from the connection to the answer (or to the close, when none came) */
  elapsed: number;
  /** milliseconds from the connection to its end */
  lasted: number;
}

function parseAnswer(text: string): Pick<RawAnswer, 'status' | 'headers' | 'body'> | null {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers = new Headers();
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  let body: unknown = text.slice(end + 4);
  if (headers.get('transfer-encoding') === 'chunked') {
    let rest = body as string;
    let joined = '';
    for (;;) {
      const lineEnd = rest.indexOf('\r\n');
      const size = parseInt(rest.slice(0, lineEnd), 16);
      if (!(size > 0)) break;
      joined += rest.slice(lineEnd + 2, lineEnd + 2 + size);
      rest = rest.slice(lineEnd + 2 + size + 2);
    }
    body = joined;
  }
  try {
    body = body === '' ? undefined : JSON.parse(body as string);
  } catch {}
  return { status: Number(statusLine!.split(' ')[1]), headers, body };
}

/**
 * Sends `head` on a raw socket, then body chunks from `chunks` as fast as the server takes them,
 * until the server answers and closes, the chunks run out, or `giveUpMs` passes. The answer is
 * read as it arrives, so that one sent before the body ended is seen.
 */
function rawExchange(url: string, head: string, chunks: Iterable<Buffer> = [], giveUpMs = 10_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket: Socket = connect(Number(port), hostname);
    let received = '';
    let sent = 0;
    let sentBeforeAnswer = -1;
    let answeredAt = -1;
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const parsed = parseAnswer(received);
      resolve({
        status: parsed?.status ?? 0,
        headers: parsed?.headers ?? new Headers(),
        body: parsed?.body,
        sentBeforeAnswer: sentBeforeAnswer < 0 ? sent : sentBeforeAnswer,
        sent,
        closed,
        elapsed: (answeredAt < 0 ? Date.now() : answeredAt) - started,
        lasted: Date.now() - started,
      });
    };
    const timer = setTimeout(() => finish(false), giveUpMs);
    socket.on('data', (data) => {
      if (answeredAt < 0) {
        answeredAt = Date.now();
        sentBeforeAnswer = sent;
      }
      received += data.toString('latin1');
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', () => {
      socket.write(head);
      // Paced, a chunk every few milliseconds (tens of MB/s), so that what was sent is about what
      // the server could have read, not what loopback's socket buffers (several MB) took.
      const iterator = chunks[Symbol.iterator]();
      const pump = () => {
        if (done || socket.destroyed || !socket.writable) return;
        const next = iterator.next();
        if (next.done) return;
        sent += next.value.length;
        if (socket.write(next.value)) setTimeout(pump, 2);
        else socket.once('drain', pump);
      };
      pump();
    });
  });
}

/** A chunked body of `total` bytes of JSON-ish text, in 64 KiB chunks, made lazily. */
function* chunkedBody(total: number): Generator<Buffer> {
  const piece = Buffer.alloc(64 * 1024, 'x');
  const framed = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]);
  yield Buffer.from(`9\r\n{"x": "xx\r\n`);
  for (let sent = 0; sent < total; sent += piece.length) yield framed;
  yield Buffer.from('0\r\n\r\n');
}

const requestHead = (method: string, path: string, headers: Record<string, string>) =>
  `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;

const megabyte = 1024 * 1024;

describe('transport', () => {
  let api: Client;
  before(async () => {
    api = await startClient({ seed: { submissions: 0 } });
  });
  after(() => api.sandbox.close());

  describe('a chunked body', () => {
    test('over the limit is answered 413 while it is still being sent, and the connection is closed', async () => {
      const answer = await rawExchange(
        api.url,
        requestHead('POST', '/v1/submissions', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }),
        chunkedBody(200 * megabyte),
      );
      assert.equal(answer.status, 413, JSON.stringify(answer));
      await assertConforms('createSubmission', 413, answer);
      assert.equal(answer.body.code, 'payload_too_large');
      assert.ok(answer.sentBeforeAnswer < 2 * megabyte, `answered after ${answer.sentBeforeAnswer} bytes of a 200 MB body`);
      assert.ok(answer.closed, 'the server must close the connection rather than read the rest');
      assert.ok(answer.sent < 100 * megabyte, `the server took ${answer.sent} bytes in all`);
      assert.ok(answer.elapsed < 5000, `${answer.elapsed} ms`);
    });

    test('on every operation with a body, and on a route that reads none, the server stops reading', async () => {
      const measure = await rawExchange(
        api.url,
        requestHead('POST', '/v1/back-office/measures', {
          'content-type': 'application/json',
          'transfer-encoding': 'chunked',
          authorization: `Bearer ${devBackOfficeKey('dgsn')}`,
        }),
        chunkedBody(200 * megabyte),
      );
      assert.equal(measure.status, 413);
      assert.ok(measure.sentBeforeAnswer < 2 * megabyte, String(measure.sentBeforeAnswer));
      for (const [method, path] of [
        ['GET', '/v1/agencies'],
        ['POST', '/v1/nowhere'],
      ] as const) {
        const answer = await rawExchange(api.url, requestHead(method, path, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }), chunkedBody(200 * megabyte));
        assert.ok(answer.status === 200 || answer.status === 404, `${method} ${path}: ${answer.status}`);
        assert.ok(answer.closed, `${method} ${path}: the connection must close`);
        assert.ok(answer.sent < 100 * megabyte, `${method} ${path}: the server took ${answer.sent} bytes`);
      }
    });

    test('under the limit is read whole and judged on its fields', async () => {
      const text = Buffer.from(JSON.stringify(complaint()));
      const framed = Buffer.concat([Buffer.from(`${text.length.toString(16)}\r\n`), text, Buffer.from('\r\n0\r\n\r\n')]);
      const answer = await rawExchange(
        api.url,
        requestHead('POST', '/v1/submissions', { 'content-type': 'application/json', 'transfer-encoding': 'chunked', connection: 'close' }),
        [framed],
      );
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
    });
  });

  describe('duplicate keys', () => {
    const send = (raw: string) => api.request('POST', '/v1/submissions', { raw, headers: { 'content-type': 'application/json' } });
    const body = JSON.stringify(complaint());

    test('a key given twice, at any depth, is a 400 duplicate_key with its pointer', async () => {
      const cases: [string, string][] = [
        [`{"kind":"observation",${body.slice(1)}`, '/kind'],
        [body.replace('"email":', '"email":"a@example.org","email":'), '/complainant/email'],
        // the same key, spelled with an escape: a proxy that decodes it reads "kind" twice
        [`{"\\u006bind":"observation",${body.slice(1)}`, '/kind'],
        [body.replace('"consent":true', '"consent":true,"attachments":[{"a":1},{"b":2,"b":3}]'), '/attachments/1/b'],
        [body.replace('"consent":true', '"consent":true,"a/b~c":1,"a/b~c":2'), '/a~1b~0c'],
      ];
      for (const [raw, pointer] of cases) {
        const before = api.sandbox.store.db.prepare('SELECT count(*) FROM submissions').pluck().get();
        const answer = await send(raw);
        await assertConforms('createSubmission', 400, answer);
        assert.equal(answer.body.code, 'duplicate_key', raw);
        assert.deepEqual(answer.body.errors, [{ pointer, code: 'duplicate_key' }], raw);
        assert.equal(api.sandbox.store.db.prepare('SELECT count(*) FROM submissions').pluck().get(), before);
      }
    });

    test('the same key in two objects, or inside a string, is no duplicate', async () => {
      const tricky = complaint({
        subject: 'Deux fois "kind": {"kind": 1} \\" ]',
        complainant: { fullName: 'Karim "kind" Benjelloun', nationalId: 'BK445566', email: 'karim@example.org' },
      });
      assert.equal((await send(JSON.stringify(tricky))).status, 201);
      const twoObjects = await send(body.replace('"consent":true', '"consent":true,"x":[{"kind":1},{"kind":2}]'));
      assert.equal(twoObjects.status, 422, 'refused for its unknown field, not as a duplicate');
      assert.equal(twoObjects.body.code, 'validation_failed');
    });

    test('a lone surrogate is still refused', async () => {
      const answer = await send(JSON.stringify(complaint({ subject: 'Lone \ud800 surrogate here' })));
      assert.equal(answer.status, 422);
      assert.deepEqual(answer.body.errors, [{ pointer: '/subject', code: 'invalid_format' }]);
    });
  });

  describe('error lists', () => {
    test('5,000 unknown fields answer a short list that says it was cut', async () => {
      const extra = Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`f${index}`, 1]));
      const answer = await api.post('/v1/submissions', complaint(extra));
      await assertConforms('createSubmission', 422, answer);
      assert.ok(answer.body.errors.length <= 50, `${answer.body.errors.length} errors`);
      assert.equal(answer.body.errorsTruncated, true);
      const size = Number(answer.headers.get('content-length') ?? JSON.stringify(answer.body).length);
      assert.ok(size < 8 * 1024, `${size} bytes`);
    });

    test('the contract and the sandbox cap the list alike', () => {
      const problem = (contractDocument.components as Json).schemas.Problem.properties;
      assert.equal(problem.errors.maxItems, maxFieldErrors);
      assert.equal((contractDocument.components as Json).schemas.FieldError.properties.pointer.maxLength, maxPointerLength);
    });

    test('a pointer never outgrows the contract: a key of 5,000 characters, or values nested 600 deep, are named by the deepest value that fits', async () => {
      const send = (raw: string) => api.request('POST', '/v1/submissions', { raw, headers: { 'content-type': 'application/json' } });
      const long = 'k'.repeat(5000);
      const unknown = await api.post('/v1/submissions', complaint({ [long]: 1, [`${long}2`]: 2 }));
      await assertConforms('createSubmission', 422, unknown);
      // both long keys are in the body itself: its pointer (''), said once
      assert.deepEqual(unknown.body.errors, [{ pointer: '', code: 'unknown_field' }]);

      const twice = await send(`{"complainant":{"${long}":1,"${long}":2}}`);
      await assertConforms('createSubmission', 400, twice);
      assert.deepEqual(twice.body.errors, [{ pointer: '/complainant', code: 'duplicate_key' }]);

      const deep = await send(JSON.stringify(complaint()).replace(/^\{/, `{"x":${'['.repeat(600)}"\\ud800"${']'.repeat(600)},`));
      await assertConforms('createSubmission', 422, deep);
      const [error] = deep.body.errors as { pointer: string; code: string }[];
      assert.equal(error!.code, 'invalid_format');
      assert.match(error!.pointer, /^\/x(\/0)+$/);
      assert.ok(error!.pointer.length <= 1000 && error!.pointer.length > 990, `${error!.pointer.length} characters`);
    });

    test('a short list is given whole, without the mark', async () => {
      const answer = await api.post('/v1/submissions', complaint({ a: 1, b: 2 }));
      assert.equal(answer.body.errors.length, 2);
      assert.equal('errorsTruncated' in answer.body, false);
    });
  });

  describe('every refusal is problem+json', () => {
    test('a method a real path does not take is a 405 method_not_allowed with Allow', async () => {
      const cases: [string, string, string[]][] = [
        ['DELETE', '/v1/agencies', ['GET']],
        ['PUT', '/v1/submissions', ['POST']],
        ['POST', '/v1/agencies/dgsn', ['GET']],
        ['PUT', '/v1/back-office/measures/1', ['PATCH', 'DELETE']],
      ];
      for (const [method, path, allowed] of cases) {
        const answer = await api.request(method, path, { headers: bearer(devBackOfficeKey('dgsn')) });
        assert.equal(answer.status, 405, `${method} ${path}: ${answer.status}`);
        assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
        await assertMatchesSchema('/components/schemas/Problem', answer.body, `${method} ${path}`);
        assert.equal(answer.body.code, 'method_not_allowed');
        assert.equal(answer.body.status, 405);
        const allow = (answer.headers.get('allow') ?? '').split(/\s*,\s*/);
        for (const name of [...allowed, 'OPTIONS']) assert.ok(allow.includes(name), `${method} ${path}: Allow ${allow.join()}`);
      }
      const nowhere = await api.request('DELETE', '/v1/nowhere');
      assert.equal(nowhere.status, 404);
      assert.equal(nowhere.body.code, 'not_found');
    });

    test('a request line or headers too long are a 431 problem, a broken request line a 400 problem', async () => {
      const longLine = await rawExchange(api.url, requestHead('GET', `/v1/agencies?q=${'a'.repeat(20_000)}`, {}));
      const longHeaders = await rawExchange(api.url, requestHead('GET', '/v1/agencies', { 'x-filler': 'a'.repeat(20_000) }));
      for (const answer of [longLine, longHeaders]) {
        assert.equal(answer.status, 431);
        assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
        await assertMatchesSchema('/components/schemas/Problem', answer.body, '431');
        assert.equal(answer.body.code, 'headers_too_large');
      }
      const broken = await rawExchange(api.url, 'NOT AN HTTP REQUEST\r\n\r\n');
      assert.equal(broken.status, 400);
      await assertMatchesSchema('/components/schemas/Problem', broken.body, '400');
      assert.equal(broken.body.code, 'malformed_request');
    });

    test('every JSON answer carries X-Content-Type-Options: nosniff', async () => {
      const answers = [
        await api.get('/v1/agencies'),
        await api.get('/v1/agencies/nowhere'),
        await api.get('/v1/nowhere'),
        await api.request('DELETE', '/v1/agencies'),
        await api.post('/v1/submissions', { kind: 'complaint' }),
        await api.request('POST', '/v1/submissions', { raw: '{', headers: { 'content-type': 'application/json' } }),
      ];
      for (const answer of answers) assert.equal(answer.headers.get('x-content-type-options'), 'nosniff', `${answer.status} ${JSON.stringify(answer.body).slice(0, 80)}`);
    });
  });

  describe('slow clients', () => {
    let slow: Client;
    const timeouts = { headers: 400, request: 800, keepAlive: 300, idle: 3000 };
    before(async () => {
      slow = await startClient({ seed: { submissions: 0 }, timeouts });
    });
    after(() => slow.sandbox.close());

    test('a client that sends its headers, then stalls its body, is cut off with a 408 problem', async () => {
      const head = requestHead('POST', '/v1/submissions', { 'content-type': 'application/json', 'content-length': '1000' });
      const answer = await rawExchange(slow.url, head, [Buffer.from('{"kind": "comp')], 8000);
      assert.ok(answer.closed, 'the connection must be closed');
      assert.ok(answer.elapsed < timeouts.request + 1500, `cut off after ${answer.elapsed} ms`);
      assert.equal(answer.status, 408, JSON.stringify(answer));
      assert.equal(answer.body.code, 'request_timeout');
      await assertMatchesSchema('/components/schemas/Problem', answer.body, '408');
    });

    test('a client that never ends its headers is cut off within the headers timeout', async () => {
      const answer = await rawExchange(slow.url, 'GET /v1/agencies HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n', [], 8000);
      assert.ok(answer.closed);
      assert.ok(answer.elapsed < timeouts.headers + 1500, `cut off after ${answer.elapsed} ms`);
      assert.equal(answer.status, 408);
    });

    test('an idle keep-alive connection is closed after the keep-alive timeout', async () => {
      const answer = await rawExchange(slow.url, requestHead('GET', '/v1/sectors', {}), [], 8000);
      assert.equal(answer.status, 200);
      assert.ok(answer.closed);
      assert.ok(answer.lasted < timeouts.keepAlive + 1500, `closed after ${answer.lasted} ms`);
      assert.ok(answer.lasted >= timeouts.keepAlive - 50, `closed after ${answer.lasted} ms: an answer must keep the connection for the next request`);
    });

    test('a phone-speed body within the timeouts is read', async () => {
      const text = Buffer.from(JSON.stringify(complaint()));
      const head = requestHead('POST', '/v1/submissions', { 'content-type': 'application/json', 'content-length': String(text.length), connection: 'close' });
      const pieces = [text.subarray(0, 100), text.subarray(100)];
      const { hostname, port } = new URL(slow.url);
      const status = await new Promise<number>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => {
          socket.write(head);
          socket.write(pieces[0]!);
          setTimeout(() => socket.write(pieces[1]!), 300);
        });
        let text = '';
        socket.on('data', (data) => (text += data.toString()));
        socket.on('close', () => resolve(Number(text.split(' ')[1])));
        socket.on('error', reject);
      });
      assert.equal(status, 201);
    });
  });
});

describe('dev keys', () => {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

  test('a sandbox on a non-loopback address refuses to start while the dev keys are on', async () => {
    await assert.rejects(startSandbox({ host: '0.0.0.0', seed: { submissions: 0 } }), /dev keys/i);
  });

  test('NODE_ENV=production refuses the dev keys too; devKeys: false seeds secret keys instead', async (t) => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    t.after(() => {
      if (previous === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previous;
    });
    await assert.rejects(startSandbox({ seed: { submissions: 0 } }), /dev keys/i);
    const sandbox = await startSandbox({ seed: { submissions: 5, now: new Date('2026-06-01T00:00:00Z') }, devKeys: false, rateLimits: false });
    t.after(() => sandbox.close());
    const get = (path: string, key: string) => fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
    assert.equal((await get('/v1/back-office/submissions', devBackOfficeKey('dgsn'))).status, 401);
    assert.equal((await get('/v1/back-office/submissions', sandbox.seeded!.backOfficeKeys.dgsn!)).status, 200);
    assert.notEqual(sandbox.seeded!.adminKey, devAdminKey);
    assert.equal((await fetch(`${sandbox.url}/v1/admin/agencies`, { method: 'POST', headers: bearer(devAdminKey) })).status, 401);
  });

  test('devKeys: false refuses a database that was seeded with the dev keys', async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'chikaya-devkeys-'));
    t.after(() => rmSync(folder, { recursive: true, force: true }));
    const database = join(folder, 'sandbox.db');
    const seeded = await startSandbox({ database, seed: { submissions: 0 } });
    await seeded.close();
    await assert.rejects(startSandbox({ database, devKeys: false }), /dev keys/i);
  });

  test('the CLI exits with code 2 and says why, and --help tells how to start without them', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', cli, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_ENV: '' } });
    const refused = run('--host', '0.0.0.0', '--database', ':memory:', '--submissions', '0');
    assert.equal(refused.status, 2, refused.stdout + refused.stderr);
    assert.match(refused.stderr, /dev keys/i);
    assert.match(refused.stderr, /--no-dev-keys/);
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--no-dev-keys/);
  });
});
