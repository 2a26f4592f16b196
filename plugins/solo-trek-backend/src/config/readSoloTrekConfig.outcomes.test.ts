import { ConfigReader } from '@backstage/config';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from './readSoloTrekConfig';

const read = (extra: object) =>
  readSoloTrekConfig(
    new ConfigReader({ soloTrek: { ...nimbusConfig, ...extra } }),
  );

describe('soloTrek.outcomes and soloTrek.factReporters', () => {
  it('has the built-in metrics and the defaults without any config', () => {
    const config = readSoloTrekConfig(new ConfigReader({}));
    expect(config.factReporters).toEqual([]);
    const { metrics, ...rest } = config.outcomes;
    expect([...metrics.keys()]).toEqual([
      'leadTimeHours',
      'incidents',
      'deployments',
      'latencyP95Ms',
      'costPerMonth',
    ]);
    expect(rest).toEqual({
      rawRetentionDays: 30,
      comparisonDays: 90,
      pulse: {
        delayDays: 14,
        minGroupSize: 3,
        question: 'How is life on the new platform?',
      },
      seedFile: undefined,
      schedule: {
        frequency: { hours: 1 },
        timeout: { minutes: 30 },
        initialDelay: { minutes: 1 },
      },
    });
  });

  it('reads the outcomes task’s schedule as the scheduler reads it', () => {
    expect(
      read({
        outcomes: {
          schedule: {
            frequency: { cron: '15 * * * *' },
            timeout: 'PT10M',
            initialDelay: { minutes: 5 },
          },
        },
      }).outcomes.schedule,
    ).toEqual({
      frequency: { cron: '15 * * * *' },
      timeout: { minutes: 10 },
      initialDelay: { minutes: 5 },
    });
    expect(
      read({
        outcomes: {
          schedule: { frequency: { trigger: 'manual' }, timeout: 'PT1M' },
        },
      }).outcomes.schedule.frequency,
    ).toEqual({ trigger: 'manual' });
  });

  it('adds configured metrics after the built-ins', () => {
    const config = read({
      factReporters: ['incident-bot', 'cost-export'],
      outcomes: {
        rawRetentionDays: 7,
        metrics: {
          mttrMinutes: {
            title: 'Time to restore',
            unit: 'minutes',
            aggregation: 'median',
            higherIsBetter: false,
            perspective: 'business',
          },
          tickets: {
            unit: 'tickets',
            aggregation: 'sum',
            higherIsBetter: false,
          },
        },
        pulse: { delayDays: 21, question: 'Better or worse?' },
      },
    });
    expect(config.factReporters).toEqual(['incident-bot', 'cost-export']);
    expect(config.outcomes.rawRetentionDays).toBe(7);
    expect(config.outcomes.metrics.get('mttrMinutes')).toEqual({
      id: 'mttrMinutes',
      title: 'Time to restore',
      unit: 'minutes',
      aggregation: 'median',
      higherIsBetter: false,
      perspective: 'business',
      builtIn: false,
    });
    expect(config.outcomes.metrics.get('tickets')).toMatchObject({
      title: 'tickets',
      perspective: 'technical',
    });
    expect(config.outcomes.pulse).toEqual({
      delayDays: 21,
      minGroupSize: 3,
      question: 'Better or worse?',
    });
  });

  it.each([
    [
      {
        metrics: {
          deployments: { unit: 'x', aggregation: 'sum', higherIsBetter: true },
        },
      },
      'soloTrek.outcomes.metrics.deployments',
      '"deployments" is a built-in metric; give yours another name',
    ],
    [
      {
        metrics: {
          mttr: { unit: 'm', aggregation: 'mean', higherIsBetter: false },
        },
      },
      'soloTrek.outcomes.metrics.mttr.aggregation',
      'unknown aggregation; use sum or median',
    ],
    [
      { metrics: { mttr: { unit: 'm', aggregation: 'sum' } } },
      'soloTrek.outcomes.metrics.mttr.higherIsBetter',
      'required',
    ],
    [
      {
        metrics: {
          '9lives': { unit: 'm', aggregation: 'sum', higherIsBetter: true },
        },
      },
      'soloTrek.outcomes.metrics',
      'a metric name starts with a letter',
    ],
    [
      { rawRetentionDays: 1 },
      'soloTrek.outcomes.rawRetentionDays',
      'too small',
    ],
    [
      { pulse: { minGroupSize: 0 } },
      'soloTrek.outcomes.pulse.minGroupSize',
      'too small',
    ],
    [
      { schedule: { frequency: { cron: 'hourly' }, timeout: 'PT1M' } },
      'soloTrek.outcomes.schedule.frequency.cron',
      'not a cron expression',
    ],
    [
      { schedule: { frequency: { hours: 1 }, timeout: { minutes: -1 } } },
      'soloTrek.outcomes.schedule.timeout',
      'cannot be negative',
    ],
    [
      { schedule: { frequency: { hours: 1 } } },
      'soloTrek.outcomes.schedule.timeout',
      'required',
    ],
    [
      { pulse: { when: 3 } },
      'soloTrek.outcomes.pulse.when',
      'unknown key "when"',
    ],
  ])('refuses %j, naming the key path', (outcomes, keyPath, problem) => {
    expect(() => read({ outcomes })).toThrow(
      new RegExp(
        `^Invalid config at ${keyPath.replace(
          /[.[\]]/g,
          '\\$&',
        )}.*: .*${problem.replace(/[.()]/g, '\\$&')}`,
        'i',
      ),
    );
  });
});
