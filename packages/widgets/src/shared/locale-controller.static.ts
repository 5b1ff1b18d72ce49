/**
 * The script tag's way to give an element the page's language (`#locale-controller` under the
 * `chikaya-static-locale` condition): the build for one language has its messages compiled in by
 * lit-localize's transform mode, so that a page downloads neither a localization runtime nor the
 * English text beside its own. `chikaya.js` chooses the build from the page's language once, when
 * the first element appears (`localization.ts` says how); the language cannot change without a reload.
 */
import { configureTransformLocalization } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, type Locale } from './localization.js';

// Replaced by `{ getLocale: () => '<this build's language>' }` when lit-localize compiles the build.
const { getLocale } = configureTransformLocalization({ sourceLocale: 'en' });

export type ElementName = 'complaint-form' | 'status-tracker' | 'kpi-badge' | 'report';

export class LocaleController implements ReactiveController {
  readonly locale = getLocale() as Locale;
  /** The messages are compiled in: always ready. */
  readonly ready = true;

  constructor(host: ReactiveControllerHost, _element: ElementName) {
    host.addController(this);
  }

  get dir(): 'rtl' | 'ltr' {
    return directionOf(this.locale);
  }

  hostConnected(): void {}

  /** The page's language is this build's: nothing to apply. */
  apply(): void {}
}
