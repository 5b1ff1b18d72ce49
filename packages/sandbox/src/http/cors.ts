/**
 * Who may call the platform from a browser page on another origin. Reads are open to any page;
 * a submission, a rating or a renewal comes from an agency's own pages (its `allowedOrigins`) or
 * the platform's own; the back office and admin are for servers and get no CORS headers at all.
 */
import type { Operation } from './contract.js';

export const exposedHeaders = 'ETag, Location, Retry-After, Idempotency-Replayed, RateLimit, RateLimit-Policy';
const allowedHeaders = 'Content-Type, Idempotency-Key, X-Access-Key, If-None-Match, Altcha';

export type CorsPolicy = 'open' | 'embedders' | 'none';

export function corsPolicy(operation: Operation): CorsPolicy {
  // A create takes an agency's key from its servers, and none from a page: a page's policy.
  if (!operation.securityOptional && (operation.security === 'backOfficeKey' || operation.security === 'adminKey')) return 'none';
  return operation.method === 'get' && operation.security === null ? 'open' : 'embedders';
}

/** The CORS headers of an answer to `origin`, or null when that origin may not read it. */
export function corsHeaders(policy: CorsPolicy, origin: string, isEmbedder: (origin: string) => boolean): Record<string, string> | null {
  // Timing too: a page may tell a read served from its HTTP cache (transferSize 0) from a download.
  if (policy === 'open') return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': exposedHeaders, 'Timing-Allow-Origin': '*' };
  if (policy === 'embedders' && isEmbedder(origin))
    return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': exposedHeaders, Vary: 'Origin' };
  return null;
}

export function preflightHeaders(methods: string[], cors: Record<string, string>): Record<string, string> {
  return {
    ...cors,
    'Access-Control-Allow-Methods': methods.join(', '),
    'Access-Control-Allow-Headers': allowedHeaders,
    'Access-Control-Max-Age': '600',
  };
}
