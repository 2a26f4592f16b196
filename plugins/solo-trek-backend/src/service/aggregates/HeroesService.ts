import { randomUUID } from 'node:crypto';
import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  HeroesResponse,
  HeroNomination,
  HeroNominationRequest,
  HeroOfMonth,
} from '@internal/plugin-solo-trek-common';
import {
  heroesByMonth,
  heroOfRecord,
  monthOf,
  monthsToClose,
  previousMonth,
} from '../../domain/heroes';
import { HeroMonthRecord } from '../../domain/model';
import { assertPlainText } from '../../domain/plainText';
import { noSuchEntity, ReadScope } from '../CatalogReadAccess';
import { CatalogNames } from './CatalogNames';
import { ReportContext } from './ReportContext';

function nominationInfo(n: {
  id: string;
  month: string;
  nominee: string;
  nominator: string;
  reason: string;
  createdAt: Date;
}): HeroNomination {
  return {
    id: n.id,
    month: n.month,
    nominee: n.nominee,
    nominator: n.nominator,
    reason: n.reason,
    createdAt: n.createdAt.toISOString(),
  };
}

/** Who nominates: a person, with the teams they belong to. */
export interface Nominator {
  userEntityRef: string;
  /** The user's ownership claims (themselves and their groups), from sign-in. */
  ownershipEntityRefs: readonly string[];
}

/**
 * The monthly Migration Hero: peers' nominations, each month closed at its
 * end in `soloTrek.timeZone` with its winner recorded (the Hall of heroes).
 */
export class HeroesService {
  /** Per migration, the month up to which every ended month is recorded. */
  private readonly closedBefore = new Map<string, string>();

  constructor(
    private readonly ctx: ReportContext & {
      catalog: CatalogService;
      auth: AuthService;
    },
    private readonly names: CatalogNames,
  ) {}

  /** The running month, in the configured zone. */
  currentMonth(): string {
    return monthOf(this.ctx.now(), this.ctx.config.timeZone);
  }

  /**
   * Records every ended month that has nominations and no record yet.
   * Nominations are only taken for the running month, so once the months
   * before it are recorded nothing changes until the month turns: each
   * process checks once per month, and replicas racing on the same month
   * insert the same winner (the table's key keeps the first).
   */
  async closeEndedMonths(migrationId: string): Promise<void> {
    const m = this.ctx.migration(migrationId);
    const current = this.currentMonth();
    if (this.closedBefore.get(m.id) === current) return;
    const [nominations, recorded] = await Promise.all([
      this.ctx.store.listNominations(m.id),
      this.ctx.store.listHeroMonths(m.id),
    ]);
    await this.ctx.store.recordHeroMonths(
      monthsToClose({
        migrationId: m.id,
        nominations,
        recorded: new Set(recorded.map(r => r.month)),
        now: this.ctx.now(),
        zone: this.ctx.config.timeZone,
      }),
    );
    this.closedBefore.set(m.id, current);
  }

  /**
   * Last month's Migration Hero, who holds the title (and gives their teams
   * the leaderboard badge) through the running month.
   */
  async reigning(migrationId: string): Promise<HeroMonthRecord | undefined> {
    await this.closeEndedMonths(migrationId);
    const [record] = await this.ctx.store.listHeroMonths(
      migrationId,
      previousMonth(this.currentMonth()),
    );
    return record;
  }

