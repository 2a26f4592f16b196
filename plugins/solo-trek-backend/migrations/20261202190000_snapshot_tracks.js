// @ts-check

/**
 * Per-track daily counts (issue 17): the forecast runs per track, and its
 * pace counts scope changes, so each track needs its in-scope total per
 * day. Written with the per-team snapshot at the end of each scan, pruned
 * to weekly (Mondays) with it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('snapshot_tracks', table => {
    table.comment('Per track and stage counts, one set per day: the forecasts');
    table.string('migration_id', 63).notNullable();
    table.string('day', 10).notNullable();
    table.string('track', 16).notNullable();
    table.string('stage', 32).notNullable();
    table.integer('count').notNullable();
    table.integer('compliant').notNullable();
    table.primary(['migration_id', 'day', 'track', 'stage']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('snapshot_tracks');
};
