// The submissions that the status tracker's stories show, made on the sandbox by `pnpm storybook`
// (stories/storybook.mjs) once the sandbox answers. A browser cannot make them: answering a
// submission is the back office's work, and the back office answers no browser, by design. So
// this runs on the Node side, through the platform's HTTP API, with the sandbox's dev keys:
//
//   in progress   lodged, then taken in hand with a public note           (found, wrong key, read-url)
//   answered      lodged, taken in hand, answered: may be rated and contested
//   rated         answered, then rated 4 out of 5 with a comment           (closed)
//   renewed       answered, then contested by its author                   (in progress again)
//
// one of each in Arabic, French and English (the Tamazight stories show the French ones: a user may
// well write in French to a Tamazight interface), all to the Ministry of Administration Reform
// (`mrafp`), and one seeded complaint to the DGSN that is overdue now.
//
// They are kept in `.data/storybook/demo-submissions.json`, beside the sandbox's database, which
// Storybook's dev server serves to the stories at `chikaya-demo/demo-submissions.json` (see
// .storybook/main.ts; never in a static build). At the next start, each one still in its state is
// kept, and only the others are made again (someone rated the "answered" one, the database was
// deleted…): the database does not fill up with demo submissions. A start without the sandbox
// writes why there are none, and keeps them for the next start with it.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The agency the demo submissions are sent to, and its service (the complaint form's stories use the same). */
const agencyId = 'mrafp';
const backOfficeKey = (agency) => `bo_sandbox_${agency}`;

const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** What the user wrote, what the agency noted and answered, in each language. */
const texts = {
  ar: {
    subject: 'نتائج المباراة لم تُنشر بعد أربعة أشهر',
    description:
      'اجتزت الاختبار الكتابي لمباراة المساعدين الإداريين بالرباط. بعد أربعة أشهر، لم تُنشر النتائج بعد على الموقع ولا أحد يجيب على الرقم المذكور في الإعلان. أود معرفة موعد نشرها.',
    fullName: 'سلمى بناني',
    commune: 'أكدال الرياض',
    acknowledged: 'أُحيل ملفكم على مديرية الموارد البشرية المكلفة بالمباريات.',
    answer:
      'السيدة بناني، نشكركم على رسالتكم. تأخر نشر نتائج مباراة المساعدين الإداريين بسبب إعادة تصحيح إحدى المواد. ستُنشر النتائج النهائية على بوابة التشغيل العمومي خلال خمسة عشر يوماً، وسيتوصل كل مترشح برسالة إلكترونية عند نشرها.',
    answerNote: 'أُجيب عن الشكاية. ستُنشر النتائج خلال خمسة عشر يوماً.',
    ratingComment: 'جواب واضح، لكن كان من الأفضل الإعلان عن التأخير في حينه.',
    renewalReason: 'مرت خمسة عشر يوماً ولم تُنشر النتائج بعد، ولم أتوصل بأي رسالة.',
  },
  fr: {
    subject: 'Résultats du concours non publiés après quatre mois',
    description:
      'J’ai passé l’épreuve écrite du concours d’adjoints administratifs à Rabat. Quatre mois plus tard, les résultats ne sont toujours pas publiés sur le site et personne ne répond au numéro indiqué dans l’avis. Je souhaite savoir quand ils le seront.',
    fullName: 'Salma Bennani',
    commune: 'Agdal-Riyad',
    acknowledged: 'Votre dossier a été transmis à la direction des ressources humaines, chargée des concours.',
    answer:
      'Madame Bennani, nous vous remercions de votre message. La publication des résultats du concours d’adjoints administratifs a été retardée par la nouvelle correction d’une épreuve. Les résultats définitifs seront publiés sur le portail de l’emploi public d’ici quinze jours ; chaque candidat en sera averti par courriel.',
    answerNote: 'Réclamation répondue : les résultats seront publiés d’ici quinze jours.',
    ratingComment: 'Réponse claire, mais il aurait fallu annoncer le retard à temps.',
    renewalReason: 'Quinze jours ont passé : les résultats ne sont toujours pas publiés et je n’ai reçu aucun courriel.',
  },
  en: {
    subject: 'Examination results not published after four months',
    description:
      'I sat the written examination for administrative assistants in Rabat. Four months later the results are still not on the website, and nobody answers at the number given in the notice. I would like to know when they will be published.',
    fullName: 'Salma Bennani',
    commune: 'Agdal-Riyad',
    acknowledged: 'Your file was passed to the human resources department, which runs the examinations.',
    answer:
      'Dear Ms Bennani, thank you for your message. The results of the administrative assistants’ examination were delayed because one paper is being marked again. The final results will be published on the public employment portal within fifteen days, and every candidate will be told by email.',
    answerNote: 'Complaint answered: the results will be published within fifteen days.',
    ratingComment: 'A clear answer, but the delay should have been announced in time.',
    renewalReason: 'Fifteen days have passed: the results are still not published and I have received no email.',
  },
};

