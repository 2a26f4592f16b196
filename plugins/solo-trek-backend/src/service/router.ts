import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import express, { Request } from 'express';
import { spec } from '../schema/openapi.generated';
import { AggregatesService } from './AggregatesService';
import { MigrationService } from './MigrationService';
import { longTailCsv, teamAdoptionCsv } from '../domain/csv';

export interface RouterOptions {
  service: MigrationService;
  aggregates: AggregatesService;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
}

/** Bodies are small JSON documents; anything larger is refused with 413. */
export const BODY_LIMIT = '64kb';

function entityRefOf(params: {
  kind: string;
  namespace: string;
  name: string;
}) {
  try {
    return stringifyEntityRef({
      kind: params.kind.toLocaleLowerCase('en-US'),
      namespace: params.namespace.toLocaleLowerCase('en-US'),
      name: params.name,
    });
  } catch (e) {
    throw new InputError(`Not an entity reference: ${(e as Error).message}`);
  }
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { service, aggregates, httpAuth, auditor } = options;

  function sendCsv(res: express.Response, filename: string, body: string) {
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${filename}"`)
      // A byte-order mark so spreadsheets read UTF-8 names correctly.
      .send(`\uFEFF${body}`);
  }
  const router = createValidatedOpenApiRouter(spec, {
    middleware: [express.json({ limit: BODY_LIMIT })],
  });

  // Every mutation is audited, refused ones included.
  async function audited<T>(
    req: Request<any, any, any, any, any>,
    eventId: string,
    meta: JsonObject,
    action: () => Promise<T>,
  ): Promise<T> {
    const event = await auditor.createEvent({
      eventId,
      severityLevel: 'medium',
      request: req,
      meta,
    });
    try {
      const result = await action();
      await event.success({ meta });
      return result;
    } catch (error) {
      await event.fail({ error: error as Error, meta });
      throw error;
    }
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/migrations', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({ items: await service.listMigrations() });
  });

  router.get('/migrations/:migrationId', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await service.getMigration(req.params.migrationId));
  });

  router.get(
    '/migrations/:migrationId/entities/:kind/:namespace/:name',
    async (req, res) => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      res.json(
        await service.getCard(req.params.migrationId, entityRefOf(req.params)),
      );
    },
  );

  router.post(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/stage',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      const card = await audited(
        req,
        'stage-update',
        { migrationId, entityRef, stage: req.body.stage },
        () =>
          service.updateStage(migrationId, entityRef, req.body, credentials),
      );
      res.json(card);
    },
  );

  router.post(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/waivers',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      const waiver = await audited(
        req,
        'waiver-create',
        {
          migrationId,
          entityRef,
          creedId: req.body.creedId,
          expiresAt: req.body.expiresAt,
        },
        () =>
          service.createWaiver(migrationId, entityRef, req.body, credentials),
      );
      res.status(201).json(waiver);
    },
  );

  router.delete(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/waivers/:waiverId',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const entityRef = entityRefOf(req.params);
      const { migrationId, waiverId } = req.params;
      await audited(
        req,
        'waiver-delete',
        { migrationId, entityRef, waiverId },
        () =>
          service.deleteWaiver(migrationId, entityRef, waiverId, credentials),
      );
      res.status(204).end();
    },
  );

  router.put(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/wave',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      const card = await audited(
        req,
        'wave-update',
        { migrationId, entityRef, wave: req.body.wave ?? null },
        () =>
          service.setWave(
            migrationId,
            entityRef,
            req.body.wave ?? null,
            credentials,
          ),
      );
      res.json(card);
    },
  );

  router.post(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/refresh',
    async (req, res) => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      const card = await audited(
        req,
        'entity-refresh',
        { migrationId, entityRef },
        () => service.refresh(migrationId, entityRef),
      );
      res.json(card);
    },
  );

  router.get('/migrations/:migrationId/adoption', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const report = await aggregates.adoption(req.params.migrationId);
    if (req.query.format === 'csv') {
      sendCsv(
        res,
        `${report.migrationId}-adoption-by-team.csv`,
        teamAdoptionCsv(report.byTeam),
      );
      return;
    }
    res.json(report);
  });

  router.get('/migrations/:migrationId/adoption/history', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await aggregates.history(req.params.migrationId));
  });

  router.get('/migrations/:migrationId/long-tail', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const csv = req.query.format === 'csv';
    const limit =
      req.query.limit === undefined ? undefined : Number(req.query.limit);
    if (limit !== undefined && (limit < 1 || limit > 1000) && !csv) {
      throw new InputError('limit must be between 1 and 1000');
    }
    const report = await aggregates.longTail(req.params.migrationId, {
      // The export is the whole list.
      limit: csv ? 1_000_000 : limit,
      offset: csv ? 0 : Number(req.query.offset ?? 0),
    });
    if (csv) {
      sendCsv(
        res,
        `${report.migrationId}-long-tail.csv`,
        longTailCsv(report.items),
      );
      return;
    }
    res.json(report);
  });

  router.get('/migrations/:migrationId/leaderboard', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const period = req.query.period === 'month' ? 'month' : 'all';
    res.json(await aggregates.leaderboard(req.params.migrationId, period));
  });

  router.get('/migrations/:migrationId/heroes', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const caller =
      credentials.principal.type === 'user'
        ? credentials.principal.userEntityRef
        : undefined;
    res.json(await aggregates.heroes(req.params.migrationId, caller));
  });

  router.post(
    '/migrations/:migrationId/heroes/nominations',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { migrationId } = req.params;
      const nomination = await audited(
        req,
        'hero-nomination',
        { migrationId, nominee: req.body.nominee },
        () =>
          aggregates.nominate(
            migrationId,
            req.body,
            credentials.principal.userEntityRef,
          ),
      );
      res.status(201).json(nomination);
    },
  );

  router.get(
    '/migrations/:migrationId/teams/:namespace/:name/services',
    async (req, res) => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      const team = entityRefOf({
        kind: 'group',
        namespace: req.params.namespace,
        name: req.params.name,
      });
      res.json(await aggregates.teamServices(req.params.migrationId, team));
    },
  );

  return router;
}
