import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { TrackForecast } from '@internal/plugin-solo-trek-common';
import { formatDate, formatRate } from '../../lib/format';
import { forecastColor } from '../shared/colors';
import { SoloTrekT, useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

/** The plausible finish of a forecast, in words. */
export function plausibleFinish(f: TrackForecast, t: SoloTrekT): string {
  if (!f.earliestCompletion) return '—';
  return t('trackForecasts.range', {
    earliest: formatDate(f.earliestCompletion),
    latest: f.latestCompletion
      ? formatDate(f.latestCompletion)
      : t('kpiTiles.noDateInSight'),
  });
}

/**
 * Each track's forecast apart, from its own history: a Solo Trek on track
 * can hide a Caravan that is not.
 */
export function TrackForecasts(props: { forecasts: TrackForecast[] }) {
  const { forecasts } = props;
  const theme = useTheme();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  if (forecasts.length === 0) return null;
  return (
    <Table
      size="small"
      aria-label={t('trackForecasts.label')}
      style={{ marginTop: 8 }}
    >
      <TableHead>
        <TableRow>
          <TableCell>{t('trackForecasts.track')}</TableCell>
          <TableCell>{t('trackForecasts.forecast')}</TableCell>
          <TableCell>{t('trackForecasts.plausibleFinish')}</TableCell>
          <TableCell align="right">{t('trackForecasts.pace')}</TableCell>
          <TableCell align="right">{t('trackForecasts.left')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {forecasts.map(f => (
          <TableRow key={f.track}>
            <TableCell>{labels.track(f.track)}</TableCell>
            <TableCell>
              <Typography
                variant="body2"
                component="span"
                style={{
                  color: forecastColor(theme, f.status),
                  fontWeight: 600,
                }}
              >
                {labels.forecast(f.status)}
              </Typography>
              <Typography
                variant="caption"
                color="textSecondary"
                display="block"
              >
                {f.reason}
              </Typography>
            </TableCell>
            <TableCell>{plausibleFinish(f, t)}</TableCell>
            <TableCell align="right">
              {f.status === 'not-enough-data' || f.status === 'complete'
                ? '—'
                : formatRate(f.netWeeklyRate)}
            </TableCell>
            <TableCell align="right">{f.remaining}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
