/**
 * What reports are read with: the SDK's report resource, one per platform address on a page. On
 * the SDK's full transport (ky), which the form and the tracker load too, rather than the badge's
 * fetch-only one: sharing the badge's would split it out of the badge's chunk, and a page with
 * only a badge has 12 KB for everything. A report is one request: it carries the names it uses.
 */
import { createTransport, reportResource } from '@chikaya/sdk';
import { pageInstance } from '../shared/config.js';

export const reportsFor = (api: string): ReturnType<typeof reportResource> =>
  pageInstance('reports', api, () => reportResource(createTransport({ baseUrl: api })));
