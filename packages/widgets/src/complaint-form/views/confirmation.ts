/** The confirmation: the tracking code, the due date and the access key, shown only once. */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { type FormView, formatDate } from './view.js';

export function confirmationView(view: FormView): TemplateResult {
  const receipt = view.receipt!;
  const locale = view.locale;
  const tracker = view.trackerUrl
    ? `${view.trackerUrl}${view.trackerUrl.includes('?') ? '&' : '?'}code=${encodeURIComponent(receipt.trackingCode)}`
    : null;
  return html`<div part="confirmation" class="confirmation">
    <h2 class="confirmation-title" tabindex="-1" data-step-heading>${view.sentTitle(receipt)}</h2>
    <p>${msg('Your tracking code')}</p>
    <p class="code" dir="ltr" lang="en">${receipt.trackingCode}</p>
    <p>${msg(str`The public body must answer by ${formatDate(receipt.dueDate, locale)}.`)}</p>
  </div>
  <h3>${msg('Keep your access key')}</h3>
  <p>${msg('With the tracking code, it lets you read the answer, rate it and contest it. It is shown only once: copy it, print this page or write it down.')}</p>
  <p class="key" dir="ltr" lang="en">${receipt.accessKey}</p>
  <div class="actions">
    <button part="button" class="button button--secondary" type="button" @click=${() => view.copy(`${receipt.trackingCode} ${receipt.accessKey}`)}>
      ${msg('Copy the code and the key')}
    </button>
    <button part="button" class="button button--secondary" type="button" @click=${() => window.print()}>${msg('Print')}</button>
    ${tracker ? html`<a part="button" class="button" href=${tracker}>${msg('Track it')}</a>` : nothing}
  </div>`;
}
