import { BenchResults, DEFAULTS, runBench } from './bench';
import { DbKind } from './database';
import { BENCH_CREED, RULES_PER_ENTITY } from './creed';
import { checkTargets, renderMarkdown } from './report';

// The 1k catalog end to end, as `yarn bench --sizes 1k --no-http` runs it:
// numbers are produced and consistent. Speed targets are not asserted here.
jest.setTimeout(120_000);

// PostgreSQL too whenever the test databases are configured (always in CI).
const pg = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const dbs: DbKind[] = pg ? ['sqlite', 'pg'] : ['sqlite'];

describe('benchmark smoke test (1k)', () => {
  let results: BenchResults;

  beforeAll(async () => {
    results = await runBench({
      ...DEFAULTS,
      sizes: [1000],
      dbs,
      pg: pg ?? DEFAULTS.pg,
    });
  });

  it('runs on every requested database', () => {
    expect(results.sizes).toHaveLength(1);
    expect(results.sizes[0].scans.map(s => s.db)).toEqual(dbs);
    expect(results.notes).toEqual([]);
  });

  it('counts entities × rules evaluations, everywhere', () => {
    const [size] = results.sizes;
    expect(size.components).toBe(1000);
    expect(RULES_PER_ENTITY).toBe(BENCH_CREED.length + 1);
    expect(BENCH_CREED.length).toBeGreaterThanOrEqual(12);
    const expected = size.components * RULES_PER_ENTITY;
    expect(size.evaluator!.withEvidence.evaluations).toBe(expected);
    expect(size.evaluator!.withoutEvidence.evaluations).toBe(expected);
    expect(size.techInsights!.evaluations).toBe(expected);
    for (const scan of size.scans) {
      expect(scan.first.entities).toBe(size.components);
      expect(scan.first.ruleEvaluations).toBe(expected);
      // Issue 20: an unchanged catalog is skipped by its input digests.
      expect(scan.second.skipped).toBe(size.components);
      expect(scan.second.ruleEvaluations).toBe(0);
    }
  });

  it('writes every result once, then nothing on an unchanged catalog', () => {
    for (const scan of results.sizes[0].scans) {
      // A result and a first history entry per entity, plus state rows.
      expect(scan.first.rowsWritten).toBeGreaterThanOrEqual(2 * 1000);
      expect(scan.first.sqlRowChanges).toBeGreaterThanOrEqual(
        scan.first.rowsWritten,
      );
      expect(scan.second.rowsWritten).toBe(0);
      // Only the scan's own bookkeeping: the scans row, started and
      // finished, and its transient seen refs, each inserted into scan_seen
      // and deleted at the end (issue 20: not held in memory).
      expect(scan.second.sqlRowChanges).toBeLessThanOrEqual(
        2 + 2 * scan.second.entities,
      );
      expect(scan.peakRssMb).toBeGreaterThan(0);
    }
  });

  it('sweeps the stored scan once: digests, not one notification per service, and nothing twice', () => {
    for (const scan of results.sizes[0].scans) {
      const { first, second, daysToSunset } = scan.sweep!;
      expect(daysToSunset).toBe(7);
      // Every service not done has its 7-day reminder: most fold into
      // team digests, so far fewer notifications than services.
      expect(first.folded).toBeGreaterThan(0);
      expect(first.byTopic['solo-trek.digest']).toBeGreaterThan(0);
      expect(first.notifications).toBeLessThan(1000);
      expect(second.notifications).toBe(0);
    }
  });

  it('agrees with Tech Insights on every check, pass for pass', () => {
    const size = {
      ...results.sizes[0],
      evaluator: results.sizes[0].evaluator!,
      techInsights: results.sizes[0].techInsights!,
      crossCheck: results.sizes[0].crossCheck!,
    };
    expect(size.crossCheck.mismatches).toEqual([]);
    for (const [id, counts] of Object.entries(
      size.evaluator.withEvidence.counts,
    )) {
      expect(size.techInsights.counts[id]).toEqual({
        pass: counts.pass,
        fail: counts.fail + counts.unknown,
      });
      // Evidence or not, the outcomes are the same.
      expect(size.evaluator.withoutEvidence.counts[id]).toEqual(counts);
    }
    // One Tech Insights check per rule: the Creed items and liveWhen.
    expect(Object.keys(size.techInsights.counts)).toHaveLength(
      RULES_PER_ENTITY,
    );
  });

  it('renders the table with the machine, the date, Node and the databases', () => {
    const markdown = renderMarkdown(results, 'yarn bench --sizes 1k --no-http');
    expect(markdown).toContain(`${results.environment.cores} cores`);
    expect(markdown).toContain(results.environment.node);
    expect(markdown).toContain(results.environment.date);
    expect(markdown).toContain('SQLite');
    expect(markdown).toMatch(/\| 1k \| SQLite \| 1,000 \|/);
    const targets = checkTargets(results);
    expect(
      targets.find(t => t.target.startsWith('A no-change scan'))?.met,
    ).toBe(true);
  });
});
