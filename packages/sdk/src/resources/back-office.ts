/** An agency's own work with its secret key (`secretKey` of the client): inbox, status changes, abuse marks, measures. */
import type { RequestOptions, SendOptions, Transport } from '../transport.js';
import type { Input, Query } from '../types.js';
import { caller, segment, trackingCodeSegment, withSecretKey } from './call.js';

export function backOfficeResource(transport: Transport) {
  const call = caller(transport);
  const authorized = (options: RequestOptions & Pick<SendOptions, 'query' | 'body'>): SendOptions => withSecretKey(transport, options);
  /** Codes are read as typed, as for `submissions.status`; a mistyped one is refused before any request. */
  const submission = (trackingCode: string, action = '') =>
    `/v1/back-office/submissions/${trackingCodeSegment(trackingCode)}${action && `/${action}`}`;
  const measure = (measureId: number) => `/v1/back-office/measures/${segment(measureId)}`;
  return {
    inbox: (query: Query<'listInbox'> = {}, options: RequestOptions = {}) =>
      call<'listInbox'>('get', '/v1/back-office/submissions', authorized({ ...options, query })),
    get: async (trackingCode: string, options: RequestOptions = {}) =>
      call<'getInboxSubmission'>('get', submission(trackingCode), authorized(options)),
    acknowledge: async (trackingCode: string, input: Input<'acknowledgeSubmission'> = {}, options: RequestOptions = {}) =>
      call<'acknowledgeSubmission'>('post', submission(trackingCode, 'acknowledge'), authorized({ ...options, body: input })),
    forward: async (trackingCode: string, input: Input<'forwardSubmission'>, options: RequestOptions = {}) =>
      call<'forwardSubmission'>('post', submission(trackingCode, 'forward'), authorized({ ...options, body: input })),
    reject: async (trackingCode: string, input: Input<'rejectSubmission'>, options: RequestOptions = {}) =>
      call<'rejectSubmission'>('post', submission(trackingCode, 'reject'), authorized({ ...options, body: input })),
    answer: async (trackingCode: string, input: Input<'answerSubmission'>, options: RequestOptions = {}) =>
      call<'answerSubmission'>('post', submission(trackingCode, 'answer'), authorized({ ...options, body: input })),
    /** Takes a submission out of the KPIs and reports (its status stays); the agency's count of abusive ones is public. */
    markAbusive: async (trackingCode: string, input: Input<'markSubmissionAbusive'>, options: RequestOptions = {}) =>
      call<'markSubmissionAbusive'>('post', submission(trackingCode, 'mark-abusive'), authorized({ ...options, body: input })),
    unmarkAbusive: async (trackingCode: string, input: Input<'unmarkSubmissionAbusive'>, options: RequestOptions = {}) =>
      call<'unmarkSubmissionAbusive'>('post', submission(trackingCode, 'unmark-abusive'), authorized({ ...options, body: input })),
    measures: (query: Query<'listMeasures'> = {}, options: RequestOptions = {}) =>
      call<'listMeasures'>('get', '/v1/back-office/measures', authorized({ ...options, query })),
    recordMeasure: (input: Input<'recordMeasure'>, options: RequestOptions = {}) =>
      call<'recordMeasure'>('post', '/v1/back-office/measures', authorized({ ...options, body: input })),
    /** Changes the fields `patch` names; a new date moves the measure to that year, `serviceId: null` detaches it. */
    updateMeasure: (measureId: number, patch: Input<'updateMeasure'>, options: RequestOptions = {}) =>
      call<'updateMeasure'>('patch', measure(measureId), authorized({ ...options, body: patch })),
    /** Withdraws a measure recorded by mistake; a report already published keeps it. */
    deleteMeasure: (measureId: number, options: RequestOptions = {}) =>
      call<'deleteMeasure'>('delete', measure(measureId), authorized(options)),
  };
}
