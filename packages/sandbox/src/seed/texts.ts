/**
 * The seed's own texts: agencies' answers, public timeline notes, renewal reasons, rating comments and
 * measures. They are written in Arabic, French and English; a submission asking for an answer in
 * Tamazight gets its answer and notes in Arabic (see `textLocale`), as agencies commonly do.
 * Nothing here names a person.
 */
import type { Locale } from '../domain/reference.js';
import type { Random } from './random.js';

export type TextLocale = 'ar' | 'fr' | 'en';
export type Kind = 'complaint' | 'observation' | 'suggestion';
export type RejectionReason = 'outside_public_service' | 'insufficient_information' | 'duplicate' | 'abusive' | 'before_the_courts';

export function textLocale(locale: Locale): TextLocale {
  return locale === 'zgh' ? 'ar' : locale;
}

/** Answers that settle the matter, per locale and kind. */
const substantiveAnswers: Record<TextLocale, Record<Kind, readonly string[]>> = {
  fr: {
    complaint: [
      "Après vérification auprès du service concerné, votre dossier a été régularisé. Nous vous prions d'excuser le retard constaté.",
      "Votre réclamation est fondée : le document demandé a été établi et il est disponible au guichet depuis cette semaine.",
      "Le service concerné a corrigé l'erreur signalée. La mise à jour apparaîtra dans votre espace en ligne sous quelques jours.",
      "Nous avons rappelé au personnel d'accueil les règles en vigueur. Votre demande a été traitée et vous pouvez retirer votre document.",
      "Suite à votre réclamation, une équipe s'est rendue sur place et l'intervention a été réalisée.",
      "Le paiement en attente a été débloqué et sera versé sur votre compte dans un délai de dix jours ouvrables.",
      "Votre demande a été réexaminée et acceptée. Un courrier de confirmation vous sera adressé.",
    ],
    observation: [
      "Nous vous remercions pour votre observation. Elle a été transmise au service concerné, qui a pris les mesures nécessaires.",
      "Merci pour ce signalement. Les horaires affichés ont été corrigés dans toutes nos agences.",
      "Votre observation a été prise en compte et sera intégrée au plan d'amélioration de l'accueil de cette année.",
    ],
    suggestion: [
      "Merci pour votre suggestion. Elle a été étudiée et sera mise en œuvre lors de la prochaine mise à jour du service.",
      "Votre proposition a retenu l'attention de nos services ; une expérimentation est prévue dans plusieurs agences.",
      "Nous vous remercions pour votre suggestion, qui rejoint un projet en cours de préparation. Nous vous tiendrons informé via la plateforme.",
    ],
  },
  ar: {
    complaint: [
      'بعد التحقق لدى المصلحة المعنية، تمت تسوية ملفكم. نعتذر عن التأخير الحاصل.',
      'شكايتكم مؤسسة: تم إعداد الوثيقة المطلوبة وهي متوفرة بالشباك ابتداء من هذا الأسبوع.',
      'قامت المصلحة المعنية بتصحيح الخطأ المشار إليه، وسيظهر التحيين في فضائكم الإلكتروني خلال أيام.',
      'تم تذكير موظفي الاستقبال بالقواعد المعمول بها، وتمت معالجة طلبكم ويمكنكم سحب وثيقتكم.',
      'على إثر شكايتكم، انتقل فريق إلى عين المكان وتم إنجاز التدخل اللازم.',
      'تم الإفراج عن الأداء العالق وسيتم تحويله إلى حسابكم داخل أجل عشرة أيام عمل.',
    ],
    observation: [
      'نشكركم على ملاحظتكم، وقد تمت إحالتها على المصلحة المعنية التي اتخذت الإجراءات اللازمة.',
      'شكرا على هذا التنبيه، تم تصحيح أوقات العمل المعلنة في جميع وكالاتنا.',
      'أخذت ملاحظتكم بعين الاعتبار وستدرج في مخطط تحسين الاستقبال لهذه السنة.',
    ],
    suggestion: [
      'نشكركم على اقتراحكم، وقد تمت دراسته وسيتم اعتماده في التحيين المقبل للخدمة.',
      'لقي اقتراحكم اهتمام مصالحنا، ومن المقرر تجريبه في عدد من الوكالات.',
      'نشكركم على اقتراحكم الذي ينسجم مع مشروع قيد الإعداد، وسنوافيكم بالمستجدات عبر المنصة.',
    ],
  },
  en: {
    complaint: [
      'After checking with the department concerned, your file has been put in order. We apologise for the delay.',
      'Your complaint is justified: the document you requested has been issued and is available at the counter from this week.',
      'The department concerned has corrected the error you reported. The update will appear in your online account within a few days.',
      'Reception staff have been reminded of the applicable rules. Your request has been processed and you may collect your document.',
      'Following your complaint, a team went on site and the repair has been carried out.',
    ],
    observation: [
      'Thank you for your observation. It was passed on to the department concerned, which has taken the necessary steps.',
      'Thank you for pointing this out. The opening hours shown have been corrected in all our offices.',
    ],
    suggestion: [
      'Thank you for your suggestion. It has been studied and will be implemented in the next update of the service.',
      'Your proposal caught our attention; a trial is planned in several offices.',
    ],
  },
};

