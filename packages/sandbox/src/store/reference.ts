/**
 * Reference data: sectors, service categories, regions, agencies and their services.
 */
import type { components } from '@chikaya/sdk';
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';
import { parseList, parseNames } from './json.js';

type Schemas = components['schemas'];
type NamedTable = 'agencies' | 'sectors' | 'service_categories' | 'services' | 'regions';

interface AgencyRow {
  id: string;
  acronym: string;
  names: string;
  type: Schemas['AgencyType'];
  sector_id: string;
  joined_on: string;
  website: string;
  allowed_origins: string;
}

interface ServiceRow {
  id: string;
  agency_id: string;
  service_category_id: string;
  names: string;
}

const agencyColumns = 'id, acronym, names, type, sector_id, joined_on, website, allowed_origins';

function toAgency(row: AgencyRow): Schemas['Agency'] {
  return {
    id: row.id,
    acronym: row.acronym,
    names: parseNames(row.names),
    type: row.type,
    sectorId: row.sector_id,
    joinedOn: row.joined_on,
    website: row.website,
    allowedOrigins: parseList(row.allowed_origins),
  };
}

function toService(row: ServiceRow): Schemas['Service'] {
  return {
    id: row.id,
    agencyId: row.agency_id,
    serviceCategoryId: row.service_category_id,
    names: parseNames(row.names),
  };
}

