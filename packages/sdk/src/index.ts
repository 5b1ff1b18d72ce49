/** @chikaya/sdk: the typed client of the Chikaya platform. */
export { createClient, type ChikayaClient } from './client.js';
export { createTransport, type ClientOptions, type RequestOptions, type Transport } from './transport.js';
export { createReadTransport } from './read-transport.js';
export { type RetryOptions } from './retry.js';
export { AbortError, ApiError, ChikayaError, isChikayaError, NetworkError, TimeoutError, ValidationError } from './errors.js';
export type { FieldError, Problem } from './errors.js';
export { kpiResource, type KpiOptions, type KpiResource } from './resources/kpis.js';
export { agencyResource } from './resources/agencies.js';
export { referenceResource } from './resources/reference.js';
export { submissionResource, type CreateOptions } from './resources/submissions.js';
export { reportResource } from './resources/reports.js';
export { backOfficeResource } from './resources/back-office.js';
export { adminResource } from './resources/admin.js';
export { solveChallenge, type Challenge, type Proof } from './challenge.js';
export { generateTrackingCode, normalizeTrackingCode, trackingCodePattern } from './tracking-code.js';
export type * from './types.js';