/** Answers that do not settle much, more often renewed. */
const genericAnswers: Record<TextLocale, readonly string[]> = {
  fr: [
    "Votre demande est en cours d'étude par les services compétents. Nous reviendrons vers vous dès que possible.",
    'Nous avons bien pris note de votre réclamation. Nous vous invitons à vous présenter au guichet muni des pièces justificatives.',
    "La procédure applicable ne permet pas de donner une suite favorable à votre demande en l'état.",
  ],
  ar: [
    'طلبكم قيد الدراسة من طرف المصالح المختصة، وسنعود إليكم في أقرب الآجال.',
    'أخذنا علما بشكايتكم، ونطلب منكم الحضور إلى الشباك مصحوبين بالوثائق المثبتة.',
    'لا تسمح المسطرة المعمول بها بالاستجابة لطلبكم في وضعيته الحالية.',
  ],
  en: [
    'Your request is being examined by the competent departments. We will get back to you as soon as possible.',
    'We have taken note of your complaint. Please come to the counter with your supporting documents.',
  ],
};

export function answerText(random: Random, locale: Locale, kind: Kind, generic: boolean): string {
  const l = textLocale(locale);
  if (generic) return random.pick(genericAnswers[l]);
  return random.pick(substantiveAnswers[l][kind]);
}

const renewalReasons: Record<TextLocale, readonly string[]> = {
  fr: [
    "La réponse ne règle pas mon problème : le document n'est toujours pas disponible.",
    "On m'a demandé de me présenter au guichet, mais on m'y a renvoyé vers la plateforme.",
    "La réponse est générique et ne répond pas à ma réclamation.",
    "Le paiement annoncé n'a toujours pas été reçu.",
    "L'intervention annoncée n'a pas eu lieu.",
  ],
  ar: [
    'الجواب لا يحل مشكلتي: الوثيقة لا تزال غير متوفرة.',
    'طلب مني الحضور إلى الشباك، لكن تمت إحالتي من جديد على المنصة.',
    'الجواب عام ولا يجيب عن موضوع شكايتي.',
    'لم أتوصل بعد بالأداء المعلن عنه.',
  ],
  en: [
    'The answer does not solve my problem: the document is still not available.',
    'I was told to go to the counter, where I was sent back to the platform.',
    'The answer is generic and does not address my complaint.',
  ],
};

export function renewalReason(random: Random, locale: Locale): string {
  return random.pick(renewalReasons[textLocale(locale)]);
}

