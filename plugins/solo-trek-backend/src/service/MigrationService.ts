import { randomUUID } from 'node:crypto';
import {
  AuthService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  LoggerService,
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
  CreateWaiverRequest,
  EntityMigrationCard,
  isBackwardMove,
  MigrationInfo,
  SetTrackRequest,
  soloTrekEntityRefreshPermission,
  soloTrekStageUpdatePermission,
  soloTrekTrackManagePermission,
  soloTrekWaiverManagePermission,
  soloTrekWaveManagePermission,
  UpdateStageRequest,
  WaiverInfo,
} from '@internal/plugin-solo-trek-common';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../config/readSoloTrekConfig';
import {
  EntityState,
  SoloTrekStore,
  StoredResult,
  Waiver,
} from '../database/SoloTrekStore';
import { buildCard, daysToSunset, waiverInfo } from '../domain/buildCard';
import { hashResult, migratedAtFor } from '../domain/nextResult';
import { assertPlainText } from '../domain/plainText';
import { resolveStage } from '../domain/resolveStage';
import {
  waivableItem,
  waiverExpiry,
  waiverReason,
} from '../domain/waiverRules';
import { TRACK_NAMES } from '../domain/tracks';
import { isRollback, postMortemUrlOf } from '../domain/rollback';
import { effectiveWave, waveIdOf } from '../domain/waves';
import { WaveService } from './waves/WaveService';
import { soloTrekEntityResourceRef } from '../permissions/rules';
import { CatalogReadAccess, noSuchEntity } from './CatalogReadAccess';
import { EvaluationScanner } from './EvaluationScanner';
import { RefreshGate } from './RefreshGate';

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

function actorOf(credentials: Credentials): string {
  const p = credentials.principal;
  return p.type === 'user' ? p.userEntityRef : p.subject;
}

