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

  async deleteFactsExcept(keep: ReadonlySet<string>) {
    const stored: string[] = await this.table()
      .distinct('entity_ref')
      .pluck('entity_ref');
    const gone = stored.filter(ref => !keep.has(ref));
    let deleted = 0;
    for (const refs of chunk(gone)) {
      deleted += await this.table().whereIn('entity_ref', refs).delete();
    }
    return deleted;
  }
}
