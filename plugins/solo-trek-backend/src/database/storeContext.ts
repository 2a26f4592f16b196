import { Knex } from 'knex';

/** The two databases the store runs on, decided once from the client. */
export type Dialect = 'pg' | 'sqlite';

export function dialectOf(db: Knex): Dialect {
  return db.client.config.client === 'pg' ? 'pg' : 'sqlite';
}

/** What every part of the store shares: one knex and its dialect. */
export interface StoreContext {
  readonly db: Knex;
  readonly dialect: Dialect;
}
