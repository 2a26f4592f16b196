// @ts-check

/**
 * Rollbacks (issue 16): a move from migrated or decommissioned back to an
 * earlier stage is an event with its actor, reason, post-mortem link and
 * the go-live date it undid, and a result remembers when it last rolled
 * back, so the long tail tells it apart from a service never started.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('stage_history', table => {
    table
      .boolean('rollback')
      .notNullable()
      .defaultTo(false)
      .comment('Left the new platform: migrated/decommissioned → earlier');
    table
      .timestamp('went_live_at', { useTz: true })
      .nullable()
      .comment('A rollback: when the service had gone live');
    table.text('post_mortem_url').nullable();
  });
  // Rollbacks recorded before they had a name were silent resets.
  await knex('stage_history')
    .whereIn('from_stage', ['migrated', 'decommissioned'])
    .whereIn('to_stage', ['not-started', 'planning', 'in-progress'])
    .update({ rollback: true });

  await knex.schema.alterTable('entity_results', table => {
    table
      .timestamp('rolled_back_at', { useTz: true })
      .nullable()
      .comment(
        'The last rollback; a rolled-back service is not idle since the window opened',
      );
  });
  await knex('entity_results').update({
    rolled_back_at: knex('stage_history')
      .where(
        'stage_history.migration_id',
        knex.ref('entity_results.migration_id'),
      )
      .where('stage_history.entity_ref', knex.ref('entity_results.entity_ref'))
      .where('stage_history.rollback', true)
      .max('created_at'),
  });
  // The result hash covers the new column: every row is rewritten once.
  await knex('entity_results').update({ result_hash: '' });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('entity_results', table => {
    table.dropColumn('rolled_back_at');
  });
  await knex.schema.alterTable('stage_history', table => {
    table.dropColumn('post_mortem_url');
    table.dropColumn('went_live_at');
    table.dropColumn('rollback');
  });
};
