import { randomUUID } from 'node:crypto';
import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  HeroesResponse,
  HeroNomination,
  HeroNominationRequest,
} from '@internal/plugin-solo-trek-common';
import { DateTime } from 'luxon';
import { heroesByMonth } from '../../domain/heroes';
import { assertPlainText } from '../../domain/plainText';
import { noSuchEntity, ReadScope } from '../CatalogReadAccess';
import { CatalogNames } from './CatalogNames';
import { ReportContext } from './ReportContext';

/** The month a nomination counts for, in UTC: `2026-03`. */
export function monthOf(date: Date) {
  return DateTime.fromJSDate(date, { zone: 'utc' }).toFormat('yyyy-MM');
}

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

/** The monthly Migration Hero: peers' nominations and the winners by month. */
export class HeroesService {
  constructor(
    private readonly ctx: ReportContext & {
      catalog: CatalogService;
      auth: AuthService;
    },
    private readonly names: CatalogNames,
  ) {}

  /** Heroes the caller may read in the catalog; others are left out. */
  async list(
    migrationId: string,
    caller: string | undefined,
    scope: ReadScope,
  ): Promise<HeroesResponse> {
    const m = this.ctx.migration(migrationId);
    const nominations = await this.ctx.store.listNominations(m.id);
    const winners = heroesByMonth(nominations);
    const readable = await this.ctx.access.readable(
      scope,
      [...winners.values()].flatMap(w => (w.nominee ? [w.nominee] : [])),
    );
    for (const [month, w] of winners) {
      if (w.nominee && !readable.has(w.nominee)) winners.delete(month);
    }
    const titles = await this.names.titlesFor(
      [...winners.values()].flatMap(w => (w.nominee ? [w.nominee] : [])),
    );
    const month = monthOf(this.ctx.now());
    const withTitle = (w: { nominee: string | null }) => ({
      ...w,
      title: w.nominee ? titles.get(w.nominee) : undefined,
    });
    const current = winners.get(month) ?? {
      month,
      nominee: null,
      nominations: 0,
      reasons: [],
    };
    const mine = nominations.find(
      n => n.month === month && n.nominator === caller,
    );
    return {
      current: withTitle(current) as HeroesResponse['current'],
      past: [...winners.values()]
        .filter(w => w.month < month)
        .sort((a, b) => b.month.localeCompare(a.month))
        .map(w => withTitle(w) as HeroesResponse['current']),
      mine: mine ? nominationInfo(mine) : undefined,
    };
  }

  /** One nomination per person and month, of a readable team or person other than oneself. */
  async nominate(
    migrationId: string,
    request: HeroNominationRequest,
    nominator: string,
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
    if (nominee === nominator) {
      throw new InputError(
        'Nominate someone else: peers choose the Migration Hero',
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
      month: monthOf(now),
      nominator,
      nominee,
      reason,
      createdAt: now,
    };
    if (!(await this.ctx.store.createNomination(row))) {
      throw new ConflictError(
        `${nominator} already nominated a Migration Hero for ${row.month}; one nomination per month`,
      );
    }
    return nominationInfo(row);
  }
}