  /**
   * The running month's standings and the recorded heroes (only `month`'s
   * when given), leaving out nominees the caller may not read.
   */
  async list(
    migrationId: string,
    caller: string | undefined,
    scope: ReadScope,
    month?: string,
  ): Promise<HeroesResponse> {
    const m = this.ctx.migration(migrationId);
    const current = this.currentMonth();
    if (month !== undefined && month > current) {
      throw new InputError(
        `month ${month} has not begun; the running month is ${current} (${this.ctx.config.timeZone})`,
      );
    }
    await this.closeEndedMonths(m.id);
    const [nominations, records] = await Promise.all([
      this.ctx.store.listNominations(m.id),
      month === undefined || month < current
        ? this.ctx.store.listHeroMonths(m.id, month)
        : Promise.resolve([]),
    ]);
    const running = heroesByMonth(
      nominations.filter(n => n.month === current),
    ).get(current);
    const nominees = [
      ...records.map(r => r.nominee),
      ...(running?.nominee ? [running.nominee] : []),
    ];
    const readable = await this.ctx.access.readable(scope, nominees);
    const titles = await this.names.titlesFor(
      nominees.filter(n => readable.has(n)),
    );
    const hidden = (hero: HeroOfMonth | undefined) =>
      !hero?.nominee || !readable.has(hero.nominee);
    const currentHero: HeroOfMonth = hidden(running)
      ? {
          month: current,
          nominee: null,
          nominations: 0,
          reasons: [],
          closed: false,
        }
      : { ...running!, title: titles.get(running!.nominee!) };
    const mine = nominations.find(
      n => n.month === current && n.nominator === caller,
    );
    return {
      timeZone: this.ctx.config.timeZone,
      current: currentHero,
      past: records
        .filter(r => readable.has(r.nominee))
        .map(r => heroOfRecord(r, titles.get(r.nominee))),
      mine: mine ? nominationInfo(mine) : undefined,
    };
  }

  /**
   * One nomination per person and month, of a readable team or person other
   * than oneself or one's own teams: peers choose the Migration Hero.
   */
  async nominate(
    migrationId: string,
    request: HeroNominationRequest,
    nominator: Nominator,
    scope: ReadScope,
  ): Promise<HeroNomination> {
    const m = this.ctx.migration(migrationId);
    let nominee: string;
    try {
      nominee = stringifyEntityRef(
        parseEntityRef(request.nominee, { defaultKind: 'group' }),
      );
    } catch (e) {
      throw new InputError(
        `nominee "${request.nominee}" is not an entity ref: ${
          (e as Error).message
        }`,
      );
    }
    const kind = parseEntityRef(nominee).kind;
    if (kind !== 'group' && kind !== 'user') {
      throw new InputError(
        `nominee must be a team (group:…) or a person (user:…), not a ${kind}`,
      );
    }
    const self = nominator.userEntityRef;
    if (nominee === self) {
      throw new InputError(
        'You cannot nominate yourself: peers choose the Migration Hero; nominate someone else',
      );
    }
    // Sign-in claims and the catalog's memberOf can differ (a resolver
    // that adds no groups, a team joined since sign-in): either makes the
    // team one's own.
    const ownTeams = new Set([
      ...nominator.ownershipEntityRefs,
      ...(await this.names.teamsOf(self)),
    ]);
    if (ownTeams.has(nominee)) {
      throw new InputError(
        `You cannot nominate your own team ${nominee}: peers choose the Migration Hero; nominate another team or a person`,
      );
    }
    const credentials = await this.ctx.auth.getOwnServiceCredentials();
    if (
      !(await this.ctx.access.readable(scope, [nominee])).has(nominee) ||
      !(await this.ctx.catalog.getEntityByRef(nominee, { credentials }))
    ) {
      throw noSuchEntity(nominee);
    }
    assertPlainText('reason', request.reason);
    const reason = request.reason.trim();
    if (reason.length < 3)
      throw new InputError('Say in a few words why they deserve it (reason)');
    const now = this.ctx.now();
    const row = {
      id: randomUUID(),
      migrationId: m.id,
      month: monthOf(now, this.ctx.config.timeZone),
      nominator: self,
      nominee,
      reason,
      createdAt: now,
    };
    if (!(await this.ctx.store.createNomination(row))) {
      throw new ConflictError(
        `${self} already nominated a Migration Hero for ${row.month}; one nomination per month`,
      );
    }
    return nominationInfo(row);
  }
}
