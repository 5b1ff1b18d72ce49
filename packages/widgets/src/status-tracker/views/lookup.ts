/** The look-up: a tracking code (its check character catches typos before any request) and, optionally, the access key. */
import { msg } from '@lit/localize';
import { html, type nothing, type TemplateResult } from 'lit';
import { textField } from '../../shared/fields.js';
import { accessKeyField, type TrackerView } from './view.js';

export function lookupView(view: TrackerView, summary: TemplateResult | typeof nothing): TemplateResult {
  return html`<form part="form" class="form" novalidate @submit=${view.handleLookup} aria-busy=${view.loading ? 'true' : 'false'}>
    <h2 class="heading" tabindex="-1" data-heading>${msg('Follow your submission')}</h2>
    ${summary}
    ${textField({
      name: 'trackingCode',
      label: msg('Tracking code'),
      hint: msg('It is on your receipt, like K7QM-4XPZ-RD.'),
      value: view.answers.trackingCode,
      error: view.error('trackingCode'),
      autocomplete: 'off',
      dir: 'ltr',
      width: 'medium',
      onInput: (value) => view.set('trackingCode', value),
      onBlur: () => view.handleBlur('trackingCode'),
    })}
    ${accessKeyField(view, { hint: msg('Given with the code. With it, you can also read the answer, rate it and contest it.'), optional: true })}
    <div class="actions">
      <button part="button" class="button" type="submit" aria-disabled=${view.loading ? 'true' : 'false'}>
        ${view.loading ? msg('Looking…') : msg('Find')}
      </button>
    </div>
  </form>`;
}
