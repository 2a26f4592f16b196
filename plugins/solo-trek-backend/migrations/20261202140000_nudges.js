// @ts-check

/**
 * Nudges (issue 14): what was sent, what live services passed, and when
 * each migration's nudges began.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // One row per nudge ever decided: the primary key is the dedupe. A sweep
  // claims a key (insert; a second replica's insert conflicts) before it
  // sends, marks it sent after, and deletes the claim if sending failed, so
  // the next sweep retries.
  await knex.schema.createTable('nudges_sent', table => {
    table.comment('Nudges sent, folded into digests, claimed or skipped');
    table.string('migration_id', 63).notNullable();
    table
      .string('nudge_key', 768)
      .notNullable()
      .comment('The nudge: kind, entity or team, milestone and occurrence');
    table.string('kind', 32).notNullable();
    table.string('entity_ref', 512).nullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('claimed, sent, digest (carried by via) or skipped');
    table.string('via', 768).nullable().comment('The digest that carried it');
    table.timestamp('claimed_at', { useTz: true }).notNullable();
    table.timestamp('sent_at', { useTz: true }).nullable();
    table.primary(['migration_id', 'nudge_key']);
    table.index(['migration_id', 'entity_ref'], 'nudges_sent_entity_idx');
  });
  // Only open claims are looked up by age (a sweep that died): a partial
  // index stays as small as one running sweep's claims, and marking a row
  // sent takes it out instead of rewriting an entry.
  await knex.raw(
    `CREATE INDEX nudges_sent_claims_idx ON nudges_sent (migration_id, claimed_at)
     WHERE status = 'claimed'`,
  );

  // The must items each live service passed at the last sweep: a Creed
  // regression is an item in here that fails now.
  await knex.schema.createTable('nudge_observations', table => {
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.text('passing').notNullable().comment('JSON array of must item ids');
    table.timestamp('observed_at', { useTz: true }).notNullable();
    table.primary(['migration_id', 'entity_ref']);
  });

  // A migration's first sweep records the milestones already reached as
  // skipped, in the same transaction as this row: later sweeps celebrate
  // only what is new.
  await knex.schema.createTable('nudge_baselines', table => {
    table.string('migration_id', 63).primary();
    table.timestamp('baseline_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('nudge_baselines');
  await knex.schema.dropTable('nudge_observations');
  await knex.schema.dropTable('nudges_sent');
};
