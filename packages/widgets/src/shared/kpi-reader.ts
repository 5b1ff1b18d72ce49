/**
 * What badges read KPIs with: the SDK's KPI resource on its read-only fetch transport (2 KB, where
 * the whole client on ky weighs 7), one per platform address, so that a page's badges are batched.
 */
import { createReadTransport, kpiResource, type KpiResource } from '@chikaya/sdk';
import { pageInstance } from './config.js';

export const kpisFor = (api: string): KpiResource =>
  pageInstance('kpis', api, () => kpiResource(createReadTransport({ baseUrl: api })));