export const demoLanguages = Object.keys(texts);

/** A complaint in `language`, every field answered, as the complaint form sends it. */
const complaint = (language) => ({
  kind: 'complaint',
  agencyId,
  serviceId: 'mrafp-concours',
  location: { regionId: 'rabat-sale-kenitra', provinceId: 'rabat', commune: texts[language].commune },
  subject: texts[language].subject,
  description: texts[language].description,
  occurredOn: daysAgo(120),
  complainant: { fullName: texts[language].fullName, nationalId: 'AB123456', email: 'salma.bennani@example.ma', phone: '0612345678' },
  answerLanguage: language,
  consent: true,
});

/** Each state: how to reach it from a new submission, and whether a kept one is still in it. */
const states = {
  inProgress: {
    make: async (platform, language, receipt) => {
      await platform.backOffice('acknowledge', receipt.trackingCode, { note: texts[language].acknowledged });
    },
    // Still taken in hand and not yet overdue: the "found" story says "days left".
    holds: (details) => details.status === 'in_progress' && details.renewal === null && details.dueDate > daysAgo(0),
  },
  answered: {
    make: async (platform, language, receipt) => {
      await platform.backOffice('acknowledge', receipt.trackingCode, { note: texts[language].acknowledged });
      await platform.backOffice('answer', receipt.trackingCode, { answer: texts[language].answer, note: texts[language].answerNote });
    },
    // May still be rated and contested: the forms are there.
    holds: (details) => details.status === 'answered' && details.canRate && details.canRenew,
  },
  rated: {
    make: async (platform, language, receipt) => {
      await states.answered.make(platform, language, receipt);
      await platform.asAuthor('rating', receipt, { score: 4, comment: texts[language].ratingComment });
    },
    holds: (details) => details.rating !== null,
  },
  renewed: {
    make: async (platform, language, receipt) => {
      await states.answered.make(platform, language, receipt);
      await platform.asAuthor('renewal', receipt, { reason: texts[language].renewalReason });
    },
    holds: (details) => details.renewal !== null && details.status === 'in_progress',
  },
};

export const demoStates = Object.keys(states);

class PlatformError extends Error {}

