/**
 * Synthetic local bodies for big seeds (`--agencies 2000`): beyond the 90 reference agencies, the
 * platform keeps growing through communes and provincial councils spread over the provinces. Their
 * names are built from the province's name in the four languages (Tamazight renderings are
 * best-effort, in the reference data's vocabulary); their websites are at `example.ma`.
 */
import type { AgencyRecord, Names, ProvinceRecord, RegionRecord, SectorRecord, ServiceCategoryRecord } from '../domain/reference.js';
import { Random } from './random.js';

export interface SyntheticAgencyContext {
  seed: number;
  regions: readonly RegionRecord[];
  sectors: readonly SectorRecord[];
  serviceCategories: readonly ServiceCategoryRecord[];
  /** the reference agencies, whose ids must not be reused and whose local sector is preferred */
  agencies: readonly AgencyRecord[];
  /** the latest joining day (`YYYY-MM-DD`), at most 2026-06-30 */
  until?: string;
}

interface LocalService {
  slug: string;
  categories: readonly string[];
  names: Names;
}

/** Services of local bodies; `categories` lists acceptable category ids, the first one present wins. */
const localServices: Record<string, LocalService> = {
  civilStatus: {
    slug: 'etat-civil',
    categories: ['civil-status'],
    names: { ar: 'الحالة المدنية', fr: 'État civil', en: 'Civil status', zgh: 'ⴰⴷⴷⴰⴷ ⴰⵖⵔⵎⴰⵏ' },
  },
  certification: {
    slug: 'legalisation',
    categories: ['civil-status'],
    names: { ar: 'المصادقة على الإمضاءات', fr: 'Légalisation des signatures', en: 'Signature certification', zgh: 'ⴰⵙⵙⵉⴷⴷⵉ ⵏ ⵜⵙⴽⵍⵉⵡⵉⵏ' },
  },
  building: {
    slug: 'autorisations-construire',
    categories: ['permits-licences', 'urban-planning'],
    names: { ar: 'رخص البناء', fr: 'Autorisations de construire', en: 'Building permits', zgh: 'ⵜⵉⵔⵅⵚⵉⵏ ⵏ ⵓⴱⵏⵓ' },
  },
  zoning: {
    slug: 'urbanisme',
    categories: ['urban-planning'],
    names: {
      ar: 'مذكرة المعلومات التعميرية',
      fr: 'Note de renseignements urbanistiques',
      en: 'Zoning information note',
      zgh: 'ⵜⴰⵏⵣⵎⵉⵜ ⵏ ⵉⵙⴰⵍⵏ ⵏ ⵓⵙⵖⵔⵎ',
    },
  },
  business: {
    slug: 'activites',
    categories: ['permits-licences'],
    names: {
      ar: 'رخص الأنشطة الاقتصادية',
      fr: 'Autorisations d’activités économiques',
      en: 'Business licences',
      zgh: 'ⵜⵉⵔⵅⵚⵉⵏ ⵏ ⵜⵉⵎⵙⴽⵉⵍⵉⵏ ⵜⵉⴷⴰⵎⵙⴰⵏⵉⵏ',
    },
  },
  cleanliness: {
    slug: 'proprete',
    categories: ['municipal-services'],
    names: { ar: 'النظافة وجمع النفايات', fr: 'Propreté et collecte des déchets', en: 'Cleanliness and waste collection', zgh: 'ⵜⴰⵣⴷⴷⴰⴳⵜ' },
  },
  lighting: {
    slug: 'eclairage',
    categories: ['municipal-services'],
    names: { ar: 'الإنارة العمومية', fr: 'Éclairage public', en: 'Street lighting', zgh: 'ⵜⴰⴼⴰⵡⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ' },
  },
  markets: {
    slug: 'marches',
    categories: ['municipal-services'],
    names: { ar: 'الأسواق الجماعية', fr: 'Marchés communaux', en: 'Municipal markets', zgh: 'ⵉⵙⵡⴰⵇ ⵏ ⵜⵊⵎⴰⵄⵜ' },
  },
  taxes: {
    slug: 'fiscalite',
    categories: ['taxation'],
    names: { ar: 'الجبايات المحلية', fr: 'Fiscalité locale', en: 'Local taxes', zgh: 'ⵜⵉⴱⵣⵔⵉⵏ ⵜⵉⴷⵖⴰⵔⴰⵏⵉⵏ' },
  },
  roads: {
    slug: 'voirie',
    categories: ['public-transport', 'municipal-services'],
    names: { ar: 'الطرق والمسالك', fr: 'Voirie et pistes', en: 'Roads and tracks', zgh: 'ⵉⴱⵔⵉⴷⵏ' },
  },
};

/** [French/English spelling, Arabic, Tifinagh] */
type Word = readonly [string, string, string];

