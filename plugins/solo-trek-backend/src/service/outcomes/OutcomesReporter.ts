import { LoggerService } from '@backstage/backend-plugin-api';
import {
  OUTCOME_RATE_DAYS,
  OutcomesReport,
  OutcomeTeam,
  OutcomeTeamsPage,
  teamMatches,
} from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import { configDigest } from '../../config/configDigest';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';
import { metricInfo } from '../../domain/outcomes/metrics';
import { outcomesCsv } from '../../domain/outcomes/outcomesCsv';
import { computeScorecard } from '../../domain/outcomes/scorecard';
import { BUCKET_DAYS } from '../../domain/outcomes/serviceOutcome';
import { TRACK_TITLES } from '../../domain/outcomes/trackTitles';
import { CatalogReadAccess, ReadScope } from '../CatalogReadAccess';
import { CachedDocument } from '../aggregates/AggregateCache';
import { CatalogNames } from '../aggregates/CatalogNames';

/** The scorecard as cached: the report, and every team for the pages and the CSV. */
interface OutcomesDocument {
  report: OutcomesReport;
  byTeam: OutcomeTeam[];
}

/**
 * A scorecard that took longer than this to compute (at 100k services it
 * reads a million points: about 3.4 s of computing alone, measured) is
 * served as it was while the next one is computed in the background, so a
 * pipeline reporting every minute, or midnight, never makes a reader wait:
 * readers are at most one computation behind. One older than STALE_MS is
 * not shown; its reader waits for the fresh one.
 */
const SLOW_MS = 1000;
const STALE_MS = 60 * 60_000;

interface MemoryEntry {
  key: string;
  day: string;
  doc: CachedDocument<OutcomesDocument>;
  computedAt: number;
  computeMs: number;
}

/**
 * The outcomes section of the dashboard: the scorecard of one migration,
 * computed from every in-scope service's points and the pulse, cached in
 * memory and in the `aggregates` table per outcomes version, results version
 * (go-live dates) and day, like the other reports. Org-wide figures are the
 * same for every caller; the per-team rows and their CSV leave out teams the
 * caller may not read.
 */
