import {
  AdoptionReport,
  SortOrder,
  sortTeams,
  TeamAdoption,
  TeamAdoptionPage,
  TeamAdoptionSort,
} from '@internal/plugin-solo-trek-common';
import { computeAdoption, computeCreedStats } from '../../domain/adoption';
import { daysToSunset } from '../../domain/buildCard';
import { PageQuery, teamAdoptionPage } from '../../domain/pages';
import { ReadScope } from '../CatalogReadAccess';
import { AggregateCache } from './AggregateCache';
import { CatalogNames } from './CatalogNames';
import { HistoryReporter } from './HistoryReporter';
import { ReportContext } from './ReportContext';

export type TeamAdoptionQuery = PageQuery & {
  sort: TeamAdoptionSort;
  order: SortOrder;
};

/** The adoption report as cached: with every team, served a page at a time. */
type AdoptionDocument = AdoptionReport & { byTeam: TeamAdoption[] };

function publicReport({ byTeam, ...report }: AdoptionDocument): AdoptionReport {
  return report;
}

/**
 * Service adoption: totals, stages, tracks, quadrants, Creed stats and the
 * forecast, and the per-team breakdown, a page at a time or whole for the
 * CSV export.
 */
export class AdoptionReporter {
  constructor(
    private readonly ctx: ReportContext,
    private readonly cache: AggregateCache,
    private readonly names: CatalogNames,
    private readonly history: HistoryReporter,
  ) {}

  /** The adoption report, the same (frozen) object per results version. */
  async report(migrationId: string): Promise<AdoptionReport> {
    const { entry, stale } = await this.entry(migrationId);
    // The cached document says stale: false; a failed last scan is rare.
    if (stale) return { ...publicReport(entry.value), stale };
    return entry.derive('public', () => publicReport(entry.value));
  }

  /** Every team the caller may read, furthest along first: the CSV export. */
  async byTeam(migrationId: string, scope: ReadScope): Promise<TeamAdoption[]> {
    const { entry } = await this.entry(migrationId);
    return this.ctx.access.filter(scope, entry.value.byTeam, t => t.team);
  }

  /** One page of the per-team breakdown, made once per query and version. */
  async teamsPage(
    migrationId: string,
    query: TeamAdoptionQuery,
    scope: ReadScope,
  ): Promise<TeamAdoptionPage> {
    const { entry } = await this.entry(migrationId);
    const { sort, order, limit, offset, q } = query;
    const sorted = entry.derive(`sorted:${sort}:${order}`, () =>
      sortTeams(entry.value.byTeam, sort, order),
    );
    const pageOf = (teams: readonly TeamAdoption[]): TeamAdoptionPage => {
      const page = teamAdoptionPage(teams, { limit, offset, q });
      return {
        migrationId: entry.value.migrationId,
        generatedAt: entry.value.generatedAt,
        total: page.total,
        offset: page.offset,
        items: page.items,
      };
    };
    // Cached pages are for callers who may read every team.
    if (scope.kind !== 'all') {
      return pageOf(await this.ctx.access.filter(scope, sorted, t => t.team));
    }
    const key = JSON.stringify(['page', sort, order, limit, offset, q ?? '']);
    return entry.derive(key, () => pageOf(sorted));
  }

  private async entry(migrationId: string) {
    const { store } = this.ctx;
    const m = this.ctx.migration(migrationId);
    // One read gives the version the document is keyed by and the staleness.
    const { scan, resultsVersion } = await store.getScanState(m.id);
    // The kind names the document's shape, so an upgrade never serves an old one.
    const entry = await this.cache.get(
      m.id,
      'adoption:v3',
      async (): Promise<AdoptionDocument> => {
        const now = this.ctx.now();
        const [rows, outcomeCounts, waived, history] = await Promise.all([
          store.adoptionRows(m.id),
          store.outcomeCounts(m.id),
          store.activeWaiverOutcomes(m.id, now),
          this.history.report(m.id),
        ]);
        const owners = rows.flatMap(r => (r.ownerRef ? [r.ownerRef] : []));
        const breakdowns = computeAdoption(
          m,
          rows,
          await this.names.titlesFor(owners),
        );
        // One forecast: the history's, from today's figures (HistoryReporter).
        const { forecast } = history;
        return {
          migrationId: m.id,
          generatedAt: now.toISOString(),
          sunset: m.window.sunset.toISODate()!,
          daysToSunset: daysToSunset(m, now),
          ...breakdowns,
          teamCount: breakdowns.byTeam.length,
          creed: computeCreedStats(m, outcomeCounts, waived, now),
          forecast,
          forecastByTrack: history.forecastByTrack,
          stale: false,
        };
      },
      resultsVersion,
    );
    return { entry, stale: Boolean(scan?.error) };
  }
}
