/** What every part of a report's view is given. */
import type { Report } from '@chikaya/sdk';
import type { Locale } from '../../shared/localization.js';
import type { Namer } from '../names.js';
import type { TableData } from './table.js';

export interface ViewContext {
  report: Report;
  locale: Locale;
  name: Namer;
  /** saves a table as a CSV file */
  download: (table: TableData) => void;
}
