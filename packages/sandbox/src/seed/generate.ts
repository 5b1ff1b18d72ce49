/**
 * The deterministic seed: reference data, agencies with their services, and years of realistic
 * submissions with their timelines, forwards and measures. The same options always give the same
 * database, byte for byte: every random choice comes from a seeded generator, and `now` is read
 * once, at the top, when not given.
 *
 * Each agency gets a hidden performance profile (how often and how fast it answers, how often it
 * rejects or forwards, how good its answers are), improving over the years, so that the KPIs show
 * some agencies meeting the public targets and some missing them.
 *
 * Submissions are generated day by day in time order and inserted in chunks, so memory stays
 * bounded whatever their number.
 */
import { dueDateFor, isoDate, isOnTime, renewalWindowDays } from '../domain/deadline.js';
import { firstYear } from '../domain/kpi.js';
import type { AgencyRecord, Locale, ServiceRecord, SubjectTemplate } from '../domain/reference.js';
import { generateSecret, hashSecret } from '../domain/secrets.js';
import { generateTrackingCode } from '@chikaya/sdk';
import type Database from 'better-sqlite3';
import type { Db } from '../store/db.js';
import { ReferenceStore } from '../store/reference.js';
import { agencies as referenceAgencies, regions, sectors, serviceCategories, subjectTemplates } from './data/index.js';
import { syntheticPerson } from './people.js';
import { publishPastReports } from './published-reports.js';
import { Random, WeightedTable, type WeightedEntries } from './random.js';
import { syntheticAgencies } from './synthetic-agencies.js';
import { answerText, measureText, notesFor, ratingComment, renewalReason, type Kind, type RejectionReason } from './texts.js';

export interface SeedOptions {
  /** agencies on the platform: the 90 of the reference data, plus synthetic local bodies beyond (default 90) */
  agencies?: number;
  /** submissions from 2018-01-02 to `now` (default 30,000) */
  submissions?: number;
  /** the seed of every random choice (default 20180101) */
  seed?: number;
  /** the end of the simulated history (default: the current time) */
  now?: Date;
  /** called after each committed chunk */
  onProgress?: (done: number, total: number) => void;
  /**
   * `false` gives the admin, each back office and each seeded submission a random secret key
   * (returned once in the result) instead of the documented dev keys, which anyone can derive
   * from an agency id or a tracking code. Everything else stays deterministic.
   */
  devKeys?: boolean;
}

export interface SeedResult {
  agencies: number;
  submissions: number;
  /** the admin key: the dev key, or the random one made for this database (shown only here) */
  adminKey: string;
  /** agencyId → back-office key, for the first 90 agencies only (all of them without dev keys) */
  backOfficeKeys: Record<string, string>;
}

export const seedDefaults = { agencies: 90, submissions: 30_000, seed: 20_180_101 } as const;

/** The documented development key of an agency's back office. */
export function devBackOfficeKey(agencyId: string): string {
  return `bo_sandbox_${agencyId}`;
}

/** The documented development key of the ministry's administration. */
export const devAdminKey = 'admin_sandbox';

/** The documented development access key of a seeded submission. */
export function devAccessKey(trackingCode: string): string {
  return `ak_sandbox_${trackingCode.replace(/-/g, '').toLowerCase()}`;
}

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
/** The platform opened in January 2018; the first submissions came the day after the 61 founders joined. */
const historyStart = Date.UTC(2018, 0, 2);
/** Rows per committed transaction, roughly. */
const rowsPerCommit = 20_000;
/** Submissions per multi-row INSERT (fewer calls into SQLite; 35 × 32 parameters is far below the limit). */
const submissionsPerStatement = 32;
/** Nothing received in the last few days before `now` has been answered yet. */
const recentDays = 3;

/** The agencies of a seed: the reference 90 (or fewer), then synthetic local bodies. */
export function seedAgencies(count: number = seedDefaults.agencies, seed: number = seedDefaults.seed, now: Date = new Date()): AgencyRecord[] {
  if (count <= referenceAgencies.length) return referenceAgencies.slice(0, Math.max(0, count));
  const extra = syntheticAgencies(count - referenceAgencies.length, {
    seed,
    regions,
    sectors,
    serviceCategories,
    agencies: referenceAgencies,
    until: isoDate(now),
  });
  return [...referenceAgencies, ...extra];
}

// ─── Performance profiles ──────────────────────────────────────────────────────────────────────

