// @ts-check

/**
 * Outcomes (issue 18): outcome points pushed through POST /facts, their
 * per-day roll-up, the satisfaction pulse and its notices. Not to be
 * confused with `facts`, the fact providers' observations that rules read.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // Raw points, one per entity, metric and time: a batch sent twice
  // overwrites itself. Kept soloTrek.outcomes.rawRetentionDays, then
  // rolled up into outcome_days.
  await knex.schema.createTable('outcome_points', table => {
    table.comment('Outcome points (POST /facts), raw until rolled up per day');
    table.string('entity_ref', 512).notNullable();
    table.string('metric', 63).notNullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table.double('value').notNullable();
    table
      .string('platform', 3)
      .nullable()
      .comment(
        'old or new when the reporter said so; else derived from go-live',
      );
    table.string('reported_by', 512).notNullable();
    table.timestamp('received_at', { useTz: true }).notNullable();
    // The key is the only index: a second one on `at` made ingestion 25%
    // slower (21k against 26k points/s into PostgreSQL) for the hourly
    // roll-up, which walks the key in order anyway.
    table.primary(['entity_ref', 'metric', 'at']);
  });

  // One row per entity, metric, day and platform after the roll-up.
  await knex.schema.createTable('outcome_days', table => {
    table.comment('Outcome points rolled up to one value per day');
    table.string('entity_ref', 512).notNullable();
    table.string('metric', 63).notNullable();
    table.integer('day').notNullable().comment('Days since 1970-01-01, UTC');
    table
      .string('platform', 3)
      .notNullable()
      .defaultTo('')
      .comment("old, new, or '' when derived from go-live");
    table.double('value').notNullable().comment("The day's sum or median");
    table.integer('points').notNullable();
    table.primary(['entity_ref', 'metric', 'day', 'platform']);
    table.index(['day'], 'outcome_days_day_idx');
  });

  // Each person answers once per service and may change the answer.
  await knex.schema.createTable('pulse_answers', table => {
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table
      .string('respondent', 512)
      .notNullable()
      .comment('Never shown: results are per team and overall');
    table.smallint('score').notNullable();
    table.text('comment').nullable();
    table.timestamp('answered_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.primary(['migration_id', 'entity_ref', 'respondent']);
  });

  // The notification that a service's pulse opened, sent once.
  await knex.schema.createTable('pulse_notices', table => {
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.timestamp('notified_at', { useTz: true }).notNullable();
    table.primary(['migration_id', 'entity_ref']);
  });

  // Bumped by every write the scorecard shows, so cached scorecards are
  // recomputed only after one.
  await knex.schema.createTable('outcome_versions', table => {
    table.string('name', 32).primary();
    table.bigInteger('version').notNullable();
  });
  await knex('outcome_versions').insert({ name: 'outcomes', version: 0 });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('outcome_versions');
  await knex.schema.dropTable('pulse_notices');
  await knex.schema.dropTable('pulse_answers');
  await knex.schema.dropTable('outcome_days');
  await knex.schema.dropTable('outcome_points');
};
