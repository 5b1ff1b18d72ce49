/** The review: every answer, each with a "change" link back to its step, and the send button. */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { identifies } from '../draft.js';
import type { StepName } from '../steps.js';
import { type FormView, formatDate, heading, languageName } from './view.js';

export function reviewView(view: FormView): TemplateResult {
  const locale = view.locale;
  const draft = view.draft;
  const service = view.services.find((item) => item.id === draft.serviceId);
  const region = view.regions.find((item) => item.id === draft['location.regionId']);
  const province = region?.provinces.find((item) => item.id === draft['location.provinceId']);
  // Each part in its own isolate: names, IDs and addresses keep their order in Arabic.
  const list = (parts: (string | undefined)[], separator: string) =>
    parts
      .filter((part): part is string => Boolean(part))
      .map((part, index) => html`${index > 0 ? separator : ''}<bdi>${part}</bdi>`);
  const comma = locale === 'ar' ? '، ' : ', ';
  const rows: [string, string | TemplateResult[], StepName | null][] = [
    [msg('Kind'), draft.kind ? view.kindLabel(draft.kind) : '', view.presetKind ? null : 'kind'],
    [msg('Public body'), view.search.chosen?.names[locale] ?? draft.agencyId ?? '', view.presetAgency ? null : 'where'],
    [msg('Service concerned'), service?.names[locale] ?? '', 'where'],
    [msg('Where'), list([draft['location.commune'], province?.names[locale], region?.names[locale]], comma), 'where'],
    [msg('Subject'), draft.subject ?? '', 'facts'],
    [msg('Description'), draft.description ?? '', 'facts'],
    [msg('Date it happened'), draft.occurredOn ? formatDate(draft.occurredOn, locale) : '', 'facts'],
    [
      msg('About you'),
      identifies(draft)
        ? list(
            [draft['complainant.fullName'], draft['complainant.nationalId'], draft['complainant.email'], draft['complainant.phone']],
            ' · ',
          )
        : msg('Sent without my name'),
      'identity',
    ],
    [msg('Language of the answer'), draft.answerLanguage ? languageName(draft.answerLanguage) : '', 'identity'],
  ];
  return html`${heading(msg('Check your answers before sending'))}
    <dl class="review">
      ${rows.map(
        ([term, value, step]) => html`<div class="review-row">
          <dt>${term}</dt>
          <dd class="review-value">${value.length > 0 ? value : html`<span class="muted">${msg('Not given')}</span>`}</dd>
          <dd class="review-action">
            ${step
              ? html`<button part="button" type="button" class="link-button" @click=${() => view.handleChange(step)}>
                  ${msg('Change')}<span class="visually-hidden"> ${term}</span>
                </button>`
              : nothing}
          </dd>
        </div>`,
      )}
    </dl>
    <div class="actions">
      <button part="button" class="button" type="submit" aria-disabled=${view.sending ? 'true' : 'false'}>
        ${view.sending ? msg('Sending…') : view.problem ? msg('Send again') : msg('Send')}
      </button>
      <button part="button" class="button button--secondary" type="button" @click=${() => view.handleBack()}>${msg('Back')}</button>
    </div>`;
}
