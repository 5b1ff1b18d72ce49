/**
 * The welcome page's words, one set per language. Values are HTML written here (trusted); what
 * comes from the running sandbox (numbers, keys, codes, addresses) is escaped by `page.ts` before it
 * is handed in. Code, keys and addresses stay in Latin script and left to right in every language.
 */
export const languages = ['fr', 'ar', 'en'] as const;
export type Language = (typeof languages)[number];

export interface Figures {
  /** the legal timeframe, in days */
  days: string;
  /** the three public targets, formatted for the language: `70 %`, `70٪`… */
  response: string;
  onTime: string;
  renewal: string;
}

export interface Texts {
  /** the language's name in itself, for the switch */
  name: string;
  title: string;
  languages: string;
  heading: string;
  intro: (figures: Figures) => string;
  targets: (figures: Figures) => [string, string, string];
  sandbox: (agencies: string) => string;
  examples: { heading: string; agencySite: string; portal: string; report: string; all: string };
  contract: { heading: string; html: string; yaml: string; api: string };
  storybook: { heading: string; text: (command: string, url: string) => string };
  keys: {
    heading: string;
    why: string;
    caption: string;
    columns: [string, string, string];
    backOffice: { name: string; example: string; opens: string };
    admin: { name: string; opens: string };
    access: { name: string; placeholder: string; opens: string };
    /** one seeded submission: its code, its access key header, the tracker link */
    sample: (code: string, key: string, link: (label: string) => string) => string;
    inbox: string;
    none: string;
  };
  more: { heading: string; help: (command: string) => string; docs: (architecture: string, contributing: string) => string; stop: string };
}

const fr: Texts = {
  name: 'Français',
  title: 'Chikaya Kit : le bac à sable de la plateforme',
  languages: 'Langue',
  heading: 'Chikaya Kit, sur cette machine',
  intro: ({ days }) =>
    `La boîte à outils ouverte de la plateforme nationale des réclamations (<a href="https://www.chikaya.ma" hreflang="fr">chikaya.ma</a>) :
    tout organisme public peut intégrer à son propre site le dépôt et le suivi des réclamations, observations et suggestions.
    Selon le décret n° 2.17.265, chacune reçoit une réponse dans un délai de ${days} jours, et chaque organisme rend compte en public
    de trois objectifs nationaux :`,
  targets: ({ response, onTime, renewal }) => [
    `au moins ${response} de réponses aux réclamations reçues ;`,
    `au moins ${onTime} de réponses dans le délai légal ;`,
    `au plus ${renewal} de réclamations renouvelées (la personne conteste la réponse).`,
  ],
  sandbox: (agencies) =>
    `Cette adresse est le <em>bac à sable</em> : la plateforme de référence, sur SQLite, avec ${agencies} organismes et des années de
    dépôts fictifs. Chaque opération du contrat y répond sous <code>/v1</code>.`,
  examples: {
    heading: 'Les exemples',
    agencySite: 'Le site d’un organisme (la Commune de Rabat) : formulaire, suivi et badges avec la seule balise script',
    portal: 'Le portail national : les indicateurs de chaque organisme et le générateur de code d’intégration',
    report: 'Le rapport de synthèse national',
    all: 'Tous les exemples et ce que chacun montre (en anglais)',
  },
  contract: {
    heading: 'Le contrat de l’API',
    html: 'Le contrat OpenAPI 3.1, lisible (construit par <code>pnpm build</code>, consultable hors ligne)',
    yaml: 'Le contrat tel qu’il est écrit, <code>openapi/chikaya.yaml</code>',
    api: 'Un premier appel : les organismes participants',
  },
  storybook: {
    heading: 'Storybook',
    text: (command, url) =>
      `Chaque élément, dans chaque état et chaque langue : arrêtez ce bac à sable (Ctrl-C), puis lancez ${command} ; il démarre
      le bac à sable à cette même adresse et Storybook sur ${url}.`,
  },
  keys: {
    heading: 'Les clés de développement',
    why: `Ce bac à sable accepte des clés que chacun peut déduire des identifiants publics. Elles ne valent que sur cette machine :
      il refuse de démarrer avec elles sur une adresse joignable d’ailleurs ou avec <code>NODE_ENV=production</code>.`,
    caption: 'Les clés et ce que chacune ouvre',
    columns: ['Clé', 'À envoyer', 'Ce qu’elle ouvre'],
    backOffice: {
      name: 'Bureau d’un organisme (une clé par organisme)',
      example: 'par exemple, pour le ministère de la Réforme de l’administration :',
      opens: 'la boîte de réception de l’organisme et le traitement de ses dépôts (accuser réception, transmettre, rejeter, répondre), ses mesures : <code>/v1/back-office/…</code>',
    },
    admin: {
      name: 'Administration (le ministère)',
      opens: 'l’intégration d’un nouvel organisme et la publication des rapports annuels : <code>/v1/admin/…</code>',
    },
    access: {
      name: 'Clé d’accès d’un dépôt du jeu de données',
      placeholder: 'code de suivi, en minuscules, sans tirets',
      opens: 'le détail d’un dépôt, l’évaluation de la réponse, le renouvellement : <code>/v1/submissions/{code}</code>',
    },
    sample: (code, key, link) => `Par exemple, le dépôt ${code} s’ouvre avec ${key} : ${link('son suivi, avec sa clé d’accès, sur le site de la Commune de Rabat')}.`,
    inbox: 'La boîte de réception d’un organisme, depuis un terminal :',
    none: `Ce bac à sable tourne sans clés de développement (<code>--no-dev-keys</code>) : les clés sont celles affichées une seule fois
      dans le terminal quand la base a été créée.`,
  },
  more: {
    heading: 'Pour aller plus loin',
    help: (command) => `${command} : les options du bac à sable`,
    docs: (architecture, contributing) => `${architecture} et ${contributing}, dans le dépôt : comment le code est organisé, comment contribuer`,
    stop: 'Ctrl-C dans le terminal arrête le bac à sable.',
  },
};

