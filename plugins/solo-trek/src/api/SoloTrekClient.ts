import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { MigrationInfo } from '@internal/plugin-solo-trek-common';
import {
  SoloTrekApi,
  SoloTrekCsvReport,
  SoloTrekEntityRef,
} from './SoloTrekApi';

const CSV_PATHS: Record<SoloTrekCsvReport, string> = {
  adoption: 'adoption',
  'long-tail': 'long-tail',
  outcomes: 'outcomes',
  'decommission-tail': 'decommission-tail',
};

type QueryValue = string | number | readonly string[] | undefined;

/**
 * `?a=1&team=x&team=y` from the parameters that are set; lists repeat their
 * name, and empty strings are left out rather than sent as "no filter".
 */
export function queryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== '') {
        search.append(name, String(item));
      }
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function toCompound(ref: SoloTrekEntityRef): CompoundEntityRef {
  return typeof ref === 'string' ? parseEntityRef(ref) : ref;
}

/** Reads `filename="x.csv"` (or the RFC 5987 form) from a Content-Disposition header. */
export function filenameFromContentDisposition(
  header: string | null,
): string | undefined {
  if (!header) {
    return undefined;
  }
  const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1].trim() || undefined;
}

/**
 * The default {@link SoloTrekApi}: talks to the `solo-trek` backend plugin
 * through the app's fetch API, so requests carry the user's credentials.
 *
 * @public
 */
