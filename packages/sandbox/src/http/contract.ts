/**
 * The contract as the sandbox reads it: every operation of `openapi/chikaya.yaml` with validators
 * compiled from the contract's own schemas, so requests are checked against the single source of
 * truth and never against a second, hand-written copy of it.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { type TextKind, textKinds, textProblem } from '../domain/text.js';
import { contract } from '../generated/contract.js';
import type { FieldError } from './problem.js';

// ajv-formats is CommonJS: under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

type Json = Record<string, unknown>;
export type ParameterLocation = 'path' | 'query' | 'header';
export type SecurityScheme = 'accessKey' | 'backOfficeKey' | 'adminKey';

/** The HTTP methods the contract uses. */
const methods = ['get', 'post', 'patch', 'delete'] as const;
export type Method = (typeof methods)[number];

export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** the resolved schema's type, to turn query strings into numbers, booleans and arrays */
  type: string | undefined;
  validate: ValidateFunction;
}

export interface Operation {
  operationId: string;
  method: Method;
  /** the contract's path, e.g. `/v1/agencies/{agencyId}` */
  path: string;
  parameters: Parameter[];
  /** the key the operation takes, if any */
  security: SecurityScheme | null;
  /** the key may be left out (`security: [{}, …]`): a create, which an agency's own systems make with their key */
  securityOptional: boolean;
  validateBody: ValidateFunction | null;
}

const document = contract as Json;
const contractId = 'https://chikaya.ma/openapi/chikaya.json';

function pointerEscape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function at(pointer: string): unknown {
  let node: unknown = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Json)[key];
  }
  return node;
}

/** Follows `$ref`s inside the contract; returns the node and its JSON pointer. */
function resolve(node: unknown, pointer: string): { node: Json; pointer: string } {
  let current = node as Json;
  let currentPointer = pointer;
  while (typeof current.$ref === 'string') {
    currentPointer = current.$ref.slice(1);
    current = at(currentPointer) as Json;
  }
  return { node: current, pointer: currentPointer };
}

/** ajv reads OpenAPI's discriminator but refuses its `mapping`, which the oneOf already implies. */
function withoutDiscriminatorMappings(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDiscriminatorMappings);
  if (node === null || typeof node !== 'object') return node;
  const copy: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'discriminator' && value && typeof value === 'object') {
      const { mapping: _mapping, ...rest } = value as Json;
      copy[key] = rest;
    } else {
      copy[key] = withoutDiscriminatorMappings(value);
    }
  }
  return copy;
}

/**
 * The contract's `x-text: name | title | line | text` on a free-text string: the rules of
 * domain/text.ts, answered as `invalid_characters` or `no_visible_text`.
 */
function addTextKeyword(ajv: Ajv2020): void {
  type Check = ((kind: TextKind, value: string) => boolean) & { errors?: Partial<ErrorObject>[] };
  const check: Check = (kind, value) => {
    const code = textProblem(value, kind);
    check.errors = code === null ? [] : [{ keyword: 'x-text', params: { code } }];
    return code === null;
  };
  ajv.addKeyword({ keyword: 'x-text', type: 'string', schemaType: 'string', metaSchema: { enum: [...textKinds] }, errors: true, validate: check });
}

/**
 * The contract's `x-earliest` and `x-latest` on a `format: date`: the first and last days allowed.
 * `YYYY-MM-DD` compares as text; a value that is no such day is the format's error, not theirs.
 */
function addDayBoundKeywords(ajv: Ajv2020): void {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const metaSchema = { type: 'string', pattern: day.source };
  const bound = (keyword: string, within: (value: string, limit: string) => boolean) =>
    ajv.addKeyword({ keyword, type: 'string', schemaType: 'string', metaSchema, validate: (limit: string, value: string) => !day.test(value) || within(value, limit) });
  bound('x-earliest', (value, earliest) => value >= earliest);
  bound('x-latest', (value, latest) => value <= latest);
}

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    discriminator: true,
    strict: false,
    verbose: true,
    validateFormats: true,
  });
  addFormats(ajv);
  addTextKeyword(ajv);
  addDayBoundKeywords(ajv);
  ajv.addSchema({ ...(withoutDiscriminatorMappings(document) as Json), $id: contractId });
  return ajv;
}

