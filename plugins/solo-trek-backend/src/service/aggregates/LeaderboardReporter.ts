import {
  Leaderboard,
  LeaderboardEntry,
  LeaderboardPeriod,
} from '@internal/plugin-solo-trek-common';
import { waivedItemsByEntity } from '../../domain/effectiveStatus';
import { computeLeaderboard } from '../../domain/leaderboard';
import { leaderboardPage, PageQuery } from '../../domain/pages';
import { ReadScope } from '../CatalogReadAccess';
import { AggregateCache, CachedDocument } from './AggregateCache';
import { CatalogNames } from './CatalogNames';
import { HeroesService } from './HeroesService';
import { ReportContext } from './ReportContext';

export type LeaderboardQuery = PageQuery & { teams?: readonly string[] };

/** The leaderboard as cached: every team, ranked. */
export type RankedLeaderboard = Omit<
  Leaderboard,
  'total' | 'offset' | 'pinned'
>;

/** The team leaderboard, over the whole window or this month. */
export class LeaderboardReporter {
  constructor(
    private readonly ctx: ReportContext,
    private readonly cache: AggregateCache,
    private readonly names: CatalogNames,
    private readonly heroes: HeroesService,
  ) {}

  /** Every team, ranked: the cached document the pages are cut from. */
  async ranked(
    migrationId: string,
    period: LeaderboardPeriod,
  ): Promise<RankedLeaderboard> {
    return (await this.entry(migrationId, period)).value;
  }

  /**
   * One page of the leaderboard, made once per query and results version:
   * the page a card asks for costs a lookup, not a sort.
   */
  async page(
    migrationId: string,
    period: LeaderboardPeriod,
    query: LeaderboardQuery,
    scope: ReadScope,
  ): Promise<Leaderboard> {
    const entry = await this.entry(migrationId, period);
    const teams = [...new Set(query.teams ?? [])].sort();
    const { limit, offset, q } = query;
    const { entries, ...meta } = entry.value;
    const pageOf = (ranked: readonly LeaderboardEntry[]): Leaderboard => {
      const page = leaderboardPage(ranked, { limit, offset, q, teams });
      return {
        ...meta,
        total: page.total,
        offset: page.offset,
        entries: page.items,
        pinned: page.pinned,
      };
    };
    // Teams the caller may not read are left out; ranks stay the overall
    // ones. Cached pages are for callers who may read every team.
    if (scope.kind !== 'all') {
      return pageOf(await this.ctx.access.filter(scope, entries, e => e.team));
    }
    const key = JSON.stringify([limit, offset, q ?? '', teams]);
    return entry.derive(key, () => pageOf(entries));
  }

  private async entry(
    migrationId: string,
    period: LeaderboardPeriod,
  ): Promise<CachedDocument<RankedLeaderboard>> {
    const { config, store } = this.ctx;
    const m = this.ctx.migration(migrationId);
    // Recording last month's hero bumps the results version, so it comes
    // before the document's version is read.
    const hero = await this.heroes.reigning(m.id);
    // Months turn at midnight in soloTrek.timeZone, not with the UTC day
    // the cache is keyed by: the month is part of the key.
    const month = this.heroes.currentMonth();
    return this.cache.get(m.id, `leaderboard:${period}:${month}`, async () => {
      const now = this.ctx.now();
      const [rows, waived] = await Promise.all([
        store.scoredRows(m.id),
        store.activeWaiverOutcomes(m.id, now),
      ]);
      const waivedByEntity = waivedItemsByEntity(m.creed, waived, now);
      // Last month's Migration Hero earns their teams a badge this month.
      const heroTeams = new Set<string>();
      if (hero) {
        for (const team of await this.names.teamsOf(hero.nominee))
          heroTeams.add(team);
      }
      const owners = rows.flatMap(r => (r.ownerRef ? [r.ownerRef] : []));
      const { periodStart, entries } = computeLeaderboard({
        rows,
        window: m.window,
        weights: config.leaderboard,
        creedSize: m.creed.length,
        period,
        now,
        titles: await this.names.titlesFor(owners),
        waivedByEntity,
        heroTeams,
        zone: config.timeZone,
      });
      return {
        migrationId: m.id,
        period,
        periodStart,
        generatedAt: now.toISOString(),
        entries,
      };
    });
  }
}
