import { NotFoundError } from '@backstage/errors';
import {
  Leaderboard,
  LeaderboardEntry,
  LeaderboardPeriod,
  TeamScoreExplanation,
} from '@internal/plugin-solo-trek-common';
import { MigrationDefinition } from '../../config/readSoloTrekConfig';
import { waivedItemsByEntity } from '../../domain/effectiveStatus';
import { LeaderboardTally, maxPoints } from '../../domain/leaderboard';
import { ScoredRow } from '../../domain/model';
import { leaderboardPage, PageQuery } from '../../domain/pages';
import { plannedEndLookup } from '../../domain/waves';
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

  /**
   * Why a team has its score in a period: each service's points with its
   * earliness and compliance, the prior's effect and the badges with their
   * rules, by the same rule as the ranking. Services the caller may not
   * read are counted, not named; a team the caller may not read is a 404.
   */
  async explain(
    migrationId: string,
    period: LeaderboardPeriod,
    team: string,
    scope: ReadScope,
  ): Promise<TeamScoreExplanation> {
    const m = this.ctx.migration(migrationId);
    const { value } = await this.entry(m.id, period);
    const entry = value.entries.find(e => e.team === team);
    if (!entry || !(await this.ctx.access.readable(scope, [team])).has(team)) {
      throw new NotFoundError(
        `${team} owns no service in the scope of migration "${m.id}"`,
      );
    }
    // The team's own services are kept while the tally counts everyone's.
    const { tally, teamRows } = await this.tally(
      m,
      period,
      this.ctx.now(),
      team,
    );
    const breakdown = tally.explain(team, teamRows);
    if (!breakdown) {
      throw new NotFoundError(
        `${team} owns no service in the scope of migration "${m.id}"`,
      );
    }
    const refs = breakdown.services.map(s => s.entityRef);
    const [readable, titles] = await Promise.all([
      this.ctx.access.readable(scope, refs),
      this.names.titlesFor(refs),
    ]);
    const shown = breakdown.services.filter(s => readable.has(s.entityRef));
    const hidden = breakdown.services.filter(s => !readable.has(s.entityRef));
    const round = (n: number) => Math.round(n * 1000) / 1000;
    return {
      migrationId: m.id,
      period,
      periodStart: value.periodStart,
      team,
      title: entry.title,
      rank: entry.rank,
      score: breakdown.score,
      rawScore: breakdown.rawScore,
      priorEffect: Math.round((breakdown.score - breakdown.rawScore) * 10) / 10,
      migrated: entry.migrated,
      total: entry.total,
      scoring: value.scoring,
      services: shown.map(s => ({
        entityRef: s.entityRef,
        title: titles.get(s.entityRef),
        stage: s.stage,
        track: s.track,
        migratedAt: s.migratedAt?.toISOString() ?? null,
        counted: s.counted,
        earliness: s.earliness === null ? null : round(s.earliness),
        earlinessBasis: s.earlinessBasis,
        plannedEnd: s.plannedEnd?.toISOString() ?? null,
        compliance: s.compliance === null ? null : round(s.compliance),
        waivedItems: s.waivedItems,
        points: round(s.points),
      })),
      hiddenServices: {
        count: hidden.length,
        points: round(hidden.reduce((sum, s) => sum + s.points, 0)),
      },
      badges: breakdown.badges.filter(b => entry.badges.includes(b.badge)),
    };
  }

  /**
   * Every service of the migration counted into a tally, a page at a time,
   * with what the score reads besides the results: waivers, the hero and the
   * waves. With `team`, that team's own services are kept for its
   * breakdown. The planned ends of Caravan waves are read per page, for the
   * page's Caravan services: reading every result's wave row at once held
   * the whole scope in memory (issue 20; 300k rows ran a 200 MB heap out).
   */
  private async tally(
    m: MigrationDefinition,
    period: LeaderboardPeriod,
    now: Date,
    team?: string,
  ): Promise<{ tally: LeaderboardTally; teamRows: ScoredRow[] }> {
    const { store, config } = this.ctx;
    const [waived, hero, waves] = await Promise.all([
      store.activeWaiverOutcomes(m.id, now),
      this.heroes.reigning(m.id),
      store.listWaves(m.id),
    ]);
    // Last month's Migration Hero earns their teams a badge this month.
    const heroTeams = new Set<string>();
    if (hero) {
      for (const t of await this.names.teamsOf(hero.nominee)) heroTeams.add(t);
    }
    let pageEnds: (ref: string) => Date | null = () => null;
    const teamEnds = new Map<string, Date | null>();
    const tally = new LeaderboardTally({
      window: m.window,
      weights: config.leaderboard,
      creedSize: m.creed.length,
      period,
      now,
      zone: config.timeZone,
      waivedByEntity: waivedItemsByEntity(m.creed, waived, now),
      heroTeams,
      // Caravan earliness counts against the planned end of the service's
      // wave; a Caravan service in no wave is scored neutrally.
      plannedEndFor: ref => pageEnds(ref) ?? teamEnds.get(ref) ?? null,
    });
    const teamRows: ScoredRow[] = [];
    for await (const page of store.scoredRowPages(m.id)) {
      const caravan = page
        .filter(r => r.track === 'caravan')
        .map(r => r.entityRef);
      pageEnds =
        caravan.length > 0 && waves.length > 0
          ? plannedEndLookup(waves, await store.waveRows(m.id, caravan))
          : () => null;
      tally.add(page);
      if (team === undefined) continue;
      for (const row of page) {
        if (row.ownerRef !== team) continue;
        teamRows.push(row);
        teamEnds.set(row.entityRef, pageEnds(row.entityRef));
      }
    }
    pageEnds = () => null;
    return { tally, teamRows };
  }

  private async entry(
    migrationId: string,
    period: LeaderboardPeriod,
  ): Promise<CachedDocument<RankedLeaderboard>> {
    const { config } = this.ctx;
    const m = this.ctx.migration(migrationId);
    // Recording last month's hero bumps the results version, so it comes
    // before the document's version is read.
    await this.heroes.closeEndedMonths(m.id);
    // Months turn at midnight in soloTrek.timeZone, not with the UTC day
    // the cache is keyed by: the month is part of the key.
    const month = this.heroes.currentMonth();
    return this.cache.get(m.id, `leaderboard:${period}:${month}`, async () => {
      const now = this.ctx.now();
      const { tally } = await this.tally(m, period, now);
      const { periodStart, organisationMean, entries } = tally.ranked(
        await this.names.titlesFor(tally.teams()),
      );
      return {
        migrationId: m.id,
        period,
        periodStart,
        generatedAt: now.toISOString(),
        scoring: {
          ...config.leaderboard,
          organisationMean,
          maxPoints: maxPoints(config.leaderboard),
        },
        entries,
      };
    });
  }
}
