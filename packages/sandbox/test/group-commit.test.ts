/**
 * Creates arriving together are committed together (one sync of the disk for all, see
 * src/store/group-commit.ts), and that changes nothing a client can tell: each `201` comes only
 * once its submission is committed (another connection to the database already sees it), a
 * refused request among them takes back only its own changes, and a retry arriving with its
 * original is answered with the same submission.
 */
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { complaint } from './support/inputs.js';
import { type Client, clock, startClient } from './support/sandbox.js';

describe('creates arriving together', () => {
  let dir: string;
  let api: Client;
  /** another connection, as another process would have: it sees committed data only */
  let other: Database.Database;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chikaya-group-'));
    const database = join(dir, 'sandbox.db');
    api = await startClient({ database, now: clock('2026-06-15T10:00:00Z').now, seed: { submissions: 50 } });
    other = new Database(database, { readonly: true });
  });
  after(async () => {
    other.close();
    await api.sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const committed = (trackingCode: string) =>
    other.prepare('SELECT count(*) FROM submissions WHERE tracking_code = ?').pluck().get(trackingCode) as number;

  test('each 201 comes once its submission is committed; a refused one takes back nothing of the others', async () => {
    const seen: string[] = [];
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, n) => {
        // every fifth names an agency that does not exist: refused inside its own transaction
        const body = n % 5 === 4 ? complaint({ agencyId: 'nowhere', serviceId: undefined }) : complaint({ subject: `Dossier groupé n° ${n}` });
        const answer = await api.post('/v1/submissions', body, { 'idempotency-key': `group-commit-${String(n).padStart(4, '0')}` });
        // checked the moment the answer arrives, before any other answer is awaited
        if (answer.status === 201) assert.equal(committed(answer.body.trackingCode), 1, 'on disk when its 201 arrives');
        seen.push(answer.body.trackingCode);
        return answer;
      }),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status),
      Array.from({ length: 20 }, (_, n) => (n % 5 === 4 ? 422 : 201)),
    );
    const subjects = other.prepare("SELECT subject FROM submissions WHERE subject LIKE 'Dossier groupé n° %' ORDER BY id").pluck().all() as string[];
    assert.equal(subjects.length, 16, 'the sixteen accepted, each once');
    const events = other
      .prepare("SELECT count(*) FROM events e JOIN submissions s ON s.id = e.submission_id WHERE s.subject LIKE 'Dossier groupé n° %'")
      .pluck()
      .get();
    assert.equal(events, 16, 'with their timeline event');
    assert.equal(new Set(seen.filter(Boolean)).size, 16);
  });

  test('the store resolves a write only once another connection sees it committed', async () => {
    const { store } = api.sandbox;
    const write = (key: string) => store.transaction(() => store.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, 'x'));
    const probe = (key: string) => other.prepare('SELECT count(*) FROM meta WHERE key = ?').pluck().get(key);
    const keys = ['group-probe-1', 'group-probe-2', 'group-probe-3'];
    const writes = keys.map((key) => write(key).then(() => probe(key)));
    assert.equal(probe(keys[0]!), 0, 'not committed while the moment’s writes are still gathering');
    assert.deepEqual(await Promise.all(writes), [1, 1, 1]);
    assert.throws(() => store.transaction(() => {
      store.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('group-probe-failed', 'x');
      throw new Error('refused');
    }), /refused/, 'a failing write throws at once');
    await write('group-probe-4');
    assert.equal(probe('group-probe-failed'), 0, 'and takes back its own changes only');
    assert.equal(probe('group-probe-4'), 1);
  });

  test('a retry that arrives with its original is answered with the same submission', async () => {
    const headers = { 'idempotency-key': 'group-commit-retry-0001' };
    const [first, retry] = await Promise.all([
      api.post('/v1/submissions', complaint({ subject: 'Envoyé deux fois' }), headers),
      api.post('/v1/submissions', complaint({ subject: 'Envoyé deux fois' }), headers),
    ]);
    assert.equal(first.status, 201);
    assert.equal(retry.status, 201);
    assert.equal(retry.body.trackingCode, first.body.trackingCode);
    assert.deepEqual(
      [first.headers.get('idempotency-replayed'), retry.headers.get('idempotency-replayed')].sort(),
      ['false', 'true'],
    );
    assert.equal(committed(first.body.trackingCode), 1);
    assert.equal(other.prepare("SELECT count(*) FROM submissions WHERE subject = 'Envoyé deux fois'").pluck().get(), 1);
  });
});
