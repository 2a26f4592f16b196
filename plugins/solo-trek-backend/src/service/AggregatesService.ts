import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../config/readSoloTrekConfig';
import { SoloTrekStore } from '../database/SoloTrekStore';
import { CatalogReadAccess } from './CatalogReadAccess';
import { AdoptionReporter } from './aggregates/AdoptionReporter';
import { AggregateCache } from './aggregates/AggregateCache';
import { CatalogNames } from './aggregates/CatalogNames';
import { HeroesService } from './aggregates/HeroesService';
import { HistoryReporter } from './aggregates/HistoryReporter';
import { LeaderboardReporter } from './aggregates/LeaderboardReporter';
import { LongTailReporter } from './aggregates/LongTailReporter';
import { ReportContext } from './aggregates/ReportContext';
import { TeamServicesReporter } from './aggregates/TeamServicesReporter';
import { TrackDriftReporter } from './aggregates/TrackDriftReporter';
import { RollbackReporter } from './aggregates/RollbackReporter';
import { WavePlanReporter } from './aggregates/WavePlanReporter';
import { DecommissionTailReporter } from './aggregates/DecommissionTailReporter';

/**
 * The dashboard's reports (adoption, history, leaderboard, long tail, team
 * services) and the Migration Hero, computed from the same stored results as
 * the cards, over one document cache and one catalog name lookup. The cached
 * reports are kept per results version and config (`aggregates/AggregateCache`),
 * so readers never recompute what no write has changed, and every replica
 * serves the same answer.
 */
export class AggregatesService {
  readonly adoption: AdoptionReporter;
  readonly history: HistoryReporter;
  readonly leaderboard: LeaderboardReporter;
  readonly longTail: LongTailReporter;
  readonly teamServices: TeamServicesReporter;
  readonly heroes: HeroesService;
  readonly trackDrift: TrackDriftReporter;
  readonly rollbacks: RollbackReporter;
  readonly wavePlan: WavePlanReporter;
  readonly decommissionTail: DecommissionTailReporter;

  constructor(deps: {
    config: SoloTrekConfig;
    store: SoloTrekStore;
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
    migration: (id: string) => MigrationDefinition;
    access: CatalogReadAccess;
    now?: () => Date;
  }) {
    const ctx: ReportContext = {
      config: deps.config,
      store: deps.store,
      access: deps.access,
      migration: deps.migration,
      now: () => deps.now?.() ?? new Date(),
    };
    const cache = new AggregateCache(ctx);
    const names = new CatalogNames(deps);
    this.history = new HistoryReporter(ctx, cache);
    this.adoption = new AdoptionReporter(ctx, cache, names, this.history);

    this.longTail = new LongTailReporter(ctx, cache, names);
    this.teamServices = new TeamServicesReporter(ctx);
    this.trackDrift = new TrackDriftReporter(ctx, names);
    this.rollbacks = new RollbackReporter(ctx);
    this.wavePlan = new WavePlanReporter(ctx, cache, this.adoption);
    this.decommissionTail = new DecommissionTailReporter(ctx, names);
    this.heroes = new HeroesService(
      { ...ctx, catalog: deps.catalog, auth: deps.auth },
      names,
    );
    this.leaderboard = new LeaderboardReporter(ctx, cache, names, this.heroes);
  }
}
