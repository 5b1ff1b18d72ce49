/**
 * When a submission repeats an earlier one: the same person (national ID, email or phone), the same
 * agency, within `duplicateWindowDays`, and nearly the same words once case, spacing, punctuation
 * and diacritics are set aside: a Dice coefficient on their words of at least `duplicateSimilarity`,
 * so one word changed in a text of twenty or more. Words rather than letters: "dossier 1204" and
 * "dossier 1205" differ by a whole word, as two files do. A person who writes again in other words,
 * or a month later, is not repeating themselves; a script sending the same text 300 times is.
 */

export const duplicateWindowDays = 30;
export const duplicateSimilarity = 0.9;

/** Who lodged it, as far as a submission says. */
export interface Identity {
  nationalId: string | null;
  email: string | null;
  phone: string | null;
}

export interface Wording {
  subject: string;
  description: string;
}

/** Lowercase letters and digits, one space between words: accents, harakat, tatweel and punctuation gone. */
export function normalizeWording({ subject, description }: Wording): string {
  return `${subject} ${description}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/gu, '') // Arabic tatweel, a stretching of the line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The identity as compared: a national ID in capitals, an email in lowercase, a phone in its national form. */
export function normalizeIdentity(identity: Identity): Identity {
  return {
    nationalId: identity.nationalId?.toUpperCase() ?? null,
    email: identity.email?.toLowerCase() ?? null,
    phone: identity.phone?.replace(/^\+212/, '0') ?? null,
  };
}

export function sameIdentity(a: Identity, b: Identity): boolean {
  const x = normalizeIdentity(a);
  const y = normalizeIdentity(b);
  return (
    (x.nationalId !== null && x.nationalId === y.nationalId) ||
    (x.email !== null && x.email === y.email) ||
    (x.phone !== null && x.phone === y.phone)
  );
}

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(' ')) if (word !== '') counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Dice's coefficient on the words of two normalized texts (as multisets): 1 for the same text, 0 for none shared. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = words(a);
  const y = words(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [word, n] of y) {
    total += n;
    shared += Math.min(n, x.get(word) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

export interface Earlier extends Identity, Wording {
  id: number;
  receivedAt: string;
}

/**
 * The earlier submission (oldest first in `earlier`, already of the same agency) that `next`
 * repeats, or null. A person without identity (an anonymous observation) repeats nobody.
 */
export function duplicateOf(next: Identity & Wording & { receivedAt: Date }, earlier: readonly Earlier[]): Earlier | null {
  const since = next.receivedAt.getTime() - duplicateWindowDays * 86_400_000;
  const wording = normalizeWording(next);
  for (const candidate of earlier) {
    if (Date.parse(candidate.receivedAt) < since || !sameIdentity(next, candidate)) continue;
    if (similarity(wording, normalizeWording(candidate)) >= duplicateSimilarity) return candidate;
  }
  return null;
}
