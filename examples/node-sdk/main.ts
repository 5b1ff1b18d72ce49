/**
 * The whole journey of a complaint through @chikaya/sdk, against the sandbox that `pnpm start`
 * runs: lodge it, look up its status, answer it from the agency's back office, rate it, renew it,
 * and see the agency's KPIs.
 *
 *   pnpm start                                    # in one terminal, from the repository root
 *   pnpm --filter @chikaya/example-node-sdk start # in another (CHIKAYA_API=http://127.0.0.1:8787)
 */
import { createClient, isChikayaError } from '@chikaya/sdk';

const baseUrl = process.env.CHIKAYA_API ?? 'http://127.0.0.1:8787';
const agencyId = process.env.CHIKAYA_AGENCY ?? 'mrafp';
// The sandbox's development key for the agency's back office; a real agency keeps its own secret.
const secretKey = process.env.CHIKAYA_SECRET_KEY ?? `bo_sandbox_${agencyId}`;

const citizen = createClient({ baseUrl });
const agency = createClient({ baseUrl, secretKey });

try {
  const receipt = await citizen.submissions.create({
    kind: 'complaint',
    agencyId,
    subject: 'Attestation de travail non délivrée',
    description: "J'ai demandé une attestation de travail il y a trois semaines et je n'ai reçu aucune réponse.",
    complainant: { fullName: 'Youssef Benali', nationalId: 'BK123456', email: 'youssef@example.org' },
    answerLanguage: 'fr',
    consent: true,
  });
  console.log(`Lodged ${receipt.trackingCode}, due by ${receipt.dueDate}. Access key: ${receipt.accessKey}`);

  // Anyone with the code can follow it; no personal data comes back.
  const status = await citizen.submissions.status(receipt.trackingCode.toLowerCase());
  console.log(`Status: ${status.status}, ${status.timeline.length} event(s)`);

  await agency.backOffice.acknowledge(receipt.trackingCode, { note: 'Votre demande est entre les mains du service RH.' });
  await agency.backOffice.answer(receipt.trackingCode, {
    answer: 'Votre attestation est prête; elle vous a été envoyée par courriel ce matin.',
  });
  console.log('The agency answered it.');

  const details = await citizen.submissions.details(receipt.trackingCode, receipt.accessKey);
  console.log(`Answer: "${details.answer?.text}" (renewable until ${details.renewableUntil})`);

  const renewed = await citizen.submissions.renew(receipt.trackingCode, receipt.accessKey, {
    reason: "Je n'ai rien reçu par courriel; merci de vérifier l'adresse.",
  });
  console.log(`Renewed: the complaint is ${renewed.status} again.`);

  await agency.backOffice.answer(receipt.trackingCode, { answer: "L'attestation vous a été renvoyée à la bonne adresse." });
  const rated = await citizen.submissions.rate(receipt.trackingCode, receipt.accessKey, { score: 4, comment: 'Merci.' });
  console.log(`Rated ${rated.rating?.score}/5; the submission is ${rated.status}.`);

  const kpis = await citizen.kpis.agency(agencyId);
  const percent = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value * 100)} %`);
  for (const [name, indicator] of Object.entries(kpis.indicators)) {
    const verdict = indicator.met === null ? 'no data' : indicator.met ? 'met' : 'not met';
    console.log(`${name}: ${percent(indicator.value)} (target ${indicator.comparison === 'atLeast' ? '≥' : '≤'} ${percent(indicator.target)}, ${verdict})`);
  }
} catch (error) {
  if (isChikayaError(error)) {
    console.error(`${error.name} ${error.code}: ${error.message}`, error.errors);
    process.exitCode = 1;
  } else throw error;
}
