/*
 * Generates a catalog that looks like an organisation in the middle of a
 * platform migration. The demo catalog (examples/) and the benchmark's
 * synthetic catalogs both come from here, so they share one shape.
 *
 * Deterministic: the same options always give the same entities.
 */

const { addCaravanStory } = require('./caravan');

// mulberry32: a tiny seeded PRNG, so regenerated catalogs diff cleanly.
function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: list => list[Math.floor(next() * list.length)],
    chance: p => next() < p,
  };
}

const WINDOW_START = '2026-01-01';

/*
 * Team profiles drive the stage mix: early movers are nearly done and moved
 * early in the window, the middle is half-way, the long tail barely started.
 */
const PROFILES = {
  early: { done: 0.85, active: 0.1, earliestDay: 10, latestDay: 120 },
  steady: { done: 0.55, active: 0.3, earliestDay: 60, latestDay: 320 },
  middle: { done: 0.35, active: 0.35, earliestDay: 120, latestDay: 325 },
  late: { done: 0.12, active: 0.25, earliestDay: 200, latestDay: 325 },
  stuck: { done: 0.0, active: 0.15, earliestDay: 0, latestDay: 0 },
};

const DEMO_DEPARTMENTS = [
  { name: 'engineering', title: 'Engineering' },
  { name: 'commerce', title: 'Commerce', parent: 'engineering' },
  { name: 'core-services', title: 'Core Services', parent: 'engineering' },
];

const DEMO_TEAMS = [
  {
    name: 'platform-team',
    title: 'Platform Team',
    parent: 'engineering',
    profile: 'early',
    services: 5,
  },
  {
    name: 'payments',
    title: 'Payments',
    parent: 'commerce',
    profile: 'early',
    services: 8,
  },
  {
    name: 'identity',
    title: 'Identity & Access',
    parent: 'core-services',
    profile: 'early',
    services: 4,
  },
  {
    name: 'checkout',
    title: 'Checkout',
    parent: 'commerce',
    profile: 'steady',
    services: 9,
  },
  {
    name: 'search',
    title: 'Search & Discovery',
    parent: 'commerce',
    profile: 'middle',
    services: 8,
  },
  {
    name: 'mobile',
    title: 'Mobile Backend',
    parent: 'core-services',
    profile: 'middle',
    services: 7,
  },
  {
    name: 'data-platform',
    title: 'Data Platform',
    parent: 'core-services',
    profile: 'late',
    services: 9,
  },
  {
    name: 'logistics',
    title: 'Logistics',
    parent: 'commerce',
    profile: 'stuck',
    services: 8,
  },
  {
    name: 'support-tools',
    title: 'Support Tools',
    parent: 'core-services',
    profile: 'stuck',
    services: 6,
  },
];

const FIRST_NAMES = [
  'ada',
  'alan',
  'grace',
  'linus',
  'margaret',
  'dennis',
  'barbara',
  'ken',
  'frances',
  'edsger',
  'radia',
  'john',
  'katherine',
  'donald',
  'hedy',
  'tim',
  'sophie',
  'guido',
  'anita',
  'bjarne',
];
const LAST_NAMES = [
  'lovelace',
  'turing',
  'hopper',
  'torvalds',
  'hamilton',
  'ritchie',
  'liskov',
  'thompson',
  'allen',
  'dijkstra',
  'perlman',
  'mccarthy',
  'johnson',
  'knuth',
  'lamarr',
  'berners-lee',
  'wilson',
  'rossum',
  'borg',
  'stroustrup',
];
const NOUNS = [
  'ledger',
  'gateway',
  'router',
  'indexer',
  'notifier',
  'scheduler',
  'resolver',
  'catalog',
  'billing',
  'pricing',
  'inventory',
  'tracker',
  'profile',
  'session',
  'token',
  'audit',
  'export',
  'import',
  'search',
  'ranking',
  'feed',
  'cart',
  'order',
  'refund',
  'invoice',
  'shipment',
  'label',
  'routing',
  'warehouse',
  'ticket',
  'chat',
  'survey',
  'metrics',
  'events',
  'stream',
  'batch',
  'report',
  'media',
  'upload',
  'push',
];
const SUFFIXES = [
  'service',
  'api',
  'worker',
  'svc',
  'engine',
  'sync',
  'processor',
  'proxy',
];

