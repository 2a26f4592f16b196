import {
  DONE_STAGES,
  MigrationStage,
  NextNudge,
  SOLO_TREK_NUDGE_TOPICS,
} from '@internal/plugin-solo-trek-common';
import { MigrationDefinition } from '../../config/readSoloTrekConfig';
import { NudgeSettings } from '../../config/nudgesConfig';
import { dayAfter, daysUntil, milestoneName, nextMilestone } from './calendar';

/**
 * The next sunset reminder a service will get, for its card ("next reminder
 * in 12 days: 30 days to sunset"): none when nudges are off or the service
 * is done, since a done service gets no more reminders.
 */
export function nextNudgeFor(options: {
  migration: MigrationDefinition;
  settings: Pick<
    NudgeSettings,
    'enabled' | 'daysBeforeSunset' | 'strandedEveryDays' | 'zone'
  >;
  stage: MigrationStage;
  now: Date;
}): NextNudge | undefined {
  const { migration, settings, stage, now } = options;
  if (!settings.enabled || DONE_STAGES.includes(stage)) return undefined;
  const daysLeft = daysUntil(migration.window.sunset, now, settings.zone);
  const { milestone, inDays } = nextMilestone(daysLeft, settings);
  return {
    on: dayAfter(now, settings.zone, inDays),
    inDays,
    topic: SOLO_TREK_NUDGE_TOPICS.sunset,
    title: milestoneName(milestone),
  };
}
