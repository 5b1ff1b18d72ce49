/** Measures: what an agency adopted or plans to improve its services, for the annual report. */
import type { components } from '@chikaya/sdk';
import type { Db } from './db.js';
import { Statements } from './statements.js';

type Schemas = components['schemas'];

export const measureColumns =
  'id, agency_id AS agencyId, title, description, service_id AS serviceId, status, date, recorded_at AS recordedAt';

/** The report a measure belongs to: the year of its date. */
export function measureYear(date: string): number {
  return Number(date.slice(0, 4));
}

export class MeasureStore {
  private readonly sql: Statements;

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  list(agencyId: string, year: number | undefined): Schemas['Measure'][] {
    return (
      year === undefined
        ? this.sql.get(`SELECT ${measureColumns} FROM measures WHERE agency_id = ? ORDER BY date DESC, id DESC`).all(agencyId)
        : this.sql
            .get(`SELECT ${measureColumns} FROM measures WHERE agency_id = ? AND year = ? ORDER BY date DESC, id DESC`)
            .all(agencyId, year)
    ) as Schemas['Measure'][];
  }

  /** One of the agency's measures; another agency's is not found either, so none is revealed. */
  own(agencyId: string, id: number): Schemas['Measure'] | undefined {
    return this.sql.get(`SELECT ${measureColumns} FROM measures WHERE id = ? AND agency_id = ?`).get(id, agencyId) as
      | Schemas['Measure']
      | undefined;
  }

  record(agencyId: string, input: Schemas['MeasureInput'], now: Date): Schemas['Measure'] {
    const { lastInsertRowid } = this.sql
      .get(
        'INSERT INTO measures (agency_id, title, description, service_id, status, date, year, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        agencyId,
        input.title,
        input.description,
        input.serviceId ?? null,
        input.status,
        input.date,
        measureYear(input.date),
        now.toISOString(),
      );
    return this.own(agencyId, Number(lastInsertRowid))!;
  }

  /** Changes the fields `patch` names; a new date moves the measure to that year's report. */
  update(measure: Schemas['Measure'], patch: Schemas['MeasurePatch']): Schemas['Measure'] {
    const next = { ...measure, ...patch };
    this.sql
      .get('UPDATE measures SET title = ?, description = ?, service_id = ?, status = ?, date = ?, year = ? WHERE id = ?')
      .run(next.title, next.description, next.serviceId ?? null, next.status, next.date, measureYear(next.date), measure.id);
    return this.own(measure.agencyId, measure.id)!;
  }

  delete(measure: Schemas['Measure']): void {
    this.sql.get('DELETE FROM measures WHERE id = ?').run(measure.id);
  }
}
