/**
 * What the tracker's views read and call, as it is at this render. The element keeps the state and
 * the logic; a view only renders it, as a plain function of this interface.
 */
import type { Agency, Region, Service, SubmissionDetails, SubmissionStatus } from '@chikaya/sdk';
import { msg } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { textField } from '../../shared/fields.js';
import type { Locale } from '../../shared/localization.js';

export interface Answers {
  trackingCode: string;
  accessKey: string;
  score: string;
  comment: string;
  reason: string;
}

export interface TrackerView {
  readonly locale: Locale;
  /** what the user typed into the tracker's fields */
  readonly answers: Answers;
  /** the public status, once found */
  readonly status: SubmissionStatus | null;
  /** the submission as lodged, with a right access key */
  readonly details: SubmissionDetails | null;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly services: readonly Service[];
  readonly regions: readonly Region[];
  /** the follow-up being sent */
  readonly sending: 'rating' | 'renewal' | null;
  /** a look-up is under way */
  readonly loading: boolean;
  /** the message of a field's error, if it has one */
  error(field: keyof Answers): string | undefined;
  set(field: keyof Answers, value: string): void;
  handleBlur(field: keyof Answers): void;
  handleLookup(event: Event): void;
  handleKey(event: Event): void;
  handleRating(event: Event): void;
  handleRenewal(event: Event): void;
  handleRefresh(): void;
  handleAnother(): void;
}

/** Today as a calendar day in UTC (`YYYY-MM-DD`), the way the platform counts due dates. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The access key's field: optional in the look-up, asked for alone under a public status. */
export function accessKeyField(view: TrackerView, options: { hint?: string; optional?: boolean } = {}): TemplateResult {
  return textField({
    name: 'accessKey',
    label: msg('Access key'),
    ...options,
    value: view.answers.accessKey,
    error: view.error('accessKey'),
    autocomplete: 'off',
    dir: 'ltr',
    onInput: (value) => view.set('accessKey', value),
  });
}
