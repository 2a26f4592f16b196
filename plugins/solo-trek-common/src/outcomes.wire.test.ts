import type { components } from './schema.generated';
import {
  EntityOutcomes,
  EntityPulse,
  OutcomeMetric,
  OutcomePoint,
  OutcomesReport,
  OutcomeTeamsPage,
  PulseCommentsPage,
  ReportOutcomesResponse,
} from './outcomes';

type Schemas = components['schemas'];
/** True when each type is assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// The outcomes' wire types are written by hand (outcomes.ts); these fail to
// compile (yarn tsc) the day they and openapi.yaml disagree.
const agree: [
  Same<OutcomePoint, Schemas['OutcomePoint']>,
  Same<ReportOutcomesResponse, Schemas['ReportOutcomesResponse']>,
  Same<OutcomeMetric, Schemas['OutcomeMetric']>,
  Same<OutcomesReport, Schemas['OutcomesReport']>,
  Same<OutcomeTeamsPage, Schemas['OutcomeTeamsPage']>,
  Same<PulseCommentsPage, Schemas['PulseCommentsPage']>,
  Same<EntityPulse, Schemas['EntityPulse']>,
  Same<EntityOutcomes, Schemas['EntityOutcomes']>,
] = [true, true, true, true, true, true, true, true];

describe('the outcomes wire types', () => {
  it('are the OpenAPI schemas (checked when the types compile)', () => {
    expect(agree.every(Boolean)).toBe(true);
  });
});
