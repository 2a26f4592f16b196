// @ts-check

/**
 * Waves as plans (issue 16): a wave was a free-text label on a service. Now
 * it is a row of the plan with a title, an order, planned dates and a
 * status; a service names its wave by id. Every label in use becomes a
 * wave of its own (no dates yet: the platform team plans them), and the
 * services that carried it now name its id.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('waves', table => {
    table.comment('The Caravan wave plan of each migration');
    table.string('migration_id', 63).notNullable();
    table.string('id', 63).notNullable();
    table.string('title', 200).notNullable();
    table.integer('position').notNullable().comment('Waves move in this order');
    table.string('planned_start', 10).nullable().comment('YYYY-MM-DD');
    table.string('planned_end', 10).nullable().comment('YYYY-MM-DD');
    table.string('status', 16).notNullable();
    table.string('created_by', 512).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.string('updated_by', 512).nullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table
      .timestamp('deleted_at', { useTz: true })
      .nullable()
      .comment('Kept, so a deleted wave never comes back from the config');
    table.string('deleted_by', 512).nullable();
    table.primary(['migration_id', 'id']);
  });

  // What each service depends on in the catalog, for the wave order check.
  await knex.schema.alterTable('entity_results', table => {
    table
      .text('depends_on')
      .nullable()
      .comment('JSON: the targets of its dependsOn relations');
  });

  /** The id a label becomes, as solo-trek.io/wave values are read. */
  const idOf = (/** @type {string} */ label) =>
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 63)
      .replace(/-+$/g, '') || 'wave';

  /** @type {Array<{migration_id: string, wave: string}>} */
  const labels = [
    ...(await knex('entity_state')
      .whereNotNull('wave')
      .distinct('migration_id', 'wave')),
    ...(await knex('entity_results')
      .whereNotNull('annotation_wave')
      .distinct('migration_id', { wave: 'annotation_wave' })),
  ];
  const now = new Date();
  /** @type {Map<string, Set<string>>} */
  const seen = new Map();
  const collator = new Intl.Collator('en', { numeric: true });
  labels.sort((a, b) => collator.compare(a.wave, b.wave));
  for (const { migration_id: migrationId, wave: label } of labels) {
    const id = idOf(label);
    const ids = seen.get(migrationId) ?? new Set();
    seen.set(migrationId, ids);
    if (!ids.has(id)) {
      ids.add(id);
      await knex('waves').insert({
        migration_id: migrationId,
        id,
        title: label,
        position: ids.size,
        status: 'planned',
        created_by: 'solo-trek: the label before waves were plans',
        created_at: now,
        updated_at: now,
      });
    }
    await knex('entity_state')
      .where({ migration_id: migrationId, wave: label })
      .update({ wave: id });
    await knex('entity_results')
      .where({ migration_id: migrationId, annotation_wave: label })
      .update({ annotation_wave: id });
  }
  // Every row is rewritten by the next scan, with what it depends on.
  await knex('entity_results').update({ result_hash: '' });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('entity_results', table => {
    table.dropColumn('depends_on');
  });
  await knex.schema.dropTable('waves');
};
