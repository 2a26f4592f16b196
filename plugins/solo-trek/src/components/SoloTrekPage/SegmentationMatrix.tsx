import ButtonBase from '@material-ui/core/ButtonBase';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Level, QuadrantAdoption } from '@internal/plugin-solo-trek-common';
import { formatPercent } from '../../lib/format';
import { TrackChip } from '../shared/TrackChip';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

export type Quadrant = { criticality: Level; complexity: Level };

const useStyles = makeStyles(theme => ({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr 1fr',
    gridTemplateRows: 'auto 1fr 1fr',
    gap: theme.spacing(1),
  },
  axis: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: theme.palette.text.secondary,
  },
  rowAxis: {
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
  },
  cell: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
    padding: theme.spacing(1.5),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    textAlign: 'left',
    width: '100%',
    height: '100%',
    '&:hover': { backgroundColor: theme.palette.action.hover },
    '&:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  selected: {
    borderColor: theme.palette.primary.main,
    boxShadow: `inset 0 0 0 1px ${theme.palette.primary.main}`,
    backgroundColor: theme.palette.action.selected,
  },
  count: {
    fontSize: '1.75rem',
    fontWeight: theme.typography.fontWeightBold as number,
    lineHeight: 1.1,
  },
}));

const ROWS: Level[] = ['high', 'low'];
const COLUMNS: Level[] = ['low', 'high'];

/**
 * Criticality × complexity, with the count, progress and track of each
 * quadrant. Picking a quadrant filters the long tail to it.
 */
export function SegmentationMatrix(props: {
  quadrants: QuadrantAdoption[];
  longTailCounts?: Record<string, number>;
  selected?: Quadrant;
  onSelect: (quadrant: Quadrant | undefined) => void;
}) {
  const { quadrants, longTailCounts, selected, onSelect } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const find = (criticality: Level, complexity: Level) =>
    quadrants.find(
      q => q.criticality === criticality && q.complexity === complexity,
    );

  return (
    <div
      className={classes.grid}
      role="group"
      aria-label={t('segmentationMatrix.label')}
    >
      <span />
      {COLUMNS.map(c => (
        <Typography key={c} variant="caption" className={classes.axis}>
          {t('segmentationMatrix.complexity', { level: labels.level(c) })}
        </Typography>
      ))}
      {ROWS.map(criticality => [
        <Typography
          key={`axis-${criticality}`}
          variant="caption"
          className={`${classes.axis} ${classes.rowAxis}`}
        >
          {t('segmentationMatrix.criticality', {
            level: labels.level(criticality),
          })}
        </Typography>,
        ...COLUMNS.map(complexity => {
          const q = find(criticality, complexity);
          const isSelected =
            selected?.criticality === criticality &&
            selected?.complexity === complexity;
          const key = `${criticality}/${complexity}`;
          const atRisk = longTailCounts?.[key] ?? 0;
          return (
            <ButtonBase
              key={key}
              focusRipple
              className={`${classes.cell} ${
                isSelected ? classes.selected : ''
              }`}
              aria-pressed={isSelected}
              aria-label={t('segmentationMatrix.cellLabel', {
                name: labels.quadrantName(criticality, complexity),
                label: labels.quadrantLabel(criticality, complexity),
                total: String(q?.total ?? 0),
                done: String(q?.done ?? 0),
                action: isSelected
                  ? t('segmentationMatrix.showing')
                  : t('segmentationMatrix.show'),
              })}
              onClick={() =>
                onSelect(isSelected ? undefined : { criticality, complexity })
              }
            >
              <Typography variant="subtitle2">
                {labels.quadrantName(criticality, complexity)}
              </Typography>
              <Typography className={classes.count}>{q?.total ?? 0}</Typography>
              <Typography variant="body2" color="textSecondary">
                {q
                  ? t('segmentationMatrix.done', {
                      done: String(q.done),
                      adoption: formatPercent(q.adoption),
                    })
                  : t('segmentationMatrix.noServices')}
              </Typography>
              {longTailCounts && (
                <Typography variant="body2" color="textSecondary">
                  {t('segmentationMatrix.atRisk', { n: String(atRisk) })}
                </Typography>
              )}
              {q && <TrackChip track={q.track} />}
            </ButtonBase>
          );
        }),
      ])}
    </div>
  );
}