export class OutcomesReporter {
  private readonly memory = new Map<string, MemoryEntry>();
  private readonly computing = new Map<string, Promise<MemoryEntry>>();
  private readonly kind: string;

  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      access: CatalogReadAccess;
      names: CatalogNames;
      logger: LoggerService;
      migration: (id: string) => MigrationDefinition;
      now: () => Date;
      /** For tests: how long a computation takes to count as slow. */
      slowMs?: number;
    },
  ) {
    const { outcomes } = deps.config;
    // The kind names the document's shape and the config that shapes it.
    this.kind = `outcomes:v1@${configDigest({
      ...outcomes,
      metrics: [...outcomes.metrics.values()],
      migrations: deps.config.migrations.map(m => m.id),
    })}`;
  }

  /** The scorecard report, the same (frozen) object per version. */
  async report(migrationId: string): Promise<OutcomesReport> {
    const doc = await this.document(migrationId);
    return doc.derive('report', () => doc.value.report);
  }

  /** One page of the per-team scorecard, of the teams the caller may read. */
  async teamsPage(
    migrationId: string,
    query: { limit: number; offset: number; q?: string },
    scope: ReadScope,
  ): Promise<OutcomeTeamsPage> {
    const doc = await this.document(migrationId);
    const make = (teams: readonly OutcomeTeam[]): OutcomeTeamsPage => {
      const matching = query.q
        ? teams.filter(t => teamMatches(t, query.q))
        : teams;
      return {
        migrationId: doc.value.report.migrationId,
        generatedAt: doc.value.report.generatedAt,
        total: matching.length,
        offset: query.offset,
        items: matching.slice(query.offset, query.offset + query.limit),
      };
    };
    if (scope.kind !== 'all') {
      return make(
        await this.deps.access.filter(scope, doc.value.byTeam, t => t.team),
      );
    }
    const key = JSON.stringify([
      'page',
      query.limit,
      query.offset,
      query.q ?? '',
    ]);
    return doc.derive(key, () => make(doc.value.byTeam));
  }

  /** The CSV export: the whole migration, each track, each team the caller may read. */
  async csv(migrationId: string, scope: ReadScope): Promise<string> {
    const doc = await this.document(migrationId);
    const { report } = doc.value;
    const teams = await this.deps.access.filter(
      scope,
      doc.value.byTeam,
      t => t.team,
    );
    return outcomesCsv(report.metrics, [
      {
        type: 'overall',
        group: report.migrationId,
        title: this.deps.migration(migrationId).title,
        summary: report.overall,
      },
      ...report.byTrack.map(t => ({
        type: 'track' as const,
        group: t.track,
        title: TRACK_TITLES[t.track],
        summary: t,
      })),
      ...teams.map(t => ({
        type: 'team' as const,
        group: t.team,
        title: t.title,
        summary: t,
      })),
    ]);
  }

  private today(): string {
    return DateTime.fromJSDate(this.deps.now(), { zone: 'utc' }).toISODate()!;
  }

  private async document(
    migrationId: string,
  ): Promise<CachedDocument<OutcomesDocument>> {
    const m = this.deps.migration(migrationId);
    const { store } = this.deps;
    const [outcomesVersion, resultsVersion] = await Promise.all([
      store.outcomes.version(),
      store.getResultsVersion(m.id),
    ]);
    const day = this.today();
    const key = `${outcomesVersion}:${resultsVersion}:${day}`;
    const hit = this.memory.get(m.id);
    if (hit && hit.key === key) return hit.doc;
    if (
      hit &&
      hit.computeMs > (this.deps.slowMs ?? SLOW_MS) &&
      this.deps.now().getTime() - hit.computedAt < STALE_MS
    ) {
      this.refresh(m, key, outcomesVersion).catch(error =>
        this.deps.logger.warn(
          `Could not compute the outcomes of ${m.id}: ${error}`,
        ),
      );
      return hit.doc;
    }
    return (await this.refresh(m, key, outcomesVersion)).doc;
  }

  /** The document for `key`, from the database tier or computed; once at a time per key. */
  private refresh(
    m: MigrationDefinition,
    key: string,
    outcomesVersion: number,
  ): Promise<MemoryEntry> {
    const flightKey = `${m.id}/${key}`;
    let flight = this.computing.get(flightKey);
    if (!flight) {
      flight = this.load(m, key, outcomesVersion).finally(() =>
        this.computing.delete(flightKey),
      );
      this.computing.set(flightKey, flight);
    }
    return flight;
  }

  private async load(
    m: MigrationDefinition,
    key: string,
    outcomesVersion: number,
  ): Promise<MemoryEntry> {
    const { store } = this.deps;
    const day = this.today();
    const stored = await store.getAggregate(m.id, this.kind);
    if (stored && stored.version === outcomesVersion) {
      const body = JSON.parse(stored.body) as {
        key: string;
        computeMs: number;
        value: OutcomesDocument;
      };
      if (body.key === key) {
        return this.remember(m.id, {
          key,
          day,
          doc: new CachedDocument(outcomesVersion, day, body.value),
          computedAt: this.deps.now().getTime(),
          computeMs: body.computeMs,
        });
      }
    }
    const started = Date.now();
    const value = await this.compute(m);
    const computeMs = Date.now() - started;
    await store.putAggregate(
      m.id,
      this.kind,
      outcomesVersion,
      JSON.stringify({ key, computeMs, value }),
    );
    return this.remember(m.id, {
      key,
      day,
      doc: new CachedDocument(outcomesVersion, day, value),
      computedAt: this.deps.now().getTime(),
      computeMs,
    });
  }

  private remember(migrationId: string, entry: MemoryEntry) {
    const current = this.memory.get(migrationId);
    // A slower, older computation never replaces a newer one.
    if (!current || current.computedAt <= entry.computedAt) {
      this.memory.set(migrationId, entry);
    }
    return entry;
  }

  private async compute(m: MigrationDefinition): Promise<OutcomesDocument> {
    const { config, store, names } = this.deps;
    const { outcomes } = config;
    const now = this.deps.now();
    const metrics = outcomes.metrics;
    const services = await store.outcomes.services(m.id);
    const [daily, answers] = await Promise.all([
      store.outcomes.dailyValues(
        services.map(s => s.entityRef),
        id => metrics.get(id)?.aggregation,
      ),
      store.outcomes.listPulseAnswers(m.id),
    ]);
    const card = computeScorecard({
      metrics,
      services,
      daily,
      answers,
      now,
      comparisonDays: outcomes.comparisonDays,
      minGroupSize: outcomes.pulse.minGroupSize,
    });
    const titles = await names.titlesFor(card.byTeam.map(t => t.team));
    const byTeam = card.byTeam
      .map(t => ({ ...t, title: titles.get(t.team) ?? t.team }))
      // Biggest teams first, as they weigh most in the medians.
      .sort(
        (a, b) =>
          b.services - a.services ||
          a.title.localeCompare(b.title, 'en') ||
          (a.team < b.team ? -1 : 1),
      );
    return {
      report: {
        migrationId: m.id,
        generatedAt: now.toISOString(),
        from: m.from,
        to: m.to,
        comparisonDays: outcomes.comparisonDays,
        rateDays: OUTCOME_RATE_DAYS,
        bucketDays: BUCKET_DAYS,
        metrics: [...metrics.values()].map(metricInfo),
        overall: card.overall,
        byTrack: card.byTrack,
        series: card.series,
        pulse: outcomes.pulse,
        reportingServices: card.reportingServices,
        teamCount: byTeam.length,
      },
      byTeam,
    };
  }
}
