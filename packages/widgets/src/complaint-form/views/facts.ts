/** The "what happened" step: the subject, the description and the date. */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { textArea, textField } from '../../shared/fields.js';
import { buttons, type FormView, heading } from './view.js';

export const descriptionMax = 5000;

export function factsView(view: FormView): TemplateResult {
  const description = view.draft.description ?? '';
  return html`${heading(msg('What happened?'))}
    ${textField({
      name: 'subject',
      label: msg('Subject'),
      hint: msg('In a few words, for example: “Identity card not delivered after three months”.'),
      value: view.draft.subject,
      error: view.error('subject'),
      onInput: (value) => view.set('subject', value),
      onBlur: () => view.handleBlur('subject'),
    })}
    ${textArea({
      name: 'description',
      label: msg('Description'),
      hint: msg('Say what happened, when and where, and what you expect. Do not include bank details or passwords.'),
      value: description,
      maxLength: descriptionMax,
      count: view.remaining(description.length, descriptionMax),
      error: view.error('description'),
      onInput: (value) => view.handleDescription(value),
      onBlur: () => view.handleBlur('description'),
    })}
    <div class="visually-hidden" aria-live="polite">${view.countAnnouncement}</div>
    ${textField({
      name: 'occurredOn',
      label: msg('Date it happened'),
      optional: true,
      type: 'date',
      width: 'medium',
      value: view.draft.occurredOn,
      error: view.error('occurredOn'),
      onInput: (value) => view.set('occurredOn', value || undefined),
      onBlur: () => view.handleBlur('occurredOn'),
    })}
    ${buttons(view, msg('Continue'), { back: true })}`;
}
