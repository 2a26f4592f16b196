/*
 * Six months of outcome points and pulse answers for a generated catalog
 * (issue 18), so the demo's outcomes section tells a real story: services
 * deploy more often and have fewer incidents once they are live on the new
 * platform, latency mostly improves, cost goes either way, and the pulse is
 * mostly a 4.
 *
 * Deterministic: the same entities and options always give the same data.
 * The compact form (series of [day offset, value] from a start date) is what
 * soloTrek.outcomes.seedFile loads; see the backend plugin's README.
 */
const { createRandom } = require('./generate');

/** The demo's six months end here: the day before the catalog's "today". */
const OUTCOMES_END = '2026-12-01';
const OUTCOMES_DAYS = 180;
const DAY_MS = 86_400_000;

const COMMENTS = {
  1: [
    'Our on-call load went up after the move; the runbooks are not there yet.',
    'Debugging is much harder without shell access to the hosts.',
  ],
  2: [
    'Logs are harder to find than before.',
    'Build times doubled with the new pipeline templates.',
  ],
  3: [
    'About the same so far; the cut-over week was rough.',
    'Fine, but the cost dashboards are confusing.',
  ],
  4: [
    'Deploys take minutes instead of a change window.',
    'The golden path template saved us a lot of work.',
    'Autoscaling handled the Black Friday peak without a page.',
  ],
  5: [
    'We ship several times a day now. Never going back.',
    'Preview environments per pull request changed how we review.',
  ],
};

function dayNumber(iso) {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A Poisson draw (Knuth), small means only. */
function poisson(rnd, mean) {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rnd.next();
  while (p > limit) {
    k++;
    p *= rnd.next();
  }
  return k;
}

function round(value, decimals = 1) {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A pulse score, mostly 4. */
function score(rnd) {
  const r = rnd.next();
  if (r < 0.03) return 1;
  if (r < 0.11) return 2;
  if (r < 0.28) return 3;
  if (r < 0.8) return 4;
  return 5;
}

/**
 * @param {object[]} entities a catalog from generateCatalog
 * @param {object} [options]
 * @param {number} [options.seed]
 * @param {string} [options.migrationId] the demo config's migration id
 * @param {string} [options.end] the last day of data, YYYY-MM-DD
 * @param {number} [options.days] how many days of data
 * @returns {{ series: object[], pulse: object[] }}
 */
function generateOutcomes(entities, options = {}) {
  const rnd = createRandom(options.seed ?? 18);
  const migrationId = options.migrationId ?? 'nimbus';
  const end = dayNumber(options.end ?? OUTCOMES_END);
  const days = options.days ?? OUTCOMES_DAYS;
  const start = end - days + 1;
  const from = isoDay(start);

  const members = new Map();
  for (const e of entities) {
    if (e.kind === 'Group') {
      members.set(`group:default/${e.metadata.name}`, e.spec.members ?? []);
    }
  }

  const series = [];
  const pulse = [];
  const services = entities.filter(
    e => e.kind === 'Component' && e.spec.type === 'service',
  );
  for (const c of services) {
    const entityRef = `component:default/${c.metadata.name}`;
    const annotations = c.metadata.annotations ?? {};
    const live = Boolean(annotations['nimbus.io/cluster']);
    const goLive =
      live && annotations['solo-trek.io/migrated-at']
        ? dayNumber(annotations['solo-trek.io/migrated-at'])
        : null;
    const after = day => goLive !== null && day >= goLive;
    // Each service has its own pace and its own gain from the move.
    const deployRate = 0.2 + rnd.next() * 0.45;
    const deployGain = 1.6 + rnd.next() * 1.6;
    const incidentRate = 0.04 + rnd.next() * 0.08;
    const incidentGain = 0.35 + rnd.next() * 0.4;
    const leadTime = 36 + rnd.next() * 90;
    const leadGain = 0.3 + rnd.next() * 0.35;
    const latency = 140 + rnd.next() * 260;
    const latencyGain = 0.65 + rnd.next() * 0.4;
    const cost = 1500 + rnd.next() * 7500;
    // Cost is mixed: right-sized services save, chatty ones pay egress.
    const costGain = 0.75 + rnd.next() * 0.6;

    const deployments = [];
    const incidents = [];
    const leadTimes = [];
    const latencies = [];
    const costs = [];
    for (let day = start; day <= end; day++) {
      const offset = day - start;
      const weekday = new Date(day * DAY_MS).getUTCDay();
      const weekend = weekday === 0 || weekday === 6;
      // The first two weeks after a cut-over are bumpy.
      const settling = goLive !== null && day >= goLive && day < goLive + 14;
      const deploys = poisson(
        rnd,
        (after(day) ? deployRate * deployGain : deployRate) *
          (weekend ? 0.2 : 1.2),
      );
      if (deploys > 0) deployments.push([offset, deploys]);
      const incidentChance =
        (after(day) ? incidentRate * incidentGain : incidentRate) *
        (settling ? 2.5 : 1);
      if (rnd.chance(incidentChance)) incidents.push([offset, 1]);
      if (weekday === 3) {
        const lead = after(day) ? leadTime * leadGain : leadTime;
        leadTimes.push([offset, round(lead * (0.8 + rnd.next() * 0.4))]);
        const p95 = after(day) ? latency * latencyGain : latency;
        latencies.push([offset, Math.round(p95 * (0.9 + rnd.next() * 0.2))]);
      }
      if (new Date(day * DAY_MS).getUTCDate() === 1) {
        const monthly = after(day) ? cost * costGain : cost;
        costs.push([offset, Math.round(monthly * (0.95 + rnd.next() * 0.1))]);
      }
    }
    const push = (metric, points, hour) => {
      if (points.length) series.push({ entityRef, metric, from, hour, points });
    };
    push('deployments', deployments, 14);
    push('incidents', incidents, 3);
    push('leadTimeHours', leadTimes, 9);
    push('latencyP95Ms', latencies, 12);
    push('costPerMonth', costs, 6);

    // The pulse opens 14 days after go-live; most owners answer in weeks.
    if (goLive !== null && goLive + 14 <= end) {
      const owner = c.spec.owner;
      for (const person of members.get(owner) ?? []) {
        // The demo's own user is left to answer on the card.
        if (person === 'guest' || !rnd.chance(0.7)) continue;
        const answeredDay = Math.min(end, goLive + 14 + rnd.int(0, 30));
        const s = score(rnd);
        pulse.push({
          migrationId,
          entityRef,
          respondent: `user:default/${person}`,
          score: s,
          comment: rnd.chance(0.3) ? rnd.pick(COMMENTS[s]) : null,
          answeredAt: `${isoDay(answeredDay)}T${String(rnd.int(8, 18)).padStart(
            2,
            '0',
          )}:${String(rnd.int(0, 59)).padStart(2, '0')}:00Z`,
        });
      }
    }
  }
  return { series, pulse };
}

module.exports = { generateOutcomes, OUTCOMES_END };