const placePrefixes: readonly Word[] = [
  ['Sidi', 'سيدي', 'ⵙⵉⴷⵉ'],
  ['Aït', 'آيت', 'ⴰⵢⵜ'],
  ['Oulad', 'أولاد', 'ⵓⵍⴰⴷ'],
  ['Aïn', 'عين', 'ⵄⵉⵏ'],
  ['Bni', 'بني', 'ⴱⵏⵉ'],
  ['Tizi', 'تيزي', 'ⵜⵉⵣⵉ'],
  ['Dar', 'دار', 'ⴷⴰⵔ'],
  ['Souk', 'سوق', 'ⵙⵓⵇ'],
  ['Had', 'حد', 'ⵃⴰⴷ'],
  ['Tleta', 'ثلاثاء', 'ⵜⵍⴰⵜⴰ'],
];

const placeRoots: readonly Word[] = [
  ['Moussa', 'موسى', 'ⵎⵓⵙⴰ'],
  ['Ahmed', 'أحمد', 'ⴰⵃⵎⴷ'],
  ['Ali', 'علي', 'ⵄⵍⵉ'],
  ['Brahim', 'إبراهيم', 'ⴱⵔⴰⵀⵉⵎ'],
  ['Yahya', 'يحيى', 'ⵢⴰⵃⵢⴰ'],
  ['Said', 'سعيد', 'ⵙⵄⵉⴷ'],
  ['Amer', 'عامر', 'ⵄⴰⵎⵔ'],
  ['Othmane', 'عثمان', 'ⵄⵜⵎⴰⵏ'],
  ['Hassane', 'حسان', 'ⵃⵙⵙⴰⵏ'],
  ['Boubker', 'بوبكر', 'ⴱⵓⴱⴽⵔ'],
  ['Lahcen', 'لحسن', 'ⵍⵃⵙⵏ'],
  ['Messaoud', 'مسعود', 'ⵎⵙⵄⵓⴷ'],
  ['Rahal', 'رحال', 'ⵔⵃⵃⴰⵍ'],
  ['Jaber', 'جابر', 'ⵊⴰⴱⵔ'],
  ['Yakoub', 'يعقوب', 'ⵢⴰⵄⵇⵓⴱ'],
  ['Abbou', 'عبو', 'ⵄⴱⴱⵓ'],
  ['Slimane', 'سليمان', 'ⵙⵍⵉⵎⴰⵏ'],
  ['Bouziane', 'بوزيان', 'ⴱⵓⵣⵢⴰⵏ'],
  ['Tayeb', 'الطيب', 'ⵟⴰⵢⴱ'],
  ['Hmad', 'حماد', 'ⵃⵎⴰⴷ'],
];

type LocalKind = 'seat' | 'council' | 'commune';

const firstJoin = Date.UTC(2021, 0, 1);
const lastJoin = Date.UTC(2026, 5, 30);
const day = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `d’` before a vowel in French. */
function frenchOf(name: string): string {
  return /^[AEIOUYÂÀÉÈÊÎÏÔÖÛÜaeiouy]/.test(name) ? `d’${name}` : `de ${name}`;
}

function namesFor(kind: LocalKind, province: ProvinceRecord, place: readonly [Word, Word] | null): Names {
  const p = province.names;
  switch (kind) {
    case 'seat':
      return { ar: `جماعة ${p.ar}`, fr: `Commune ${frenchOf(p.fr)}`, en: `Municipality of ${p.en}`, zgh: `ⵜⴰⵊⵎⴰⵄⵜ ⵏ ${p.zgh}` };
    case 'council':
      return {
        ar: `مجلس إقليم ${p.ar}`,
        fr: `Conseil provincial ${frenchOf(p.fr)}`,
        en: `Provincial Council of ${p.en}`,
        zgh: `ⴰⵙⵉⵏⴰⴳ ⵏ ⵜⵙⴳⴰ ⵏ ${p.zgh}`,
      };
    case 'commune': {
      const [prefix, root] = place!;
      const latin = `${prefix[0]} ${root[0]}`;
      return {
        ar: `جماعة ${prefix[1]} ${root[1]} (${p.ar})`,
        fr: `Commune ${frenchOf(latin)} (${p.fr})`,
        en: `${latin} Municipality (${p.en})`,
        zgh: `ⵜⴰⵊⵎⴰⵄⵜ ⵏ ${prefix[2]} ${root[2]} (${p.zgh})`,
      };
    }
  }
}

