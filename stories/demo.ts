/**
 * The submissions that `pnpm storybook` made on its sandbox for the tracker's stories (answered,
 * rated, renewed…, with their access keys; see `demo-submissions.mjs`). The dev server serves them
 * at `chikaya-demo/demo-submissions.json`; a static build, `--no-sandbox` or another platform has
 * none, and `demoSubmissions()` says why.
 */
import type { Locale } from '@chikaya/widgets';

export interface DemoSubmission {
  trackingCode: string;
  /** absent for a seeded submission shown to the public only */
  accessKey?: string;
}

/** The states `demo-submissions.mjs` makes, in each of its languages. */
export type DemoState = 'inProgress' | 'answered' | 'rated' | 'renewed';
type DemoLanguage = 'ar' | 'fr' | 'en';

interface DemoFile {
  /** the platform they were made on */
  api: string;
  preparedAt?: string;
  /** why there are none */
  problem?: string;
  submissions?: Record<DemoLanguage, Record<DemoState, DemoSubmission>>;
  /** a seeded complaint, overdue now */
  overdue?: DemoSubmission | null;
}

export type Demo =
  | { ready: true; submission(state: DemoState, locale: Locale): DemoSubmission; overdue: DemoSubmission | null }
  | { ready: false; why: string };

/** The French ones in Tamazight: the interface is in Tamazight, the user may well write in French. */
const languageOf = (locale: Locale): DemoLanguage => (locale === 'zgh' ? 'fr' : locale);

const origin = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

/** The demo submissions for a story that calls `api`, or why there are none. */
export async function demoSubmissions(api: string): Promise<Demo> {
  if (!import.meta.env.DEV)
    return { ready: false, why: 'this is a static build, and they exist only on the sandbox that pnpm storybook starts' };
  let file: DemoFile;
  try {
    const response = await fetch(new URL('chikaya-demo/demo-submissions.json', document.baseURI), { cache: 'no-store' });
    if (!response.ok) throw new Error(String(response.status));
    file = (await response.json()) as DemoFile;
  } catch {
    return {
      ready: false,
      why: 'Storybook was not started by pnpm storybook, which makes them once its sandbox answers',
    };
  }
  if (file.problem) return { ready: false, why: file.problem };
  if (origin(file.api) !== origin(api)) return { ready: false, why: `they were made on ${file.api}, and this story calls ${api}` };
  const { submissions } = file;
  if (!submissions) return { ready: false, why: 'the demo file has none' };
  return { ready: true, submission: (state, locale) => submissions[languageOf(locale)][state], overdue: file.overdue ?? null };
}
