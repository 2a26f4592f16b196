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
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

function Axis(props: { title: string; axis: AxisExplanation }) {
  const { title, axis } = props;
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const caption =
    axis.score !== undefined && axis.threshold !== undefined
      ? t('segmentationWhy.score', {
          score: String(axis.score),
          threshold: String(axis.threshold),
        })
      : t(`segmentationWhy.sources.${axis.source}`);
  return (
    <>
      <Typography variant="subtitle2" component="h4" style={{ marginTop: 8 }}>
        {t('segmentationWhy.axis', {
          title,
          level: labels.level(axis.level),
          caption,
        })}
      </Typography>
      {axis.signals.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('segmentationWhy.noSignal')}
        </Typography>
      ) : (
        <Table
          size="small"
          aria-label={t('segmentationWhy.signals', { title })}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('segmentationWhy.signal')}</TableCell>
              <TableCell>{t('segmentationWhy.value')}</TableCell>
              <TableCell>{t('segmentationWhy.gives')}</TableCell>
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
                        ? t('segmentationWhy.more', {
                            n: String(signal.value - signal.refs.length),
                          })
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
  const t = useSoloTrekT();
  return (
    <div>
      <Axis
        title={t('segmentationWhy.criticality')}
        axis={segmentation.criticality}
      />
      <Axis
        title={t('segmentationWhy.complexity')}
        axis={segmentation.complexity}
      />
    </div>
  );
}
