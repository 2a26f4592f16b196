import {
  AuditorService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { longTailCsv, teamAdoptionCsv } from '../domain/csv';
import { spec } from '../schema/openapi.generated';
import { AggregatesService } from './AggregatesService';
import { CatalogReadAccess } from './CatalogReadAccess';
import { MigrationService } from './MigrationService';
import { TooManyRequestsError } from './RefreshGate';
import { sendJson } from './http/jsonDocuments';
import { registerCaravanRoutes } from './http/caravanRoutes';
import { registerWaiverRequestRoutes } from './http/waiverRequestRoutes';
import { registerScoreRoutes } from './http/scoreRoutes';
import { WaiverRequestService } from './waivers/WaiverRequestService';
import { registerOutcomeRoutes } from './http/outcomeRoutes';
import { OutcomesService } from './outcomes/OutcomesService';
import { NudgePreviewService } from './nudges/NudgePreviewService';

export interface RouterOptions {
  service: MigrationService;
  aggregates: AggregatesService;
  outcomes: OutcomesService;
  access: CatalogReadAccess;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  /** A nominator's teams, so nobody nominates their own. */
  userInfo: UserInfoService;
  waiverRequests: WaiverRequestService;
  nudges: NudgePreviewService;
}

/** Bodies are small JSON documents; anything larger is refused with 413. */
export const BODY_LIMIT = '64kb';
/** POST /facts takes batches of up to 1,000 points (about 150 bytes each). */
export const FACTS_BODY_LIMIT = '1mb';

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

const validator = makeValidator();

/** The entity ref of the path, validated as the catalog validates names. */
export function entityRefOf(params: {
  kind: string;
  namespace: string;
  name: string;
}) {
  const { kind, namespace, name } = params;
  if (!validator.isValidKind(kind))
    throw new InputError(`"${kind}" is not a valid entity kind`);
  if (!validator.isValidNamespace(namespace)) {
    throw new InputError(`"${namespace}" is not a valid entity namespace`);
  }
  if (!validator.isValidEntityName(name)) {
    throw new InputError(
      `"${name}" is not a valid entity name: use letters, digits, "-", "_" and ".", at most 63 characters`,
    );
  }
  return stringifyEntityRef({
    kind: kind.toLocaleLowerCase('en-US'),
    namespace: namespace.toLocaleLowerCase('en-US'),
    name,
  });
}

/** Lists are paged; a page holds 100 rows unless asked otherwise. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** `limit` and `offset` of a list route, checked beyond what the schema can say. */
export function pageOf(query: { limit?: string; offset?: string }) {
  const limit = query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit);
  if (!(limit >= 1 && limit <= MAX_LIMIT)) {
    throw new InputError(
      `limit must be between 1 and ${MAX_LIMIT}, got ${query.limit}`,
    );
  }
  return { limit, offset: Number(query.offset ?? 0) };
}

/** A team of the `team` parameter as a full group ref. */
export function groupRefOf(team: string) {
  let ref;
  try {
    ref = parseEntityRef(team, { defaultKind: 'group' });
  } catch {
    throw new InputError(
      `team "${team}" is not an entity ref; write group:default/payments`,
    );
  }
  if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
    throw new InputError(`team "${team}" must be a group, not a ${ref.kind}`);
  }
  return entityRefOf({ ...ref, kind: 'group' });
}

