// @ts-check

/**
 * The Migration Hero's months (issue 17): each month closes at its end in
 * soloTrek.timeZone and its winner is recorded here for good, the Hall of
 * heroes. Nominations stay where they are; a recorded month never changes.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('hero_months', table => {
    table.comment('One row per migration and ended month: its Migration Hero');
    table.string('migration_id', 63).notNullable();
    table.string('month', 7).notNullable().comment('YYYY-MM in time_zone');
    table.string('nominee', 512).notNullable();
    table.integer('nominations').notNullable();
    table.text('reasons').notNullable().comment('JSON array of strings');
    table.string('time_zone', 64).notNullable();
    table.timestamp('closed_at', { useTz: true }).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    // Replicas that close the same month race to insert: the key decides.
    table.primary(['migration_id', 'month']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('hero_months');
};
