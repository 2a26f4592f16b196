import type { components, operations } from './schema.generated';

/*
 * Helpers for naming the generated wire types (schema.generated.ts, from the
 * backend's openapi.yaml). api.ts, aggregates.ts and the others export the
 * names; the package exports these too (as SoloTrekSchemas, SoloTrekRequestBody
 * and SoloTrekQuery), because its public types are written in them.
 */

/**
 * The OpenAPI schemas.
 * @public
 */
export type Schemas = components['schemas'];

/**
 * The JSON body of an operation's request.
 * @public
 */
export type RequestBody<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/**
 * An operation's query parameters, as the spec states them (strings for numbers).
 * @public
 */
export type Query<Op extends keyof operations> = NonNullable<
  operations[Op]['parameters']['query']
>;
