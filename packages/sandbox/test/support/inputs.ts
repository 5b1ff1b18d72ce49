/** Valid request bodies that tests start from and change one field at a time. */
export const complaint = (extra: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  agencyId: 'dgsn',
  serviceId: 'dgsn-cnie',
  location: { regionId: 'rabat-sale-kenitra', provinceId: 'rabat', commune: 'Agdal-Riyad' },
  subject: 'Carte d’identité non délivrée après trois mois',
  description: 'J’ai déposé ma demande de renouvellement de CNIE en février et je n’ai toujours aucune nouvelle.',
  occurredOn: '2026-05-20',
  complainant: { fullName: 'Amina El Idrissi', nationalId: 'AB123456', email: 'amina@example.org', phone: '0612345678' },
  answerLanguage: 'fr',
  consent: true,
  ...extra,
});

export const suggestion = (extra: Record<string, unknown> = {}) => ({
  kind: 'suggestion',
  agencyId: 'dgsn',
  subject: 'Horaires du samedi matin',
  description: 'Ouvrir les guichets le samedi matin aiderait ceux qui travaillent en semaine.',
  answerLanguage: 'ar',
  consent: true,
  ...extra,
});
