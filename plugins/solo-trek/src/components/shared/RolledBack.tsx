import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import UndoIcon from '@material-ui/icons/Undo';
import { DONE_STAGES, MigrationStage } from '@internal/plugin-solo-trek-common';
import { formatDateTime, formatRelative } from '../../lib/format';

/** Rolled back and not done since: a service that started, unlike a never-started one. */
export function isRolledBack(row: {
  stage: MigrationStage;
  rolledBackAt?: string | null;
}): boolean {
  return Boolean(row.rolledBackAt) && !DONE_STAGES.includes(row.stage);
}

/** Where a not-done service stands: rolled back, never started, or on its way. */
export function progressText(row: {
  stage: MigrationStage;
  rolledBackAt?: string | null;
}): string {
  if (isRolledBack(row)) return 'Rolled back';
  if (row.stage === 'not-started') return 'Never started';
  return DONE_STAGES.includes(row.stage) ? 'Done' : 'Under way';
}

/** "Rolled back 3 weeks ago", for a service that left the new platform. */
export function RolledBackChip(props: { at: string }) {
  return (
    <Tooltip
      title={`Left the new platform ${formatDateTime(
        props.at,
      )}; its stage history says who moved it back and why.`}
    >
      <Chip
        size="small"
        color="secondary"
        variant="outlined"
        icon={<UndoIcon aria-hidden />}
        label={`Rolled back ${formatRelative(props.at)}`}
        style={{ marginTop: 2 }}
      />
    </Tooltip>
  );
}
