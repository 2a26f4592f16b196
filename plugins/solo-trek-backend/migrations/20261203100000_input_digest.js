// @ts-check

/**
 * The digest of what a result was computed from (issue 20): the entity's
 * projected fields, its facts, the related entities the quadrant reads, its
 * state and the migration's config. A rescan whose inputs have the same
 * digest skips evaluating and writing the entity. Null (every row before
 * this migration, and a row a stage update rewrote) means "evaluate".
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('entity_results', table => {
    table
      .string('input_digest', 64)
      .nullable()
      .comment('Digest of the inputs the row was computed from; null: unknown');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('entity_results', table => {
    table.dropColumn('input_digest');
  });
};
