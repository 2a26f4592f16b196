import { randomUUID } from 'node:crypto';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AdoptionHistory,
  AdoptionReport,
  HeroesResponse,
  HeroNomination,
  HeroNominationRequest,
  Leaderboard,
  LeaderboardEntry,
  LeaderboardPeriod,
  LongTailReport,
  SortOrder,
  sortTeams,
  TeamAdoption,
  TeamAdoptionPage,
  TeamAdoptionSort,
  TeamServices,
} from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import {
  Level,
  MigrationDefinition,
  SoloTrekConfig,
} from '../config/readSoloTrekConfig';
import { SoloTrekStore } from '../database/SoloTrekStore';
import { computeAdoption, computeCreedStats } from '../domain/adoption';
import { daysToSunset } from '../domain/buildCard';
import {
  effectiveStatus,
  waivedItemsByEntity,
} from '../domain/effectiveStatus';
import { computeForecast } from '../domain/forecast';
import { heroesByMonth } from '../domain/heroes';
import { assertPlainText } from '../domain/plainText';
import { buildHistory } from '../domain/history';
import { computeLeaderboard } from '../domain/leaderboard';
import { leaderboardPage, PageQuery, teamAdoptionPage } from '../domain/pages';
import {
  CatalogReadAccess,
  noSuchEntity,
  ReadScope,
} from './CatalogReadAccess';
import { AggregateCache, CachedDocument } from './aggregates/AggregateCache';
import { CatalogNames } from './aggregates/CatalogNames';

const LEVELS: Level[] = ['high', 'low'];
const STATUS_COUNT = {
  pass: 'passed',
  fail: 'failed',
  waived: 'waived',
  unknown: 'unknown',
} as const;

/** The adoption report as cached: with every team, served a page at a time. */
type AdoptionDocument = AdoptionReport & { byTeam: TeamAdoption[] };

/** The leaderboard as cached: every team, ranked. */
type RankedLeaderboard = Omit<Leaderboard, 'total' | 'offset' | 'pinned'>;

export type LeaderboardQuery = PageQuery & { teams?: readonly string[] };
export type TeamAdoptionQuery = PageQuery & {
  sort: TeamAdoptionSort;
  order: SortOrder;
};

function publicReport({ byTeam, ...report }: AdoptionDocument): AdoptionReport {
  return report;
}

/**
 * Adoption, history, leaderboard and long tail, computed from the same stored
 * results as the cards. Whole documents are cached in the database and in
 * memory, keyed by the results version, so readers never recompute what no
 * write has changed, and every replica serves the same answer.
 */
