/*
 * The Staggered Caravan in the demo organisation (issue 16): the services
 * the config's two waves hold, a wave that rolled a service back, a
 * crown jewel decided upfront as Solo Trek (drift), a dependency that
 * moves later than its dependent, and the Caravan services still to place.
 * The services are chosen by what they are, never by name, and nothing
 * here draws on the random generator, so the rest of the catalog stays
 * as it was.
 */
const { withCatalogRelations } = require('./catalogRelations');

const DONE = ['migrated', 'decommissioned', 'retired'];

/** The demo's waves (app-config.yaml plans them): members per wave. */
const WAVE_SIZES = { 'wave-1': 2, 'wave-2': 1 };

/** When the rolled-back service had gone live, and when it left. */
const ROLLBACK = { wentLive: '2026-08-10', rolledBack: '2026-10-02' };

const componentRef = e => `component:default/${e.metadata.name}`;

function stageOf(e) {
  const a = e.metadata.annotations ?? {};
  if (a['nimbus.io/cluster']) {
    return a['solo-trek.io/stage'] === 'decommissioned'
      ? 'decommissioned'
      : 'migrated';
  }
  return a['solo-trek.io/stage'] ?? 'not-started';
}

/**
 * The quadrant as the demo's segmentation gives it: regulatory scope (the
 * `pci` tag, app-config.yaml) or the tier label decide criticality;
 * coupling, fan-in (a quarter point per consumer of its APIs) and data
 * gravity against 4 decide complexity (the backend's defaults).
 */
function quadrants(entities) {
  const related = withCatalogRelations(entities);
  const byRef = new Map(
    related.map(e => [
      `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`,
      e,
    ]),
  );
  const out = new Map();
  for (const e of related) {
    if (e.kind !== 'Component' || e.spec.type !== 'service') continue;
    const refs = type =>
      e.relations.filter(r => r.type === type).map(r => r.targetRef);
    const consumers = new Set(
      refs('providesApi').flatMap(api =>
        (byRef.get(api)?.relations ?? [])
          .filter(r => r.type === 'apiConsumedBy')
          .map(r => r.targetRef),
      ),
    );
    consumers.delete(componentRef(e));
    const score =
      refs('dependsOn').length +
      refs('dependencyOf').length +
      refs('consumesApi').length +
      consumers.size / 4;
    const tier = e.metadata.labels?.tier;
    out.set(e.metadata.name, {
      critical:
        (e.metadata.tags ?? []).includes('pci') ||
        tier === 'tier-0' ||
        tier === 'tier-1',
      complex: score >= 4,
    });
  }
  return out;
}

function dependOn(entity, target) {
  const ref = componentRef(target);
  const deps = entity.spec.dependsOn ?? [];
  if (!deps.includes(ref)) entity.spec.dependsOn = [...deps, ref];
}

/**
 * Adds the Caravan's story to the demo organisation's entities, in place.
 * @param {object[]} entities as generateCatalog makes them
 */
function addCaravanStory(entities) {
  const services = entities
    .filter(e => e.kind === 'Component' && e.spec.type === 'service')
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));

  // Regulatory scope: the payment card data the Payments team holds.
  for (const e of services
    .filter(s => s.spec.owner === 'group:default/payments')
    .slice(0, 2)) {
    e.metadata.tags = [...(e.metadata.tags ?? []), 'pci'];
  }

  const quadrant = quadrants(entities);
  const isCaravan = e => {
    const q = quadrant.get(e.metadata.name);
    return q && q.critical && q.complex;
  };
  const open = services.filter(e => isCaravan(e) && !DONE.includes(stageOf(e)));
  const lowAndOpen = services.filter(e => {
    const q = quadrant.get(e.metadata.name);
    return q && !q.critical && !DONE.includes(stageOf(e));
  });
  if (open.length < 5 || lowAndOpen.length < 1) {
    throw new Error(
      `The demo catalog has ${open.length} open Caravan services and ${lowAndOpen.length} open Solo Trek ones; the Caravan story needs 5 and 1`,
    );
  }

  // The waves app-config.yaml plans, filled in order.
  let next = 0;
  const members = {};
  for (const [wave, size] of Object.entries(WAVE_SIZES)) {
    members[wave] = open.slice(next, next + size);
    next += size;
    for (const e of members[wave]) {
      e.metadata.annotations['solo-trek.io/wave'] = wave;
    }
  }

  // Wave 1 rolled one of its services back: the cut-over doubled latency.
  const rolledBack = members['wave-1'][0];
  Object.assign(rolledBack.metadata.annotations, {
    'solo-trek.io/stage': 'in-progress',
    'solo-trek.io/migrated-at': ROLLBACK.wentLive,
    'solo-trek.io/rolled-back-at': ROLLBACK.rolledBack,
  });
  rolledBack.metadata.links = [
    ...(rolledBack.metadata.links ?? []),
    {
      url: `https://wiki.example.com/post-mortems/${rolledBack.metadata.name}-cutover`,
      title: 'Cut-over post-mortem',
      type: 'post-mortem',
    },
  ];

  // Wave 1 depends on a service wave 2 moves: the plan warns of it.
  dependOn(members['wave-1'][1], members['wave-2'][0]);

  // A crown jewel decided upfront as Solo Trek: its quadrant drifts.
  const upfront = open[next];
  upfront.metadata.annotations['solo-trek.io/track'] = 'solo-trek';

  // The next one waits for a wave; placing it shows a dependency warning,
  // as it depends on a Solo Trek service its team has not moved yet. It is
  // marked a crown jewel outright, as a discovery phase would.
  const waiting = open[next + 1];
  Object.assign(waiting.metadata.annotations, {
    'solo-trek.io/criticality': 'high',
    'solo-trek.io/complexity': 'high',
  });
  dependOn(waiting, lowAndOpen[0]);
  return entities;
}

module.exports = { addCaravanStory };
