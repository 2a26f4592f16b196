// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // One row per (migration, entity): the latest evaluation.
  await knex.schema.createTable('entity_results', table => {
    table.comment('Latest evaluation of each in-scope entity, per migration');
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('title', 512).nullable();
    table.string('owner_ref', 512).nullable();
    table.boolean('live').notNullable();
    table.string('stage', 32).notNullable();
    table.string('stage_source', 32).notNullable();
    table
      .string('annotation_stage', 32)
      .nullable()
      .comment('Last seen solo-trek.io/stage');
    table.string('criticality', 8).notNullable();
    table.string('complexity', 8).notNullable();
    table.string('track', 16).notNullable();
    table.string('annotation_wave', 63).nullable();
    table.boolean('must_pass').notNullable().comment('Every must item passes');
    table
      .text('checks')
      .notNullable()
      .comment('JSON: per Creed item status and evidence');
    table
      .string('result_hash', 64)
      .notNullable()
      .comment('Skips rewriting unchanged rows');
    table.timestamp('changed_at', { useTz: true }).notNullable();
    table.timestamp('stage_changed_at', { useTz: true }).notNullable();
    table.timestamp('migrated_at', { useTz: true }).nullable();
    table.primary(['migration_id', 'entity_ref']);
    table.index(['migration_id', 'owner_ref'], 'entity_results_owner_idx');
  });

  // What people and pipelines set through the API; survives rescans.
  await knex.schema.createTable('entity_state', table => {
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('api_stage', 32).nullable();
    table.timestamp('api_stage_at', { useTz: true }).nullable();
    table.timestamp('annotation_stage_at', { useTz: true }).nullable();
    table.string('wave', 63).nullable();
    table.string('wave_set_by', 512).nullable();
    table.timestamp('wave_set_at', { useTz: true }).nullable();
    table.primary(['migration_id', 'entity_ref']);
  });

  await knex.schema.createTable('stage_history', table => {
    table.comment('Append-only log of stage changes');
    table.bigIncrements('id').primary();
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('owner_ref', 512).nullable();
    table.string('from_stage', 32).nullable();
    table.string('to_stage', 32).notNullable();
    table.string('source', 32).notNullable();
    table.string('actor', 512).nullable();
    table.text('note').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(
      ['migration_id', 'entity_ref', 'id'],
      'stage_history_entity_idx',
    );
    table.index(['migration_id', 'created_at'], 'stage_history_time_idx');
  });

  await knex.schema.createTable('waivers', table => {
    table.uuid('id').primary();
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('creed_id', 63).notNullable();
    table.text('reason').notNullable();
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.string('created_by', 512).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('revoked_at', { useTz: true }).nullable();
    table.string('revoked_by', 512).nullable();
    table.index(['migration_id', 'entity_ref'], 'waivers_entity_idx');
  });

  // Facts from fact providers, with an expiry after which rules read unknown.
  await knex.schema.createTable('facts', table => {
    table.string('entity_ref', 512).notNullable();
    table.string('provider', 63).notNullable();
    table.text('facts').notNullable();
    table.timestamp('observed_at', { useTz: true }).notNullable();
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'provider']);
  });

  // Per team and stage counts, one set per day: the burn-up chart.
  await knex.schema.createTable('snapshots', table => {
    table.string('migration_id', 63).notNullable();
    table.string('day', 10).notNullable();
    table.string('owner_ref', 512).notNullable();
    table.string('stage', 32).notNullable();
    table.integer('count').notNullable();
    table.integer('compliant').notNullable();
    table.primary(['migration_id', 'day', 'owner_ref', 'stage']);
  });

  await knex.schema.createTable('scans', table => {
    table.string('migration_id', 63).primary();
    table.timestamp('started_at', { useTz: true }).nullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table.timestamp('succeeded_at', { useTz: true }).nullable();
    table.integer('entities').nullable();
    table.integer('rows_written').nullable();
    table.text('error').nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  for (const table of [
    'scans',
    'snapshots',
    'facts',
    'waivers',
    'stage_history',
    'entity_state',
    'entity_results',
  ]) {
    await knex.schema.dropTable(table);
  }
};
