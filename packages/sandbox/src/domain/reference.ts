/**
 * Shapes of the platform's reference data: sectors, service categories, regions and agencies.
 * The seed writes them, the store reads them; names are kept in the four languages of the UI.
 */
export const locales = ['ar', 'fr', 'en', 'zgh'] as const;
export type Locale = (typeof locales)[number];
/** A name in each language of the platform: Arabic, French, English and Standard Moroccan Tamazight (Tifinagh). */
export type Names = Record<Locale, string>;

export interface SectorRecord {
  /** lowercase slug, e.g. `health` */
  id: string;
  names: Names;
}

/** The classification used in annual reports (civil status, identity documents, taxation, …). */
export interface ServiceCategoryRecord {
  id: string;
  names: Names;
}

export interface ProvinceRecord {
  /** lowercase slug, e.g. `rabat` */
  id: string;
  names: Names;
}

/** One of Morocco's 12 regions (2015 division) with its provinces and prefectures. */
export interface RegionRecord {
  /** lowercase slug, e.g. `rabat-sale-kenitra` */
  id: string;
  names: Names;
  provinces: ProvinceRecord[];
}

export interface ServiceRecord {
  /** unique across all agencies: `<agencyId>-<slug>`, e.g. `dgsn-cnie` */
  id: string;
  names: Names;
  serviceCategoryId: string;
}

export const agencyTypes = ['ministry', 'public_institution', 'local_authority', 'concession_holder'] as const;
export type AgencyType = (typeof agencyTypes)[number];

export interface AgencyRecord {
  /** lowercase slug, e.g. `mrafp` */
  id: string;
  names: Names;
  /** common acronym, e.g. `MRAFP`, `CNSS` */
  acronym: string;
  type: AgencyType;
  sectorId: string;
  /** ISO date the agency joined the platform: 2018-01-01 for the 61 founding bodies */
  joinedOn: string;
  /** the agency's public website origin, e.g. `https://www.cnss.ma` */
  website: string;
  /** origins allowed to embed the widgets and submit from a browser */
  allowedOrigins: string[];
  services: ServiceRecord[];
}

/** A realistic subject line and description an agency may receive, per service category and kind. */
export interface SubjectTemplate {
  serviceCategoryId: string;
  kind: 'complaint' | 'observation' | 'suggestion';
  /** language of the text */
  locale: Locale;
  subject: string;
  description: string;
}
