import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  NudgePreview,
  NudgePreviewItem,
  soloTrekNudgesPreviewPermission,
} from '@internal/plugin-solo-trek-common';
import {
  MigrationDefinition,
  SoloTrekConfig,
} from '../../config/readSoloTrekConfig';
import { Nudge } from '../../domain/nudges/model';
import { CatalogReadAccess } from '../CatalogReadAccess';
import { NudgeSweep } from './NudgeSweep';

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

function itemOf(nudge: Nudge): NudgePreviewItem {
  return {
    key: nudge.key,
    topic: nudge.topic,
    severity: nudge.severity,
    title: nudge.title,
    description: nudge.description,
    link: nudge.link,
    recipients:
      nudge.recipients.type === 'broadcast'
        ? { broadcast: true, entityRefs: [] }
        : { broadcast: false, entityRefs: nudge.recipients.entityRefs },
    entityRef: nudge.entityRef,
    team: nudge.team,
    covers: nudge.covers?.length ?? 0,
  };
}

/**
 * `GET …/nudges/preview`: what the next sweep would send and to whom, for
 * the platform team to check before turning nudges on. A nudge naming an
 * entity the caller may not read in the catalog is left out.
 */
export class NudgePreviewService {
  constructor(
    private readonly deps: {
      config: SoloTrekConfig;
      sweep: NudgeSweep;
      access: CatalogReadAccess;
      permissions: PermissionsService;
      migration: (id: string) => MigrationDefinition;
      now?: () => Date;
    },
  ) {}

  async preview(
    migrationId: string,
    page: { limit: number; offset: number },
    credentials: Credentials,
  ): Promise<NudgePreview> {
    const migration = this.deps.migration(migrationId);
    if (credentials.principal.type !== 'user') {
      throw new NotAllowedError(
        'Only people preview nudges; ask a member of the platform team',
      );
    }
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: soloTrekNudgesPreviewPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `${credentials.principal.userEntityRef} may not preview nudges; ask a member of ${this.deps.config.platformTeam}`,
      );
    }
    const [plan, scope] = await Promise.all([
      this.deps.sweep.preview(migration),
      this.deps.access.scope(credentials),
    ]);
    const readable = await this.deps.access.readable(scope, [
      ...new Set(plan.send.flatMap(n => n.names)),
    ]);
    const visible = plan.send.filter(n =>
      n.names.every(ref => readable.has(ref)),
    );
    const byTopic: Record<string, number> = {};
    for (const n of visible) byTopic[n.topic] = (byTopic[n.topic] ?? 0) + 1;
    return {
      migrationId: migration.id,
      enabled: this.deps.config.nudges.enabled,
      generatedAt: (this.deps.now?.() ?? new Date()).toISOString(),
      total: visible.length,
      offset: page.offset,
      byTopic,
      folded: visible.reduce((sum, n) => sum + (n.covers?.length ?? 0), 0),
      items: visible.slice(page.offset, page.offset + page.limit).map(itemOf),
    };
  }
}
