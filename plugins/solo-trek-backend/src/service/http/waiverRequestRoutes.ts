import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { WaiverRequestService } from '../waivers/WaiverRequestService';
import { RouteKit } from './caravanRoutes';
import { sendJson } from './jsonDocuments';

/**
 * Waiver requests (issue 17): owners ask, the platform team approves or
 * denies, the requester may withdraw. Thin handlers: the service decides,
 * `mutation` audits every attempt, refused ones included.
 */
export function registerWaiverRequestRoutes(
  kit: RouteKit & {
    reader: (
      req: Request<any, any, any, any, any>,
    ) => Promise<BackstageCredentials>;
  },
  waiverRequests: WaiverRequestService,
) {
  const { router, readScope, mutation, entityRefOf, pageOf, reader } = kit;

  router.post(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/waiver-requests',
    async (req, res) => {
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      const request = await mutation(
        req,
        'waiver-request-create',
        {
          migrationId,
          entityRef,
          creedId: req.body.creedId,
          expiresAt: req.body.expiresAt,
        },
        credentials =>
          waiverRequests.request(migrationId, entityRef, req.body, credentials),
      );
      res.status(201).json(request);
    },
  );

  router.get(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/waiver-requests',
    async (req, res) => {
      const credentials = await reader(req);
      sendJson(
        req,
        res,
        await waiverRequests.forEntity(
          req.params.migrationId,
          entityRefOf(req.params),
          credentials,
        ),
      );
    },
  );

  router.get('/migrations/:migrationId/waiver-requests', async (req, res) => {
    const scope = await readScope(req);
    sendJson(
      req,
      res,
      await waiverRequests.queue(
        req.params.migrationId,
        { status: req.query.status ?? 'pending', ...pageOf(req.query) },
        scope,
      ),
    );
  });

  router.post(
    '/migrations/:migrationId/waiver-requests/:requestId/approve',
    async (req, res) => {
      const { migrationId, requestId } = req.params;
      const body = req.body ?? {};
      const request = await mutation(
        req,
        'waiver-request-approve',
        { migrationId, requestId, expiresAt: body.expiresAt ?? null },
        credentials =>
          waiverRequests.approve(migrationId, requestId, body, credentials),
      );
      res.json(request);
    },
  );

  router.post(
    '/migrations/:migrationId/waiver-requests/:requestId/deny',
    async (req, res) => {
      const { migrationId, requestId } = req.params;
      const request = await mutation(
        req,
        'waiver-request-deny',
        { migrationId, requestId },
        credentials =>
          waiverRequests.deny(migrationId, requestId, req.body, credentials),
      );
      res.json(request);
    },
  );

  router.post(
    '/migrations/:migrationId/waiver-requests/:requestId/withdraw',
    async (req, res) => {
      const { migrationId, requestId } = req.params;
      const request = await mutation(
        req,
        'waiver-request-withdraw',
        { migrationId, requestId },
        credentials =>
          waiverRequests.withdraw(migrationId, requestId, credentials),
      );
      res.json(request);
    },
  );
}
