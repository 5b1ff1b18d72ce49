/**
 * The classification of submissions by type of public service, used in every annual report
 * (agency, sector and national). Each service of an agency maps to exactly one category.
 */
import type { ServiceCategoryRecord } from '../../domain/reference.js';

export const serviceCategories: readonly ServiceCategoryRecord[] = [
  {
    id: 'civil-status',
    names: {
      ar: 'الحالة المدنية والمصادقة على الوثائق',
      fr: 'État civil et légalisation',
      en: 'Civil status and certification',
      zgh: 'ⴰⴷⴷⴰⴷ ⴰⵖⵔⵎⴰⵏ ⴷ ⵓⵙⵙⵉⴷⴷⵉ',
    },
  },
  {
    id: 'identity-documents',
    names: {
      ar: 'وثائق الهوية والإقامة',
      fr: 'Documents d’identité et de séjour',
      en: 'Identity and residence documents',
      zgh: 'ⵜⵉⵡⵔⵉⵇⵉⵏ ⵏ ⵜⵎⴰⴳⵉⵜ ⴷ ⵓⵣⴷⵓⵖ',
    },
  },
  {
    id: 'taxation',
    names: {
      ar: 'الضرائب والجبايات',
      fr: 'Fiscalité',
      en: 'Taxation',
      zgh: 'ⵜⵉⴱⵣⵔⵉⵏ',
    },
  },
  {
    id: 'customs',
    names: {
      ar: 'الجمارك',
      fr: 'Douane',
      en: 'Customs',
      zgh: 'ⵍⴷⵉⵡⴰⵏⴰ',
    },
  },
  {
    id: 'health-care',
    names: {
      ar: 'العلاجات والخدمات الصحية',
      fr: 'Soins et services de santé',
      en: 'Health care',
      zgh: 'ⴰⵙⴳⵏⴼ ⴷ ⵜⴷⵓⵙⵉ',
    },
  },
  {
    id: 'schooling',
    names: {
      ar: 'التمدرس',
      fr: 'Scolarité',
      en: 'Schooling',
      zgh: 'ⴰⵙⴳⵎⵉ ⴷ ⵜⵉⵏⵎⵍ',
    },
  },
  {
    id: 'higher-education-training',
    names: {
      ar: 'التعليم العالي والتكوين المهني',
      fr: 'Enseignement supérieur et formation professionnelle',
      en: 'Higher education and vocational training',
      zgh: 'ⴰⵙⵍⵎⴷ ⴰⵏⴼⵍⵍⴰ ⴷ ⵓⵙⵍⵎⴷ ⴰⵎⵙⵡⵓⵔⵉ',
    },
  },
  {
    id: 'pensions',
    names: {
      ar: 'معاشات التقاعد',
      fr: 'Pensions de retraite',
      en: 'Pensions',
      zgh: 'ⵜⵉⵖⵔⴰⴷ ⵏ ⵓⵙⵏⴼⵙ',
    },
  },
  {
    id: 'social-security',
    names: {
      ar: 'الضمان الاجتماعي والمساعدة الاجتماعية',
      fr: 'Sécurité sociale et aide sociale',
      en: 'Social security and social assistance',
      zgh: 'ⴰⵙⴳⴷⵍ ⴰⵏⴰⵎⵓⵏ ⴷ ⵓⵎⵢⴰⵡⴰⵙ',
    },
  },
  {
    id: 'employment-services',
    names: {
      ar: 'خدمات التشغيل وعلاقات الشغل',
      fr: 'Emploi et relations de travail',
      en: 'Employment services and labour relations',
      zgh: 'ⴰⵙⵡⵓⵔⵉ ⴷ ⵓⵙⴽⵛⵎ',
    },
  },
  {
    id: 'civil-service',
    names: {
      ar: 'الوظيفة العمومية وشؤون الموظفين',
      fr: 'Fonction publique et carrière des agents',
      en: 'Civil service and public employees',
      zgh: 'ⵜⴰⵎⵀⵍⴰ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ ⴷ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ',
    },
  },
  {
    id: 'water-electricity',
    names: {
      ar: 'الماء والكهرباء والتطهير السائل',
      fr: 'Eau, électricité et assainissement',
      en: 'Water, electricity and sanitation',
      zgh: 'ⴰⵎⴰⵏ, ⵜⵜⵔⵉⵙⵉⵜⵉ ⴷ ⵓⵙⵣⴷⴳ',
    },
  },
  {
    id: 'urban-planning',
    names: {
      ar: 'التعمير والسكن',
      fr: 'Urbanisme et habitat',
      en: 'Urban planning and housing',
      zgh: 'ⴰⵙⵖⵔⵎ ⴷ ⵜⵣⴷⵖⵜ',
    },
  },
  {
    id: 'land-registry',
    names: {
      ar: 'المحافظة العقارية والمسح العقاري',
      fr: 'Conservation foncière et cadastre',
      en: 'Land registry and cadastre',
      zgh: 'ⴰⵃⵟⵟⵓ ⵏ ⵡⴰⴽⴰⵍ',
    },
  },
  {
    id: 'permits-licences',
    names: {
      ar: 'الرخص والشواهد الإدارية',
      fr: 'Autorisations, licences et certificats administratifs',
      en: 'Permits, licences and administrative certificates',
      zgh: 'ⵜⵉⵔⵅⵚⵉⵏ ⴷ ⵜⵛⵀⴰⴷⵉⵏ ⵜⵉⵙⵏⵎⵀⴰⵍⵉⵏ',
    },
  },
  {
    id: 'driving-licences-vehicles',
    names: {
      ar: 'رخص السياقة والمركبات',
      fr: 'Permis de conduire et véhicules',
      en: 'Driving licences and vehicles',
      zgh: 'ⵜⵉⵔⵅⵚⵉⵏ ⵏ ⵓⵏⴷⴰⵀ ⴷ ⵜⵎⵓⵜⵜⵓⵔⵉⵏ',
    },
  },
  {
    id: 'public-transport',
    names: {
      ar: 'النقل العمومي والطرق',
      fr: 'Transport public et routes',
      en: 'Public transport and roads',
      zgh: 'ⴰⵙⵎⵓⵜⵜⴳ ⴰⴳⴷⵓⴷⴰⵏ ⴷ ⵉⴱⵔⵉⴷⵏ',
    },
  },
  {
    id: 'postal-services',
    names: {
      ar: 'الخدمات البريدية',
      fr: 'Services postaux',
      en: 'Postal services',
      zgh: 'ⵜⵉⵎⵀⵍⴰ ⵏ ⴱⴱⵔⵉⴷ',
    },
  },
  {
    id: 'digital-services',
    names: {
      ar: 'الخدمات الرقمية والاتصالات',
      fr: 'Services numériques et télécommunications',
      en: 'Digital services and telecommunications',
      zgh: 'ⵜⵉⵎⵀⵍⴰ ⵜⵉⵏⵎⴰⴹⴰⵏⵉⵏ ⴷ ⵓⵎⵢⴰⵡⴰⴹ',
    },
  },
  {
    id: 'courts-and-legal',
    names: {
      ar: 'المحاكم والخدمات القانونية',
      fr: 'Tribunaux et services juridiques',
      en: 'Courts and legal services',
      zgh: 'ⵜⴰⵏⵣⵣⴰⵔⵜ ⴷ ⵜⵎⵀⵍⴰ ⵜⵉⵣⵔⴼⴰⵏⵉⵏ',
    },
  },
  {
    id: 'public-procurement',
    names: {
      ar: 'الصفقات العمومية',
      fr: 'Marchés publics',
      en: 'Public procurement',
      zgh: 'ⵜⵉⵚⴼⵇⵉⵏ ⵜⵉⴳⴷⵓⴷⴰⵏⵉⵏ',
    },
  },
  {
    id: 'consumer-protection',
    names: {
      ar: 'حماية المستهلك',
      fr: 'Protection du consommateur',
      en: 'Consumer protection',
      zgh: 'ⴰⵙⴳⴷⵍ ⵏ ⵓⵎⵙⵙⵎⵔⵙ',
    },
  },
  {
    id: 'agriculture-support',
    names: {
      ar: 'الدعم الفلاحي والصيد البحري',
      fr: 'Aides à l’agriculture et à la pêche',
      en: 'Agricultural and fisheries support',
      zgh: 'ⴰⵎⵢⴰⵡⴰⵙ ⵉ ⵜⴼⵍⵍⴰⵃⵜ ⴷ ⵓⴳⵎⵎⵓⵔ',
    },
  },
  {
    id: 'culture-youth-sports',
    names: {
      ar: 'الثقافة والشباب والرياضة',
      fr: 'Culture, jeunesse et sports',
      en: 'Culture, youth and sports',
      zgh: 'ⵜⴰⴷⵍⵙⴰ, ⵉⵎⵥⵥⵢⴰⵏⵏ ⴷ ⵓⵙⴱⵓⵔ',
    },
  },
  {
    id: 'municipal-services',
    names: {
      ar: 'الخدمات الجماعية (النظافة، الإنارة، الأسواق)',
      fr: 'Services communaux (propreté, éclairage, marchés)',
      en: 'Municipal services (cleanliness, lighting, markets)',
      zgh: 'ⵜⵉⵎⵀⵍⴰ ⵜⵉⵊⵎⴰⵄⵉⵏ (ⵜⴰⵣⴷⴷⴰⴳⵜ, ⵜⴰⴼⴰⵡⵜ, ⵉⵙⵡⴰⵇ)',
    },
  },
  {
    id: 'other',
    names: {
      ar: 'خدمات أخرى',
      fr: 'Autres services',
      en: 'Other services',
      zgh: 'ⵜⵉⵎⵀⵍⴰ ⵢⴰⴹⵏⵉⵏ',
    },
  },
];
