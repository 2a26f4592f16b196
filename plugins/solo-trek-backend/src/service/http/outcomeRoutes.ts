import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { ApiRouter } from '@backstage/backend-openapi-utils';
import { JsonObject } from '@backstage/types';
import express, { Request } from 'express';
import { spec } from '../../schema/openapi.generated';
import { ReadScope } from '../CatalogReadAccess';
import { OutcomesService } from '../outcomes/OutcomesService';
import { sendJson } from './jsonDocuments';

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;
type AnyRequest = Request<any, any, any, any, any>;

/** What the router lends the outcomes' handlers. */
export interface OutcomeRouteKit {
  router: ApiRouter<typeof spec>;
  reader: (req: AnyRequest) => Promise<Credentials>;
  readScope: (req: AnyRequest) => Promise<ReadScope>;
  mutation: <T>(
    req: AnyRequest,
    eventId: string,
    meta: JsonObject,
    action: (credentials: Credentials) => Promise<T>,
  ) => Promise<T>;
  sendCsv: (res: express.Response, filename: string, body: string) => void;
  entityRefOf: (params: {
    kind: string;
    namespace: string;
    name: string;
  }) => string;
  pageOf: (query: { limit?: string; offset?: string }) => {
    limit: number;
    offset: number;
  };
}

/** Problems quoted in the 400's message; all of them are in `rejected`. */
const QUOTED = 3;

/**
 * Outcomes (issue 18): POST /facts, the scorecard, its teams and CSV, pulse
 * comments, and one service's outcomes and pulse. Thin handlers, as in
 * router.ts: the services decide.
 */
export function registerOutcomeRoutes(
  kit: OutcomeRouteKit,
  outcomes: OutcomesService,
) {
  const { router, reader, readScope, mutation, sendCsv, entityRefOf, pageOf } =
    kit;

  router.post('/facts', async (req, res) => {
    const points: unknown[] = req.body.points;
    const meta: JsonObject = { points: points.length };
    const result = await mutation(
      req,
      'outcomes-report',
      meta,
      async credentials => {
        const reported = await outcomes.ingest.report(points, credentials);
        meta.accepted = reported.accepted;
        meta.rejected = reported.rejected.length;
        return reported;
      },
    );
    if (result.rejected.length === 0) {
      res.json(result);
      return;
    }
    const quoted = result.rejected
      .slice(0, QUOTED)
      .map(r => `points[${r.index}]: ${r.message}`)
      .join('; ');
    const more = result.rejected.length - QUOTED;
    res.status(400).json({
      error: {
        name: 'InputError',
        message: `${result.rejected.length} of ${
          points.length
        } points were refused (the other ${
          result.accepted
        } were stored): ${quoted}${
          more > 0 ? `; and ${more} more in rejected` : ''
        }`,
      },
      request: { method: req.method, url: req.originalUrl },
      response: { statusCode: 400 },
      ...result,
    });
  });

  router.get('/migrations/:migrationId/outcomes', async (req, res) => {
    const { migrationId } = req.params;
    if (req.query.format === 'csv') {
      // The CSV names teams: only those the caller may read.
      const scope = await readScope(req);
      sendCsv(
        res,
        `${migrationId}-outcomes.csv`,
        await outcomes.reporter.csv(migrationId, scope),
      );
      return;
    }
    // Org-wide figures, the same for every signed-in caller: no read scope to decide.
    await reader(req);
    sendJson(req, res, await outcomes.reporter.report(migrationId));
  });

  router.get('/migrations/:migrationId/outcomes/teams', async (req, res) => {
    const scope = await readScope(req);
    sendJson(
      req,
      res,
      await outcomes.reporter.teamsPage(
        req.params.migrationId,
        { ...pageOf(req.query), q: req.query.q },
        scope,
      ),
    );
  });

  router.get('/migrations/:migrationId/outcomes/comments', async (req, res) => {
    const credentials = await reader(req);
    sendJson(
      req,
      res,
      await outcomes.pulse.comments(
        outcomes.migration(req.params.migrationId),
        pageOf(req.query),
        credentials,
      ),
    );
  });

  router.get(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/outcomes',
    async (req, res) => {
      const credentials = await reader(req);
      sendJson(
        req,
        res,
        await outcomes.entities.get(
          outcomes.migration(req.params.migrationId),
          entityRefOf(req.params),
          credentials,
        ),
      );
    },
  );

  router.put(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/pulse',
    async (req, res) => {
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      // The score, never the comment: the audit log is not for reading answers.
      const pulse = await mutation(
        req,
        'pulse-answer',
        { migrationId, entityRef },
        credentials =>
          outcomes.pulse.answer(
            outcomes.migration(migrationId),
            entityRef,
            req.body,
            credentials,
          ),
      );
      res.json(pulse);
    },
  );
}
