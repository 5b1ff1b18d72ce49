/** The "about you" step: who the user is (a complaint needs it), the answer's language, the consent. */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { checkbox, radios, selectField, textField } from '../../shared/fields.js';
import { type Locale, supportedLocales } from '../../shared/localization.js';
import { identifies } from '../draft.js';
import { buttons, type FormView, heading, languageName } from './view.js';

export function identityView(view: FormView): TemplateResult {
  const complaint = view.draft.kind === 'complaint';
  const identified = identifies(view.draft);
  return html`${heading(msg('About you'))}
    ${complaint
      ? html`<p class="lead">${msg('A complaint needs your name, your national ID number and a way to send you the answer.')}</p>`
      : radios({
          name: 'identify',
          label: msg('Do you want to give your name?'),
          hint: msg('You may send an observation or a suggestion without saying who you are.'),
          value: view.draft.identify ?? 'no',
          choices: [
            { value: 'no', label: msg('No, send it without my name') },
            { value: 'yes', label: msg('Yes') },
          ],
          onChange: (value) => view.set('identify', value as 'yes' | 'no'),
        })}
    ${identified
      ? html`${textField({
            name: 'complainant.fullName',
            label: msg('Full name'),
            autocomplete: 'name',
            value: view.draft['complainant.fullName'],
            error: view.error('complainant.fullName') ?? (complaint ? undefined : view.error('complainant')),
            onInput: (value) => view.set('complainant.fullName', value),
            onBlur: () => view.handleBlur('complainant.fullName'),
          })}
          ${complaint || view.draft['complainant.nationalId']
            ? textField({
                name: 'complainant.nationalId',
                label: msg('National ID card number (CIN)'),
                hint: msg('As on your card, for example AB123456. It is not kept on this device.'),
                autocomplete: 'off',
                dir: 'ltr',
                width: 'short',
                value: view.draft['complainant.nationalId'],
                error: view.error('complainant.nationalId'),
                onInput: (value) => view.set('complainant.nationalId', value),
                onBlur: () => view.handleBlur('complainant.nationalId'),
              })
            : nothing}
          ${textField({
            name: 'complainant.email',
            label: msg('Email address'),
            hint: complaint ? msg('An email address or a phone number, or both.') : undefined,
            optional: !complaint,
            type: 'email',
            autocomplete: 'email',
            dir: 'ltr',
            value: view.draft['complainant.email'],
            // the complaint's "email or phone" rule is told here, at the first way to answer
            error: view.error('complainant.email') ?? (complaint ? view.error('complainant') : undefined),
            onInput: (value) => view.set('complainant.email', value),
            onBlur: () => view.handleBlur('complainant.email'),
          })}
          ${textField({
            name: 'complainant.phone',
            label: msg('Phone number'),
            hint: msg('A Moroccan number, like 0612345678 or +212612345678.'),
            optional: true,
            type: 'tel',
            autocomplete: 'tel',
            inputmode: 'tel',
            dir: 'ltr',
            width: 'medium',
            value: view.draft['complainant.phone'],
            error: view.error('complainant.phone'),
            onInput: (value) => view.set('complainant.phone', value),
            onBlur: () => view.handleBlur('complainant.phone'),
          })}`
      : nothing}
    ${selectField({
      name: 'answerLanguage',
      label: msg('Language of the answer'),
      autocomplete: 'language',
      value: view.draft.answerLanguage,
      placeholder: msg('Choose a language'),
      choices: supportedLocales.map((locale) => ({ value: locale, label: languageName(locale) })),
      error: view.error('answerLanguage'),
      onChange: (value) => view.set('answerLanguage', (value || undefined) as Locale | undefined),
    })}
    ${checkbox({
      name: 'consent',
      label: msg('I agree that the public body processes the personal data in this form to handle it.'),
      hint: msg('Under Law 09-08 on the protection of personal data, you may access, correct and object to the processing of your data.'),
      checked: view.draft.consent === true,
      error: view.error('consent'),
      onChange: (checked) => view.set('consent', checked),
    })}
    ${buttons(view, msg('Continue'), { back: true })}`;
}