export class AggregatesService {
  private readonly cache: AggregateCache;
  private readonly names: CatalogNames;

  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      migration: (id: string) => MigrationDefinition;
      access: CatalogReadAccess;
      now?: () => Date;
    },
  ) {
    this.cache = new AggregateCache({
      config: deps.config,
      store: deps.store,
      now: () => this.now(),
    });
    this.names = new CatalogNames(deps);
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  async history(migrationId: string): Promise<AdoptionHistory> {
    const m = this.deps.migration(migrationId);
    return (
      await this.cache.get(m.id, 'history', async () => {
        const [snapshots, scored] = await Promise.all([
          this.deps.store.listSnapshots(m.id),
          this.deps.store.scoredRows(m.id),
        ]);
        const points = buildHistory({
          snapshots,
          scored,
          start: m.window.start,
        });
        const last = points[points.length - 1];
        return {
          migrationId: m.id,
          start: m.window.start.toISODate()!,
          sunset: m.window.sunset.toISODate()!,
          points,
          forecast: computeForecast({
            points,
            total: last?.total ?? 0,
            done: last?.done ?? 0,
            sunset: m.window.sunset,
            now: this.now(),
            weeks: this.deps.config.forecast.weeks,
            atRiskMarginDays: this.deps.config.forecast.atRiskMarginDays,
          }),
        };
      })
    ).value;
  }

  /** The adoption report, the same (frozen) object per results version. */
  async adoption(migrationId: string): Promise<AdoptionReport> {
    const { entry, stale } = await this.adoptionEntry(migrationId);
    // The cached document says stale: false; a failed last scan is rare.
    if (stale) return { ...publicReport(entry.value), stale };
    return entry.derive('public', () => publicReport(entry.value));
  }

  /** Every team the caller may read, furthest along first: the CSV export. */
  async adoptionByTeam(
    migrationId: string,
    scope: ReadScope,
  ): Promise<TeamAdoption[]> {
    const { entry } = await this.adoptionEntry(migrationId);
    return this.deps.access.filter(scope, entry.value.byTeam, t => t.team);
  }

  /** One page of the per-team breakdown, made once per query and version. */
  async teamAdoptionPage(
    migrationId: string,
    query: TeamAdoptionQuery,
    scope: ReadScope,
  ): Promise<TeamAdoptionPage> {
    const { entry } = await this.adoptionEntry(migrationId);
    const { sort, order, limit, offset, q } = query;
    const sorted = entry.derive(`sorted:${sort}:${order}`, () =>
      sortTeams(entry.value.byTeam, sort, order),
    );
    const pageOf = (teams: readonly TeamAdoption[]) => {
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
      return pageOf(await this.deps.access.filter(scope, sorted, t => t.team));
    }
    const key = JSON.stringify(['page', sort, order, limit, offset, q ?? '']);
    return entry.derive(key, () => pageOf(sorted));
  }

  private async adoptionEntry(migrationId: string) {
    const m = this.deps.migration(migrationId);
    // One read gives the version the document is keyed by and the staleness.
    const { scan, resultsVersion } = await this.deps.store.getScanState(m.id);
    // The kind names the document's shape, so an upgrade never serves an old one.
    const entry = await this.cache.get(
      m.id,
      'adoption:v2',
      async (): Promise<AdoptionDocument> => {
        const { store } = this.deps;
        const now = this.now();
        const [rows, outcomeCounts, waived, history] = await Promise.all([
          store.adoptionRows(m.id),
          store.outcomeCounts(m.id),
          store.activeWaiverOutcomes(m.id, now),
          this.history(m.id),
        ]);
        const owners = rows.flatMap(r => (r.ownerRef ? [r.ownerRef] : []));
        const breakdowns = computeAdoption(
          m,
          rows,
          await this.names.titlesFor(owners),
        );
        // The forecast projects from today's figures, not yesterday's snapshot.
        const forecast = computeForecast({
          points: history.points,
          total: breakdowns.totals.total,
          done: breakdowns.totals.done,
          sunset: m.window.sunset,
          now,
          weeks: this.deps.config.forecast.weeks,
          atRiskMarginDays: this.deps.config.forecast.atRiskMarginDays,
        });
        return {
          migrationId: m.id,
          generatedAt: now.toISOString(),
          sunset: m.window.sunset.toISODate()!,
          daysToSunset: daysToSunset(m, now),
          ...breakdowns,
          teamCount: breakdowns.byTeam.length,
          creed: computeCreedStats(m, outcomeCounts, waived, now),
          forecast,
          stale: false,
        };
      },
      resultsVersion,
    );
    return { entry, stale: Boolean(scan?.error) };
  }

  /** Every team, ranked: the cached document the pages are cut from. */
  async rankedLeaderboard(
    migrationId: string,
    period: LeaderboardPeriod,
  ): Promise<RankedLeaderboard> {
    return (await this.leaderboardEntry(migrationId, period)).value;
  }

  /**
   * One page of the leaderboard, made once per query and results version:
   * the page a card asks for costs a lookup, not a sort.
   */
  async leaderboardPage(
    migrationId: string,
    period: LeaderboardPeriod,
    query: LeaderboardQuery,
    scope: ReadScope,
  ): Promise<Leaderboard> {
    const entry = await this.leaderboardEntry(migrationId, period);
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
      return pageOf(await this.deps.access.filter(scope, entries, e => e.team));
    }
    const key = JSON.stringify([limit, offset, q ?? '', teams]);
    return entry.derive(key, () => pageOf(entries));
  }

  private async leaderboardEntry(
    migrationId: string,
    period: LeaderboardPeriod,
  ): Promise<CachedDocument<RankedLeaderboard>> {
    const m = this.deps.migration(migrationId);
    return this.cache.get(m.id, `leaderboard:${period}`, async () => {
      const now = this.now();
      const { store } = this.deps;
      const [rows, waived, nominations] = await Promise.all([
        store.scoredRows(m.id),
        store.activeWaiverOutcomes(m.id, now),
        store.listNominations(m.id),
      ]);
      const waivedByEntity = waivedItemsByEntity(m.creed, waived, now);
      const hero = heroesByMonth(nominations).get(monthOf(now));
      const heroTeams = new Set<string>();
      if (hero?.nominee) {
        for (const team of await this.names.teamsOf(hero.nominee))
          heroTeams.add(team);
      }
      const owners = rows.flatMap(r => (r.ownerRef ? [r.ownerRef] : []));
      const { periodStart, entries } = computeLeaderboard({
        rows,
        window: m.window,
        weights: this.deps.config.leaderboard,
        creedSize: m.creed.length,
        period,
        now,
        titles: await this.names.titlesFor(owners),
        waivedByEntity,
        heroTeams,
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

  /**
   * A page of the long tail. The long tail is read from the results table
   * itself (it is too large to cache whole), so pages are kept in memory per
   * results version and day: a dashboard that reloads costs one small query,
   * not two passes over every result.
   */
  async longTailPage(
    migrationId: string,
    query: {
      limit: number;
      offset: number;
      criticality?: Level;
      complexity?: Level;
    },
    scope: ReadScope,
  ): Promise<LongTailReport> {
    const m = this.deps.migration(migrationId);
    if (scope.kind !== 'all') return this.longTail(m.id, query, scope);
    const pages = await this.cache.scratch(m.id, 'long-tail-pages');
    const { limit, offset, criticality, complexity } = query;
    const key = JSON.stringify([limit, offset, criticality, complexity]);
    return pages.deriveAsync(key, () => this.longTail(m.id, query, scope));
  }

  /**
   * A page of the long tail: only services the caller may read, with the
   * total and the quadrant counts of what the caller may read.
   */
  async longTail(
    migrationId: string,
    page: {
      limit?: number;
      offset?: number;
      criticality?: Level;
      complexity?: Level;
    },
    scope: ReadScope,
  ): Promise<LongTailReport> {
    const m = this.deps.migration(migrationId);
    const now = this.now();
    const idleDays = this.deps.config.longTail.idleDays;
    const afterSunset =
      DateTime.fromJSDate(now, { zone: 'utc' }) > m.window.sunset.endOf('day');
    const offset = page.offset ?? 0;
    const limit = page.limit ?? 100;
    const query = {
      idleBefore: new Date(now.getTime() - idleDays * 86_400_000),
      includeAllNotDone: afterSunset,
    };
    const { total, items, quadrants } =
      scope.kind === 'all'
        ? await this.deps.store.longTail(m.id, {
            ...query,
            limit,
            offset,
            criticality: page.criticality,
            complexity: page.complexity,
          })
        : await this.readableLongTail(m.id, query, page, scope);
    const titles = await this.names.titlesFor(
      items.flatMap(i => (i.ownerRef ? [i.ownerRef] : [])),
    );
    return {
      migrationId: m.id,
      idleDays,
      afterSunset,
      total,
      offset,
      // All four quadrants, in the matrix's order, empty ones included.
      quadrants: LEVELS.flatMap(criticality =>
        LEVELS.map(complexity => ({
          criticality,
          complexity,
          total:
            quadrants.find(
              q => q.criticality === criticality && q.complexity === complexity,
            )?.total ?? 0,
        })),
      ),
      items: items.map(r => {
        // A service that never started has been idle since the window opened.
        const since =
          r.stage === 'not-started'
            ? Math.min(r.stageChangedAt.getTime(), m.window.start.toMillis())
            : r.stageChangedAt.getTime();
        return {
          entityRef: r.entityRef,
          title: r.title ?? undefined,
          owner: r.ownerRef,
          ownerTitle: r.ownerRef ? titles.get(r.ownerRef) : undefined,
          stage: r.stage,
          daysIdle: Math.max(
            0,
            Math.floor((now.getTime() - since) / 86_400_000),
          ),
          lastChange: r.stageChangedAt.toISOString(),
          criticality: r.criticality,
          complexity: r.complexity,
          track: r.track,
          stranded: afterSunset,
        };
      }),
    };
  }

  /**
   * The whole long tail cut down to what the scope may read, then filtered
   * and paged as the store would: a caller with a conditional read decision
   * pays one pass over the long tail and one catalog question per 500
   * services.
   */
  private async readableLongTail(
    migrationId: string,
    query: { idleBefore: Date; includeAllNotDone: boolean },
    page: {
      limit?: number;
      offset?: number;
      criticality?: Level;
      complexity?: Level;
    },
    scope: ReadScope,
  ) {
    const all = await this.deps.store.longTail(migrationId, {
      ...query,
      limit: Number.MAX_SAFE_INTEGER,
      offset: 0,
    });
    const visible = await this.deps.access.filter(
      scope,
      all.items,
      r => r.entityRef,
    );
    const quadrants = LEVELS.flatMap(criticality =>
      LEVELS.map(complexity => ({
        criticality,
        complexity,
        total: visible.filter(
          r => r.criticality === criticality && r.complexity === complexity,
        ).length,
      })),
    );
    const matching = visible.filter(
      r =>
        (!page.criticality || r.criticality === page.criticality) &&
        (!page.complexity || r.complexity === page.complexity),
    );
    const offset = page.offset ?? 0;
    return {
      total: matching.length,
      items: matching.slice(offset, offset + (page.limit ?? 100)),
      quadrants,
    };
  }

  /**
   * A team's services that the caller may read. A team the caller may not
   * read has no services here, exactly like a team that does not exist.
   */
  async teamServices(
    migrationId: string,
    teamRef: string,
    scope: ReadScope,
  ): Promise<TeamServices> {
    const m = this.deps.migration(migrationId);
    const now = this.now();
    const teamVisible = (await this.deps.access.readable(scope, [teamRef])).has(
      teamRef,
    );
    const results = teamVisible
      ? await this.deps.access.filter(
          scope,
          await this.deps.store.resultsByOwner(m.id, teamRef),
          r => r.entityRef,
        )
      : [];
    const refs = results.map(r => r.entityRef);
    const waves = await this.deps.store.wavesFor(m.id, refs);
    const waivers = await this.deps.store.activeWaiverOutcomes(m.id, now);
    const waiverOf = new Map(
      waivers.map(w => [`${w.entityRef}#${w.creedId}`, w]),
    );
    return {
      migrationId: m.id,
      team: teamRef,
      items: results.map(r => {
        const counts = { passed: 0, failed: 0, waived: 0, unknown: 0 };
        const outcomes = new Map(r.checks.map(c => [c.id, c.outcome]));
        for (const item of m.creed) {
          const status = effectiveStatus(
            outcomes.get(item.id),
            item,
            waiverOf.get(`${r.entityRef}#${item.id}`),
            now,
          );
          counts[STATUS_COUNT[status]]++;
        }
        return {
          entityRef: r.entityRef,
          title: r.title ?? undefined,
          stage: r.stage,
          live: r.live,
          track: r.track,
          criticality: r.criticality,
          complexity: r.complexity,
          wave:
            r.track === 'caravan'
              ? waves.get(r.entityRef) ?? r.annotationWave
              : null,
          ...counts,
          total: m.creed.length,
          mustPass: r.mustPass,
          lastChange: r.stageChangedAt.toISOString(),
        };
      }),
    };
  }

  /** Heroes the caller may read in the catalog; others are left out. */
  async heroes(
    migrationId: string,
    caller: string | undefined,
    scope: ReadScope,
  ): Promise<HeroesResponse> {
    const m = this.deps.migration(migrationId);
    const nominations = await this.deps.store.listNominations(m.id);
    const winners = heroesByMonth(nominations);
    const readable = await this.deps.access.readable(
      scope,
      [...winners.values()].flatMap(w => (w.nominee ? [w.nominee] : [])),
    );
    for (const [month, w] of winners) {
      if (w.nominee && !readable.has(w.nominee)) winners.delete(month);
    }
    const titles = await this.names.titlesFor(
      [...winners.values()].flatMap(w => (w.nominee ? [w.nominee] : [])),
    );
    const month = monthOf(this.now());
    const withTitle = (w: { nominee: string | null }) => ({
      ...w,
      title: w.nominee ? titles.get(w.nominee) : undefined,
    });
    const current = winners.get(month) ?? {
      month,
      nominee: null,
      nominations: 0,
      reasons: [],
    };
    const mine = nominations.find(
      n => n.month === month && n.nominator === caller,
    );
    return {
      current: withTitle(current) as HeroesResponse['current'],
      past: [...winners.values()]
        .filter(w => w.month < month)
        .sort((a, b) => b.month.localeCompare(a.month))
        .map(w => withTitle(w) as HeroesResponse['current']),
      mine: mine ? nominationInfo(mine) : undefined,
    };
  }

  async nominate(
    migrationId: string,
    request: HeroNominationRequest,
    nominator: string,
    scope: ReadScope,
  ): Promise<HeroNomination> {
    const m = this.deps.migration(migrationId);
    let nominee: string;
    try {
      nominee = stringifyEntityRef(
        parseEntityRef(request.nominee, { defaultKind: 'group' }),
      );
    } catch (e) {
      throw new InputError(
        `nominee "${request.nominee}" is not an entity ref: ${
          (e as Error).message
        }`,
      );
    }
    const kind = parseEntityRef(nominee).kind;
    if (kind !== 'group' && kind !== 'user') {
      throw new InputError(
        `nominee must be a team (group:…) or a person (user:…), not a ${kind}`,
      );
    }
    if (nominee === nominator) {
      throw new InputError(
        'Nominate someone else: peers choose the Migration Hero',
      );
    }
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    if (
      !(await this.deps.access.readable(scope, [nominee])).has(nominee) ||
      !(await this.deps.catalog.getEntityByRef(nominee, { credentials }))
    ) {
      throw noSuchEntity(nominee);
    }
    assertPlainText('reason', request.reason);
    const reason = request.reason.trim();
    if (reason.length < 3)
      throw new InputError('Say in a few words why they deserve it (reason)');
    const now = this.now();
    const row = {
      id: randomUUID(),
      migrationId: m.id,
      month: monthOf(now),
      nominator,
      nominee,
      reason,
      createdAt: now,
    };
    if (!(await this.deps.store.createNomination(row))) {
      throw new ConflictError(
        `${nominator} already nominated a Migration Hero for ${row.month}; one nomination per month`,
      );
    }
    return nominationInfo(row);
  }
}

function monthOf(date: Date) {
  return DateTime.fromJSDate(date, { zone: 'utc' }).toFormat('yyyy-MM');
}

function nominationInfo(n: {
  id: string;
  month: string;
  nominee: string;
  nominator: string;
  reason: string;
  createdAt: Date;
}): HeroNomination {
  return {
    id: n.id,
    month: n.month,
    nominee: n.nominee,
    nominator: n.nominator,
    reason: n.reason,
    createdAt: n.createdAt.toISOString(),
  };
}
