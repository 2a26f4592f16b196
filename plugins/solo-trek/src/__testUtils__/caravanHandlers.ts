import { http, HttpResponse, RequestHandler } from 'msw';
import {
  CreateWaveRequest,
  DecommissionTailEntry,
  DependencyWarning,
  EntityMigrationCard,
  RollbackEntry,
  RollbackMonth,
  SetTrackRequest,
  TrackDriftEntry,
  TrackProgress,
  UnplacedService,
  WaveInfo,
  WavePlanReport,
  WaveRequest,
} from '@internal/plugin-solo-trek-common';
import { SOLO_TREK_BASE, SoloTrekFake } from './handlers';
import { InputProblem, readPage } from './queries';

/**
 * The Caravan's side of the in-memory backend (issue 16): pinned tracks and
 * drift. Kept beside SoloTrekFake, on the same cards.
 */
export class CaravanFake {
  /** The whole drift list; the fake pages it. */
  drift: TrackDriftEntry[] = [];
  /** Rollbacks per month, and every rollback newest first (paged). */
  rollbacksByMonth: RollbackMonth[] = [
    { month: '2026-10', count: 0 },
    { month: '2026-11', count: 0 },
  ];
  rollbacks: RollbackEntry[] = [];
  /** The plan's waves, in order; members are added by PUT …/wave. */
  waves: WaveInfo[] = [];
  unplaced: UnplacedService[] = [];
  /** The warnings a service brings into any wave it joins. */
  warningsOf: Record<string, Omit<DependencyWarning, 'entityRef'>[]> = {};
  trackProgress?: TrackProgress;
  /** The whole decommission tail, longest-running first; the fake pages it. */
  decommissionTail: DecommissionTailEntry[] = [];

  plan(migrationId: string): WavePlanReport {
    const count = (s: WaveInfo['schedule']) =>
      this.waves.filter(w => w.schedule === s).length;
    const completion = {
      total: this.waves.length,
      done: count('done'),
      onSchedule: count('on-schedule'),
      late: count('late'),
      rolledBack: count('rolled-back'),
      unscheduled: count('unscheduled'),
    };
    return {
      migrationId,
      generatedAt: new Date().toISOString(),
      waves: [...this.waves].sort(
        (a, b) => a.order - b.order || a.id.localeCompare(b.id),
      ),
      completion,
      unplaced: this.unplaced.length,
      unplacedServices: this.unplaced,
      forecast: {
        status: completion.late ? 'late' : 'on-track',
        projectedCompletion: null,
        sunset: '2027-12-31',
        lateWaves: completion.late,
        unplaced: this.unplaced.length,
        reason: completion.late
          ? `${completion.late} wave(s) past the planned end.`
          : 'Every wave is on schedule.',
      },
    };
  }
}

/** A wave as a member's card shows it. */
export function cardWaveOf(wave: WaveInfo, entityRef: string) {
  const { members, warnings: _all, ...rest } = wave;
  return {
    ...rest,
    warnings: members.find(m => m.entityRef === entityRef)?.warnings ?? [],
  };
}

/** A wave as the fake plans it: on schedule until its end has passed. */
export function fakeWave(
  id: string,
  request: WaveRequest,
  members: WaveInfo['members'] = [],
): WaveInfo {
  const late = request.plannedEnd < new Date().toISOString().slice(0, 10);
  let schedule: WaveInfo['schedule'] = late ? 'late' : 'on-schedule';
  if (request.status === 'done') schedule = 'done';
  if (request.status === 'rolled-back') schedule = 'rolled-back';
  return {
    id,
    title: request.title,
    order: request.order ?? 1,
    plannedStart: request.plannedStart,
    plannedEnd: request.plannedEnd,
    status: request.status ?? 'planned',
    schedule,
    total: members.length,
    done: members.filter(m => m.done).length,
    completedAt: null,
    warnings: members.reduce((n, m) => n + m.warnings.length, 0),
    members,
    updatedBy: 'user:default/guest',
    updatedAt: new Date().toISOString(),
  };
}

const caravans = new WeakMap<SoloTrekFake, CaravanFake>();

