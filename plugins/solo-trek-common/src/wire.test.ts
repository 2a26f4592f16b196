import type { LongTailQuery, TeamAdoptionQuery } from './aggregates';
import type { CaravanPageQuery } from './caravan';
import { SOLO_TREK_NUDGE_TOPICS } from './nudges';
import type { OutcomeTeamsQuery, ReportOutcomesRequest } from './outcomes';
import type { MigrationStage } from './stages';
import type { WaiverRequestQuery } from './waiverRequests';
import type { Query, RequestBody, Schemas } from './wire';

/** True when each type is assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** True when A is assignable to B. */
type Narrower<A, B> = [A] extends [B] ? true : false;

// The wire types are the generated OpenAPI schemas (api.ts, aggregates.ts,
// caravan.ts, outcomes.ts, nudges.ts, waiverRequests.ts and
// scoreExplanation.ts only name them), so they cannot drift. What is still
// written by hand is checked here, and this file stops compiling (yarn tsc)
// the day it and openapi.yaml disagree:
type Checks = {
  // The stages are a runtime list (stages.ts), the spec's Stage an enum.
  Stage: Same<MigrationStage, Schemas['Stage']>;
  // The topics are a runtime map (nudges.ts): every topic the spec names
  // must have its key, and no other.
  NudgeTopic: Same<
    (typeof SOLO_TREK_NUDGE_TOPICS)[keyof typeof SOLO_TREK_NUDGE_TOPICS],
    Schemas['NudgeTopic']
  >;
  // A client sends well-formed points; the spec takes any array on purpose.
  ReportOutcomesRequest: Narrower<
    ReportOutcomesRequest,
    RequestBody<'ReportOutcomes'>
  >;
  // The client's query types take numbers where the query string carries
  // digits; they must name the same parameters as the spec (format is the
  // CSV download, a link rather than a client call).
  TeamAdoptionQuery: Same<
    keyof TeamAdoptionQuery,
    keyof Query<'GetTeamAdoption'>
  >;
  LongTailQuery: Same<
    keyof LongTailQuery,
    Exclude<keyof Query<'GetLongTail'>, 'format'>
  >;
  LongTailLevels: Same<
    | Required<LongTailQuery>['criticality']
    | Required<LongTailQuery>['complexity'],
    NonNullable<Query<'GetLongTail'>['criticality']>
  >;
  CaravanPageQuery: Same<keyof CaravanPageQuery, keyof Query<'GetTrackDrift'>>;
  OutcomeTeamsQuery: Same<
    keyof OutcomeTeamsQuery,
    keyof Query<'GetOutcomeTeams'>
  >;
  WaiverRequestQuery: Same<
    keyof WaiverRequestQuery,
    keyof Query<'ListWaiverRequests'>
  >;
};
const agree: Checks = {
  Stage: true,
  NudgeTopic: true,
  ReportOutcomesRequest: true,
  TeamAdoptionQuery: true,
  LongTailQuery: true,
  LongTailLevels: true,
  CaravanPageQuery: true,
  OutcomeTeamsQuery: true,
  WaiverRequestQuery: true,
};

describe('the hand-written parts of the wire types', () => {
  it('agree with the OpenAPI schemas (checked when the types compile)', () => {
    expect(Object.values(agree).every(Boolean)).toBe(true);
  });

  it('name every nudge topic once', () => {
    const topics = Object.values(SOLO_TREK_NUDGE_TOPICS);
    expect(new Set(topics).size).toBe(topics.length);
  });
});
