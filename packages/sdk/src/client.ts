/**
 * `createClient`: the whole platform behind one object. For the smallest bundle (a KPI badge),
 * import `createTransport` and the one resource you need instead: each is tree-shaken on its own.
 */
import { adminResource } from './resources/admin.js';
import { agencyResource } from './resources/agencies.js';
import { backOfficeResource } from './resources/back-office.js';
import { kpiResource } from './resources/kpis.js';
import { referenceResource } from './resources/reference.js';
import { reportResource } from './resources/reports.js';
import { submissionResource } from './resources/submissions.js';
import { type ClientOptions, createTransport } from './transport.js';

export function createClient(options: ClientOptions) {
  const transport = createTransport(options);
  return {
    reference: referenceResource(transport),
    agencies: agencyResource(transport),
    submissions: submissionResource(transport),
    kpis: kpiResource(transport),
    reports: reportResource(transport),
    backOffice: backOfficeResource(transport),
    admin: adminResource(transport),
  };
}

export type ChikayaClient = ReturnType<typeof createClient>;
