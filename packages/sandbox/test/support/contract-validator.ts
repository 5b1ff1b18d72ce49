/**
 * Checks real HTTP answers against the contract (`openapi/chikaya.yaml`) with an OpenAPI 3.1
 * validator (@hyperjump/json-schema, OpenAPI 3.1 dialect, formats on): the status must be
 * documented for the operation, the content type must be the documented one, the body must match
 * that response's schema, and every header the response documents must be there.
 *
 * Every documented (operationId, status) pair that went through `assertConforms` is recorded in
 * `exercised`, so a suite can prove it touched every response the contract promises.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASIC } from '@hyperjump/json-schema/experimental';
import '@hyperjump/json-schema/formats';
import { registerSchema, setShouldValidateFormat, validate, type OutputUnit, type Validator } from '@hyperjump/json-schema/openapi-3-1';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

export const contractFile = new URL('../../../../openapi/chikaya.yaml', import.meta.url);

/** The contract as its authors wrote it (YAML, anchors resolved), not the sandbox's generated copy. */
export const contractDocument = parse(readFileSync(contractFile, 'utf8')) as Json;

const documentUri = 'https://chikaya.ma/openapi/chikaya.openapi.json';
// The OpenAPI 3.1 "schema-base" dialect makes every schema in the document an OAS 3.1 schema
// (discriminator, example…), as the library does for a document it loads as application/openapi+json.
registerSchema(contractDocument as never, documentUri, 'https://spec.openapis.org/oas/3.1/schema-base');
setShouldValidateFormat(true);

