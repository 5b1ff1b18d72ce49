/**
 * The tracker's words for statuses, rejection reasons, field errors and problems. Field errors
 * speak the SDK's and the platform's codes (`required`, `too_short`…), as the form's do.
 */
import type { SubmissionStatus } from '@chikaya/sdk';
import { msg, str } from '@lit/localize';

export type StatusName = SubmissionStatus['status'];
export type RejectionReason = 'outside_public_service' | 'insufficient_information' | 'duplicate' | 'abusive' | 'before_the_courts';

export function statusLabel(status: StatusName): string {
  return {
    received: msg('Received'),
    in_progress: msg('Being handled'),
    forwarded: msg('Forwarded to the competent public body'),
    answered: msg('Answered'),
    rejected: msg('Not admissible'),
    closed: msg('Closed'),
  }[status];
}

/**
 * What a timeline event says; `agency` is the name of the body it went to, for a forward. The
 * author's renewal is an event of theirs back to "in progress": told as what it is, not as the
 * agency taking the submission in hand again.
 */
export function eventLabel(status: StatusName, actor: 'user' | 'agency' | 'system', agency: string | undefined): string {
  if (status === 'forwarded' && agency) return msg(str`Forwarded to ${agency}`);
  if (status === 'in_progress' && actor === 'user') return msg('The answer was contested');
  if (status === 'received') return msg('Sent and received');
  if (status === 'in_progress') return msg('Taken in hand');
  return statusLabel(status);
}

export function rejectionLabel(reason: RejectionReason): string {
  return {
    outside_public_service: msg('It does not concern a public service.'),
    insufficient_information: msg('It does not give enough information to be handled.'),
    duplicate: msg('The same matter was already sent.'),
    abusive: msg('Its content is abusive.'),
    before_the_courts: msg('The matter is before the courts.'),
  }[reason];
}

const fieldMessages: Record<string, Record<string, () => string>> = {
  trackingCode: {
    required: () => msg('Enter your tracking code'),
    invalid_format: () => msg('Check your tracking code: it has 10 letters and numbers, like K7QM-4XPZ-RD'),
  },
  accessKey: {
    required: () => msg('Enter your access key'),
    access_key_invalid: () => msg('This access key does not open this submission. Check it against your receipt.'),
  },
  score: { required: () => msg('Choose a rating from 1 to 5') },
  comment: {
    too_long: () => msg('Enter a comment of 1,000 characters or fewer'),
    no_visible_text: () => msg('Enter a comment, or leave the field empty'),
    invalid_characters: () => msg('Remove the hidden characters from this text: they may have come with a copy and paste'),
  },
  reason: {
    required: () => msg('Say why the answer does not settle your complaint'),
    too_short: () => msg('Say why in at least 10 characters'),
    too_long: () => msg('Say why in 2,000 characters or fewer'),
    no_visible_text: () => msg('Say why the answer does not settle your complaint'),
    invalid_characters: () => msg('Remove the hidden characters from this text: they may have come with a copy and paste'),
  },
};

export function fieldMessage(field: string, code: string): string {
  return fieldMessages[field]?.[code]?.() ?? msg(str`This field is not valid (${code})`);
}

/** Problems that are not about one field, by the SDK's or the platform's error code. */
export function problemMessage(code: string): string {
  switch (code) {
    case 'submission_not_found':
      return msg('No submission has this tracking code. Check it against your receipt.');
    case 'rate_limited':
      return msg('Too many look-ups were made from your connection. Wait a minute, then try again.');
    case 'network_error':
      return msg('We could not reach the platform. Check your connection, then try again.');
    case 'timeout':
      return msg('The platform took too long to answer. Try again.');
    case 'already_rated':
      return msg('The answer has already been rated.');
    case 'not_renewable':
      return msg('The answer can no longer be contested.');
    case 'origin_not_allowed':
      return msg('This website cannot send ratings or renewals. Use the national portal chikaya.ma instead.');
    default:
      return msg('Something went wrong on the platform. Try again in a moment.');
  }
}
