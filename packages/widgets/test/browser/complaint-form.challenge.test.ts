/**
 * <chikaya-complaint-form> on a platform that asks each create for a proof of work (the runner's
 * sandbox keeps it on): the form makes it in the background from the user's first answer, so the
 * send goes out once, with it; a proof refused is made again and the send retried without a word,
 * with the same idempotency key and nothing typed lost. Nothing of it is shown.
 */
import { equal, match, ok } from '../../../tools/browser/assert.js';
import { describe, it } from '../../../tools/browser/mocha.js';
import { $, mountForm, send, walkTo } from './complaint-form.support.js';
import { spyOnFetch } from './fetch-spy.js';
import { platform } from './support.js';

const preset = `agency="${platform.agencyId}" kind="complaint" locale="fr"`;

describe('<chikaya-complaint-form> and the proof of work', () => {
  it('lodges a complaint with the challenge on: the proof is made while the user answers, and sent once', async () => {
    const spy = spyOnFetch();
    const form = await mountForm(preset);
    await walkTo(form, 'review');
    const challenge = spy.exchanges.findIndex((exchange) => exchange.url.pathname === '/v1/challenge');
    ok(challenge !== -1, 'a challenge was fetched before the review');
    await send(form);
    match($(form, '.code')!.textContent!.trim(), /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    equal(spy.submissions.length, 1, 'one send, with its proof');
    equal(spy.submissions[0]!.status, 201);
    ok(spy.exchanges.indexOf(spy.submissions[0]!) > challenge);
    equal($(form, '.error-summary'), null, 'nothing shown about it');
  });

  it('a proof the platform refuses is made again and the send retried, with the same idempotency key', async () => {
    const spy = spyOnFetch();
    let refused = 0;
    spy.intercept = (exchange) => {
      if (exchange.method !== 'POST' || exchange.url.pathname !== '/v1/submissions' || refused > 0) return undefined;
      refused++;
      const problem = { type: 'https://chikaya.ma/problems/challenge_invalid', title: 'The proof of work is forged, expired or already spent', status: 403, code: 'challenge_invalid' };
      return new Response(JSON.stringify(problem), {
        status: 403,
        headers: { 'content-type': 'application/problem+json', 'access-control-allow-origin': '*' },
      });
    };
    const form = await mountForm(preset);
    await walkTo(form, 'review');
    await send(form);
    equal(refused, 1);
    equal(spy.submissions.length, 2);
    equal(spy.submissions[0]!.idempotencyKey, spy.submissions[1]!.idempotencyKey, 'the same submission, sent again');
    equal(spy.submissions[1]!.status, 201);
    equal(spy.exchanges.filter((exchange) => exchange.url.pathname === '/v1/challenge').length, 2, 'a new proof for the retry');
  });
});
