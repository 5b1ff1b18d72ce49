/** @chikaya/widgets: the elements and the page-wide configuration. Importing this defines every element. */
export { ChikayaComplaintForm } from './complaint-form/define.js';
export { configure, type PageConfig } from './shared/config.js';
export { supportedLocales, type Locale } from './shared/localization.js';
