// @ts-check

/**
 * The refs a running scan has seen, page by page (issue 20). At the end of
 * the scan, the results of entities it did not see are the ones that left
 * the catalog or the scope. Kept here rather than in the scanning process,
 * so that what a scan holds in memory does not grow with the catalog (1M
 * refs were about 100 MB of JavaScript strings). `seen_by` is the scan's
 * token: a superseded scan's rows never mix with the current one's, and
 * the next scan of the migration clears whatever a crashed one left.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('scan_seen', table => {
    table.comment('Entity refs seen by a running scan, cleared when it ends');
    table.string('migration_id', 63).notNullable();
    table.string('seen_by', 64).notNullable().comment('The scan token');
    table.string('entity_ref', 512).notNullable();
    table.primary(['migration_id', 'seen_by', 'entity_ref']);
  });
  // Transient rows: no write-ahead log for them on PostgreSQL (a rescan of
  // 100k entities inserts and deletes 100k). After a crash the table is
  // empty, which is what the next scan starts from anyway.
  if (knex.client.config.client === 'pg') {
    await knex.raw('ALTER TABLE scan_seen SET UNLOGGED');
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('scan_seen');
};
