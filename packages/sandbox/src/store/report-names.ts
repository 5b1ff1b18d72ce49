/**
 * The names a report refers to by id, gathered into the report itself: it then reads and prints on
 * its own in one request, and a published report keeps the names it was approved with, even if an
 * agency is renamed later.
 */
import type { components } from '@chikaya/sdk';
import type { ReferenceStore } from './reference.js';

type Schemas = components['schemas'];

export function reportNames(reference: ReferenceStore, report: Omit<Schemas['Report'], 'names'>): Schemas['ReportNames'] {
  const nationalLines = report.scope === 'national';
  const lineIds = report.lines.map((line) => line.id);
  const measureServices = report.measures.flatMap((measure) => (measure.serviceId ? [measure.serviceId] : []));
  return {
    agencies: reference.namesOf('agencies', [
      ...(report.agencyId ? [report.agencyId] : []),
      ...(nationalLines ? [] : lineIds),
      ...report.measures.map((measure) => measure.agencyId),
    ]),
    sectors: reference.namesOf('sectors', [...(report.sectorId ? [report.sectorId] : []), ...(nationalLines ? lineIds : [])]),
    serviceCategories: reference.namesOf(
      'service_categories',
      report.classification.map((row) => row.serviceCategoryId),
    ),
    services: reference.namesOf('services', [...report.topServices.map((row) => row.key), ...measureServices]),
    regions: reference.namesOf('regions', report.byRegion.map((row) => row.key)),
  };
}
