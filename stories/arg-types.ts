/** The argTypes every element's stories share, written once so that their controls and docs rows stay alike. */
import type { ArgTypes } from '@storybook/web-components-vite';

/** An attribute's row: in the docs table's *attributes*, with the type a page writes. */
export const attribute = (summary: string) => ({ category: 'attributes', type: { summary } });
/** A CSS custom property's row: its category, description and default come from the manifest. */
export const cssProperty = { type: { summary: 'CSS value' } };
/** An event's row: in the docs table's *events* (no control: each is logged in the Actions panel). */
export const event = (summary: string) => ({ category: 'events', type: { summary } });

/** `locale` and `api`: what an empty control means in Storybook (the toolbar's language, Storybook's platform). */
export const localeAndApi = {
  locale: {
    description: 'The language: `ar`, `fr`, `en` or `zgh` (one per page). Empty: the toolbar’s language.',
    control: { type: 'select', labels: { '': '(the toolbar’s language)' } },
    options: ['', 'ar', 'fr', 'en', 'zgh'],
    table: attribute("'ar' | 'fr' | 'en' | 'zgh'"),
  },
  api: {
    description: "The platform's base URL; otherwise the page-wide configuration. Empty: Storybook's (`STORYBOOK_CHIKAYA_API`, default the sandbox on http://127.0.0.1:8787).",
    control: 'text',
    table: attribute('string'),
  },
} satisfies ArgTypes;

/** `theme`: light, dark, or (empty) the user's preference. */
export const theme = {
  theme: {
    description: '`light` or `dark`; otherwise the user’s preference.',
    control: { type: 'select', labels: { '': '(the user’s preference)' } },
    options: ['', 'light', 'dark'],
    table: attribute("'light' | 'dark'"),
  },
} satisfies ArgTypes;

type Color = 'primary' | 'danger' | 'success';
type ColorArgType = { control: 'color'; table: typeof cssProperty };

/** The colour custom properties `--chikaya-color-…` named, in the order given (each element lists its own). */
export const colors = <C extends Color>(...names: C[]) =>
  Object.fromEntries(
    names.map((name): [string, ColorArgType] => [`--chikaya-color-${name}`, { control: 'color', table: cssProperty }]),
  ) as Record<`--chikaya-color-${C}`, ColorArgType>;

/** The custom properties after the colours: the font, the corners' radius and the spacing unit. */
export const fontRadiusSpace = {
  '--chikaya-font-family': { control: 'text', table: cssProperty },
  '--chikaya-radius': { control: 'text', table: cssProperty },
  '--chikaya-space': { control: 'text', table: cssProperty },
} satisfies ArgTypes;
