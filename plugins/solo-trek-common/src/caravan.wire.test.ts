import type { components } from './schema.generated';
import type * as caravan from './caravan';

type Schemas = components['schemas'];
/** True when each type is assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// The Caravan's wire types (caravan.ts) must be their OpenAPI schemas,
// generated into schema.generated.ts: this file stops compiling (yarn tsc)
// when they differ.
type Checks = {
  TrackDecisionInfo: Same<caravan.TrackDecisionInfo, Schemas['TrackDecision']>;
  SegmentationSignal: Same<
    caravan.SegmentationSignal,
    Schemas['SegmentationSignal']
  >;
  AxisExplanation: Same<caravan.AxisExplanation, Schemas['AxisExplanation']>;
  TrackDriftReport: Same<caravan.TrackDriftReport, Schemas['TrackDriftReport']>;
  RollbackInfo: Same<caravan.RollbackInfo, Schemas['RollbackInfo']>;
  RollbackReport: Same<caravan.RollbackReport, Schemas['RollbackReport']>;
  DependencyWarning: Same<
    caravan.DependencyWarning,
    Schemas['DependencyWarning']
  >;
  WaveInfo: Same<caravan.WaveInfo, Schemas['Wave']>;
  WaveRequest: Same<caravan.WaveRequest, Schemas['WaveRequest']>;
  WaveCompletion: Same<caravan.WaveCompletion, Schemas['WaveCompletion']>;
  CaravanForecast: Same<caravan.CaravanForecast, Schemas['CaravanForecast']>;
  WavePlanReport: Same<caravan.WavePlanReport, Schemas['WavePlanReport']>;
  TrackProgress: Same<caravan.TrackProgress, Schemas['TrackProgress']>;
  DecommissionTailReport: Same<
    caravan.DecommissionTailReport,
    Schemas['DecommissionTailReport']
  >;
};
const agree: Checks = {
  TrackDecisionInfo: true,
  SegmentationSignal: true,
  AxisExplanation: true,
  TrackDriftReport: true,
  RollbackInfo: true,
  RollbackReport: true,
  DependencyWarning: true,
  WaveInfo: true,
  WaveRequest: true,
  WaveCompletion: true,
  CaravanForecast: true,
  WavePlanReport: true,
  TrackProgress: true,
  DecommissionTailReport: true,
};

describe("the Caravan's wire types in caravan.ts", () => {
  it('are the OpenAPI schemas (checked when the types compile)', () => {
    expect(Object.values(agree).every(Boolean)).toBe(true);
  });
});
