import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import UndoIcon from '@material-ui/icons/Undo';
import { DONE_STAGES, MigrationStage } from '@internal/plugin-solo-trek-common';
import { formatDateTime, formatRelative } from '../../lib/format';
import { SoloTrekT, useSoloTrekT } from '../../translation';

/** Rolled back and not done since: a service that started, unlike a never-started one. */
export function isRolledBack(row: {
  stage: MigrationStage;
  rolledBackAt?: string | null;
}): boolean {
  return Boolean(row.rolledBackAt) && !DONE_STAGES.includes(row.stage);
}

/** Where a not-done service stands: rolled back, never started, or on its way. */
export function progressText(
  row: {
    stage: MigrationStage;
    rolledBackAt?: string | null;
  },
  t: SoloTrekT,
): string {
  if (isRolledBack(row)) return t('rolledBack.rolledBack');
  if (row.stage === 'not-started') return t('rolledBack.neverStarted');
  return DONE_STAGES.includes(row.stage)
    ? t('rolledBack.done')
    : t('rolledBack.underWay');
}

/** "Rolled back 3 weeks ago", for a service that left the new platform. */
export function RolledBackChip(props: { at: string }) {
  const t = useSoloTrekT();
  return (
    <Tooltip
      title={t('rolledBack.tooltip', { date: formatDateTime(props.at) })}
    >
      <Chip
        size="small"
        color="secondary"
        variant="outlined"
        icon={<UndoIcon aria-hidden />}
        label={t('rolledBack.chip', { when: formatRelative(props.at, t) })}
        style={{ marginTop: 2 }}
      />
    </Tooltip>
  );
}
