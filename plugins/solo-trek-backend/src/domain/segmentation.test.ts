import { service } from '../__testUtils__/fixtures';
import { SegmentationConfig } from '../config/readSoloTrekConfig';
import { complexityOf, criticalityOf, trackOf } from './segmentation';

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
});
