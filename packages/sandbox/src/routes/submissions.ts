/**
 * Lodging a submission and what its author does next: follow it, read it with the access key,
 * rate the answer, renew it.
 */
import { dueDateFor, isoDate } from '../domain/deadline.js';
import { duplicateOf, duplicateWindowDays } from '../domain/duplicates.js';
import { generateSecret, hashSecret, secretMatches } from '../domain/secrets.js';
import { generateTrackingCode } from '@chikaya/sdk';
import type { components } from '@chikaya/sdk';
import type { Handlers } from '../http/operation.js';
import { type FieldError, ProblemError, validationFailed } from '../http/problem.js';
import type { Store } from '../store/index.js';
import type { SubmissionRow } from '../store/submissions.js';
import type { RouteContext } from './context.js';
import { findSubmission } from './lookup.js';

type Schemas = components['schemas'];

/** The references in a submission that the contract's schema cannot check: they must exist. */
function checkReferences(store: Store, input: Schemas['SubmissionInput'], now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const agency = store.reference.agency(input.agencyId);
  if (!agency) errors.push({ pointer: '/agencyId', code: 'unknown_agency' });
  if (input.serviceId !== undefined && store.reference.service(input.serviceId)?.agencyId !== input.agencyId)
    errors.push({ pointer: '/serviceId', code: 'unknown_service' });
  if (input.location !== undefined) {
    if (!store.reference.regionExists(input.location.regionId)) errors.push({ pointer: '/location/regionId', code: 'unknown_region' });
    else if (
      input.location.provinceId !== undefined &&
      store.reference.provinceRegion(input.location.provinceId) !== input.location.regionId
    )
      errors.push({ pointer: '/location/provinceId', code: 'unknown_province' });
  }
  if (input.occurredOn !== undefined && input.occurredOn > isoDate(now)) errors.push({ pointer: '/occurredOn', code: 'too_big' });
  return errors;
}

export function submissionRoutes({
  store,
  randomBytes,
  challenges,
}: RouteContext): Pick<
  Handlers,
  'createSubmission' | 'getChallenge' | 'getSubmissionStatus' | 'getSubmissionDetails' | 'rateSubmission' | 'renewSubmission'
> {
  /** The submission, once the access key in the request opens it. */
  const unlocked = (trackingCode: string, header: (name: string) => string | undefined): SubmissionRow => {
    const row = findSubmission(store, trackingCode);
    if (!secretMatches(header('x-access-key') ?? '', row.access_key_hash)) throw new ProblemError(403, 'access_key_invalid');
    return row;
  };

  return {
    createSubmission: ({ body, origin, now }) => {
      const errors = checkReferences(store, body, now);
      if (errors.length > 0) throw validationFailed(errors);
      const agency = store.reference.agency(body.agencyId)!;
      if (origin !== null && !agency.allowedOrigins.includes(origin))
        throw new ProblemError(403, 'origin_not_allowed', `${origin} is not among ${agency.id}'s allowed origins.`);
      let trackingCode = generateTrackingCode(randomBytes);
      while (!store.submissions.isCodeFree(trackingCode)) trackingCode = generateTrackingCode(randomBytes);
      const accessKey = generateSecret('ak', 24, randomBytes);
      const identity = {
        nationalId: body.complainant?.nationalId ?? null,
        email: body.complainant?.email ?? null,
        phone: body.complainant?.phone ?? null,
      };
      const since = new Date(now.getTime() - duplicateWindowDays * 86_400_000);
      const original = duplicateOf(
        { ...identity, subject: body.subject, description: body.description, receivedAt: now },
        store.submissions.earlierOf(agency.id, identity, since),
      );
      const row = store.submissions.insert({
        trackingCode,
        accessKeyHash: hashSecret(accessKey),
        kind: body.kind,
        agencyId: agency.id,
        serviceId: body.serviceId ?? null,
        location: body.location ?? null,
        subject: body.subject,
        description: body.description,
        occurredOn: body.occurredOn ?? null,
        complainant: body.complainant ?? null,
        answerLanguage: body.answerLanguage,
        // A page on an agency's own site is the embedded widget, whatever the page claims.
        channel: origin !== null ? 'widget' : (body.channel ?? 'web'),
        origin,
        receivedAt: now,
        dueDate: dueDateFor(now),
        duplicateOf: original?.id ?? null,
      });
      store.figures.kpis.invalidate([agency.id], row.year);
      return {
        status: 201,
        body: {
          trackingCode: row.tracking_code,
          accessKey,
          kind: row.kind,
          agencyId: row.agency_id,
          status: row.status,
          receivedAt: row.received_at,
          dueDate: row.due_date,
        },
        headers: { Location: `/v1/submissions/${row.tracking_code}/status` },
      };
    },

    getChallenge: async ({ now }) => ({ status: 200, body: await challenges.issue(now), headers: { 'Cache-Control': 'no-store' } }),

    getSubmissionStatus: ({ path }) => ({ status: 200, body: store.submissions.statusView(findSubmission(store, path.trackingCode)) }),

    getSubmissionDetails: ({ path, header, now }) => ({
      status: 200,
      body: store.submissions.details(unlocked(path.trackingCode, header), now),
    }),

    rateSubmission: ({ path, header, body, now }) => {
      const row = unlocked(path.trackingCode, header);
      if (row.rating_score !== null) throw new ProblemError(409, 'already_rated');
      if (row.status !== 'answered') throw new ProblemError(409, 'not_answered');
      const rated = store.submissions.rate(row, now, body.score, body.comment ?? null);
      store.figures.kpis.invalidate([row.agency_id], row.year);
      return { status: 200, body: store.submissions.details(rated, now) };
    },

    renewSubmission: ({ path, header, body, now }) => {
      const row = unlocked(path.trackingCode, header);
      const deadline = store.submissions.renewalDeadline(row);
      if (deadline === null || deadline < isoDate(now))
        throw new ProblemError(
          409,
          'not_renewable',
          row.kind !== 'complaint' ? 'Only a complaint can be renewed.' : 'Only an answered complaint, once, within 30 days of its answer.',
        );
      const renewed = store.submissions.renew(row, now, body.reason);
      store.figures.kpis.invalidate([row.agency_id], row.year);
      return { status: 200, body: store.submissions.details(renewed, now) };
    },
  };
}
