import {
  DecommissionTailEntry,
  DecommissionTailReport,
} from '@internal/plugin-solo-trek-common';
import { StoredResult } from '../../database/SoloTrekStore';
import { ReadScope } from '../CatalogReadAccess';
import { CatalogNames } from './CatalogNames';
import { ReportContext } from './ReportContext';

const DAY_MS = 86_400_000;

/**
 * The decommission tail: services migrated more than
 * `soloTrek.decommission.graceDays` ago and not decommissioned. They count
 * as done, yet the old platform keeps running and paying for them.
 */
export class DecommissionTailReporter {
  constructor(
    private readonly ctx: ReportContext,
    private readonly names: CatalogNames,
  ) {}

  async page(
    migrationId: string,
    page: { limit: number; offset: number },
    scope: ReadScope,
  ): Promise<DecommissionTailReport> {
    const m = this.ctx.migration(migrationId);
    const { store, access, config } = this.ctx;
    const now = this.ctx.now();
    const { graceDays } = config.decommission;
    const migratedBefore = new Date(now.getTime() - graceDays * DAY_MS);
    let total: number;
    let items: StoredResult[];
    if (scope.kind === 'all') {
      ({ total, items } = await store.decommissionTail(m.id, {
        migratedBefore,
        ...page,
      }));
    } else {
      const all = await store.decommissionTail(m.id, {
        migratedBefore,
        limit: Number.MAX_SAFE_INTEGER,
        offset: 0,
      });
      const visible = await access.filter(scope, all.items, r => r.entityRef);
      total = visible.length;
      items = visible.slice(page.offset, page.offset + page.limit);
    }
    const titles = await this.names.titlesFor(
      items.flatMap(r => (r.ownerRef ? [r.ownerRef] : [])),
    );
    return {
      migrationId: m.id,
      graceDays,
      total,
      offset: page.offset,
      items: items.map(
        (r): DecommissionTailEntry => ({
          entityRef: r.entityRef,
          title: r.title ?? undefined,
          owner: r.ownerRef,
          ownerTitle: r.ownerRef ? titles.get(r.ownerRef) : undefined,
          track: r.track,
          criticality: r.criticality,
          complexity: r.complexity,
          migratedAt: r.migratedAt!.toISOString(),
          daysSinceMigrated: Math.floor(
            (now.getTime() - r.migratedAt!.getTime()) / DAY_MS,
          ),
        }),
      ),
    };
  }
}
