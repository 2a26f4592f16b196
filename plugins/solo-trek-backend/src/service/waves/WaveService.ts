import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  CardWave,
  CreateWaveRequest,
  soloTrekWaveManagePermission,
  WaveInfo,
  WaveRequest,
} from '@internal/plugin-solo-trek-common';
import { calendarDate } from '../../config/caravanConfig';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../../config/readSoloTrekConfig';
import { SoloTrekStore, Wave } from '../../database/SoloTrekStore';
import { assertPlainText } from '../../domain/plainText';
import { cardWave, waveInfo } from '../../domain/waves';

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

const ID = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The wave plan's writes (the platform team's, `solo-trek.wave.manage`)
 * and a service's wave as its card shows it. The plan's report is
 * `aggregates/WavePlanReporter`.
 */
export class WaveService {
  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      permissions: PermissionsService;
      migration: (id: string) => MigrationDefinition;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** People of the platform team only: waves are the central plan. */
  async authorize(credentials: Credentials): Promise<string> {
    const { principal } = credentials;
    if (principal.type !== 'user') {
      throw new NotAllowedError(
        'Only people plan waves; service principals may only report stages',
      );
    }
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: soloTrekWaveManagePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `${principal.userEntityRef} may not plan waves; ask a member of ${this.deps.config.platformTeam}`,
      );
    }
    return principal.userEntityRef;
  }

  /** The fields of a wave, checked beyond what the schema can say. */
  private fields(request: WaveRequest, order: number) {
    assertPlainText('title', request.title);
    const title = request.title.trim();
    if (!title) throw new InputError('title must not be blank');
    const start = calendarDate(request.plannedStart);
    if (typeof start === 'string') {
      throw new InputError(`plannedStart "${request.plannedStart}": ${start}`);
    }
    const end = calendarDate(request.plannedEnd);
    if (typeof end === 'string') {
      throw new InputError(`plannedEnd "${request.plannedEnd}": ${end}`);
    }
    if (end < start) {
      throw new InputError(
        `plannedEnd ${request.plannedEnd} comes before plannedStart ${request.plannedStart}`,
      );
    }
    return {
      title,
      order: request.order ?? order,
      plannedStart: request.plannedStart,
      plannedEnd: request.plannedEnd,
      status: request.status ?? 'planned',
    };
  }

  async createWave(
    migrationId: string,
    request: CreateWaveRequest,
    credentials: Credentials,
  ): Promise<WaveInfo> {
    const m = this.deps.migration(migrationId);
    const actor = await this.authorize(credentials);
    if (!ID.test(request.id)) {
      throw new InputError(
        `wave id "${request.id}": use lowercase letters, digits and dashes, such as wave-3`,
      );
    }
    const plan = await this.deps.store.listWaves(m.id);
    const next = Math.max(0, ...plan.map(w => w.order)) + 1;
    const now = this.now();
    const wave: Wave = {
      migrationId: m.id,
      id: request.id,
      ...this.fields(request, next),
      createdBy: actor,
      createdAt: now,
      updatedBy: actor,
      updatedAt: now,
    };
    await this.deps.store.createWave(wave);
    return waveInfo(wave, [], new Map(), new Map([[wave.id, wave]]), now);
  }

  async updateWave(
    migrationId: string,
    id: string,
    request: WaveRequest,
    credentials: Credentials,
  ): Promise<WaveInfo> {
    const m = this.deps.migration(migrationId);
    const actor = await this.authorize(credentials);
    const current = await this.noSuchWave(m, id);
    const now = this.now();
    const updated = await this.deps.store.updateWave(m.id, id, {
      ...this.fields(request, current.order),
      updatedBy: actor,
      updatedAt: now,
    });
    if (!updated) throw this.missing(m, id);
    return this.info(m, updated, now);
  }

  async deleteWave(
    migrationId: string,
    id: string,
    credentials: Credentials,
  ): Promise<void> {
    const m = this.deps.migration(migrationId);
    const actor = await this.authorize(credentials);
    if (!(await this.deps.store.deleteWave(m.id, id, actor, this.now()))) {
      throw this.missing(m, id);
    }
  }

  /** A wave of the plan, or the 404 that lists the plan. */
  async noSuchWave(m: MigrationDefinition, id: string): Promise<Wave> {
    const wave = await this.deps.store.getWave(m.id, id);
    if (!wave) throw await this.missingWithPlan(m, id);
    return wave;
  }

  private missing(m: MigrationDefinition, id: string) {
    return new NotFoundError(`Migration "${m.id}" has no wave "${id}"`);
  }

  async missingWithPlan(m: MigrationDefinition, id: string) {
    const ids = (await this.deps.store.listWaves(m.id)).map(w => w.id);
    return new NotFoundError(
      `Migration "${m.id}" has no wave "${id}"; its waves are ${
        ids.length ? ids.join(', ') : 'none yet'
      } (plan one with POST …/waves)`,
    );
  }

  /** A wave with its members' progress and warnings. */
  private async info(
    m: MigrationDefinition,
    wave: Wave,
    now: Date,
  ): Promise<WaveInfo> {
    const { store } = this.deps;
    const [plan, members] = await Promise.all([
      store.listWaves(m.id),
      store.waveMembers(m.id, wave.id),
    ]);
    const caravan = members.filter(r => r.track === 'caravan');
    const deps = await store.waveRows(
      m.id,
      caravan.flatMap(r => r.dependsOn),
    );
    return waveInfo(
      wave,
      caravan,
      new Map([...caravan, ...deps].map(r => [r.entityRef, r])),
      new Map(plan.map(w => [w.id, w])),
      now,
    );
  }

  /**
   * A service's wave as its card shows it: dates, status, where the wave
   * stands, and this service's own dependency warnings. Undefined when the
   * wave is not in the plan.
   */
  async cardWave(
    m: MigrationDefinition,
    entityRef: string,
    waveId: string,
    now: Date,
  ): Promise<CardWave | undefined> {
    const wave = await this.deps.store.getWave(m.id, waveId);
    if (!wave) return undefined;
    return cardWave(await this.info(m, wave, now), entityRef);
  }
}
