import { type Decorator, type Loader, type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { notice } from '../notice.js';
import { defaultApi, platformAnswers } from '../platform.js';
import manifest from '../../packages/widgets/custom-elements.json' with { type: 'json' };

/**
 * Each element's Docs page lists what the package's Custom Elements Manifest says of it
 * (`pnpm generate` writes it from the sources' JSDoc): attributes, properties, events, CSS parts
 * and CSS custom properties. A story file's own `argTypes` add to it (controls, what an empty
 * control means in Storybook) and win where both speak.
 */
setCustomElementsManifest(manifest);

/** The languages of the elements. @lit/localize holds ONE language per page: each story is a page. */
const locales = [
  { value: 'ar', title: 'العربية (ar, right to left)' },
  { value: 'fr', title: 'Français (fr)' },
  { value: 'en', title: 'English (en)' },
  { value: 'zgh', title: 'ⵜⴰⵎⴰⵣⵉⵖⵜ (zgh)' },
];

type Context = Parameters<Decorator>[1];

/** A story's language: its own `locale` arg, else the toolbar's. */
const localeOf = ({ args, globals }: Context): string => (args['locale'] as string | undefined) || (globals['locale'] as string);
/** A story's platform: its own `api` arg, else the Storybook-wide one. */
const apiOf = ({ args, globals }: Context): string => (args['api'] as string | undefined) || (globals['api'] as string);

/** The page takes the story's language and direction, as a page of that language would. */
const withPageLanguage: Decorator = (story, context) => {
  const locale = localeOf(context);
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  return story();
};

/** When the platform does not answer, says so above the story (the story still renders). */
const withPlatformNotice: Decorator = (story, context) => {
  if (context.loaded['platformAnswers'] !== false) return story();
  return html`${notice(
    html`No platform answers at <code>${apiOf(context)}</code>: what the elements read from it (agencies, services, regions,
      submissions, figures) will not load. Run <code>pnpm storybook</code> (it starts the sandbox), or set
      <code>STORYBOOK_CHIKAYA_API</code>.`,
  )}
  ${story()}`;
};

const checkPlatform: Loader = async (context) => ({ platformAnswers: await platformAnswers(apiOf(context)) });

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
type ArgType = ReturnType<ArgTypesEnhancer>[string];

/** A control for what the manifest lists and a story file does not set, from its category and type. */
function controlFor(name: string, argType: ArgType): Partial<ArgType> {
  switch (argType.table?.category) {
    case 'attributes': {
      // `string | undefined`, `number | undefined`, `boolean`, `'compact' | 'full'`…: what an attribute takes.
      const types = String(argType.type && 'name' in argType.type ? argType.type.name : '')
        .split('|')
        .map((type) => type.trim())
        .filter((type) => type !== 'undefined' && type !== 'null');
      if (types.length > 0 && types.every((type) => /^'[^']*'$/.test(type))) {
        return { control: { type: 'select' }, options: types.map((type) => type.slice(1, -1)) };
      }
      const [type] = types;
      if (types.length === 1 && (type === 'string' || type === 'number' || type === 'boolean')) {
        return { control: { type: type === 'string' ? 'text' : type } };
      }
      return { control: false };
    }
    case 'css custom properties':
      return { control: { type: name.includes('color') ? 'color' : 'text' } };
    default:
      // A property (the stories write attributes; one that mirrors an attribute, such as
      // `reportUrl` for `report-url`, is set by that attribute's control), an event, a CSS part:
      // nothing to set. Without this, Storybook offers each an "object" editor that does nothing.
      return { control: false };
  }
}

/** Controls for the rows that come from the manifest alone; a story file's own `control` stays. */
const manifestControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      'control' in argType || !argType.table?.category ? argType : { ...argType, ...controlFor(name, argType) },
    ]),
  );

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements (one per page)',
      toolbar: { title: 'Language', icon: 'globe', items: locales, dynamicTitle: true },
    },
    api: { description: 'Base URL of the platform the elements call (STORYBOOK_CHIKAYA_API)' },
  },
  initialGlobals: { locale: 'en', api: defaultApi },
  loaders: [checkPlatform],
  argTypesEnhancers: [manifestControls],
  decorators: [withPlatformNotice, withPageLanguage, withActions],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    actions: { handles: ['chikaya-submit', 'chikaya-submitted', 'chikaya-error'] },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        dark: { name: 'Dark', value: '#151a17' },
      },
    },
    docs: {
      // One language per page: in the docs each story gets a page (an iframe) of its own.
      story: { inline: false, height: '720px' },
    },
    a11y: { test: 'todo' },
  },
  tags: ['autodocs'],
};

export default preview;
