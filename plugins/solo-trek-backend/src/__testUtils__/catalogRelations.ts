import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * Adds the relations and uids the catalog would compute for generated
 * entities (ownedBy, memberOf, dependsOn/dependencyOf, providesApi,
 * consumesApi), so an in-memory catalog serves them as a real one would.
 */
export function withCatalogRelations(entities: Entity[]): Entity[] {
  const out = entities.map((e, i) => ({
    ...e,
    metadata: { namespace: 'default', uid: `uid-${i}`, ...e.metadata },
    relations: [] as NonNullable<Entity['relations']>,
  }));
  const byRef = new Map(out.map(e => [stringifyEntityRef(e), e]));
  const ref = (value: string, defaultKind: string) =>
    stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
    );
  const relate = (
    from: Entity,
    type: string,
    target: string,
    reverse: string,
  ) => {
    from.relations!.push({ type, targetRef: target });
    byRef
      .get(target)
      ?.relations!.push({ type: reverse, targetRef: stringifyEntityRef(from) });
  };
  for (const e of out) {
    const spec = (e.spec ?? {}) as Record<string, any>;
    if (spec.owner) relate(e, 'ownedBy', ref(spec.owner, 'group'), 'ownerOf');
    for (const g of spec.memberOf ?? [])
      relate(e, 'memberOf', ref(g, 'group'), 'hasMember');
    for (const d of spec.dependsOn ?? [])
      relate(e, 'dependsOn', ref(d, 'component'), 'dependencyOf');
    for (const a of spec.providesApis ?? [])
      relate(e, 'providesApi', ref(a, 'api'), 'apiProvidedBy');
    for (const a of spec.consumesApis ?? [])
      relate(e, 'consumesApi', ref(a, 'api'), 'apiConsumedBy');
  }
  return out;
}
