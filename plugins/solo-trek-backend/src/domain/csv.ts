import { stringify } from 'csv-stringify/sync';
import { LongTailEntry, TeamAdoption } from '@internal/plugin-solo-trek-common';

const percent = (share: number) => (Math.round(share * 1000) / 10).toFixed(1);

/** RFC 4180 CSV, with a header row; opens cleanly in spreadsheets. */
export function teamAdoptionCsv(teams: TeamAdoption[]): string {
  return stringify(
    teams.map(t => [
      t.team,
      t.title,
      t.total,
      t.stages['not-started'],
      t.stages.planning,
      t.stages['in-progress'],
      t.stages.migrated,
      t.stages.decommissioned,
      t.stages.retired,
      t.done,
      t.compliantDone,
      percent(t.adoption),
      percent(t.compliantAdoption),
    ]),
    {
      header: true,
      columns: [
        'team',
        'title',
        'services',
        'not_started',
        'planning',
        'in_progress',
        'migrated',
        'decommissioned',
        'retired',
        'done',
        'compliant_done',
        'adoption_percent',
        'compliant_adoption_percent',
      ],
      record_delimiter: 'windows',
      // Spreadsheets split unquoted line breaks into rows.
      quoted_match: /[\r\n]/,
    },
  );
}

export function longTailCsv(items: LongTailEntry[]): string {
  return stringify(
    items.map(i => [
      i.entityRef,
      i.title ?? '',
      i.owner ?? '',
      i.ownerTitle ?? '',
      i.stage,
      i.daysIdle,
      i.lastChange,
      i.criticality,
      i.complexity,
      i.track,
      i.stranded ? 'yes' : 'no',
    ]),
    {
      header: true,
      columns: [
        'entity_ref',
        'title',
        'owner',
        'owner_title',
        'stage',
        'days_idle',
        'last_change',
        'criticality',
        'complexity',
        'track',
        'stranded',
      ],
      record_delimiter: 'windows',
      // Spreadsheets split unquoted line breaks into rows.
      quoted_match: /[\r\n]/,
    },
  );
}