const ar: Texts = {
  name: 'العربية',
  title: 'Chikaya Kit: البيئة التجريبية للمنصة',
  languages: 'اللغة',
  heading: 'Chikaya Kit على هذا الجهاز',
  intro: ({ days }) =>
    `حزمة الأدوات المفتوحة للمنصة الوطنية للشكايات (<a href="https://www.chikaya.ma" hreflang="ar">chikaya.ma</a>):
    تتيح لكل إدارة عمومية أن تدمج في موقعها الخاص إيداع الشكايات والملاحظات والاقتراحات وتتبعها.
    وفق المرسوم رقم 2.17.265، يتلقى كل منها جوابا داخل أجل ${days} يوما، وتقدم كل إدارة للعموم حصيلتها في ثلاثة أهداف وطنية:`,
  targets: ({ response, onTime, renewal }) => [
    `نسبة جواب لا تقل عن ${response} من الشكايات المتوصل بها؛`,
    `نسبة أجوبة داخل الأجل القانوني لا تقل عن ${onTime}؛`,
    `نسبة شكايات مجددة لا تتجاوز ${renewal} (حين يعترض صاحب الشكاية على الجواب).`,
  ],
  sandbox: (agencies) =>
    `هذا العنوان هو <em>البيئة التجريبية</em>: المنصة المرجعية على SQLite، بها ${agencies} إدارة وسنوات من الإيداعات الوهمية.
    تجيب فيها كل عمليات العقد تحت <code dir="ltr">/v1</code>.`,
  examples: {
    heading: 'الأمثلة',
    agencySite: 'موقع إدارة (جماعة الرباط): الاستمارة والتتبع والشارات بوسم script وحده',
    portal: 'البوابة الوطنية: مؤشرات كل إدارة ومولد شفرة الإدماج',
    report: 'التقرير التركيبي الوطني',
    all: 'كل الأمثلة وما يعرضه كل منها (بالإنجليزية)',
  },
  contract: {
    heading: 'عقد الواجهة البرمجية',
    html: 'عقد OpenAPI 3.1 في صيغة مقروءة (يبنيه <code dir="ltr">pnpm build</code>، ويُقرأ دون اتصال بالإنترنت)',
    yaml: 'العقد كما هو مكتوب، <code dir="ltr">openapi/chikaya.yaml</code>',
    api: 'أول طلب: الإدارات المشاركة',
  },
  storybook: {
    heading: 'Storybook',
    text: (command, url) =>
      `كل عنصر في كل حالاته وبكل اللغات: أوقفوا هذه البيئة التجريبية (Ctrl-C) ثم شغّلوا ${command}؛ فهو يشغّل البيئة التجريبية على
      العنوان نفسه و Storybook على ${url}.`,
  },
  keys: {
    heading: 'مفاتيح التطوير',
    why: `تقبل هذه البيئة التجريبية مفاتيح يمكن لأي أحد أن يستنتجها من المعرفات العمومية، فلا تصلح إلا على هذا الجهاز:
      ترفض البيئة أن تشتغل بها على عنوان يمكن الوصول إليه من جهاز آخر أو مع <code dir="ltr">NODE_ENV=production</code>.`,
    caption: 'المفاتيح وما يفتحه كل منها',
    columns: ['المفتاح', 'ما يُرسل', 'ما يفتحه'],
    backOffice: {
      name: 'المكتب الخلفي لإدارة (مفتاح لكل إدارة)',
      example: 'مثلا، لوزارة إصلاح الإدارة:',
      opens: 'صندوق الوارد للإدارة ومعالجة إيداعاتها (الإشعار بالتوصل، الإحالة، الرفض، الجواب) وتدابيرها: <code dir="ltr">/v1/back-office/…</code>',
    },
    admin: {
      name: 'الإدارة المركزية (الوزارة)',
      opens: 'إدماج إدارة جديدة ونشر التقارير السنوية: <code dir="ltr">/v1/admin/…</code>',
    },
    access: {
      name: 'مفتاح الولوج إلى إيداع من البيانات التجريبية',
      placeholder: 'رمز التتبع بحروف صغيرة ودون شرطات',
      opens: 'تفاصيل الإيداع وتقييم الجواب وتجديد الشكاية: <code dir="ltr">/v1/submissions/{code}</code>',
    },
    sample: (code, key, link) => `مثلا، يُفتح الإيداع ${code} بالمفتاح ${key}: ${link('تتبعه بمفتاح الولوج على موقع جماعة الرباط')}.`,
    inbox: 'صندوق الوارد لإدارة، من الطرفية:',
    none: `تشتغل هذه البيئة التجريبية دون مفاتيح التطوير (<code dir="ltr">--no-dev-keys</code>): المفاتيح هي التي عُرضت مرة واحدة
      في الطرفية عند إنشاء قاعدة البيانات.`,
  },
  more: {
    heading: 'للمزيد',
    help: (command) => `${command}: خيارات البيئة التجريبية`,
    docs: (architecture, contributing) => `${architecture} و ${contributing} في المستودع: كيف نُظّمت الشفرة وكيف تساهمون`,
    stop: 'يوقف Ctrl-C في الطرفية البيئة التجريبية.',
  },
};

