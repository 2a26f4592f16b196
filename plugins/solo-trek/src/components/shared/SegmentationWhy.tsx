import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  AxisExplanation,
  SegmentationExplanation,
} from '@internal/plugin-solo-trek-common';
import { LEVEL_LABELS } from '../../lib/format';

const AXIS_SOURCES: Record<AxisExplanation['source'], string> = {
  annotation: 'set explicitly in catalog-info.yaml',
  signals: 'from the catalog',
  default: 'no signal maps, so the default',
};

function Axis(props: { title: string; axis: AxisExplanation }) {
  const { title, axis } = props;
  const caption =
    axis.score !== undefined && axis.threshold !== undefined
      ? `score ${axis.score}, high from ${axis.threshold}`
      : AXIS_SOURCES[axis.source];
  return (
    <>
      <Typography variant="subtitle2" component="h4" style={{ marginTop: 8 }}>
        {title}: {LEVEL_LABELS[axis.level]} ({caption})
      </Typography>
      {axis.signals.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No signal found in the catalog.
        </Typography>
      ) : (
        <Table size="small" aria-label={`${title} signals`}>
          <TableHead>
            <TableRow>
              <TableCell>Signal</TableCell>
              <TableCell>Value</TableCell>
              <TableCell>Gives</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {axis.signals.map(signal => (
              <TableRow key={signal.name}>
                <TableCell component="th" scope="row">
                  {signal.decisive ? (
                    <strong>{signal.name}</strong>
                  ) : (
                    signal.name
                  )}
                </TableCell>
                <TableCell>
                  {signal.value}
                  {signal.refs && signal.refs.length > 0 && (
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      component="div"
                    >
                      {signal.refs.join(', ')}
                      {typeof signal.value === 'number' &&
                      signal.value > signal.refs.length
                        ? ` and ${signal.value - signal.refs.length} more`
                        : ''}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{signal.effect}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

/**
 * Why a service sits in its quadrant: each axis with the signals read, the
 * deciding one in bold.
 */
export function SegmentationWhy(props: {
  segmentation: SegmentationExplanation;
}) {
  const { segmentation } = props;
  return (
    <div>
      <Axis title="Business criticality" axis={segmentation.criticality} />
      <Axis title="Migration complexity" axis={segmentation.complexity} />
    </div>
  );
}
