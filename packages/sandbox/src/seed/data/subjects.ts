/**
 * Realistic subject lines and descriptions that users write when they lodge a complaint,
 * an observation or a suggestion. The seed draws from them to generate submissions; they name
 * no real person and carry no identity or file number.
 */
import type { SubjectTemplate } from '../../domain/reference.js';

export const subjectTemplates: readonly SubjectTemplate[] = [
  // ── civil-status ──
  {
    serviceCategoryId: 'civil-status',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Erreur dans la transcription de mon nom sur l’acte de naissance',
    description:
      'Mon nom de famille est écrit avec une lettre en moins sur la copie intégrale délivrée par le bureau d’état civil. J’ai demandé la rectification il y a deux mois et l’on me renvoie au tribunal sans m’expliquer la procédure.',
  },
  {
    serviceCategoryId: 'civil-status',
    kind: 'complaint',
    locale: 'ar',
    subject: 'تأخر تسليم نسخة موجزة من رسم الولادة',
    description:
      'تقدمت بطلب نسخة موجزة من رسم الولادة لابني منذ أسبوعين ولم أتسلمها بعد. في كل مرة يقال لي إن الموظف المكلف غائب.',
  },
  {
    serviceCategoryId: 'civil-status',
    kind: 'observation',
    locale: 'ar',
    subject: 'اكتظاظ كبير بمكتب المصادقة على الإمضاءات',
    description:
      'يضطر المواطنون إلى الانتظار أكثر من ساعتين للمصادقة على وثيقة واحدة، ولا يوجد إلا شباك واحد مفتوح صباحا. أقترح تنظيم الانتظار بالأرقام.',
  },
  {
    serviceCategoryId: 'civil-status',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Permettre la demande des extraits d’acte de naissance en ligne',
    description:
      'Beaucoup de citoyens se déplacent uniquement pour retirer un extrait d’acte de naissance. Une demande en ligne avec envoi par courrier ou retrait sur rendez-vous éviterait des files d’attente inutiles.',
  },
  {
    serviceCategoryId: 'civil-status',
    kind: 'complaint',
    locale: 'zgh',
    subject: 'ⵓⵔ ⵓⴼⵉⵖ ⵜⴰⵏⵙⵅⵜ ⵏ ⵜⵍⴰⵍⵉⵜ ⵏ ⵢⵉⵡⵉ',
    description:
      'ⵙⵙⵓⵜⵔⵖ ⵜⴰⵏⵙⵅⵜ ⵏ ⵜⵍⴰⵍⵉⵜ ⵏ ⵢⵉⵡⵉ ⴳ ⵓⴱⵉⵔⵓ ⵏ ⵓⴷⴷⴰⴷ ⴰⵖⵔⵎⴰⵏ, ⵎⴰⵛⴰ ⵓⵔ ⵜⵜ ⵓⴼⵉⵖ ⴹⴼⴼⵉⵔ ⴽⵕⴰⴹ ⵉⵎⴰⵍⴰⵙⵏ.',
  },
  // ── identity-documents ──
  {
    serviceCategoryId: 'identity-documents',
    kind: 'complaint',
    locale: 'fr',
    subject: 'CNIE toujours pas disponible trois mois après le dépôt du dossier',
    description:
      'J’ai déposé ma demande de renouvellement de la carte nationale d’identité électronique il y a trois mois. Le suivi en ligne indique toujours « en cours de traitement » et le commissariat ne sait pas me donner de date.',
  },
  {
    serviceCategoryId: 'identity-documents',
    kind: 'complaint',
    locale: 'ar',
    subject: 'صعوبة الحصول على موعد لتجديد البطاقة الوطنية',
    description:
      'منذ أسبوع وأنا أحاول حجز موعد عبر الموقع دون جدوى، إذ تظهر جميع الأيام ممتلئة. بطاقتي تنتهي صلاحيتها هذا الشهر وأحتاجها لملف إداري.',
  },
  {
    serviceCategoryId: 'identity-documents',
    kind: 'complaint',
    locale: 'en',
    subject: 'Residence card renewal delayed for over two months',
    description:
      'I am a foreign resident working in Casablanca and submitted my residence card renewal well before the expiry date. More than two months later I only have a receipt, which my bank no longer accepts.',
  },
  {
    serviceCategoryId: 'identity-documents',
    kind: 'observation',
    locale: 'fr',
    subject: 'Accueil très correct au service des passeports',
    description:
      'Je tiens à signaler l’accueil courtois et l’organisation efficace du service des passeports de ma préfecture. Mon passeport a été prêt en dix jours, comme annoncé.',
  },
  {
    serviceCategoryId: 'identity-documents',
    kind: 'suggestion',
    locale: 'ar',
    subject: 'إشعار المواطن برسالة نصية عند جاهزية البطاقة',
    description:
      'أقترح إرسال رسالة نصية قصيرة عندما تصبح البطاقة الوطنية جاهزة للسحب، بدل التنقل عدة مرات إلى المصلحة للاستفسار.',
  },
  {
    serviceCategoryId: 'identity-documents',
    kind: 'complaint',
    locale: 'zgh',
    subject: 'ⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵜⵎⴰⴳⵉⵜ ⵏⵏⵓ ⵓⵔ ⵜⵓⵊⴷ ⴹⴼⴼⵉⵔ ⵙⵉⵏ ⵉⵢⵢⵓⵔⵏ',
    description:
      'ⵙⵔⵙⵖ ⴰⴷⵍⵉⵙ ⵏ ⵜⴽⴰⵔⴹⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ ⵏ ⵜⵎⴰⴳⵉⵜ ⵙⵉⵏ ⵉⵢⵢⵓⵔⵏ ⴰⵢⴰ, ⵎⴰⵛⴰ ⵓⵔ ⵜⵜ ⵓⴼⵉⵖ ⵙⵓⵍ. ⵔⵉⵖ ⴰⴷ ⵙⵙⵏⵖ ⵎⴰⵏⵣⴰ ⵜⵍⵍⴰ.',
  },
  // ── taxation ──
  {
    serviceCategoryId: 'taxation',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Taxe d’habitation réclamée pour un logement vendu',
    description:
      'Je reçois un avis d’imposition de taxe d’habitation pour un appartement que j’ai vendu il y a deux ans. J’ai déjà fourni le contrat de vente au service d’assiette, sans réponse.',
  },
  {
    serviceCategoryId: 'taxation',
    kind: 'complaint',
    locale: 'ar',
    subject: 'تأخر تسليم شهادة الوضعية الجبائية',
    description:
      'طلبت شهادة الوضعية الجبائية لملف صفقة عمومية قبل عشرة أيام، ولم أتوصل بها رغم أن وضعيتي سليمة. أخشى أن يضيع علي أجل إيداع العرض.',
  },
  {
    serviceCategoryId: 'taxation',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Remboursement du crédit de TVA en attente depuis un an',
    description:
      'Notre PME exportatrice a déposé une demande de remboursement de crédit de TVA il y a plus d’un an. Ce retard pèse lourdement sur notre trésorerie.',
  },
  {
    serviceCategoryId: 'taxation',
    kind: 'observation',
    locale: 'en',
    subject: 'Online tax portal times out on the last days of filing',
    description:
      'During the last three days before the filing deadline, the online tax portal repeatedly timed out when submitting the return. Many accountants had to try at night.',
  },
  {
    serviceCategoryId: 'taxation',
    kind: 'suggestion',
    locale: 'ar',
    subject: 'إتاحة أداء الضرائب المحلية عبر الهاتف المحمول',
    description:
      'أقترح تمكين الملزمين من أداء ضريبة السكن وضريبة الخدمات الجماعية عبر تطبيق على الهاتف المحمول، مع إرسال وصل الأداء إلكترونيا.',
  },
  // ── customs ──
  {
    serviceCategoryId: 'customs',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Colis bloqué en douane depuis trois semaines',
    description:
      'Un colis contenant des livres envoyé par ma famille est bloqué en douane depuis trois semaines. Personne ne répond au numéro indiqué et je ne sais pas quels documents fournir.',
  },
  {
    serviceCategoryId: 'customs',
    kind: 'complaint',
    locale: 'en',
    subject: 'Personal items held at the airport without a clear receipt',
    description:
      'On arrival my personal laptop and a camera were held by customs. I was given a handwritten note that does not list the items or explain how to recover them.',
  },
  {
    serviceCategoryId: 'customs',
    kind: 'complaint',
    locale: 'ar',
    subject: 'مشكل في تسوية وضعية سيارة مغربي مقيم بالخارج',
    description:
      'دخلت بسيارتي في إطار القبول المؤقت، وتعرضت لعطل منعني من مغادرة التراب الوطني في الأجل. لم أحصل على جواب واضح حول كيفية تمديد الأجل.',
  },
  {
    serviceCategoryId: 'customs',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Publier un simulateur des droits de douane pour les particuliers',
    description:
      'Un simulateur simple en ligne permettrait aux particuliers d’estimer les droits à payer sur un achat à l’étranger avant de commander. Cela éviterait beaucoup de litiges à l’arrivée des colis.',
  },
  // ── health-care ──
  {
    serviceCategoryId: 'health-care',
    kind: 'complaint',
    locale: 'ar',
    subject: 'انتظار طويل بقسم المستعجلات',
    description:
      'انتظرت مع والدتي المسنة أكثر من خمس ساعات بقسم المستعجلات دون أن يفحصها أي طبيب، رغم أنها كانت تعاني من ضيق في التنفس.',
  },
  {
    serviceCategoryId: 'health-care',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Rendez-vous d’IRM fixé à six mois',
    description:
      'Mon médecin a demandé une IRM en urgence relative, mais l’hôpital m’a donné un rendez-vous dans six mois. Je n’ai pas les moyens de la faire dans le privé.',
  },
  {
    serviceCategoryId: 'health-care',
    kind: 'complaint',
    locale: 'ar',
    subject: 'انعدام الأدوية بالمركز الصحي',
    description:
      'يطلب منا المركز الصحي شراء أدوية الأمراض المزمنة من الصيدلية رغم أننا من المستفيدين من نظام المساعدة الطبية. الأدوية غير متوفرة منذ ثلاثة أشهر.',
  },
  {
    serviceCategoryId: 'health-care',
    kind: 'observation',
    locale: 'fr',
    subject: 'Hygiène insuffisante des sanitaires du service de maternité',
    description:
      'Lors de mon séjour au service de maternité, les sanitaires n’étaient nettoyés qu’une fois par jour et manquaient souvent de savon. Le personnel soignant, lui, a été très attentionné.',
  },
  {
    serviceCategoryId: 'health-care',
    kind: 'complaint',
    locale: 'zgh',
    subject: 'ⵓⵔ ⵉⵍⵍⵉ ⵓⵎⵙⴳⵏⴼ ⴳ ⵓⵏⵙⴰ ⵏ ⵜⴷⵓⵙⵉ ⵏ ⵓⴷⵓⵡⴰⵔ',
    description:
      'ⴰⵏⵙⴰ ⵏ ⵜⴷⵓⵙⵉ ⵏ ⵓⴷⵓⵡⴰⵔ ⵏⵏⵖ ⵉⵇⵇⵏ ⵙ ⵢⴰⵏ ⵡⴰⵢⵢⵓⵔ. ⵉⵎⵓⴹⴰⵏ ⵜⵜⴷⴷⵓⵏ ⵙ ⵜⵖⵔⵎⴰ ⵍⵍⵉ ⵢⴰⴳⴳⵓⴳⵏ.',
  },
  {
    serviceCategoryId: 'health-care',
    kind: 'complaint',
    locale: 'en',
    subject: 'Vaccination certificate issued with wrong date of birth',
    description:
      'The international vaccination certificate I received shows an incorrect date of birth, so the airline may refuse it. I asked for a corrected copy at the counter but was told to come back next week.',
  },
  {
    serviceCategoryId: 'health-care',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Prise de rendez-vous par téléphone ou en ligne pour les consultations',
    description:
      'Les patients viennent dès 6 heures du matin pour obtenir un ticket de consultation. Un système de rendez-vous par téléphone ou en ligne réduirait l’attente et l’affluence dans les couloirs.',
  },
  // ── schooling ──
  {
    serviceCategoryId: 'schooling',
    kind: 'complaint',
    locale: 'ar',
    subject: 'غياب متكرر لأستاذ الرياضيات دون تعويض',
    description:
      'يتغيب أستاذ مادة الرياضيات في قسم ابنتي منذ بداية الدورة الثانية دون تعويضه، والتلاميذ مقبلون على امتحان إشهادي.',
  },
  {
    serviceCategoryId: 'schooling',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Notes erronées dans Massar pour le contrôle continu',
    description:
      'Les notes du contrôle continu de mon fils saisies dans Massar ne correspondent pas aux copies corrigées qu’il a reçues. L’établissement dit ne pas pouvoir corriger sans l’accord de la direction provinciale.',
  },
  {
    serviceCategoryId: 'schooling',
    kind: 'complaint',
    locale: 'ar',
    subject: 'رفض تسجيل طفلي بالمدرسة القريبة من المنزل',
    description:
      'رفضت المدرسة العمومية القريبة من منزلنا تسجيل ابني في السنة الأولى ابتدائي بدعوى الاكتظاظ، وتم توجيهه إلى مدرسة تبعد أكثر من ثلاثة كيلومترات.',
  },
  {
    serviceCategoryId: 'schooling',
    kind: 'observation',
    locale: 'ar',
    subject: 'اكتظاظ الأقسام بالسلك الإعدادي',
    description:
      'يتجاوز عدد التلاميذ في بعض أقسام الإعدادية خمسة وأربعين تلميذا، مما يؤثر على جودة التعلمات وعلى ظروف عمل الأساتذة.',
  },
  {
    serviceCategoryId: 'schooling',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Ouvrir la cantine scolaire aux élèves des douars éloignés',
    description:
      'De nombreux élèves parcourent plusieurs kilomètres à pied et restent sans repas à midi. Élargir la cantine aux élèves des douars éloignés réduirait l’abandon scolaire.',
  },
  {
    serviceCategoryId: 'schooling',
    kind: 'suggestion',
    locale: 'zgh',
    subject: 'ⵏⵔⴰ ⴰⵙⵍⵎⴷ ⵏ ⵜⵎⴰⵣⵉⵖⵜ ⴳ ⵜⵉⵏⵎⵍ ⵏ ⵓⴷⵓⵡⴰⵔ',
    description:
      'ⵜⵉⵏⵎⵍ ⵏ ⵓⴷⵓⵡⴰⵔ ⵏⵏⵖ ⵓⵔ ⴷⴰ ⵜⵙⵍⵎⴰⴷ ⵜⴰⵎⴰⵣⵉⵖⵜ. ⵏⵙⵓⵜⵔ ⴰⴷ ⴷ ⵙⵉⴼⴹⵏ ⴰⵙⵍⵎⴰⴷ ⵏ ⵜⵎⴰⵣⵉⵖⵜ ⵉ ⵜⴰⵔⵡⴰ ⵏⵏⵖ.',
  },
  // ── higher-education-training ──
  {
    serviceCategoryId: 'higher-education-training',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Bourse d’études non versée depuis le début de l’année',
    description:
      'Ma demande de bourse a été acceptée, mais aucune tranche n’a été versée depuis septembre. Le compte bancaire indiqué est pourtant correct et je dois payer mon loyer.',
  },
  {
    serviceCategoryId: 'higher-education-training',
    kind: 'complaint',
    locale: 'ar',
    subject: 'عدم الاستفادة من السكن بالحي الجامعي رغم القبول',
    description:
      'تم قبولي في الحي الجامعي حسب اللائحة المنشورة، لكن عند الحضور قيل لي إنه لا توجد أسرة شاغرة. أنا طالبة من منطقة قروية بعيدة ولا أملك بديلا.',
  },
  {
    serviceCategoryId: 'higher-education-training',
    kind: 'complaint',
    locale: 'en',
    subject: 'Diploma equivalence request pending for eight months',
    description:
      'I applied for the equivalence of a master’s degree obtained abroad eight months ago. I cannot apply for public sector positions until the decision is issued.',
  },
  {
    serviceCategoryId: 'higher-education-training',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Relevé de notes introuvable pour une année déjà validée',
    description:
      'Le service de scolarité de la faculté affirme ne pas retrouver mes notes du semestre 4, alors que j’ai validé l’année. Je ne peux pas compléter mon dossier de master sans ce relevé.',
  },
  {
    serviceCategoryId: 'higher-education-training',
    kind: 'suggestion',
    locale: 'ar',
    subject: 'رقمنة طلبات شهادة التسجيل والنجاح',
    description:
      'أقترح تمكين الطلبة من تحميل شهادة التسجيل وشهادة النجاح من الفضاء الرقمي للطالب، بدل الانتظار أياما أمام مصلحة الشؤون الطلابية.',
  },
  // ── pensions ──
  {
    serviceCategoryId: 'pensions',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Pension de retraite non liquidée six mois après le départ',
    description:
      'Je suis parti à la retraite il y a six mois et je n’ai encore perçu aucune pension. Mon dossier est complet selon mon administration d’origine.',
  },
  {
    serviceCategoryId: 'pensions',
    kind: 'complaint',
    locale: 'ar',
    subject: 'تأخر صرف معاش الأرملة بعد وفاة الزوج',
    description:
      'توفي زوجي منذ خمسة أشهر وقدمت جميع الوثائق المطلوبة للاستفادة من معاش ذوي الحقوق، لكن لم يصرف أي مبلغ إلى حد الآن رغم أن لدي أطفالا متمدرسين.',
  },
  {
    serviceCategoryId: 'pensions',
    kind: 'complaint',
    locale: 'zgh',
    subject: 'ⵜⵉⵖⵔⴰⴷ ⵏ ⵓⵙⵏⴼⵙ ⵏⵏⵓ ⵜⵜⵄⴹⴰⵍⵏⵜ ⴽⵓ ⴰⵢⵢⵓⵔ',
    description:
      'ⴳ ⴽⵕⴰⴹ ⵉⵢⵢⵓⵔⵏ ⵉⴳⴳⵯⵔⴰⵏ, ⵜⵉⵖⵔⴰⴷ ⵏ ⵓⵙⵏⴼⵙ ⵏⵏⵓ ⵜⵜⵄⴹⴰⵍⵏⵜ ⵙ ⵎⵔⴰⵡ ⵡⵓⵙⵙⴰⵏ. ⵔⵉⵖ ⴰⴷ ⵙⵙⵏⵖ ⵎⴰⵅ.',
  },
  {
    serviceCategoryId: 'pensions',
    kind: 'observation',
    locale: 'fr',
    subject: 'Attestation de pension téléchargeable mais illisible sur mobile',
    description:
      'L’attestation de pension est bien téléchargeable depuis l’espace adhérent, mais le document ne s’affiche pas correctement sur téléphone. Beaucoup de retraités n’ont pas d’ordinateur.',
  },
  {
    serviceCategoryId: 'pensions',
    kind: 'complaint',
    locale: 'ar',
    subject: 'خطأ في احتساب سنوات الخدمة في المعاش',
    description:
      'تم احتساب معاشي على أساس ثمانية وعشرين سنة من الخدمة بدل اثنتين وثلاثين سنة، ولم تؤخذ بعين الاعتبار سنوات العمل كمتعاقد.',
  },
  // ── social-security ──
  {
    serviceCategoryId: 'social-security',
    kind: 'complaint',
    locale: 'ar',
    subject: 'المشغل لا يصرح بأيام عملي في الضمان الاجتماعي',
    description:
      'أعمل في نفس الشركة منذ ثلاث سنوات، لكن كشف التصريحات لا يتضمن إلا بضعة أشهر. أخشى أن أفقد حقي في التعويضات والتقاعد.',
  },
  {
    serviceCategoryId: 'social-security',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Remboursement d’un dossier maladie en attente depuis quatre mois',
    description:
      'J’ai déposé un dossier de remboursement de soins et de médicaments il y a quatre mois. Le suivi en ligne n’affiche aucune évolution et l’agence me demande de patienter.',
  },
  {
    serviceCategoryId: 'social-security',
    kind: 'complaint',
    locale: 'ar',
    subject: 'توقف صرف التعويضات العائلية دون إشعار',
    description:
      'توقف صرف التعويضات العائلية عن أطفالي منذ شهرين دون أي إشعار أو تفسير، رغم أنني أدليت بشواهد التمدرس في الوقت المحدد.',
  },
  {
    serviceCategoryId: 'social-security',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Carte RAMED expirée et renouvellement bloqué',
    description:
      'Ma carte RAMED a expiré et la demande de renouvellement déposée à l’annexe administrative n’a pas abouti. L’hôpital me demande désormais de payer l’intégralité des soins.',
  },
  {
    serviceCategoryId: 'social-security',
    kind: 'observation',
    locale: 'en',
    subject: 'Agency staff helpful but opening hours too short',
    description:
      'The staff at the local social security agency were helpful and explained everything clearly. However, the agency closes at 3 pm, which makes it hard for employees to visit.',
  },
  {
    serviceCategoryId: 'social-security',
    kind: 'suggestion',
    locale: 'ar',
    subject: 'إرسال إشعار عند قبول ملف المرض',
    description:
      'أقترح إرسال رسالة نصية للمؤمن عند قبول ملف المرض وعند تحويل مبلغ الاسترجاع إلى حسابه البنكي.',
  },
  // ── employment-services ──
  {
    serviceCategoryId: 'employment-services',
    kind: 'complaint',
    locale: 'ar',
    subject: 'أجور غير مؤداة منذ ثلاثة أشهر',
    description:
      'لم تؤد الشركة التي أعمل بها أجوري منذ ثلاثة أشهر. تقدمت بشكاية لدى مفتشية الشغل ولم يتم استدعاء المشغل إلى حدود اليوم.',
  },
  {
    serviceCategoryId: 'employment-services',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Aucune offre proposée depuis mon inscription il y a un an',
    description:
      'Je suis inscrit comme chercheur d’emploi depuis un an, avec un diplôme de technicien spécialisé. Je n’ai jamais été convoqué à un entretien ni contacté par un conseiller.',
  },
  {
    serviceCategoryId: 'employment-services',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Ateliers de préparation aux entretiens dans les petites villes',
    description:
      'Les ateliers de recherche d’emploi sont organisés seulement dans les grandes villes. Des sessions mobiles ou en ligne aideraient les jeunes des petites villes.',
  },
  {
    serviceCategoryId: 'employment-services',
    kind: 'observation',
    locale: 'ar',
    subject: 'حسن استقبال بوكالة التشغيل',
    description:
      'أنوه بحسن استقبال المستشارة بالوكالة المحلية ومساعدتها لي في إعداد السيرة الذاتية، وقد حصلت على تدريب مدفوع الأجر بفضل ذلك.',
  },
  // ── civil-service ──
  {
    serviceCategoryId: 'civil-service',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Résultats d’un concours de recrutement publiés sans liste d’attente',
    description:
      'Les résultats du concours ont été publiés sans la liste d’attente annoncée dans l’avis. Plusieurs candidats admis se sont désistés et les postes ne sont pas pourvus.',
  },
  {
    serviceCategoryId: 'civil-service',
    kind: 'complaint',
    locale: 'ar',
    subject: 'تأخر تسوية الترقية في الدرجة',
    description:
      'نجحت في امتحان الكفاءة المهنية منذ سنتين ولم تتم تسوية وضعيتي الإدارية والمالية إلى الآن رغم مراسلاتي المتعددة.',
  },
  {
    serviceCategoryId: 'civil-service',
    kind: 'complaint',
    locale: 'ar',
    subject: 'رفض طلب الانتقال لأسباب عائلية دون تعليل',
    description:
      'قدمت طلب انتقال للالتحاق بزوجي في مدينة أخرى، فتم رفضه دون أي تعليل. أطالب بتوضيح المعايير المعتمدة.',
  },
  {
    serviceCategoryId: 'civil-service',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Publier un calendrier annuel des concours de la fonction publique',
    description:
      'Un calendrier annuel des concours, publié dès janvier, permettrait aux candidats de mieux se préparer et d’éviter les chevauchements de dates entre administrations.',
  },
  // ── water-electricity ──
  {
    serviceCategoryId: 'water-electricity',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Facture d’eau anormalement élevée sans fuite constatée',
    description:
      'Ma dernière facture d’eau est quatre fois supérieure à la moyenne habituelle. Aucune fuite n’a été trouvée par le plombier et je demande une vérification du compteur.',
  },
  {
    serviceCategoryId: 'water-electricity',
    kind: 'complaint',
    locale: 'ar',
    subject: 'انقطاع متكرر للتيار الكهربائي بالحي',
    description:
      'يعرف حينا انقطاعات متكررة للكهرباء، خاصة في المساء، مما تسبب في تلف بعض الأجهزة المنزلية. لم نتلق أي توضيح من المصالح المختصة.',
  },
  {
    serviceCategoryId: 'water-electricity',
    kind: 'complaint',
    locale: 'zgh',
    subject: 'ⵃⴱⵙⵏ ⴰⵎⴰⵏ ⴳ ⵓⴷⵓⵡⴰⵔ ⵏⵏⵖ ⵙ ⴽⴽⵓⵥ ⵡⵓⵙⵙⴰⵏ',
    description:
      'ⵃⴱⵙⵏ ⴰⵎⴰⵏ ⵏ ⵜⵙⵙⵉ ⴳ ⵓⴷⵓⵡⴰⵔ ⵏⵏⵖ ⵙ ⴽⴽⵓⵥ ⵡⵓⵙⵙⴰⵏ, ⵓⵔ ⴰⵖ ⵏⵏⵉⵏ ⵎⴰⵅ. ⵏⵔⴰ ⴰⴷ ⵏⵙⵙⵏ ⵎⴰⵏⵣⴰ ⴰⴷ ⴷ ⵓⵖⵓⵍⵏ.',
  },
  {
    serviceCategoryId: 'water-electricity',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Branchement électrique payé mais toujours pas réalisé',
    description:
      'J’ai payé les frais de branchement électrique de ma nouvelle maison il y a trois mois. Les équipes ne sont jamais venues malgré plusieurs relances à l’agence.',
  },
  {
    serviceCategoryId: 'water-electricity',
    kind: 'complaint',
    locale: 'ar',
    subject: 'فيضان قنوات الصرف الصحي عند كل تساقطات',
    description:
      'عند كل تساقطات مطرية تفيض قنوات التطهير في زنقتنا وتدخل المياه العادمة إلى المنازل. سبق أن اشتكينا دون أي تدخل.',
  },
  {
    serviceCategoryId: 'water-electricity',
    kind: 'suggestion',
    locale: 'en',
    subject: 'Send meter reading photos with each bill',
    description:
      'Including a photo of the meter reading with each bill, or in the customer portal, would reduce disputes about estimated consumption.',
  },
  // ── urban-planning ──
  {
    serviceCategoryId: 'urban-planning',
    kind: 'complaint',
    locale: 'ar',
    subject: 'تأخر تسليم شقة السكن الاجتماعي',
    description:
      'اقتنيت شقة في إطار السكن الاجتماعي وأديت كامل الثمن منذ سنتين، وما زال المنعش العقاري يؤجل التسليم دون أجل محدد.',
  },
  {
    serviceCategoryId: 'urban-planning',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Construction d’un étage supplémentaire sans autorisation chez un voisin',
    description:
      'Un voisin construit un troisième étage alors que le plan d’aménagement limite la zone à deux niveaux. Les travaux continuent malgré le signalement fait à l’arrondissement.',
  },
  {
    serviceCategoryId: 'urban-planning',
    kind: 'complaint',
    locale: 'ar',
    subject: 'منزل آيل للسقوط يهدد سلامة السكان',
    description:
      'يوجد بالمدينة القديمة منزل مهجور تظهر عليه تشققات كبيرة ويهدد المارة والمنازل المجاورة. نطالب بتدخل عاجل قبل فصل الشتاء.',
  },
  {
    serviceCategoryId: 'urban-planning',
    kind: 'observation',
    locale: 'fr',
    subject: 'Plan d’aménagement difficile à consulter',
    description:
      'Le plan d’aménagement de la commune n’est consultable qu’au siège de l’agence urbaine, aux heures de bureau. Une version en ligne faciliterait l’information des citoyens.',
  },
  {
    serviceCategoryId: 'urban-planning',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Informer les ménages relogés du calendrier des travaux',
    description:
      'Les ménages concernés par le relogement ne savent pas quand les lots seront livrés. Un affichage régulier de l’avancement des travaux réduirait l’inquiétude.',
  },
  // ── land-registry ──
  {
    serviceCategoryId: 'land-registry',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Titre foncier toujours pas établi après trois ans',
    description:
      'La réquisition d’immatriculation de notre terrain a été déposée il y a trois ans, le bornage a été fait et aucune opposition n’a été formulée. Le titre foncier n’est toujours pas établi.',
  },
  {
    serviceCategoryId: 'land-registry',
    kind: 'complaint',
    locale: 'ar',
    subject: 'رفض تسليم شهادة الملكية بسبب خطأ في الاسم',
    description:
      'رفضت المحافظة العقارية تسليمي شهادة الملكية لأن اسمي مكتوب بطريقة مختلفة في الرسم العقاري، ولم يتم إرشادي إلى مسطرة التصحيح.',
  },
  {
    serviceCategoryId: 'land-registry',
    kind: 'complaint',
    locale: 'en',
    subject: 'Unable to obtain a property certificate from abroad',
    description:
      'I live abroad and need a property certificate for an inheritance file. The online service requires a Moroccan phone number, which I no longer have.',
  },
  {
    serviceCategoryId: 'land-registry',
    kind: 'observation',
    locale: 'ar',
    subject: 'تحسن ملحوظ في آجال تسليم الشهادات العقارية',
    description:
      'لاحظت أن الشهادة العقارية أصبحت تسلم في نفس اليوم بعد أن كانت تتطلب عدة أيام. شكرا على هذا المجهود.',
  },
  // ── permits-licences ──
  {
    serviceCategoryId: 'permits-licences',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Autorisation de construire en instruction depuis cinq mois',
    description:
      'Mon dossier d’autorisation de construire pour une maison individuelle a été déposé sur la plateforme il y a cinq mois. Il reste bloqué à l’étape de l’avis de la commission sans motif indiqué.',
  },
  {
    serviceCategoryId: 'permits-licences',
    kind: 'complaint',
    locale: 'ar',
    subject: 'رفض تسليم شهادة السكنى دون مبرر',
    description:
      'رفض عون السلطة تسليمي شهادة السكنى رغم أنني أقطن بنفس العنوان منذ عشر سنوات وأدليت بعقد الكراء وفواتير الماء والكهرباء.',
  },
  {
    serviceCategoryId: 'permits-licences',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Création de SARL : certificat négatif obtenu mais dossier bloqué',
    description:
      'J’ai obtenu le certificat négatif et déposé les statuts, mais l’inscription au registre du commerce tarde depuis six semaines. Je ne peux pas ouvrir de compte bancaire professionnel.',
  },
  {
    serviceCategoryId: 'permits-licences',
    kind: 'suggestion',
    locale: 'en',
    subject: 'Publish processing times for each type of permit',
    description:
      'Publishing the average and maximum processing time for each permit would help applicants plan their projects and make delays visible.',
  },
  {
    serviceCategoryId: 'permits-licences',
    kind: 'complaint',
    locale: 'ar',
    subject: 'تأخر رخصة فتح محل تجاري',
    description:
      'تقدمت بطلب رخصة فتح محل للبقالة منذ شهرين، ولم يتم إجراء المعاينة من طرف اللجنة المختصة، مع العلم أنني أديت واجب الكراء منذ ذلك الحين.',
  },
  // ── driving-licences-vehicles ──
  {
    serviceCategoryId: 'driving-licences-vehicles',
    kind: 'complaint',
    locale: 'ar',
    subject: 'تأخر تسليم رخصة السياقة بعد النجاح في الامتحان',
    description:
      'نجحت في امتحان رخصة السياقة منذ شهرين، وما زلت أتوفر فقط على وصل مؤقت. مركز تسجيل السيارات لم يحدد لي أي موعد للتسليم.',
  },
  {
    serviceCategoryId: 'driving-licences-vehicles',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Mutation de carte grise refusée pour un document pourtant fourni',
    description:
      'Le guichet a refusé la mutation de la carte grise au motif que le certificat de visite technique manquait, alors qu’il figurait bien dans le dossier. J’ai dû revenir trois fois.',
  },
  {
    serviceCategoryId: 'driving-licences-vehicles',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Centre de visite technique exigeant des frais non affichés',
    description:
      'Le centre de visite technique m’a demandé des frais supplémentaires non affichés pour une contre-visite. Aucun reçu ne m’a été remis pour ce montant.',
  },
  {
    serviceCategoryId: 'driving-licences-vehicles',
    kind: 'suggestion',
    locale: 'ar',
    subject: 'حجز موعد الامتحان التطبيقي عبر الإنترنت',
    description:
      'أقترح تمكين المترشحين من حجز موعد الامتحان التطبيقي لرخصة السياقة عبر الإنترنت، لتفادي الانتظار الطويل وتدخل الوسطاء.',
  },
  {
    serviceCategoryId: 'driving-licences-vehicles',
    kind: 'observation',
    locale: 'en',
    subject: 'Clear and fast service at the vehicle registration centre',
    description:
      'I registered an imported car and the whole procedure took less than an hour. The staff explained each step in French and English.',
  },
  // ── public-transport ──
  {
    serviceCategoryId: 'public-transport',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Retards répétés du train du matin sans information',
    description:
      'Le train de 7 h arrive avec 30 à 40 minutes de retard plusieurs fois par semaine, sans annonce en gare. Beaucoup d’usagers arrivent en retard au travail.',
  },
  {
    serviceCategoryId: 'public-transport',
    kind: 'complaint',
    locale: 'ar',
    subject: 'اكتظاظ الحافلات وقلة عددها في أوقات الذروة',
    description:
      'حافلات الخط الذي يربط حينا بوسط المدينة مكتظة جدا في الصباح، ويمر بعضها دون التوقف في المحطة. ننتظر أحيانا أكثر من نصف ساعة.',
  },
  {
    serviceCategoryId: 'public-transport',
    kind: 'complaint',
    locale: 'en',
    subject: 'No accessible assistance for a wheelchair user at the airport',
    description:
      'Assistance for my father, who uses a wheelchair, was booked in advance, but nobody came at arrival. We waited at the gate for almost an hour.',
  },
  {
    serviceCategoryId: 'public-transport',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Badge de péage débité deux fois pour un même trajet',
    description:
      'Mon badge de télépéage a été débité deux fois pour le même trajet le même jour. Le service client m’a demandé d’envoyer une réclamation écrite, ce que je fais ici.',
  },
  {
    serviceCategoryId: 'public-transport',
    kind: 'suggestion',
    locale: 'zgh',
    subject: 'ⴰⵙⵎⵓⵜⵜⴳ ⴰⵙⴳⵎⴰⵏ ⵉ ⵉⵏⵍⵎⴰⴷⵏ ⵏ ⵉⴷⵓⵡⴰⵔ ⵉⴳⴳⵓⴳⵏ',
    description:
      'ⵉⵏⵍⵎⴰⴷⵏ ⵏ ⵓⴷⵓⵡⴰⵔ ⵏⵏⵖ ⵜⵜⴷⴷⵓⵏ ⵙ ⵜⵉⵏⵎⵍ ⴼ ⵉⴹⴰⵔⵏ ⴽⵓ ⴰⵙⵙ. ⵏⵙⵓⵜⵔ ⴰⴷ ⴰⵖ ⴷ ⵙⵙⵓⵊⴷⵏ ⵜⴰⴽⴰⵕⵕⵓⵙⵜ ⵏ ⵓⵙⵎⵓⵜⵜⴳ ⴰⵙⴳⵎⴰⵏ.',
  },
  {
    serviceCategoryId: 'public-transport',
    kind: 'complaint',
    locale: 'ar',
    subject: 'تدهور الطريق الرابطة بين الجماعة والمركز',
    description:
      'الطريق الرابطة بين جماعتنا ومركز الإقليم مليئة بالحفر وأصبحت خطيرة، خاصة ليلا وفي فصل الشتاء. سجلنا عدة حوادث خلال هذه السنة.',
  },
  // ── postal-services ──
  {
    serviceCategoryId: 'postal-services',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Colis marqué « livré » mais jamais reçu',
    description:
      'Le suivi de mon colis indique qu’il a été livré, mais je ne l’ai jamais reçu et personne n’a sonné. L’agence ne peut pas me dire qui a signé la réception.',
  },
  {
    serviceCategoryId: 'postal-services',
    kind: 'complaint',
    locale: 'ar',
    subject: 'عدم التوصل بحوالة مالية مرسلة منذ أسبوع',
    description:
      'أرسل لي ابني حوالة مالية منذ أسبوع، وعند الحضور إلى الوكالة قيل لي إن النظام معطل. أحتاج المبلغ لشراء الدواء.',
  },
  {
    serviceCategoryId: 'postal-services',
    kind: 'complaint',
    locale: 'en',
    subject: 'Registered letter returned to sender without delivery attempt',
    description:
      'A registered letter sent to my parents was returned marked “address unknown”, although they have lived at the same address for twenty years.',
  },
  {
    serviceCategoryId: 'postal-services',
    kind: 'observation',
    locale: 'ar',
    subject: 'طوابير طويلة بالوكالة البريدية في أيام صرف المعاشات',
    description:
      'في الأيام الأولى من كل شهر يصطف المتقاعدون لساعات أمام الوكالة البريدية. يمكن تخصيص شباك إضافي لهذه الفترة.',
  },
  // ── digital-services ──
  {
    serviceCategoryId: 'digital-services',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Site de prise de rendez-vous inaccessible depuis plusieurs jours',
    description:
      'Le site de prise de rendez-vous affiche une erreur à chaque tentative depuis plusieurs jours. Aucune autre solution n’est proposée pour obtenir un rendez-vous.',
  },
  {
    serviceCategoryId: 'digital-services',
    kind: 'complaint',
    locale: 'ar',
    subject: 'عدم توصلي برمز التحقق عند التسجيل في البوابة',
    description:
      'عند محاولة إنشاء حساب في البوابة الإلكترونية لا أتوصل برمز التحقق عبر الرسائل القصيرة، رغم تكرار المحاولة عدة مرات.',
  },
  {
    serviceCategoryId: 'digital-services',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Proposer une version mobile et en amazighe du portail',
    description:
      'Le portail est difficile à utiliser sur téléphone et n’existe qu’en arabe et en français. Une version adaptée au mobile et une interface en amazighe le rendraient plus accessible.',
  },
  {
    serviceCategoryId: 'digital-services',
    kind: 'complaint',
    locale: 'en',
    subject: 'Online form cannot be used with a screen reader',
    description:
      'I am visually impaired and the online application form cannot be completed with a screen reader: fields have no labels and the captcha has no audio alternative.',
  },
  {
    serviceCategoryId: 'digital-services',
    kind: 'complaint',
    locale: 'ar',
    subject: 'ضعف تغطية شبكة الهاتف والإنترنت بالدوار',
    description:
      'لا تتوفر تغطية جيدة لشبكة الهاتف المحمول والإنترنت في دوارنا، مما يمنع التلاميذ من متابعة الدروس عن بعد ويعزلنا في حالات الطوارئ.',
  },
  // ── courts-and-legal ──
  {
    serviceCategoryId: 'courts-and-legal',
    kind: 'complaint',
    locale: 'ar',
    subject: 'عدم تنفيذ حكم نهائي صادر لفائدتي',
    description:
      'صدر لفائدتي حكم نهائي بأداء تعويض منذ سنة، ولم يتم تنفيذه إلى حد الآن رغم تقديم طلب التنفيذ وأداء الرسوم.',
  },
  {
    serviceCategoryId: 'courts-and-legal',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Extrait de casier judiciaire demandé en ligne jamais reçu',
    description:
      'J’ai demandé un extrait de casier judiciaire en ligne et payé les frais, mais je n’ai reçu aucun document ni notification après trois semaines.',
  },
  {
    serviceCategoryId: 'courts-and-legal',
    kind: 'complaint',
    locale: 'ar',
    subject: 'تأجيل متكرر للجلسات في قضية نفقة',
    description:
      'تم تأجيل جلسات قضية النفقة الخاصة بأطفالي ست مرات، وأنا أتحمل مصاريف التنقل في كل مرة دون أن يتم البت في الملف.',
  },
  {
    serviceCategoryId: 'courts-and-legal',
    kind: 'observation',
    locale: 'fr',
    subject: 'Affichage des audiences peu lisible au tribunal',
    description:
      'Les listes des audiences sont affichées sur des feuilles manuscrites difficiles à lire. Un écran ou un affichage imprimé par salle aiderait les justiciables à s’orienter.',
  },
  {
    serviceCategoryId: 'courts-and-legal',
    kind: 'suggestion',
    locale: 'ar',
    subject: 'إحداث شباك لتوجيه المتقاضين بالمحكمة',
    description:
      'أقترح إحداث شباك للاستقبال والتوجيه عند مدخل المحكمة، لأن كثيرا من المواطنين لا يعرفون المصلحة التي يجب التوجه إليها.',
  },
  // ── public-procurement ──
  {
    serviceCategoryId: 'public-procurement',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Factures d’un marché public impayées depuis huit mois',
    description:
      'Notre entreprise a livré et fait réceptionner les prestations d’un marché de fournitures il y a huit mois. Les factures ne sont toujours pas payées et les intérêts moratoires ne sont pas appliqués.',
  },
  {
    serviceCategoryId: 'public-procurement',
    kind: 'complaint',
    locale: 'ar',
    subject: 'عدم نشر نتائج طلب العروض',
    description:
      'شاركت مقاولتنا في طلب عروض مفتوح منذ ثلاثة أشهر، ولم تنشر النتائج في بوابة الصفقات العمومية، كما لم نتوصل بأي إشعار بالرفض أو القبول.',
  },
  {
    serviceCategoryId: 'public-procurement',
    kind: 'observation',
    locale: 'fr',
    subject: 'Dossiers d’appel d’offres parfois incomplets sur le portail',
    description:
      'Certains dossiers d’appel d’offres téléchargés sur le portail ne contiennent pas le bordereau des prix. Les entreprises doivent alors se déplacer pour obtenir la pièce manquante.',
  },
  // ── consumer-protection ──
  {
    serviceCategoryId: 'consumer-protection',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Prix affichés à la station-service différents des prix facturés',
    description:
      'Le prix du gasoil affiché sur le panneau de la station ne correspond pas au prix appliqué à la pompe. Le gérant refuse de corriger.',
  },
  {
    serviceCategoryId: 'consumer-protection',
    kind: 'complaint',
    locale: 'ar',
    subject: 'بيع مواد غذائية منتهية الصلاحية بمحل تجاري',
    description:
      'اشتريت علبة حليب وعلبة أجبان من محل بالحي، واكتشفت في المنزل أن تاريخ صلاحيتهما منته منذ أسبوعين. ألاحظ أن هذا يتكرر.',
  },
  {
    serviceCategoryId: 'consumer-protection',
    kind: 'complaint',
    locale: 'en',
    subject: 'Mobile operator charges for a service I never subscribed to',
    description:
      'My mobile operator has been deducting a weekly fee for a content service I never subscribed to. Customer service says it cannot be refunded.',
  },
  {
    serviceCategoryId: 'consumer-protection',
    kind: 'complaint',
    locale: 'ar',
    subject: 'بيع الدقيق المدعم بأكثر من الثمن المحدد',
    description:
      'يبيع بعض التجار في السوق الأسبوعي كيس الدقيق الوطني المدعم بثمن يفوق الثمن المحدد، ويدعون أنه غير متوفر بالثمن العادي.',
  },
  {
    serviceCategoryId: 'consumer-protection',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Numéro court unique pour signaler les fraudes alimentaires',
    description:
      'Un numéro court unique, joignable le week-end, permettrait de signaler rapidement les produits périmés ou suspects dans les souks et les commerces.',
  },
  // ── agriculture-support ──
  {
    serviceCategoryId: 'agriculture-support',
    kind: 'complaint',
    locale: 'ar',
    subject: 'تأخر صرف دعم تجهيز الضيعة بالري الموضعي',
    description:
      'أنجزت مشروع الري بالتنقيط في ضيعتي وفق الشروط وقدمت ملف طلب الإعانة منذ سنة، ولم أتوصل بالدعم إلى الآن رغم المعاينة.',
  },
  {
    serviceCategoryId: 'agriculture-support',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Semences sélectionnées distribuées trop tard pour la saison',
    description:
      'Les semences subventionnées ont été distribuées à notre coopérative après la période de semis. Une partie des agriculteurs a dû acheter des semences au prix fort.',
  },
  {
    serviceCategoryId: 'agriculture-support',
    kind: 'observation',
    locale: 'ar',
    subject: 'حملة تلقيح الماشية لم تشمل بعض الدواوير',
    description:
      'لاحظنا أن الحملة الأخيرة لتلقيح الأغنام لم تصل إلى بعض الدواوير الجبلية بسبب صعوبة الطريق. نرجو برمجة زيارة خاصة لها.',
  },
  {
    serviceCategoryId: 'agriculture-support',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Informer les petits agriculteurs des aides par SMS en arabe et en amazighe',
    description:
      'Beaucoup de petits agriculteurs ignorent les aides disponibles. Des messages courts en arabe et en amazighe annonçant les dates de dépôt des dossiers seraient très utiles.',
  },
  // ── culture-youth-sports ──
  {
    serviceCategoryId: 'culture-youth-sports',
    kind: 'complaint',
    locale: 'ar',
    subject: 'إغلاق دار الشباب بالحي منذ أشهر',
    description:
      'دار الشباب الوحيدة في حينا مغلقة منذ عدة أشهر بدعوى الإصلاح، ولا تظهر أي أشغال. الشباب لا يجدون أي فضاء للأنشطة.',
  },
  {
    serviceCategoryId: 'culture-youth-sports',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Monument historique laissé sans entretien',
    description:
      'Les remparts près de la porte principale de la médina se dégradent, des pierres se détachent et des déchets s’accumulent au pied du mur. Le site attire pourtant de nombreux visiteurs.',
  },
  {
    serviceCategoryId: 'culture-youth-sports',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Ouvrir la bibliothèque le samedi après-midi',
    description:
      'Les étudiants et les salariés ne peuvent pas venir en semaine. Une ouverture le samedi après-midi permettrait à beaucoup plus de lecteurs de profiter des salles.',
  },
  {
    serviceCategoryId: 'culture-youth-sports',
    kind: 'suggestion',
    locale: 'ar',
    subject: 'تخصيص حصص للفتيات بملعب القرب',
    description:
      'أقترح تخصيص حصص أسبوعية للفتيات في ملعب القرب بالحي، مع تأطير رياضي، لتشجيعهن على ممارسة الرياضة.',
  },
  // ── municipal-services ──
  {
    serviceCategoryId: 'municipal-services',
    kind: 'complaint',
    locale: 'ar',
    subject: 'انطفاء الإنارة العمومية بالشارع منذ شهر',
    description:
      'أعمدة الإنارة العمومية في شارعنا منطفئة منذ شهر، مما يشكل خطرا على المارة خاصة النساء والتلاميذ في المساء.',
  },
  {
    serviceCategoryId: 'municipal-services',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Conteneurs à ordures débordants et jamais vidés le dimanche',
    description:
      'Les conteneurs de notre rue débordent chaque fin de semaine car ils ne sont pas vidés le dimanche. Les odeurs et les animaux errants posent un problème d’hygiène.',
  },
  {
    serviceCategoryId: 'municipal-services',
    kind: 'complaint',
    locale: 'zgh',
    subject: 'ⵉⵣⴱⴰⵍⵏ ⵓⵔ ⵜⵜⵓⵙⵎⵓⵏⵏ ⴳ ⵍⵃⵓⵎⵜ ⵏⵏⵖ',
    description:
      'ⵉⵣⴱⴰⵍⵏ ⴳⴰⵏ ⴳ ⵓⴱⵔⵉⴷ ⵙ ⵢⴰⵏ ⵓⵎⴰⵍⴰⵙ, ⵓⵔ ⴷ ⵢⵓⵛⴽⴰ ⴽⵔⴰ ⴰⴷ ⵜⵏ ⵉⵙⵎⵓⵏ.',
  },
  {
    serviceCategoryId: 'municipal-services',
    kind: 'complaint',
    locale: 'ar',
    subject: 'انتشار الكلاب الضالة قرب المدرسة',
    description:
      'تتجمع كلاب ضالة قرب المدرسة الابتدائية بالحي، وقد تعرض طفل لعضة الأسبوع الماضي. نطالب الجماعة بالتدخل.',
  },
  {
    serviceCategoryId: 'municipal-services',
    kind: 'observation',
    locale: 'fr',
    subject: 'Jardin public bien réaménagé mais sans point d’eau',
    description:
      'Le réaménagement du jardin public est une réussite et il est très fréquenté par les familles. Il manque toutefois une fontaine d’eau potable et des sanitaires.',
  },
  {
    serviceCategoryId: 'municipal-services',
    kind: 'suggestion',
    locale: 'fr',
    subject: 'Horaires de collecte des déchets affichés par quartier',
    description:
      'Afficher les jours et heures de passage des camions de collecte dans chaque quartier permettrait aux habitants de sortir leurs poubelles au bon moment.',
  },
  // ── other ──
  {
    serviceCategoryId: 'other',
    kind: 'suggestion',
    locale: 'zgh',
    subject: 'ⴰⵙⵎⵔⵙ ⵏ ⵜⵎⴰⵣⵉⵖⵜ ⴳ ⵓⵙⵏⴱⴳⵉ ⵏ ⵉⵎⵣⴷⴰⵖ ⴳ ⵜⵙⵏⵎⵀⴰⵍⵉⵏ',
    description:
      'ⴰⵟⵟⴰⵙ ⵏ ⵉⵎⵖⴰⵔⵏ ⵓⵔ ⵙⵙⵏⵏ ⵜⴰⵄⵔⴰⴱⵜ ⵏⵖ ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ. ⵏⵙⵓⵜⵔ ⴰⴷ ⵉⵍⵉⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵙⵙⵏⵏⵉⵏ ⵜⴰⵎⴰⵣⵉⵖⵜ ⴳ ⵓⵙⵏⴱⴳⵉ.',
  },
  {
    serviceCategoryId: 'other',
    kind: 'observation',
    locale: 'fr',
    subject: 'Absence de rampe d’accès pour les personnes à mobilité réduite',
    description:
      'Le bâtiment administratif n’a qu’un escalier à l’entrée et aucun ascenseur. Les personnes âgées et en fauteuil roulant ne peuvent pas accéder aux guichets.',
  },
  {
    serviceCategoryId: 'other',
    kind: 'suggestion',
    locale: 'ar',
    subject: 'فتح المرافق الإدارية يوم السبت صباحا',
    description:
      'أقترح فتح بعض الشبابيك يوم السبت صباحا لفائدة الموظفين والأجراء الذين لا يستطيعون التغيب عن عملهم خلال أيام الأسبوع.',
  },
  {
    serviceCategoryId: 'other',
    kind: 'complaint',
    locale: 'fr',
    subject: 'Réponse à mon courrier jamais reçue malgré l’accusé de réception',
    description:
      'J’ai adressé un courrier recommandé à l’administration il y a quatre mois et j’ai l’accusé de réception. Je n’ai reçu aucune réponse, ni même un numéro de dossier.',
  },
  {
    serviceCategoryId: 'other',
    kind: 'suggestion',
    locale: 'en',
    subject: 'Provide an English version of key forms for foreign residents',
    description:
      'Many foreign residents and investors struggle with forms available only in Arabic and French. An English version of the most common forms would reduce errors and repeat visits.',
  },
];
