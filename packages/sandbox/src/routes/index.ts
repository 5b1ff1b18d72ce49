/** Every operation of the contract, by operationId. The type makes a missing one a compile error. */
import type { Handlers } from '../http/operation.js';
import { adminRoutes } from './admin.js';
import { agencyRoutes } from './agencies.js';
import { backOfficeRoutes } from './back-office.js';
import type { RouteContext } from './context.js';
import { kpiRoutes } from './kpis.js';
import { referenceRoutes } from './reference.js';
import { reportRoutes } from './reports.js';
import { submissionRoutes } from './submissions.js';

export function createHandlers(context: RouteContext): Handlers {
  return {
    ...referenceRoutes(context),
    ...agencyRoutes(context),
    ...submissionRoutes(context),
    ...kpiRoutes(context),
    ...reportRoutes(context),
    ...backOfficeRoutes(context),
    ...adminRoutes(context),
  };
}

export type { RouteContext } from './context.js';
