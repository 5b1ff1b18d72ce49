/** The first step: what the user sends, a complaint, an observation or a suggestion. */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { radios } from '../../shared/fields.js';
import type { Kind } from '../draft.js';
import { buttons, type FormView } from './view.js';

export function kindView(view: FormView): TemplateResult {
  return html`${radios({
      name: 'kind',
      label: msg('What would you like to send?'),
      asHeading: true,
      value: view.draft.kind,
      error: view.error('kind'),
      choices: [
        { value: 'complaint', label: view.kindLabel('complaint'), hint: msg('Something went wrong with a public service and you want it put right.') },
        { value: 'observation', label: view.kindLabel('observation'), hint: msg('You noticed something about a public service that the body should know.') },
        { value: 'suggestion', label: view.kindLabel('suggestion'), hint: msg('You have an idea to improve a public service.') },
      ],
      onChange: (value) => view.set('kind', value as Kind),
    })}
    ${buttons(view, msg('Continue'))}`;
}
