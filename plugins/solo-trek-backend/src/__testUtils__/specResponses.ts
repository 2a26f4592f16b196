import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { spec } from '../schema/openapi.generated';

/*
 * Responses checked against the OpenAPI document's response schemas, so the
 * spec cannot drift from what the router really sends. Requests are
 * validated by the router itself; this is the other half.
 */

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(JSON.parse(JSON.stringify(spec)), 'spec');

type Operations = Record<
  string,
  {
    responses?: Record<
      string,
      { content?: Record<string, { schema?: unknown }> }
    >;
  }
>;

/** The operation of the spec whose path template matches a concrete path. */
function operationOf(method: string, path: string) {
  const [pathname] = path.split('?');
  for (const [template, item] of Object.entries(spec.paths)) {
    const pattern = new RegExp(
      `^/api/solo-trek${template.replace(/\{[^}]+\}/g, '[^/]+')}$`,
    );
    if (pattern.test(pathname)) {
      const operation = (item as Operations)[method.toLowerCase()];
      if (operation) return { template, operation };
    }
  }
  throw new Error(`No operation in the OpenAPI spec for ${method} ${path}`);
}

/**
 * The problems of a JSON response against the schema the spec gives for its
 * status (or `default`); an empty list when it conforms.
 */
export function specProblems(
  method: string,
  path: string,
  status: number,
  body: unknown,
): string[] {
  const { template, operation } = operationOf(method, path);
  const responses = operation.responses ?? {};
  let response: any = responses[String(status)] ?? responses.default;
  // Shared responses (the error body) are references to components.responses.
  if (typeof response?.$ref === 'string') {
    const name = response.$ref.replace('#/components/responses/', '');
    response = (spec.components as any).responses?.[name];
  }
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) {
    return [`${method} ${template} documents no JSON body for ${status}`];
  }
  const validate = ajv.compile({
    ...(JSON.parse(
      JSON.stringify(schema).replace(/"#\/components/g, '"spec#/components'),
    ) as object),
  });
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    e =>
      `${method} ${template} ${status}: ${e.instancePath || '/'} ${e.message}`,
  );
}
