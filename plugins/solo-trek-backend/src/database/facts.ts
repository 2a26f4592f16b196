import { FactReader } from '../rules/compileRule';
import { chunk, toDate } from './rowValues';
import { FactRow } from './tableRows';
import { StoreContext } from './storeContext';

type FactValue = string | number | boolean | null;

/** The facts table: provider observations per entity, until they expire. */
export class FactStore {
  constructor(private readonly ctx: StoreContext) {}

  private table() {
    return this.ctx.db<FactRow>('facts');
  }

  async getFacts(entityRefs: string[], now: Date) {
    const out = new Map<string, Map<string, FactValue>>();
    for (const refs of chunk(entityRefs)) {
      const rows = await this.table()
        .whereIn('entity_ref', refs)
        .where('expires_at', '>', now)
        .select('entity_ref', 'provider', 'facts');
      for (const row of rows) {
        let facts = out.get(row.entity_ref);
        if (!facts) {
          facts = new Map();
          out.set(row.entity_ref, facts);
        }
        const parsed: Record<string, FactValue> = JSON.parse(row.facts);
        for (const [name, value] of Object.entries(parsed)) {
          facts.set(`${row.provider}.${name}`, value);
        }
      }
    }
    return out as Map<string, FactReader>;
  }

  async getFactAges(entityRefs: string[], provider: string) {
    const out = new Map<string, Date>();
    for (const refs of chunk(entityRefs)) {
      const rows = await this.table()
        .whereIn('entity_ref', refs)
        .where('provider', provider)
        .select('entity_ref', 'expires_at');
      for (const row of rows) out.set(row.entity_ref, toDate(row.expires_at));
    }
    return out;
  }

  async putFacts(
    entityRef: string,
    provider: string,
    facts: Record<string, FactValue>,
    observedAt: Date,
    expiresAt: Date,
  ) {
    await this.table()
      .insert({
        entity_ref: entityRef,
        provider,
        facts: JSON.stringify(facts),
        observed_at: observedAt,
        expires_at: expiresAt,
      })
      .onConflict(['entity_ref', 'provider'])
      .merge();
  }

  /**
   * Deletes the facts of entities that no migration's scan keeps a result
   * or an error for: after a complete pass, those are exactly the entities
   * out of every scope. One statement, an anti-join, so nothing that grows
   * with the catalog is read into memory (issue 20).
   */
  async deleteFactsOutside(migrationIds: readonly string[]) {
    const { db } = this.ctx;
    const keptBy = (table: 'entity_results' | 'entity_errors') =>
      db(`${table} as k`)
        .select(db.raw('1'))
        .whereIn('k.migration_id', [...migrationIds])
        .whereRaw('?? = ??', ['k.entity_ref', 'facts.entity_ref']);
    return this.table()
      .whereNotExists(keptBy('entity_results'))
      .whereNotExists(keptBy('entity_errors'))
      .delete();
  }
}
