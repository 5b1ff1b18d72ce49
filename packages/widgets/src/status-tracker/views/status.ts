/**
 * Where the submission stands, for anyone holding its tracking code: its kind, the public body,
 * the status in words, the due date with the days left or overdue, and the timeline with its
 * public notes. Nothing here is personal: the platform's public status has no personal data.
 */
import type { SubmissionStatus } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { isolated } from '../../shared/fields.js';
import { formatDate, formatDay } from '../../shared/dates.js';
import { formatNumber } from '../../shared/format.js';
import { kindLabel } from '../../shared/labels.js';
import { eventLabel, statusLabel } from '../texts.js';
import { daysBetween, today, type TrackerView } from './view.js';

const settled = new Set<SubmissionStatus['status']>(['answered', 'rejected', 'closed']);

function agencyName(view: TrackerView, agencyId: string | null): string | undefined {
  if (!agencyId) return undefined;
  return view.agencies.get(agencyId)?.names[view.locale] ?? agencyId;
}

/** "To be answered by 1 May 2026", with the days left or overdue, or when it was answered. */
function deadline(view: TrackerView, status: SubmissionStatus): TemplateResult {
  const locale = view.locale;
  if (status.answeredAt) {
    return html`<dt>${msg('Answered on')}</dt>
      <dd>${formatDay(status.answeredAt, locale)}</dd>`;
  }
  if (settled.has(status.status)) {
    // A rejection closes without a closing date of its own: the day of the event that settled it.
    const closed = status.closedAt ?? [...status.timeline].reverse().find((event) => event.status === status.status)?.at;
    return html`<dt>${msg('Closed on')}</dt>
      <dd>${closed ? formatDay(closed, locale) : '—'}</dd>`;
  }
  const left = daysBetween(today(), status.dueDate);
  const count = formatNumber(Math.abs(left), locale);
  return html`<dt>${msg('To be answered by')}</dt>
    <dd>
      ${formatDate(status.dueDate, locale)}
      <span class="due ${left < 0 ? 'due--overdue' : ''}"
        >(${left > 0 ? msg(str`days left: ${count}`) : left === 0 ? msg('due today') : msg(str`days overdue: ${count}`)})</span
      >
    </dd>`;
}

export function statusView(view: TrackerView, status: SubmissionStatus): TemplateResult {
  const locale = view.locale;
  return html`<h2 class="heading" tabindex="-1" data-heading>
      ${kindLabel(status.kind)} <bdi class="code" dir="ltr">${status.trackingCode}</bdi>
    </h2>
    <dl part="summary" class="summary">
      <div>
        <dt>${msg('Public body')}</dt>
        <dd><bdi>${agencyName(view, status.agencyId)}</bdi></dd>
      </div>
      <div>
        <dt>${msg('Status')}</dt>
        <dd class="status status--${status.status}">${statusLabel(status.status)}</dd>
      </div>
      <div>
        <dt>${msg('Received on')}</dt>
        <dd>${formatDay(status.receivedAt, locale)}</dd>
      </div>
      <div>${deadline(view, status)}</div>
      ${status.renewed
        ? html`<div>
            <dt>${msg('Contested')}</dt>
            <dd>${msg('Yes: the answer was contested and the complaint reopened.')}</dd>
          </div>`
        : nothing}
    </dl>
    <h3 class="subheading">${msg('History')}</h3>
    <ol part="timeline" class="timeline">
      ${status.timeline.map(
        (event) => html`<li class="event">
          <time class="event-date" datetime=${event.at}>${formatDay(event.at, locale)}</time>
          <span class="event-title">${eventLabel(event.status, event.actor, event.status === 'forwarded' ? agencyName(view, event.agencyId) : undefined)}</span>
          ${event.note ? html`<p class="event-note">${isolated(event.note)}</p>` : nothing}
        </li>`,
      )}
    </ol>`;
}
