/**
 * Sectors group the participating agencies for the annual sector reports.
 * Every sector holds at least three agencies (see `agencies.ts`).
 */
import type { SectorRecord } from '../../domain/reference.js';

export const sectors: readonly SectorRecord[] = [
  {
    id: 'public-service',
    names: {
      ar: 'الإدارة والوظيفة العمومية',
      fr: 'Administration et fonction publique',
      en: 'Public administration and civil service',
      zgh: 'ⵜⴰⵙⵏⵎⵀⴰⵍⵜ ⴷ ⵜⵎⵀⵍⴰ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ',
    },
  },
  {
    id: 'interior',
    names: {
      ar: 'الداخلية والأمن',
      fr: 'Intérieur et sécurité',
      en: 'Interior and security',
      zgh: 'ⴰⴳⵏⵙⵓ ⴷ ⵜⵖⵍⴰⵙⵜ',
    },
  },
  {
    id: 'health',
    names: {
      ar: 'الصحة',
      fr: 'Santé',
      en: 'Health',
      zgh: 'ⵜⴰⴷⵓⵙⵉ',
    },
  },
  {
    id: 'education',
    names: {
      ar: 'التربية والتعليم العالي',
      fr: 'Éducation et enseignement supérieur',
      en: 'Education and higher education',
      zgh: 'ⴰⵙⴳⵎⵉ ⴷ ⵓⵙⵍⵎⴷ ⴰⵏⴼⵍⵍⴰ',
    },
  },
  {
    id: 'justice',
    names: {
      ar: 'العدل',
      fr: 'Justice',
      en: 'Justice',
      zgh: 'ⵜⴰⵏⵣⵣⴰⵔⵜ',
    },
  },
  {
    id: 'finance',
    names: {
      ar: 'الاقتصاد والمالية',
      fr: 'Économie et finances',
      en: 'Economy and finance',
      zgh: 'ⵜⴰⴷⴰⵎⵙⴰ ⴷ ⵉⴷⵔⵉⵎⵏ',
    },
  },
  {
    id: 'employment',
    names: {
      ar: 'الشغل والتكوين المهني',
      fr: 'Emploi et formation professionnelle',
      en: 'Employment and vocational training',
      zgh: 'ⴰⵙⵡⵓⵔⵉ ⴷ ⵓⵙⵍⵎⴷ ⴰⵎⵙⵡⵓⵔⵉ',
    },
  },
  {
    id: 'social-protection',
    names: {
      ar: 'الحماية الاجتماعية',
      fr: 'Protection sociale',
      en: 'Social protection',
      zgh: 'ⴰⵙⴳⴷⵍ ⴰⵏⴰⵎⵓⵏ',
    },
  },
  {
    id: 'transport',
    names: {
      ar: 'التجهيز والنقل واللوجستيك',
      fr: 'Équipement, transport et logistique',
      en: 'Infrastructure, transport and logistics',
      zgh: 'ⴰⵙⵡⵓⴷⴷⵓ, ⴰⵙⵎⵓⵜⵜⴳ ⴷ ⵜⵍⵓⵊⵉⵙⵜⵉⴽ',
    },
  },
  {
    id: 'energy',
    names: {
      ar: 'الطاقة والماء',
      fr: 'Énergie et eau',
      en: 'Energy and water',
      zgh: 'ⵜⴰⵣⵎⵔⵜ ⴷ ⵡⴰⵎⴰⵏ',
    },
  },
  {
    id: 'housing',
    names: {
      ar: 'الإسكان والتعمير والعقار',
      fr: 'Habitat, urbanisme et foncier',
      en: 'Housing, urban planning and land',
      zgh: 'ⵜⴰⵣⴷⵖⵜ, ⴰⵙⵖⵔⵎ ⴷ ⵡⴰⴽⴰⵍ',
    },
  },
  {
    id: 'agriculture',
    names: {
      ar: 'الفلاحة والصيد البحري',
      fr: 'Agriculture et pêche maritime',
      en: 'Agriculture and fisheries',
      zgh: 'ⵜⴰⴼⵍⵍⴰⵃⵜ ⴷ ⵓⴳⵎⵎⵓⵔ ⵏ ⵢⵉⵙⵍⵎⴰⵏ',
    },
  },
  {
    id: 'culture',
    names: {
      ar: 'الثقافة والشباب والشؤون الدينية',
      fr: 'Culture, jeunesse et affaires religieuses',
      en: 'Culture, youth and religious affairs',
      zgh: 'ⵜⴰⴷⵍⵙⴰ, ⵉⵎⵥⵥⵢⴰⵏⵏ ⴷ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ ⵏ ⵍⵉⵙⵍⴰⵎ',
    },
  },
  {
    id: 'economy',
    names: {
      ar: 'الصناعة والتجارة والاستثمار والسياحة',
      fr: 'Industrie, commerce, investissement et tourisme',
      en: 'Industry, trade, investment and tourism',
      zgh: 'ⵜⴰⵙⵏⴰⵄⵜ, ⵜⴰⵙⴱⴱⴰⴱⵜ, ⴰⵙⵎⵔⵙ ⴷ ⵓⵙⵏⵓⴱⴳ',
    },
  },
  {
    id: 'digital',
    names: {
      ar: 'البريد والاتصالات والرقمنة',
      fr: 'Poste, télécommunications et numérique',
      en: 'Post, telecommunications and digital',
      zgh: 'ⴱⴱⵔⵉⴷ, ⴰⵎⵢⴰⵡⴰⴹ ⴷ ⵓⵏⵎⴰⴹ',
    },
  },
  {
    id: 'foreign-affairs',
    names: {
      ar: 'الشؤون الخارجية ومغاربة العالم',
      fr: 'Affaires étrangères et Marocains du monde',
      en: 'Foreign affairs and Moroccans abroad',
      zgh: 'ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵜⵉⴱⵕⵕⴰⵏⵉⵢⵉⵏ ⴷ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵏ ⴱⵕⵕⴰ',
    },
  },
  {
    id: 'local-government',
    names: {
      ar: 'الجماعات الترابية',
      fr: 'Collectivités territoriales',
      en: 'Local and regional government',
      zgh: 'ⵜⵉⵊⵎⴰⵄⵉⵏ ⵜⵉⴷⵖⴰⵔⴰⵏⵉⵏ',
    },
  },
];