/** The `LIKE` pattern for a search text, with its wildcards escaped. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class ReferenceStore {
  /** Each statement prepared once: a year's reports ask for agencies and names hundreds of times. */
  private readonly statements = new Map<string, Statement>();
  /** Each table's names by id, read once for the same reason; onboarding an agency forgets them. */
  private readonly names = new Map<NamedTable, Map<string, Schemas['Names']>>();

  constructor(private readonly db: Db) {}

  private prepared(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  sectors(): Schemas['Sector'][] {
    const rows = this.prepared('SELECT id, names FROM sectors ORDER BY id').all() as { id: string; names: string }[];
    return rows.map((row) => ({ id: row.id, names: parseNames(row.names) }));
  }

  sectorExists(id: string): boolean {
    return this.prepared('SELECT 1 FROM sectors WHERE id = ?').get(id) !== undefined;
  }

  serviceCategories(): Schemas['ServiceCategory'][] {
    const rows = this.prepared('SELECT id, names FROM service_categories ORDER BY id').all() as {
      id: string;
      names: string;
    }[];
    return rows.map((row) => ({ id: row.id, names: parseNames(row.names) }));
  }

  serviceCategoryExists(id: string): boolean {
    return this.prepared('SELECT 1 FROM service_categories WHERE id = ?').get(id) !== undefined;
  }

  regions(): Schemas['Region'][] {
    const regions = this.prepared('SELECT id, names FROM regions ORDER BY position').all() as {
      id: string;
      names: string;
    }[];
    const provinces = this.prepared('SELECT id, region_id, names FROM provinces ORDER BY rowid').all() as {
      id: string;
      region_id: string;
      names: string;
    }[];
    return regions.map((region) => ({
      id: region.id,
      names: parseNames(region.names),
      provinces: provinces
        .filter((province) => province.region_id === region.id)
        .map((province) => ({ id: province.id, names: parseNames(province.names) })),
    }));
  }

  regionExists(id: string): boolean {
    return this.prepared('SELECT 1 FROM regions WHERE id = ?').get(id) !== undefined;
  }

  /** The region a province belongs to, or undefined for an unknown province. */
  provinceRegion(id: string): string | undefined {
    return this.prepared('SELECT region_id FROM provinces WHERE id = ?').pluck().get(id) as string | undefined;
  }

  agencies(filter: { sector?: string; q?: string; page: number; pageSize: number }): Schemas['AgencyPage'] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.sector !== undefined) {
      where.push('sector_id = ?');
      args.push(filter.sector);
    }
    if (filter.q !== undefined) {
      where.push("search_text LIKE ? ESCAPE '\\'");
      args.push(likePattern(filter.q));
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.prepared(`SELECT count(*) FROM agencies ${clause}`).pluck().get(...args) as number;
    const rows = this
      .prepared(`SELECT ${agencyColumns} FROM agencies ${clause} ORDER BY position LIMIT ? OFFSET ?`)
      .all(...args, filter.pageSize, (filter.page - 1) * filter.pageSize) as AgencyRow[];
    return { items: rows.map(toAgency), page: filter.page, pageSize: filter.pageSize, total };
  }

  agency(id: string): Schemas['Agency'] | undefined {
    const row = this.prepared(`SELECT ${agencyColumns} FROM agencies WHERE id = ?`).get(id) as AgencyRow | undefined;
    return row && toAgency(row);
  }

  /** Agency ids in joining order, optionally only those of one sector. */
  agencyIds(sectorId?: string): string[] {
    return (
      sectorId === undefined
        ? this.prepared('SELECT id FROM agencies ORDER BY position').pluck().all()
        : this.prepared('SELECT id FROM agencies WHERE sector_id = ? ORDER BY position').pluck().all(sectorId)
    ) as string[];
  }

  /** Each agency's joining day and sector, in joining order. */
  agencyCalendar(): { id: string; sectorId: string; joinedOn: string }[] {
    return this
      .prepared('SELECT id, sector_id AS sectorId, joined_on AS joinedOn FROM agencies ORDER BY joined_on, position')
      .all() as { id: string; sectorId: string; joinedOn: string }[];
  }

  /** The agency a back-office key belongs to. */
  agencyByKeyHash(hash: string): string | undefined {
    return this.prepared('SELECT id FROM agencies WHERE secret_key_hash = ?').pluck().get(hash) as string | undefined;
  }

  /** Whether any agency lets `origin` embed its widgets. */
  isKnownOrigin(origin: string): boolean {
    return (
      this
        .prepared('SELECT 1 FROM agencies, json_each(agencies.allowed_origins) WHERE json_each.value = ? LIMIT 1')
        .get(origin) !== undefined
    );
  }

  /** The names of those of `ids` that `table` holds, by id. */
  namesOf(table: NamedTable, ids: Iterable<string>): Schemas['NamesById'] {
    let all = this.names.get(table);
    if (all === undefined) {
      const rows = this.prepared(`SELECT id, names FROM ${table}`).all() as { id: string; names: string }[];
      all = new Map(rows.map((row) => [row.id, parseNames(row.names)]));
      this.names.set(table, all);
    }
    const known = [...new Set(ids)].filter((id) => all.has(id)).sort();
    return Object.fromEntries(known.map((id) => [id, all.get(id)!]));
  }

  services(agencyId: string): Schemas['Service'][] {
    const rows = this
      .prepared('SELECT id, agency_id, service_category_id, names FROM services WHERE agency_id = ? ORDER BY position')
      .all(agencyId) as ServiceRow[];
    return rows.map(toService);
  }

  service(id: string): Schemas['Service'] | undefined {
    const row = this
      .prepared('SELECT id, agency_id, service_category_id, names FROM services WHERE id = ?')
      .get(id) as ServiceRow | undefined;
    return row && toService(row);
  }

  adminKeyHash(): string | undefined {
    return this.prepared("SELECT value FROM meta WHERE key = 'admin_key_hash'").pluck().get() as string | undefined;
  }

  insertAgency(agency: Schemas['Agency'], services: Schemas['Service'][], secretKeyHash: string): void {
    const position = (this.prepared('SELECT coalesce(max(position), 0) + 1 FROM agencies').pluck().get() as number) ?? 1;
    const searchText = [...Object.values(agency.names), agency.acronym].join(' ').toLowerCase();
    this
      .prepared(
        `INSERT INTO agencies (id, position, acronym, names, search_text, type, sector_id, joined_on, website, allowed_origins, secret_key_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        agency.id,
        position,
        agency.acronym,
        JSON.stringify(agency.names),
        searchText,
        agency.type,
        agency.sectorId,
        agency.joinedOn,
        agency.website,
        JSON.stringify(agency.allowedOrigins),
        secretKeyHash,
      );
    const insertService = this.prepared(
      'INSERT INTO services (id, agency_id, position, service_category_id, names) VALUES (?, ?, ?, ?, ?)',
    );
    services.forEach((service, index) =>
      insertService.run(service.id, agency.id, index + 1, service.serviceCategoryId, JSON.stringify(service.names)),
    );
    this.names.delete('agencies');
    this.names.delete('services');
  }

  /** Forgets every name read: some may come from changes a failed commit took back. */
  forgetCached(): void {
    this.names.clear();
  }
}
