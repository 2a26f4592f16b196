// @ts-check

/**
 * Trust in production (issue 12): no catalog value can fail a scan, one
 * active waiver per item, fenced scans, and retention of what left.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const pg = knex.client.config.client === 'pg';

  // The catalog bounds no title: a 600-character one failed every scan on
  // PostgreSQL. SQLite never enforced the length, so only PostgreSQL changes.
  if (pg) {
    await knex.raw('ALTER TABLE entity_results ALTER COLUMN title TYPE text');
  }

  await knex.schema.alterTable('scans', table => {
    table
      .integer('failed_entities')
      .nullable()
      .comment('Entities the last scan could not evaluate or store');
    table
      .string('scan_token', 36)
      .nullable()
      .comment('The running scan; writes of an older one are refused');
    table
      .timestamp('removed_at', { useTz: true })
      .nullable()
      .comment('When the migration left the config; pruned after retention');
  });

  // Why one entity's evaluation is missing, without failing its page.
  await knex.schema.createTable('entity_errors', table => {
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.text('message').notNullable().comment('Generic, with the log id');
    table.string('log_id', 32).notNullable();
    table.timestamp('failed_at', { useTz: true }).notNullable();
    table.primary(['migration_id', 'entity_ref']);
  });

  // When an entity left the catalog or the scope: its history and waivers
  // are kept for soloTrek.retention.removedEntityDays, then pruned.
  await knex.schema.createTable('entity_removals', table => {
    table.string('migration_id', 63).notNullable();
    table.string('entity_ref', 512).notNullable();
    table.timestamp('removed_at', { useTz: true }).notNullable();
    table.primary(['migration_id', 'entity_ref']);
    table.index(['migration_id', 'removed_at'], 'entity_removals_time_idx');
  });

  // Parallel creations made several active waivers for one item; keep the
  // newest of each, so removing it leaves the item unwaived as the user expects.
  await knex.raw(
    `UPDATE waivers SET revoked_at = ?, revoked_by = ?
     WHERE revoked_at IS NULL AND EXISTS (
       SELECT 1 FROM waivers w2
       WHERE w2.migration_id = waivers.migration_id
         AND w2.entity_ref = waivers.entity_ref
         AND w2.creed_id = waivers.creed_id
         AND w2.revoked_at IS NULL
         AND (w2.created_at > waivers.created_at
           OR (w2.created_at = waivers.created_at AND w2.id > waivers.id)))`,
    [new Date(), 'solo-trek:duplicate'],
  );
  // Both dialects support partial indexes: at most one unrevoked waiver per item.
  await knex.raw(
    `CREATE UNIQUE INDEX waivers_one_active
     ON waivers (migration_id, entity_ref, creed_id) WHERE revoked_at IS NULL`,
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw('DROP INDEX waivers_one_active');
  await knex.schema.dropTable('entity_removals');
  await knex.schema.dropTable('entity_errors');
  await knex.schema.alterTable('scans', table => {
    table.dropColumn('removed_at');
    table.dropColumn('scan_token');
    table.dropColumn('failed_entities');
  });
  if (knex.client.config.client === 'pg') {
    await knex.raw(
      'ALTER TABLE entity_results ALTER COLUMN title TYPE varchar(512) USING left(title, 512)',
    );
  }
};
