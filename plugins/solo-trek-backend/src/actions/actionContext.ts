import {
  AuditorService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import type { z as zod } from 'zod/v3';
import { SoloTrekConfig } from '../config/readSoloTrekConfig';
import { AggregatesService } from '../service/AggregatesService';
import { CatalogReadAccess } from '../service/CatalogReadAccess';
import { MigrationService } from '../service/MigrationService';
import { entityRefOf } from '../service/router';

/**
 * What the actions use: the same services as the HTTP routes, so an action
 * answers exactly what the route would, with the same permission checks.
 */
export interface SoloTrekActionDeps {
  config: SoloTrekConfig;
  service: MigrationService;
  aggregates: AggregatesService;
  access: CatalogReadAccess;
  auditor: AuditorService;
}

/** The zod the actions registry hands to schema functions (zod 3). */
export type Zod = typeof zod;

/** A person or a service; the registry refuses anonymous calls before this. */
export function callerOf(
  credentials: BackstageCredentials,
): BackstageCredentials<BackstageUserPrincipal | BackstageServicePrincipal> {
  const { type } = credentials.principal as { type: string };
  if (type !== 'user' && type !== 'service') {
    throw new NotAllowedError('Solo Trek actions need a signed-in caller');
  }
  return credentials as BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >;
}

/** The caller's ref: a user entity ref or a service subject. */
export function actorOf(credentials: BackstageCredentials): string {
  const { principal } = callerOf(credentials);
  return principal.type === 'user'
    ? principal.userEntityRef
    : principal.subject;
}

/**
 * The migration asked for, or the only one configured; with several, the
 * caller has to say which, and is told their ids.
 */
export function migrationIdOf(
  config: SoloTrekConfig,
  migrationId: string | undefined,
): string {
  if (migrationId) return migrationId;
  const ids = config.migrations.map(m => m.id);
  if (ids.length === 1) return ids[0];
  throw new InputError(
    ids.length === 0
      ? 'Solo Trek has no migrations configured'
      : `Solo Trek runs ${ids.length} migrations (${ids.join(
          ', ',
        )}); say which one with migrationId`,
  );
}

/** A service's ref as the routes take it; kind and namespace default to component and default. */
export function serviceRefOf(entityRef: string): string {
  let ref;
  try {
    ref = parseEntityRef(entityRef, {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
  } catch {
    throw new InputError(
      `entityRef "${entityRef}" is not an entity ref; write component:default/payments-api`,
    );
  }
  return entityRefOf(ref);
}

/** The input field every action takes: which migration. */
export const migrationIdInput = (z: Zod) =>
  z
    .string()
    .optional()
    .describe(
      'The migration id. Leave it out when Solo Trek runs a single migration; with several, the error lists their ids.',
    );

/** The input field naming one service. */
export const entityRefInput = (z: Zod) =>
  z
    .string()
    .min(1)
    .describe(
      'The service as a catalog entity ref, e.g. component:default/payments-api. "payments-api" alone means component:default/payments-api.',
    );

/** The Creed remediation in outputs. */
export const remediationOutput = (z: Zod) =>
  z
    .object({
      text: z.string(),
      url: z.string().optional(),
      template: z
        .string()
        .optional()
        .describe(
          'A scaffolder template that fixes the item; it takes the service as its entityRef parameter',
        ),
    })
    .optional();
