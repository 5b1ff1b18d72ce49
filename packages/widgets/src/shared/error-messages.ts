/**
 * One localized message per field and error code, for errors found in the browser (the SDK's
 * schemas) and errors the platform returns (its 422 `errors`) alike: both speak the same codes.
 * Messages say what to do, as GOV.UK's pattern asks ("Enter…", "Choose…").
 */
import { msg, str } from '@lit/localize';

type Messages = Partial<Record<string, () => string>>;

const perField: Record<string, Messages> = {
  kind: { required: () => msg('Choose whether this is a complaint, an observation or a suggestion') },
  agencyId: {
    required: () => msg('Choose the public body concerned'),
    unknown_agency: () => msg('Choose a public body from the list'),
  },
  serviceId: { unknown_service: () => msg('Choose a service of this public body from the list') },
  'location.regionId': {
    unknown_region: () => msg('Choose a region from the list'),
    required: () => msg('Choose the region where it happened, or leave the place empty'),
  },
  'location.provinceId': { unknown_province: () => msg('Choose a province of the region you chose') },
  'location.commune': {
    too_short: () => msg('Enter the commune in at least 2 characters'),
    too_long: () => msg('Enter the commune in 100 characters or fewer'),
    no_visible_text: () => msg('Enter the name of the commune'),
  },
  subject: {
    required: () => msg('Enter a subject'),
    too_short: () => msg('Enter a subject of at least 5 characters'),
    too_long: () => msg('Enter a subject of 150 characters or fewer'),
    invalid_format: () => msg('Enter a subject'),
    no_visible_text: () => msg('Enter a subject in letters or numbers'),
  },
  description: {
    required: () => msg('Describe what happened'),
    too_short: () => msg('Describe what happened in at least 20 characters'),
    too_long: () => msg('Describe what happened in 5,000 characters or fewer'),
    invalid_format: () => msg('Describe what happened'),
    no_visible_text: () => msg('Describe what happened'),
  },
  occurredOn: {
    invalid_format: () => msg('Enter a real date'),
    too_big: () => msg('Enter a date that is today or in the past'),
    too_small: () => msg('Enter a date from 1 January 2018'),
  },
  complainant: {
    required: () => msg('Enter your name, your national ID number and a way to contact you'),
    contact_required: () => msg('Enter an email address or a phone number so that the answer reaches you'),
  },
  'complainant.fullName': {
    required: () => msg('Enter your full name'),
    too_short: () => msg('Enter your full name'),
    too_long: () => msg('Enter your full name in 120 characters or fewer'),
    no_visible_text: () => msg('Enter your full name'),
  },
  'complainant.nationalId': {
    required: () => msg('Enter your national ID card number'),
    invalid_format: () => msg('Enter your national ID card number as on the card, like AB123456'),
  },
  'complainant.email': {
    invalid_format: () => msg('Enter an email address in the right format, like name@example.ma'),
    too_long: () => msg('Enter an email address of 254 characters or fewer'),
  },
  'complainant.phone': {
    invalid_format: () => msg('Enter a Moroccan phone number, like 0612345678 or +212612345678'),
  },
  answerLanguage: { required: () => msg('Choose the language of the answer') },
  consent: {
    required: () => msg('Agree to the processing of your personal data to send this form'),
    invalid_value: () => msg('Agree to the processing of your personal data to send this form'),
  },
};

const generic: Messages = {
  required: () => msg('Fill in this field'),
  invalid_type: () => msg('Enter a valid value'),
  invalid_value: () => msg('Choose one of the options'),
  invalid_format: () => msg('Enter a value in the right format'),
  too_short: () => msg('Enter a longer value'),
  too_long: () => msg('Enter a shorter value'),
  too_small: () => msg('Enter a larger value'),
  too_big: () => msg('Enter a smaller value'),
  unknown_field: () => msg('Remove this field'),
  // Pasted text often brings them along: say so, since the user cannot see them.
  invalid_characters: () => msg('Remove the hidden characters from this text: they may have come with a copy and paste'),
  no_visible_text: () => msg('Enter text, not only spaces or invisible characters'),
};

/** The message for an error `code` on `field` (a body path such as `complainant.email`). */
export function errorMessage(field: string, code: string): string {
  const message = perField[field]?.[code] ?? generic[code];
  return message ? message() : msg(str`This field is not valid (${code})`);
}

/** Messages for problems that are not about one field, by the platform's problem `code`. */
export function problemMessage(code: string): string {
  switch (code) {
    case 'network_error':
      return msg('We could not reach the platform. Check your connection, then send again: your answers are kept.');
    case 'timeout':
      return msg('The platform took too long to answer. Send again: your answers are kept and nothing will be sent twice.');
    case 'rate_limited':
      return msg('Too many requests were sent from your connection. Wait a minute, then send again.');
    case 'daily_limit_reached':
      return msg('Too many forms were sent to this public body from your connection today. Send again tomorrow: your answers are kept.');
    case 'origin_not_allowed':
      return msg('This website is not allowed to send to this public body. Use the national portal chikaya.ma instead.');
    case 'validation_failed':
      return msg('Some answers need correcting.');
    default:
      return msg('Something went wrong on the platform. Send again in a moment: your answers are kept.');
  }
}
