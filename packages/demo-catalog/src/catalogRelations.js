const {
  parseEntityRef,
  stringifyEntityRef,
} = require('@backstage/catalog-model');

/**
 * Adds the relations and uids the catalog computes for entities (ownedBy,
 * memberOf, dependsOn/dependencyOf, providesApi, consumesApi), so an
 * in-memory catalog serves generated entities as a real catalog would.
 */
function withCatalogRelations(entities) {
  const out = entities.map((e, i) => ({
    ...e,
    metadata: { namespace: 'default', uid: `uid-${i}`, ...e.metadata },
    relations: [],
  }));
  const byRef = new Map(out.map(e => [stringifyEntityRef(e), e]));
  const ref = (value, defaultKind) =>
    stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
    );
  const relate = (from, type, target, reverse) => {
    from.relations.push({ type, targetRef: target });
    const other = byRef.get(target);
    if (other)
      other.relations.push({
        type: reverse,
        targetRef: stringifyEntityRef(from),
      });
  };
  for (const e of out) {
    const spec = e.spec ?? {};
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

module.exports = { withCatalogRelations };
