import { http, HttpResponse, RequestHandler } from 'msw';
import {
  AdoptionHistory,
  AdoptionReport,
  CheckInfo,
  CreateWaiverRequest,
  EntityMigrationCard,
  HeroesResponse,
  HeroNominationRequest,
  isBackwardMove,
  isMigrationStage,
  Leaderboard,
  LeaderboardEntry,
  LeaderboardPeriod,
  LeaderboardScoring,
  LongTailReport,
  MigrationInfo,
  sortTeams,
  stageRank,
  TeamAdoption,
  TeamAdoptionPage,
  teamMatches,
  TeamServices,
  UpdateStageRequest,
  WaiverInfo,
} from '@internal/plugin-solo-trek-common';
import {
  makeAdoptionHistory,
  makeAdoptionReport,
  makeCard,
  LongTailFixture,
  makeHeroes,
  makeLeaderboardEntries,
  makeLongTail,
  makeTeamAdoption,
  makeTeamServices,
  nimbusMigration,
} from '../__fixtures__/data';
import { makeScoring } from '../__fixtures__/scores';
import {
  InputProblem,
  quadrantCounts,
  readLevels,
  readPage,
  readPeriod,
  readSearch,
  readTeams,
  readTeamSort,
  riskiestFirst,
} from './queries';

/** Where the handlers answer: any host, so tests and the dev app share them. */
export const SOLO_TREK_BASE = '*/api/solo-trek';

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

function cardKey(migrationId: string, entityRef: string) {
  return `${migrationId}|${entityRef.toLocaleLowerCase('en-US')}`;
}

function recount(card: EntityMigrationCard): EntityMigrationCard {
  const count = (s: CheckInfo['status']) =>
    card.checks.filter(c => c.status === s).length;
  return {
    ...card,
    compliance: {
      passed: count('pass'),
      failed: count('fail'),
      waived: count('waived'),
      unknown: count('unknown'),
      total: card.checks.length,
    },
    waivers: card.checks.flatMap(c => (c.waiver ? [c.waiver] : [])),
  };
}

let waiverCounter = 0;

/**
 * An in-memory Solo Trek backend: the same routes, validation and error
 * bodies as the real one, so the real client runs against it.
 */
export class SoloTrekFake {
  migrations: MigrationInfo[] = [nimbusMigration];
  cards = new Map<string, EntityMigrationCard>();
  adoption: Record<string, AdoptionReport> = { nimbus: makeAdoptionReport() };
  /** Every team's adoption; the fake sorts, searches and pages it, and counts it as `teamCount`. */
  teams: Record<string, TeamAdoption[]> = { nimbus: makeTeamAdoption() };
  history: Record<string, AdoptionHistory> = { nimbus: makeAdoptionHistory() };
  /** The whole long tail, in any order; the fake orders, filters and pages it. */
  longTail: Record<string, LongTailFixture> = { nimbus: makeLongTail() };
  /** The whole ranking per period, best first; the fake searches and pages it. */
  leaderboards: Record<string, Record<LeaderboardPeriod, LeaderboardEntry[]>> =
    {
      nimbus: {
        all: makeLeaderboardEntries('all'),
        month: makeLeaderboardEntries('month'),
      },
    };
  /** The first day of "this month" on the leaderboard. */
  monthStart = '2026-11-01';
  heroes: Record<string, HeroesResponse> = { nimbus: makeHeroes() };
  /** How the leaderboard's scores were computed. */
  scoring: LeaderboardScoring = makeScoring();
  teamServices = new Map<string, TeamServices>([
    ['nimbus|group:default/payments', makeTeamServices()],
  ]);
  /** Whether the caller owns the entities (may update stages). */
  canUpdateStage = true;
  /** Whether the caller is in the platform team (may manage waivers and waves). */
  isPlatformTeam = true;
  /** Every request seen, for assertions on paths and query parameters. */
  requests: URL[] = [];

  constructor() {
    this.putCard(makeCard());
  }

  putCard(card: EntityMigrationCard) {
    this.cards.set(cardKey(card.migrationId, card.entityRef), recount(card));
  }

  getCard(migrationId: string, entityRef: string) {
    return this.cards.get(cardKey(migrationId, entityRef));
  }
}

