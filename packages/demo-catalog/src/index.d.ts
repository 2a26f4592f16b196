import { Entity } from '@backstage/catalog-model';

export interface GenerateCatalogOptions {
  seed?: number;
  /** Total components; omit with `groups` for the demo organisation. */
  services?: number;
  groups?: number;
}

export function generateCatalog(options?: GenerateCatalogOptions): Entity[];
export function withCatalogRelations(entities: Entity[]): Entity[];
export function createRandom(seed: number): {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: T[]): T;
  chance(p: number): boolean;
};
export const WINDOW_START: string;

/** The demo's outcome data, in the form soloTrek.outcomes.seedFile loads. */
export interface GeneratedOutcomes {
  series: Array<{
    entityRef: string;
    metric: string;
    from: string;
    hour: number;
    points: Array<[number, number]>;
  }>;
  pulse: Array<{
    migrationId: string;
    entityRef: string;
    respondent: string;
    score: number;
    comment: string | null;
    answeredAt: string;
  }>;
}
export function generateOutcomes(
  entities: Entity[],
  options?: { seed?: number; migrationId?: string; end?: string; days?: number },
): GeneratedOutcomes;
export const OUTCOMES_END: string;
