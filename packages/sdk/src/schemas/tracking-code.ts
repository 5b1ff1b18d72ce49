/** `TrackingCode`, read as a person types it (any case, spaces, O for 0) and given back canonical. */
import * as z from 'zod/mini';
import { normalizeTrackingCode } from '../tracking-code.js';
import { format, string } from './rules.js';

/**
 * A tracking code such as `K7QM-4XPZ-RD`: `invalid_format` when its length or its check symbol is
 * wrong; the parsed value is the canonical form (`k7qm 4xpz rd` → `K7QM-4XPZ-RD`).
 */
export const trackingCode = string(format((value) => normalizeTrackingCode(value) !== null)).check(
  z.overwrite((value) => normalizeTrackingCode(value) ?? value),
);
