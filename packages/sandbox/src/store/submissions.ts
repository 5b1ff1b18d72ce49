/**
 * Submissions, their timeline and their lifecycle: received → in_progress → answered → closed,
 * with forwarded, rejected, and answered → in_progress again on a renewal. Each change writes a
 * timeline event in the same transaction.
 */
import { daysBetween, isoDate, renewableUntil } from '../domain/deadline.js';
import type { components } from '@chikaya/sdk';
import { type Earlier, type Identity, normalizeIdentity } from '../domain/duplicates.js';
import type { Db } from './db.js';
import { Statements } from './statements.js';

type Schemas = components['schemas'];
export type Status = Schemas['SubmissionStatusName'];
export type ActorKind = Schemas['ActorKind'];

export interface SubmissionRow {
  id: number;
  tracking_code: string;
  access_key_hash: string;
  kind: Schemas['SubmissionKind'];
  agency_id: string;
  lodged_with: string;
  service_id: string | null;
  region_id: string | null;
  province_id: string | null;
  commune: string | null;
  subject: string;
  description: string;
  occurred_on: string | null;
  full_name: string | null;
  national_id: string | null;
  email: string | null;
  phone: string | null;
  answer_language: Schemas['Locale'];
  channel: Schemas['Channel'];
  origin: string | null;
  status: Status;
  received_at: string;
  year: number;
  due_date: string;
  answered_at: string | null;
  answer: string | null;
  answer_at: string | null;
  answered_on_time: number | null;
  rejection_reason: Schemas['RejectionReason'] | null;
  renewed_at: string | null;
  renewal_reason: string | null;
  rating_score: number | null;
  rating_comment: string | null;
  rated_at: string | null;
  closed_at: string | null;
  /** the earlier submission this one repeats */
  duplicate_of: number | null;
  abuse_reason: Schemas['AbuseReason'] | null;
  abuse_note: string | null;
  abuse_at: string | null;
  abuse_by: string | null;
}

interface EventRow {
  at: string;
  status: Status;
  actor: ActorKind;
  agency_id: string | null;
  note: string | null;
  abuse_action: 'marked' | 'unmarked' | null;
  abuse_reason: Schemas['AbuseReason'] | null;
}

/** Who is reading: the holder of the access key (or anyone, for the status) sees no abuse event, no flag. */
export type Audience = 'public' | 'agency';

export interface NewSubmission {
  trackingCode: string;
  accessKeyHash: string;
  kind: Schemas['SubmissionKind'];
  agencyId: string;
  serviceId: string | null;
  location: Schemas['Location'] | null;
  subject: string;
  description: string;
  occurredOn: string | null;
  complainant: Schemas['Complainant'] | null;
  answerLanguage: Schemas['Locale'];
  channel: Schemas['Channel'];
  origin: string | null;
  receivedAt: Date;
  dueDate: string;
  duplicateOf: number | null;
}

/** Whether an answered complaint may still be renewed on `today`. */
function renewalDeadline(row: SubmissionRow): string | null {
  if (row.kind !== 'complaint' || row.renewed_at !== null || row.status !== 'answered' || row.answer_at === null) return null;
  return renewableUntil(new Date(row.answer_at));
}

export class SubmissionStore {
  private readonly sql: Statements;

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  /** True when no submission has this code yet (codes are random; collisions are retried). */
  isCodeFree(trackingCode: string): boolean {
    return this.sql.get('SELECT 1 FROM submissions WHERE tracking_code = ?').get(trackingCode) === undefined;
  }

  insert(submission: NewSubmission): SubmissionRow {
    const receivedAt = submission.receivedAt.toISOString();
    const row = this.sql
      .get(
        `INSERT INTO submissions (tracking_code, access_key_hash, kind, agency_id, lodged_with, service_id, region_id,
           province_id, commune, subject, description, occurred_on, full_name, national_id, email, phone,
           answer_language, channel, origin, status, received_at, year, due_date, duplicate_of)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?) RETURNING *`,
      )
      .get(
        submission.trackingCode,
        submission.accessKeyHash,
        submission.kind,
        submission.agencyId,
        submission.agencyId,
        submission.serviceId,
        submission.location?.regionId ?? null,
        submission.location?.provinceId ?? null,
        submission.location?.commune ?? null,
        submission.subject,
        submission.description,
        submission.occurredOn,
        submission.complainant?.fullName ?? null,
        submission.complainant?.nationalId ?? null,
        submission.complainant?.email ?? null,
        submission.complainant?.phone ?? null,
        submission.answerLanguage,
        submission.channel,
        submission.origin,
        receivedAt,
        submission.receivedAt.getUTCFullYear(),
        submission.dueDate,
        submission.duplicateOf,
      ) as SubmissionRow;
    this.addEvent(row.id, submission.receivedAt, 'received', 'user', submission.agencyId, null);
    return row;
  }

