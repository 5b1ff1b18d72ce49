/**
 * @chikaya/widgets/react: the four elements as React components, made with `@lit/react`.
 *
 * Props set the elements' properties (`agency`, `code`, `accessKeyValue`, `variant`, `locale`, …)
 * and the `onChikaya…` props listen to their events, typed with their details. Importing this
 * module defines the elements. React is an optional peer dependency of the package: only this
 * entry point needs it. The elements run in the browser: in a framework that renders on the
 * server, use these components from client code only.
 *
 * ```tsx
 * import { configure } from '@chikaya/widgets';
 * import { ComplaintForm, StatusTracker } from '@chikaya/widgets/react';
 *
 * configure({ api: 'https://api.chikaya.ma', locale: 'fr' });
 * <ComplaintForm agency="mrafp" onChikayaSubmitted={(event) => setCode(event.detail.trackingCode)} />
 * ```
 */
import type { SubmissionInput, SubmissionReceipt } from '@chikaya/sdk';
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ChikayaComplaintForm } from '../complaint-form/define.js';
import { ChikayaKpiBadge } from '../kpi-badge/define.js';
import { ChikayaReport } from '../report/define.js';
import { ChikayaStatusTracker } from '../status-tracker/define.js';

/** `chikaya-submit`: the form is about to send; cancelable (`event.preventDefault()` stops the send). */
export interface SubmitDetail {
  /** the request body the form will send */
  input: SubmissionInput;
}

/** `chikaya-submitted`: the platform received the submission. The access key is not in it: only the user sees it. */
export type SubmittedDetail = Pick<SubmissionReceipt, 'trackingCode' | 'dueDate' | 'kind' | 'agencyId'>;

/** `chikaya-error`: sending failed. */
export interface ErrorDetail {
  /** a stable error code: a problem `code` of the contract, or `network_error`, `timeout`, `aborted`, `unknown` */
  code: string;
}

/** `chikaya-rated`: the user rated the answer. */
export interface RatedDetail {
  trackingCode: string;
  /** 1 to 5 */
  score: number;
}

/** `chikaya-renewed`: the user contested the answer; the complaint is reopened. */
export interface RenewedDetail {
  trackingCode: string;
}

/** The complaint, observation and suggestion form, `<chikaya-complaint-form>`. */
export const ComplaintForm = createComponent({
  react: React,
  tagName: 'chikaya-complaint-form',
  elementClass: ChikayaComplaintForm,
  displayName: 'ComplaintForm',
  events: {
    onChikayaSubmit: 'chikaya-submit' as EventName<CustomEvent<SubmitDetail>>,
    onChikayaSubmitted: 'chikaya-submitted' as EventName<CustomEvent<SubmittedDetail>>,
    onChikayaError: 'chikaya-error' as EventName<CustomEvent<ErrorDetail>>,
  },
});

/** The status tracker, `<chikaya-status-tracker>`: pass `code` (and `accessKeyValue`), or `readUrl`. */
export const StatusTracker = createComponent({
  react: React,
  tagName: 'chikaya-status-tracker',
  elementClass: ChikayaStatusTracker,
  displayName: 'StatusTracker',
  events: {
    onChikayaRated: 'chikaya-rated' as EventName<CustomEvent<RatedDetail>>,
    onChikayaRenewed: 'chikaya-renewed' as EventName<CustomEvent<RenewedDetail>>,
  },
});

/** The KPI badge, `<chikaya-kpi-badge>`: an agency's (or, without `agency`, the nation's) rates against the targets. */
export const KpiBadge = createComponent({
  react: React,
  tagName: 'chikaya-kpi-badge',
  elementClass: ChikayaKpiBadge,
  displayName: 'KpiBadge',
});

/** `chikaya-report-loaded`: the report is shown. */
export interface ReportLoadedDetail {
  scope: 'agency' | 'sector' | 'national';
  /** the agency's or the sector's id; null for the national report */
  id: string | null;
  /** the sector the report names (an agency's sector, or the sector reported on); null for the national report */
  sectorId: string | null;
  year: number;
  status: 'provisional' | 'published';
}

/** The annual report, `<chikaya-report>`: an agency's, a sector's (`sector`) or, with neither, the national summary. */
export const Report = createComponent({
  react: React,
  tagName: 'chikaya-report',
  elementClass: ChikayaReport,
  displayName: 'Report',
  events: {
    onChikayaReportLoaded: 'chikaya-report-loaded' as EventName<CustomEvent<ReportLoadedDetail>>,
  },
});

export type ComplaintFormProps = React.ComponentProps<typeof ComplaintForm>;
export type StatusTrackerProps = React.ComponentProps<typeof StatusTracker>;
export type KpiBadgeProps = React.ComponentProps<typeof KpiBadge>;
export type ReportProps = React.ComponentProps<typeof Report>;

export { ChikayaComplaintForm, ChikayaKpiBadge, ChikayaReport, ChikayaStatusTracker };
