/*
 * The nudge sweep over a stored scan (issue 14), in the scan's child
 * process: the real NudgeSweep, store, leaderboard and catalog lookups, with
 * the migration's sunset moved to 7 days from now, sending to a counting
 * notification service.
 */
import { AuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DateTime } from 'luxon';
import { benchSoloTrekConfig } from './creed';
import {
  AggregatesService,
  CatalogReadAccess,
  NudgeSweep,
  readSoloTrekConfig,
  SoloTrekStore,
} from './soloTrek';
import { silentLogger } from './techInsights';

/** One sweep, as the child measured it. */
export interface SweepMeasure {
  wallMs: number;
  /** Notifications sent (a digest counts once). */
  notifications: number;
  byTopic: Record<string, number>;
  /** Per-service nudges carried by digests. */
  folded: number;
  /** Recipient refs over all notifications (groups count once each). */
  recipients: number;
  /** Reading and deciding; claiming, sending and marking; observing live services. */
  phasesMs: { decide: number; send: number; observe: number };
}

export interface SweepResult {
  daysToSunset: number;
  first: SweepMeasure;
  /** The same sweep again: everything is recorded, nothing is sent. */
  second: SweepMeasure;
}

type NotificationService = ConstructorParameters<
  typeof NudgeSweep
>[0]['notifications'];
type NotificationSendOptions = Parameters<NotificationService['send']>[0];

/** Counts what would go to the notifications backend. */
class CountingNotifications implements NotificationService {
  sent: NotificationSendOptions[] = [];
  async send(options: NotificationSendOptions) {
    this.sent.push(options);
  }
}

/** The bench config with nudges on and the sunset `days` from now. */
export function sweepConfig(days: number) {
  const base = benchSoloTrekConfig();
  return readSoloTrekConfig(
    new ConfigReader({
      soloTrek: {
        ...base,
        nudges: {
          enabled: true,
          // Escalations to one group, so they are decided and folded too
          // (the generated departments have no members of their own).
          escalateTo: 'group:default/team-1',
        },
        migrations: base.migrations.map(m => ({
          ...m,
          window: {
            start: m.window.start,
            sunset: DateTime.utc().plus({ days }).toISODate()!,
          },
        })),
      },
    }),
  );
}

export async function measureSweep(options: {
  store: SoloTrekStore;
  catalog: CatalogService;
  auth: AuthService;
  days: number;
}): Promise<SweepResult> {
  const { store, catalog, auth, days } = options;
  const config = sweepConfig(days);
  const permissions = {
    authorize: async (requests: unknown[]) =>
      requests.map(() => ({ result: 'ALLOW' })),
    authorizeConditional: async (requests: unknown[]) =>
      requests.map(() => ({ result: 'ALLOW' })),
  } as unknown as PermissionsService;
  const byId = new Map(config.migrations.map(m => [m.id, m]));
  const aggregates = new AggregatesService({
    config,
    store,
    catalog,
    auth,
    logger: silentLogger,
    migration: id => byId.get(id)!,
    access: new CatalogReadAccess({ permissions, catalog }),
  });
  const notifications = new CountingNotifications();
  const sweep = new NudgeSweep({
    config,
    store,
    notifications,
    catalog,
    auth,
    logger: silentLogger,
    leaderboard: async id =>
      (await aggregates.leaderboard.ranked(id, 'all')).entries,
    hero: id => aggregates.heroes.reigning(id),
  });
  const once = async (): Promise<SweepMeasure> => {
    notifications.sent = [];
    const started = performance.now();
    const [summary] = await sweep.run();
    const wallMs = performance.now() - started;
    const byTopic: Record<string, number> = {};
    let recipients = 0;
    for (const n of notifications.sent) {
      const topic = n.payload.topic ?? 'none';
      byTopic[topic] = (byTopic[topic] ?? 0) + 1;
      recipients +=
        n.recipients.type === 'entity'
          ? [n.recipients.entityRef].flat().length
          : 1;
    }
    return {
      wallMs,
      notifications: notifications.sent.length,
      byTopic,
      folded: summary?.folded ?? 0,
      recipients,
      phasesMs: summary?.ms ?? { decide: 0, send: 0, observe: 0 },
    };
  };
  const first = await once();
  const second = await once();
  return { daysToSunset: days, first, second };
}
