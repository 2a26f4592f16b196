// @ts-check

/**
 * Waiver requests (issue 17): an owner asks for a waiver of a Creed item,
 * the platform team approves (the waiver is created with the approval, in
 * one transaction) or denies with a reason. Rows are kept as the record of
 * who asked, who decided and why.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('waiver_requests', table => {
    table.comment('Requests for Creed waivers and their decisions');
    table.uuid('id').primary();
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.string('creed_id', 63).notNullable();
    table.text('reason').notNullable();
    table.timestamp('requested_expires_at', { useTz: true }).notNullable();
    table.string('requested_by', 512).notNullable();
    table.timestamp('requested_at', { useTz: true }).notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('pending, approved, denied or withdrawn');
    table.string('decided_by', 512).nullable();
    table.timestamp('decided_at', { useTz: true }).nullable();
    table.text('decision_note').nullable();
    table.timestamp('granted_expires_at', { useTz: true }).nullable();
    table.uuid('waiver_id').nullable();
    table.index(
      ['migration_id', 'status', 'requested_at'],
      'waiver_requests_queue_idx',
    );
    table.index(['migration_id', 'entity_ref'], 'waiver_requests_entity_idx');
  });
  // Both dialects support partial indexes: one pending request per item,
  // so two clicks (or two owners) cannot queue the same request twice.
  await knex.raw(
    `CREATE UNIQUE INDEX waiver_requests_one_pending
     ON waiver_requests (migration_id, entity_ref, creed_id) WHERE status = 'pending'`,
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw('DROP INDEX waiver_requests_one_pending');
  await knex.schema.dropTable('waiver_requests');
};