export function soloTrekHandlers(
  fake: SoloTrekFake,
  base = SOLO_TREK_BASE,
): RequestHandler[] {
  const entity = `${base}/migrations/:migrationId/entities/:kind/:namespace/:name`;
  const refOf = (params: Record<string, unknown>) =>
    `${params.kind}:${params.namespace}/${params.name}`;
  const log = (request: Request) => {
    fake.requests.push(new URL(request.url));
  };
  const withCard = (
    request: Request,
    params: Record<string, unknown>,
    fn: (card: EntityMigrationCard) => Response | Promise<Response>,
  ) => {
    log(request);
    const migrationId = String(params.migrationId);
    if (!fake.migrations.some(m => m.id === migrationId)) {
      return errorResponse(
        404,
        'NotFoundError',
        `No migration ${migrationId}`,
        request,
      );
    }
    const card = fake.getCard(migrationId, refOf(params));
    if (!card) {
      return errorResponse(
        404,
        'NotFoundError',
        `${refOf(params)} is not in the scope of ${migrationId}`,
        request,
      );
    }
    return fn(card);
  };
  const csv = (filename: string, body: string) =>
    new HttpResponse(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
      },
    });

  /** Answers 400 for query parameters the real backend refuses. */
  const validated = (request: Request, fn: () => Response) => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof InputProblem) {
        return errorResponse(400, 'InputError', error.message, request);
      }
      throw error;
    }
  };
  const noMigration = (request: Request) =>
    errorResponse(404, 'NotFoundError', 'No such migration', request);

  return [
    http.get(`${base}/migrations`, ({ request }) => {
      log(request);
      return HttpResponse.json({ items: fake.migrations });
    }),
    http.get(`${base}/migrations/:migrationId`, ({ request, params }) => {
      log(request);
      const migration = fake.migrations.find(m => m.id === params.migrationId);
      return migration
        ? HttpResponse.json(migration)
        : errorResponse(404, 'NotFoundError', 'No such migration', request);
    }),
    http.get(entity, ({ request, params }) =>
      withCard(request, params, card => HttpResponse.json(card)),
    ),
    http.post(`${entity}/stage`, ({ request, params }) =>
      withCard(request, params, async card => {
        if (!fake.canUpdateStage) {
          return errorResponse(
            403,
            'NotAllowedError',
            `Only the owners of ${card.entityRef} may update its stage`,
            request,
          );
        }
        const body = (await request.json()) as UpdateStageRequest;
        if (!isMigrationStage(body.stage)) {
          return errorResponse(400, 'InputError', 'Unknown stage', request);
        }
        if (isBackwardMove(card.stage, body.stage) && !body.note?.trim()) {
          return errorResponse(
            400,
            'InputError',
            `Moving back from ${card.stage} to ${body.stage} needs a note`,
            request,
          );
        }
        if (card.live && stageRank(body.stage) < stageRank('migrated')) {
          return errorResponse(
            409,
            'ConflictError',
            'The catalog shows this service live; its stage cannot go below migrated',
            request,
          );
        }
        if (body.stage === card.stage) {
          return HttpResponse.json(card);
        }
        const updated: EntityMigrationCard = {
          ...card,
          stage: body.stage,
          stageSource: 'api',
          history: [
            ...card.history,
            {
              id: Math.max(0, ...card.history.map(h => h.id)) + 1,
              fromStage: card.stage,
              toStage: body.stage,
              source: 'api',
              actor: 'user:default/guest',
              note: body.note ?? null,
              at: new Date().toISOString(),
            },
          ],
        };
        fake.putCard(updated);
        return HttpResponse.json(
          fake.getCard(card.migrationId, card.entityRef),
        );
      }),
    ),
    http.post(`${entity}/waivers`, ({ request, params }) =>
      withCard(request, params, async card => {
        if (!fake.isPlatformTeam) {
          return errorResponse(
            403,
            'NotAllowedError',
            'Only the platform team manages waivers',
            request,
          );
        }
        const body = (await request.json()) as CreateWaiverRequest;
        const check = card.checks.find(c => c.id === body.creedId);
        if (!check) {
          return errorResponse(
            400,
            'InputError',
            'Unknown Creed item',
            request,
          );
        }
        if (!check.waivable) {
          return errorResponse(
            409,
            'ConflictError',
            `${check.title} is a must item and is never waived`,
            request,
          );
        }
        waiverCounter += 1;
        const waiver: WaiverInfo = {
          id: `00000000-0000-4000-8000-${String(waiverCounter).padStart(
            12,
            '0',
          )}`,
          entityRef: card.entityRef,
          creedId: body.creedId,
          reason: body.reason,
          expiresAt: `${body.expiresAt}T23:59:59.999Z`,
          createdBy: 'user:default/guest',
          createdAt: new Date().toISOString(),
        };
        fake.putCard({
          ...card,
          checks: card.checks.map(c =>
            c.id === body.creedId ? { ...c, status: 'waived', waiver } : c,
          ),
        });
        return HttpResponse.json(waiver, { status: 201 });
      }),
    ),
    http.delete(`${entity}/waivers/:waiverId`, ({ request, params }) =>
      withCard(request, params, card => {
        if (!fake.isPlatformTeam) {
          return errorResponse(
            403,
            'NotAllowedError',
            'Only the platform team manages waivers',
            request,
          );
        }
        const check = card.checks.find(c => c.waiver?.id === params.waiverId);
        if (!check) {
          return errorResponse(404, 'NotFoundError', 'No such waiver', request);
        }
        fake.putCard({
          ...card,
          checks: card.checks.map(c =>
            c === check ? { ...c, status: 'fail', waiver: undefined } : c,
          ),
        });
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.put(`${entity}/wave`, ({ request, params }) =>
      withCard(request, params, async card => {
        if (!fake.isPlatformTeam) {
          return errorResponse(
            403,
            'NotAllowedError',
            'Only the platform team manages waves',
            request,
          );
        }
        const body = (await request.json()) as { wave: string | null };
        if (card.track !== 'caravan' && body.wave !== null) {
          return errorResponse(
            409,
            'ConflictError',
            'Only caravan services move in waves',
            request,
          );
        }
        fake.putCard({ ...card, wave: body.wave });
        return HttpResponse.json(
          fake.getCard(card.migrationId, card.entityRef),
        );
      }),
    ),
    http.post(`${entity}/refresh`, ({ request, params }) =>
      withCard(request, params, card => {
        const now = new Date().toISOString();
        fake.putCard({
          ...card,
          evaluatedAt: now,
          checks: card.checks.map(c => ({ ...c, evaluatedAt: now })),
        });
        return HttpResponse.json(
          fake.getCard(card.migrationId, card.entityRef),
        );
      }),
    ),
    http.get(
      `${base}/migrations/:migrationId/adoption`,
      ({ request, params }) => {
        log(request);
        const migrationId = String(params.migrationId);
        const report = fake.adoption[migrationId];
        if (!report) {
          return noMigration(request);
        }
        const teams = fake.teams[migrationId] ?? [];
        if (new URL(request.url).searchParams.get('format') === 'csv') {
          return csv(
            `${migrationId}-adoption.csv`,
            [
              'team,total,done,adoption',
              ...sortTeams(teams, 'title', 'asc').map(
                t => `${t.team},${t.total},${t.done},${t.adoption}`,
              ),
            ].join('\n'),
          );
        }
        return HttpResponse.json({ ...report, teamCount: teams.length });
      },
    ),
    http.get(
      `${base}/migrations/:migrationId/adoption/teams`,
      ({ request, params }) => {
        log(request);
        const migrationId = String(params.migrationId);
        const report = fake.adoption[migrationId];
        if (!report) {
          return noMigration(request);
        }
        return validated(request, () => {
          const search = new URL(request.url).searchParams;
          const { limit, offset } = readPage(search);
          const q = readSearch(search);
          const { sort, order } = readTeamSort(search);
          const matching = sortTeams(
            fake.teams[migrationId] ?? [],
            sort,
            order,
          ).filter(t => teamMatches(t, q));
          const page: TeamAdoptionPage = {
            migrationId,
            generatedAt: report.generatedAt,
            total: matching.length,
            offset,
            items: matching.slice(offset, offset + limit),
          };
          return HttpResponse.json(page);
        });
      },
    ),
    http.get(
      `${base}/migrations/:migrationId/adoption/history`,
      ({ request, params }) => {
        log(request);
        const history = fake.history[String(params.migrationId)];
        return history
          ? HttpResponse.json(history)
          : errorResponse(404, 'NotFoundError', 'No such migration', request);
      },
    ),
    http.get(
      `${base}/migrations/:migrationId/long-tail`,
      ({ request, params }) => {
        log(request);
        const migrationId = String(params.migrationId);
        const fixture = fake.longTail[migrationId];
        if (!fixture) {
          return noMigration(request);
        }
        return validated(request, () => {
          const search = new URL(request.url).searchParams;
          const { criticality, complexity } = readLevels(search);
          const ranked = riskiestFirst(fixture.items);
          const matching = ranked.filter(
            i =>
              (!criticality || i.criticality === criticality) &&
              (!complexity || i.complexity === complexity),
          );
          if (search.get('format') === 'csv') {
            // The export is the whole list matching the filters.
            return csv(
              `${migrationId}-long-tail.csv`,
              [
                'entityRef,owner,stage,daysIdle',
                ...matching.map(
                  i =>
                    `${i.entityRef},${i.owner ?? ''},${i.stage},${i.daysIdle}`,
                ),
              ].join('\n'),
            );
          }
          const { limit, offset } = readPage(search);
          const report: LongTailReport = {
            ...fixture,
            total: matching.length,
            offset,
            quadrants: quadrantCounts(ranked),
            items: matching.slice(offset, offset + limit),
          };
          return HttpResponse.json(report);
        });
      },
    ),
    http.get(
      `${base}/migrations/:migrationId/leaderboard`,
      ({ request, params }) => {
        log(request);
        const migrationId = String(params.migrationId);
        const migration = fake.migrations.find(m => m.id === migrationId);
        if (!migration) {
          return noMigration(request);
        }
        return validated(request, () => {
          const search = new URL(request.url).searchParams;
          const period = readPeriod(search);
          const { limit, offset } = readPage(search);
          const q = readSearch(search);
          const teams = readTeams(search);
          const ranked = fake.leaderboards[migrationId]?.[period] ?? [];
          const matching = ranked.filter(e => teamMatches(e, q));
          const leaderboard: Leaderboard = {
            migrationId,
            period,
            periodStart:
              period === 'month' ? fake.monthStart : migration.window.start,
            generatedAt: new Date().toISOString(),
            total: matching.length,
            offset,
            entries: matching.slice(offset, offset + limit),
            // Ranks stay the overall ones; pinned ignores the search.
            pinned: ranked.filter(e =>
              teams.includes(e.team.toLocaleLowerCase('en-US')),
            ),
            scoring: fake.scoring,
          };
          return HttpResponse.json(leaderboard);
        });
      },
    ),
    http.get(
      `${base}/migrations/:migrationId/heroes`,
      ({ request, params }) => {
        log(request);
        const heroes = fake.heroes[String(params.migrationId)];
        return heroes
          ? HttpResponse.json(heroes)
          : errorResponse(404, 'NotFoundError', 'No such migration', request);
      },
    ),
    http.post(
      `${base}/migrations/:migrationId/heroes/nominations`,
      async ({ request, params }) => {
        log(request);
        const heroes = fake.heroes[String(params.migrationId)];
        if (!heroes) {
          return errorResponse(
            404,
            'NotFoundError',
            'No such migration',
            request,
          );
        }
        if (heroes.mine) {
          return errorResponse(
            409,
            'ConflictError',
            'You already nominated someone this month',
            request,
          );
        }
        const body = (await request.json()) as HeroNominationRequest;
        const nomination = {
          id: `nomination-${Date.now()}`,
          month: heroes.current.month,
          nominee: body.nominee,
          nominator: 'user:default/guest',
          reason: body.reason,
          createdAt: new Date().toISOString(),
        };
        fake.heroes[String(params.migrationId)] = {
          ...heroes,
          mine: nomination,
        };
        return HttpResponse.json(nomination, { status: 201 });
      },
    ),
    http.get(
      `${base}/migrations/:migrationId/teams/:namespace/:name/services`,
      ({ request, params }) => {
        log(request);
        const team = `group:${params.namespace}/${params.name}`;
        const services = fake.teamServices.get(`${params.migrationId}|${team}`);
        return HttpResponse.json(
          services ?? {
            migrationId: String(params.migrationId),
            team,
            items: [],
          },
        );
      },
    ),
  ];
}
