/**
 * Types that tie each route handler to its operation in the contract: a handler receives the
 * operation's typed parameters and body, and must answer one of its documented success bodies.
 */
import type { operations } from '@chikaya/sdk';

export type OperationId = keyof operations;

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Defined<T> = [T] extends [undefined] ? Record<string, never> : NonNullable<T>;

export type RequestBody<O extends OperationId> = operations[O] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : undefined;

type SuccessStatus<O extends OperationId> = Extract<keyof operations[O]['responses'], 200 | 201 | 204>;

/** What a handler answers: a documented success status and body (none for a 204), and optional headers. */
export type Reply<O extends OperationId> = {
  [S in SuccessStatus<O>]: {
    status: S;
    body: S extends 204 ? undefined : JsonOf<operations[O]['responses'][S]>;
    headers?: Record<string, string>;
  };
}[SuccessStatus<O>];

export interface OperationRequest<O extends OperationId> {
  path: Defined<operations[O]['parameters']['path']>;
  query: Defined<operations[O]['parameters']['query']>;
  body: RequestBody<O>;
  /** a request header, by lowercase name */
  header(name: string): string | undefined;
  /** the agency whose back-office key authenticated the request */
  agencyId: string | null;
  /** the browser origin, when the request came from a page on another origin */
  origin: string | null;
  /** the instant the request is handled */
  now: Date;
  /**
   * Declares the cache headers (`ETag`, `Cache-Control`) of the answer before computing it: when
   * the client's `If-None-Match` or the server's copy of this URL's answer matches the ETag, the
   * request is answered from there and the handler goes no further.
   */
  revalidate(headers: { ETag: string; 'Cache-Control': string }): void;
}

/** A handler answers at once; a read may take a promise (issuing a challenge signs it with WebCrypto). */
export type Handler<O extends OperationId> = (request: OperationRequest<O>) => Reply<O> | Promise<Reply<O>>;

export type Handlers = { [O in OperationId]: Handler<O> };
