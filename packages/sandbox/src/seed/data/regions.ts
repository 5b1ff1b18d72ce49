/**
 * Morocco's 12 regions (territorial division of 2015, Decree No. 2.15.40) with their
 * prefectures and provinces (75 in all). Names are the bare place names, without the
 * words "province" or "prefecture", as a form's drop-down shows them.
 */
import type { RegionRecord } from '../../domain/reference.js';

export const regions: readonly RegionRecord[] = [
  {
    id: 'tanger-tetouan-al-hoceima',
    names: {
      ar: 'طنجة - تطوان - الحسيمة',
      fr: 'Tanger-Tétouan-Al Hoceïma',
      en: 'Tangier-Tetouan-Al Hoceima',
      zgh: 'ⵟⴰⵏⵊⴰ-ⵜⵉⵟⵟⴰⵡⵉⵏ-ⵍⵃⵓⵙⵉⵎⴰ',
    },
    provinces: [
      { id: 'tanger-assilah', names: { ar: 'طنجة - أصيلة', fr: 'Tanger-Assilah', en: 'Tangier-Assilah', zgh: 'ⵟⴰⵏⵊⴰ-ⴰⵚⵉⵍⴰ' } },
      { id: 'mdiq-fnideq', names: { ar: 'المضيق - الفنيدق', fr: 'M’diq-Fnideq', en: 'M’diq-Fnideq', zgh: 'ⵍⵎⴹⵉⵇ-ⴼⵏⵉⴷⵇ' } },
      { id: 'tetouan', names: { ar: 'تطوان', fr: 'Tétouan', en: 'Tetouan', zgh: 'ⵜⵉⵟⵟⴰⵡⵉⵏ' } },
      { id: 'fahs-anjra', names: { ar: 'الفحص - أنجرة', fr: 'Fahs-Anjra', en: 'Fahs-Anjra', zgh: 'ⴼⴰⵃⵚ-ⴰⵏⵊⵔⴰ' } },
      { id: 'larache', names: { ar: 'العرائش', fr: 'Larache', en: 'Larache', zgh: 'ⵍⵄⵔⴰⵢⵛ' } },
      { id: 'al-hoceima', names: { ar: 'الحسيمة', fr: 'Al Hoceïma', en: 'Al Hoceima', zgh: 'ⵍⵃⵓⵙⵉⵎⴰ' } },
      { id: 'chefchaouen', names: { ar: 'شفشاون', fr: 'Chefchaouen', en: 'Chefchaouen', zgh: 'ⵛⴼⵛⴰⵡⵏ' } },
      { id: 'ouezzane', names: { ar: 'وزان', fr: 'Ouezzane', en: 'Ouezzane', zgh: 'ⵡⴰⵣⵣⴰⵏ' } },
    ],
  },
  {
    id: 'oriental',
    names: {
      ar: 'الشرق',
      fr: 'Oriental',
      en: 'Oriental',
      zgh: 'ⴰⴳⵎⵓⴹ',
    },
    provinces: [
      { id: 'oujda-angad', names: { ar: 'وجدة - أنكاد', fr: 'Oujda-Angad', en: 'Oujda-Angad', zgh: 'ⵡⵓⵊⴷⴰ-ⴰⵏⴳⴰⴷ' } },
      { id: 'nador', names: { ar: 'الناظور', fr: 'Nador', en: 'Nador', zgh: 'ⵏⴰⴹⵓⵔ' } },
      { id: 'driouch', names: { ar: 'الدريوش', fr: 'Driouch', en: 'Driouch', zgh: 'ⴷⵔⵢⵓⵛ' } },
      { id: 'jerada', names: { ar: 'جرادة', fr: 'Jerada', en: 'Jerada', zgh: 'ⵊⵔⴰⴷⴰ' } },
      { id: 'berkane', names: { ar: 'بركان', fr: 'Berkane', en: 'Berkane', zgh: 'ⴱⵔⴽⴰⵏ' } },
      { id: 'taourirt', names: { ar: 'تاوريرت', fr: 'Taourirt', en: 'Taourirt', zgh: 'ⵜⴰⵡⵔⵉⵔⵜ' } },
      { id: 'guercif', names: { ar: 'جرسيف', fr: 'Guercif', en: 'Guercif', zgh: 'ⴳⵔⵙⵉⴼ' } },
      { id: 'figuig', names: { ar: 'فجيج', fr: 'Figuig', en: 'Figuig', zgh: 'ⴼⵉⴳⵉⴳ' } },
    ],
  },
  {
    id: 'fes-meknes',
    names: {
      ar: 'فاس - مكناس',
      fr: 'Fès-Meknès',
      en: 'Fez-Meknes',
      zgh: 'ⴼⴰⵙ-ⵎⴽⵏⴰⵙ',
    },
    provinces: [
      { id: 'fes', names: { ar: 'فاس', fr: 'Fès', en: 'Fez', zgh: 'ⴼⴰⵙ' } },
      { id: 'meknes', names: { ar: 'مكناس', fr: 'Meknès', en: 'Meknes', zgh: 'ⵎⴽⵏⴰⵙ' } },
      { id: 'el-hajeb', names: { ar: 'الحاجب', fr: 'El Hajeb', en: 'El Hajeb', zgh: 'ⵍⵃⴰⵊⴱ' } },
      { id: 'ifrane', names: { ar: 'إفران', fr: 'Ifrane', en: 'Ifrane', zgh: 'ⵉⴼⵔⴰⵏ' } },
      { id: 'moulay-yacoub', names: { ar: 'مولاي يعقوب', fr: 'Moulay Yacoub', en: 'Moulay Yacoub', zgh: 'ⵎⵓⵍⴰⵢ ⵢⴰⵄⵇⵓⴱ' } },
      { id: 'sefrou', names: { ar: 'صفرو', fr: 'Sefrou', en: 'Sefrou', zgh: 'ⵚⴼⵔⵓ' } },
      { id: 'boulemane', names: { ar: 'بولمان', fr: 'Boulemane', en: 'Boulemane', zgh: 'ⴱⵓⵍⵎⴰⵏ' } },
      { id: 'taounate', names: { ar: 'تاونات', fr: 'Taounate', en: 'Taounate', zgh: 'ⵜⴰⵡⵏⴰⵜ' } },
      { id: 'taza', names: { ar: 'تازة', fr: 'Taza', en: 'Taza', zgh: 'ⵜⴰⵣⴰ' } },
    ],
  },
  {
    id: 'rabat-sale-kenitra',
    names: {
      ar: 'الرباط - سلا - القنيطرة',
      fr: 'Rabat-Salé-Kénitra',
      en: 'Rabat-Sale-Kenitra',
      zgh: 'ⵕⵕⴱⴰⵟ-ⵙⵍⴰ-ⵇⵏⵉⵟⵔⴰ',
    },
    provinces: [
      { id: 'rabat', names: { ar: 'الرباط', fr: 'Rabat', en: 'Rabat', zgh: 'ⵕⵕⴱⴰⵟ' } },
      { id: 'sale', names: { ar: 'سلا', fr: 'Salé', en: 'Sale', zgh: 'ⵙⵍⴰ' } },
      { id: 'skhirate-temara', names: { ar: 'الصخيرات - تمارة', fr: 'Skhirate-Témara', en: 'Skhirate-Temara', zgh: 'ⵚⵅⵉⵔⴰⵜ-ⵜⵎⴰⵔⴰ' } },
      { id: 'kenitra', names: { ar: 'القنيطرة', fr: 'Kénitra', en: 'Kenitra', zgh: 'ⵇⵏⵉⵟⵔⴰ' } },
      { id: 'khemisset', names: { ar: 'الخميسات', fr: 'Khémisset', en: 'Khemisset', zgh: 'ⵅⵎⵉⵙⴰⵜ' } },
      { id: 'sidi-kacem', names: { ar: 'سيدي قاسم', fr: 'Sidi Kacem', en: 'Sidi Kacem', zgh: 'ⵙⵉⴷⵉ ⵇⴰⵙⵎ' } },
      { id: 'sidi-slimane', names: { ar: 'سيدي سليمان', fr: 'Sidi Slimane', en: 'Sidi Slimane', zgh: 'ⵙⵉⴷⵉ ⵙⵍⵉⵎⴰⵏ' } },
    ],
  },
  {
    id: 'beni-mellal-khenifra',
    names: {
      ar: 'بني ملال - خنيفرة',
      fr: 'Béni Mellal-Khénifra',
      en: 'Beni Mellal-Khenifra',
      zgh: 'ⴰⵢⵜ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵔⴰ',
    },
    provinces: [
      { id: 'beni-mellal', names: { ar: 'بني ملال', fr: 'Béni Mellal', en: 'Beni Mellal', zgh: 'ⴰⵢⵜ ⵎⵍⵍⴰⵍ' } },
      { id: 'azilal', names: { ar: 'أزيلال', fr: 'Azilal', en: 'Azilal', zgh: 'ⴰⵣⵉⵍⴰⵍ' } },
      { id: 'fquih-ben-salah', names: { ar: 'الفقيه بن صالح', fr: 'Fquih Ben Salah', en: 'Fquih Ben Salah', zgh: 'ⵍⴼⵇⵉⵀ ⴱⵏ ⵚⴰⵍⵃ' } },
      { id: 'khenifra', names: { ar: 'خنيفرة', fr: 'Khénifra', en: 'Khenifra', zgh: 'ⵅⵏⵉⴼⵔⴰ' } },
      { id: 'khouribga', names: { ar: 'خريبكة', fr: 'Khouribga', en: 'Khouribga', zgh: 'ⵅⵓⵔⵉⴱⴳⴰ' } },
    ],
  },
  {
    id: 'casablanca-settat',
    names: {
      ar: 'الدار البيضاء - سطات',
      fr: 'Casablanca-Settat',
      en: 'Casablanca-Settat',
      zgh: 'ⴰⵏⴼⴰ-ⵙⵟⵟⴰⵜ',
    },
    provinces: [
      { id: 'casablanca', names: { ar: 'الدار البيضاء', fr: 'Casablanca', en: 'Casablanca', zgh: 'ⴰⵏⴼⴰ' } },
      { id: 'mohammedia', names: { ar: 'المحمدية', fr: 'Mohammedia', en: 'Mohammedia', zgh: 'ⵎⵓⵃⵎⵎⴷⵢⴰ' } },
      { id: 'el-jadida', names: { ar: 'الجديدة', fr: 'El Jadida', en: 'El Jadida', zgh: 'ⵍⵊⴷⵉⴷⴰ' } },
      { id: 'nouaceur', names: { ar: 'النواصر', fr: 'Nouaceur', en: 'Nouaceur', zgh: 'ⵏⵡⴰⵚⵔ' } },
      { id: 'mediouna', names: { ar: 'مديونة', fr: 'Médiouna', en: 'Mediouna', zgh: 'ⵎⴷⵢⵓⵏⴰ' } },
      { id: 'benslimane', names: { ar: 'بنسليمان', fr: 'Benslimane', en: 'Benslimane', zgh: 'ⴱⵏⵙⵍⵉⵎⴰⵏ' } },
      { id: 'berrechid', names: { ar: 'برشيد', fr: 'Berrechid', en: 'Berrechid', zgh: 'ⴱⵔⵔⵛⵉⴷ' } },
      { id: 'settat', names: { ar: 'سطات', fr: 'Settat', en: 'Settat', zgh: 'ⵙⵟⵟⴰⵜ' } },
      { id: 'sidi-bennour', names: { ar: 'سيدي بنور', fr: 'Sidi Bennour', en: 'Sidi Bennour', zgh: 'ⵙⵉⴷⵉ ⴱⵏⵏⵓⵔ' } },
    ],
  },
  {
    id: 'marrakech-safi',
    names: {
      ar: 'مراكش - آسفي',
      fr: 'Marrakech-Safi',
      en: 'Marrakesh-Safi',
      zgh: 'ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ',
    },
    provinces: [
      { id: 'marrakech', names: { ar: 'مراكش', fr: 'Marrakech', en: 'Marrakesh', zgh: 'ⵎⵕⵕⴰⴽⵛ' } },
      { id: 'chichaoua', names: { ar: 'شيشاوة', fr: 'Chichaoua', en: 'Chichaoua', zgh: 'ⵛⵉⵛⴰⵡⴰ' } },
      { id: 'al-haouz', names: { ar: 'الحوز', fr: 'Al Haouz', en: 'Al Haouz', zgh: 'ⵍⵃⴰⵡⵣ' } },
      { id: 'el-kelaa-des-sraghna', names: { ar: 'قلعة السراغنة', fr: 'El Kelâa des Sraghna', en: 'El Kelaa des Sraghna', zgh: 'ⵇⵍⵄⴰⵜ ⵙⵔⴰⵖⵏⴰ' } },
      { id: 'essaouira', names: { ar: 'الصويرة', fr: 'Essaouira', en: 'Essaouira', zgh: 'ⵎⵓⴳⴰⴷⵓⵔ' } },
      { id: 'rehamna', names: { ar: 'الرحامنة', fr: 'Rehamna', en: 'Rehamna', zgh: 'ⵔⵃⴰⵎⵏⴰ' } },
      { id: 'safi', names: { ar: 'آسفي', fr: 'Safi', en: 'Safi', zgh: 'ⴰⵙⴼⵉ' } },
      { id: 'youssoufia', names: { ar: 'اليوسفية', fr: 'Youssoufia', en: 'Youssoufia', zgh: 'ⵢⵓⵙⵓⴼⵢⴰ' } },
    ],
  },
  {
    id: 'draa-tafilalet',
    names: {
      ar: 'درعة - تافيلالت',
      fr: 'Drâa-Tafilalet',
      en: 'Draa-Tafilalet',
      zgh: 'ⴷⵔⵄⴰ-ⵜⴰⴼⵉⵍⴰⵍⵜ',
    },
    provinces: [
      { id: 'errachidia', names: { ar: 'الرشيدية', fr: 'Errachidia', en: 'Errachidia', zgh: 'ⵔⵔⴰⵛⵉⴷⵢⴰ' } },
      { id: 'ouarzazate', names: { ar: 'ورزازات', fr: 'Ouarzazate', en: 'Ouarzazate', zgh: 'ⵡⴰⵔⵣⴰⵣⴰⵜ' } },
      { id: 'midelt', names: { ar: 'ميدلت', fr: 'Midelt', en: 'Midelt', zgh: 'ⵎⵉⴷⵍⵜ' } },
      { id: 'tinghir', names: { ar: 'تنغير', fr: 'Tinghir', en: 'Tinghir', zgh: 'ⵜⵉⵏⵖⵉⵔ' } },
      { id: 'zagora', names: { ar: 'زاكورة', fr: 'Zagora', en: 'Zagora', zgh: 'ⵣⴰⴳⵓⵔⴰ' } },
    ],
  },
  {
    id: 'souss-massa',
    names: {
      ar: 'سوس - ماسة',
      fr: 'Souss-Massa',
      en: 'Souss-Massa',
      zgh: 'ⵙⵓⵙ-ⵎⴰⵙⵙⴰ',
    },
    provinces: [
      { id: 'agadir-ida-outanane', names: { ar: 'أكادير - إداوتنان', fr: 'Agadir Ida-Outanane', en: 'Agadir Ida-Outanane', zgh: 'ⴰⴳⴰⴷⵉⵔ ⵉⴷⴰ ⵓⵜⴰⵏⴰⵏ' } },
      { id: 'inezgane-ait-melloul', names: { ar: 'إنزكان - أيت ملول', fr: 'Inezgane-Aït Melloul', en: 'Inezgane-Ait Melloul', zgh: 'ⵉⵏⵣⴳⴰⵏ-ⴰⵢⵜ ⵎⵍⵍⵓⵍ' } },
      { id: 'chtouka-ait-baha', names: { ar: 'اشتوكة - أيت باها', fr: 'Chtouka-Aït Baha', en: 'Chtouka-Ait Baha', zgh: 'ⵛⵜⵓⴽⴰ-ⴰⵢⵜ ⴱⴰⵀⴰ' } },
      { id: 'taroudant', names: { ar: 'تارودانت', fr: 'Taroudant', en: 'Taroudant', zgh: 'ⵜⴰⵔⵓⴷⴰⵏⵜ' } },
      { id: 'tiznit', names: { ar: 'تيزنيت', fr: 'Tiznit', en: 'Tiznit', zgh: 'ⵜⵉⵣⵏⵉⵜ' } },
      { id: 'tata', names: { ar: 'طاطا', fr: 'Tata', en: 'Tata', zgh: 'ⵟⴰⵟⴰ' } },
    ],
  },
  {
    id: 'guelmim-oued-noun',
    names: {
      ar: 'كلميم - واد نون',
      fr: 'Guelmim-Oued Noun',
      en: 'Guelmim-Oued Noun',
      zgh: 'ⴳⵍⵎⵉⵎ-ⵡⴰⴷ ⵏⵓⵏ',
    },
    provinces: [
      { id: 'guelmim', names: { ar: 'كلميم', fr: 'Guelmim', en: 'Guelmim', zgh: 'ⴳⵍⵎⵉⵎ' } },
      { id: 'assa-zag', names: { ar: 'أسا - الزاك', fr: 'Assa-Zag', en: 'Assa-Zag', zgh: 'ⴰⵙⵙⴰ-ⵣⴰⴳ' } },
      { id: 'tan-tan', names: { ar: 'طانطان', fr: 'Tan-Tan', en: 'Tan-Tan', zgh: 'ⵟⴰⵏⵟⴰⵏ' } },
      { id: 'sidi-ifni', names: { ar: 'سيدي إفني', fr: 'Sidi Ifni', en: 'Sidi Ifni', zgh: 'ⵙⵉⴷⵉ ⵉⴼⵏⵉ' } },
    ],
  },
  {
    id: 'laayoune-sakia-el-hamra',
    names: {
      ar: 'العيون - الساقية الحمراء',
      fr: 'Laâyoune-Sakia El Hamra',
      en: 'Laayoune-Sakia El Hamra',
      zgh: 'ⵍⵄⵢⵓⵏ-ⵙⴰⵇⵢⴰ ⵍⵃⵎⵔⴰ',
    },
    provinces: [
      { id: 'laayoune', names: { ar: 'العيون', fr: 'Laâyoune', en: 'Laayoune', zgh: 'ⵍⵄⵢⵓⵏ' } },
      { id: 'boujdour', names: { ar: 'بوجدور', fr: 'Boujdour', en: 'Boujdour', zgh: 'ⴱⵓⵊⴷⵓⵔ' } },
      { id: 'tarfaya', names: { ar: 'طرفاية', fr: 'Tarfaya', en: 'Tarfaya', zgh: 'ⵟⴰⵔⴼⴰⵢⴰ' } },
      { id: 'es-semara', names: { ar: 'السمارة', fr: 'Es-Semara', en: 'Es-Semara', zgh: 'ⵙⵙⵎⴰⵔⴰ' } },
    ],
  },
  {
    id: 'dakhla-oued-ed-dahab',
    names: {
      ar: 'الداخلة - وادي الذهب',
      fr: 'Dakhla-Oued Ed-Dahab',
      en: 'Dakhla-Oued Ed-Dahab',
      zgh: 'ⴷⴷⴰⵅⵍⴰ-ⵡⴰⴷ ⴷⴷⴰⵀⴰⴱ',
    },
    provinces: [
      { id: 'oued-ed-dahab', names: { ar: 'وادي الذهب', fr: 'Oued Ed-Dahab', en: 'Oued Ed-Dahab', zgh: 'ⵡⴰⴷ ⴷⴷⴰⵀⴰⴱ' } },
      { id: 'aousserd', names: { ar: 'أوسرد', fr: 'Aousserd', en: 'Aousserd', zgh: 'ⴰⵡⵙⵔⴷ' } },
    ],
  },
];
