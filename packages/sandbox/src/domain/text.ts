/**
 * What counts as text a person wrote. The contract marks each free-text field with `x-text`:
 *
 * - `name` (a person's or an agency's name, a commune): one line, with at least one letter, since a
 *   name is written in letters, whatever the script; "12" or "..." name nobody;
 * - `title` (a subject, a measure's title, an acronym): one line, with at least one letter or
 *   digit, since "2e relance" or "CNSS 2025" says what it is about and "?!?!?" does not;
 * - `line` (a search): one line, with anything visible, since "%" or "-" is a fair thing to search;
 * - `text` (a description, an answer, a note, a reason, a comment): lines and tabs allowed, with
 *   anything visible, since "👍" is a comment.
 *
 * Refused everywhere (`invalid_characters`): control characters (C0, DEL, C1), which terminals,
 * logs and CSV readers act upon, and the bidirectional embeddings, overrides and isolates, which
 * show a reader other text than the one stored ("Trojan Source"); in one-line fields also tab, line
 * and paragraph separators. Marks of direction (U+200E, U+200F, U+061C) and joiners stay: Arabic and
 * emoji need them.
 *
 * Not visible (`no_visible_text` when nothing else is there): spaces, default-ignorable code points
 * (zero-width spaces and joiners, U+2060, U+FEFF, soft hyphens, variation selectors, the Hangul
 * fillers U+3164, U+115F, U+1160, U+FFA0), combining marks with no letter to sit on, the Braille blank
 * U+2800, unassigned and private-use code points.
 *
 * The SDK's schemas apply the same rules (packages/sdk/src/schemas/rules.ts), so that a form says so
 * before sending; the tests hold the two to the same verdicts.
 */
export const textKinds = ['name', 'title', 'line', 'text'] as const;
export type TextKind = (typeof textKinds)[number];
export type TextProblem = 'invalid_characters' | 'no_visible_text';

// Each rule is tested on one code point at a time: no look-arounds, no `v` flag.
const control = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const multiLine = /[\t\n\r]/u;
const separator = /[\u2028\u2029]/u;
const hidden = /[\p{Default_Ignorable_Code_Point}\u2800]/u;
const needed: Record<TextKind, RegExp> = {
  name: /\p{L}/u,
  title: /[\p{L}\p{N}]/u,
  line: /[\p{L}\p{N}\p{P}\p{S}]/u,
  text: /[\p{L}\p{N}\p{P}\p{S}]/u,
};

/** What is wrong with `value` as text of this kind, or null. Characters are judged before visibility. */
export function textProblem(value: string, kind: TextKind): TextProblem | null {
  const lines = kind === 'text';
  let seen = false;
  for (const character of value) {
    if (control.test(character) ? !(lines && multiLine.test(character)) : !lines && separator.test(character)) return 'invalid_characters';
    if (!seen && needed[kind].test(character) && !hidden.test(character)) seen = true;
  }
  return seen ? null : 'no_visible_text';
}
