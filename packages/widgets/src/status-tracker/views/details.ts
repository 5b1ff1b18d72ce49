/**
 * What only the holder of the access key sees: the agency's answer (or the reason it was not
 * admissible) and the submission as it was lodged. Without the key, an invitation to enter it
 * instead: no personal data is ever asked of the platform without it.
 */
import type { SubmissionDetails } from '@chikaya/sdk';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDay } from '../../shared/dates.js';
import { rejectionLabel } from '../texts.js';
import { accessKeyField, type TrackerView } from './view.js';

/** The access key's form, under a public status (or after a wrong key). */
export function keyView(view: TrackerView): TemplateResult {
  return html`<form part="form" class="form key-form" novalidate @submit=${view.handleKey}>
    ${view.status?.answeredAt
      ? html`<h3 class="subheading">${msg('Read the answer')}</h3>
          <p class="lead">${msg('Enter the access key you were given with the code to read the answer, rate it or contest it.')}</p>`
      : html`<h3 class="subheading">${msg('See your submission')}</h3>
          <p class="lead">${msg('Enter the access key you were given with the code to see what you sent and, once answered, the answer.')}</p>`}
    ${accessKeyField(view)}
    <div class="actions">
      <button part="button" class="button" type="submit" aria-disabled=${view.loading ? 'true' : 'false'}>${msg('Show')}</button>
    </div>
  </form>`;
}

export function answerView(view: TrackerView, details: SubmissionDetails): TemplateResult | typeof nothing {
  if (details.answer) {
    return html`<section part="answer" class="answer" aria-labelledby="answer-title">
      <h3 class="subheading" id="answer-title">${msg('The answer')}</h3>
      <p class="muted">${formatDay(details.answer.at, view.locale)}</p>
      <p class="answer-text">${details.answer.text}</p>
    </section>`;
  }
  if (details.rejectionReason) {
    return html`<section part="answer" class="answer" aria-labelledby="answer-title">
      <h3 class="subheading" id="answer-title">${msg('Why it was not admissible')}</h3>
      <p>${rejectionLabel(details.rejectionReason)}</p>
    </section>`;
  }
  return nothing;
}

export function detailsView(view: TrackerView, details: SubmissionDetails): TemplateResult {
  const locale = view.locale;
  const service = view.services.find((item) => item.id === details.serviceId);
  const region = view.regions.find((item) => item.id === details.location?.regionId);
  const province = region?.provinces.find((item) => item.id === details.location?.provinceId);
  const where = [details.location?.commune, province?.names[locale], region?.names[locale]].filter(Boolean).join(locale === 'ar' ? '، ' : ', ');
  const you = details.complainant;
  const rows: [string, string | TemplateResult][] = [
    [msg('Subject'), details.subject],
    [msg('Description'), details.description],
    ...(service ? ([[msg('Service concerned'), service.names[locale]]] as [string, string][]) : []),
    ...(where ? ([[msg('Where'), where]] as [string, string][]) : []),
    ...(details.occurredOn ? ([[msg('Date it happened'), formatDate(details.occurredOn, locale)]] as [string, string][]) : []),
    // Never the national ID: the tracker has no use for it, and a shared screen should not show it.
    [
      msg('About you'),
      you
        ? html`${[you.fullName, you.email, you.phone]
            .filter(Boolean)
            .map((part, index) => html`${index > 0 ? ' · ' : ''}<bdi>${part}</bdi>`)}`
        : msg('Sent without your name'),
    ],
  ];
  return html`<details part="details" class="details">
    <summary>${msg('Your submission')}</summary>
    <dl class="summary">
      ${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd class="value">${value}</dd></div>`)}
    </dl>
  </details>`;
}
