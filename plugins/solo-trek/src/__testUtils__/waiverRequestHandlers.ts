import { http, HttpResponse, RequestHandler } from 'msw';
import {
  ApproveWaiverRequestRequest,
  CreateWaiverRequestRequest,
  DenyWaiverRequestRequest,
  WaiverInfo,
  WaiverRequestInfo,
} from '@internal/plugin-solo-trek-common';
import { SOLO_TREK_BASE, SoloTrekFake } from './handlers';
import { InputProblem, readPage } from './queries';

/**
 * Waiver requests on the in-memory backend (issue 17): owners ask, the
 * platform team approves (the card's item becomes waived) or denies.
 */
export class WaiverRequestFake {
  /** Every request, newest first. */
  requests: WaiverRequestInfo[] = [];
  /** Who the caller is, as the requester and decider. */
  caller = 'user:default/guest';
  /** Whether the caller may ask for waivers (owns the services). */
  canRequest = true;
}

const fakes = new WeakMap<SoloTrekFake, WaiverRequestFake>();

/** The waiver-request state of a fake backend, made on first use. */
export function waiverRequestsOf(fake: SoloTrekFake): WaiverRequestFake {
  let state = fakes.get(fake);
  if (!state) {
    state = new WaiverRequestFake();
    fakes.set(fake, state);
  }
  return state;
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

let counter = 0;
const nextId = () =>
  `00000000-0000-4000-9000-${String((counter += 1)).padStart(12, '0')}`;

/** YYYY-MM-DD as the backend stores it: the end of that UTC day. */
const endOfDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : value;

export function waiverRequestHandlers(
  fake: SoloTrekFake,
  base = SOLO_TREK_BASE,
): RequestHandler[] {
  const state = waiverRequestsOf(fake);
  const entity = `${base}/migrations/:migrationId/entities/:kind/:namespace/:name`;
  const refOf = (params: Record<string, unknown>) =>
    `${params.kind}:${params.namespace}/${params.name}`;
  const log = (request: Request) => fake.requests.push(new URL(request.url));
  const page = (migrationId: string, items: WaiverRequestInfo[]) => ({
    migrationId,
    total: items.length,
    offset: 0,
    items,
  });
  const decide = (
    request: Request,
    params: Record<string, unknown>,
    fn: (r: WaiverRequestInfo) => Promise<Response> | Response,
  ) => {
    log(request);
    const found = state.requests.find(r => r.id === params.requestId);
    if (!found) {
      return errorResponse(
        404,
        'NotFoundError',
        `No waiver request ${params.requestId}`,
        request,
      );
    }
    if (found.status !== 'pending') {
      return errorResponse(
        409,
        'ConflictError',
        `The waiver request was already ${found.status}`,
        request,
      );
    }
    return fn(found);
  };
  const replace = (next: WaiverRequestInfo) => {
    state.requests = state.requests.map(r => (r.id === next.id ? next : r));
    return HttpResponse.json(next);
  };

  return [
    http.post(`${entity}/waiver-requests`, async ({ request, params }) => {
      log(request);
      const card = fake.getCard(String(params.migrationId), refOf(params));
      if (!card) {
        return errorResponse(404, 'NotFoundError', 'Not in scope', request);
      }
      if (!state.canRequest) {
        return errorResponse(
          403,
          'NotAllowedError',
          `${state.caller} may not ask for waivers of ${card.entityRef}; only its owners can`,
          request,
        );
      }
      const body = (await request.json()) as CreateWaiverRequestRequest;
      const check = card.checks.find(c => c.id === body.creedId);
      if (!check?.waivable) {
        return errorResponse(
          409,
          'ConflictError',
          `Creed item "${body.creedId}" is a must item and cannot be waived`,
          request,
        );
      }
      if (
        state.requests.some(
          r =>
            r.entityRef === card.entityRef &&
            r.creedId === body.creedId &&
            r.status === 'pending',
        )
      ) {
        return errorResponse(
          409,
          'ConflictError',
          `${card.entityRef} already has a pending waiver request for "${body.creedId}"`,
          request,
        );
      }
      const created: WaiverRequestInfo = {
        id: nextId(),
        migrationId: card.migrationId,
        entityRef: card.entityRef,
        entityTitle: card.title,
        owner: card.owner,
        creedId: check.id,
        creedTitle: check.title,
        reason: body.reason,
        requestedExpiresAt: endOfDay(body.expiresAt),
        requestedBy: state.caller,
        requestedAt: new Date().toISOString(),
        status: 'pending',
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        grantedExpiresAt: null,
        waiverId: null,
      };
      state.requests = [created, ...state.requests];
      return HttpResponse.json(created, { status: 201 });
    }),
    http.get(`${entity}/waiver-requests`, ({ request, params }) => {
      log(request);
      const ref = refOf(params);
      return HttpResponse.json(
        page(
          String(params.migrationId),
          state.requests.filter(r => r.entityRef === ref),
        ),
      );
    }),
    http.get(
      `${base}/migrations/:migrationId/waiver-requests`,
      ({ request, params }) => {
        log(request);
        const search = new URL(request.url).searchParams;
        let paging;
        try {
          paging = readPage(search);
        } catch (error) {
          if (error instanceof InputProblem) {
            return errorResponse(400, 'InputError', error.message, request);
          }
          throw error;
        }
        const status = search.get('status') ?? 'pending';
        const matching = state.requests.filter(
          r => status === 'all' || r.status === status,
        );
        return HttpResponse.json({
          migrationId: String(params.migrationId),
          total: matching.length,
          offset: paging.offset,
          items: matching.slice(paging.offset, paging.offset + paging.limit),
        });
      },
    ),
    http.post(
      `${base}/migrations/:migrationId/waiver-requests/:requestId/approve`,
      ({ request, params }) =>
        decide(request, params, async found => {
          if (!fake.isPlatformTeam) {
            return errorResponse(
              403,
              'NotAllowedError',
              `${state.caller} may not decide waiver requests; ask a member of group:default/platform-team`,
              request,
            );
          }
          const text = await request.text();
          const body = (
            text ? JSON.parse(text) : {}
          ) as ApproveWaiverRequestRequest;
          const expiresAt = body.expiresAt
            ? endOfDay(body.expiresAt)
            : found.requestedExpiresAt;
          if (expiresAt > found.requestedExpiresAt) {
            return errorResponse(
              400,
              'InputError',
              `expiresAt ${body.expiresAt} is after the expiry asked for; an approval may only shorten a waiver`,
              request,
            );
          }
          const waiver: WaiverInfo = {
            id: nextId(),
            entityRef: found.entityRef,
            creedId: found.creedId,
            reason: found.reason,
            expiresAt,
            createdBy: state.caller,
            createdAt: new Date().toISOString(),
          };
          const card = fake.getCard(found.migrationId, found.entityRef);
          if (card) {
            fake.putCard({
              ...card,
              checks: card.checks.map(c =>
                c.id === found.creedId ? { ...c, status: 'waived', waiver } : c,
              ),
            });
          }
          return replace({
            ...found,
            status: 'approved',
            decidedBy: state.caller,
            decidedAt: new Date().toISOString(),
            decisionNote: body.note ?? null,
            grantedExpiresAt: expiresAt,
            waiverId: waiver.id,
          });
        }),
    ),
    http.post(
      `${base}/migrations/:migrationId/waiver-requests/:requestId/deny`,
      ({ request, params }) =>
        decide(request, params, async found => {
          if (!fake.isPlatformTeam) {
            return errorResponse(
              403,
              'NotAllowedError',
              `${state.caller} may not decide waiver requests`,
              request,
            );
          }
          const body = (await request.json()) as DenyWaiverRequestRequest;
          if (body.reason.trim().length < 3) {
            return errorResponse(
              400,
              'InputError',
              'A denial needs a reason of at least 3 characters, for the requester',
              request,
            );
          }
          return replace({
            ...found,
            status: 'denied',
            decidedBy: state.caller,
            decidedAt: new Date().toISOString(),
            decisionNote: body.reason,
          });
        }),
    ),
    http.post(
      `${base}/migrations/:migrationId/waiver-requests/:requestId/withdraw`,
      ({ request, params }) =>
        decide(request, params, found => {
          if (found.requestedBy !== state.caller) {
            return errorResponse(
              403,
              'NotAllowedError',
              `Only ${found.requestedBy}, who asked, can withdraw this request`,
              request,
            );
          }
          return replace({
            ...found,
            status: 'withdrawn',
            decidedBy: state.caller,
            decidedAt: new Date().toISOString(),
          });
        }),
    ),
  ];
}
