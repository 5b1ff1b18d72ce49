/** The pure arithmetic of the platform: tracking codes, deadlines, KPI ratios, report disclosure, rate limits. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { disclose, disclosed, smallCountThreshold } from '../src/domain/disclosure.js';
import { addDays, daysBetween, dueDateFor, isOnTime, renewableUntil } from '../src/domain/deadline.js';
import { histogramPercentile, indicatorsFrom } from '../src/domain/kpi.js';
import { quotaOf, RateLimiter } from '../src/domain/rate-limit.js';
import { generateSecret, hashSecret, secretMatches } from '../src/domain/secrets.js';
import { generateTrackingCode, normalizeTrackingCode, trackingCodePattern } from '@chikaya/sdk';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('tracking codes', () => {
  test('are canonical, match the contract pattern and pass their own check', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateTrackingCode(randomBytes);
      assert.match(code, new RegExp(trackingCodePattern));
      assert.equal(normalizeTrackingCode(code), code);
    }
  });

  test('are read as people type them', () => {
    const code = generateTrackingCode(randomBytes);
    assert.equal(normalizeTrackingCode(code.toLowerCase()), code);
    assert.equal(normalizeTrackingCode(code.replace(/-/g, ' ')), code);
    assert.equal(normalizeTrackingCode(code.replace(/-/g, '')), code);
    const withLookAlikes = code.replace(/0/g, 'O').replace(/1/g, 'l');
    assert.equal(normalizeTrackingCode(withLookAlikes), code);
  });

  test('catch every single mistyped symbol', () => {
    const code = generateTrackingCode(randomBytes);
    const symbols = code.replace(/-/g, '');
    for (let position = 0; position < symbols.length; position++) {
      for (const symbol of alphabet) {
        if (symbol === symbols[position]) continue;
        const typo = symbols.slice(0, position) + symbol + symbols.slice(position + 1);
        assert.equal(normalizeTrackingCode(typo), null, `${typo} should be caught`);
      }
    }
  });

  test('catch every swap of two adjacent different symbols', () => {
    for (let i = 0; i < 50; i++) {
      const symbols = generateTrackingCode(randomBytes).replace(/-/g, '');
      for (let position = 0; position < symbols.length - 1; position++) {
        if (symbols[position] === symbols[position + 1]) continue;
        const swapped = symbols.slice(0, position) + symbols[position + 1] + symbols[position] + symbols.slice(position + 2);
        // Luhn mod N misses exactly one swap: the symbols worth 0 and N - 1 (here 0 and Z).
        if ([symbols[position], symbols[position + 1]].sort().join('') === '0Z') continue;
        assert.equal(normalizeTrackingCode(swapped), null, `${swapped} (from ${symbols}) should be caught`);
      }
    }
  });

  test('reject wrong lengths and foreign symbols', () => {
    assert.equal(normalizeTrackingCode(''), null);
    assert.equal(normalizeTrackingCode('K7QM-4XPZ'), null);
    assert.equal(normalizeTrackingCode('K7QM-4XPZ-RDU'), null);
    assert.equal(normalizeTrackingCode('K7QM-4XPZ-U2'), null);
  });
});

describe('deadlines', () => {
  test('the due date is 60 days after receipt', () => {
    assert.equal(dueDateFor(new Date('2025-01-10T23:30:00Z')), '2025-03-11');
    assert.equal(dueDateFor(new Date('2024-12-31T10:00:00Z')), '2025-03-01');
  });

  test('an answer on the due date is on time, the day after is late', () => {
    assert.equal(isOnTime(new Date('2025-03-11T23:59:00Z'), '2025-03-11'), true);
    assert.equal(isOnTime(new Date('2025-03-12T00:00:00Z'), '2025-03-11'), false);
  });

  test('calendar arithmetic crosses months and leap days', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(daysBetween('2025-01-15', '2025-04-01'), 76);
    assert.equal(daysBetween('2025-04-01', '2025-01-15'), -76);
    assert.equal(renewableUntil(new Date('2025-02-01T10:00:00Z')), '2025-03-03');
  });
});

describe('KPI ratios', () => {
  const counts = {
    received: 10,
    rejected: 1,
    forwardedOut: 1,
    answered: 6,
    answeredOnTime: 4,
    answeredComplaints: 5,
    renewedComplaints: 1,
  };

  test('follow the definitions and say whether each target is met', () => {
    const indicators = indicatorsFrom(counts);
    assert.deepEqual(indicators.responseRate, { value: 0.75, target: 0.7, comparison: 'atLeast', met: true });
    assert.deepEqual(indicators.onTimeRate, { value: 0.6667, target: 0.7, comparison: 'atLeast', met: false });
    assert.deepEqual(indicators.renewalRate, { value: 0.2, target: 0.1, comparison: 'atMost', met: false });
  });

  test('a target reached exactly is met', () => {
    const indicators = indicatorsFrom({ ...counts, received: 12, answered: 7, answeredOnTime: 7, renewedComplaints: 0, answeredComplaints: 10 });
    assert.equal(indicators.responseRate.value, 0.7);
    assert.equal(indicators.responseRate.met, true);
    assert.equal(indicators.renewalRate.met, true);
  });

  test('nothing to divide by gives an unknown rate', () => {
    const indicators = indicatorsFrom({ ...counts, received: 0, rejected: 0, forwardedOut: 0, answered: 0, answeredComplaints: 0 });
    assert.deepEqual(indicators.responseRate, { value: null, target: 0.7, comparison: 'atLeast', met: null });
    assert.equal(indicators.renewalRate.value, null);
  });

  test('percentiles of a histogram interpolate between ranks', () => {
    assert.equal(histogramPercentile({}, 0.5), null);
    assert.equal(histogramPercentile({ 4: 1, 22: 1, 76: 1 }, 0.5), 22);
    assert.equal(histogramPercentile({ 4: 1, 15: 1, 22: 1, 76: 1 }, 0.5), 18.5);
    assert.equal(histogramPercentile({ 4: 1, 22: 1, 76: 1 }, 0.9), 65.2);
    assert.equal(histogramPercentile({ 10: 100 }, 0.9), 10);
  });
});

describe('what a public report discloses', () => {
  test('a count from 1 to 4 is suppressed; zero and 5 upwards are published as they are', () => {
    assert.equal(smallCountThreshold, 5);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 1000].map((n) => disclosed(n)), [0, null, null, null, null, 5, 6, 1000]);
  });

  test('every breakdown is suppressed cell by cell, suppressed rows last by key, totals exact', () => {
    const published = disclose({
      classification: [
        { serviceCategoryId: 'health-care', complaint: 9, observation: 3, suggestion: 0, total: 12 },
        { serviceCategoryId: 'civil-status', complaint: 1, observation: 1, suggestion: 0, total: 2 },
        { serviceCategoryId: 'taxation', complaint: 4, observation: 0, suggestion: 0, total: 4 },
      ],
      byRegion: [
        { key: 'oriental', count: 7 },
        { key: 'souss-massa', count: 4 },
        { key: 'fes-meknes', count: 1 },
      ],
      byChannel: [{ key: 'web', count: 18 }],
      byMonth: [
        { month: '2025-01', received: 14, answered: 2 },
        { month: '2025-02', received: 4, answered: 4 },
      ],
      topServices: [
        { key: 'b', count: 5 },
        { key: 'z', count: 4 },
        { key: 'a', count: 3 },
      ],
    });
    assert.deepEqual(published, {
      classification: [
        { serviceCategoryId: 'health-care', complaint: 9, observation: null, suggestion: 0, total: 12 },
        { serviceCategoryId: 'civil-status', complaint: null, observation: null, suggestion: 0, total: null },
        { serviceCategoryId: 'taxation', complaint: null, observation: 0, suggestion: 0, total: null },
      ],
      // 4 and 1 both hidden: their order says nothing of which is larger
      byRegion: [
        { key: 'oriental', count: 7 },
        { key: 'fes-meknes', count: null },
        { key: 'souss-massa', count: null },
      ],
      byChannel: [{ key: 'web', count: 18 }],
      byMonth: [
        { month: '2025-01', received: 14, answered: null },
        { month: '2025-02', received: null, answered: null },
      ],
      topServices: [
        { key: 'b', count: 5 },
        { key: 'a', count: null },
        { key: 'z', count: null },
      ],
      suppressedBelow: 5,
      totals: { complaint: 14, observation: 4, suggestion: 0, total: 18 },
    });
  });
});

describe('rate limits', () => {
  test('a bucket allows its capacity at once, then asks to wait, then refills', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 0.5 }, () => now);
    const wait = () => limiter.take('a').wait;
    assert.deepEqual([wait(), wait(), wait()], [0, 0, 0]);
    assert.equal(wait(), 2);
    assert.equal(limiter.take('b').wait, 0, 'another client has its own bucket');
    now = 2000;
    assert.equal(wait(), 0);
    assert.ok(wait() > 0);
  });

  test('each answer says what is left and when one more request comes back', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 0.5 }, () => now);
    assert.deepEqual(limiter.take('a'), { wait: 0, remaining: 2, reset: 2 });
    assert.deepEqual(limiter.take('a'), { wait: 0, remaining: 1, reset: 2 });
    assert.deepEqual(limiter.take('a'), { wait: 0, remaining: 0, reset: 2 });
    assert.deepEqual(limiter.take('a'), { wait: 2, remaining: 0, reset: 2 }, 'refused: Retry-After is the reset');
    now = 1000; // half a token back
    assert.deepEqual(limiter.take('a'), { wait: 1, remaining: 0, reset: 1 });
    now = 5000; // 2 tokens back, and a half
    assert.deepEqual(limiter.take('a'), { wait: 0, remaining: 1, reset: 1 });
  });

  test('a bucket is stated as a quota over the time it takes to fill up', () => {
    assert.deepEqual(quotaOf({ capacity: 600, refillPerSecond: 100 }), { quota: 600, window: 6 });
    assert.deepEqual(quotaOf({ capacity: 30, refillPerSecond: 0.5 }), { quota: 30, window: 60 });
    assert.deepEqual(quotaOf({ capacity: 10, refillPerSecond: 1000 }), { quota: 10, window: 1 });
  });
});

describe('secrets', () => {
  test('are random, prefixed, and only their hash opens them', () => {
    const key = generateSecret('ak');
    assert.match(key, /^ak_[2-9a-hjkmnp-z]{24}$/);
    assert.notEqual(generateSecret('ak'), key);
    const hash = hashSecret(key);
    assert.equal(secretMatches(key, hash), true);
    assert.equal(secretMatches(`${key}x`, hash), false);
    assert.equal(secretMatches('', hash), false);
  });
});