interface YearProfile {
  /** probability that a submission is ever answered */
  answer: number;
  /** median days from receipt to the first answer, and the spread of the lognormal */
  delayMedian: number;
  sigma: number;
  /** probability that an answered complaint is renewed */
  renewal: number;
  reject: number;
  forward: number;
  /** probability that the agency acknowledges (in_progress) before acting */
  ack: number;
  /** probability that the user rates the answer */
  rating: number;
}

interface AgencyState {
  index: number;
  record: AgencyRecord;
  id: string;
  /** submissions may reach it from this instant: the day after it joined */
  activeFrom: number;
  /** how good its answers are, a standard normal draw */
  quality: number;
  /** relative volume of submissions */
  volume: number;
  years: YearProfile[];
  /** agencies of its sector (itself included), by activeFrom */
  peers: AgencyState[];
  origin: string | null;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
function probit(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -probit(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}

/**
 * Draws an agency's hidden profile from its own stream of the seed, so that it depends only on the
 * seed and the agency, not on how many submissions are generated. Each year improves on the last on
 * average, both from the platform's maturity and from the agency's own experience on it.
 */
function drawProfile(root: Random, agency: AgencyRecord, synthetic: boolean, lastYear: number): Omit<AgencyState, 'index' | 'record' | 'id' | 'activeFrom' | 'peers' | 'origin'> {
  const random = root.fork(`profile:${agency.id}`);
  const quality = random.normal();
  const volume = synthetic ? random.lognormal(0.22, 0.7) : random.lognormal(1, 0.9);
  const answer0 = random.normal(0.7, 0.85) + 0.55 * quality;
  const answerTrend = random.normal(0.18, 0.09);
  const onTime0 = random.normal(0.25, 0.95) + 0.45 * quality;
  const onTimeTrend = random.normal(0.2, 0.1);
  const renewal0 = random.normal(-2.0, 0.5) - 0.3 * quality;
  const renewalTrend = random.normal(0.08, 0.05);
  const sigma = random.float(0.65, 1.05);
  const reject = random.float(0.012, 0.048);
  const forward = random.float(0.012, 0.048);
  const ack = random.float(0.55, 0.95);
  const rating = random.float(0.15, 0.45);
  const joinYear = Number(agency.joinedOn.slice(0, 4));
  const years: YearProfile[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const progress = (year - firstYear + Math.max(0, year - joinYear)) / 2;
    const answerLogit = answer0 + answerTrend * progress + random.normal(0, 0.2);
    const onTime = sigmoid(onTime0 + onTimeTrend * progress + random.normal(0, 0.2));
    const renewal = sigmoid(renewal0 - renewalTrend * progress + random.normal(0, 0.15));
    // the lognormal median that puts `onTime` of the answers within the 60 legal days
    const z = probit(clamp(onTime, 0.03, 0.995));
    years.push({
      answer: clamp(sigmoid(answerLogit), 0.2, 0.995),
      delayMedian: clamp(60 / Math.exp(sigma * z), 0.5, 240),
      sigma,
      renewal: clamp(renewal, 0.005, 0.5),
      reject,
      forward,
      ack,
      rating,
    });
  }
  return { quality, volume, years };
}

// ─── Fixed distributions ───────────────────────────────────────────────────────────────────────

const kindWeights: WeightedEntries<Kind> = [
  ['complaint', 75],
  ['observation', 15],
  ['suggestion', 10],
];

type Channel = 'web' | 'widget' | 'phone' | 'mail' | 'desk' | 'mobile';

/** Channels by era: widgets arrive with the embeddable kit, the mobile app grows. */
function channelWeights(year: number, hasOrigin: boolean): WeightedEntries<Channel> {
  const widget = !hasOrigin ? 0 : year < 2020 ? 2 : year < 2022 ? 10 : 18;
  const mobile = year < 2019 ? 4 : year < 2022 ? 11 : 15;
  return [
    ['web', 50],
    ['widget', widget],
    ['mobile', mobile],
    ['phone', 8],
    ['desk', 7],
    ['mail', 3],
  ];
}

const rejectionWeights: WeightedEntries<RejectionReason> = [
  ['insufficient_information', 35],
  ['outside_public_service', 30],
  ['duplicate', 20],
  ['before_the_courts', 10],
  ['abusive', 5],
];

/** Millions of inhabitants (2014 census, rounded), by a word of the region's id. */
const regionPopulation: ReadonlyArray<readonly [string, number]> = [
  ['casablanca', 6.9 * 1.3],
  ['rabat', 4.6 * 1.3],
  ['marrakech', 4.5],
  ['fes', 4.2],
  ['tanger', 3.6],
  ['souss', 2.7],
  ['beni-mellal', 2.5],
  ['oriental', 2.3],
  ['draa', 1.6],
  ['guelmim', 0.45],
  ['laayoune', 0.37],
  ['dakhla', 0.14],
];

/** Relative volume by month (summer slows, the return to school and work picks up). */
const seasonality = [1.05, 1.0, 1.05, 1.0, 0.95, 0.95, 0.85, 0.72, 1.1, 1.12, 1.05, 0.95];
/** Relative volume by weekday, Sunday first. */
const weekdays = [0.45, 1.05, 1.05, 1.0, 1.0, 0.9, 0.55];
/** Relative volume by hour (UTC; Morocco is UTC+1 most of the year). */
const hours = [0.3, 0.2, 0.12, 0.08, 0.08, 0.15, 0.4, 1.1, 2.2, 2.8, 3.0, 2.8, 2.1, 2.3, 2.8, 2.6, 2.2, 1.8, 1.5, 1.4, 1.3, 1.1, 0.8, 0.5];
/** Yearly growth of the volume per participating agency. */
const yearlyGrowth = 1.16;

function weekday(ms: number): number {
  return (Math.floor(ms / day) + 4) % 7;
}

function dayStart(ms: number): number {
  return ms - (((ms % day) + day) % day);
}

/** An agency acts in office hours (08:00–17:00 Morocco time) on working days. */
function officeTime(random: Random, ms: number): number {
  let start = dayStart(ms);
  const dow = weekday(start);
  if (dow === 6) start += 2 * day;
  else if (dow === 0) start += day;
  return start + 7 * hour + Math.floor(random.next() * 9 * hour);
}

// ─── Seeding ───────────────────────────────────────────────────────────────────────────────────

/** Events of the submission being generated, in time order, cut at `now`. */
class Timeline {
  at: number[] = [];
  status: string[] = [];
  actor: string[] = [];
  agency: string[] = [];
  note: (string | null)[] = [];
  last = 0;
  stopped = false;

  constructor(private readonly now: number) {}

  reset(): void {
    this.at.length = 0;
    this.status.length = 0;
    this.actor.length = 0;
    this.agency.length = 0;
    this.note.length = 0;
    this.last = 0;
    this.stopped = false;
  }

  /** Adds an event at `at` (moved after the previous one if needed); false, and nothing more, once past `now`. */
  add(at: number, status: string, actor: string, agency: string, note: string | null): boolean {
    if (this.stopped) return false;
    const time = this.at.length === 0 ? at : Math.max(at, this.last + minute);
    if (time > this.now) {
      this.stopped = true;
      return false;
    }
    this.at.push(time);
    this.status.push(status);
    this.actor.push(actor);
    this.agency.push(agency);
    this.note.push(note);
    this.last = time;
    return true;
  }
}

type Statement = Database.Statement;

/** Rows buffered for multi-row INSERT statements (one prepared statement per row count). */
class RowBatch {
  private rows: unknown[][] = [];
  private readonly statements = new Map<number, Statement>();
  private single: Statement | undefined;

  constructor(
    private readonly db: Db,
    private readonly head: string,
    private readonly columns: number,
  ) {}

  get size(): number {
    return this.rows.length;
  }

  add(row: unknown[]): void {
    this.rows.push(row);
  }

  private statement(count: number): Statement {
    let statement = this.statements.get(count);
    if (statement === undefined) {
      const tuple = `(${new Array<string>(this.columns).fill('?').join(', ')})`;
      statement = this.db.prepare(`${this.head} VALUES ${new Array<string>(count).fill(tuple).join(', ')}`);
      this.statements.set(count, statement);
    }
    return statement;
  }

  /**
   * Writes the buffered rows in one statement. When `retry` is given and the statement breaks a
   * UNIQUE constraint (SQLite then undoes the whole statement), the rows are written one by one and
   * `retry` changes a failing row before it is tried again.
   */
  flush(retry?: (row: unknown[]) => void): void {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    try {
      this.statement(rows.length).run(rows.flat());
    } catch (error) {
      if (retry === undefined || !isUniqueViolation(error)) throw error;
      this.single ??= this.statement(1);
      for (const row of rows) {
        for (;;) {
          try {
            this.single.run(row);
            break;
          } catch (again) {
            if (!isUniqueViolation(again)) throw again;
            retry(row);
          }
        }
      }
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function seedDatabase(db: Db, options: SeedOptions = {}): SeedResult {
  const now = options.now ?? new Date();
  const seed = options.seed ?? seedDefaults.seed;
  const agencyCount = options.agencies ?? seedDefaults.agencies;
  const requested = Math.max(0, Math.floor(options.submissions ?? seedDefaults.submissions));
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('seed: `now` is not a valid date');
  const already = db.prepare('SELECT count(*) FROM agencies').pluck().get() as number;
  if (already > 0) throw new Error('seed: the database already holds agencies; seed a new database');

  const root = new Random(seed);
  const agencyRecords = seedAgencies(agencyCount, seed, now);
  const lastYear = Math.max(firstYear, now.getUTCFullYear());
  const devKeys = options.devKeys !== false;
  const backOfficeKey = devKeys ? devBackOfficeKey : () => generateSecret('bo');
  const adminKey = devKeys ? devAdminKey : generateSecret('admin');
  const accessKey = devKeys ? devAccessKey : () => generateSecret('ak');

  // ── Reference data, agencies, services, measures, keys ──
  const backOfficeKeys: Record<string, string> = {};
  db.transaction(() => {
    const insertSector = db.prepare('INSERT INTO sectors (id, names) VALUES (?, ?)');
    for (const sector of sectors) insertSector.run(sector.id, JSON.stringify(sector.names));
    const insertCategory = db.prepare('INSERT INTO service_categories (id, names) VALUES (?, ?)');
    for (const category of serviceCategories) insertCategory.run(category.id, JSON.stringify(category.names));
    const insertRegion = db.prepare('INSERT INTO regions (id, position, names) VALUES (?, ?, ?)');
    const insertProvince = db.prepare('INSERT INTO provinces (id, region_id, names) VALUES (?, ?, ?)');
    regions.forEach((region, position) => {
      insertRegion.run(region.id, position, JSON.stringify(region.names));
      for (const province of region.provinces) insertProvince.run(province.id, region.id, JSON.stringify(province.names));
    });
    // The same insert as onboarding through the admin API: one place decides how an agency is stored.
    const reference = new ReferenceStore(db);
    agencyRecords.forEach((agency, position) => {
      const key = backOfficeKey(agency.id);
      if (position < referenceAgencies.length || !devKeys) backOfficeKeys[agency.id] = key;
      const { services, ...fields } = agency;
      reference.insertAgency(
        fields,
        services.map((service) => ({ ...service, agencyId: agency.id })),
        hashSecret(key),
      );
    });
    insertMeasures(db, root.fork('measures'), agencyRecords, now);
    const insertMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    insertMeta.run('admin_key_hash', hashSecret(adminKey));
    insertMeta.run(
      'seed',
      JSON.stringify({ seed, agencies: agencyRecords.length, submissions: requested, now: now.toISOString() }),
    );
  })();

  // ── Agencies' hidden profiles ──
  const states: AgencyState[] = agencyRecords.map((record, index) => ({
    index,
    record,
    id: record.id,
    activeFrom: Date.parse(`${record.joinedOn}T00:00:00Z`) + day,
    ...drawProfile(root, record, index >= referenceAgencies.length, lastYear),
    peers: [],
    origin: record.allowedOrigins[0] ?? null,
  }));
  const bySector = new Map<string, AgencyState[]>();
  for (const state of states) {
    const list = bySector.get(state.record.sectorId) ?? [];
    list.push(state);
    bySector.set(state.record.sectorId, list);
  }
  for (const list of bySector.values()) {
    list.sort((a, b) => a.activeFrom - b.activeFrom || a.index - b.index);
    for (const state of list) state.peers = list;
  }
  // agencies in the order they open to submissions, for the weighted pick among the active ones
  const byActivation = states.slice().sort((a, b) => a.activeFrom - b.activeFrom || a.index - b.index);
  const agencyTable = byActivation.length > 0 ? new WeightedTable(byActivation, byActivation.map((state) => state.volume)) : null;

  // ── The volume of each day, allocated by largest remainder ──
  const dayCount = nowMs > historyStart ? Math.ceil((nowMs - historyStart) / day) : 0;
  const intensity = new Float64Array(dayCount);
  const activeCounts = new Int32Array(dayCount);
  const volumeRandom = root.fork('volume');
  let active = 0;
  let totalIntensity = 0;
  for (let d = 0; d < dayCount; d++) {
    const start = historyStart + d * day;
    while (active < byActivation.length && byActivation[active]!.activeFrom <= start) active++;
    activeCounts[d] = active;
    const date = new Date(start);
    const years = (start - Date.UTC(2018, 0, 1)) / (365.25 * day);
    const covered = Math.min(1, (nowMs - start) / day);
    const weight = agencyTable === null ? 0 : agencyTable.weightOf(active);
    const value =
      weight * yearlyGrowth ** years * seasonality[date.getUTCMonth()]! * weekdays[date.getUTCDay()]! * covered * volumeRandom.lognormal(1, 0.18);
    intensity[d] = value;
    totalIntensity += value;
  }
  const perDay = new Int32Array(dayCount);
  if (totalIntensity > 0 && requested > 0) {
    let allocated = 0;
    const remainders: number[] = [];
    for (let d = 0; d < dayCount; d++) {
      const exact = (requested * intensity[d]!) / totalIntensity;
      perDay[d] = Math.floor(exact);
      allocated += perDay[d]!;
      remainders.push(exact - perDay[d]!);
    }
    const order = remainders.map((_, d) => d).filter((d) => intensity[d]! > 0);
    order.sort((a, b) => remainders[b]! - remainders[a]! || a - b);
    for (let i = 0; allocated < requested && order.length > 0; i = (i + 1) % order.length) {
      perDay[order[i]!]!++;
      allocated++;
    }
  }
  const total = requested > 0 && totalIntensity > 0 ? requested : 0;

  // ── Look-ups for the generation ──
  const templatesByCategory = new Map<string, SubjectTemplate[]>();
  const templatesByKind = new Map<string, SubjectTemplate[]>();
  for (const template of subjectTemplates) {
    const key = `${template.serviceCategoryId}|${template.kind}`;
    (templatesByCategory.get(key) ?? templatesByCategory.set(key, []).get(key)!).push(template);
    (templatesByKind.get(template.kind) ?? templatesByKind.set(template.kind, []).get(template.kind)!).push(template);
  }
  const regionTable = new WeightedTable(
    regions,
    regions.map((region) => regionPopulation.find(([word]) => region.id.includes(word))?.[1] ?? 1),
  );
  const hourTable = new WeightedTable(
    hours.map((_, h) => h),
    hours,
  );

  // ── Statements ──
  const submissionRows = new RowBatch(
    db,
    `INSERT INTO submissions (id, tracking_code, access_key_hash, kind, agency_id, lodged_with, service_id, region_id, province_id,
       commune, subject, description, occurred_on, full_name, national_id, email, phone, answer_language, channel, origin, status,
       received_at, year, due_date, answered_at, answer, answer_at, answered_on_time, rejection_reason, renewed_at, renewal_reason,
       rating_score, rating_comment, rated_at, closed_at)`,
    35,
  );
  const eventRows = new RowBatch(db, 'INSERT INTO events (submission_id, at, status, actor, agency_id, note)', 6);
  const forwardRows = new RowBatch(db, 'INSERT INTO forwards (submission_id, from_agency_id, to_agency_id, year, at)', 5);
  const nextId = ((db.prepare('SELECT max(id) FROM submissions').pluck().get() as number | null) ?? 0) + 1;

  const random = root.fork('submissions');
  const codeRandom = root.fork('tracking-codes');
  const codeBytes = (n: number): Uint8Array => codeRandom.bytes(n);
  /** Sets a new tracking code and its access key hash in a submission row. */
  const newCode = (row: unknown[]): void => {
    const code = generateTrackingCode(codeBytes);
    row[1] = code;
    row[2] = hashSecret(accessKey(code));
  };
  /** Writes the buffered rows, submissions first; a tracking code collision (rare) is retried row by row. */
  const flush = (): void => {
    submissionRows.flush(newCode);
    forwardRows.flush();
    eventRows.flush();
  };
  const timeline = new Timeline(nowMs);
  const recentCutoff = nowMs - recentDays * day;

  /** The active agency of the sector, other than `self`, to forward to at `at`; null when there is none. */
  function forwardTarget(self: AgencyState, at: number): AgencyState | null {
    const peers = self.peers;
    let count = 0;
    while (count < peers.length && peers[count]!.activeFrom <= at) count++;
    const others = count - (self.activeFrom <= at ? 1 : 0);
    if (others <= 0) return null;
    let pick = Math.floor(random.next() * others);
    for (const peer of peers) {
      if (peer.activeFrom > at) break;
      if (peer === self) continue;
      if (pick-- === 0) return peer;
    }
    return null;
  }

  function pickTemplate(categoryId: string | undefined, kind: Kind): SubjectTemplate {
    const own = categoryId === undefined ? undefined : templatesByCategory.get(`${categoryId}|${kind}`);
    if (own !== undefined && own.length > 0) return random.pick(own);
    const any = templatesByKind.get(kind);
    if (any !== undefined && any.length > 0) return random.pick(any);
    return random.pick(subjectTemplates);
  }

  let id = nextId;
  let done = 0;
  let rowsInChunk = 0;
  let inTransaction = false;
  const begin = (): void => {
    db.exec('BEGIN');
    inTransaction = true;
  };
  const commit = (): void => {
    flush();
    db.exec('COMMIT');
    inTransaction = false;
    options.onProgress?.(done, total);
  };

  /** Generates and inserts one submission received at `receivedMs` by `lodged`. */
  function generateOne(receivedMs: number, lodged: AgencyState): void {
    const received = new Date(receivedMs);
    const receivedAt = received.toISOString();
    const year = received.getUTCFullYear();
    const yearIndex = Math.min(year, lastYear) - firstYear;
    const dueDate = dueDateFor(received);

    const kind = random.weighted(kindWeights);
    const services = lodged.record.services;
    const service: ServiceRecord | undefined = services.length > 0 ? random.pick(services) : undefined;
    const template = pickTemplate(service?.serviceCategoryId, kind);
    const locale: Locale = template.locale;
    const notes = notesFor(locale);

    const channel = random.weighted(channelWeights(year, lodged.origin !== null));
    const origin = channel === 'widget' ? lodged.origin : null;

    const region = regionTable.pick(random);
    let provinceId: string | null = null;
    let commune: string | null = null;
    if (region.provinces.length > 0 && random.chance(0.85)) {
      const province = random.pick(region.provinces);
      provinceId = province.id;
      if (random.chance(0.3)) commune = province.names[locale];
    }
    const occurredOn =
      random.chance(kind === 'complaint' ? 0.65 : 0.3) ? isoDate(new Date(receivedMs - random.int(0, 45) * day)) : null;

    let fullName: string | null = null;
    let nationalId: string | null = null;
    let email: string | null = null;
    let phone: string | null = null;
    if (kind === 'complaint' || random.chance(0.5)) {
      const person = syntheticPerson(random, locale);
      fullName = person.fullName;
      const contact = random.next();
      if (kind === 'complaint') {
        nationalId = person.nationalId;
        email = contact < 0.8 ? person.email : null;
        phone = contact >= 0.5 ? person.phone : null;
      } else {
        nationalId = random.chance(0.3) ? person.nationalId : null;
        email = contact < 0.6 ? person.email : null;
        phone = contact >= 0.4 && contact < 0.9 ? person.phone : null;
      }
    }

    // ── the lifecycle ──
    timeline.reset();
    timeline.add(receivedMs, 'received', 'user', lodged.id, null);
    let status = 'received';
    let holder = lodged;
    let forwardAt: number | null = null;
    let rejectionReason: RejectionReason | null = null;
    let answeredAt: number | null = null;
    let answeredOnTime: number | null = null;
    let answer: string | null = null;
    let answerAt: number | null = null;
    let renewedAt: number | null = null;
    let renewal: string | null = null;
    let ratingScore: number | null = null;
    let ratingCommentText: string | null = null;
    let ratedAt: number | null = null;
    let closedAt: number | null = null;

    const acknowledge = (agency: AgencyState, at: number): void => {
      if (timeline.add(at, 'in_progress', 'agency', agency.id, random.chance(0.5) ? random.pick(notes.inProgress) : null)) status = 'in_progress';
    };

    const reject = (agency: AgencyState, from: number): void => {
      let at = officeTime(random, from + random.lognormal(4, 0.9) * day);
      if (at <= from) at = from + random.float(1, 24) * hour;
      if (random.chance(0.4)) {
        const ackAt = officeTime(random, from + (at - from) * random.float(0.1, 0.6));
        if (ackAt > from && ackAt < at) acknowledge(agency, ackAt);
      }
      const reason = random.weighted(rejectionWeights);
      if (timeline.add(at, 'rejected', 'agency', agency.id, notes.rejected[reason])) {
        status = 'rejected';
        rejectionReason = reason;
      }
    };

    const handle = (agency: AgencyState, from: number, forwardedIn: boolean): void => {
      const profile = agency.years[yearIndex]!;
      if (forwardedIn && random.chance(profile.reject * 0.5)) return reject(agency, from);
      const willAnswer = random.chance(profile.answer) && receivedMs < recentCutoff;
      if (!willAnswer) {
        if (random.chance(profile.ack)) acknowledge(agency, officeTime(random, from + random.lognormal(2, 1) * day));
        return;
      }
      let delay = random.lognormal(profile.delayMedian, profile.sigma);
      if (delay > 600) delay = 400 + random.next() * 200;
      let at = officeTime(random, receivedMs + delay * day);
      if (at <= from) at = from + random.float(1, 48) * hour;
      if (random.chance(profile.ack)) {
        const ackAt = officeTime(random, from + (at - from) * random.float(0.05, 0.5));
        if (ackAt > from && ackAt < at) acknowledge(agency, ackAt);
      }
      // whether the complaint will be renewed decides how good the answer was
      const renews = kind === 'complaint' && random.chance(profile.renewal);
      const generic = random.chance(renews ? 0.7 : 0.15);
      const text = answerText(random, locale, kind, generic);
      if (!timeline.add(at, 'answered', 'agency', agency.id, random.chance(0.3) ? random.pick(notes.answered) : null)) return;
      status = 'answered';
      answeredAt = timeline.last;
      answeredOnTime = isOnTime(new Date(answeredAt), dueDate) ? 1 : 0;
      answer = text;
      answerAt = answeredAt;

      if (renews) {
        const lastRenewable = dayStart(answerAt) + (renewalWindowDays + 1) * day - minute;
        let renewAt = answerAt + Math.min(random.lognormal(4, 0.9), renewalWindowDays) * day;
        if (renewAt > lastRenewable) renewAt = lastRenewable - random.float(1, 12) * hour;
        const reason = renewalReason(random, locale);
        if (!timeline.add(renewAt, 'in_progress', 'user', agency.id, notes.renewed)) return;
        status = 'in_progress';
        renewedAt = timeline.last;
        renewal = reason;
        let againAt = officeTime(random, renewedAt + random.lognormal(12, 0.8) * day);
        if (againAt <= renewedAt) againAt = renewedAt + random.float(1, 48) * hour;
        const second = answerText(random, locale, kind, random.chance(0.3));
        if (!timeline.add(againAt, 'answered', 'agency', agency.id, random.chance(0.3) ? random.pick(notes.answered) : null)) return;
        status = 'answered';
        answer = second;
        answerAt = timeline.last;
      }

      if (random.chance(profile.rating)) {
        const rateAt = answerAt + random.float(0.05, 20) * day;
        const onTime = answeredOnTime === 1;
        const score = Math.round(
          clamp(3.3 + 0.5 * agency.quality + (onTime ? 0.4 : -0.6) + (renewedAt !== null ? -1 : 0) + (generic ? -0.8 : 0.3) + random.normal(0, 0.9), 1, 5),
        );
        const comment = random.chance(0.35) ? ratingComment(random, locale, score) : null;
        if (!timeline.add(rateAt, 'closed', 'user', agency.id, random.chance(0.3) ? notes.closedUser : null)) return;
        status = 'closed';
        ratingScore = score;
        ratingCommentText = comment;
        ratedAt = timeline.last;
        closedAt = timeline.last;
        return;
      }
      // the renewal window has passed: the platform closes it
      const closeAt = dayStart(answerAt) + (renewalWindowDays + 1) * day + random.int(5, 90) * minute;
      if (!timeline.add(closeAt, 'closed', 'system', agency.id, notes.closedSystem)) return;
      status = 'closed';
      closedAt = timeline.last;
    };

    const lodgedProfile = lodged.years[yearIndex]!;
    const disposition = random.next();
    if (disposition < lodgedProfile.reject) {
      reject(lodged, receivedMs);
    } else if (disposition < lodgedProfile.reject + lodgedProfile.forward) {
      let at = officeTime(random, receivedMs + random.lognormal(3, 0.9) * day);
      if (at <= receivedMs) at = receivedMs + random.float(1, 24) * hour;
      const target = forwardTarget(lodged, at);
      if (target === null) {
        handle(lodged, receivedMs, false);
      } else {
        if (random.chance(0.4)) {
          const ackAt = officeTime(random, receivedMs + (at - receivedMs) * random.float(0.1, 0.6));
          if (ackAt > receivedMs && ackAt < at) acknowledge(lodged, ackAt);
        }
        const note = notes.forwarded(target.record.names[locale === 'zgh' ? 'ar' : locale], target.record.acronym);
        if (timeline.add(at, 'forwarded', 'agency', target.id, note)) {
          status = 'forwarded';
          holder = target;
          forwardAt = timeline.last;
          handle(target, forwardAt, true);
        }
      }
    } else {
      handle(lodged, receivedMs, false);
    }

    // ── buffer the rows; they are written by batches ──
    const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
    const row: unknown[] = [
      id,
      '',
      '',
      kind,
      holder.id,
      lodged.id,
      service?.id ?? null,
      region.id,
      provinceId,
      commune,
      template.subject,
      template.description,
      occurredOn,
      fullName,
      nationalId,
      email,
      phone,
      locale,
      channel,
      origin,
      status,
      receivedAt,
      year,
      dueDate,
      iso(answeredAt),
      answer,
      iso(answerAt),
      answeredOnTime,
      rejectionReason,
      iso(renewedAt),
      renewal,
      ratingScore,
      ratingCommentText,
      iso(ratedAt),
      iso(closedAt),
    ];
    newCode(row);
    submissionRows.add(row);
    if (forwardAt !== null) forwardRows.add([id, lodged.id, holder.id, year, new Date(forwardAt).toISOString()]);
    for (let i = 0; i < timeline.at.length; i++) {
      eventRows.add([id, new Date(timeline.at[i]!).toISOString(), timeline.status[i]!, timeline.actor[i]!, timeline.agency[i]!, timeline.note[i]!]);
    }
    if (submissionRows.size >= submissionsPerStatement) flush();
    rowsInChunk += 1 + timeline.at.length + (forwardAt === null ? 0 : 1);
    id++;
    done++;
  }

  // Bulk load: rows are valid by construction, so foreign keys are not checked row by row, and the
  // secondary indexes of the bulk tables are dropped and built again at the end from their own SQL
  // (sorting once is much faster than growing them row by row); the schema ends as it began.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('submissions', 'events', 'forwards') ORDER BY name")
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  try {
    let times = new Float64Array(0);
    for (let d = 0; d < dayCount && agencyTable !== null; d++) {
      const count = perDay[d]!;
      if (count === 0) continue;
      const start = historyStart + d * day;
      const partial = nowMs - start < day;
      if (times.length < count) times = new Float64Array(count);
      const today = times.subarray(0, count);
      for (let i = 0; i < count; i++) {
        today[i] = partial
          ? start + Math.floor(random.next() * (nowMs - start))
          : start + hourTable.pick(random) * hour + Math.floor(random.next() * hour);
      }
      today.sort();
      const activeToday = activeCounts[d]!;
      for (let i = 0; i < count; i++) {
        if (!inTransaction) begin();
        generateOne(Math.min(today[i]!, nowMs), agencyTable.pick(random, activeToday));
        if (rowsInChunk >= rowsPerCommit) {
          rowsInChunk = 0;
          commit();
        }
      }
    }
    if (inTransaction) commit();
  } catch (error) {
    if (inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    for (const index of indexes) db.exec(index.sql);
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  if (total === 0) options.onProgress?.(0, 0);
  publishPastReports(db, now);

  return { agencies: agencyRecords.length, submissions: done, adminKey, backOfficeKeys };
}

/**
 * A few measures per agency and year since it joined: adopted ones dated in the past, planned ones
 * in the future (recorded before `now`), each about one of the agency's services.
 */
function insertMeasures(db: Db, random: Random, agencyRecords: readonly AgencyRecord[], now: Date): void {
  const insert = db.prepare(
    'INSERT INTO measures (agency_id, title, description, service_id, status, date, year, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const nowMs = now.getTime();
  const today = isoDate(now);
  const lastYear = now.getUTCFullYear();
  for (const agency of agencyRecords) {
    if (agency.joinedOn > today) continue;
    const joined = Date.parse(`${agency.joinedOn}T00:00:00Z`);
    const joinYear = Number(agency.joinedOn.slice(0, 4));
    const local = agency.type === 'local_authority';
    for (let year = Math.max(firstYear, joinYear); year <= lastYear + 1; year++) {
      const count = year > lastYear ? (random.chance(0.4) ? 1 : 0) : random.int(local ? 0 : 1, local ? 2 : 3);
      for (let i = 0; i < count; i++) {
        const service = agency.services.length > 0 ? random.pick(agency.services) : undefined;
        const { title, description } = measureText(random, service?.names ?? { fr: agency.names.fr, ar: agency.names.ar });
        const from = Math.max(Date.UTC(year, 0, 1), joined + 30 * day);
        const to = Date.UTC(year + 1, 0, 1) - day;
        if (from > to) continue;
        const date = isoDate(new Date(from + Math.floor(random.next() * ((to - from) / day + 1)) * day));
        const dateMs = Date.parse(`${date}T00:00:00Z`);
        const adopted = date <= today;
        let recorded: number;
        if (adopted) {
          recorded = Math.min(nowMs, officeTime(random, dateMs + random.int(0, 10) * day));
        } else {
          const earliest = Math.max(joined + day, nowMs - 240 * day);
          recorded = Math.min(nowMs, officeTime(random, earliest + random.next() * Math.max(0, nowMs - earliest)));
        }
        insert.run(
          agency.id,
          title,
          description,
          service?.id ?? null,
          adopted ? 'adopted' : 'planned',
          date,
          year,
          new Date(recorded).toISOString(),
        );
      }
    }
  }
}

