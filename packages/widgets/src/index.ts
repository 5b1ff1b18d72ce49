/** @chikaya/widgets: the elements and the page-wide configuration. Importing this defines every element. */
export { ChikayaComplaintForm } from './complaint-form/define.js';
export { ChikayaKpiBadge } from './kpi-badge/define.js';
export { ChikayaReport } from './report/define.js';
export { ChikayaStatusTracker } from './status-tracker/define.js';
export { configure, type PageConfig } from './shared/config.js';
export { supportedLocales, type Locale } from './shared/localization.js';
