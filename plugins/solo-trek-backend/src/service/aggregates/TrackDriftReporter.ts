import {
  TrackDriftEntry,
  TrackDriftReport,
} from '@internal/plugin-solo-trek-common';
import { trackDrift } from '../../domain/tracks';
import { ReadScope } from '../CatalogReadAccess';
import { CatalogNames } from './CatalogNames';
import { ReportContext } from './ReportContext';

/**
 * The drift list for the platform team: services whose quadrant now gives
 * the other track than the pinned one, with the reason and who pinned it.
 * Read straight from the results (it is short: drift needs a catalog change
 * after the first evaluation).
 */
export class TrackDriftReporter {
  constructor(
    private readonly ctx: ReportContext,
    private readonly names: CatalogNames,
  ) {}

  async page(
    migrationId: string,
    page: { limit: number; offset: number },
    scope: ReadScope,
  ): Promise<TrackDriftReport> {
    const m = this.ctx.migration(migrationId);
    const { store, access } = this.ctx;
    let total: number;
    let items: Awaited<ReturnType<typeof store.trackDrift>>['items'];
    if (scope.kind === 'all') {
      ({ total, items } = await store.trackDrift(m.id, page));
    } else {
      // A conditional read decision: the whole list, cut to what the caller reads.
      const all = await store.trackDrift(m.id, {
        limit: Number.MAX_SAFE_INTEGER,
        offset: 0,
      });
      const visible = await access.filter(
        scope,
        all.items,
        i => i.result.entityRef,
      );
      total = visible.length;
      items = visible.slice(page.offset, page.offset + page.limit);
    }
    const titles = await this.names.titlesFor(
      items.flatMap(i => (i.result.ownerRef ? [i.result.ownerRef] : [])),
    );
    return {
      migrationId: m.id,
      total,
      offset: page.offset,
      items: items.flatMap(({ result: r, pinned }): TrackDriftEntry[] => {
        const drift = trackDrift(r);
        if (!drift) return [];
        return [
          {
            entityRef: r.entityRef,
            title: r.title ?? undefined,
            owner: r.ownerRef,
            ownerTitle: r.ownerRef ? titles.get(r.ownerRef) : undefined,
            stage: r.stage,
            track: r.track,
            computedTrack: drift.computedTrack,
            criticality: r.criticality,
            complexity: r.complexity,
            reason: drift.reason,
            pinnedAt: (pinned?.createdAt ?? r.changedAt).toISOString(),
            pinnedBy: pinned?.actor ?? null,
          },
        ];
      }),
    };
  }
}
