import {
  LeaderboardScoring,
  TeamScoreExplanation,
} from '@internal/plugin-solo-trek-common';

/** The default weights and a prior of five services at a mean of 41.5. */
export function makeScoring(
  overrides: Partial<LeaderboardScoring> = {},
): LeaderboardScoring {
  return {
    earlinessWeight: 1,
    complianceWeight: 0.5,
    priorStrength: 5,
    organisationMean: 41.5,
    maxPoints: 3,
    ...overrides,
  };
}

/** Why Payments scores 78: seven of eight services, one of them a Caravan. */
export function makeScoreExplanation(
  overrides: Partial<TeamScoreExplanation> = {},
): TeamScoreExplanation {
  return {
    migrationId: 'nimbus',
    period: 'all',
    periodStart: '2026-01-01',
    team: 'group:default/payments',
    title: 'Payments',
    rank: 1,
    score: 78,
    rawScore: 85.2,
    priorEffect: -7.2,
    migrated: 7,
    total: 8,
    scoring: makeScoring(),
    services: [
      {
        entityRef: 'component:default/ledger-service',
        title: 'Ledger service',
        stage: 'migrated',
        track: 'solo-trek',
        migratedAt: '2026-02-01T00:00:00.000Z',
        counted: true,
        earliness: 0.957,
        earlinessBasis: 'window',
        plannedEnd: null,
        compliance: 1,
        waivedItems: 0,
        points: 2.936,
      },
      {
        entityRef: 'component:default/payment-gateway',
        title: 'Payment gateway',
        stage: 'migrated',
        track: 'caravan',
        migratedAt: '2026-09-20T00:00:00.000Z',
        counted: true,
        earliness: 1,
        earlinessBasis: 'wave',
        plannedEnd: '2026-09-30T00:00:00.000Z',
        compliance: 0.875,
        waivedItems: 1,
        points: 2.875,
      },
      {
        entityRef: 'component:default/fraud-scoring',
        title: 'Fraud scoring',
        stage: 'migrated',
        track: 'caravan',
        migratedAt: '2026-05-20T00:00:00.000Z',
        counted: true,
        earliness: 0.5,
        earlinessBasis: 'no-wave',
        plannedEnd: null,
        compliance: 1,
        waivedItems: 0,
        points: 2.25,
      },
      {
        entityRef: 'component:default/refunds',
        title: 'Refunds',
        stage: 'planning',
        track: 'solo-trek',
        migratedAt: null,
        counted: false,
        earliness: null,
        earlinessBasis: null,
        plannedEnd: null,
        compliance: null,
        waivedItems: 0,
        points: 0,
      },
    ],
    hiddenServices: { count: 4, points: 10.5 },
    badges: [
      {
        badge: 'trailblazer',
        rule: 'One of the first three teams to have every service done',
        detail: 'Every service done on 2026-09-20',
      },
      {
        badge: 'clean-creed',
        rule: "Every service live on the new platform passes all of the Creed's must items",
        detail: 'All 7 live services pass every must item',
      },
    ],
    ...overrides,
  };
}
