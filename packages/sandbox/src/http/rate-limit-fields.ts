/**
 * The RateLimit and RateLimit-Policy response fields of draft-ietf-httpapi-ratelimit-headers-10
 * (structured-field lists, RFC 9651): the policy that counted the request, as a quota over a window,
 * and what is left of it, e.g. `RateLimit-Policy: "general";q=600;w=6` and
 * `RateLimit: "general";r=42;t=1`.
 */
import { type Allowance, type BucketPolicy, quotaOf } from '../domain/rate-limit.js';

export type PolicyName = 'general' | 'lookups' | 'creates';

export function rateLimitFields(name: PolicyName, policy: BucketPolicy, allowance: Allowance): Record<string, string> {
  const { quota, window } = quotaOf(policy);
  return {
    'RateLimit-Policy': `"${name}";q=${quota};w=${window}`,
    RateLimit: `"${name}";r=${allowance.remaining};t=${allowance.reset}`,
  };
}
