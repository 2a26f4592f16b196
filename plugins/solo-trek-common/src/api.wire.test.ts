import type { components } from './schema.generated';
import type * as api from './api';
import type * as aggregates from './aggregates';

type Schemas = components['schemas'];
/** True when each type is assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Each hand-written wire type must be its OpenAPI schema, generated into
// schema.generated.ts: this file stops compiling (yarn tsc) when they differ.
type Checks = {
  StageSource: Same<api.StageSource, Schemas['StageSource']>;
  Level: Same<api.Level, Schemas['Level']>;
  Track: Same<api.Track, Schemas['Track']>;
  CheckStatus: Same<api.CheckStatus, Schemas['CheckStatus']>;
  Remediation: Same<api.Remediation, Schemas['Remediation']>;
  CreedItemInfo: Same<api.CreedItemInfo, Schemas['CreedItem']>;
  ScanInfo: Same<api.ScanInfo, Schemas['ScanStatus']>;
  MigrationInfo: Same<api.MigrationInfo, Schemas['Migration']>;
  Evidence: Same<api.Evidence, Schemas['Evidence']>;
  WaiverInfo: Same<api.WaiverInfo, Schemas['Waiver']>;
  CheckInfo: Same<api.CheckInfo, Schemas['Check']>;
  Compliance: Same<api.Compliance, Schemas['Compliance']>;
  StageHistoryEntry: Same<api.StageHistoryEntry, Schemas['HistoryEntry']>;
  EntityMigrationCard: Same<api.EntityMigrationCard, Schemas['EntityCard']>;
  AdoptionFigures: Same<aggregates.AdoptionFigures, Schemas['AdoptionFigures']>;
  AdoptionForecast: Same<aggregates.AdoptionForecast, Schemas['Forecast']>;
  AdoptionReport: Same<aggregates.AdoptionReport, Schemas['AdoptionReport']>;
  TeamAdoption: Same<aggregates.TeamAdoption, Schemas['TeamAdoption']>;
  TeamAdoptionPage: Same<
    aggregates.TeamAdoptionPage,
    Schemas['TeamAdoptionPage']
  >;
  AdoptionHistory: Same<aggregates.AdoptionHistory, Schemas['AdoptionHistory']>;
  LongTailReport: Same<aggregates.LongTailReport, Schemas['LongTailReport']>;
  Leaderboard: Same<aggregates.Leaderboard, Schemas['Leaderboard']>;
  LeaderboardEntry: Same<
    aggregates.LeaderboardEntry,
    Schemas['LeaderboardEntry']
  >;
  HeroNomination: Same<aggregates.HeroNomination, Schemas['HeroNomination']>;
  HeroOfMonth: Same<aggregates.HeroOfMonth, Schemas['HeroOfMonth']>;
  HeroesResponse: Same<aggregates.HeroesResponse, Schemas['Heroes']>;
  TeamServices: Same<aggregates.TeamServices, Schemas['TeamServices']>;
};
const agree: Checks = {
  StageSource: true,
  Level: true,
  Track: true,
  CheckStatus: true,
  Remediation: true,
  CreedItemInfo: true,
  ScanInfo: true,
  MigrationInfo: true,
  Evidence: true,
  WaiverInfo: true,
  CheckInfo: true,
  Compliance: true,
  StageHistoryEntry: true,
  EntityMigrationCard: true,
  AdoptionFigures: true,
  AdoptionForecast: true,
  AdoptionReport: true,
  TeamAdoption: true,
  TeamAdoptionPage: true,
  AdoptionHistory: true,
  LongTailReport: true,
  Leaderboard: true,
  LeaderboardEntry: true,
  HeroNomination: true,
  HeroOfMonth: true,
  HeroesResponse: true,
  TeamServices: true,
};

describe('the wire types in api.ts and aggregates.ts', () => {
  it('are the OpenAPI schemas (checked when the types compile)', () => {
    expect(Object.values(agree).every(Boolean)).toBe(true);
  });
});
