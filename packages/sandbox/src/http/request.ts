/**
 * Reads a request the way the contract describes it: parameters turned from strings into the
 * declared types, a JSON body within the size limit, and every violation collected as field
 * errors rather than stopping at the first.
 */
import type { Context } from 'hono';
import { fieldErrors, type Operation } from './contract.js';
import { firstDuplicateKey } from './duplicate-keys.js';
import { type FieldError, ProblemError, validationFailed } from './problem.js';

/** Query strings arrive as text: give each the type its schema declares, so the schema can judge it. */
function coerce(value: string, type: string | undefined): unknown {
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  if (type === 'array') return value === '' ? [] : value.split(',');
  return value;
}

export interface ReadParameters {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
}

export function readParameters(operation: Operation, c: Context): ReadParameters {
  const result: ReadParameters = { path: {}, query: {} };
  const errors: FieldError[] = [];
  for (const parameter of operation.parameters) {
    const raw =
      parameter.in === 'path' ? c.req.param(parameter.name) : parameter.in === 'query' ? c.req.query(parameter.name) : c.req.header(parameter.name);
    if (raw === undefined) {
      if (parameter.required) errors.push({ parameter: parameter.name, code: 'required' });
      continue;
    }
    const value = parameter.in === 'header' ? raw : coerce(raw, parameter.type);
    if (!parameter.validate(value)) {
      errors.push(...fieldErrors(parameter.validate.errors ?? [], { parameter: parameter.name }));
      continue;
    }
    if (parameter.in === 'path') result.path[parameter.name] = value;
    if (parameter.in === 'query') result.query[parameter.name] = value;
  }
  if (errors.length > 0) throw validationFailed(errors);
  return result;
}

const tooLarge = (limitBytes: number) =>
  // The client may still be sending: close the connection rather than read the rest to keep it.
  new ProblemError(413, 'payload_too_large', `At most ${limitBytes} bytes.`, undefined, { Connection: 'close' });

// The client went away or broke the framing mid-body: nobody is left to read an answer.
const bodyCut = () =>
  new ProblemError(400, 'malformed_request', 'The body ended before it was whole.', undefined, { Connection: 'close' });

/**
 * The body's bytes, counted as they stream in: a chunked body declares no length, so the limit
 * applies while reading, and reading stops at the first byte over it rather than after the last.
 */
async function readBytes(c: Context, limitBytes: number): Promise<Uint8Array> {
  const declared = c.req.header('content-length');
  if (Number(declared ?? '0') > limitBytes) throw tooLarge(limitBytes);
  // A declared length within the limit: Node's parser reads exactly that many bytes, nothing is
  // left to count, and the body is read straight from the socket rather than through a stream.
  if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
    try {
      return new Uint8Array(await c.req.raw.arrayBuffer());
    } catch {
      throw bodyCut();
    }
  }
  const stream = c.req.raw.body;
  if (stream === null) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      read = await reader.read();
    } catch {
      throw bodyCut();
    }
    if (read.done) break;
    length += read.value.byteLength;
    if (length > limitBytes) {
      // Not cancel(): that would destroy the socket before the 413 is written on it.
      reader.releaseLock();
      throw tooLarge(limitBytes);
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readBody(operation: Operation, c: Context, limitBytes: number): Promise<unknown> {
  const validate = operation.validateBody;
  if (validate === null) return undefined;
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(;|$)/i.test(type)) throw new ProblemError(415, 'unsupported_media_type');
  const bytes = await readBytes(c, limitBytes);
  let text: string;
  let body: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    body = JSON.parse(text);
  } catch {
    throw new ProblemError(400, 'malformed_json');
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate !== null) throw new ProblemError(400, 'duplicate_key', undefined, [{ pointer: duplicate, code: 'duplicate_key' }]);
  const malformed = malformedText(body);
  if (malformed.length > 0) throw validationFailed(malformed.map((pointer) => ({ pointer, code: 'invalid_format' })));
  if (!validate(body)) throw validationFailed(fieldErrors(validate.errors ?? []));
  return body;
}

/**
 * JSON may carry lone UTF-16 surrogates (`"\ud800"`) that no text encoding can store: SQLite would
 * silently turn them into replacement characters. Refuse them so that text comes back as sent.
 */
function malformedText(root: unknown): string[] {
  const found: string[] = [];
  // A stack, not recursion: a body may nest thousands of arrays deep.
  const pending: [unknown, string][] = [[root, '']];
  while (pending.length > 0) {
    const [value, pointer] = pending.pop()!;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) found.push(pointer);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, `${pointer}/${index}`]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) pending.push([item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return found;
}
