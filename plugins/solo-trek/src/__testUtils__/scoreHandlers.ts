import { http, HttpResponse, RequestHandler } from 'msw';
import { TeamScoreExplanation } from '@internal/plugin-solo-trek-common';
import { makeScoreExplanation } from '../__fixtures__/scores';
import { SOLO_TREK_BASE, SoloTrekFake } from './handlers';

const explanations = new WeakMap<
  SoloTrekFake,
  Map<string, TeamScoreExplanation>
>();

/** The score breakdowns of a fake backend, by team ref; Payments's by default. */
export function explanationsOf(
  fake: SoloTrekFake,
): Map<string, TeamScoreExplanation> {
  let map = explanations.get(fake);
  if (!map) {
    const payments = makeScoreExplanation();
    map = new Map([[payments.team, payments]]);
    explanations.set(fake, map);
  }
  return map;
}

/** `GET …/leaderboard/teams/:namespace/:name` on the in-memory backend. */
export function scoreHandlers(
  fake: SoloTrekFake,
  base = SOLO_TREK_BASE,
): RequestHandler[] {
  return [
    http.get(
      `${base}/migrations/:migrationId/leaderboard/teams/:namespace/:name`,
      ({ request, params }) => {
        fake.requests.push(new URL(request.url));
        const team = `group:${params.namespace}/${params.name}`;
        const found = explanationsOf(fake).get(team);
        if (!found) {
          return HttpResponse.json(
            {
              error: {
                name: 'NotFoundError',
                message: `${team} owns no service in the scope of migration "${params.migrationId}"`,
              },
              response: { statusCode: 404 },
            },
            { status: 404 },
          );
        }
        const period = new URL(request.url).searchParams.get('period') ?? 'all';
        return HttpResponse.json({ ...found, period });
      },
    ),
  ];
}
