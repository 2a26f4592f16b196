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