/** The Caravan state of a fake backend, made on first use. */
export function caravanOf(fake: SoloTrekFake): CaravanFake {
  let caravan = caravans.get(fake);
  if (!caravan) {
    caravan = new CaravanFake();
    caravans.set(fake, caravan);
  }
  return caravan;
}

function errorResponse(
  status: number,
  name: string,
  message: string,
  request: Request,
) {
  return HttpResponse.json(
    {
      error: { name, message },
      request: { method: request.method, url: new URL(request.url).pathname },
      response: { statusCode: status },
    },
    { status },
  );
}

export function caravanHandlers(
  fake: SoloTrekFake,
  base = SOLO_TREK_BASE,
): RequestHandler[] {
  const caravan = caravanOf(fake);
  const entity = `${base}/migrations/:migrationId/entities/:kind/:namespace/:name`;
  const refOf = (params: Record<string, unknown>) =>
    `${params.kind}:${params.namespace}/${params.name}`;
  const forbidden = (request: Request, what: string) =>
    errorResponse(
      403,
      'NotAllowedError',
      `Only the platform team ${what}`,
      request,
    );
  const paged = <T>(request: Request, items: T[], extra: object) => {
    try {
      const { limit, offset } = readPage(new URL(request.url).searchParams);
      return HttpResponse.json({
        ...extra,
        total: items.length,
        offset,
        items: items.slice(offset, offset + limit),
      });
    } catch (error) {
      if (error instanceof InputProblem) {
        return errorResponse(400, 'InputError', error.message, request);
      }
      throw error;
    }
  };

  return [
    http.put(`${entity}/track`, async ({ request, params }) => {
      fake.requests.push(new URL(request.url));
      const card = fake.getCard(String(params.migrationId), refOf(params));
      if (!card) {
        return errorResponse(404, 'NotFoundError', 'Not in scope', request);
      }
      if (!fake.isPlatformTeam) return forbidden(request, 'decides tracks');
      const body = (await request.json()) as SetTrackRequest;
      if (!body.note || body.note.trim().length < 3) {
        return errorResponse(
          400,
          'InputError',
          'A track decision needs a note saying why, of at least 3 characters',
          request,
        );
      }
      const decision = {
        id: Math.max(0, ...card.trackHistory.map(d => d.id)) + 1,
        fromTrack: card.track,
        toTrack: body.track,
        source: 'platform-team' as const,
        actor: 'user:default/guest',
        note: body.note.trim(),
        at: new Date().toISOString(),
      };
      const updated: EntityMigrationCard = {
        ...card,
        track: body.track,
        trackDecision: decision,
        trackHistory: [decision, ...card.trackHistory],
        trackDrift:
          card.trackDrift && card.trackDrift.computedTrack !== body.track
            ? card.trackDrift
            : null,
      };
      fake.putCard(updated);
      caravan.drift = caravan.drift.filter(
        d => d.entityRef !== card.entityRef || d.computedTrack !== body.track,
      );
      return HttpResponse.json(updated);
    }),
    http.get(`${base}/migrations/:migrationId/waves`, ({ request, params }) => {
      fake.requests.push(new URL(request.url));
      return HttpResponse.json(caravan.plan(String(params.migrationId)));
    }),
    http.post(`${base}/migrations/:migrationId/waves`, async ({ request }) => {
      fake.requests.push(new URL(request.url));
      if (!fake.isPlatformTeam) return forbidden(request, 'plans waves');
      const body = (await request.json()) as CreateWaveRequest;
      if (caravan.waves.some(w => w.id === body.id)) {
        return errorResponse(
          409,
          'ConflictError',
          `Migration "nimbus" already has or had a wave "${body.id}"; choose another id`,
          request,
        );
      }
      const wave = fakeWave(body.id, body);
      caravan.waves.push(wave);
      return HttpResponse.json(wave, { status: 201 });
    }),
    http.put(
      `${base}/migrations/:migrationId/waves/:waveId`,
      async ({ request, params }) => {
        fake.requests.push(new URL(request.url));
        if (!fake.isPlatformTeam) return forbidden(request, 'plans waves');
        const index = caravan.waves.findIndex(w => w.id === params.waveId);
        if (index < 0) {
          return errorResponse(404, 'NotFoundError', 'No such wave', request);
        }
        const body = (await request.json()) as WaveRequest;
        caravan.waves[index] = fakeWave(
          String(params.waveId),
          body,
          caravan.waves[index].members,
        );
        return HttpResponse.json(caravan.waves[index]);
      },
    ),
    http.delete(
      `${base}/migrations/:migrationId/waves/:waveId`,
      ({ request, params }) => {
        fake.requests.push(new URL(request.url));
        if (!fake.isPlatformTeam) return forbidden(request, 'plans waves');
        caravan.waves = caravan.waves.filter(w => w.id !== params.waveId);
        return new HttpResponse(null, { status: 204 });
      },
    ),
    http.get(`${base}/migrations/:migrationId/tracks`, ({ request }) => {
      fake.requests.push(new URL(request.url));
      return caravan.trackProgress
        ? HttpResponse.json(caravan.trackProgress)
        : errorResponse(404, 'NotFoundError', 'No track progress', request);
    }),
    http.put(`${entity}/wave`, async ({ request, params }) => {
      fake.requests.push(new URL(request.url));
      if (!fake.isPlatformTeam)
        return forbidden(request, 'places services in waves');
      const ref = refOf(params);
      const body = (await request.json()) as { wave: string | null };
      const target = caravan.waves.find(w => w.id === body.wave);
      if (body.wave !== null && !target) {
        return errorResponse(
          404,
          'NotFoundError',
          `Migration "nimbus" has no wave "${body.wave}"`,
          request,
        );
      }
      const unplaced = caravan.unplaced.find(u => u.entityRef === ref);
      const card =
        fake.getCard(String(params.migrationId), ref) ??
        ({
          entityRef: ref,
          title: unplaced?.title,
          stage: unplaced?.stage ?? 'planning',
        } as EntityMigrationCard);
      for (const w of caravan.waves) {
        w.members = w.members.filter(m => m.entityRef !== ref);
      }
      caravan.unplaced = caravan.unplaced.filter(u => u.entityRef !== ref);
      if (target) {
        target.members.push({
          entityRef: ref,
          title: card.title,
          owner: unplaced?.owner ?? card.owner ?? null,
          stage: card.stage,
          done: false,
          warnings: (caravan.warningsOf[ref] ?? []).map(w => ({
            ...w,
            entityRef: ref,
          })),
        });
      }
      for (const [i, w] of caravan.waves.entries()) {
        caravan.waves[i] = fakeWave(w.id, w as WaveRequest, w.members);
      }
      const placed = caravan.waves.find(w => w.id === body.wave);
      const updated: EntityMigrationCard = {
        ...card,
        wave: body.wave,
        waveDetail: placed ? cardWaveOf(placed, ref) : null,
      };
      if (fake.getCard(String(params.migrationId), ref)) fake.putCard(updated);
      return HttpResponse.json(updated);
    }),
    http.get(
      `${base}/migrations/:migrationId/decommission-tail`,
      ({ request, params }) => {
        fake.requests.push(new URL(request.url));
        const migrationId = String(params.migrationId);
        if (new URL(request.url).searchParams.get('format') === 'csv') {
          return new HttpResponse(
            [
              'entity_ref,days_since_migrated',
              ...caravan.decommissionTail.map(
                i => `${i.entityRef},${i.daysSinceMigrated}`,
              ),
            ].join('\n'),
            {
              headers: {
                'Content-Type': 'text/csv; charset=utf-8',
                'Content-Disposition': `attachment; filename="${migrationId}-decommission-tail.csv"`,
              },
            },
          );
        }
        return paged(request, caravan.decommissionTail, {
          migrationId,
          graceDays: 60,
        });
      },
    ),
    http.get(
      `${base}/migrations/:migrationId/rollbacks`,
      ({ request, params }) => {
        fake.requests.push(new URL(request.url));
        return paged(request, caravan.rollbacks, {
          migrationId: String(params.migrationId),
          byMonth: caravan.rollbacksByMonth,
        });
      },
    ),
    http.get(
      `${base}/migrations/:migrationId/track-drift`,
      ({ request, params }) => {
        fake.requests.push(new URL(request.url));
        return paged(request, caravan.drift, {
          migrationId: String(params.migrationId),
        });
      },
    ),
  ];
}
