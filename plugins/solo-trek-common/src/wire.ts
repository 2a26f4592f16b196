import type { components, operations } from './schema.generated';

/*
 * Helpers for naming the generated wire types (schema.generated.ts, from the
 * backend's openapi.yaml). Not exported from the package: api.ts,
 * aggregates.ts and the others export the names.
 */

/** The OpenAPI schemas. */
export type Schemas = components['schemas'];

/** The JSON body of an operation's request. */
export type RequestBody<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** An operation's query parameters, as the spec states them (strings for numbers). */
export type Query<Op extends keyof operations> = NonNullable<
  operations[Op]['parameters']['query']
>;
