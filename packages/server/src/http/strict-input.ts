import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FrameworkFailure } from '../errors.js';

// What comes in is read as written, before the route schemas' coercion (ajv's `coerceTypes`, which
// the address needs: a query's values are text) can make it something else: `1e400` is no whole
// number, though ajv would make it Infinity; `"true"` and `1` are no `true`, `12` is no reason.

type Part = 'querystring' | 'params' | 'body';
interface Property {
  readonly type?: string;
}

// A refusal as ajv would have written it, answered by the error handler as 400 bad_query,
// bad_params or bad_body ("“year”应为整数").
const refusal = (part: Part, name: string, type: string): FrameworkFailure =>
  Object.assign(new Error(`${part}/${name} must be ${type}`), {
    statusCode: 400,
    validationContext: part,
    validation: [{ keyword: 'type', instancePath: `/${name}`, params: { type } }],
  });

const propertiesOf = (schema: unknown): Readonly<Record<string, Property>> => {
  const properties = (schema as { properties?: unknown } | undefined)?.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, Property>) : {};
};

// Digits only, as a person writes a year or a page: no exponent, no fraction, no sign but minus.
const WHOLE = /^-?\d{1,15}$/;

/**
 * A hook refusing, before validation, a whole number of the query or the address written other than
 * in digits (`year=1e400`, `page=2.5e3`), which ajv's coercion would make Infinity or a number past the
 * schema's bounds; the route's schema says which parameters are whole numbers.
 */
export function wholeNumbersWritten(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const schema = request.routeOptions.schema;
    if (!schema) return;
    for (const part of ['querystring', 'params'] as const) {
      const given = (part === 'querystring' ? request.query : request.params) as Record<string, unknown> | undefined;
      for (const [name, property] of Object.entries(propertiesOf(schema[part]))) {
        const value = given?.[name];
        if (property.type === 'integer' && typeof value === 'string' && !WHOLE.test(value))
          throw refusal(part, name, 'integer');
      }
    }
  });
}

/**
 * A route's preValidation hook refusing a JSON body property of another type than its schema
 * says (`reason` a string, `confidentialityReviewed` a boolean, `version` a whole number), as the
 * client wrote it: the schema's coercion never makes `"true"` or `1` a `true`.
 *
 * @example preValidation: strictBody(schema.body)
 */
export function strictBody(schema: unknown) {
  const properties = propertiesOf(schema);
  const fits: Readonly<Record<string, (value: unknown) => boolean>> = {
    string: (value) => typeof value === 'string',
    boolean: (value) => typeof value === 'boolean',
    integer: (value) => Number.isSafeInteger(value),
    number: (value) => typeof value === 'number' && Number.isFinite(value),
  };
  return async (request: FastifyRequest): Promise<void> => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
    for (const [name, property] of Object.entries(properties)) {
      const value = (body as Record<string, unknown>)[name];
      const fit = property.type === undefined ? undefined : fits[property.type];
      if (value !== undefined && fit && !fit(value)) throw refusal('body', name, property.type ?? '');
    }
  };
}