const en: Texts = {
  name: 'English',
  title: 'Chikaya Kit: the platform sandbox',
  languages: 'Language',
  heading: 'Chikaya Kit, on this machine',
  intro: ({ days }) =>
    `The open toolkit of Morocco’s national complaints platform (<a href="https://www.chikaya.ma" hreflang="fr">chikaya.ma</a>):
    any public agency embeds lodging and tracking complaints, observations and suggestions on its own website.
    Under Decree No. 2.17.265 each one is answered within ${days} days, and every agency accounts in public for three national targets:`,
  targets: ({ response, onTime, renewal }) => [
    `at least ${response} of the complaints received answered;`,
    `at least ${onTime} of the answers within the legal timeframe;`,
    `at most ${renewal} of complaints renewed (the complainant contests the answer).`,
  ],
  sandbox: (agencies) =>
    `This address is the <em>sandbox</em>: the reference platform on SQLite, with ${agencies} agencies and years of made-up
    submissions. Every operation of the contract answers under <code>/v1</code>.`,
  examples: {
    heading: 'The examples',
    agencySite: 'An agency’s website (the Commune de Rabat): the form, the tracker and the badges with nothing but the script tag',
    portal: 'The national portal: every agency’s KPIs and the embed-code generator',
    report: 'The national summary report',
    all: 'Every example and what each one shows',
  },
  contract: {
    heading: 'The API contract',
    html: 'The OpenAPI 3.1 contract, rendered (built by <code>pnpm build</code>, readable offline)',
    yaml: 'The contract as written, <code>openapi/chikaya.yaml</code>',
    api: 'A first call: the participating agencies',
  },
  storybook: {
    heading: 'Storybook',
    text: (command, url) =>
      `Every element, in every state and language: stop this sandbox (Ctrl-C), then run ${command}; it starts the sandbox on this
      same address and Storybook on ${url}.`,
  },
  keys: {
    heading: 'The development keys',
    why: `This sandbox takes keys that anyone can derive from public ids. They are for this machine only: it refuses to start with
      them on an address other machines can reach, or with <code>NODE_ENV=production</code>.`,
    caption: 'The keys and what each one opens',
    columns: ['Key', 'What to send', 'What it opens'],
    backOffice: {
      name: 'An agency’s back office (one key per agency)',
      example: 'for example, for the Ministry of Administration Reform:',
      opens: 'the agency’s inbox and the handling of its submissions (acknowledge, forward, reject, answer), its measures: <code>/v1/back-office/…</code>',
    },
    admin: {
      name: 'Administration (the ministry)',
      opens: 'onboarding a new agency and publishing the annual reports: <code>/v1/admin/…</code>',
    },
    access: {
      name: 'The access key of a seeded submission',
      placeholder: 'tracking code, lowercase, no hyphens',
      opens: 'a submission’s details, rating the answer, renewing it: <code>/v1/submissions/{code}</code>',
    },
    sample: (code, key, link) => `For example, submission ${code} opens with ${key}: ${link('its tracker, with its access key, on the Commune de Rabat’s site')}.`,
    inbox: 'An agency’s inbox, from a terminal:',
    none: `This sandbox runs without the development keys (<code>--no-dev-keys</code>): the keys are those printed once in the
      terminal when the database was created.`,
  },
  more: {
    heading: 'Further',
    help: (command) => `${command}: the sandbox’s options`,
    docs: (architecture, contributing) => `${architecture} and ${contributing}, in the repository: how the code is laid out, how to contribute`,
    stop: 'Ctrl-C in the terminal stops the sandbox.',
  },
};

export const texts: Record<Language, Texts> = { fr, ar, en };
