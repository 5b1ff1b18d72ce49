/**
 * Synthetic people for the seed: common Moroccan first and last names combined at random, in Latin or
 * Arabic script, with made-up national ID (CIN) numbers, emails at reserved example domains and
 * phone numbers. The combinations are drawn at random and name no real person.
 */
import type { Locale } from '../domain/reference.js';
import type { Random } from './random.js';

/** [Latin spelling, Arabic spelling] */
type Name = readonly [string, string];

const maleFirstNames: readonly Name[] = [
  ['Mohamed', 'محمد'], ['Ahmed', 'أحمد'], ['Youssef', 'يوسف'], ['Omar', 'عمر'], ['Hassan', 'حسن'],
  ['Hamza', 'حمزة'], ['Rachid', 'رشيد'], ['Said', 'سعيد'], ['Abdelkader', 'عبد القادر'], ['Karim', 'كريم'],
  ['Mustapha', 'مصطفى'], ['Driss', 'إدريس'], ['Brahim', 'إبراهيم'], ['Abdellah', 'عبد الله'], ['Mehdi', 'المهدي'],
  ['Anas', 'أنس'], ['Ayoub', 'أيوب'], ['Othmane', 'عثمان'], ['Ilyas', 'إلياس'], ['Nabil', 'نبيل'],
  ['Khalid', 'خالد'], ['Jamal', 'جمال'], ['Aziz', 'عزيز'], ['Soufiane', 'سفيان'], ['Zakaria', 'زكرياء'],
  ['Badr', 'بدر'], ['Tarik', 'طارق'], ['Adil', 'عادل'], ['Hicham', 'هشام'], ['Noureddine', 'نور الدين'],
  ['Lahcen', 'لحسن'], ['Mbarek', 'امبارك'], ['Yassine', 'ياسين'], ['Amine', 'أمين'], ['Reda', 'رضا'],
  ['Ismail', 'إسماعيل'], ['Younes', 'يونس'], ['Salah', 'صلاح'], ['Abderrahim', 'عبد الرحيم'], ['Idriss', 'إدريس'],
];

const femaleFirstNames: readonly Name[] = [
  ['Fatima', 'فاطمة'], ['Khadija', 'خديجة'], ['Aicha', 'عائشة'], ['Meryem', 'مريم'], ['Salma', 'سلمى'],
  ['Zineb', 'زينب'], ['Hanane', 'حنان'], ['Naima', 'نعيمة'], ['Latifa', 'لطيفة'], ['Souad', 'سعاد'],
  ['Imane', 'إيمان'], ['Hajar', 'هاجر'], ['Sara', 'سارة'], ['Nadia', 'نادية'], ['Samira', 'سميرة'],
  ['Houda', 'هدى'], ['Asmae', 'أسماء'], ['Karima', 'كريمة'], ['Loubna', 'لبنى'], ['Nawal', 'نوال'],
  ['Rachida', 'رشيدة'], ['Malika', 'مليكة'], ['Ghizlane', 'غزلان'], ['Siham', 'سهام'], ['Widad', 'وداد'],
  ['Kawtar', 'كوثر'], ['Chaimae', 'شيماء'], ['Oumaima', 'أميمة'], ['Yasmine', 'ياسمين'], ['Nora', 'نورة'],
  ['Hayat', 'حياة'], ['Btissam', 'ابتسام'], ['Mouna', 'منى'], ['Ilham', 'إلهام'], ['Soukaina', 'سكينة'],
  ['Amal', 'أمل'], ['Fadwa', 'فدوى'], ['Jamila', 'جميلة'], ['Rajae', 'رجاء'], ['Ikram', 'إكرام'],
];

