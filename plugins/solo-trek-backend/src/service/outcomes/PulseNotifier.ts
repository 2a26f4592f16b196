import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../../config/readSoloTrekConfig';
import { SoloTrekStore } from '../../database/SoloTrekStore';
import { pulseWindow } from '../../domain/outcomes/pulse';
import { DAY_MS } from '../../domain/outcomes/validatePoints';

/**
 * Pulses that opened longer ago than this are not announced: installing
 * Solo Trek's outcomes in a migration half done must not notify every team
 * about services that went live months ago (their cards still ask).
 */
export const ANNOUNCE_WITHIN_DAYS = 7;

/**
 * Tells a service's owners, once, that its pulse is open, through the
 * notifications backend. Recorded before it is sent, so two replicas never
 * both send; a send that fails is logged, not retried: the card asks anyway.
 */
export class PulseNotifier {
  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      store: SoloTrekStore;
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  async announce(m: MigrationDefinition, now: Date): Promise<number> {
    const { store, config, notifications, logger } = this.deps;
    const { delayDays, question } = config.outcomes.pulse;
    const [services, notified] = await Promise.all([
      store.outcomes.services(m.id),
      store.outcomes.listPulseNotices(m.id),
    ]);
    let sent = 0;
    for (const s of services) {
      if (!s.ownerRef || notified.has(s.entityRef)) continue;
      const { status, opensAt } = pulseWindow(s.goLive, delayDays, now);
      if (status !== 'open') continue;
      if (now.getTime() - opensAt!.getTime() > ANNOUNCE_WITHIN_DAYS * DAY_MS) {
        continue;
      }
      if (!(await store.outcomes.recordPulseNotice(m.id, s.entityRef, now))) {
        continue;
      }
      const ref = parseEntityRef(s.entityRef);
      const days = Math.round((now.getTime() - s.goLive!.getTime()) / DAY_MS);
      try {
        await notifications.send({
          recipients: { type: 'entity', entityRef: s.ownerRef },
          payload: {
            title: `${ref.name} has been live on ${m.to} for ${days} days: ${question}`,
            description:
              'One question on the service card, a score from 1 to 5 and an optional comment. Results are shown per team and overall, never per person.',
            link: `/catalog/${ref.namespace}/${ref.kind}/${ref.name}`,
            severity: 'low',
            topic: 'solo-trek-pulse',
          },
        });
        sent++;
      } catch (error) {
        logger.warn(`Could not announce the pulse of ${s.entityRef}: ${error}`);
      }
    }
    return sent;
  }
}
