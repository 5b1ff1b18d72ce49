/**
 * What the form and the tracker call the platform with, one per platform address on a page: the
 * SDK's transport (ky: retries, idempotent creates) with the three resources they use. Not
 * `createClient`, whose back-office, admin, KPI and report resources a citizen's page never calls
 * (1 KB of the form's and the tracker's 35 and 30).
 */
import { agencyResource, createTransport, referenceResource, submissionResource } from '@chikaya/sdk';
import { pageInstance } from './config.js';

function createWidgetClient(api: string) {
  const transport = createTransport({ baseUrl: api });
  return {
    reference: referenceResource(transport),
    agencies: agencyResource(transport),
    submissions: submissionResource(transport),
  };
}

export type WidgetClient = ReturnType<typeof createWidgetClient>;

export const clientFor = (api: string): WidgetClient => pageInstance('client', api, () => createWidgetClient(api));
