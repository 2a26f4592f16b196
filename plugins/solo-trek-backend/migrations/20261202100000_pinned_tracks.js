// @ts-check

/**
 * Pinned tracks (issue 16): a service's track is decided once, at its first
 * evaluation or by the platform team, and kept; the quadrant's track is
 * stored beside it so drift can be listed.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('entity_results', table => {
    table
      .string('computed_track', 16)
      .nullable()
      .comment('The track the quadrant gives now; track is the pinned one');
    table
      .text('segmentation')
      .nullable()
      .comment('JSON: the signals behind criticality and complexity');
  });
  await knex('entity_results').update({ computed_track: knex.ref('track') });

  await knex.schema.createTable('track_decisions', table => {
    table.comment('Append-only log of decisions about a service track');
    table.bigIncrements('id').primary();
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('from_track', 16).nullable();
    table.string('to_track', 16).notNullable();
    table
      .string('source', 32)
      .notNullable()
      .comment('first-evaluation, annotation or platform-team');
    table.string('actor', 512).nullable();
    table.text('note').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(
      ['migration_id', 'entity_ref', 'id'],
      'track_decisions_entity_idx',
    );
  });

  // The tracks stored so far were the quadrant's at their last scan: they
  // become the pinned ones, recorded as of now.
  await knex.raw(
    `INSERT INTO track_decisions
       (migration_id, entity_ref, from_track, to_track, source, actor, note, created_at)
     SELECT migration_id, entity_ref, NULL, track, 'first-evaluation', NULL, ?, ?
     FROM entity_results`,
    ['Pinned when Solo Trek began keeping tracks', new Date()],
  );
  // Every row is rewritten by the next scan, with its signals.
  await knex('entity_results').update({ result_hash: '' });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('track_decisions');
  await knex.schema.alterTable('entity_results', table => {
    table.dropColumn('segmentation');
    table.dropColumn('computed_track');
  });
};
