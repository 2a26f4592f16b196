import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { SOLO_TREK_NUDGE_TOPICS } from '@internal/plugin-solo-trek-common';
import { WaiverRequest } from '../../domain/model';

/** The service's Migration tab, where its waivers and requests are. */
export function migrationTabOf(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}/migration`;
}

/**
 * Tells people what happened to a waiver request, through the
 * notifications backend, under the waiver topic (which people may mute in
 * their notification settings): the platform team of a new request, the
 * requester of the decision. A failed send is logged and never undoes the
 * decision, which is already committed and audited.
 */
export class WaiverRequestNotifier {
  constructor(
    private readonly deps: {
      notifications?: NotificationService;
      logger: LoggerService;
      platformTeam: string;
    },
  ) {}

  async requested(request: WaiverRequest, itemTitle: string) {
    await this.send(this.deps.platformTeam, request, {
      title: `Waiver requested: ${itemTitle} on ${
        parseEntityRef(request.entityRef).name
      }`,
      description: `${
        request.requestedBy
      } asks until ${request.requestedExpiresAt.toISOString().slice(0, 10)}: ${
        request.reason
      }`,
      link: '/solo-trek',
      severity: 'normal',
    });
  }

  async decided(request: WaiverRequest, itemTitle: string) {
    const name = parseEntityRef(request.entityRef).name;
    if (request.status === 'approved') {
      await this.send(request.requestedBy, request, {
        title: `Waiver approved: ${itemTitle} on ${name}`,
        description: `${
          request.decidedBy
        } approved it until ${request.grantedExpiresAt
          ?.toISOString()
          .slice(0, 10)}${
          request.decisionNote ? `: ${request.decisionNote}` : '.'
        }`,
        link: migrationTabOf(request.entityRef),
        severity: 'normal',
      });
    } else if (request.status === 'denied') {
      await this.send(request.requestedBy, request, {
        title: `Waiver denied: ${itemTitle} on ${name}`,
        description: `${request.decidedBy}: ${request.decisionNote ?? ''}`,
        link: migrationTabOf(request.entityRef),
        severity: 'high',
      });
    }
  }

  private async send(
    recipient: string,
    request: WaiverRequest,
    payload: {
      title: string;
      description: string;
      link: string;
      severity: 'normal' | 'high';
    },
  ) {
    const { notifications, logger } = this.deps;
    if (!notifications) {
      // Without the notifications backend the card and the queue still show it.
      logger.debug(
        `No notification service: "${payload.title}" not sent to ${recipient}`,
      );
      return;
    }
    try {
      await notifications.send({
        recipients: { type: 'entity', entityRef: recipient },
        payload: {
          ...payload,
          topic: SOLO_TREK_NUDGE_TOPICS.waiver,
          // One notification per request and step, even if sent twice.
          scope: `solo-trek:waiver-request:${request.id}:${request.status}`,
        },
      });
    } catch (error) {
      logger.warn(
        `Could not notify ${recipient} of waiver request ${request.id}: ${error}`,
      );
    }
  }
}
