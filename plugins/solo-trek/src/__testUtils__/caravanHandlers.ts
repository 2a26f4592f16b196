import { http, HttpResponse, RequestHandler } from 'msw';
import {
  EntityMigrationCard,
  RollbackEntry,
  RollbackMonth,
  SetTrackRequest,
  TrackDriftEntry,
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
