/**
 * Once answered: rating the answer (1 to 5, as a radio group, with an optional comment) and, within
 * the renewal window, contesting it with a reason. Each is offered only when the platform says it
 * may be done (`canRate`, `canRenew`); what was done is shown instead.
 */
import type { SubmissionDetails } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { charactersLeft, radios, textArea } from '../../shared/fields.js';
import { formatDate, formatDay } from '../../shared/dates.js';
import { formatNumber } from '../../shared/format.js';
import type { TrackerView } from './view.js';

/** The contract's limits (RatingInput, RenewalInput). */
export const commentMax = 1000;
export const reasonMin = 10;
export const reasonMax = 2000;

function scoreLabel(score: number, locale: TrackerView['locale']): string {
  const number = formatNumber(score, locale);
  if (score === 1) return msg(str`${number}: very dissatisfied`);
  if (score === 5) return msg(str`${number}: very satisfied`);
  return number;
}

function ratingView(view: TrackerView, details: SubmissionDetails): TemplateResult | typeof nothing {
  const locale = view.locale;
  if (details.rating) {
    const score = formatNumber(details.rating.score, locale);
    return html`<section part="rating" class="follow-up" aria-labelledby="rating-title">
      <h3 class="subheading" id="rating-title">${msg('Your rating')}</h3>
      <p>${msg(str`You rated the answer ${score} out of 5 on ${formatDay(details.rating.at, locale)}.`)}</p>
      ${details.rating.comment ? html`<p class="value">${details.rating.comment}</p>` : nothing}
    </section>`;
  }
  if (!details.canRate) return nothing;
  return html`<form part="form" class="form follow-up" novalidate @submit=${view.handleRating} aria-labelledby="rating-title">
    <h3 class="subheading" id="rating-title">${msg('Rate the answer')}</h3>
    ${radios({
      name: 'score',
      label: msg('How satisfied are you with the answer?'),
      value: view.answers.score,
      error: view.error('score'),
      inline: true,
      choices: [1, 2, 3, 4, 5].map((score) => ({ value: String(score), label: scoreLabel(score, locale) })),
      onChange: (value) => view.set('score', value),
    })}
    ${textArea({
      name: 'comment',
      label: msg('Comment'),
      optional: true,
      rows: 3,
      value: view.answers.comment,
      maxLength: commentMax,
      count: charactersLeft(view.answers.comment.length, commentMax, view.locale),
      error: view.error('comment'),
      onInput: (value) => view.set('comment', value),
      onBlur: () => view.handleBlur('comment'),
    })}
    <div class="actions">
      <button part="button" class="button" type="submit" aria-disabled=${view.sending === 'rating' ? 'true' : 'false'}>
        ${view.sending === 'rating' ? msg('Sending…') : msg('Send my rating')}
      </button>
    </div>
  </form>`;
}

function renewalView(view: TrackerView, details: SubmissionDetails): TemplateResult | typeof nothing {
  const locale = view.locale;
  if (details.renewal) {
    return html`<section part="renewal" class="follow-up" aria-labelledby="renewal-title">
      <h3 class="subheading" id="renewal-title">${msg('You contested the answer')}</h3>
      <p>${msg(str`On ${formatDay(details.renewal.at, locale)}. The public body handles your complaint again.`)}</p>
      <p class="value">${details.renewal.reason}</p>
    </section>`;
  }
  if (!details.canRenew) return nothing;
  return html`<form part="form" class="form follow-up" novalidate @submit=${view.handleRenewal} aria-labelledby="renewal-title">
    <h3 class="subheading" id="renewal-title">${msg('Not convinced by the answer?')}</h3>
    <p class="lead">
      ${details.renewableUntil
        ? msg(str`You may contest it once, until ${formatDate(details.renewableUntil, locale)}. Your complaint is then handled again.`)
        : msg('You may contest it once. Your complaint is then handled again.')}
    </p>
    ${textArea({
      name: 'reason',
      label: msg('Why does the answer not settle your complaint?'),
      rows: 4,
      value: view.answers.reason,
      maxLength: reasonMax,
      count: charactersLeft(view.answers.reason.length, reasonMax, view.locale),
      error: view.error('reason'),
      onInput: (value) => view.set('reason', value),
      onBlur: () => view.handleBlur('reason'),
    })}
    <div class="actions">
      <button part="button" class="button button--secondary" type="submit" aria-disabled=${view.sending === 'renewal' ? 'true' : 'false'}>
        ${view.sending === 'renewal' ? msg('Sending…') : msg('Contest the answer')}
      </button>
    </div>
  </form>`;
}

export function followUpView(view: TrackerView, details: SubmissionDetails): TemplateResult {
  return html`${ratingView(view, details)} ${renewalView(view, details)}`;
}
