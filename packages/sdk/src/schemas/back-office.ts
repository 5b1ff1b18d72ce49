/** What an agency sends from its back office: status changes, answers and measures. */
import * as z from 'zod/mini';
import { choice, dateWithin, earliest, lastReportDay, latest, minProperties, object, platformStart, slug, text } from './rules.js';

/** A public note shown in the timeline. */
const note = text('text', 1, 1000);

/** `AcknowledgeInput`: take a submission in hand. */
export const acknowledgeInput = object({
  note: z.optional(note),
});

/** `ForwardInput`: send a submission to the competent agency. */
export const forwardInput = object({
  toAgencyId: slug,
  note,
});

/** `RejectionReason`. */
export const rejectionReason = choice([
  'outside_public_service',
  'insufficient_information',
  'duplicate',
  'abusive',
  'before_the_courts',
]);

/** `RejectInput`: reject an inadmissible submission. */
export const rejectInput = object({
  reason: rejectionReason,
  note: z.optional(note),
});

/** `AnswerInput`. */
export const answerInput = object({
  answer: text('text', 10, 10000),
  note: z.optional(note),
});

/** `MeasureStatus`. */
export const measureStatus = choice(['adopted', 'planned']);

const measureTitle = text('title', 3, 200);
const measureDescription = text('text', 10, 4000);
/** A measure's day, in a year a report covers. */
const measureDate = dateWithin(earliest(platformStart), latest(lastReportDay));

/** `MeasureInput`: an action adopted or planned to improve a service. */
export const measureInput = object({
  title: measureTitle,
  description: measureDescription,
  serviceId: z.optional(slug),
  status: measureStatus,
  date: measureDate,
});

/** `MeasurePatch`: the fields of a measure to change, at least one; `serviceId: null` detaches it from its service. */
export const measurePatch = object({
  title: z.optional(measureTitle),
  description: z.optional(measureDescription),
  serviceId: z.optional(z.nullable(slug)),
  status: z.optional(measureStatus),
  date: z.optional(measureDate),
}).check(minProperties(1));
