/**
 * An agency's own work, behind its secret key: the inbox, the status changes and the measures.
 * A key opens only its own agency's submissions and measures; another agency's look the same as
 * none at all.
 */
import type { Handlers } from '../http/operation.js';
import { ProblemError, validationFailed } from '../http/problem.js';
import { measureYear } from '../store/measures.js';
import type { Status, SubmissionRow } from '../store/submissions.js';
import { type RouteContext, today } from './context.js';
import { findSubmission } from './lookup.js';

type BackOfficeOperations =
  | 'listInbox'
  | 'getInboxSubmission'
  | 'acknowledgeSubmission'
  | 'forwardSubmission'
  | 'rejectSubmission'
  | 'answerSubmission'
  | 'markSubmissionAbusive'
  | 'unmarkSubmissionAbusive'
  | 'listMeasures'
  | 'recordMeasure'
  | 'updateMeasure'
  | 'deleteMeasure';

const open: readonly Status[] = ['received', 'forwarded', 'in_progress'];

export function backOfficeRoutes({ store }: RouteContext): Pick<Handlers, BackOfficeOperations> {
  const own = (trackingCode: string, agencyId: string | null): SubmissionRow => {
    const row = findSubmission(store, trackingCode);
    if (row.agency_id !== agencyId) throw new ProblemError(404, 'submission_not_found');
    return row;
  };
  const from = (row: SubmissionRow, allowed: readonly Status[]): SubmissionRow => {
    if (!allowed.includes(row.status))
      throw new ProblemError(409, 'invalid_transition', `Not possible while the submission is ${row.status}.`);
    return row;
  };
  const changed = (row: SubmissionRow, agencies: string[], now: Date) => {
    store.figures.kpis.invalidate(agencies, row.year);
    return { status: 200 as const, body: store.submissions.details(row, now, 'agency') };
  };
  /** Every agency whose figures count this submission: its holder, and those that forwarded it on. */
  const counters = (row: SubmissionRow): string[] => [
    ...new Set([
      row.agency_id,
      ...(store.db.prepare('SELECT from_agency_id FROM forwards WHERE submission_id = ?').pluck().all(row.id) as string[]),
    ]),
  ];
  const ownMeasure = (measureId: number, agencyId: string | null) => {
    const measure = store.measures.own(agencyId!, measureId);
    if (!measure) throw new ProblemError(404, 'measure_not_found');
    return measure;
  };
  /** A measure names a service of its own agency, or none. */
  const checkService = (serviceId: string | null | undefined, agencyId: string | null) => {
    if (serviceId != null && store.reference.service(serviceId)?.agencyId !== agencyId)
      throw validationFailed([{ pointer: '/serviceId', code: 'unknown_service' }]);
  };
  /** The reports that list an agency's measures of these years are no longer what they were. */
  const measuresChanged = (agencyId: string, ...dates: string[]) => {
    for (const year of new Set(dates.map(measureYear))) store.figures.kpis.invalidate([agencyId], year);
  };

  return {
    listInbox: ({ query, agencyId, now }) => ({
      status: 200,
      body: store.submissions.inbox(
        agencyId!,
        { status: query.status, kind: query.kind, overdue: query.overdue, q: query.q, page: query.page ?? 1, pageSize: query.pageSize ?? 20 },
        today(now),
      ),
    }),

    getInboxSubmission: ({ path, agencyId, now }) => ({
      status: 200,
      body: store.submissions.details(own(path.trackingCode, agencyId), now, 'agency'),
    }),

    acknowledgeSubmission: ({ path, agencyId, body, now }) => {
      const row = from(own(path.trackingCode, agencyId), ['received', 'forwarded']);
      return changed(store.submissions.acknowledge(row, now, body.note ?? null), [row.agency_id], now);
    },

    forwardSubmission: ({ path, agencyId, body, now }) => {
      const row = from(own(path.trackingCode, agencyId), open);
      if (body.toAgencyId === row.agency_id) throw validationFailed([{ pointer: '/toAgencyId', code: 'invalid_value' }]);
      if (!store.reference.agency(body.toAgencyId)) throw validationFailed([{ pointer: '/toAgencyId', code: 'unknown_agency' }]);
      return changed(store.submissions.forward(row, now, body.toAgencyId, body.note), [row.agency_id, body.toAgencyId], now);
    },

    rejectSubmission: ({ path, agencyId, body, now }) => {
      const row = from(own(path.trackingCode, agencyId), open);
      return changed(store.submissions.reject(row, now, body.reason, body.note ?? null), [row.agency_id], now);
    },

    answerSubmission: ({ path, agencyId, body, now }) => {
      const row = from(own(path.trackingCode, agencyId), open);
      return changed(store.submissions.answer(row, now, body.answer, body.note ?? null), [row.agency_id], now);
    },

    markSubmissionAbusive: ({ path, agencyId, body, now }) => {
      const row = own(path.trackingCode, agencyId);
      if (row.abuse_reason !== null) throw new ProblemError(409, 'invalid_transition', 'The submission is already marked abusive.');
      return changed(store.submissions.markAbusive(row, now, body.reason, body.note ?? null, agencyId!), counters(row), now);
    },

    unmarkSubmissionAbusive: ({ path, agencyId, body, now }) => {
      const row = own(path.trackingCode, agencyId);
      if (row.abuse_reason === null) throw new ProblemError(409, 'invalid_transition', 'The submission is not marked abusive.');
      return changed(store.submissions.unmarkAbusive(row, now, body.note, agencyId!), counters(row), now);
    },

    listMeasures: ({ query, agencyId }) => ({ status: 200, body: { items: store.measures.list(agencyId!, query.year) } }),

    recordMeasure: ({ body, agencyId, now }) => {
      checkService(body.serviceId, agencyId);
      const measure = store.measures.record(agencyId!, body, now);
      measuresChanged(measure.agencyId, measure.date);
      return { status: 201, body: measure };
    },

    updateMeasure: ({ path, body, agencyId }) => {
      const measure = ownMeasure(path.measureId, agencyId);
      checkService(body.serviceId, agencyId);
      const updated = store.measures.update(measure, body);
      measuresChanged(measure.agencyId, measure.date, updated.date);
      return { status: 200, body: updated };
    },

    deleteMeasure: ({ path, agencyId }) => {
      const measure = ownMeasure(path.measureId, agencyId);
      store.measures.delete(measure);
      measuresChanged(measure.agencyId, measure.date);
      return { status: 204, body: undefined };
    },
  };
}