export class SoloTrekClient implements SoloTrekApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  // Each method takes its types and docs from SoloTrekApi.

  getMigrations: SoloTrekApi['getMigrations'] = async () => {
    const body = await this.request<{ items: MigrationInfo[] }>('/migrations');
    return body.items;
  };

  getMigration: SoloTrekApi['getMigration'] = migrationId =>
    this.request(`/migrations/${enc(migrationId)}`);

  getEntityCard: SoloTrekApi['getEntityCard'] = (migrationId, entityRef) =>
    this.request(this.entityPath(migrationId, entityRef));

  updateStage: SoloTrekApi['updateStage'] = (migrationId, entityRef, request) =>
    this.request(`${this.entityPath(migrationId, entityRef)}/stage`, {
      method: 'POST',
      body: request,
    });

  createWaiver: SoloTrekApi['createWaiver'] = (
    migrationId,
    entityRef,
    request,
  ) =>
    this.request(`${this.entityPath(migrationId, entityRef)}/waivers`, {
      method: 'POST',
      body: request,
    });

  deleteWaiver: SoloTrekApi['deleteWaiver'] = async (
    migrationId,
    entityRef,
    waiverId,
  ) => {
    await this.request(
      `${this.entityPath(migrationId, entityRef)}/waivers/${enc(waiverId)}`,
      { method: 'DELETE' },
    );
  };

  setWave: SoloTrekApi['setWave'] = (migrationId, entityRef, wave) =>
    this.request(`${this.entityPath(migrationId, entityRef)}/wave`, {
      method: 'PUT',
      body: { wave },
    });

  setTrack: SoloTrekApi['setTrack'] = (migrationId, entityRef, request) =>
    this.request(`${this.entityPath(migrationId, entityRef)}/track`, {
      method: 'PUT',
      body: request,
    });

  getWavePlan: SoloTrekApi['getWavePlan'] = migrationId =>
    this.request(`/migrations/${enc(migrationId)}/waves`);

  createWave: SoloTrekApi['createWave'] = (migrationId, request) =>
    this.request(`/migrations/${enc(migrationId)}/waves`, {
      method: 'POST',
      body: request,
    });

  updateWave: SoloTrekApi['updateWave'] = (migrationId, waveId, request) =>
    this.request(`/migrations/${enc(migrationId)}/waves/${enc(waveId)}`, {
      method: 'PUT',
      body: request,
    });

  deleteWave: SoloTrekApi['deleteWave'] = async (migrationId, waveId) => {
    await this.request(`/migrations/${enc(migrationId)}/waves/${enc(waveId)}`, {
      method: 'DELETE',
    });
  };

  getTrackProgress: SoloTrekApi['getTrackProgress'] = migrationId =>
    this.request(`/migrations/${enc(migrationId)}/tracks`);

  getDecommissionTail: SoloTrekApi['getDecommissionTail'] = (
    migrationId,
    query = {},
  ) =>
    this.request(
      `/migrations/${enc(migrationId)}/decommission-tail${queryString({
        limit: query.limit,
        offset: query.offset,
      })}`,
    );

  getRollbacks: SoloTrekApi['getRollbacks'] = (migrationId, query = {}) =>
    this.request(
      `/migrations/${enc(migrationId)}/rollbacks${queryString({
        limit: query.limit,
        offset: query.offset,
      })}`,
    );

  getTrackDrift: SoloTrekApi['getTrackDrift'] = (migrationId, query = {}) =>
    this.request(
      `/migrations/${enc(migrationId)}/track-drift${queryString({
        limit: query.limit,
        offset: query.offset,
      })}`,
    );

  requestWaiver: SoloTrekApi['requestWaiver'] = (
    migrationId,
    entityRef,
    request,
  ) =>
    this.request(`${this.entityPath(migrationId, entityRef)}/waiver-requests`, {
      method: 'POST',
      body: request,
    });

  getEntityWaiverRequests: SoloTrekApi['getEntityWaiverRequests'] = (
    migrationId,
    entityRef,
  ) =>
    this.request(`${this.entityPath(migrationId, entityRef)}/waiver-requests`);

  getWaiverRequests: SoloTrekApi['getWaiverRequests'] = (
    migrationId,
    query = {},
  ) => {
    const { status, limit, offset } = query;
    return this.request(
      `/migrations/${enc(migrationId)}/waiver-requests${queryString({
        status,
        limit,
        offset,
      })}`,
    );
  };

  approveWaiverRequest: SoloTrekApi['approveWaiverRequest'] = (
    migrationId,
    requestId,
    request = {},
  ) =>
    this.request(
      `/migrations/${enc(migrationId)}/waiver-requests/${enc(
        requestId,
      )}/approve`,
      { method: 'POST', body: request },
    );

  denyWaiverRequest: SoloTrekApi['denyWaiverRequest'] = (
    migrationId,
    requestId,
    request,
  ) =>
    this.request(
      `/migrations/${enc(migrationId)}/waiver-requests/${enc(requestId)}/deny`,
      { method: 'POST', body: request },
    );

  withdrawWaiverRequest: SoloTrekApi['withdrawWaiverRequest'] = (
    migrationId,
    requestId,
  ) =>
    this.request(
      `/migrations/${enc(migrationId)}/waiver-requests/${enc(
        requestId,
      )}/withdraw`,
      { method: 'POST' },
    );

  refreshEntity: SoloTrekApi['refreshEntity'] = (migrationId, entityRef) =>
    this.request(`${this.entityPath(migrationId, entityRef)}/refresh`, {
      method: 'POST',
    });

  getAdoption: SoloTrekApi['getAdoption'] = migrationId =>
    this.request(`/migrations/${enc(migrationId)}/adoption`);

  getTeamAdoption: SoloTrekApi['getTeamAdoption'] = (
    migrationId,
    query = {},
  ) => {
    const { limit, offset, sort, order, q } = query;
    return this.request(
      `/migrations/${enc(migrationId)}/adoption/teams${queryString({
        limit,
        offset,
        sort,
        order,
        q,
      })}`,
    );
  };

  getAdoptionHistory: SoloTrekApi['getAdoptionHistory'] = migrationId =>
    this.request(`/migrations/${enc(migrationId)}/adoption/history`);

  getLongTail: SoloTrekApi['getLongTail'] = (migrationId, query = {}) => {
    const { limit, offset, criticality, complexity } = query;
    return this.request(
      `/migrations/${enc(migrationId)}/long-tail${queryString({
        limit,
        offset,
        criticality,
        complexity,
      })}`,
    );
  };

  getLeaderboard: SoloTrekApi['getLeaderboard'] = (
    migrationId,
    period,
    query = {},
  ) => {
    const { limit, offset, teams, q } = query;
    return this.request(
      `/migrations/${enc(migrationId)}/leaderboard${queryString({
        period,
        limit,
        offset,
        q,
        team: teams,
      })}`,
    );
  };

  explainTeamScore: SoloTrekApi['explainTeamScore'] = (
    migrationId,
    teamRef,
    period,
  ) => {
    const { namespace, name } = toCompound(teamRef);
    return this.request(
      `/migrations/${enc(migrationId)}/leaderboard/teams/${enc(
        namespace,
      )}/${enc(name)}${queryString({ period })}`,
    );
  };

  getHeroes: SoloTrekApi['getHeroes'] = (migrationId, query = {}) =>
    this.request(
      `/migrations/${enc(migrationId)}/heroes${queryString({
        month: query.month,
      })}`,
    );

  nominateHero: SoloTrekApi['nominateHero'] = (migrationId, request) =>
    this.request(`/migrations/${enc(migrationId)}/heroes/nominations`, {
      method: 'POST',
      body: request,
    });

  getTeamServices: SoloTrekApi['getTeamServices'] = (migrationId, teamRef) => {
    const { namespace, name } = toCompound(teamRef);
    return this.request(
      `/migrations/${enc(migrationId)}/teams/${enc(namespace)}/${enc(
        name,
      )}/services`,
    );
  };

  getOutcomes: SoloTrekApi['getOutcomes'] = migrationId =>
    this.request(`/migrations/${enc(migrationId)}/outcomes`);

  getOutcomeTeams: SoloTrekApi['getOutcomeTeams'] = (
    migrationId,
    query = {},
  ) => {
    const { limit, offset, q } = query;
    return this.request(
      `/migrations/${enc(migrationId)}/outcomes/teams${queryString({
        limit,
        offset,
        q,
      })}`,
    );
  };

  getPulseComments: SoloTrekApi['getPulseComments'] = (
    migrationId,
    query = {},
  ) =>
    this.request(
      `/migrations/${enc(migrationId)}/outcomes/comments${queryString({
        limit: query.limit,
        offset: query.offset,
      })}`,
    );

  getEntityOutcomes: SoloTrekApi['getEntityOutcomes'] = (
    migrationId,
    entityRef,
  ) => this.request(`${this.entityPath(migrationId, entityRef)}/outcomes`);

  answerPulse: SoloTrekApi['answerPulse'] = (migrationId, entityRef, request) =>
    this.request(`${this.entityPath(migrationId, entityRef)}/pulse`, {
      method: 'PUT',
      body: request,
    });

  csvUrl: SoloTrekApi['csvUrl'] = async (migrationId, report) => {
    const baseUrl = await this.discoveryApi.getBaseUrl('solo-trek');
    const query = new URLSearchParams({ format: 'csv' });
    return `${baseUrl}/migrations/${enc(migrationId)}/${
      CSV_PATHS[report]
    }?${query.toString()}`;
  };

  fetchCsv: SoloTrekApi['fetchCsv'] = async (migrationId, report) => {
    const url = await this.csvUrl(migrationId, report);
    const response = await this.fetchApi.fetch(url, {
      headers: { Accept: 'text/csv' },
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const blob = await response.blob();
    const filename =
      filenameFromContentDisposition(
        response.headers.get('Content-Disposition'),
      ) ?? `${migrationId}-${report}.csv`;
    return { blob, filename };
  };

  downloadCsv: SoloTrekApi['downloadCsv'] = async (migrationId, report) => {
    const { blob, filename } = await this.fetchCsv(migrationId, report);
    const objectUrl = URL.createObjectURL(blob);
    try {
      const anchor = document.createElement('a');
      anchor.href = objectUrl;
      anchor.download = filename;
      anchor.rel = 'noopener';
      anchor.style.display = 'none';
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
    } finally {
      // Give the browser a moment to start the download before revoking.
      setTimeout(() => URL.revokeObjectURL(objectUrl), 1000);
    }
  };

  private entityPath(migrationId: string, entityRef: SoloTrekEntityRef) {
    const { kind, namespace, name } = toCompound(entityRef);
    return `/migrations/${enc(migrationId)}/entities/${enc(
      kind.toLocaleLowerCase('en-US'),
    )}/${enc(namespace)}/${enc(name)}`;
  }

  private async request<T>(
    path: string,
    options: { method?: string; body?: unknown } = {},
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('solo-trek');
    const init: RequestInit = {
      method: options.method ?? 'GET',
      headers: { Accept: 'application/json' },
    };
    if (options.body !== undefined) {
      init.headers = {
        Accept: 'application/json',
        'Content-Type': 'application/json',
      };
      init.body = JSON.stringify(options.body);
    }
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    if (response.status === 204) {
      return undefined as T;
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}
