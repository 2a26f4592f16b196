import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  ReportOutcomesResponse,
  soloTrekOutcomeReportPermission,
} from '@internal/plugin-solo-trek-common';
import { SoloTrekConfig } from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';
import {
  dayNumber,
  isProblem,
  ParsedPoint,
  parsePoint,
  pointContextProblem,
  PointProblem,
} from '../../domain/outcomes/validatePoints';
import { CatalogReadAccess } from '../CatalogReadAccess';
import { EntityPermissionCheck } from './EntityPermissionCheck';

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

/** Refs named in a refusal; the rest are counted. */
const NAMED = 5;

/**
 * POST /facts: validates every point on its own, stores the good ones in
 * one transaction and reports the others by index. Service principals
 * listed in soloTrek.factReporters report for any in-scope service; people
 * for the services the policy lets them (their own, by default).
 */
export class OutcomeIngest {
  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      access: CatalogReadAccess;
      entityPermission: EntityPermissionCheck;
      now?: () => Date;
    },
  ) {}

  async report(
    points: readonly unknown[],
    credentials: Credentials,
  ): Promise<ReportOutcomesResponse> {
    const { config, store, access } = this.deps;
    const { principal } = credentials;
    if (principal.type === 'service') {
      const subject = principal.subject;
      const listed = config.factReporters.some(
        r => r === subject || `external:${r}` === subject,
      );
      if (!listed) {
        throw new NotAllowedError(
          `Service principal ${subject} may not report outcomes; list it under soloTrek.factReporters`,
        );
      }
    }
    const now = this.deps.now?.() ?? new Date();
    const metrics = config.outcomes.metrics;
    const rejected: PointProblem[] = [];
    const parsed: ParsedPoint[] = [];
    points.forEach((raw, index) => {
      const p = parsePoint(raw, index, metrics);
      if (isProblem(p)) rejected.push(p);
      else parsed.push(p);
    });

    // Scope and windows of the batch's entities in one query, while the
    // caller's catalog read permission is decided.
    const refs = [...new Set(parsed.map(p => p.entityRef))];
    const [inScope, scope] = await Promise.all([
      store.outcomes.scopeOf(
        refs,
        config.migrations.map(m => m.id),
      ),
      access.scope(credentials),
    ]);
    const readable = await access.readable(
      scope,
      inScope.map(r => r.entityRef),
    );
    const byId = new Map(config.migrations.map(m => [m.id, m]));
    const windows = new Map<string, { from: Date; to: Date }>();
    for (const { migrationId, entityRef } of inScope) {
      // An entity the caller may not read is refused as one out of scope.
      if (!readable.has(entityRef)) continue;
      const m = byId.get(migrationId)!;
      const from = m.window.start.minus({ years: 1 }).toJSDate();
      const to = m.window.sunset.plus({ years: 1 }).endOf('day').toJSDate();
      const known = windows.get(entityRef);
      windows.set(
        entityRef,
        known
          ? {
              from: from < known.from ? from : known.from,
              to: to > known.to ? to : known.to,
            }
          : { from, to },
      );
    }

    if (principal.type === 'user') {
      const allowed = await this.deps.entityPermission.allowed(
        soloTrekOutcomeReportPermission,
        windows.keys(),
        credentials,
      );
      const refused = [...windows.keys()].filter(r => !allowed.has(r));
      if (refused.length > 0) {
        const more = refused.length - NAMED;
        throw new NotAllowedError(
          `${principal.userEntityRef} may not report outcomes of ${refused
            .slice(0, NAMED)
            .join(', ')}${
            more > 0 ? ` and ${more} more` : ''
          }; only their owners and the service principals in soloTrek.factReporters can. Nothing was stored`,
        );
      }
    }

    const rawFromDay = dayNumber(now) - config.outcomes.rawRetentionDays;
    const old = parsed.filter(
      p => dayNumber(p.at) < rawFromDay && windows.has(p.entityRef),
    );
    const rolledUp = old.length
      ? await store.outcomes.rolledUpDays(
          old.map(p => ({
            entityRef: p.entityRef,
            metric: p.metric,
            day: dayNumber(p.at),
          })),
        )
      : new Set<string>();
    const accepted: ParsedPoint[] = [];
    for (const p of parsed) {
      const problem = pointContextProblem(p, {
        windows,
        now,
        rolledUp,
        rawFromDay,
      });
      if (problem) rejected.push({ index: p.index, message: problem });
      else accepted.push(p);
    }
    if (accepted.length > 0) {
      await store.outcomes.putPoints(
        accepted,
        principal.type === 'user' ? principal.userEntityRef : principal.subject,
        now,
      );
      await store.outcomes.bumpVersion();
    }
    return {
      accepted: accepted.length,
      rejected: rejected.sort((a, b) => a.index - b.index),
    };
  }
}