const bodyParserErrors: express.ErrorRequestHandler = (
  error,
  req,
  _res,
  next,
) => {
  if (error?.type === 'entity.too.large') {
    const limit = req.path === '/facts' ? FACTS_BODY_LIMIT : BODY_LIMIT;
    const tooLarge = new Error(
      `The request body is larger than ${limit}; send a smaller JSON document`,
    );
    tooLarge.name = 'PayloadTooLargeError';
    next(Object.assign(tooLarge, { status: 413 }));
  } else if (error?.type === 'entity.parse.failed') {
    next(
      new InputError(`The request body is not valid JSON: ${error.message}`),
    );
  } else {
    next(error);
  }
};

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { service, aggregates, access, httpAuth, auditor, nudges } = options;
  // Bodies are parsed outside the validated router, whose error handler would
  // turn every parser error into a 400, so an oversized body gets its 413.
  const outer = Router();
  outer.use('/facts', express.json({ limit: FACTS_BODY_LIMIT }));
  outer.use(express.json({ limit: BODY_LIMIT }));
  outer.use(bodyParserErrors);
  const router = createValidatedOpenApiRouter(spec, {
    middleware: [(_req, _res, next) => next()],
  });
  outer.use(router);

  const reader = (req: Request<any, any, any, any, any>) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });
  /** What the caller may read of the catalog, for routes that list entities. */
  const readScope = async (req: Request<any, any, any, any, any>) =>
    access.scope(await reader(req));

  /**
   * Runs a mutation inside an audit event, so refused attempts (401, 403,
   * 4xx) are recorded as well as successful ones.
   */
  async function mutation<T>(
    req: Request<any, any, any, any, any>,
    eventId: string,
    meta: JsonObject,
    action: (credentials: Credentials) => Promise<T>,
  ): Promise<T> {
    const event = await auditor.createEvent({
      eventId,
      severityLevel: 'medium',
      request: req,
      meta,
    });
    try {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const result = await action(credentials);
      await event.success({ meta });
      return result;
    } catch (error) {
      await event.fail({ error: error as Error, meta });
      throw error;
    }
  }

  function sendCsv(res: express.Response, filename: string, body: string) {
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${filename}"`)
      // A byte-order mark so spreadsheets read UTF-8 names correctly.
      .send(`\uFEFF${body}`);
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/migrations', async (req, res) => {
    await reader(req);
    sendJson(req, res, { items: await service.listMigrations() });
  });

  router.get('/migrations/:migrationId', async (req, res) => {
    await reader(req);
    sendJson(req, res, await service.getMigration(req.params.migrationId));
  });

  router.get(
    '/migrations/:migrationId/entities/:kind/:namespace/:name',
    async (req, res) => {
      const credentials = await reader(req);
      sendJson(
        req,
        res,
        await service.getCard(
          req.params.migrationId,
          entityRefOf(req.params),
          credentials,
        ),
      );
    },
  );

  router.post(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/stage',
    async (req, res) => {
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      const card = await mutation(
        req,
        'stage-update',
        { migrationId, entityRef, stage: req.body.stage },
        credentials =>
          service.updateStage(migrationId, entityRef, req.body, credentials),
      );
      res.json(card);
    },
  );

  router.post(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/waivers',
    async (req, res) => {
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      const waiver = await mutation(
        req,
        'waiver-create',
        {
          migrationId,
          entityRef,
          creedId: req.body.creedId,
          expiresAt: req.body.expiresAt,
        },
        credentials =>
          service.createWaiver(migrationId, entityRef, req.body, credentials),
      );
      res.status(201).json(waiver);
    },
  );

  router.delete(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/waivers/:waiverId',
    async (req, res) => {
      const entityRef = entityRefOf(req.params);
      const { migrationId, waiverId } = req.params;
      await mutation(
        req,
        'waiver-delete',
        { migrationId, entityRef, waiverId },
        credentials =>
          service.deleteWaiver(migrationId, entityRef, waiverId, credentials),
      );
      res.status(204).end();
    },
  );

  router.put(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/wave',
    async (req, res) => {
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      const wave = req.body.wave ?? null;
      const card = await mutation(
        req,
        'wave-update',
        { migrationId, entityRef, wave },
        credentials =>
          service.setWave(migrationId, entityRef, wave, credentials),
      );
      res.json(card);
    },
  );

  router.post(
    '/migrations/:migrationId/entities/:kind/:namespace/:name/refresh',
    async (req, res) => {
      const entityRef = entityRefOf(req.params);
      const { migrationId } = req.params;
      try {
        const card = await mutation(
          req,
          'entity-refresh',
          { migrationId, entityRef },
          credentials => service.refresh(migrationId, entityRef, credentials),
        );
        res.json(card);
      } catch (error) {
        if (error instanceof TooManyRequestsError) {
          res.set('Retry-After', String(error.retryAfterSeconds));
        }
        throw error;
      }
    },
  );

  router.get('/migrations/:migrationId/adoption', async (req, res) => {
    const scope = await readScope(req);
    const { migrationId } = req.params;
    if (req.query.format === 'csv') {
      sendCsv(
        res,
        `${migrationId}-adoption-by-team.csv`,
        teamAdoptionCsv(await aggregates.adoption.byTeam(migrationId, scope)),
      );
      return;
    }
    // Serialised once per results version, not once per request.
    sendJson(req, res, await aggregates.adoption.report(migrationId));
  });

  router.get('/migrations/:migrationId/adoption/teams', async (req, res) => {
    const scope = await readScope(req);
    sendJson(
      req,
      res,
      await aggregates.adoption.teamsPage(
        req.params.migrationId,
        {
          ...pageOf(req.query),
          q: req.query.q,
          sort: req.query.sort ?? 'adoption',
          order: req.query.order ?? 'desc',
        },
        scope,
      ),
    );
  });

  router.get('/migrations/:migrationId/adoption/history', async (req, res) => {
    await reader(req);
    sendJson(req, res, await aggregates.history.report(req.params.migrationId));
  });

  router.get('/migrations/:migrationId/long-tail', async (req, res) => {
    const scope = await readScope(req);
    const csv = req.query.format === 'csv';
    const filters = {
      criticality: req.query.criticality,
      complexity: req.query.complexity,
    };
    if (csv) {
      // The export is the whole list.
      const report = await aggregates.longTail.report(
        req.params.migrationId,
        {
          limit: Number.MAX_SAFE_INTEGER,
          offset: 0,
          ...filters,
        },
        scope,
      );
      sendCsv(
        res,
        `${report.migrationId}-long-tail.csv`,
        longTailCsv(report.items),
      );
      return;
    }
    sendJson(
      req,
      res,
      await aggregates.longTail.page(
        req.params.migrationId,
        { ...pageOf(req.query), ...filters },
        scope,
      ),
    );
  });

  router.get('/migrations/:migrationId/leaderboard', async (req, res) => {
    const scope = await readScope(req);
    const teams = req.query.team ?? [];
    sendJson(
      req,
      res,
      await aggregates.leaderboard.page(
        req.params.migrationId,
        req.query.period === 'month' ? 'month' : 'all',
        { ...pageOf(req.query), q: req.query.q, teams: teams.map(groupRefOf) },
        scope,
      ),
    );
  });

  router.get('/migrations/:migrationId/heroes', async (req, res) => {
    const credentials = await reader(req);
    const caller =
      credentials.principal.type === 'user'
        ? credentials.principal.userEntityRef
        : undefined;
    sendJson(
      req,
      res,
      await aggregates.heroes.list(
        req.params.migrationId,
        caller,
        await access.scope(credentials),
        req.query.month,
      ),
    );
  });

  router.post(
    '/migrations/:migrationId/heroes/nominations',
    async (req, res) => {
      const { migrationId } = req.params;
      const nomination = await mutation(
        req,
        'hero-nomination',
        { migrationId, nominee: req.body.nominee },
        async credentials => {
          if (credentials.principal.type !== 'user') {
            throw new NotAllowedError('Only people nominate Migration Heroes');
          }
          const { ownershipEntityRefs } = await options.userInfo.getUserInfo(
            credentials,
          );
          return aggregates.heroes.nominate(
            migrationId,
            req.body,
            {
              userEntityRef: credentials.principal.userEntityRef,
              ownershipEntityRefs,
            },
            await access.scope(credentials),
          );
        },
      );
      res.status(201).json(nomination);
    },
  );

  router.get(
    '/migrations/:migrationId/teams/:namespace/:name/services',
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
        await aggregates.teamServices.list(req.params.migrationId, team, scope),
      );
    },
  );

  router.get('/migrations/:migrationId/nudges/preview', async (req, res) => {
    const credentials = await reader(req);
    sendJson(
      req,
      res,
      await nudges.preview(
        req.params.migrationId,
        pageOf(req.query),
        credentials,
      ),
    );
  });

  registerCaravanRoutes(
    { router, readScope, mutation, sendCsv, entityRefOf, pageOf },
    { service, aggregates },
  );
  registerScoreRoutes(
    { router, readScope, mutation, sendCsv, entityRefOf, pageOf },
    aggregates,
  );
  registerWaiverRequestRoutes(
    { router, readScope, reader, mutation, sendCsv, entityRefOf, pageOf },
    options.waiverRequests,
  );
  registerOutcomeRoutes(
    { router, reader, readScope, mutation, sendCsv, entityRefOf, pageOf },
    options.outcomes,
  );

  // Unknown API routes get a JSON 404 like every other error; other paths
  // (the permission integration's, for one) are left to their own routers.
  outer.use('/migrations', (req: express.Request) => {
    throw new NotFoundError(
      `No Solo Trek route ${req.method} ${req.originalUrl}`,
    );
  });

  return outer;
}
