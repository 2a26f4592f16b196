/*
 * yarn bench [--sizes 1k,10k,100k] [--db sqlite,pg|none] [--http | --no-http]
 *            [--http-size 100k] [--http-catalog 100k] [--http-db pg|sqlite]
 *            [--no-keep-catalog | --fresh-catalog] [--drop-catalogs]
 *            [--duration 10] [--connections 50] [--warmup 2] [--pg URL]
 *            [--sweep-days 7 | --no-sweep] [--only-sweep]
 *            [--cpu-prof DIR] [--no-floor] [--aggregates] [--child-heap-mb N]
 *            [--out ../../bench/RESULTS.md]
 *
 * Prints the results and writes them as Markdown. See README.md.
 *
 * After the scans of each size and database the nudge sweep runs over the
 * stored results with the sunset --sweep-days from now (7 by default);
 * --only-sweep runs the scans and the sweep alone (no evaluator, Tech
 * Insights, mock catalog or HTTP).
 *
 * Each scan is followed by its floor (issue 20, floor.ts: paging,
 * evaluation and the cheapest write or no-change check); --no-floor skips
 * it, which halves the time of a 1M run.
 *
 * --aggregates times the aggregates' first computation (the adoption
 * report and the ranked leaderboard) over each stored scan, with the peak
 * RSS while it runs.
 *
 * --child-heap-mb N runs each scan's child with --max-old-space-size=N: by
 * default V8 lets garbage grow with the allocation rate (a 2–4 GB limit on
 * this machine), so peak RSS says little about what the scan holds.
 *
 * --cpu-prof DIR writes a V8 CPU profile of each first scan (the slowest
 * phase) to DIR; `yarn workspace @internal/bench profile-summary FILE`
 * prints where its time went.
 *
 * The HTTP run keeps the real catalog it ingested on PostgreSQL
 * (solo_trek_bench_catalog_* databases) and later runs reuse it:
 * --fresh-catalog ingests it again, --no-keep-catalog uses a throwaway one,
 * --drop-catalogs drops every kept catalog and exits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { DEFAULTS, runBench } from './bench';
import { DbKind } from './database';
import { dropKeptCatalogs } from './keptCatalog';
import { checkTargets, renderMarkdown } from './report';

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(value.trim());
  if (!m) throw new Error(`"${value}" is not a size; write 1000, 1k or 100k`);
  const scale = { '': 1, k: 1000, m: 1_000_000 }[m[2].toLowerCase()]!;
  return Math.round(Number(m[1]) * scale);
}

function parseArgs(argv: string[]) {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const [key, inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) args.set(key, inline);
    else if (argv[i + 1] && !argv[i + 1].startsWith('--'))
      args.set(key, argv[++i]);
    else args.set(key, true);
  }
  const str = (key: string) => {
    const v = args.get(key);
    return typeof v === 'string' ? v : undefined;
  };
  const known = [
    'sizes',
    'db',
    'http',
    'no-http',
    'http-size',
    'http-catalog',
    'http-db',
    'duration',
    'connections',
    'warmup',
    'pg',
    'out',
    'help',
    'no-keep-catalog',
    'fresh-catalog',
    'drop-catalogs',
    'sweep-days',
    'no-sweep',
    'only-sweep',
    'cpu-prof',
    'no-floor',
    'aggregates',
    'child-heap-mb',
  ];
  for (const key of args.keys()) {
    if (!known.includes(key)) throw new Error(`unknown option --${key}`);
  }
  return { args, str };
}

async function main() {
  const { args, str } = parseArgs(process.argv.slice(2));
  if (args.has('help')) {
    process.stdout.write(fs.readFileSync(__filename, 'utf8').split('*/')[0]);
    return;
  }
  if (args.has('drop-catalogs')) {
    await dropKeptCatalogs(str('pg') ?? DEFAULTS.pg);
    process.stderr.write('Dropped every kept benchmark catalog.\n');
    return;
  }
  const sizes = (str('sizes') ?? '1k,10k,100k').split(',').map(parseSize);
  // --db none: evaluator and Tech Insights only.
  const dbs = (str('db') ?? 'sqlite,pg')
    .split(',')
    .filter(d => d !== 'none')
    .map(d => {
      if (d !== 'sqlite' && d !== 'pg')
        throw new Error(`unknown database ${d}`);
      return d as DbKind;
    });
  // HTTP runs at the largest size unless told otherwise.
  let httpSize: number | undefined = Math.max(...sizes);
  if (args.has('no-http') || args.has('only-sweep')) httpSize = undefined;
  else if (str('http-size')) httpSize = parseSize(str('http-size')!);
  if (httpSize !== undefined && !sizes.includes(httpSize)) {
    throw new Error(`--http-size ${httpSize} must be one of --sizes`);
  }
  const httpDb = str('http-db') as DbKind | undefined;
  // bench/RESULTS.md at the repository root.
  const out = path.resolve(
    str('out') ??
      resolvePackagePath('@internal/bench', '..', '..', 'bench', 'RESULTS.md'),
  );
  const command = `yarn bench ${process.argv.slice(2).join(' ')}`.trim();

  const started = Date.now();
  const results = await runBench({
    ...DEFAULTS,
    sizes,
    dbs,
    httpSize,
    httpCatalogSize: str('http-catalog')
      ? parseSize(str('http-catalog')!)
      : undefined,
    httpDb,
    keepCatalog: !args.has('no-keep-catalog'),
    freshCatalog: args.has('fresh-catalog'),
    durationS: str('duration') ? Number(str('duration')) : DEFAULTS.durationS,
    connections: str('connections')
      ? Number(str('connections'))
      : DEFAULTS.connections,
    warmupS: str('warmup') ? Number(str('warmup')) : DEFAULTS.warmupS,
    sweepDays: args.has('no-sweep')
      ? undefined
      : Number(str('sweep-days') ?? DEFAULTS.sweepDays),
    sweepOnly: args.has('only-sweep'),
    noFloor: args.has('no-floor'),
    aggregates: args.has('aggregates'),
    childHeapMb: str('child-heap-mb')
      ? Number(str('child-heap-mb'))
      : undefined,
    cpuProfDir: str('cpu-prof') ? path.resolve(str('cpu-prof')!) : undefined,
    pg: str('pg') ?? DEFAULTS.pg,
    log: line => process.stderr.write(`${line}\n`),
  });
  const markdown = renderMarkdown(results, command);
  process.stdout.write(`\n${markdown}\n`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, markdown);
  const missed = checkTargets(results).filter(c => c.met === false && !c.extra);
  process.stderr.write(
    `\nWrote ${out} after ${Math.round((Date.now() - started) / 1000)} s; ` +
      `${missed.length} target(s) missed.\n`,
  );
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