const lastNames: readonly Name[] = [
  ['Alaoui', 'العلوي'], ['Bennani', 'بناني'], ['El Amrani', 'العمراني'], ['Idrissi', 'الإدريسي'], ['Tazi', 'التازي'],
  ['Berrada', 'برادة'], ['Chraibi', 'الشرايبي'], ['Benjelloun', 'بنجلون'], ['El Fassi', 'الفاسي'], ['Sqalli', 'السقلي'],
  ['Bouzid', 'بوزيد'], ['Ouazzani', 'الوزاني'], ['El Khatib', 'الخطيب'], ['Lahlou', 'لحلو'], ['Naciri', 'الناصري'],
  ['Ait Ali', 'آيت علي'], ['Ait Brahim', 'آيت إبراهيم'], ['Amzil', 'أمزيل'], ['Oubaha', 'أوباها'], ['Akhiat', 'أخيات'],
  ['Boukhari', 'البخاري'], ['El Mansouri', 'المنصوري'], ['Ziani', 'الزياني'], ['Hajji', 'الحجي'], ['Benali', 'بنعلي'],
  ['El Ouafi', 'الوافي'], ['Belhaj', 'بلحاج'], ['Rami', 'الرامي'], ['Sabri', 'صبري'], ['Haddad', 'الحداد'],
  ['Filali', 'الفيلالي'], ['Kettani', 'الكتاني'], ['Saidi', 'السعيدي'], ['Jaidi', 'الجعيدي'], ['Bakkali', 'البقالي'],
  ['Moussaoui', 'الموساوي'], ['Tahiri', 'الطاهري'], ['Ouali', 'الوالي'], ['Rifi', 'الريفي'], ['Soussi', 'السوسي'],
  ['Zerouali', 'الزروالي'], ['Hamdaoui', 'الحمداوي'], ['Chafik', 'شفيق'], ['Lamrani', 'لمراني'], ['Ennaji', 'الناجي'],
  ['Benkirane', 'بنكيران'], ['Cherkaoui', 'الشرقاوي'], ['Doukkali', 'الدكالي'], ['Marrakchi', 'المراكشي'], ['Tanji', 'الطنجي'],
  ['Oujdi', 'الوجدي'], ['Amrani', 'عمراني'], ['Benmoussa', 'بنموسى'], ['Kabbaj', 'القباج'], ['Slaoui', 'السلاوي'],
  ['El Houari', 'الهواري'], ['Boutaleb', 'بوطالب'], ['Mernissi', 'المرنيسي'], ['Guessous', 'كسوس'], ['Nejjar', 'النجار'],
];

/** Letter prefixes of the national ID card (CIN), one or two letters. */
const cinPrefixes = ['A', 'AB', 'AD', 'B', 'BE', 'BH', 'BJ', 'BK', 'C', 'CB', 'CD', 'D', 'DA', 'E', 'EE', 'F', 'FA', 'G', 'GM', 'H', 'HA', 'I', 'IA', 'J', 'JA', 'JB', 'JC', 'K', 'L', 'LA', 'M', 'MC', 'N', 'P', 'PA', 'Q', 'R', 'S', 'SH', 'T', 'U', 'UA', 'V', 'W', 'WA', 'X', 'Y', 'Z', 'ZT'];

const emailDomains = ['example.org', 'example.ma'] as const;

export interface Person {
  fullName: string;
  nationalId: string;
  email: string;
  phone: string;
}

function slugPart(latin: string): string {
  return latin.toLowerCase().replace(/[^a-z]+/g, '');
}

/**
 * A synthetic person. The name is written in Arabic script mostly when the text is in Arabic or
 * Tamazight, in Latin script otherwise; the email is always in Latin letters.
 */
export function syntheticPerson(random: Random, locale: Locale): Person {
  const female = random.chance(0.5);
  const first = random.pick(female ? femaleFirstNames : maleFirstNames);
  const last = random.pick(lastNames);
  const arabicScript = locale === 'ar' ? random.chance(0.85) : locale === 'zgh' ? random.chance(0.5) : random.chance(0.05);
  const fullName = arabicScript ? `${first[1]} ${last[1]}` : `${first[0]} ${last[0]}`;
  return {
    fullName,
    nationalId: syntheticNationalId(random),
    email: syntheticEmail(random, first[0], last[0]),
    phone: syntheticPhone(random),
  };
}

/** One or two letters then five or six digits, e.g. `BK482913`. */
export function syntheticNationalId(random: Random): string {
  const prefix = random.pick(cinPrefixes);
  const digits = random.chance(0.85) ? 6 : 5;
  let number = String(random.int(1, 9));
  for (let i = 1; i < digits; i++) number += String(random.int(0, 9));
  return prefix + number;
}

/** `06xxxxxxxx` or `07xxxxxxxx`. */
export function syntheticPhone(random: Random): string {
  let phone = random.chance(0.7) ? '06' : '07';
  for (let i = 0; i < 8; i++) phone += String(random.int(0, 9));
  return phone;
}

/** An address at a reserved example domain, built from the name. */
export function syntheticEmail(random: Random, first: string, last: string): string {
  const f = slugPart(first);
  const l = slugPart(last);
  const style = random.int(0, 3);
  const local =
    style === 0 ? `${f}.${l}` : style === 1 ? `${f[0] ?? 'x'}${l}${random.int(1, 99)}` : style === 2 ? `${f}${l}${random.int(1960, 2006)}` : `${l}.${f}${random.int(1, 9)}`;
  return `${local}@${random.pick(emailDomains)}`;
}
