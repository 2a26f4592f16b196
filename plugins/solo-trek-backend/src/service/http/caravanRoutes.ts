import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { ApiRouter } from '@backstage/backend-openapi-utils';
import { JsonObject } from '@backstage/types';
import express, { Request } from 'express';
import { spec } from '../../schema/openapi.generated';
import { AggregatesService } from '../AggregatesService';
import { ReadScope } from '../CatalogReadAccess';
import { MigrationService } from '../MigrationService';
import { sendJson } from './jsonDocuments';
import { decommissionTailCsv } from '../../domain/csv';

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;
type AnyRequest = Request<any, any, any, any, any>;

/** What the router lends the Caravan's handlers: reads, audited writes, CSV. */
export interface RouteKit {
  router: ApiRouter<typeof spec>;
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

/**
 * The Staggered Caravan's routes (issue 16): pinned tracks and drift,
 * the wave plan, each track's progress, rollbacks, the decommission tail.
 * Thin
 * handlers, as in router.ts: the services decide.
 */
export function registerCaravanRoutes(
  kit: RouteKit,
  deps: { service: MigrationService; aggregates: AggregatesService },
) {
  const { router, readScope, mutation, entityRefOf, pageOf } = kit;
  const { service, aggregates } = deps;

  router.put(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/track',
    async (req, res) => {
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      const card = await mutation(
        req,
        'track-update',
        { migrationId, entityRef, track: req.body.track },
        credentials =>
          service.setTrack(migrationId, entityRef, req.body, credentials),
      );
      res.json(card);
    },
  );

  router.get('/migrations/:migrationId/waves', async (req, res) => {
    const scope = await readScope(req);
    sendJson(
      req,
      res,
      await aggregates.wavePlan.plan(req.params.migrationId, scope),
    );
  });

  router.post('/migrations/:migrationId/waves', async (req, res) => {
    const { migrationId } = req.params;
    const wave = await mutation(
      req,
      'wave-plan-create',
      { migrationId, waveId: req.body.id },
      credentials =>
        service.waves.createWave(migrationId, req.body, credentials),
    );
    res.status(201).json(wave);
  });

  router.put('/migrations/:migrationId/waves/:waveId', async (req, res) => {
    const { migrationId, waveId } = req.params;
    const wave = await mutation(
      req,
      'wave-plan-update',
      {
        migrationId,
        waveId,
        status: req.body.status ?? null,
        plannedStart: req.body.plannedStart,
        plannedEnd: req.body.plannedEnd,
      },
      credentials =>
        service.waves.updateWave(migrationId, waveId, req.body, credentials),
    );
    res.json(wave);
  });

  router.delete('/migrations/:migrationId/waves/:waveId', async (req, res) => {
    const { migrationId, waveId } = req.params;
    await mutation(
      req,
      'wave-plan-delete',
      { migrationId, waveId },
      credentials => service.waves.deleteWave(migrationId, waveId, credentials),
    );
    res.status(204).end();
  });

  router.get('/migrations/:migrationId/tracks', async (req, res) => {
    await readScope(req);
    sendJson(
      req,
      res,
      await aggregates.wavePlan.tracks(req.params.migrationId),
    );
  });

  router.get('/migrations/:migrationId/decommission-tail', async (req, res) => {
    const scope = await readScope(req);
    const { migrationId } = req.params;
    if (req.query.format === 'csv') {
      // The export is the whole list.
      const report = await aggregates.decommissionTail.page(
        migrationId,
        { limit: Number.MAX_SAFE_INTEGER, offset: 0 },
        scope,
      );
      kit.sendCsv(
        res,
        `${report.migrationId}-decommission-tail.csv`,
        decommissionTailCsv(report.items),
      );
      return;
    }
    sendJson(
      req,
      res,
      await aggregates.decommissionTail.page(
        migrationId,
        pageOf(req.query),
        scope,
      ),
    );
  });

  router.get('/migrations/:migrationId/rollbacks', async (req, res) => {
    const scope = await readScope(req);
    sendJson(
      req,
      res,
      await aggregates.rollbacks.page(
        req.params.migrationId,
        pageOf(req.query),
        scope,
      ),
    );
  });

  router.get('/migrations/:migrationId/track-drift', async (req, res) => {
    const scope = await readScope(req);
    sendJson(
      req,
      res,
      await aggregates.trackDrift.page(
        req.params.migrationId,
        pageOf(req.query),
        scope,
      ),
    );
  });
}