/** The operations behind the HTTP API; the router only adapts requests. */
export class MigrationService {
  private readonly byId: Map<string, MigrationDefinition>;
  /**
   * Each migration's active waivers by entity, as of a results version.
   * Every waiver write bumps the version, so a card only reads the list
   * again after a write, and every replica sees the same list.
   */
  private readonly waivers = new Map<
    string,
    { version: number; byEntity: Map<string, Waiver[]> }
  >();
  private readonly refreshGate: RefreshGate;
  /** The wave plan's writes, and a service's wave on its card. */
  readonly waves: WaveService;
  private readonly authorizeEntity: (
    decision: PolicyDecision,
    entity: Entity,
  ) => boolean;

  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      scanner: EvaluationScanner;
      catalog: CatalogService;
      auth: AuthService;
      permissions: PermissionsService;
      permissionsRegistry: PermissionsRegistryService;
      logger: LoggerService;
      access: CatalogReadAccess;
      refreshGate?: RefreshGate;
      now?: () => Date;
    },
  ) {
    this.byId = new Map(deps.config.migrations.map(m => [m.id, m]));
    this.refreshGate = deps.refreshGate ?? new RefreshGate(deps.config.refresh);
    this.waves = new WaveService({
      config: deps.config,
      store: deps.store,
      permissions: deps.permissions,
      migration: id => this.migration(id),
      now: deps.now,
    });
    this.authorizeEntity = createConditionAuthorizer(
      deps.permissionsRegistry.getPermissionRuleset(soloTrekEntityResourceRef),
    );
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  migration(id: string): MigrationDefinition {
    const migration = this.byId.get(id);
    if (!migration) {
      const known = [...this.byId.keys()];
      throw new NotFoundError(
        `No migration "${id}"; configured migrations: ${
          known.length ? known.join(', ') : 'none'
        }`,
      );
    }
    return migration;
  }

  async listMigrations(): Promise<MigrationInfo[]> {
    return Promise.all(
      this.deps.config.migrations.map(m => this.migrationInfo(m)),
    );
  }

  async getMigration(id: string): Promise<MigrationInfo> {
    return this.migrationInfo(this.migration(id));
  }

  private async migrationInfo(m: MigrationDefinition): Promise<MigrationInfo> {
    const scan = await this.deps.store.getScan(m.id);
    return {
      id: m.id,
      title: m.title,
      description: m.description,
      from: m.from,
      to: m.to,
      window: {
        start: m.window.start.toISODate()!,
        sunset: m.window.sunset.toISODate()!,
      },
      daysToSunset: daysToSunset(m, this.now()),
      scope: m.scope,
      liveWhen: m.liveWhen.description,
      creed: m.creed.map(item => ({
        id: item.id,
        title: item.title,
        description: item.description,
        severity: item.severity,
        waivable: item.waivable,
        rule: item.rule.description,
        remediation: item.remediation,
      })),
      lastScan: scan
        ? {
            startedAt: scan.startedAt?.toISOString(),
            finishedAt: scan.finishedAt?.toISOString(),
            entities: scan.entities ?? undefined,
            rowsWritten: scan.rowsWritten ?? undefined,
            error: scan.error ?? undefined,
            failedEntities: scan.failedEntities,
            stale: Boolean(scan.error),
          }
        : undefined,
      // What the platform team offers each track, when configured.
      ...(m.tracks.soloTrek || m.tracks.caravan ? { tracks: m.tracks } : {}),
    };
  }

  /**
   * The stored result, or a fresh evaluation when the entity is in scope but
   * no scan has reached it yet. 404 when it is not in the catalog or not in scope.
   */
  private async resultFor(
    m: MigrationDefinition,
    entityRef: string,
  ): Promise<StoredResult> {
    const stored = await this.deps.store.getResult(m.id, entityRef);
    if (stored) return stored;
    return this.evaluateNow(m, entityRef, false);
  }

  private async evaluateNow(
    m: MigrationDefinition,
    entityRef: string,
    forceFacts: boolean,
  ): Promise<StoredResult> {
    const entity = await this.inScopeEntity(m, entityRef);
    const { results } = await this.deps.scanner.processPage(
      m,
      [entity],
      this.now(),
      {
        forceFacts,
      },
    );
    return results[0];
  }

  private async inScopeEntity(
    m: MigrationDefinition,
    entityRef: string,
  ): Promise<Entity> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const entity = await this.deps.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) throw noSuchEntity(entityRef);
    // Ask the catalog itself, so scope filters mean exactly what they mean there.
    const match = await this.deps.catalog.queryEntities(
      {
        filter: { ...m.scope, 'metadata.uid': entity.metadata.uid! },
        limit: 1,
        fields: ['metadata.uid'],
      },
      { credentials },
    );
    if (match.items.length === 0) {
      const scope = Object.entries(m.scope)
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : v}`)
        .join(', ');
      throw new NotFoundError(
        `${entityRef} is not in the scope of migration "${m.id}" (${scope})`,
      );
    }
    return entity;
  }

  async getCard(
    migrationId: string,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityMigrationCard> {
    const m = this.migration(migrationId);
    const { store, access } = this.deps;
    // The hot path: the stored result, its state, history and the scan in
    // one read, while the caller's catalog read permission is decided.
    const [inputs] = await Promise.all([
      store.getCardInputs(m.id, entityRef),
      access.assertReadable(credentials, entityRef),
    ]);
    if (!inputs.result) {
      return this.card(m, await this.evaluateNow(m, entityRef, false));
    }
    const now = this.now();
    const [waivers, waveDetail] = await Promise.all([
      this.activeWaivers(m.id, inputs.resultsVersion, now),
      this.waveDetail(m, inputs.result, inputs.state, now),
    ]);
    return buildCard({
      migration: m,
      nudges: this.deps.config.nudges,
      result: inputs.result,
      state: inputs.state,
      waivers: waivers.get(entityRef) ?? [],
      history: inputs.history,
      trackHistory: inputs.trackHistory,
      waveDetail,
      scan: inputs.scan,
      now,
    });
  }

  /** The service's wave of the plan, for a Caravan service in one. */
  private async waveDetail(
    m: MigrationDefinition,
    result: StoredResult,
    state: EntityState | undefined,
    now: Date,
  ) {
    const wave = effectiveWave(state, result);
    if (result.track !== 'caravan' || !wave) return null;
    return (await this.waves.cardWave(m, result.entityRef, wave, now)) ?? null;
  }

  private async activeWaivers(
    migrationId: string,
    version: number,
    now: Date,
  ): Promise<Map<string, Waiver[]>> {
    const hit = this.waivers.get(migrationId);
    if (hit && hit.version === version) return hit.byEntity;
    const byEntity = new Map<string, Waiver[]>();
    for (const w of await this.deps.store.listAllActiveWaivers(
      migrationId,
      now,
    )) {
      const list = byEntity.get(w.entityRef);
      if (list) list.push(w);
      else byEntity.set(w.entityRef, [w]);
    }
    this.waivers.set(migrationId, { version, byEntity });
    return byEntity;
  }

  private async card(m: MigrationDefinition, result: StoredResult) {
    const { store } = this.deps;
    const now = this.now();
    const [states, waivers, history, trackHistory, scan] = await Promise.all([
      store.getStates(m.id, [result.entityRef]),
      store.listActiveWaivers(m.id, result.entityRef, now),
      store.getHistory(m.id, result.entityRef),
      store.getTrackHistory(m.id, result.entityRef),
      store.getScan(m.id),
    ]);
    const state = states.get(result.entityRef);
    return buildCard({
      migration: m,
      nudges: this.deps.config.nudges,
      result,
      state,
      waivers,
      history,
      trackHistory,
      waveDetail: await this.waveDetail(m, result, state, now),
      scan,
      now,
    });
  }

  async updateStage(
    migrationId: string,
    entityRef: string,
    request: UpdateStageRequest,
    credentials: Credentials,
  ): Promise<EntityMigrationCard> {
    const m = this.migration(migrationId);
    assertPlainText('note', request.note);
    await this.deps.access.assertReadable(credentials, entityRef);
    const entity = await this.inScopeEntity(m, entityRef);
    await this.authorizeEntityAction(
      soloTrekStageUpdatePermission,
      entity,
      credentials,
      'update the stage of',
      'its owners',
    );
    await this.resultFor(m, entityRef);
    const note = request.note?.trim() || null;
    const postMortemUrl =
      request.postMortemUrl === undefined
        ? null
        : postMortemUrlOf(request.postMortemUrl);
    if (request.postMortemUrl !== undefined && !postMortemUrl) {
      throw new InputError(
        `postMortemUrl "${request.postMortemUrl}" is not an http or https URL`,
      );
    }
    const now = this.now();
    const updated = await this.deps.store.updateState(
      m.id,
      entityRef,
      ({ result, state }) => {
        const rollback = isRollback(result.stage, request.stage);
        if (rollback && !note) {
          throw new InputError(
            `Moving ${entityRef} back from ${result.stage} to ${request.stage} is a rollback: it needs a note saying why`,
          );
        }
        if (isBackwardMove(result.stage, request.stage) && !note) {
          throw new InputError(
            `Moving ${entityRef} back from ${result.stage} to ${request.stage} needs a note saying why`,
          );
        }
        if (postMortemUrl && !rollback) {
          throw new InputError(
            `A post-mortem link belongs to a rollback; ${result.stage} → ${request.stage} is not one`,
          );
        }
        const resolved = resolveStage({
          live: result.live,
          annotationStage: result.annotationStage,
          annotationStageAt: state?.annotationStageAt,
          apiStage: request.stage,
          apiStageAt: now,
        });
        if (resolved.stage !== request.stage) {
          throw new ConflictError(
            `The catalog shows ${entityRef} live on ${m.to} (liveWhen: ${m.liveWhen.description}), ` +
              `so its stage is at least migrated; remove that from its catalog-info.yaml first`,
          );
        }
        const changed = resolved.stage !== result.stage;
        const next: StoredResult = {
          ...result,
          stage: resolved.stage,
          stageSource: resolved.source,
          changedAt: now,
          stageChangedAt: changed ? now : result.stageChangedAt,
          migratedAt: migratedAtFor(result, resolved.stage, now),
          rolledBackAt: rollback ? now : result.rolledBackAt ?? null,
        };
        next.resultHash = hashResult(next);
        return {
          state: { apiStage: request.stage, apiStageAt: now },
          result: next,
          // A pipeline re-reporting the same stage is not a change.
          history: changed
            ? {
                fromStage: result.stage,
                toStage: resolved.stage,
                source: 'api',
                actor: actorOf(credentials),
                note,
                createdAt: now,
                // The go-live it undid stays in the history.
                ...(rollback && {
                  rollback: { wentLiveAt: result.migratedAt, postMortemUrl },
                }),
              }
            : undefined,
        };
      },
    );
    return this.card(m, updated!);
  }

  /**
   * A resource permission on one entity (stage update, refresh): service
   * principals only when `soloTrek.stageReporters` lists them, people as the
   * policy decides for that entity.
   */
  private async authorizeEntityAction(
    permission:
      | typeof soloTrekStageUpdatePermission
      | typeof soloTrekEntityRefreshPermission,
    entity: Entity,
    credentials: Credentials,
    what: string,
    who: string,
  ) {
    const { principal } = credentials;
    const target = `${entity.kind.toLocaleLowerCase('en-US')}:${
      entity.metadata.namespace ?? 'default'
    }/${entity.metadata.name}`;
    if (principal.type === 'service') {
      const subject = principal.subject;
      const allowed = this.deps.config.stageReporters.some(
        r => r === subject || `external:${r}` === subject,
      );
      if (!allowed) {
        throw new NotAllowedError(
          `Service principal ${subject} may not ${what} ${target}; list it under soloTrek.stageReporters`,
        );
      }
    }
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    const allowed =
      decision.result === AuthorizeResult.ALLOW ||
      (decision.result === AuthorizeResult.CONDITIONAL &&
        this.authorizeEntity(decision, entity));
    if (!allowed) {
      throw new NotAllowedError(
        `${actorOf(credentials)} may not ${what} ${target}; only ${who} can`,
      );
    }
  }

  private async authorizeAdmin(
    permission:
      | typeof soloTrekWaiverManagePermission
      | typeof soloTrekWaveManagePermission
      | typeof soloTrekTrackManagePermission,
    credentials: Credentials,
    what: string,
  ) {
    if (credentials.principal.type !== 'user') {
      throw new NotAllowedError(
        `Only people can ${what}; service principals may only report stages`,
      );
    }
    const [decision] = await this.deps.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `${actorOf(credentials)} may not ${what}; ask a member of ${
          this.deps.config.platformTeam
        }`,
      );
    }
  }

  async createWaiver(
    migrationId: string,
    entityRef: string,
    request: CreateWaiverRequest,
    credentials: Credentials,
  ): Promise<WaiverInfo> {
    const m = this.migration(migrationId);
    await this.authorizeAdmin(
      soloTrekWaiverManagePermission,
      credentials,
      'manage waivers',
    );
    assertPlainText('reason', request.reason);
    await this.deps.access.assertReadable(credentials, entityRef);
    // The same rules as a request's and an approval's (domain/waiverRules).
    const item = waivableItem(m, request.creedId);
    const reason = waiverReason(request.reason);
    const now = this.now();
    const expiresAt = waiverExpiry(
      request.expiresAt,
      now,
      this.deps.config.waivers.maxDays,
    );
    await this.resultFor(m, entityRef);
    const existing = await this.deps.store.listActiveWaivers(
      m.id,
      entityRef,
      now,
    );
    if (existing.some(w => w.creedId === item.id)) {
      throw new ConflictError(
        `${entityRef} already has an active waiver for "${item.id}"; remove it before adding another`,
      );
    }
    const waiver = {
      id: randomUUID(),
      migrationId: m.id,
      entityRef,
      creedId: item.id,
      reason,
      expiresAt,
      createdBy: actorOf(credentials),
      createdAt: now,
    };
    await this.deps.store.createWaiver(waiver);
    return waiverInfo(waiver);
  }

  async deleteWaiver(
    migrationId: string,
    entityRef: string,
    waiverId: string,
    credentials: Credentials,
  ): Promise<void> {
    const m = this.migration(migrationId);
    await this.authorizeAdmin(
      soloTrekWaiverManagePermission,
      credentials,
      'manage waivers',
    );
    await this.deps.access.assertReadable(credentials, entityRef);
    const waiver = await this.deps.store.getWaiver(waiverId);
    if (
      !waiver ||
      waiver.migrationId !== m.id ||
      waiver.entityRef !== entityRef
    ) {
      throw new NotFoundError(
        `No active waiver ${waiverId} on ${entityRef} in migration "${m.id}"`,
      );
    }
    await this.deps.store.revokeWaiver(
      waiverId,
      actorOf(credentials),
      this.now(),
    );
  }

  async setWave(
    migrationId: string,
    entityRef: string,
    wave: string | null,
    credentials: Credentials,
  ): Promise<EntityMigrationCard> {
    const m = this.migration(migrationId);
    await this.authorizeAdmin(
      soloTrekWaveManagePermission,
      credentials,
      'assign waves',
    );
    assertPlainText('wave', wave);
    await this.deps.access.assertReadable(credentials, entityRef);
    const result = await this.resultFor(m, entityRef);
    if (wave !== null && result.track !== 'caravan') {
      throw new ConflictError(
        `${entityRef} is on the ${result.track} track; only caravan services join waves`,
      );
    }
    // A wave of the plan, named by its id (or its title, as labels were).
    const id = wave === null ? null : waveIdOf(wave.trim());
    if (wave !== null && (!id || !(await this.deps.store.getWave(m.id, id)))) {
      throw await this.waves.missingWithPlan(m, wave.trim());
    }
    const now = this.now();
    const updated = await this.deps.store.updateState(m.id, entityRef, () => ({
      state: {
        // '' takes the service out of the wave its annotation names.
        wave: id ?? (result.annotationWave ? '' : null),
        waveSetBy: actorOf(credentials),
        waveSetAt: now,
      },
    }));
    return this.card(m, updated!);
  }

  /**
   * The platform team's decision about a service's track, with a note: the
   * only way a track changes once pinned. Restating the current track
   * records a confirmation (a drift reviewed and kept). Leaving the caravan
   * leaves its wave.
   */
  async setTrack(
    migrationId: string,
    entityRef: string,
    request: SetTrackRequest,
    credentials: Credentials,
  ): Promise<EntityMigrationCard> {
    const m = this.migration(migrationId);
    await this.authorizeAdmin(
      soloTrekTrackManagePermission,
      credentials,
      'change tracks',
    );
    assertPlainText('note', request.note);
    const note = request.note.trim();
    if (note.length < 3) {
      throw new InputError(
        'A track decision needs a note saying why, of at least 3 characters',
      );
    }
    await this.deps.access.assertReadable(credentials, entityRef);
    await this.resultFor(m, entityRef);
    const now = this.now();
    const updated = await this.deps.store.updateState(
      m.id,
      entityRef,
      ({ result }) => {
        const next: StoredResult = { ...result, track: request.track };
        next.resultHash = hashResult(next);
        return {
          state:
            request.track === 'caravan'
              ? {}
              : { wave: null, waveSetBy: actorOf(credentials), waveSetAt: now },
          result: next,
          trackDecision: {
            fromTrack: result.track,
            toTrack: request.track,
            source: 'platform-team',
            actor: actorOf(credentials),
            note:
              result.track === request.track
                ? `Kept on the ${TRACK_NAMES[request.track]} track: ${note}`
                : note,
            createdAt: now,
          },
        };
      },
    );
    return this.card(m, updated!);
  }

  /**
   * Re-evaluates one entity now, probes included: for its owners, the
   * platform team and the listed pipelines, at most once per entity per
   * cooldown, through a bounded queue.
   */
  async refresh(
    migrationId: string,
    entityRef: string,
    credentials: Credentials,
  ): Promise<EntityMigrationCard> {
    const m = this.migration(migrationId);
    await this.deps.access.assertReadable(credentials, entityRef);
    const entity = await this.inScopeEntity(m, entityRef);
    await this.authorizeEntityAction(
      soloTrekEntityRefreshPermission,
      entity,
      credentials,
      'refresh',
      `its owners and ${this.deps.config.platformTeam}`,
    );
    const result = await this.refreshGate.run(`${m.id}/${entityRef}`, () =>
      this.evaluateNow(m, entityRef, true),
    );
    return this.card(m, result);
  }
}
