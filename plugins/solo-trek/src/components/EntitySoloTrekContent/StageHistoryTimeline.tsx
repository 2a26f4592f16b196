import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import UndoIcon from '@material-ui/icons/Undo';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles, Theme } from '@material-ui/core/styles';
import Timeline from '@material-ui/lab/Timeline';
import TimelineConnector from '@material-ui/lab/TimelineConnector';
import TimelineContent from '@material-ui/lab/TimelineContent';
import TimelineDot from '@material-ui/lab/TimelineDot';
import TimelineItem from '@material-ui/lab/TimelineItem';
import TimelineOppositeContent from '@material-ui/lab/TimelineOppositeContent';
import TimelineSeparator from '@material-ui/lab/TimelineSeparator';
import {
  MigrationStage,
  StageHistoryEntry,
  StageSource,
} from '@internal/plugin-solo-trek-common';
import { formatDate, formatDateTime, formatRelative } from '../../lib/format';
import { SafeLink } from '../../lib/safeLink';
import { stageColor } from '../shared/colors';
import { SoloTrekT, useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

function describeSource(
  t: SoloTrekT,
  source: StageSource,
  actor: string | null,
): string {
  switch (source) {
    case 'live':
      return t('stageHistoryTimeline.sourceLive');
    case 'annotation':
      return t('stageHistoryTimeline.sourceAnnotation');
    case 'api':
      return actor
        ? t('stageHistoryTimeline.sourceApiBy', { actor })
        : t('stageHistoryTimeline.sourceApi');
    case 'default':
    default:
      return t('stageHistoryTimeline.sourceDefault');
  }
}

const useStyles = makeStyles<Theme>(theme => ({
  timeline: { padding: 0, margin: 0 },
  opposite: { flex: 0.3, minWidth: 140 },
  note: {
    marginTop: theme.spacing(0.5),
    padding: theme.spacing(0.5, 1),
    borderLeft: `3px solid ${theme.palette.divider}`,
    whiteSpace: 'pre-wrap',
  },
}));

/** Every stage change, newest first, with who made it, how and why. */
export function StageHistoryTimeline(props: { history: StageHistoryEntry[] }) {
  const { history } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const entries = [...history].sort((a, b) =>
    a.at === b.at ? b.id - a.id : b.at.localeCompare(a.at),
  );
  if (entries.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('stageHistoryTimeline.empty')}
      </Typography>
    );
  }
  return (
    <Timeline
      className={classes.timeline}
      aria-label={t('stageHistoryTimeline.label')}
    >
      {entries.map((entry, index) => (
        <TimelineItem key={entry.id}>
          <TimelineOppositeContent className={classes.opposite}>
            <Tooltip title={formatDateTime(entry.at)}>
              <Typography variant="body2" color="textSecondary">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </Typography>
            </Tooltip>
            <Typography variant="caption" color="textSecondary">
              {formatRelative(entry.at, t)}
            </Typography>
          </TimelineOppositeContent>
          <TimelineSeparator>
            <StageDot stage={entry.toStage} />
            {index < entries.length - 1 && <TimelineConnector />}
          </TimelineSeparator>
          <TimelineContent>
            <Typography variant="subtitle2" component="p">
              {entry.fromStage
                ? `${labels.stage(entry.fromStage)} → ${labels.stage(
                    entry.toStage,
                  )}`
                : labels.stage(entry.toStage)}
            </Typography>
            {entry.rollback && (
              <Chip
                size="small"
                color="secondary"
                icon={<UndoIcon aria-hidden />}
                label={t('stageHistoryTimeline.rollback')}
                style={{ margin: '2px 0' }}
              />
            )}
            <Typography variant="body2" color="textSecondary">
              {entry.rollback && entry.actor
                ? t('stageHistoryTimeline.movedBackBy', { actor: entry.actor })
                : describeSource(t, entry.source, entry.actor)}
            </Typography>
            {entry.note && (
              <Typography variant="body2" className={classes.note}>
                {entry.note}
              </Typography>
            )}
            {entry.rollback && (
              <Typography variant="body2" color="textSecondary">
                {entry.rollback.wentLiveAt
                  ? t('stageHistoryTimeline.hadGoneLive', {
                      date: formatDate(entry.rollback.wentLiveAt),
                    })
                  : ''}
                {entry.rollback.postMortemUrl ? (
                  <SafeLink url={entry.rollback.postMortemUrl}>
                    {t('stageHistoryTimeline.postMortem')}
                  </SafeLink>
                ) : (
                  t('stageHistoryTimeline.noPostMortem')
                )}
              </Typography>
            )}
          </TimelineContent>
        </TimelineItem>
      ))}
    </Timeline>
  );
}

const useDotStyles = makeStyles<Theme, { stage: MigrationStage }>(theme => ({
  dot: ({ stage }) => ({
    borderColor: stageColor(theme, stage),
    backgroundColor: stageColor(theme, stage),
  }),
}));

function StageDot(props: { stage: MigrationStage }) {
  const classes = useDotStyles({ stage: props.stage });
  return <TimelineDot className={classes.dot} />;
}
