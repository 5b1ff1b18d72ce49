/** Finding a submission by the tracking code in the path, the same way for every route. */
import { normalizeTrackingCode } from '@chikaya/sdk';
import { ProblemError, validationFailed } from '../http/problem.js';
import type { Store } from '../store/index.js';
import type { SubmissionRow } from '../store/submissions.js';

/**
 * The contract's pattern has already checked the code's shape; the check symbol catches the typo
 * that the pattern cannot, before the database is asked.
 */
export function findSubmission(store: Store, trackingCode: string): SubmissionRow {
  if (normalizeTrackingCode(trackingCode) !== trackingCode)
    throw validationFailed([{ parameter: 'trackingCode', code: 'invalid_format' }]);
  const row = store.submissions.byCode(trackingCode);
  if (!row) throw new ProblemError(404, 'submission_not_found');
  return row;
}
