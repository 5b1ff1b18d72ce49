/** The "where" step: the public body (unless the page preset it), its service and the place. */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { selectField, textField } from '../../shared/fields.js';
import { agencyPicker } from './agency-picker.js';
import { buttons, type FormView, heading } from './view.js';

export function whereView(view: FormView): TemplateResult {
  const locale = view.locale;
  const region = view.regions.find((item) => item.id === view.draft['location.regionId']);
  const agencyName = view.search.chosen?.names[locale];
  return html`${heading(agencyName && view.presetAgency ? msg(str`Your message to ${agencyName}`) : msg('Who is it about, and where?'))}
    ${view.presetAgency ? nothing : agencyPicker(view)}
    ${selectField({
      name: 'serviceId',
      label: msg('Service concerned'),
      optional: true,
      value: view.draft.serviceId,
      placeholder: view.draft.agencyId ? msg('Choose a service') : msg('Choose the public body first'),
      disabled: view.services.length === 0,
      choices: view.services.map((service) => ({ value: service.id, label: service.names[locale] })),
      error: view.error('serviceId'),
      onChange: (value) => view.set('serviceId', value || undefined),
    })}
    ${selectField({
      name: 'location.regionId',
      label: msg('Region'),
      optional: true,
      autocomplete: 'address-level1',
      value: view.draft['location.regionId'],
      placeholder: msg('Choose a region'),
      choices: view.regions.map((item) => ({ value: item.id, label: item.names[locale] })),
      error: view.error('location.regionId'),
      onChange: (value) => {
        view.set('location.regionId', value || undefined);
        view.set('location.provinceId', undefined);
      },
    })}
    ${selectField({
      name: 'location.provinceId',
      label: msg('Province or prefecture'),
      optional: true,
      autocomplete: 'address-level2',
      value: view.draft['location.provinceId'],
      placeholder: region ? msg('Choose a province') : msg('Choose the region first'),
      disabled: !region,
      choices: (region?.provinces ?? []).map((item) => ({ value: item.id, label: item.names[locale] })),
      error: view.error('location.provinceId'),
      onChange: (value) => view.set('location.provinceId', value || undefined),
    })}
    ${textField({
      name: 'location.commune',
      label: msg('Commune'),
      optional: true,
      autocomplete: 'address-level3',
      width: 'medium',
      value: view.draft['location.commune'],
      error: view.error('location.commune'),
      onInput: (value) => view.set('location.commune', value),
      onBlur: () => view.handleBlur('location.commune'),
    })}
    ${buttons(view, msg('Continue'), { back: true })}`;
}