/** The services each kind of body offers: the first ones always, then some of the optional ones (2–3 in all). */
const servicePlans: Record<LocalKind, { always: readonly string[]; optional: readonly string[] }> = {
  seat: { always: ['civilStatus', 'building'], optional: ['zoning', 'cleanliness', 'taxes', 'business', 'lighting'] },
  commune: { always: ['civilStatus'], optional: ['certification', 'building', 'zoning', 'cleanliness', 'lighting', 'markets', 'taxes', 'business'] },
  council: { always: ['roads'], optional: ['business', 'markets', 'zoning'] },
};

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The local sector of the reference data: `local-government`, or the one holding local authorities. */
function localSectorId(context: SyntheticAgencyContext): string {
  if (context.sectors.some((sector) => sector.id === 'local-government')) return 'local-government';
  const counts = new Map<string, number>();
  for (const agency of context.agencies)
    if (agency.type === 'local_authority') counts.set(agency.sectorId, (counts.get(agency.sectorId) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best !== undefined) return best[0];
  const fallback = context.sectors.find((sector) => /local|territ|commun/.test(sector.id)) ?? context.sectors[0];
  if (fallback === undefined) throw new Error('synthetic agencies: no sector to put them in');
  return fallback.id;
}

/**
 * `count` deterministic local bodies, round-robin over the provinces: in each province the commune
 * of its seat (unless the reference data already has it, e.g. `commune-fes`), then its provincial
 * council, then more communes named after synthetic places. Ids are `commune-<province>-<n>` and
 * `conseil-provincial-<province>`. Returned in joining order, from 2021-01-01 to 2026-06-30 (or
 * `until` if earlier).
 */
export function syntheticAgencies(count: number, context: SyntheticAgencyContext): AgencyRecord[] {
  if (count <= 0) return [];
  const random = new Random(context.seed).fork('synthetic-agencies');
  const provinces = context.regions.flatMap((region) => region.provinces);
  if (provinces.length === 0) throw new Error('synthetic agencies: no provinces');
  const sectorId = localSectorId(context);
  const categoryIds = new Set(context.serviceCategories.map((category) => category.id));
  const fallbackCategory = categoryIds.has('other') ? 'other' : context.serviceCategories[0]?.id;
  if (fallbackCategory === undefined) throw new Error('synthetic agencies: no service categories');
  const used = new Set(context.agencies.map((agency) => agency.id));
  // seats the reference data already has: `commune-fes` for the province `fes`, `commune-tanger` for `tanger-assilah`
  const referenceCommunes = context.agencies.filter((agency) => agency.id.startsWith('commune-')).map((agency) => agency.id.slice('commune-'.length));
  const hasSeat = (provinceId: string): boolean => referenceCommunes.some((city) => provinceId === city || provinceId.startsWith(`${city}-`));
  const until = context.until === undefined ? lastJoin : Math.min(lastJoin, Date.parse(`${context.until}T00:00:00Z`));
  const latest = Math.max(firstJoin, until);
  const places = new Map<string, (readonly [Word, Word])[]>();
  const communesIn = new Map<string, number>();
  const bodiesIn = new Map<string, number>();

  const result: { record: AgencyRecord; order: number }[] = [];
  for (let i = 0; i < count; i++) {
    const province = provinces[i % provinces.length]!;
    const slot = (bodiesIn.get(province.id) ?? 0) + 1;
    bodiesIn.set(province.id, slot);
    const seat = hasSeat(province.id) ? 0 : 1;
    const kind: LocalKind = slot === 1 && seat === 1 ? 'seat' : slot === 1 + seat ? 'council' : 'commune';
    const provinceSlug = slugify(province.id).slice(0, 24).replace(/-+$/g, '');
    let number = 0;
    if (kind !== 'council') {
      number = (communesIn.get(province.id) ?? 0) + 1;
      communesIn.set(province.id, number);
    }
    let id = kind === 'council' ? `conseil-provincial-${provinceSlug}` : `commune-${provinceSlug}-${number}`;
    for (let suffix = 2; used.has(id); suffix++) id = `${id.replace(/-x\d+$/, '')}-x${suffix}`;
    used.add(id);

    let place: readonly [Word, Word] | null = null;
    if (kind === 'commune') {
      let list = places.get(province.id);
      if (list === undefined) {
        list = random.shuffle(placePrefixes.flatMap((prefix) => placeRoots.map((root) => [prefix, root] as const)));
        places.set(province.id, list);
      }
      place = list[(number - 1 - seat) % list.length]!;
    }
    const names = namesFor(kind, province, place);

    const plan = servicePlans[kind];
    const extra = random.shuffle(plan.optional).slice(0, Math.max(0, random.int(2, 3) - plan.always.length));
    const services = [...plan.always, ...extra].map((key) => {
      const service = localServices[key]!;
      const category = service.categories.find((candidate) => categoryIds.has(candidate)) ?? fallbackCategory;
      return { id: `${id}-${service.slug}`, names: service.names, serviceCategoryId: category };
    });

    const joined = firstJoin + Math.floor(random.next() * ((latest - firstJoin) / day + 1)) * day;
    const provinceCode = provinceSlug.replace(/-/g, '').slice(0, 4).toUpperCase();
    const acronym = kind === 'council' ? `CP-${provinceCode}` : `COM-${provinceCode}-${number}`;
    const website = `https://${id}.example.ma`;
    result.push({
      order: i,
      record: {
        id,
        names,
        acronym,
        type: 'local_authority',
        sectorId,
        joinedOn: isoDay(joined),
        website,
        allowedOrigins: [website],
        services,
      },
    });
  }
  result.sort((a, b) => (a.record.joinedOn < b.record.joinedOn ? -1 : a.record.joinedOn > b.record.joinedOn ? 1 : a.order - b.order));
  return result.map((entry) => entry.record);
}
