#!/usr/bin/env node
/*
 * Checks two running replicas of the built backend (scripts/production-run.sh
 * starts them): health, a card, a stage update through one replica read back
 * through the other, adoption and the leaderboard identical on both, and the
 * scheduled scan run by exactly one replica. Exits 1 on the first failure.
 *
 *   node check.mjs <replica A url> <replica B url> <log A> <log B>
 */
import fs from 'node:fs';
import assert from 'node:assert/strict';

const [a, b, logA, logB] = process.argv.slice(2);
const token = process.env.PRODUCTION_RUN_TOKEN;
const migration = 'nimbus';
const service = 'component/default/ledger-service';
const headers = {
  authorization: `Bearer ${token}`,
  'content-type': 'application/json',
};
const api = (base, path) => `${base}/api/solo-trek${path}`;

async function get(base, path) {
  const res = await fetch(api(base, path), { headers });
  const body = await res.text();
  return { status: res.status, body: body ? JSON.parse(body) : undefined };
}

async function waitFor(what, seconds, probe) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 2000));
  }
}

const step = text => console.log(`✓ ${text}`);

for (const base of [a, b]) {
  await waitFor(`${base} health`, 240, async () => {
    const res = await fetch(api(base, '/health'));
    return res.ok;
  });
}
step('health answers on both replicas');

// Each replica's worker starts after the scan's initial delay (5 s); the
// first scan may find the catalog still empty. Once it holds the demo, one
// more scan is triggered through A; whichever worker claims it runs it.
const scansLogged = () =>
  [logA, logB].map(
    file =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(line => line.includes(`Scanned migration ${migration}:`)).length,
  );
await waitFor('the first scheduled scan', 120, async () => {
  const [onA, onB] = scansLogged();
  return onA + onB >= 1;
});
const components = fs
  .readFileSync(new URL('../../examples/components.yaml', import.meta.url), 'utf8')
  .split('\n')
  .filter(line => line.trim() === 'kind: Component').length;
await waitFor(`the catalog to hold ${components} components`, 300, async () => {
  const res = await fetch(
    `${b}/api/catalog/entities/by-query?filter=kind=component&limit=1`,
    { headers },
  );
  return res.ok && (await res.json()).totalItems >= components;
});
step(`the catalog holds the ${components} demo components`);
await waitFor('the scan to be triggered', 60, async () => {
  // 409 while the first scan still runs.
  const trigger = await fetch(
    api(a, '/.backstage/scheduler/v1/tasks/solo-trek-scan/trigger'),
    { method: 'POST', headers },
  );
  return trigger.status === 200;
});
await waitFor('the triggered scan', 300, async () => {
  const [onA, onB] = scansLogged();
  const { body } = await get(b, `/migrations/${migration}`);
  return onA + onB >= 2 && body?.lastScan?.entities > 0;
});
step('the triggered scan finished');

const cardA = await get(a, `/migrations/${migration}/entities/${service}`);
const cardB = await get(b, `/migrations/${migration}/entities/${service}`);
assert.equal(cardB.status, 200, 'replica B serves the card');
assert.deepEqual(cardB.body.checks, cardA.body.checks);
step(`the card of ${service} is served by both replicas (stage ${cardA.body.stage})`);

const target = cardA.body.stage === 'planning' ? 'in-progress' : 'planning';
const update = await fetch(
  api(a, `/migrations/${migration}/entities/${service}/stage`),
  {
    method: 'POST',
    headers,
    body: JSON.stringify({ stage: target, note: 'production run' }),
  },
);
assert.equal(update.status, 200, `stage update through A: ${await update.text()}`);
const readBack = await get(b, `/migrations/${migration}/entities/${service}`);
assert.equal(readBack.body.stage, target, 'replica B reads the stage set through A');
step(`stage set to ${target} through A, read back through B`);

for (const path of [
  `/migrations/${migration}/adoption`,
  `/migrations/${migration}/leaderboard`,
]) {
  const [fromA, fromB] = await Promise.all([get(a, path), get(b, path)]);
  assert.equal(fromA.status, 200, `${path} on A`);
  // generatedAt is when a replica serialised the document; the rest is data.
  const data = ({ generatedAt, ...rest }) => rest;
  assert.deepEqual(
    data(fromB.body),
    data(fromA.body),
    `${path} differs between replicas`,
  );
  step(`${path} is identical on both replicas after the update`);
}

// Give the other replica time to run a scan twice if the lock failed.
await new Promise(r => setTimeout(r, 15_000));
const scans = scansLogged();
assert.equal(
  scans[0] + scans[1],
  2,
  `scans ran ${scans[0]} time(s) on A and ${scans[1]} on B; expected the first and the triggered one, each once`,
);
step(
  `each scheduled scan ran once across both replicas (A ran ${scans[0]}, B ran ${scans[1]})`,
);
