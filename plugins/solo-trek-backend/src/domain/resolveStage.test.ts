import { resolveStage } from './resolveStage';

const t = (iso: string) => new Date(iso);

describe('resolveStage', () => {
  it('defaults to not-started', () => {
    expect(resolveStage({ live: false })).toEqual({
      stage: 'not-started',
      source: 'default',
    });
  });

  it('takes the annotation or the API when only one reports', () => {
    expect(resolveStage({ live: false, annotationStage: 'planning' })).toEqual({
      stage: 'planning',
      source: 'annotation',
    });
    expect(resolveStage({ live: false, apiStage: 'in-progress' })).toEqual({
      stage: 'in-progress',
      source: 'api',
    });
  });

  it('lets the most recent report win between annotation and API', () => {
    const both = {
      live: false,
      annotationStage: 'planning' as const,
      apiStage: 'in-progress' as const,
    };
    expect(
      resolveStage({
        ...both,
        annotationStageAt: t('2026-03-01'),
        apiStageAt: t('2026-04-01'),
      }),
    ).toEqual({ stage: 'in-progress', source: 'api' });
    expect(
      resolveStage({
        ...both,
        annotationStageAt: t('2026-05-01'),
        apiStageAt: t('2026-04-01'),
      }),
    ).toEqual({ stage: 'planning', source: 'annotation' });
    // A tie goes to the API.
    expect(
      resolveStage({
        ...both,
        annotationStageAt: t('2026-04-01'),
        apiStageAt: t('2026-04-01'),
      }),
    ).toEqual({ stage: 'in-progress', source: 'api' });
  });

  it('treats liveWhen as a floor of migrated', () => {
    expect(resolveStage({ live: true })).toEqual({
      stage: 'migrated',
      source: 'live',
    });
    expect(resolveStage({ live: true, apiStage: 'planning' })).toEqual({
      stage: 'migrated',
      source: 'live',
    });
    expect(
      resolveStage({ live: true, annotationStage: 'decommissioned' }),
    ).toEqual({
      stage: 'decommissioned',
      source: 'annotation',
    });
  });
});