export interface ContractOperation {
  operationId: string;
  method: string;
  /** the contract's path, e.g. `/v1/agencies/{agencyId}` */
  path: string;
  /** the pointer of the operation object inside the document */
  pointer: string;
  /** documented statuses, as the contract writes them ('200', '304', …) */
  statuses: string[];
  /** whether the request body is documented */
  hasBody: boolean;
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function at(pointer: string): unknown {
  let node: unknown = contractDocument;
  for (const segment of pointer.split('/').slice(1)) node = (node as Json | undefined)?.[unescape(segment)];
  return node;
}

/** Follows local `$ref`s; answers the node and the pointer where it really lives. */
function resolve(pointer: string): { node: Json; pointer: string } {
  let current = pointer;
  let node = at(current) as Json;
  for (let hops = 0; typeof node?.$ref === 'string'; hops++) {
    assert.ok(hops < 20, `$ref loop at ${pointer}`);
    const ref = node.$ref as string;
    assert.ok(ref.startsWith('#/'), `only local $refs are expected in the contract (${ref})`);
    current = ref.slice(1);
    node = at(current) as Json;
  }
  assert.ok(node !== undefined && node !== null, `nothing at ${pointer} in the contract`);
  return { node, pointer: current };
}

export const contractOperations: readonly ContractOperation[] = Object.entries(contractDocument.paths as Record<string, Json>).flatMap(
  ([path, item]) =>
    methods
      .filter((method) => item[method] !== undefined)
      .map((method) => {
        const pointer = `/paths/${escape(path)}/${method}`;
        const operation = item[method] as Json;
        return {
          operationId: operation.operationId as string,
          method,
          path,
          pointer,
          statuses: Object.keys(operation.responses as Json),
          hasBody: operation.requestBody !== undefined,
        };
      }),
);

/** `operationId status` for every documented response a suite validated. */
export const exercised = new Set<string>();

export function findOperation(operation: string | { method: string; path: string }): ContractOperation {
  const found =
    typeof operation === 'string'
      ? contractOperations.find((candidate) => candidate.operationId === operation)
      : contractOperations.find((candidate) => candidate.method === operation.method.toLowerCase() && candidate.path === operation.path);
  assert.ok(found, `the contract has no operation ${JSON.stringify(operation)}`);
  return found;
}

const validators = new Map<string, Promise<Validator>>();

function validatorAt(pointer: string): Promise<Validator> {
  let compiled = validators.get(pointer);
  if (!compiled) {
    const fragment = pointer
      .split('/')
      .slice(1)
      .map((segment) => encodeURIComponent(segment))
      .join('/');
    compiled = validate(`${documentUri}#/${fragment}`);
    validators.set(pointer, compiled);
  }
  return compiled;
}

function describeErrors(errors: readonly OutputUnit[] | undefined): string {
  return (errors ?? [])
    .map((error) => `  ${error.instanceLocation}: ${error.keyword.split('/').pop()} (${error.absoluteKeywordLocation.split('#')[1]})`)
    .join('\n');
}

/** Validates `value` against the schema at `pointer` in the contract; throws with every failure listed. */
export async function assertMatchesSchema(pointer: string, value: unknown, what: string): Promise<void> {
  const validator = await validatorAt(pointer);
  const output = validator(value as never, BASIC);
  if (!output.valid) {
    assert.fail(`${what} does not match ${pointer}:\n${describeErrors(output.errors)}\n${JSON.stringify(value).slice(0, 2000)}`);
  }
}

export interface ContractResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface ConformsOptions {
  /** the request carried an `Idempotency-Key`: the answer must say whether it is a replay */
  idempotencyKey?: boolean;
  /** `false` leaves the pair out of `exercised` (for checks of the validator itself) */
  record?: boolean;
}

/**
 * Asserts that `response` is the documented `expectedStatus` of `operation` and conforms to the
 * contract: documented status, documented content type, body schema, documented headers.
 */
export async function assertConforms(
  operation: string | { method: string; path: string },
  expectedStatus: number,
  response: ContractResponse,
  options: ConformsOptions = {},
): Promise<void> {
  const found = findOperation(operation);
  const name = `${found.operationId} ${response.status}`;
  assert.equal(response.status, expectedStatus, `${found.operationId}: expected ${expectedStatus}, got ${response.status} ${JSON.stringify(response.body)}`);

  // (a) the status is documented
  const key = found.statuses.includes(String(response.status))
    ? String(response.status)
    : found.statuses.includes(`${String(response.status)[0]}XX`)
      ? `${String(response.status)[0]}XX`
      : found.statuses.includes('default')
        ? 'default'
        : undefined;
  assert.ok(key, `${name}: the contract does not document ${response.status} for ${found.operationId} (documented: ${found.statuses.join(', ')})`);
  if (options.record !== false) exercised.add(`${found.operationId} ${key}`);

  const documented = resolve(`${found.pointer}/responses/${escape(key)}`);

  // (c) documented headers, with their schemas
  for (const header of Object.keys((documented.node.headers ?? {}) as Json)) {
    const value = response.headers.get(header);
    const optional = header.toLowerCase() === 'idempotency-replayed' && !(found.operationId === 'createSubmission' && options.idempotencyKey);
    if (value === null) {
      assert.ok(optional, `${name}: the documented header ${header} is missing`);
      continue;
    }
    const headerPointer = resolve(`${documented.pointer}/headers/${escape(header)}`).pointer;
    const schema = resolve(`${headerPointer}/schema`);
    const typed = schema.node.type === 'integer' || schema.node.type === 'number' ? (/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value) : value;
    await assertMatchesSchema(schema.pointer, typed, `${name}: header ${header} = ${JSON.stringify(value)}`);
  }

  // (b) and (d): the content type and the body
  const content = documented.node.content as Record<string, Json> | undefined;
  const contentType = response.headers.get('content-type');
  if (content === undefined) {
    assert.ok(response.body === undefined || response.body === '', `${name}: no body is documented, got ${JSON.stringify(response.body)}`);
    return;
  }
  assert.ok(contentType !== null, `${name}: no Content-Type`);
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  const documentedTypes = Object.keys(content);
  assert.ok(documentedTypes.includes(mediaType), `${name}: Content-Type ${contentType} is not the documented ${documentedTypes.join(' or ')}`);
  await assertMatchesSchema(`${documented.pointer}/content/${escape(mediaType)}/schema`, response.body, `${name} body`);
  if (mediaType === 'application/problem+json') {
    const problem = response.body as Json;
    assert.equal(problem.status, response.status, `${name}: the problem's status must be the HTTP status (RFC 9457)`);
  }
}

/** Every documented `operationId status` pair of the contract. */
export function documentedPairs(): string[] {
  return contractOperations.flatMap((operation) => operation.statuses.map((status) => `${operation.operationId} ${status}`));
}
