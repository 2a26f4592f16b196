import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  EntityPulse,
  PulseAnswerRequest,
  PulseCommentsPage,
  soloTrekPulseAnswerPermission,
  soloTrekPulseCommentsReadPermission,
} from '@internal/plugin-solo-trek-common';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';
import { OutcomeService, PulseAnswerRow } from '../../domain/outcomes/model';
import { pulseWindow } from '../../domain/outcomes/pulse';
import { assertPlainText } from '../../domain/plainText';
import { CatalogReadAccess } from '../CatalogReadAccess';
import { EntityPermissionCheck } from './EntityPermissionCheck';

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The satisfaction pulse: owners of a service answer one question from
 * pulse.delayDays after its go-live, once each, and may change the answer.
 * Results are shown per team and overall (the scorecard), never per
 * person; comments are read by the platform team, without names.
 */
export class PulseService {
  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      access: CatalogReadAccess;
      permissions: PermissionsService;
      entityPermission: EntityPermissionCheck;
      /**
       * Evaluates an in-scope entity no scan has reached yet, as its card
       * does; 404 for one out of scope or that the caller may not read.
       */
      evaluate: (
        migrationId: string,
        entityRef: string,
        credentials: BackstageCredentials,
      ) => Promise<unknown>;
      now: () => Date;
    },
  ) {}

  /** The in-scope service, or 404 worded as for a missing entity. */
  async serviceOf(
    m: MigrationDefinition,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<OutcomeService> {
    const { store, access } = this.deps;
    const [stored] = await Promise.all([
      store.outcomes.service(m.id, entityRef),
      access.assertReadable(credentials, entityRef),
    ]);
    if (stored) return stored;
    await this.deps.evaluate(m.id, entityRef, credentials);
    const service = await store.outcomes.service(m.id, entityRef);
    if (!service) throw noSuchEntityInScope(m, entityRef);
    return service;
  }

  /** The pulse of one service as the caller sees it: open or not, their own answer. */
  async pulseOf(
    m: MigrationDefinition,
    service: OutcomeService,
    credentials: Credentials,
  ): Promise<EntityPulse> {
    const { config, store } = this.deps;
    const window = pulseWindow(
      service.goLive,
      config.outcomes.pulse.delayDays,
      this.deps.now(),
    );
    const { principal } = credentials;
    let canAnswer = false;
    let answer: PulseAnswerRow | undefined;
    if (principal.type === 'user') {
      [canAnswer, answer] = await Promise.all([
        this.deps.entityPermission
          .allowed(
            soloTrekPulseAnswerPermission,
            [service.entityRef],
            credentials,
          )
          .then(allowed => allowed.has(service.entityRef)),
        store.outcomes.getPulseAnswer(
          m.id,
          service.entityRef,
          principal.userEntityRef,
        ),
      ]);
    }
    return {
      question: config.outcomes.pulse.question,
      status: window.status,
      opensAt: window.opensAt?.toISOString() ?? null,
      canAnswer,
      answer: answer
        ? {
            score: answer.score,
            comment: answer.comment,
            answeredAt: answer.answeredAt.toISOString(),
            updatedAt: answer.updatedAt.toISOString(),
          }
        : null,
    };
  }

  /** Records (or changes) the caller's answer for one service. */
  async answer(
    m: MigrationDefinition,
    entityRef: string,
    request: PulseAnswerRequest,
    credentials: Credentials,
  ): Promise<EntityPulse> {
    const { principal } = credentials;
    if (principal.type !== 'user') {
      throw new NotAllowedError(
        'Only people answer the satisfaction pulse; pipelines report outcome points through POST /facts',
      );
    }
    if (
      !Number.isInteger(request.score) ||
      request.score < 1 ||
      request.score > 5
    ) {
      throw new InputError(
        `score must be a whole number from 1 (much worse) to 5 (much better), got ${request.score}`,
      );
    }
    assertPlainText('comment', request.comment);
    const service = await this.serviceOf(m, entityRef, credentials);
    const allowed = await this.deps.entityPermission.allowed(
      soloTrekPulseAnswerPermission,
      [entityRef],
      credentials,
    );
    if (!allowed.has(entityRef)) {
      throw new NotAllowedError(
        `${principal.userEntityRef} may not answer the pulse of ${entityRef}; only its owners can`,
      );
    }
    const now = this.deps.now();
    const { delayDays } = this.deps.config.outcomes.pulse;
    const window = pulseWindow(service.goLive, delayDays, now);
    if (window.status === 'not-live') {
      throw new ConflictError(
        `${entityRef} is not live on ${m.to}; its pulse opens ${delayDays} days after it goes live`,
      );
    }
    if (window.status === 'not-yet') {
      throw new ConflictError(
        `The pulse of ${entityRef} opens on ${dayOf(
          window.opensAt!,
        )}, ${delayDays} days after it went live on ${dayOf(service.goLive!)}`,
      );
    }
    await this.deps.store.outcomes.putPulseAnswer({
      migrationId: m.id,
      entityRef,
      respondent: principal.userEntityRef,
      score: request.score,
      comment: request.comment?.trim() || null,
      at: now,
    });
    await this.deps.store.outcomes.bumpVersion();
    return this.pulseOf(m, service, credentials);
  }

  /**
   * Comments for the platform team, newest first, of services the caller
   * may read: score, text, month, and the team only where enough of its
   * people answered that none can be singled out.
   */
  async comments(
    m: MigrationDefinition,
    page: { limit: number; offset: number },
    credentials: Credentials,
  ): Promise<PulseCommentsPage> {
    if (credentials.principal.type !== 'user') {
      throw new NotAllowedError(
        `Pulse comments are for people of ${this.deps.config.platformTeam}, not service principals`,
      );
    }
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: soloTrekPulseCommentsReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Pulse comments are for ${this.deps.config.platformTeam}; everyone sees the scores per team and overall`,
      );
    }
    const { store, access, config } = this.deps;
    const [answers, services, scope] = await Promise.all([
      store.outcomes.listPulseAnswers(m.id),
      store.outcomes.services(m.id),
      access.scope(credentials),
    ]);
    const ownerOf = new Map(services.map(s => [s.entityRef, s.ownerRef]));
    const perTeam = new Map<string, number>();
    for (const a of answers) {
      const team = ownerOf.get(a.entityRef);
      if (team) perTeam.set(team, (perTeam.get(team) ?? 0) + 1);
    }
    const withComments = answers
      .filter(a => a.comment && ownerOf.has(a.entityRef))
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
    const readable = await access.filter(scope, withComments, a => a.entityRef);
    const { minGroupSize } = config.outcomes.pulse;
    return {
      migrationId: m.id,
      total: readable.length,
      offset: page.offset,
      items: readable.slice(page.offset, page.offset + page.limit).map(a => {
        const team = ownerOf.get(a.entityRef) ?? null;
        return {
          score: a.score,
          comment: a.comment!,
          team: team && (perTeam.get(team) ?? 0) >= minGroupSize ? team : null,
          month: a.updatedAt.toISOString().slice(0, 7),
        };
      }),
    };
  }
}

function noSuchEntityInScope(m: MigrationDefinition, entityRef: string) {
  return new NotFoundError(
    `${entityRef} is not in the scope of migration "${m.id}", or the scan has not reached it yet`,
  );
}