const ratingComments: Record<TextLocale, { good: readonly string[]; bad: readonly string[] }> = {
  fr: {
    good: ['Réponse rapide et claire, merci.', 'Problème réglé, merci pour votre suivi.', 'Très bon accueil et dossier traité.'],
    bad: ['Réponse trop tardive.', "La réponse ne correspond pas à ma demande.", 'Toujours aucune solution concrète.'],
  },
  ar: {
    good: ['جواب سريع وواضح، شكرا.', 'تم حل المشكل، شكرا على المتابعة.', 'استقبال جيد ومعالجة سريعة.'],
    bad: ['الجواب جاء متأخرا جدا.', 'الجواب لا يتعلق بطلبي.', 'لا يوجد أي حل ملموس.'],
  },
  en: {
    good: ['Quick and clear answer, thank you.', 'Problem solved, thanks for the follow-up.'],
    bad: ['The answer came far too late.', 'The answer does not match my request.'],
  },
};

export function ratingComment(random: Random, locale: Locale, score: number): string {
  const set = ratingComments[textLocale(locale)];
  return random.pick(score >= 3 ? set.good : set.bad);
}

/** Public notes of the timeline (no personal data). */
const notes: Record<TextLocale, {
  inProgress: readonly string[];
  answered: readonly string[];
  renewed: string;
  closedSystem: string;
  closedUser: string;
  forwarded: (agencyName: string, acronym: string) => string;
  rejected: Record<RejectionReason, string>;
}> = {
  fr: {
    inProgress: ["Votre demande est en cours d'examen par le service concerné.", 'Demande prise en charge.', 'Dossier transmis au service compétent pour instruction.'],
    answered: ['Réponse envoyée.', 'Réponse disponible sur la plateforme.'],
    renewed: 'Réclamation renouvelée : la réponse est contestée.',
    closedSystem: 'Clôturée à la fin du délai de renouvellement.',
    closedUser: "Clôturée après l'évaluation de la réponse.",
    forwarded: (name, acronym) => `Transmise à ${name} (${acronym}), compétente pour traiter cette demande.`,
    rejected: {
      outside_public_service: 'La demande ne concerne pas un service public (litige entre particuliers).',
      insufficient_information: "Les informations fournies ne permettent pas d'identifier le dossier.",
      duplicate: 'Cette demande fait double emploi avec une demande déjà enregistrée.',
      abusive: 'La demande contient des propos injurieux.',
      before_the_courts: "L'affaire est pendante devant les tribunaux.",
    },
  },
  ar: {
    inProgress: ['طلبكم قيد الدراسة لدى المصلحة المعنية.', 'تم التكفل بالطلب.', 'أحيل الملف على المصلحة المختصة قصد دراسته.'],
    answered: ['تم إرسال الجواب.', 'الجواب متوفر على المنصة.'],
    renewed: 'تم تجديد الشكاية: الجواب موضوع اعتراض.',
    closedSystem: 'أغلقت عند انتهاء أجل التجديد.',
    closedUser: 'أغلقت بعد تقييم الجواب.',
    forwarded: (name, acronym) => `أحيلت على ${name} (${acronym}) المختصة بمعالجة هذا الطلب.`,
    rejected: {
      outside_public_service: 'الطلب لا يتعلق بمرفق عمومي (نزاع بين خواص).',
      insufficient_information: 'المعلومات المقدمة لا تسمح بتحديد الملف.',
      duplicate: 'هذا الطلب مكرر لطلب مسجل سابقا.',
      abusive: 'يتضمن الطلب عبارات مسيئة.',
      before_the_courts: 'القضية معروضة على المحاكم.',
    },
  },
  en: {
    inProgress: ['Your request is being examined by the department concerned.', 'Request taken in hand.'],
    answered: ['Answer sent.', 'Answer available on the platform.'],
    renewed: 'Complaint renewed: the answer is contested.',
    closedSystem: 'Closed at the end of the renewal period.',
    closedUser: 'Closed after the answer was rated.',
    forwarded: (name, acronym) => `Forwarded to ${name} (${acronym}), which is competent to handle this request.`,
    rejected: {
      outside_public_service: 'The request does not concern a public service (a dispute between private parties).',
      insufficient_information: 'The information given does not identify the case.',
      duplicate: 'This request duplicates one already registered.',
      abusive: 'The request contains abusive language.',
      before_the_courts: 'The matter is pending before the courts.',
    },
  },
};

