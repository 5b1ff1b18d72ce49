/**
 * Type-level test, checked by `tsc` (the package's typecheck), never run: the input schemas and the
 * types generated from the contract must not drift apart. Each schema's output (`z.infer`) and
 * input must be assignable to the generated type AND the generated type to them, so a field added,
 * removed, renamed, made optional or given another type on either side fails to compile here.
 */
import type * as z from 'zod/mini';
import type {
  acknowledgeInput,
  agencyOnboarding,
  answerInput,
  complainant,
  complaintInput,
  forwardInput,
  identifiedComplainant,
  locale,
  location,
  measureInput,
  measurePatch,
  names,
  opinionInput,
  ratingInput,
  rejectInput,
  renewalInput,
  reportApprovalInput,
  serviceOnboarding,
  submissionInput,
  trackingCode,
} from '../src/schemas/index.js';
import type { Input, Schemas } from '../src/types.js';

type IsAny<T> = 0 extends 1 & T ? true : false;
/** true when A and B are each assignable to the other (and neither is `any`). */
type Mutual<A, B> =
  IsAny<A> extends true ? false : IsAny<B> extends true ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Mutual assignability alone misses an optional key that only one side has ({ a } and { a, b? } are
// assignable both ways), and a strict schema refuses such a key: so the keys are compared too, at
// every depth, through unions (each member's keys) and arrays (their items).
type AllKeys<T> = T extends readonly unknown[] ? never : T extends object ? keyof T : never;
type At<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
type Item<T> = T extends readonly (infer E)[] ? E : never;
type AllTrue<T> = false extends T ? false : true;
/** true when A and B have the same keys at every depth. */
type SameKeys<A, B> =
  Mutual<AllKeys<A>, AllKeys<B>> extends true
    ? AllTrue<
        | { [K in AllKeys<A>]: SameKeys<NonNullable<At<A, K>>, NonNullable<At<B, K>>> }[AllKeys<A>]
        | ([Item<A>] extends [never] ? ([Item<B>] extends [never] ? true : false) : SameKeys<Item<A>, Item<B>>)
      >
    : false;
/** Mutually assignable, with the same keys. */
type Same<A, B> = Mutual<A, B> extends true ? SameKeys<A, B> : false;

/** Compiles only when both the output (`z.infer`) and the input of schema S are the same as T. */
type Matches<S extends z.core.$ZodType, T> = Same<z.infer<S>, T> extends true ? Same<z.input<S>, T> : false;
type Expect<T extends true> = T;

export type RequestBodies = [
  Expect<Matches<typeof submissionInput, Input<'createSubmission'>>>,
  Expect<Matches<typeof ratingInput, Input<'rateSubmission'>>>,
  Expect<Matches<typeof renewalInput, Input<'renewSubmission'>>>,
  Expect<Matches<typeof acknowledgeInput, Input<'acknowledgeSubmission'>>>,
  Expect<Matches<typeof forwardInput, Input<'forwardSubmission'>>>,
  Expect<Matches<typeof rejectInput, Input<'rejectSubmission'>>>,
  Expect<Matches<typeof answerInput, Input<'answerSubmission'>>>,
  Expect<Matches<typeof measureInput, Input<'recordMeasure'>>>,
  Expect<Matches<typeof measurePatch, Input<'updateMeasure'>>>,
  Expect<Matches<typeof agencyOnboarding, Input<'onboardAgency'>>>,
  Expect<Matches<typeof reportApprovalInput, Input<'approveReport'>>>,
];

export type ComponentSchemas = [
  Expect<Matches<typeof submissionInput, Schemas['SubmissionInput']>>,
  Expect<Matches<typeof complaintInput, Schemas['ComplaintInput']>>,
  Expect<Matches<typeof opinionInput, Schemas['OpinionInput']>>,
  Expect<Matches<typeof complainant, Schemas['Complainant']>>,
  Expect<Matches<typeof identifiedComplainant, Schemas['IdentifiedComplainant']>>,
  Expect<Matches<typeof location, Schemas['Location']>>,
  Expect<Matches<typeof locale, Schemas['Locale']>>,
  Expect<Matches<typeof names, Schemas['Names']>>,
  Expect<Matches<typeof serviceOnboarding, Schemas['ServiceOnboarding']>>,
  Expect<Matches<typeof measurePatch, Schemas['MeasurePatch']>>,
  Expect<Matches<typeof reportApprovalInput, Schemas['ReportApprovalInput']>>,
  Expect<Matches<typeof trackingCode, Schemas['TrackingCode']>>,
];

// The helpers themselves: a drift must make them false.
export type HelperChecks = [
  Expect<Same<{ a: string }, { a: string }>>,
  Expect<Same<{ a?: string }, { a?: string | undefined }>>,
  Expect<Same<{ a: string } & ({ b: string } | { c: string }), { a: string; b: string } | { a: string; c: string }>>,
  Expect<Not<Same<{ a: string }, { a: string; b?: number }>>>,
  Expect<Not<Same<{ a: { b: string } }, { a: { b: string; c?: string } }>>>,
  Expect<Not<Same<{ a: { b?: string }[] }, { a: { b?: string; c?: string }[] }>>>,
  Expect<Not<Same<{ a: string }, { a?: string }>>>,
  Expect<Not<Same<{ a: 'x' | 'y' }, { a: 'x' }>>>,
  Expect<Not<Same<{ a: string }, { a: string | number }>>>,
  Expect<Not<Same<any, { a: string }>>>,
];
type Not<T extends boolean> = T extends true ? false : true;