function toDate(dayOffset) {
  const d = new Date(`${WINDOW_START}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dayOffset);
  return d.toISOString().slice(0, 10);
}

/**
 * @param {object} [options]
 * @param {number} [options.seed]
 * @param {number} [options.services] total Components (demo: the team sizes above)
 * @param {number} [options.groups] number of teams (demo: the teams above)
 * @returns {object[]} catalog entities
 */
function generateCatalog(options = {}) {
  const rnd = createRandom(options.seed ?? 7);
  const entities = [];
  const demo = !options.services && !options.groups;

  // Teams: the demo's named ones, or generated ones for large catalogs.
  const departments = demo
    ? DEMO_DEPARTMENTS
    : Array.from(
        { length: Math.max(1, Math.ceil((options.groups ?? 10) / 25)) },
        (_, i) => ({
          name: `dept-${i + 1}`,
          title: `Department ${i + 1}`,
        }),
      );
  const profileNames = Object.keys(PROFILES);
  const teams = demo
    ? DEMO_TEAMS
    : Array.from({ length: options.groups ?? 10 }, (_, i) => ({
        name: `team-${i + 1}`,
        title: `Team ${i + 1}`,
        parent: departments[i % departments.length].name,
        profile: profileNames[i % profileNames.length],
        services: 0,
      }));
  if (!demo) {
    const total = options.services ?? 1000;
    // A skewed spread: a few big teams, many small ones.
    for (let i = 0; i < total; i++) {
      const idx = Math.min(
        teams.length - 1,
        Math.floor(teams.length * Math.pow(rnd.next(), 1.6)),
      );
      teams[idx].services++;
    }
  }

  for (const dept of departments) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: dept.name,
        title: dept.title,
        description: `The ${dept.title} department`,
      },
      spec: {
        type: 'department',
        ...(dept.parent ? { parent: dept.parent } : {}),
        children: [],
      },
    });
  }

  // Users: a handful per team; the guest joins the payments team in the demo.
  let userCount = 0;
  const users = [];
  for (const team of teams) {
    const size = demo ? 3 : rnd.int(2, 6);
    team.members = [];
    for (let i = 0; i < size; i++) {
      const first = FIRST_NAMES[userCount % FIRST_NAMES.length];
      // Varied pairs, unique for the first 400 users.
      const last =
        LAST_NAMES[
          (userCount * 3 + Math.floor(userCount / FIRST_NAMES.length)) %
            LAST_NAMES.length
        ];
      const suffix =
        userCount >= FIRST_NAMES.length * LAST_NAMES.length
          ? `-${userCount}`
          : '';
      const name = `${first}.${last}${suffix}`;
      userCount++;
      team.members.push(name);
      users.push({ name, team: team.name, first, last });
    }
  }
  if (demo) {
    users.push({ name: 'guest', team: 'payments', first: 'guest', last: '' });
    teams.find(t => t.name === 'payments').members.push('guest');
  }
  for (const team of teams) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: team.name,
        title: team.title,
        ...(demo ? { description: `${team.title} team` } : {}),
      },
      spec: {
        type: 'team',
        parent: team.parent,
        children: [],
        members: team.members,
      },
    });
  }
  for (const user of users) {
    const display =
      user.name === 'guest'
        ? 'Guest User'
        : `${user.first[0].toUpperCase()}${user.first.slice(
            1,
          )} ${user.last[0].toUpperCase()}${user.last.slice(1)}`;
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: user.name },
      spec: {
        profile: { displayName: display, email: `${user.name}@example.com` },
        memberOf: [user.team],
      },
    });
  }

  // Systems: one or two per team.
  const systemsByTeam = new Map();
  for (const team of teams) {
    const count = team.services > 6 ? 2 : 1;
    const names = [];
    for (let i = 0; i < count; i++) {
      const name =
        count === 1
          ? `${team.name}-system`
          : `${team.name}-${i === 0 ? 'core' : 'edge'}`;
      names.push(name);
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: {
          name,
          title: `${team.title}${
            count === 1 ? '' : i === 0 ? ' Core' : ' Edge'
          }`,
        },
        spec: { owner: `group:default/${team.name}` },
      });
    }
    systemsByTeam.set(team.name, names);
  }

  // Shared databases give some services data gravity.
  const resources = [];
  const resourceCount = demo ? 6 : Math.max(2, Math.ceil(teams.length / 2));
  for (let i = 0; i < resourceCount; i++) {
    const team = teams[i % teams.length];
    const name = `${team.name}-db${i >= teams.length ? `-${i}` : ''}`;
    resources.push(name);
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name, description: `Primary database of ${team.title}` },
      spec: {
        type: 'database',
        owner: `group:default/${team.name}`,
        system: systemsByTeam.get(team.name)[0],
      },
    });
  }

  // Components first, relations after, so dependencies can point anywhere.
  const components = [];
  const usedNames = new Set();
  let serial = 0;
  for (const team of teams) {
    const profile = PROFILES[team.profile];
    for (let i = 0; i < team.services; i++) {
      serial++;
      let name;
      do {
        name = `${rnd.pick(NOUNS)}-${rnd.pick(SUFFIXES)}`;
        if (usedNames.has(name)) name = `${name}-${serial}`;
      } while (usedNames.has(name));
      usedNames.add(name);
      // Most components are services; every team also has the odd website or library.
      const type =
        i === 0 || !rnd.chance(0.1)
          ? 'service'
          : rnd.pick(['website', 'library']);
      const roll = rnd.next();
      let stage;
      if (roll < profile.done)
        stage = rnd.chance(0.2) ? 'decommissioned' : 'migrated';
      else if (roll < profile.done + profile.active)
        stage = rnd.chance(0.5) ? 'in-progress' : 'planning';
      else stage = 'not-started';
      if (stage === 'not-started' && rnd.chance(0.05)) stage = 'retired';
      components.push({
        name,
        team,
        type,
        stage,
        profile,
        system: rnd.pick(systemsByTeam.get(team.name)),
        critical: rnd.chance(team.profile === 'stuck' ? 0.5 : 0.35),
        apis: [],
        deps: [],
        consumes: [],
      });
    }
  }

  // APIs: about a third of services provide one.
  const apis = [];
  for (const c of components) {
    if (c.type === 'service' && rnd.chance(0.35)) {
      const api = `${c.name}-api`;
      c.apis.push(api);
      apis.push({ name: api, owner: c.team.name, system: c.system });
    }
  }
  const byTeam = new Map();
  for (const c of components) {
    if (!byTeam.has(c.team.name)) byTeam.set(c.team.name, []);
    byTeam.get(c.team.name).push(c);
  }
  for (const c of components) {
    // Coupling varies a lot: most services have a couple of edges, some many.
    const coupled = rnd.chance(0.25);
    const depCount = coupled ? rnd.int(3, 7) : rnd.int(0, 2);
    const teammates = byTeam.get(c.team.name);
    for (let i = 0; i < depCount; i++) {
      const pool = rnd.chance(0.6) ? teammates : components;
      const target = rnd.pick(pool);
      if (target !== c && !c.deps.includes(target.name))
        c.deps.push(target.name);
    }
    if (coupled && rnd.chance(0.6)) c.resource = rnd.pick(resources);
    const consumeCount = apis.length
      ? coupled
        ? rnd.int(1, 3)
        : rnd.int(0, 1)
      : 0;
    for (let i = 0; i < consumeCount; i++) {
      const api = rnd.pick(apis).name;
      if (!c.apis.includes(api) && !c.consumes.includes(api))
        c.consumes.push(api);
    }
  }

  for (const api of apis) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: {
        name: api.name,
        description: `HTTP API of ${api.name.replace(/-api$/, '')}`,
      },
      spec: {
        type: 'openapi',
        lifecycle: 'production',
        owner: `group:default/${api.owner}`,
        system: api.system,
        definition:
          'openapi: 3.0.0\ninfo: { title: demo, version: 1.0.0 }\npaths: {}\n',
      },
    });
  }

  for (const c of components) {
    const annotations = {};
    const labels = {};
    const tags = [];
    const links = [];
    const done = ['migrated', 'decommissioned'].includes(c.stage);
    const compliant =
      rnd.next() <
      (c.team.profile === 'early'
        ? 0.85
        : c.team.profile === 'stuck'
        ? 0.3
        : 0.6);

    if (done) {
      annotations['nimbus.io/cluster'] = rnd.pick([
        'nimbus-eu-1',
        'nimbus-us-1',
        'nimbus-ap-1',
      ]);
      const span = c.profile.latestDay - c.profile.earliestDay;
      annotations['solo-trek.io/migrated-at'] = toDate(
        c.profile.earliestDay + rnd.int(0, Math.max(0, span)),
      );
    }
    // Teams on the old platform declare their progress in catalog-info.yaml.
    if (!done && c.stage !== 'not-started')
      annotations['solo-trek.io/stage'] = c.stage;
    if (c.stage === 'decommissioned')
      annotations['solo-trek.io/stage'] = 'decommissioned';
    if (c.stage === 'retired') annotations['solo-trek.io/stage'] = 'retired';

    if (compliant || rnd.chance(0.4))
      annotations['prometheus.io/scrape'] = 'true';
    else if (rnd.chance(0.3)) annotations['prometheus.io/scrape'] = 'false';
    if (compliant || rnd.chance(0.5))
      labels['cost-center'] = `cc-${String(rnd.int(1000, 9999))}`;
    else if (rnd.chance(0.5))
      labels['cost-center'] = rnd.pick(['unknown', 'CC12', 'tbd']);
    if (compliant ? rnd.chance(0.8) : rnd.chance(0.3))
      annotations['nimbus.io/encryption'] = rnd.pick(['kms', 'hsm']);
    else if (rnd.chance(0.3)) annotations['nimbus.io/encryption'] = 'none';
    if (rnd.chance(0.15)) tags.push('stateless');
    tags.push(rnd.pick(['java', 'go', 'node', 'python', 'kotlin']));
    if (compliant || rnd.chance(0.4))
      links.push({
        url: `https://runbooks.example.com/${c.name}`,
        title: 'Runbook',
        type: 'runbook',
      });
    if (rnd.chance(0.6))
      links.push({
        url: `https://dashboards.example.com/d/${c.name}`,
        title: 'Dashboard',
        type: 'dashboard',
      });
    if (compliant || rnd.chance(0.5))
      annotations['backstage.io/techdocs-ref'] = 'dir:.';
    if (compliant || rnd.chance(0.4))
      annotations['pagerduty.com/service-id'] = `P${rnd.int(100000, 999999)}`;
    if (rnd.chance(0.3))
      annotations[
        'solo-trek.io/metrics-url'
      ] = `http://localhost:7007/api/solo-trek/health`;
    if (c.critical) labels.tier = rnd.chance(0.7) ? 'tier-1' : 'tier-0';
    else labels.tier = rnd.pick(['tier-2', 'tier-3']);
    if (c.critical && rnd.chance(0.3))
      annotations['solo-trek.io/criticality'] = 'high';
    labels['data-classification'] = rnd.pick([
      'public',
      'internal',
      'confidential',
    ]);
    annotations['github.com/project-slug'] = `example/${c.name}`;

    const dependsOn = c.deps.map(d => `component:default/${d}`);
    if (c.resource) dependsOn.push(`resource:default/${c.resource}`);
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: c.name,
        description: `${c.name.replace(/-/g, ' ')} of ${c.team.title}`,
        annotations,
        labels,
        tags,
        ...(links.length ? { links } : {}),
      },
      spec: {
        type: c.type,
        lifecycle: c.critical
          ? 'production'
          : rnd.pick([
              'production',
              'production',
              'experimental',
              'deprecated',
            ]),
        owner: `group:default/${c.team.name}`,
        system: c.system,
        ...(dependsOn.length ? { dependsOn } : {}),
        ...(c.apis.length ? { providesApis: c.apis } : {}),
        ...(c.consumes.length ? { consumesApis: c.consumes } : {}),
      },
    });
  }
  // The Staggered Caravan's waves, rollback and drift (issue 16).
  if (demo) addCaravanStory(entities);
  return entities;
}

module.exports = { generateCatalog, createRandom, WINDOW_START };
