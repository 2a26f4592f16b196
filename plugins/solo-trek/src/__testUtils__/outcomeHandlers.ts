import { http, HttpResponse, RequestHandler } from 'msw';
import {
  EntityOutcomes,
  OutcomesReport,
  OutcomeTeam,
  PulseAnswerRequest,
  PulseComment,
  teamMatches,
} from '@internal/plugin-solo-trek-common';
import {
  makeEntityOutcomes,
  makeOutcomesReport,
  makeOutcomeTeams,
  makePulseComments,
} from '../__fixtures__/outcomes';
import { SOLO_TREK_BASE, SoloTrekFake } from './handlers';
import { InputProblem, readPage } from './queries';

/**
 * The outcomes' side of the in-memory backend (issue 18): the scorecard,
 * its teams and comments, and each service's before/after and pulse.
 */
export class OutcomesFake {
  /** Per migration; the fixture report for any migration not set. */
  reports: Record<string, OutcomesReport> = {};
  teams: OutcomeTeam[] = makeOutcomeTeams();
  comments: PulseComment[] = makePulseComments();
  /** Comments answer 403 unless the user is of the platform team. */
  platformTeam = true;
  /** By `${migrationId}|${entityRef}`; services not set have no numbers. */
  entities = new Map<string, EntityOutcomes>();
  /** Answers as sent. */
  answers: Array<PulseAnswerRequest & { entityRef: string }> = [];
  csv =
    '\uFEFFgroup_type,group,title,services,metric\r\noverall,nimbus,Move to the Nimbus platform,64,deployments\r\n';
}

const fakes = new WeakMap<SoloTrekFake, OutcomesFake>();

/** The outcomes state of a fake backend, made on first use. */
export function outcomesOf(fake: SoloTrekFake): OutcomesFake {
  let outcomes = fakes.get(fake);
  if (!outcomes) {
    outcomes = new OutcomesFake();
    fakes.set(fake, outcomes);
  }
  return outcomes;
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

export function outcomeHandlers(
  fake: SoloTrekFake,
  base = SOLO_TREK_BASE,
): RequestHandler[] {
  const outcomes = outcomesOf(fake);
  const entity = `${base}/migrations/:migrationId/entities/:kind/:namespace/:name`;
  const keyOf = (params: Record<string, unknown>) =>
    `${params.migrationId}|${params.kind}:${params.namespace}/${params.name}`;
  const entityOf = (params: Record<string, unknown>): EntityOutcomes =>
    outcomes.entities.get(keyOf(params)) ??
    makeEntityOutcomes({
      migrationId: String(params.migrationId),
      entityRef: `${params.kind}:${params.namespace}/${params.name}`,
      goLiveAt: null,
      values: [],
      pulse: {
        question: 'How is life on the new platform?',
        status: 'not-live',
        opensAt: null,
        canAnswer: false,
        answer: null,
      },
    });
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
    http.get(
      `${base}/migrations/:migrationId/outcomes`,
      ({ request, params }) => {
        fake.requests.push(new URL(request.url));
        const migrationId = String(params.migrationId);
        if (new URL(request.url).searchParams.get('format') === 'csv') {
          return new HttpResponse(outcomes.csv, {
            headers: {
              'Content-Type': 'text/csv; charset=utf-8',
              'Content-Disposition': `attachment; filename="${migrationId}-outcomes.csv"`,
            },
          });
        }
        return HttpResponse.json(
          outcomes.reports[migrationId] ?? makeOutcomesReport({ migrationId }),
        );
      },
    ),
    http.get(
      `${base}/migrations/:migrationId/outcomes/teams`,
      ({ request, params }) => {
        fake.requests.push(new URL(request.url));
        const q = new URL(request.url).searchParams.get('q') ?? undefined;
        return paged(
          request,
          outcomes.teams.filter(t => teamMatches(t, q)),
          {
            migrationId: String(params.migrationId),
            generatedAt: '2026-12-02T10:00:00.000Z',
          },
        );
      },
    ),
    http.get(
      `${base}/migrations/:migrationId/outcomes/comments`,
      ({ request, params }) => {
        fake.requests.push(new URL(request.url));
        if (!outcomes.platformTeam) {
          return errorResponse(
            403,
            'NotAllowedError',
            'Pulse comments are for group:default/platform-team',
            request,
          );
        }
        return paged(request, outcomes.comments, {
          migrationId: String(params.migrationId),
        });
      },
    ),
    http.get(`${entity}/outcomes`, ({ request, params }) => {
      fake.requests.push(new URL(request.url));
      return HttpResponse.json(entityOf(params));
    }),
    http.put(`${entity}/pulse`, async ({ request, params }) => {
      fake.requests.push(new URL(request.url));
      const current = entityOf(params);
      if (!current.pulse.canAnswer) {
        return errorResponse(
          403,
          'NotAllowedError',
          `user:default/guest may not answer the pulse of ${current.entityRef}; only its owners can`,
          request,
        );
      }
      if (current.pulse.status !== 'open') {
        return errorResponse(
          409,
          'ConflictError',
          'The pulse is not open yet',
          request,
        );
      }
      const body = (await request.json()) as PulseAnswerRequest;
      outcomes.answers.push({ ...body, entityRef: current.entityRef });
      const now = new Date().toISOString();
      const pulse = {
        ...current.pulse,
        answer: {
          score: body.score,
          comment: body.comment?.trim() || null,
          answeredAt: current.pulse.answer?.answeredAt ?? now,
          updatedAt: now,
        },
      };
      outcomes.entities.set(keyOf(params), { ...current, pulse });
      return HttpResponse.json(pulse);
    }),
  ];
}
