/** What the author of a submission sends once it is answered: a rating, or a renewal (contest). */
import * as z from 'zod/mini';
import { integer, object, text } from './rules.js';

/** `RatingInput`: a score from 1 to 5 and an optional comment. */
export const ratingInput = object({
  score: integer(1, 5),
  comment: z.optional(text('text', 1, 1000)),
});

/** `RenewalInput`: why the answer does not settle the complaint. */
export const renewalInput = object({
  reason: text('text', 10, 2000),
});
