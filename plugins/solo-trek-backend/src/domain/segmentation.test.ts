import { service } from '../__testUtils__/fixtures';
import { ConfigReader } from '@backstage/config';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { DEFAULT_SEGMENTATION_SIGNALS } from '../config/caravanConfig';
import {
  readSoloTrekConfig,
  SegmentationConfig,
} from '../config/readSoloTrekConfig';
import { RelatedEntity } from './model';
import {
  complexityOf,
  criticalityOf,
  explainSegmentation,
  trackOf,
} from './segmentation';

const config: SegmentationConfig = {
  lifecycle: { production: 'high', experimental: 'low' },
  tierLabel: 'tier',
  tiers: { 'tier-0': 'high', 'tier-3': 'low' },
  defaultCriticality: 'low',
  complexityThreshold: 3,
  highCriticalityLowComplexity: 'caravan',
  lowCriticalityHighComplexity: 'solo-trek',
  signals: DEFAULT_SEGMENTATION_SIGNALS,
};

describe('segmentation', () => {
  it('reads criticality from the annotation, then the tier, then the lifecycle', () => {
    const annotated = service('a', {
      annotations: { 'solo-trek.io/criticality': 'low' },
      labels: { tier: 'tier-0' },
    });
    expect(criticalityOf(annotated, config)).toBe('low');
    expect(
      criticalityOf(service('b', { labels: { tier: 'tier-3' } }), config),
    ).toBe('low');
    // production lifecycle, no tier
    expect(criticalityOf(service('c'), config)).toBe('high');
    const unknown = service('d');
    (unknown.spec as any).lifecycle = 'sunset';
    expect(criticalityOf(unknown, config)).toBe('low');
  });

  it('counts coupling against the threshold unless annotated', () => {
    const coupled = service('a', {
      dependsOn: [
        'component:default/x',
        'component:default/y',
        'resource:default/db',
      ],
    });
    expect(complexityOf(coupled, config)).toBe('high');
    expect(
      complexityOf(
        service('b', { dependsOn: ['component:default/x'] }),
        config,
      ),
    ).toBe('low');
    expect(
      complexityOf(
        service('c', { annotations: { 'solo-trek.io/complexity': 'high' } }),
        config,
      ),
    ).toBe('high');
  });

  it('puts crown jewels on the caravan and follows config for mixed quadrants', () => {
    expect(trackOf('high', 'high', config)).toBe('caravan');
    expect(trackOf('low', 'low', config)).toBe('solo-trek');
    expect(trackOf('high', 'low', config)).toBe('caravan');
    expect(trackOf('low', 'high', config)).toBe('solo-trek');
  });

  it('explains each axis with the signals it read and which one decided', () => {
    const explained = explainSegmentation(
      service('a', {
        labels: { tier: 'tier-9' },
        dependsOn: ['component:default/x', 'resource:default/db'],
      }),
      config,
    );
    // tier-9 maps to nothing, so the lifecycle decides.
    expect(explained.criticality).toEqual({
      level: 'high',
      source: 'signals',
      summary: 'high: lifecycle is production',
      signals: [
        {
          name: 'tier label "tier"',
          value: 'tier-9',
          effect: 'not mapped',
          decisive: false,
        },
        {
          name: 'lifecycle',
          value: 'production',
          effect: 'high',
          decisive: true,
        },
      ],
    });
    expect(explained.complexity).toMatchObject({
      level: 'low',
      score: 2,
      threshold: 3,
      summary: 'low: score 2 < 3 (+2 coupling (dependsOn, consumesApi))',
      signals: [
        {
          name: 'coupling (dependsOn, consumesApi)',
          value: 2,
          refs: ['component:default/x', 'resource:default/db'],
        },
      ],
    });
    const annotated = explainSegmentation(
      service('b', { annotations: { 'solo-trek.io/complexity': 'high' } }),
      config,
    );
    expect(annotated.complexity).toMatchObject({
      level: 'high',
      source: 'annotation',
      summary: 'high: set by solo-trek.io/complexity',
    });
  });

  it('counts data gravity, the consumers of its APIs, legacy code and regulatory scope, as configured', () => {
    const data = JSON.parse(JSON.stringify(nimbusConfig));
    data.migrations[0].segmentation = {
      complexityThreshold: 6,
      dataGravity: { resourceTypes: ['database'], weight: 2 },
      legacyCode: { when: { tag: 'cobol' }, points: 3 },
      regulatoryScope: { label: 'data-classification', equals: 'restricted' },
    };
    const segmentation = readSoloTrekConfig(
      new ConfigReader({ soloTrek: data }),
    ).migrations[0].segmentation;
    const entity = service('ledger', {
      labels: { tier: 'tier-3', 'data-classification': 'restricted' },
      tags: ['cobol'],
      dependsOn: ['resource:default/ledger-db', 'resource:default/bucket'],
    });
    entity.relations!.push(
      { type: 'providesApi', targetRef: 'api:default/ledger-api' },
      { type: 'dependencyOf', targetRef: 'component:default/billing' },
    );
    const related = new Map<string, RelatedEntity>([
      [
        'resource:default/ledger-db',
        { kind: 'Resource', type: 'database', consumers: [] },
      ],
      [
        'resource:default/bucket',
        { kind: 'Resource', type: 's3-bucket', consumers: [] },
      ],
      [
        'api:default/ledger-api',
        {
          kind: 'API',
          type: 'openapi',
          consumers: ['component:default/billing', 'component:default/shop'],
        },
      ],
    ]);
    const explained = explainSegmentation(entity, segmentation, related);
    // Regulatory scope wins over the tier label.
    expect(explained.criticality).toMatchObject({
      level: 'high',
      summary:
        'high: in regulatory scope (label data-classification equals "restricted")',
    });
    expect(
      explained.complexity.signals.map(s => [s.name, s.value, s.effect]),
    ).toEqual([
      ['coupling (dependsOn, consumesApi)', 1, '+1'],
      ['fan-in (dependencyOf)', 1, '+1'],
      // The consumer that also depends on it counts once per relation.
      ['fan-in (consumers of its APIs)', 2, '+0.5'],
      ['data gravity (database)', 1, '+2'],
      ['legacy code', 'tag cobol is present', '+3'],
    ]);
    expect(explained.complexity).toMatchObject({
      level: 'high',
      score: 7.5,
      threshold: 6,
    });
    // Without the related entities, a Resource is plain coupling.
    expect(explainSegmentation(entity, segmentation).complexity.score).toBe(
      2 + 1 + 3,
    );
  });
});
