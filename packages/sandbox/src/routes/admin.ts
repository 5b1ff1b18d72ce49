/**
 * The ministry's work: onboarding a new agency (how the platform grows from 61 to 90 bodies and
 * on), and approving the annual reports of a year that has ended, which freezes them.
 */
import { isoDate } from '../domain/deadline.js';
import { generateSecret, hashSecret } from '../domain/secrets.js';
import type { components } from '@chikaya/sdk';
import type { Handlers } from '../http/operation.js';
import { type FieldError, ProblemError, validationFailed } from '../http/problem.js';
import type { ReportScope } from '../store/figures.js';
import type { RouteContext } from './context.js';
import { existingScope, reportPath } from './reports.js';

type Schemas = components['schemas'];

/** The report an approval names: `id` for an agency or a sector, none for the nation. */
function approvalScope(input: Schemas['ReportApprovalInput']): ReportScope {
  if (input.scope === 'national') {
    if (input.id !== undefined) throw validationFailed([{ pointer: '/id', code: 'unknown_field' }]);
    return { scope: 'national' };
  }
  if (input.id === undefined) throw validationFailed([{ pointer: '/id', code: 'required' }]);
  return input.scope === 'agency' ? { scope: 'agency', agencyId: input.id } : { scope: 'sector', sectorId: input.id };
}

export function adminRoutes({ store, randomBytes }: RouteContext): Pick<Handlers, 'onboardAgency' | 'approveReport'> {
  return {
    onboardAgency: ({ body, now }) => {
      if (store.reference.agency(body.id)) throw new ProblemError(409, 'agency_exists');
      const errors: FieldError[] = [];
      if (!store.reference.sectorExists(body.sectorId)) errors.push({ pointer: '/sectorId', code: 'unknown_sector' });
      if (body.joinedOn !== undefined && body.joinedOn > isoDate(now)) errors.push({ pointer: '/joinedOn', code: 'too_big' });
      const slugs = new Set<string>();
      body.services.forEach((service, index) => {
        if (!store.reference.serviceCategoryExists(service.serviceCategoryId))
          errors.push({ pointer: `/services/${index}/serviceCategoryId`, code: 'unknown_service_category' });
        if (slugs.has(service.slug)) errors.push({ pointer: `/services/${index}/slug`, code: 'invalid_value' });
        slugs.add(service.slug);
      });
      if (errors.length > 0) throw validationFailed(errors);
      const agency: Schemas['Agency'] = {
        id: body.id,
        acronym: body.acronym,
        names: body.names,
        type: body.type,
        sectorId: body.sectorId,
        joinedOn: body.joinedOn ?? isoDate(now),
        website: body.website,
        allowedOrigins: body.allowedOrigins,
      };
      const services: Schemas['Service'][] = body.services.map((service) => ({
        id: `${body.id}-${service.slug}`,
        agencyId: body.id,
        serviceCategoryId: service.serviceCategoryId,
        names: service.names,
      }));
      const secretKey = generateSecret('bo', 32, randomBytes);
      store.reference.insertAgency(agency, services, hashSecret(secretKey));
      store.figures.kpis.invalidate([agency.id], now.getUTCFullYear());
      return { status: 201, body: { agency, services, secretKey }, headers: { Location: `/v1/agencies/${agency.id}` } };
    },

    approveReport: ({ body, now }) => {
      const scope = existingScope(store, approvalScope(body));
      // A year still open still receives submissions: its figures cannot be final.
      if (body.year >= now.getUTCFullYear()) throw new ProblemError(409, 'year_not_over');
      if (store.figures.published.has(scope, body.year)) throw new ProblemError(409, 'report_already_published');
      const report = store.figures.publish(scope, body.year, now);
      return { status: 201, body: report, headers: { Location: reportPath(scope, body.year) } };
    },
  };
}
