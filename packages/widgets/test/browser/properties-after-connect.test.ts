/**
 * Properties set right after the element is put in the page, before it first renders: what
 * `@lit/react` does (it sets them in a layout effect, once React has inserted the element), and what
 * a script does that appends an element and then sets `agency`. The element takes them as its own,
 * as if they had been attributes of its markup: nothing is read, looked up or preset without them.
 */
import type { ChikayaComplaintForm } from '../../src/complaint-form/define.js';
import '../../src/index.js';
import type { ChikayaKpiBadge } from '../../src/kpi-badge/define.js';
import type { ChikayaStatusTracker } from '../../src/status-tracker/define.js';
import { equal, ok } from '../../../tools/browser/assert.js';
import { afterEach, describe, it } from '../../../tools/browser/mocha.js';
import { $$ as formAll, $ as formOne, ready as formReady } from './complaint-form.support.js';
import { expectRates, ready as badgeReady, recordKpiReads, resetBadges } from './kpi-badge.support.js';
import { heading, idle, lodge, showsStatus } from './status-tracker.support.js';
import { platform, until } from './support.js';

/** Puts a new element in a `<main>` of the page, then (in the same task) sets `properties` on it. */
function appendThenSet<T extends HTMLElement>(tag: string, properties: Partial<T>): T {
  const main = document.createElement('main');
  document.body.append(main);
  const element = document.createElement(tag) as T;
  main.append(element);
  Object.assign(element, properties);
  return element;
}

describe('properties set after the element connected, before its first update', () => {
  afterEach(resetBadges);

  it('<chikaya-kpi-badge>: shows the figures of the agency, in the language, set that way (one read, for that agency)', async () => {
    const reads = recordKpiReads();
    const badge = appendThenSet<ChikayaKpiBadge>('chikaya-kpi-badge', { api: platform.url, agency: platform.agencyId, locale: 'en' });
    await badgeReady(badge);
    equal(reads.all.length, 1, `one read: ${reads.all.map((read) => read.url.pathname + read.url.search).join(', ')}`);
    ok(!reads.all[0]!.url.pathname.endsWith('/national'), 'not the nation’s figures');
    expectRates(badge, reads.figuresOf(platform.agencyId), 'en');
  });

  it('<chikaya-status-tracker>: looks up the code set that way', async () => {
    const receipt = await lodge();
    const tracker = appendThenSet<ChikayaStatusTracker>('chikaya-status-tracker', { api: platform.url, code: receipt.trackingCode, locale: 'en' });
    await idle(tracker);
    ok(showsStatus(tracker), 'the status, not the look-up form');
    equal(heading(tracker), `Complaint ${receipt.trackingCode}`);
  });

  it('<chikaya-complaint-form>: takes the agency and the kind set that way as presets', async () => {
    const form = appendThenSet<ChikayaComplaintForm>('chikaya-complaint-form', { api: platform.url, agency: platform.agencyId, kind: 'complaint', locale: 'en' });
    await formReady(form);
    equal(formOne(form, 'input[name="kind"]'), null, 'the kind is not asked');
    equal(formOne(form, 'input[name="agencyId"]'), null, 'no agency search box');
    await until(() => formAll(form, 'select[name="serviceId"] option').some((option) => option.getAttribute('value') === platform.serviceId), 5000, 'the agency’s services');
  });
});
