import {
  coreServices,
  createBackendPlugin,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import fc from 'fast-check';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from './readSoloTrekConfig';
import { ScanSchedule } from './scanSchedule';

const read = (schedule: unknown) =>
  readSoloTrekConfig(
    new ConfigReader({ soloTrek: { ...nimbusConfig, schedule } as any }),
  ).schedule;

describe('soloTrek.schedule', () => {
  it('keeps the defaults: every 10 minutes, a 5-minute timeout, 15 seconds after a start', () => {
    const defaults = {
      frequency: { minutes: 10 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 15 },
    };
    expect(readSoloTrekConfig(new ConfigReader({})).schedule).toEqual(defaults);
    const { schedule: _, ...withoutSchedule } = nimbusConfig;
    expect(
      readSoloTrekConfig(new ConfigReader({ soloTrek: withoutSchedule }))
        .schedule,
    ).toEqual(defaults);
    expect(read({ frequency: { hours: 1 }, timeout: { minutes: 1 } })).toEqual({
      frequency: { hours: 1 },
      timeout: { minutes: 1 },
      initialDelay: { seconds: 15 },
    });
  });

  it.each([
    ['weeks', { weeks: 1 }, { weeks: 1 }],
    [
      'every unit of a HumanDuration',
      {
        years: 1,
        months: 1,
        weeks: 1,
        days: 1,
        hours: 1,
        minutes: 1,
        seconds: 1,
        milliseconds: 1,
      },
      {
        years: 1,
        months: 1,
        weeks: 1,
        days: 1,
        hours: 1,
        minutes: 1,
        seconds: 1,
        milliseconds: 1,
      },
    ],
    ['an ISO 8601 duration', 'P1DT6H', { days: 1, hours: 6 }],
    ['an ms-style duration', '90 minutes', { hours: 1, minutes: 30 }],
    ['a cron expression', { cron: '*/10 * * * *' }, { cron: '*/10 * * * *' }],
    ['a manual trigger', { trigger: 'manual' }, { trigger: 'manual' }],
  ])('takes %s as the frequency', (_what, frequency, expected) => {
    expect(read({ frequency, timeout: 'PT5M' }).frequency).toEqual(expected);
  });

  it('takes strings for the timeout and the initial delay', () => {
    expect(
      read({ frequency: { hours: 1 }, timeout: '5m', initialDelay: 'PT30S' }),
    ).toEqual({
      frequency: { hours: 1 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 30 },
    });
  });

  it.each([
    [
      'a duration string that is not one',
      { frequency: '10 parsecs', timeout: '5m' },
      'soloTrek.schedule.frequency',
      /Not a valid duration string, try a number followed by a unit/,
    ],
    [
      'a plain number in a string',
      { frequency: '10m', timeout: '300' },
      'soloTrek.schedule.timeout',
      /cannot be a plain number; try adding a unit/,
    ],
    [
      'an ISO duration without values',
      { frequency: '10m', timeout: '5m', initialDelay: 'P' },
      'soloTrek.schedule.initialDelay',
      /Invalid ISO format/,
    ],
    [
      'a negative ISO duration',
      { frequency: 'PT-10M', timeout: '5m' },
      'soloTrek.schedule.frequency',
      /a duration cannot be negative, got "PT-10M"/,
    ],
    [
      'a negative unit',
      { frequency: '10m', timeout: { minutes: -5 } },
      'soloTrek.schedule.timeout',
      /a duration cannot be negative/,
    ],
    [
      'a unit that does not exist beside one that does',
      { frequency: { minutes: 10, fortnights: 1 }, timeout: '5m' },
      'soloTrek.schedule.frequency.fortnights',
      /unknown key "fortnights"/,
    ],
    [
      'an object of no known form',
      { frequency: { fortnights: 1 }, timeout: '5m' },
      'soloTrek.schedule.frequency',
      /expected a duration such as \{ minutes: 10 \} .*\{ cron: .*\{ trigger: manual \}/,
    ],
    [
      'a number',
      { frequency: 10, timeout: '5m' },
      'soloTrek.schedule.frequency',
      /expected a duration such as \{ minutes: 10 \}/,
    ],
    [
      'a cron that is not a string',
      { frequency: { cron: 5 }, timeout: '5m' },
      'soloTrek.schedule.frequency.cron',
      /expected string/,
    ],
    [
      'a cron expression the scheduler cannot parse',
      { frequency: { cron: 'every ten minutes' }, timeout: '5m' },
      'soloTrek.schedule.frequency.cron',
      /"every ten minutes" is not a cron expression .*"\*\/10 \* \* \* \*"/,
    ],
    [
      'a cron expression with a field out of range',
      { frequency: { cron: '0 25 * * *' }, timeout: '5m' },
      'soloTrek.schedule.frequency.cron',
      /"0 25 \* \* \*" is not a cron expression/,
    ],
    [
      'a cron beside another key',
      { frequency: { cron: '0 * * * *', minutes: 5 }, timeout: '5m' },
      'soloTrek.schedule.frequency',
      /expected a duration/,
    ],
    [
      'another trigger',
      { frequency: { trigger: 'hourly' }, timeout: '5m' },
      'soloTrek.schedule.frequency.trigger',
      /the only trigger is manual/,
    ],
    [
      'a cron timeout',
      { frequency: '10m', timeout: { cron: '0 * * * *' } },
      'soloTrek.schedule.timeout.cron',
      /unknown key "cron"/,
    ],
    [
      'a missing timeout',
      { frequency: '10m' },
      'soloTrek.schedule.timeout',
      /required/,
    ],
    [
      'a scope (the scan always runs once across replicas)',
      { frequency: '10m', timeout: '5m', scope: 'local' },
      'soloTrek.schedule.scope',
      /unknown key "scope"/,
    ],
  ])('refuses %s, naming the key path', (_what, schedule, keyPath, problem) => {
    let error: Error | undefined;
    try {
      read(schedule);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).toBe('RuleConfigError');
    expect(error?.message).toContain(`Invalid config at ${keyPath}: `);
    expect(error?.message).toMatch(problem);
  });

  it('names the key path whatever a schedule key holds', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('P', 'PT', 'P1Y2M3W4DT5H6M7.5S', 'PT-1S', '1.5h', '0'),
      fc.string(),
      fc.dictionary(
        fc.constantFrom('cron', 'trigger', 'weeks', 'minutes', 'seconds'),
        fc.oneof(fc.integer(), fc.string(), fc.constant('manual')),
      ),
    );
    fc.assert(
      fc.property(
        fc.record(
          { frequency: value, timeout: value, initialDelay: value },
          { requiredKeys: [] },
        ),
        schedule => {
          let outcome = 'read';
          try {
            read(schedule);
          } catch (error) {
            outcome = `${(error as Error).name}: ${(error as Error).message}`;
          }
          expect(outcome).toMatch(
            /^(read|RuleConfigError: Invalid config at soloTrek\.schedule(\.frequency|\.timeout|\.initialDelay)?(\.|\[|: ).*)$/s,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("is taken by Backstage's scheduler in every form", async () => {
    const schedules: ScanSchedule[] = [
      read({ frequency: { weeks: 1 }, timeout: 'PT5M' }),
      read({ frequency: '90 minutes', timeout: { seconds: 30 } }),
      read({
        frequency: { cron: '*/10 * * * *' },
        timeout: '1h',
        initialDelay: 'PT1M',
      }),
      read({ frequency: { trigger: 'manual' }, timeout: { minutes: 5 } }),
    ];
    let scheduler: SchedulerService | undefined;
    const backend = await startTestBackend({
      features: [
        schedulerServiceFactory,
        createBackendPlugin({
          pluginId: 'schedule-probe',
          register(env) {
            env.registerInit({
              deps: { scheduler: coreServices.scheduler },
              async init(deps) {
                scheduler = deps.scheduler;
                for (const [i, schedule] of schedules.entries()) {
                  await deps.scheduler.scheduleTask({
                    id: `probe-${i}`,
                    ...schedule,
                    fn: async () => {},
                  });
                }
              },
            });
          },
        }),
      ],
    });
    try {
      const tasks = await scheduler!.getScheduledTasks();
      expect(tasks.map(t => t.settings)).toEqual([
        {
          version: 2,
          cadence: 'P1W',
          timeoutAfterDuration: 'PT5M',
          initialDelayDuration: 'PT15S',
        },
        {
          version: 2,
          cadence: 'PT1H30M',
          timeoutAfterDuration: 'PT30S',
          initialDelayDuration: 'PT15S',
        },
        {
          version: 2,
          cadence: '*/10 * * * *',
          timeoutAfterDuration: 'PT1H',
          initialDelayDuration: 'PT1M',
        },
        {
          version: 2,
          cadence: 'manual',
          timeoutAfterDuration: 'PT5M',
          initialDelayDuration: 'PT15S',
        },
      ]);
    } finally {
      await backend.stop();
    }
  });
});
