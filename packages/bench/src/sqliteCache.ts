/*
 * Does SQLite's page cache decide how its writes scale (issue 20)?
 * yarn workspace @internal/bench sqlite-cache [--size 1m] [--cache-kib 65536]
 *   [--block 100000]
 *
 * Two SQLite databases of the plugin's schema are filled with the same
 * first-scan rows (entity_results, their history, track decision and
 * state), one transaction per 500 entities, by the multi-row INSERT the
 * floor uses. One keeps better-sqlite3's default cache (16 MB; SQLite's
 * own is 2 MB), the other the plugin's. Each page goes into both, in alternating order, so whatever
 * else the machine does falls on both alike; the time of each 100k block
 * is printed per database, with this process's garbage-collection pauses
 * in it and the files' sizes at the end. The catalog is kept as JSON text
 * and parsed a page at a time: held as objects (5 GB at 1M) each full
 * collection would mark it all, inside the timed inserts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Knex } from 'knex';
import { components, syntheticCatalog } from './catalog';
import { loadBenchConfig } from './creed';
import { soloTrekDatabase } from './database';
import { gcTimer } from './scan';
import { FIRST_SCAN_TABLES, firstScanRows } from './firstScanRows';
import { insertValues } from './floor';
import { DatabaseSoloTrekStore, evaluateEntity } from './soloTrek';

/** The scope's entities as JSON text; the objects go when this returns. */
function scopeAsJson(size: number): string[] {
  return components(syntheticCatalog(size)).map(e => JSON.stringify(e));
}

async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: string) =>
    args.includes(name) ? args[args.indexOf(name) + 1] : fallback;
  const size = Number(
    arg('--size', '1m').replace(/k$/, '000').replace(/m$/, '000000'),
  );
  const cacheKib = Number(arg('--cache-kib', '65536'));
  const BLOCK = Number(arg('--block', '100000'));
  const migration = loadBenchConfig().migrations[0];
  const json = scopeAsJson(size);
  const now = new Date();
  const arms = [] as Array<{
    name: string;
    knex: Knex;
    dir: string;
    blockMs: number[];
  }>;
  for (const kib of [undefined, cacheKib]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-cache-'));
    const database = soloTrekDatabase({ kind: 'sqlite', directory: dir });
    await DatabaseSoloTrekStore.create({ database });
    const knex = await database.getClient();
    // The plugin sets its own cache; the default arm puts the driver's back.
    if (kib === undefined) await knex.raw('PRAGMA cache_size = -16000');
    else await knex.raw(`PRAGMA cache_size = -${kib}`);
    const [{ cache_size: set }] = await knex.raw('PRAGMA cache_size');
    const name = `${kib === undefined ? 'default ' : ''}${Math.round(
      -set / 1024,
    )} MB`;
    arms.push({ name, knex, dir, blockMs: [] });
  }
  let gc = gcTimer();
  for (let i = 0; i < json.length; i += 500) {
    const page = firstScanRows(
      migration,
      json
        .slice(i, i + 500)
        .map(e => evaluateEntity(migration, JSON.parse(e), undefined, {})),
      now,
    );
    const order = (i / 500) % 2 ? [...arms].reverse() : arms;
    for (const arm of order) {
      const started = performance.now();
      await arm.knex.transaction(async tx => {
        for (const t of FIRST_SCAN_TABLES) await insertValues(tx, t, page[t]);
      });
      const block = Math.floor(i / BLOCK);
      arm.blockMs[block] =
        (arm.blockMs[block] ?? 0) + performance.now() - started;
    }
    if ((i + 500) % BLOCK === 0) {
      const b = (i + 500) / BLOCK - 1;
      const gcMs = gc.stop();
      gc = gcTimer();
      process.stdout.write(
        `${(i + 500).toLocaleString('en')}: ${arms
          .map(a => `${a.name} ${(a.blockMs[b] / 1000).toFixed(1)} s`)
          .join(', ')} (GC ${(gcMs / 1000).toFixed(1)} s)\n`,
      );
    }
  }
  for (const arm of arms) {
    const file = path.join(arm.dir, 'solo-trek.sqlite');
    const total = arm.blockMs.reduce((s, x) => s + x, 0);
    const first = arm.blockMs[0];
    const last = arm.blockMs[arm.blockMs.length - 1];
    process.stdout.write(
      `${arm.name}: ${(total / 1000).toFixed(
        1,
      )} s in all, last block ÷ first ${(last / first).toFixed(
        2,
      )}×, file ${Math.round(fs.statSync(file).size / 2 ** 20)} MB\n`,
    );
    await arm.knex.destroy();
    fs.rmSync(arm.dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  e => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exit(1);
  },
);