  byCode(trackingCode: string): SubmissionRow | undefined {
    return this.sql.get('SELECT * FROM submissions WHERE tracking_code = ?').get(trackingCode) as SubmissionRow | undefined;
  }

  private byId(id: number): SubmissionRow {
    return this.sql.get('SELECT * FROM submissions WHERE id = ?').get(id) as SubmissionRow;
  }

  private addEvent(
    id: number,
    at: Date,
    status: Status,
    actor: ActorKind,
    agencyId: string | null,
    note: string | null,
    abuse: { action: 'marked' | 'unmarked'; reason: Schemas['AbuseReason'] | null } | null = null,
  ): void {
    this.sql
      .get('INSERT INTO events (submission_id, at, status, actor, agency_id, note, abuse_action, abuse_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, at.toISOString(), status, actor, agencyId, note, abuse?.action ?? null, abuse?.reason ?? null);
  }

  private timeline(id: number, audience: Audience): Schemas['TimelineEvent'][] {
    const rows = this.sql
      .get(
        `SELECT at, status, actor, agency_id, note, abuse_action, abuse_reason FROM events
         WHERE submission_id = ? ${audience === 'public' ? 'AND abuse_action IS NULL' : ''} ORDER BY id`,
      )
      .all(id) as EventRow[];
    return rows.map((row) => ({
      at: row.at,
      status: row.status,
      actor: row.actor,
      agencyId: row.agency_id,
      note: row.note,
      ...(row.abuse_action === null ? {} : { abuse: { action: row.abuse_action, reason: row.abuse_reason } }),
    }));
  }

  /**
   * The earlier submissions lodged with `agencyId` since `since` by someone with this national ID,
   * email or phone, oldest first; duplicates themselves left out, so that a repeat points to the first.
   */
  earlierOf(agencyId: string, identity: Identity, since: Date): Earlier[] {
    const { nationalId, email, phone } = normalizeIdentity(identity);
    if (nationalId === null && email === null && phone === null) return [];
    const rows = this.sql
      .get(
        // One indexed read per way of naming the person (migration 005), not one walk of the agency's month.
        `SELECT id, received_at, subject, description, national_id, email, phone FROM submissions
         WHERE lodged_with = @agency AND upper(national_id) = @nationalId AND duplicate_of IS NULL AND received_at >= @since
         UNION
         SELECT id, received_at, subject, description, national_id, email, phone FROM submissions
         WHERE lodged_with = @agency AND lower(email) = @email AND duplicate_of IS NULL AND received_at >= @since
         UNION
         SELECT id, received_at, subject, description, national_id, email, phone FROM submissions
         WHERE lodged_with = @agency AND replace(phone, '+212', '0') = @phone AND duplicate_of IS NULL AND received_at >= @since
         ORDER BY received_at, id LIMIT 500`,
      )
      .all({ agency: agencyId, since: since.toISOString(), nationalId, email, phone }) as {
      id: number;
      received_at: string;
      subject: string;
      description: string;
      national_id: string | null;
      email: string | null;
      phone: string | null;
    }[];
    return rows.map((row) => ({
      id: row.id,
      receivedAt: row.received_at,
      subject: row.subject,
      description: row.description,
      nationalId: row.national_id,
      email: row.email,
      phone: row.phone,
    }));
  }

  /** What anyone with the tracking code may see: no personal data. */
  statusView(row: SubmissionRow, audience: Audience = 'public'): Schemas['SubmissionStatus'] {
    return {
      trackingCode: row.tracking_code,
      kind: row.kind,
      agencyId: row.agency_id,
      status: row.status,
      receivedAt: row.received_at,
      dueDate: row.due_date,
      answeredAt: row.answered_at,
      closedAt: row.closed_at,
      renewed: row.renewed_at !== null,
      timeline: this.timeline(row.id, audience),
    };
  }

  /** The whole submission, for the holder of its access key or its agency. */
  details(row: SubmissionRow, now: Date, audience: Audience = 'public'): Schemas['SubmissionDetails'] {
    const deadline = renewalDeadline(row);
    const renewableUntilDay = deadline !== null && deadline >= isoDate(now) ? deadline : null;
    return {
      ...this.statusView(row, audience),
      serviceId: row.service_id,
      location:
        row.region_id === null
          ? null
          : {
              regionId: row.region_id,
              ...(row.province_id === null ? {} : { provinceId: row.province_id }),
              ...(row.commune === null ? {} : { commune: row.commune }),
            },
      subject: row.subject,
      description: row.description,
      occurredOn: row.occurred_on,
      complainant:
        row.full_name === null
          ? null
          : {
              fullName: row.full_name,
              ...(row.national_id === null ? {} : { nationalId: row.national_id }),
              ...(row.email === null ? {} : { email: row.email }),
              ...(row.phone === null ? {} : { phone: row.phone }),
            },
      answerLanguage: row.answer_language,
      channel: row.channel,
      answer: row.answer === null || row.answer_at === null ? null : { text: row.answer, at: row.answer_at },
      rejectionReason: row.rejection_reason,
      rating:
        row.rating_score === null || row.rated_at === null
          ? null
          : { score: row.rating_score, comment: row.rating_comment, at: row.rated_at },
      renewal: row.renewal_reason === null || row.renewed_at === null ? null : { reason: row.renewal_reason, at: row.renewed_at },
      renewableUntil: renewableUntilDay,
      canRate: row.status === 'answered' && row.rating_score === null,
      canRenew: renewableUntilDay !== null,
      ...(audience === 'agency' ? this.flags(row) : {}),
    };
  }

  /** What the agency alone is told: the submission this one repeats, and the abuse mark. */
  private flags(row: SubmissionRow): Pick<Schemas['SubmissionDetails'], 'duplicateOf' | 'abuse'> {
    const original =
      row.duplicate_of === null
        ? null
        : (this.sql.get('SELECT tracking_code FROM submissions WHERE id = ?').pluck().get(row.duplicate_of) as string);
    return {
      duplicateOf: original,
      abuse:
        row.abuse_reason === null || row.abuse_at === null || row.abuse_by === null
          ? null
          : { reason: row.abuse_reason, note: row.abuse_note, at: row.abuse_at, by: row.abuse_by },
    };
  }

  /** Marks it abusive for the agency of `byAgencyId`'s key; its status does not change. */
  markAbusive(row: SubmissionRow, now: Date, reason: Schemas['AbuseReason'], note: string | null, byAgencyId: string): SubmissionRow {
    this.sql
      .get('UPDATE submissions SET abuse_reason = ?, abuse_note = ?, abuse_at = ?, abuse_by = ? WHERE id = ?')
      .run(reason, note, now.toISOString(), byAgencyId, row.id);
    this.addEvent(row.id, now, row.status, 'agency', byAgencyId, note, { action: 'marked', reason });
    return this.byId(row.id);
  }

  unmarkAbusive(row: SubmissionRow, now: Date, note: string, byAgencyId: string): SubmissionRow {
    this.sql.get('UPDATE submissions SET abuse_reason = NULL, abuse_note = NULL, abuse_at = NULL, abuse_by = NULL WHERE id = ?').run(row.id);
    this.addEvent(row.id, now, row.status, 'agency', byAgencyId, note, { action: 'unmarked', reason: null });
    return this.byId(row.id);
  }

  acknowledge(row: SubmissionRow, now: Date, note: string | null): SubmissionRow {
    this.sql.get("UPDATE submissions SET status = 'in_progress' WHERE id = ?").run(row.id);
    this.addEvent(row.id, now, 'in_progress', 'agency', row.agency_id, note);
    return this.byId(row.id);
  }

  forward(row: SubmissionRow, now: Date, toAgencyId: string, note: string): SubmissionRow {
    this.sql.get("UPDATE submissions SET status = 'forwarded', agency_id = ? WHERE id = ?").run(toAgencyId, row.id);
    this.sql
      .get('INSERT INTO forwards (submission_id, from_agency_id, to_agency_id, year, at) VALUES (?, ?, ?, ?, ?)')
      .run(row.id, row.agency_id, toAgencyId, row.year, now.toISOString());
    this.addEvent(row.id, now, 'forwarded', 'agency', toAgencyId, note);
    return this.byId(row.id);
  }

  reject(row: SubmissionRow, now: Date, reason: Schemas['RejectionReason'], note: string | null): SubmissionRow {
    this.sql.get("UPDATE submissions SET status = 'rejected', rejection_reason = ? WHERE id = ?").run(reason, row.id);
    this.addEvent(row.id, now, 'rejected', 'agency', row.agency_id, note);
    return this.byId(row.id);
  }

  /** The first answer fixes `answered_at` and whether it came on time; a later one (after a renewal) only replaces the text. */
  answer(row: SubmissionRow, now: Date, answer: string, note: string | null): SubmissionRow {
    const at = now.toISOString();
    const onTime = isoDate(now) <= row.due_date ? 1 : 0;
    this.sql
      .get(
        `UPDATE submissions SET status = 'answered', answer = ?, answer_at = ?,
           answered_at = coalesce(answered_at, ?), answered_on_time = coalesce(answered_on_time, ?) WHERE id = ?`,
      )
      .run(answer, at, at, onTime, row.id);
    this.addEvent(row.id, now, 'answered', 'agency', row.agency_id, note);
    return this.byId(row.id);
  }

  /** Rating closes the submission: the user has said their last word on it. */
  rate(row: SubmissionRow, now: Date, score: number, comment: string | null): SubmissionRow {
    const at = now.toISOString();
    this.sql
      .get("UPDATE submissions SET rating_score = ?, rating_comment = ?, rated_at = ?, status = 'closed', closed_at = ? WHERE id = ?")
      .run(score, comment, at, at, row.id);
    this.addEvent(row.id, now, 'closed', 'user', row.agency_id, null);
    return this.byId(row.id);
  }

  renew(row: SubmissionRow, now: Date, reason: string): SubmissionRow {
    this.sql
      .get("UPDATE submissions SET status = 'in_progress', renewed_at = ?, renewal_reason = ? WHERE id = ?")
      .run(now.toISOString(), reason, row.id);
    this.addEvent(row.id, now, 'in_progress', 'user', row.agency_id, null);
    return this.byId(row.id);
  }

  renewalDeadline(row: SubmissionRow): string | null {
    return renewalDeadline(row);
  }

  inbox(
    agencyId: string,
    filter: { status?: Status[]; kind?: Schemas['SubmissionKind']; overdue?: boolean; q?: string; page: number; pageSize: number },
    today: string,
  ): Schemas['InboxPage'] {
    const where = ['agency_id = ?'];
    const args: unknown[] = [agencyId];
    if (filter.status !== undefined && filter.status.length > 0) {
      where.push(`status IN (${filter.status.map(() => '?').join(', ')})`);
      args.push(...filter.status);
    }
    if (filter.kind !== undefined) {
      where.push('kind = ?');
      args.push(filter.kind);
    }
    const overdue = "(answered_at IS NULL AND status <> 'rejected' AND due_date < ?)";
    if (filter.overdue !== undefined) {
      where.push(filter.overdue ? overdue : `NOT ${overdue}`);
      args.push(today);
    }
    if (filter.q !== undefined) {
      where.push("(lower(subject) LIKE ? ESCAPE '\\' OR tracking_code LIKE ? ESCAPE '\\')");
      const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      args.push(pattern, pattern.toUpperCase());
    }
    const clause = where.join(' AND ');
    const total = this.sql.get(`SELECT count(*) FROM submissions WHERE ${clause}`).pluck().get(...args) as number;
    const rows = this.sql
      .get(`SELECT * FROM submissions WHERE ${clause} ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?`)
      .all(...args, filter.pageSize, (filter.page - 1) * filter.pageSize) as SubmissionRow[];
    return {
      items: rows.map((row) => ({
        trackingCode: row.tracking_code,
        kind: row.kind,
        status: row.status,
        subject: row.subject,
        serviceId: row.service_id,
        channel: row.channel,
        receivedAt: row.received_at,
        dueDate: row.due_date,
        overdue: row.answered_at === null && row.status !== 'rejected' && daysBetween(row.due_date, today) > 0,
        renewed: row.renewed_at !== null,
      })),
      page: filter.page,
      pageSize: filter.pageSize,
      total,
    };
  }
}