export function notesFor(locale: Locale): (typeof notes)[TextLocale] {
  return notes[textLocale(locale)];
}

/** Measures an agency adopts or plans, about one of its services (`{s}`: the service's name). */
const measureTemplates: Record<'fr' | 'ar', ReadonlyArray<readonly [string, string]>> = {
  fr: [
    ['Prise de rendez-vous en ligne : {s}', "Suite aux réclamations reçues, les usagers réservent désormais un créneau en ligne, ce qui supprime l'attente aux guichets."],
    ['Réduction des délais de traitement : {s}', 'Un circuit de traitement simplifié et un suivi hebdomadaire des dossiers en retard ramènent le délai moyen sous les 30 jours.'],
    ["Formation des agents d'accueil : {s}", "Un cycle de formation à l'accueil et à l'orientation des usagers est organisé pour l'ensemble des agents concernés."],
    ['Suivi en ligne des demandes : {s}', "Chaque usager suit l'état d'avancement de sa demande en ligne et reçoit un SMS à chaque étape."],
    ['Simplification des pièces exigées : {s}', 'Les pièces déjà détenues par l’administration ne sont plus demandées aux usagers.'],
    ['Extension des horaires d’accueil : {s}', "L'accueil est ouvert en continu et le samedi matin dans les sites les plus fréquentés."],
    ['Guide pratique publié : {s}', 'Un guide en arabe, en amazighe et en français détaille les démarches, les délais et les pièces à fournir.'],
    ['Paiement électronique : {s}', 'Les frais peuvent être réglés en ligne ou par mobile, sans déplacement.'],
    ['Centre d’appel dédié : {s}', 'Un numéro unique renseigne les usagers et oriente les réclamations vers le service compétent.'],
  ],
  ar: [
    ['أخذ المواعيد عبر الإنترنت: {s}', 'على إثر الشكايات المتوصل بها، أصبح بإمكان المرتفقين حجز موعد عبر الإنترنت، مما يلغي الانتظار أمام الشبابيك.'],
    ['تقليص آجال المعالجة: {s}', 'مسار معالجة مبسط وتتبع أسبوعي للملفات المتأخرة لخفض متوسط الأجل إلى أقل من 30 يوما.'],
    ['تكوين موظفي الاستقبال: {s}', 'تنظيم دورة تكوينية في الاستقبال وتوجيه المرتفقين لفائدة جميع الموظفين المعنيين.'],
    ['تتبع الطلبات عبر الإنترنت: {s}', 'يمكن لكل مرتفق تتبع مآل طلبه عبر الإنترنت والتوصل برسالة نصية عند كل مرحلة.'],
    ['تبسيط الوثائق المطلوبة: {s}', 'لم تعد الإدارة تطلب من المرتفقين الوثائق التي تتوفر عليها.'],
    ['توسيع أوقات الاستقبال: {s}', 'أصبح الاستقبال مستمرا ويوم السبت صباحا في المواقع الأكثر ارتيادا.'],
    ['نشر دليل عملي: {s}', 'دليل بالعربية والأمازيغية والفرنسية يوضح المساطر والآجال والوثائق المطلوبة.'],
    ['الأداء الإلكتروني: {s}', 'يمكن أداء الرسوم عبر الإنترنت أو الهاتف المحمول دون التنقل.'],
  ],
};

export function measureText(random: Random, serviceNames: { fr: string; ar: string }): { title: string; description: string } {
  const locale = random.chance(0.6) ? 'fr' : 'ar';
  const [title, description] = random.pick(measureTemplates[locale]);
  const name = locale === 'fr' ? serviceNames.fr : serviceNames.ar;
  return { title: title.replace('{s}', name).slice(0, 200), description };
}
