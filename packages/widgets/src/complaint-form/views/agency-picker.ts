/**
 * The agency picker of the "where" step: a text box that searches the agencies as the user types,
 * and a list to choose from (the ARIA 1.2 combobox pattern; see `AgencySearch`).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { controlId } from '../../shared/fields.js';
import type { FormView } from './view.js';

export function agencyPicker(view: FormView): TemplateResult {
  const id = controlId('agencyId');
  const { search } = view;
  const locale = view.locale;
  const error = view.error('agencyId');
  const value = search.chosen ? search.chosen.names[locale] : search.query;
  const listId = `${id}-list`;
  return html`<div part="field" class="field ${error ? 'field--error' : ''}">
    <label part="label" class="label" for=${id}>${msg('Public body')}</label>
    <div class="hint" id="${id}-hint">${msg('Type part of its name or acronym, then choose it in the list.')}</div>
    ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>` : nothing}
    <div class="combobox">
      <input
        part="input"
        class="input"
        id=${id}
        name="agencyId"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${search.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${search.active >= 0 ? `${listId}-${search.active}` : ''}
        aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
        aria-invalid=${error ? 'true' : 'false'}
        .value=${value}
        @input=${(event: InputEvent) => {
          view.typeAgency((event.target as HTMLInputElement).value);
        }}
        @keydown=${(event: KeyboardEvent) => handleComboboxKey(view, event)}
        @blur=${() => setTimeout(() => view.search.close(), 150)}
      />
      <ul class="listbox" id=${listId} role="listbox" aria-label=${msg('Public bodies')} ?hidden=${!search.open}>
        ${search.results.map(
          (agency, index) =>
            html`<li
              id="${listId}-${index}"
              role="option"
              class="option ${index === search.active ? 'option--active' : ''}"
              aria-selected=${index === search.active ? 'true' : 'false'}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => view.chooseAgency(index)}
            >
              ${agency.names[locale]} <span class="acronym">${agency.acronym}</span>
            </li>`,
        )}
      </ul>
    </div>
    <div class="visually-hidden" role="status">
      ${search.open
        ? msg(str`${search.results.length} public bodies found; use the arrow keys to choose`)
        : search.answered && search.results.length === 0 && !search.chosen
          ? msg('No public body matches')
          : nothing}
    </div>
  </div>`;
}

function handleComboboxKey(view: FormView, event: KeyboardEvent): void {
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    view.search.move(1);
  } else if (event.key === 'ArrowUp') {
    event.preventDefault();
    view.search.move(-1);
  } else if (event.key === 'Enter' && view.search.open && view.search.active >= 0) {
    event.preventDefault();
    view.chooseAgency(view.search.active);
  } else if (event.key === 'Escape') {
    view.search.close();
  }
}
