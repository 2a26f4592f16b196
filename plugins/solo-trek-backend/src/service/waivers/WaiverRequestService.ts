import { randomUUID } from 'node:crypto';
import {
  AuthService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import {
  ApproveWaiverRequestRequest,
  CreateWaiverRequestRequest,
  DenyWaiverRequestRequest,
  soloTrekWaiverManagePermission,
  soloTrekWaiverRequestPermission,
  WaiverRequestInfo,
  WaiverRequestPage,
  WaiverRequestStatus,
} from '@internal/plugin-solo-trek-common';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';
import { ListedWaiverRequest, WaiverRequest } from '../../domain/model';
import { assertPlainText } from '../../domain/plainText';
import {
  waivableItem,
  waiverExpiry,
  waiverReason,
} from '../../domain/waiverRules';
import { soloTrekEntityResourceRef } from '../../permissions/rules';
import {
  CatalogReadAccess,
  noSuchEntity,
  ReadScope,
} from '../CatalogReadAccess';
import { MigrationService } from '../MigrationService';
import { WaiverRequestNotifier } from './WaiverRequestNotifier';

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

/** The person behind credentials; waiver requests are for people only. */
function personOf(credentials: Credentials, what: string): string {
  if (credentials.principal.type !== 'user') {
    throw new NotAllowedError(
      `Only people ${what}; service principals may only report stages`,
    );
  }
  return credentials.principal.userEntityRef;
}

function info(
  m: MigrationDefinition,
  r: WaiverRequest,
  entity: { entityTitle: string | null; ownerRef: string | null },
): WaiverRequestInfo {
  return {
    id: r.id,
    migrationId: r.migrationId,
    entityRef: r.entityRef,
    entityTitle: entity.entityTitle ?? undefined,
    owner: entity.ownerRef,
    creedId: r.creedId,
    creedTitle: m.creed.find(c => c.id === r.creedId)?.title ?? r.creedId,
    reason: r.reason,
    requestedExpiresAt: r.requestedExpiresAt.toISOString(),
    requestedBy: r.requestedBy,
    requestedAt: r.requestedAt.toISOString(),
    status: r.status,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionNote: r.decisionNote,
    grantedExpiresAt: r.grantedExpiresAt?.toISOString() ?? null,
    waiverId: r.waiverId,
  };
}

/**
 * Waiver requests: an owner asks for a waiver of a Creed item of their
 * service, the platform team approves (optionally with an earlier expiry)
 * or denies with a reason, the requester may withdraw while it is pending.
 * The rules are the waivers' own (domain/waiverRules): must items are never
 * waived, expiries have a maximum. Every step is audited by the router and
 * kept in the table; the requester and the platform team are notified.
 */
export class WaiverRequestService {
  private readonly authorizeEntity: (
    decision: PolicyDecision,
    entity: Entity,
  ) => boolean;

  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      migrations: MigrationService;
      catalog: CatalogService;
      auth: AuthService;
      permissions: PermissionsService;
      permissionsRegistry: PermissionsRegistryService;
      access: CatalogReadAccess;
      notifier: WaiverRequestNotifier;
      now?: () => Date;
    },
  ) {
    this.authorizeEntity = createConditionAuthorizer(
      deps.permissionsRegistry.getPermissionRuleset(soloTrekEntityResourceRef),
    );
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** An owner (or the platform team) asks for a waiver of one item. */
  async request(
    migrationId: string,
    entityRef: string,
    body: CreateWaiverRequestRequest,
    credentials: Credentials,
  ): Promise<WaiverRequestInfo> {
    const { migrations, store, config } = this.deps;
    const m = migrations.migration(migrationId);
    const requester = personOf(credentials, 'ask for waivers');
    assertPlainText('reason', body.reason);
    // Readable and in scope (404 otherwise), evaluated if never scanned.
    const card = await migrations.getCard(m.id, entityRef, credentials);
    await this.authorizeRequest(entityRef, credentials, requester);
    const item = waivableItem(m, body.creedId);
    const reason = waiverReason(body.reason);
    const now = this.now();
    const expiresAt = waiverExpiry(body.expiresAt, now, config.waivers.maxDays);
    const active = card.waivers.find(w => w.creedId === item.id);
    if (active) {
      throw new ConflictError(
        `"${
          item.title
        }" is already waived on ${entityRef} until ${active.expiresAt.slice(
          0,
          10,
        )}`,
      );
    }
    if (card.checks.find(c => c.id === item.id)?.status === 'pass') {
      throw new ConflictError(
        `"${item.title}" passes on ${entityRef}: there is nothing to waive`,
      );
    }
    const request: WaiverRequest = {
      id: randomUUID(),
      migrationId: m.id,
      entityRef,
      creedId: item.id,
      reason,
      requestedExpiresAt: expiresAt,
      requestedBy: requester,
      requestedAt: now,
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      grantedExpiresAt: null,
      waiverId: null,
    };
    await store.createWaiverRequest(request);
    await this.deps.notifier.requested(request, item.title);
    return info(m, request, {
      entityTitle: card.title ?? null,
      ownerRef: card.owner,
    });
  }

  /** The platform team grants the waiver, until the date asked for or earlier. */
  async approve(
    migrationId: string,
    requestId: string,
    body: ApproveWaiverRequestRequest,
    credentials: Credentials,
  ): Promise<WaiverRequestInfo> {
    const m = this.deps.migrations.migration(migrationId);
    const approver = await this.authorizeDecision(credentials);
    assertPlainText('note', body.note);
    const request = await this.pending(m, requestId, credentials);
    // Today's config decides: an item made non-waivable since is refused.
    const item = waivableItem(m, request.creedId);
    const now = this.now();
    let expiresAt = request.requestedExpiresAt;
    if (body.expiresAt !== undefined) {
      expiresAt = waiverExpiry(
        body.expiresAt,
        now,
        this.deps.config.waivers.maxDays,
      );
      if (expiresAt > request.requestedExpiresAt) {
        throw new InputError(
          `expiresAt ${
            body.expiresAt
          } is after the expiry asked for (${request.requestedExpiresAt.toISOString()}); an approval may only shorten a waiver`,
        );
      }
    } else if (expiresAt <= now) {
      throw new ConflictError(
        `The expiry asked for (${request.requestedExpiresAt.toISOString()}) has passed; deny the request so its owner can ask again`,
      );
    }
    const decided = await this.deps.store.decideWaiverRequest(request.id, {
      status: 'approved',
      note: body.note?.trim() || null,
      by: approver,
      at: now,
      waiver: {
        id: randomUUID(),
        migrationId: m.id,
        entityRef: request.entityRef,
        creedId: item.id,
        reason: request.reason,
        expiresAt,
        createdBy: approver,
        createdAt: now,
      },
    });
    await this.deps.notifier.decided(decided, item.title);
    return this.infoOf(m, decided);
  }

  /** The platform team refuses, saying why. */
  async deny(
    migrationId: string,
    requestId: string,
    body: DenyWaiverRequestRequest,
    credentials: Credentials,
  ): Promise<WaiverRequestInfo> {
    const m = this.deps.migrations.migration(migrationId);
    const decider = await this.authorizeDecision(credentials);
    assertPlainText('reason', body.reason);
    const reason = body.reason.trim();
    if (reason.length < 3) {
      throw new InputError(
        'A denial needs a reason of at least 3 characters, for the requester',
      );
    }
    const request = await this.pending(m, requestId, credentials);
    const decided = await this.deps.store.decideWaiverRequest(request.id, {
      status: 'denied',
      note: reason,
      by: decider,
      at: this.now(),
    });
    await this.deps.notifier.decided(
      decided,
      m.creed.find(c => c.id === decided.creedId)?.title ?? decided.creedId,
    );
    return this.infoOf(m, decided);
  }

  /** The requester takes back a pending request. */
  async withdraw(
    migrationId: string,
    requestId: string,
    credentials: Credentials,
  ): Promise<WaiverRequestInfo> {
    const m = this.deps.migrations.migration(migrationId);
    const person = personOf(credentials, 'withdraw waiver requests');
    const request = await this.pending(m, requestId, credentials);
    if (request.requestedBy !== person) {
      throw new NotAllowedError(
        `Only ${request.requestedBy}, who asked, can withdraw this request; the platform team denies it instead`,
      );
    }
    const decided = await this.deps.store.decideWaiverRequest(request.id, {
      status: 'withdrawn',
      note: null,
      by: person,
      at: this.now(),
    });
    return this.infoOf(m, decided);
  }

  /** One service's requests, newest first, for its card. */
  async forEntity(
    migrationId: string,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<WaiverRequestPage> {
    const m = this.deps.migrations.migration(migrationId);
    await this.deps.access.assertReadable(credentials, entityRef);
    const { total, items } = await this.deps.store.listWaiverRequests(m.id, {
      entityRef,
      limit: 100,
      offset: 0,
    });
    return {
      migrationId: m.id,
      total,
      offset: 0,
      items: items.map(r => info(m, r, r)),
    };
  }

  /**
   * The platform team's queue (pending by default), newest first, of the
   * services the caller may read.
   */
  async queue(
    migrationId: string,
    query: {
      status: WaiverRequestStatus | 'all';
      limit: number;
      offset: number;
    },
    scope: ReadScope,
  ): Promise<WaiverRequestPage> {
    const m = this.deps.migrations.migration(migrationId);
    const status = query.status === 'all' ? undefined : query.status;
    let page: { total: number; items: ListedWaiverRequest[] };
    if (scope.kind === 'all') {
      page = await this.deps.store.listWaiverRequests(m.id, {
        status,
        limit: query.limit,
        offset: query.offset,
      });
    } else {
      // Requests are few (one pending per item at most): filter them all,
      // then cut the page, so totals count only what the caller may read.
      const all = await this.deps.store.listWaiverRequests(m.id, {
        status,
        limit: Number.MAX_SAFE_INTEGER,
        offset: 0,
      });
      const readable = await this.deps.access.filter(
        scope,
        all.items,
        r => r.entityRef,
      );
      page = {
        total: readable.length,
        items: readable.slice(query.offset, query.offset + query.limit),
      };
    }
    return {
      migrationId: m.id,
      total: page.total,
      offset: query.offset,
      items: page.items.map(r => info(m, r, r)),
    };
  }

  private async infoOf(m: MigrationDefinition, r: WaiverRequest) {
    const result = await this.deps.store.getResult(m.id, r.entityRef);
    return info(m, r, {
      entityTitle: result?.title ?? null,
      ownerRef: result?.ownerRef ?? null,
    });
  }

  /** A pending request of this migration that the caller may read. */
  private async pending(
    m: MigrationDefinition,
    requestId: string,
    credentials: Credentials,
  ): Promise<WaiverRequest> {
    const request = await this.deps.store.getWaiverRequest(requestId);
    if (!request || request.migrationId !== m.id) {
      throw new NotFoundError(
        `No waiver request ${requestId} in migration "${m.id}"`,
      );
    }
    // An unreadable service's request is as missing as the service.
    await this.deps.access.assertReadable(credentials, request.entityRef);
    if (request.status !== 'pending') {
      throw new ConflictError(
        `The waiver request was already ${request.status}${
          request.decidedBy ? ` by ${request.decidedBy}` : ''
        }; only pending requests can be decided or withdrawn`,
      );
    }
    return request;
  }

  /** solo-trek.waiver.request on the entity: its owners (and the platform team). */
  private async authorizeRequest(
    entityRef: string,
    credentials: Credentials,
    requester: string,
  ) {
    const own = await this.deps.auth.getOwnServiceCredentials();
    const entity = await this.deps.catalog.getEntityByRef(entityRef, {
      credentials: own,
    });
    if (!entity) throw noSuchEntity(entityRef);
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: soloTrekWaiverRequestPermission }],
      { credentials },
    );
    const allowed =
      decision.result === AuthorizeResult.ALLOW ||
      (decision.result === AuthorizeResult.CONDITIONAL &&
        this.authorizeEntity(decision, entity));
    if (!allowed) {
      throw new NotAllowedError(
        `${requester} may not ask for waivers of ${entityRef}; only its owners can`,
      );
    }
  }

  /** solo-trek.waiver.manage: the platform team decides. */
  private async authorizeDecision(credentials: Credentials): Promise<string> {
    const person = personOf(credentials, 'decide waiver requests');
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: soloTrekWaiverManagePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `${person} may not decide waiver requests; ask a member of ${this.deps.config.platformTeam}`,
      );
    }
    return person;
  }
}
