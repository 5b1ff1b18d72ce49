/** Measures: what an agency adopted or plans to improve its services, for the annual report. */
import type { components } from '@chikaya/sdk';
import type { Db } from './db.js';

type Schemas = components['schemas'];

const columns =
  'id, agency_id AS agencyId, title, description, service_id AS serviceId, status, date, recorded_at AS recordedAt';

export class MeasureStore {
  constructor(private readonly db: Db) {}

  list(agencyId: string, year: number | undefined): Schemas['Measure'][] {
    return (
      year === undefined
        ? this.db.prepare(`SELECT ${columns} FROM measures WHERE agency_id = ? ORDER BY date DESC, id DESC`).all(agencyId)
        : this.db
            .prepare(`SELECT ${columns} FROM measures WHERE agency_id = ? AND year = ? ORDER BY date DESC, id DESC`)
            .all(agencyId, year)
    ) as Schemas['Measure'][];
  }

  record(agencyId: string, input: Schemas['MeasureInput'], now: Date): Schemas['Measure'] {
    const { lastInsertRowid } = this.db
      .prepare(
        'INSERT INTO measures (agency_id, title, description, service_id, status, date, year, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        agencyId,
        input.title,
        input.description,
        input.serviceId ?? null,
        input.status,
        input.date,
        Number(input.date.slice(0, 4)),
        now.toISOString(),
      );
    return this.db.prepare(`SELECT ${columns} FROM measures WHERE id = ?`).get(lastInsertRowid) as Schemas['Measure'];
  }
}
