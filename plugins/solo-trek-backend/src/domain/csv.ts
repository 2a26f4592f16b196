import { stringify } from 'csv-stringify/sync';
import {
  DecommissionTailEntry,
  LongTailEntry,
  TeamAdoption,
} from '@internal/plugin-solo-trek-common';

const percent = (share: number) => (Math.round(share * 1000) / 10).toFixed(1);

// A cell that starts like a formula (=HYPERLINK(...), +1, -1+2, @SUM, or a
// tab or CR before one) runs when a spreadsheet opens the file. OWASP's
// advice: prefix it with a single quote and keep the cell quoted. The
// library's escape_formulas adds the quote (also for the full-width forms
// that Apple Numbers normalises) to strings only, so the numbers we write,
// a negative one included, stay numbers; cast.string quotes the same cells.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Options shared by every export: RFC 4180 with CRLF, formula-safe. */
export const SAFE_CSV = {
  header: true,
  record_delimiter: 'windows',
  // Spreadsheets split unquoted line breaks into rows.
  quoted_match: /[\r\n]/,
  escape_formulas: true,
  cast: {
    string: (value: string) =>
      FORMULA_START.test(value) ? { value, quoted: true } : value,
  },
} as const;

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
      ...SAFE_CSV,
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
      i.rolledBackAt ?? '',
    ]),
    {
      ...SAFE_CSV,
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
        'rolled_back_at',
      ],
    },
  );
}

/** The decommission tail, the longest-running first. */
export function decommissionTailCsv(items: DecommissionTailEntry[]): string {
  return stringify(
    items.map(i => [
      i.entityRef,
      i.title ?? '',
      i.owner ?? '',
      i.ownerTitle ?? '',
      i.migratedAt,
      i.daysSinceMigrated,
      i.track,
      i.criticality,
      i.complexity,
    ]),
    {
      ...SAFE_CSV,
      columns: [
        'entity_ref',
        'title',
        'owner',
        'owner_title',
        'migrated_at',
        'days_since_migrated',
        'track',
        'criticality',
        'complexity',
      ],
    },
  );
}
