import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { ForwardedError, ResponseError } from '@backstage/errors';
import {
  EntityMigrationCard,
  MigrationInfo,
  UpdateStageRequest,
} from '@internal/plugin-solo-trek-common';

/**
 * The few Solo Trek routes the scaffolder actions call, over HTTP, so the
 * backend's own checks (catalog read, the stage permission, the audit event)
 * apply exactly as they do to the card. Every request carries a token issued
 * on behalf of the given credentials, never the scaffolder's own.
 */
export class SoloTrekApiClient {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  async listMigrations(
    credentials: BackstageCredentials,
  ): Promise<MigrationInfo[]> {
    const { items } = await this.request<{ items: MigrationInfo[] }>(
      '/migrations',
      credentials,
    );
    return items;
  }

  async getCard(
    migrationId: string,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityMigrationCard> {
    return this.request(cardPath(migrationId, entityRef), credentials);
  }

  async updateStage(
    migrationId: string,
    entityRef: string,
    body: UpdateStageRequest,
    credentials: BackstageCredentials,
  ): Promise<EntityMigrationCard> {
    return this.request(
      `${cardPath(migrationId, entityRef)}/stage`,
      credentials,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      },
    );
  }

  private async request<T>(
    path: string,
    credentials: BackstageCredentials,
    init?: RequestInit,
  ): Promise<T> {
    const { discovery, auth } = this.deps;
    const [baseUrl, { token }] = await Promise.all([
      discovery.getBaseUrl('solo-trek'),
      auth.getPluginRequestToken({
        onBehalfOf: credentials,
        targetPluginId: 'solo-trek',
      }),
    ]);
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { ...init?.headers, Authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw await refusal(response);
    // Parsed with this realm's JSON, not Response.json(), which builds its
    // arrays in Node's own realm: under a test runner's sandbox the
    // scaffolder's templating refuses those as arrays with a custom prototype.
    return JSON.parse(await response.text()) as T;
  }
}

/**
 * The backend's own error (NotAllowedError, NotFoundError, InputError …),
 * named as it was and with its words in the message, so a task log says
 * what to fix (ResponseError's message is only the status line).
 */
async function refusal(response: Response): Promise<ForwardedError> {
  const error = await ResponseError.fromResponse(response);
  return new ForwardedError(
    `Solo Trek answered ${error.statusCode} ${error.statusText}`,
    error.cause,
  );
}

/** The card's path; `entityRef` is a full ref (kind:namespace/name). */
function cardPath(migrationId: string, entityRef: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/migrations/${[migrationId, 'entities', kind, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}
