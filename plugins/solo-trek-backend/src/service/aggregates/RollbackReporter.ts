import {
  RollbackEntry,
  RollbackReport,
} from '@internal/plugin-solo-trek-common';
import { rollbackInfo, rollbacksByMonth } from '../../domain/rollback';
import { RollbackRow } from '../../database/SoloTrekStore';
import { ReadScope } from '../CatalogReadAccess';
import { ReportContext } from './ReportContext';

/**
 * Rollbacks: how many a month (an org-wide count, like adoption, that names
 * no entity) and the latest ones with who, why and the post-mortem, of the
 * entities the caller may read.
 */
export class RollbackReporter {
  constructor(private readonly ctx: ReportContext) {}

  async page(
    migrationId: string,
    page: { limit: number; offset: number },
    scope: ReadScope,
  ): Promise<RollbackReport> {
    const { store, access } = this.ctx;
    const m = this.ctx.migration(migrationId);
    const now = this.ctx.now();
    const dates = await store.rollbackDates(m.id);
    let total: number;
    let items: RollbackRow[];
    if (scope.kind === 'all') {
      ({ total, items } = await store.rollbacks(m.id, page));
    } else {
      const all = await store.rollbacks(m.id, {
        limit: Number.MAX_SAFE_INTEGER,
        offset: 0,
      });
      const visible = await access.filter(scope, all.items, r => r.entityRef);
      total = visible.length;
      items = visible.slice(page.offset, page.offset + page.limit);
    }
    return {
      migrationId: m.id,
      byMonth: rollbacksByMonth(dates, m.window.start.toJSDate(), now),
      total,
      offset: page.offset,
      items: items.map((r): RollbackEntry => {
        const info = rollbackInfo(r.rollback);
        return {
          entityRef: r.entityRef,
          title: r.title ?? undefined,
          owner: r.ownerRef,
          track: r.track,
          fromStage: r.fromStage ?? 'migrated',
          toStage: r.toStage,
          actor: r.actor,
          reason: r.note,
          postMortemUrl: info?.postMortemUrl ?? null,
          wentLiveAt: info?.wentLiveAt ?? null,
          at: r.createdAt.toISOString(),
        };
      }),
    };
  }
}