function readOperations(): Operation[] {
  const ajv = createAjv();
  const compile = (pointer: string) => ajv.compile({ $ref: `${contractId}#${pointer}` });
  const operations: Operation[] = [];
  const paths = document.paths as Record<string, Json>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of methods) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const base = `/paths/${pointerEscape(path)}/${method}`;
      const parameters = ((operation.parameters as unknown[]) ?? []).map((raw, index) => {
        const { node, pointer } = resolve(raw, `${base}/parameters/${index}`);
        const schema = resolve(node.schema, `${pointer}/schema`).node;
        return {
          name: node.name as string,
          in: node.in as ParameterLocation,
          required: node.required === true,
          type: schema.type as string | undefined,
          validate: compile(`${pointer}/schema`),
        };
      });
      const requirements = (operation.security as Json[] | undefined) ?? [];
      const security = requirements.find((requirement) => Object.keys(requirement).length > 0);
      const hasBody = (operation.requestBody as Json | undefined) !== undefined;
      operations.push({
        operationId: operation.operationId as string,
        method,
        path,
        parameters,
        security: security ? (Object.keys(security)[0] as SecurityScheme) : null,
        securityOptional: requirements.some((requirement) => Object.keys(requirement).length === 0),
        validateBody: hasBody ? compile(`${base}/requestBody/content/application~1json/schema`) : null,
      });
    }
  }
  return operations;
}

export const operations: readonly Operation[] = readOperations();

const keywordCodes: Record<string, string> = {
  required: 'required',
  additionalProperties: 'unknown_field',
  unevaluatedProperties: 'unknown_field',
  type: 'invalid_type',
  enum: 'invalid_value',
  const: 'invalid_value',
  discriminator: 'invalid_value',
  format: 'invalid_format',
  'x-earliest': 'too_small',
  'x-latest': 'too_big',
  pattern: 'invalid_format',
  minLength: 'too_short',
  maxLength: 'too_long',
  minimum: 'too_small',
  exclusiveMinimum: 'too_small',
  maximum: 'too_big',
  exclusiveMaximum: 'too_big',
  minItems: 'too_short',
  minProperties: 'too_short',
  maxItems: 'too_many',
};

/**
 * Turns ajv's errors into the contract's `{ pointer, code }` list: one entry per field, the most
 * useful code first. A schema may name the code of its combined rule with `x-error-code` (e.g. a
 * complaint's "email or phone"), which then replaces the errors of its branches.
 */
export function fieldErrors(errors: readonly ErrorObject[], where?: { parameter: string }): FieldError[] {
  const combined = errors.filter(
    (error) => error.keyword === 'anyOf' && typeof (error.parentSchema as Json | undefined)?.['x-error-code'] === 'string',
  );
  const result: FieldError[] = [];
  const seen = new Set<string>();
  const add = (pointer: string, code: string) => {
    if (seen.has(pointer)) return;
    seen.add(pointer);
    result.push(where ? { parameter: where.parameter, code } : { pointer, code });
  };
  for (const error of errors) {
    if (combined.some((rule) => error !== rule && error.schemaPath.startsWith(`${rule.schemaPath}/`))) continue;
    if (error.keyword === 'anyOf' && combined.includes(error)) {
      add(error.instancePath, (error.parentSchema as Json)['x-error-code'] as string);
      continue;
    }
    const params = error.params as Record<string, unknown>;
    // `x-text` names its code: invalid_characters or no_visible_text.
    const code = error.keyword === 'x-text' ? String(params.code) : keywordCodes[error.keyword];
    if (!code) continue; // oneOf, if, allOf: their branches already said what is wrong
    if (error.keyword === 'required') add(`${error.instancePath}/${pointerEscape(String(params.missingProperty))}`, code);
    else if (error.keyword === 'additionalProperties')
      add(`${error.instancePath}/${pointerEscape(String(params.additionalProperty))}`, code);
    else if (error.keyword === 'unevaluatedProperties')
      add(`${error.instancePath}/${pointerEscape(String(params.unevaluatedProperty))}`, code);
    else if (error.keyword === 'discriminator')
      add(`${error.instancePath}/${pointerEscape(String(params.tag))}`, params.tagValue === undefined ? 'required' : code);
    else add(error.instancePath, code);
  }
  return result;
}
