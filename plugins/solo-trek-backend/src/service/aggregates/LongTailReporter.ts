import { LongTailReport } from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import { Level } from '../../config/readSoloTrekConfig';
import { ReadScope } from '../CatalogReadAccess';
import { AggregateCache } from './AggregateCache';
import { CatalogNames } from './CatalogNames';
import { ReportContext } from './ReportContext';

const LEVELS: Level[] = ['high', 'low'];

export interface LongTailQuery {
  limit?: number;
  offset?: number;
  criticality?: Level;
  complexity?: Level;
}

/**
 * The long tail: services idle too long, or every service not done once the
 * sunset has passed, with the 2x2 quadrant counts.
 */
export class LongTailReporter {
  constructor(
    private readonly ctx: ReportContext,
    private readonly cache: AggregateCache,
    private readonly names: CatalogNames,
  ) {}

  /**
   * A page of the long tail. The long tail is read from the results table
   * itself (it is too large to cache whole), so pages are kept in memory per
   * results version and day: a dashboard that reloads costs one small query,
   * not two passes over every result.
   */
  async page(
    migrationId: string,
    query: LongTailQuery & { limit: number; offset: number },
    scope: ReadScope,
  ): Promise<LongTailReport> {
    const m = this.ctx.migration(migrationId);
    if (scope.kind !== 'all') return this.report(m.id, query, scope);
    const pages = await this.cache.scratch(m.id, 'long-tail-pages');
    const { limit, offset, criticality, complexity } = query;
    const key = JSON.stringify([limit, offset, criticality, complexity]);
    return pages.deriveAsync(key, () => this.report(m.id, query, scope));
  }

  /**
   * A page of the long tail, made afresh: only services the caller may read,
   * with the total and the quadrant counts of what the caller may read.
   */
  async report(
    migrationId: string,
    page: LongTailQuery,
    scope: ReadScope,
  ): Promise<LongTailReport> {
    const m = this.ctx.migration(migrationId);
    const now = this.ctx.now();
    const idleDays = this.ctx.config.longTail.idleDays;
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
        ? await this.ctx.store.longTail(m.id, {
            ...query,
            limit,
            offset,
            criticality: page.criticality,
            complexity: page.complexity,
          })
        : await this.readable(m.id, query, page, scope);
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
        // A service that never started has been idle since the window
        // opened; one rolled back to not-started since its rollback.
        const since =
          r.stage === 'not-started' && !r.rolledBackAt
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
          rolledBackAt: r.rolledBackAt?.toISOString() ?? null,
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
  private async readable(
    migrationId: string,
    query: { idleBefore: Date; includeAllNotDone: boolean },
    page: LongTailQuery,
    scope: ReadScope,
  ) {
    const all = await this.ctx.store.longTail(migrationId, {
      ...query,
      limit: Number.MAX_SAFE_INTEGER,
      offset: 0,
    });
    const visible = await this.ctx.access.filter(
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
}
