import { TeamServices } from '@internal/plugin-solo-trek-common';
import { effectiveStatus } from '../../domain/effectiveStatus';
import { ReadScope } from '../CatalogReadAccess';
import { ReportContext } from './ReportContext';

const STATUS_COUNT = {
  pass: 'passed',
  fail: 'failed',
  waived: 'waived',
  unknown: 'unknown',
} as const;

/** A team's services with their stage, track, wave and Creed counts. */
export class TeamServicesReporter {
  constructor(private readonly ctx: ReportContext) {}

  /**
   * A team's services that the caller may read. A team the caller may not
   * read has no services here, exactly like a team that does not exist.
   */
  async list(
    migrationId: string,
    teamRef: string,
    scope: ReadScope,
  ): Promise<TeamServices> {
    const { store, access } = this.ctx;
    const m = this.ctx.migration(migrationId);
    const now = this.ctx.now();
    const teamVisible = (await access.readable(scope, [teamRef])).has(teamRef);
    const results = teamVisible
      ? await access.filter(
          scope,
          await store.resultsByOwner(m.id, teamRef),
          r => r.entityRef,
        )
      : [];
    const refs = results.map(r => r.entityRef);
    const waves = await store.wavesFor(m.id, refs);
    const waivers = await store.activeWaiverOutcomes(m.id, now);
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
          rolledBackAt: r.rolledBackAt?.toISOString() ?? null,
        };
      }),
    };
  }
}
