import { AggregatesService } from '../AggregatesService';
import { RouteKit } from './caravanRoutes';
import { sendJson } from './jsonDocuments';

/**
 * Why a team has its score (issue 17): a thin handler over the leaderboard,
 * which computes the breakdown by the same rule as the ranking.
 */
export function registerScoreRoutes(
  kit: RouteKit,
  aggregates: AggregatesService,
) {
  const { router, readScope, entityRefOf } = kit;

  router.get(
    '/migrations/:migrationId/leaderboard/teams/:namespace/:name',
    async (req, res) => {
      const scope = await readScope(req);
      const team = entityRefOf({
        kind: 'group',
        namespace: req.params.namespace,
        name: req.params.name,
      });
      sendJson(
        req,
        res,
        await aggregates.leaderboard.explain(
          req.params.migrationId,
          req.query.period === 'month' ? 'month' : 'all',
          team,
          scope,
        ),
      );
    },
  );
}
