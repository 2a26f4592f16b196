import { service } from '../__testUtils__/fixtures';
import { SegmentationConfig } from '../config/readSoloTrekConfig';
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
      summary: 'low: score 2 < 3 (+2 dependsOn)',
      signals: [
        {
          name: 'dependsOn',
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
});
