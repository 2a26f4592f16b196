// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('entity_results', table => {
    // {creedId: outcome}: what the aggregates count, without parsing evidence.
    table.text('outcomes').nullable();
  });

  // Rows written before this column existed are rewritten by the next scan.
  await knex('entity_results').update({ result_hash: '' });

  await knex.schema.alterTable('scans', table => {
    // Bumped by every write that changes what aggregates show.
    table.bigInteger('results_version').notNullable().defaultTo(0);
  });

  // Precomputed adoption, leaderboard and history documents, per source version.
  await knex.schema.createTable('aggregates', table => {
    table.string('migration_id', 63).notNullable();
    table.string('kind', 63).notNullable();
    table.bigInteger('version').notNullable();
    table.text('body').notNullable();
    table.timestamp('computed_at', { useTz: true }).notNullable();
    table.primary(['migration_id', 'kind']);
  });

  await knex.schema.createTable('hero_nominations', table => {
    table.uuid('id').primary();
    table.string('migration_id', 63).notNullable();
    table.string('month', 7).notNullable();
    table.string('nominator', 512).notNullable();
    table.string('nominee', 512).notNullable();
    table.text('reason').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    // One nomination per person per month.
    table.unique(['migration_id', 'month', 'nominator'], {
      indexName: 'hero_nominations_one_per_month',
    });
    table.index(['migration_id', 'month'], 'hero_nominations_month_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('hero_nominations');
  await knex.schema.dropTable('aggregates');
  await knex.schema.alterTable('scans', table => {
    table.dropColumn('results_version');
  });
  await knex.schema.alterTable('entity_results', table => {
    table.dropColumn('outcomes');
  });
};
