import { ConfigReader } from '@backstage/config';
import { nimbusConfig } from '../__testUtils__/fixtures';
import { readSoloTrekConfig } from './readSoloTrekConfig';

const read = (nudges: object | undefined, extra: object = {}) =>
  readSoloTrekConfig(
    new ConfigReader({ soloTrek: { ...nimbusConfig, nudges, ...extra } }),
  ).nudges;

describe('soloTrek.nudges', () => {
  it('is off by default, with the issue’s days, digests and escalation', () => {
    expect(read(undefined)).toEqual({
      enabled: false,
      schedule: {
        frequency: { hours: 1 },
        timeout: { minutes: 10 },
        initialDelay: { minutes: 2 },
      },
      daysBeforeSunset: [90, 30, 7, 0],
      strandedEveryDays: 7,
      digestThreshold: 10,
      escalateTo: { kind: 'parent' },
      daysBeforeWaiverExpiry: 7,
      zone: 'UTC',
    });
  });

  it('reads every key; days come largest first; a group ref is normalised', () => {
    expect(
      read({
        enabled: true,
        schedule: { frequency: { cron: '0 9 * * 1-5' }, timeout: 'PT5M' },
        daysBeforeSunset: [0, 60, 14],
        strandedEveryDays: 3,
        digestThreshold: 0,
        escalateTo: 'migration-office',
        daysBeforeWaiverExpiry: 14,
      }),
    ).toMatchObject({
      enabled: true,
      schedule: { frequency: { cron: '0 9 * * 1-5' } },
      daysBeforeSunset: [60, 14, 0],
      strandedEveryDays: 3,
      digestThreshold: 0,
      escalateTo: { kind: 'group', group: 'group:default/migration-office' },
      daysBeforeWaiverExpiry: 14,
    });
    expect(read({ escalateTo: 'none' }).escalateTo).toEqual({ kind: 'none' });
  });

  it('counts days in soloTrek.timeZone', () => {
    expect(read(undefined, { timeZone: 'Europe/Berlin' }).zone).toBe(
      'Europe/Berlin',
    );
  });

  it.each([
    [{ enabled: 'yes' }, 'soloTrek.nudges.enabled', 'expected boolean'],
    [
      { daysBeforeSunset: [] },
      'soloTrek.nudges.daysBeforeSunset',
      'at least one day',
    ],
    [
      { daysBeforeSunset: [30, 30] },
      'soloTrek.nudges.daysBeforeSunset',
      'once',
    ],
    [
      { daysBeforeSunset: [-1] },
      'soloTrek.nudges.daysBeforeSunset[0]',
      'too small',
    ],
    [
      { strandedEveryDays: 0 },
      'soloTrek.nudges.strandedEveryDays',
      'too small',
    ],
    [
      { digestThreshold: 2.5 },
      'soloTrek.nudges.digestThreshold',
      'expected int',
    ],
    [
      { escalateTo: 'user:default/ada' },
      'soloTrek.nudges.escalateTo',
      'not a User',
    ],
    [
      { escalateTo: 'group:' },
      'soloTrek.nudges.escalateTo',
      'use parent, none or a group ref',
    ],
    [
      { schedule: { frequency: { cron: 'often' }, timeout: 'PT1M' } },
      'soloTrek.nudges.schedule.frequency.cron',
      'not a cron expression',
    ],
    [
      { schedule: { frequency: { minutes: -5 }, timeout: 'PT1M' } },
      'soloTrek.nudges.schedule.frequency',
      'cannot be negative',
    ],
    [{ remindDaily: true }, 'soloTrek.nudges.remindDaily', 'unknown key'],
  ])('refuses %j, naming the key path', (nudges, keyPath, problem) => {
    expect(() => read(nudges)).toThrow(
      new RegExp(
        `^Invalid config at ${keyPath.replace(
          /[[\].]/g,
          '\\$&',
        )}: .*${problem}`,
        'i',
      ),
    );
  });
});