/** The platform's HTTP API, as a server calls it (no `Origin`: not a browser page). */
function platformAt(api) {
  // Node may resolve `localhost` to ::1, where the sandbox (on 127.0.0.1) does not listen.
  const base = new URL(api);
  if (base.hostname === 'localhost') base.hostname = '127.0.0.1';
  const call = async (method, path, { body, headers = {} } = {}) => {
    const response = await fetch(new URL(path, base), {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new PlatformError(`${method} ${path}: ${response.status} ${data?.code ?? ''}`.trim());
    return data;
  };
  const code = (trackingCode) => encodeURIComponent(trackingCode);
  return {
    /** Answers (any status) within `timeout` ms? */
    async answers(timeout) {
      const until = Date.now() + timeout;
      while (Date.now() < until) {
        try {
          await fetch(new URL('/v1/sectors', base), { signal: AbortSignal.timeout(1000) });
          return true;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      return false;
    },
    lodge: (input) => call('POST', '/v1/submissions', { body: input, headers: { 'Idempotency-Key': randomUUID() } }),
    details: (submission) =>
      call('GET', `/v1/submissions/${code(submission.trackingCode)}`, { headers: { 'X-Access-Key': submission.accessKey } }),
    backOffice: (action, trackingCode, body, agency = agencyId) =>
      call('POST', `/v1/back-office/submissions/${code(trackingCode)}/${action}`, {
        body,
        headers: { Authorization: `Bearer ${backOfficeKey(agency)}` },
      }),
    asAuthor: (action, receipt, body) =>
      call('POST', `/v1/submissions/${code(receipt.trackingCode)}/${action}`, { body, headers: { 'X-Access-Key': receipt.accessKey } }),
    overdueComplaint: async () => {
      const page = await call('GET', '/v1/back-office/submissions?overdue=true&kind=complaint&pageSize=1', {
        headers: { Authorization: `Bearer ${backOfficeKey('dgsn')}` },
      });
      const item = page.items[0];
      return item ? { trackingCode: item.trackingCode, agencyId: 'dgsn' } : null;
    },
  };
}

/** What the file holds, if anything. */
function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function write(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
}

/**
 * Says in `file` why the stories have no demo submissions now (no sandbox, a failure). The ones
 * already made are kept in it, for the next start with the sandbox.
 */
export function withoutDemoSubmissions(file, api, problem) {
  const earlier = keptRecord(read(file));
  write(file, { api, problem, ...(earlier ? { kept: earlier } : {}) });
}

/** The submissions in a file's content, made or kept, with the platform they were made on. */
function keptRecord(content) {
  if (content?.submissions) return { api: content.api, submissions: content.submissions };
  return content?.kept?.submissions ? content.kept : undefined;
}

/** The submissions made on the platform at `api` at an earlier start, if any. */
function kept(file, api) {
  const earlier = keptRecord(read(file));
  return earlier?.api === api ? earlier.submissions : undefined;
}

/**
 * Makes (or keeps) the demo submissions on the platform at `api` and writes them to `file`; until
 * then, the file says they are being made. Resolves with a line to log; never rejects: a failure is
 * written to the file for the stories to show.
 */
export async function prepareDemoSubmissions({ api, file, timeout = 120_000 }) {
  const previous = kept(file, api);
  const wait = (problem) => write(file, { api, problem, ...(previous ? { kept: { api, submissions: previous } } : {}) });
  wait('pnpm storybook is making them on its sandbox; open the story again in a few seconds');
  const platform = platformAt(api);
  if (!(await platform.answers(timeout))) {
    wait(`the sandbox did not answer within ${timeout / 1000} s`);
    return `Demo submissions: the sandbox did not answer at ${api}.`;
  }
  try {
    let made = 0;
    let reused = 0;
    const submissions = {};
    for (const language of demoLanguages) {
      submissions[language] = {};
      for (const [name, state] of Object.entries(states)) {
        const before = previous?.[language]?.[name];
        if (before && (await platform.details(before).then(state.holds, () => false))) {
          submissions[language][name] = before;
          reused++;
          continue;
        }
        const receipt = await platform.lodge(complaint(language));
        await state.make(platform, language, receipt);
        submissions[language][name] = { trackingCode: receipt.trackingCode, accessKey: receipt.accessKey };
        made++;
      }
    }
    const overdue = await platform.overdueComplaint();
    write(file, { api, preparedAt: new Date().toISOString(), agencyId, submissions, overdue });
    return `Demo submissions for the tracker's stories: ${made} made, ${reused} kept (${file}).`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    wait(`they could not be made (${message})`);
    return `Demo submissions could not be made: ${message}`;
  }
}
