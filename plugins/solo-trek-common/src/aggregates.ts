import type { Level } from './api';
import type { Query, RequestBody, Schemas } from './wire';

/*
 * The reports' wire types: each is its schema in the backend's openapi.yaml,
 * generated into schema.generated.ts, or a part of one. Field documentation
 * lives in the spec's descriptions.
 */

/** Counts and shares for a set of in-scope services. @public */
export type AdoptionFigures = Schemas['AdoptionFigures'];

/** @public */
export type TeamAdoption = Schemas['TeamAdoption'];
/** @public */
export type TrackAdoption = Schemas['AdoptionReport']['byTrack'][number];
/** Caravan waves; `wave: null` holds caravan services not yet in a wave. @public */
export type WaveAdoption = Schemas['AdoptionReport']['byWave'][number];
/** @public */
export type QuadrantAdoption = Schemas['AdoptionReport']['byQuadrant'][number];

/** How many services pass, fail, are waived or unknown for one Creed item. @public */
export type CreedItemStats = Schemas['AdoptionReport']['creed'][number];

/**
 * `not-enough-data` until the history spans `forecast.minWeeks` weeks;
 * `at-risk` when the interval of plausible finishes reaches past the
 * sunset (less the margin). @public
 */
export type ForecastStatus = Schemas['Forecast']['status'];

/**
 * The completion date projected from the recent net pace (services done
 * less services joining the scope), with the interval of plausible finishes,
 * against the sunset. @public
 */
export type AdoptionForecast = Schemas['Forecast'];

/** @public */
export type AdoptionReport = Schemas['AdoptionReport'];

/** A page of a list, as the client asks for it. @public */
export type PageQuery = {
  /** 1 to 1000; 100 when left out. */
  limit?: number;
  offset?: number;
};

/** What the per-team breakdown can be sorted by. @public */
export type TeamAdoptionSort = NonNullable<Query<'GetTeamAdoption'>['sort']>;

/** @public */
export type SortOrder = NonNullable<Query<'GetTeamAdoption'>['order']>;

/** One page of the per-team adoption breakdown. @public */
export type TeamAdoptionPage = Schemas['TeamAdoptionPage'];

/**
 * Paging, sorting and filtering of the per-team breakdown, as the client
 * takes them: numbers where the query string carries digits. @public
 */
export type TeamAdoptionQuery = PageQuery & {
  /** adoption when left out. */
  sort?: TeamAdoptionSort;
  /** desc when left out: the furthest along first. */
  order?: SortOrder;
  /** Keeps teams whose title or ref contains this text, ignoring case. */
  q?: string;
};

/** @public */
export type AdoptionHistoryPoint = Schemas['AdoptionHistory']['points'][number];

/** @public */
export type AdoptionHistory = Schemas['AdoptionHistory'];

/** One track's forecast. @public */
export type TrackForecast =
  Schemas['AdoptionReport']['forecastByTrack'][number];

/** A service at risk of being stranded on the old platform. @public */
export type LongTailEntry = Schemas['LongTailReport']['items'][number];

/** How many long-tail services fall in one segmentation quadrant. @public */
export type LongTailQuadrantCount =
  Schemas['LongTailReport']['quadrants'][number];

/** @public */
export type LongTailReport = Schemas['LongTailReport'];

/** Paging and filtering of the long tail, as the client takes them. @public */
export type LongTailQuery = PageQuery & {
  /** Only services of this business criticality. */
  criticality?: Level;
  /** Only services of this migration complexity. */
  complexity?: Level;
};

/** @public */
export type LeaderboardBadge = Schemas['LeaderboardEntry']['badges'][number];

/** @public */
export type LeaderboardPeriod = Schemas['Leaderboard']['period'];

/** @public */
export type LeaderboardEntry = Schemas['LeaderboardEntry'];

/** @public */
export type Leaderboard = Schemas['Leaderboard'];

/** Paging of the leaderboard, as the client takes it. @public */
export type LeaderboardQuery = PageQuery & {
  /** Group refs whose entries come back in `pinned` (at most 20); repeated `team` on the wire. */
  teams?: string[];
  /** Keeps teams whose title or ref contains this text, ignoring case. */
  q?: string;
};

/** @public */
export type HeroNominationRequest = RequestBody<'NominateHero'>;

/** @public */
export type HeroNomination = Schemas['HeroNomination'];

/** The winner of one month's peer nominations. @public */
export type HeroOfMonth = Schemas['HeroOfMonth'];

/** @public */
export type HeroesResponse = Schemas['Heroes'];

/** One service on a team's migration card. @public */
export type TeamServiceRow = Schemas['TeamServices']['items'][number];

/** @public */
export type TeamServices = Schemas['TeamServices'];
