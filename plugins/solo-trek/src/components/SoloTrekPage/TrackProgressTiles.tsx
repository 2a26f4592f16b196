import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import { TrackProgress } from '@internal/plugin-solo-trek-common';
import {
  FORECAST_LABELS,
  formatDate,
  formatPercent,
  formatRate,
  plural,
} from '../../lib/format';
import { forecastColor } from '../shared/colors';
import { StatTile } from '../shared/StatTile';

/** A track's tile: its own metric, then its own forecast. */
function Tile(props: {
  label: string;
  value: ReactNode;
  detail: ReactNode;
  forecast: { label: string; color: string; detail: ReactNode };
}) {
  const { forecast } = props;
  return (
    <StatTile label={props.label} value={props.value} detail={props.detail}>
      <Typography variant="body2" component="p">
        Forecast:{' '}
        <strong style={{ color: forecast.color }}>{forecast.label}</strong>.{' '}
        {forecast.detail}
      </Typography>
    </StatTile>
  );
}

/**
 * Each track's own progress metric, side by side and never merged: service
 * adoption for the Solo Trek, wave completion (planned groups moved on
 * schedule) for the Caravan, each with its own forecast.
 */
export function TrackProgressTiles(props: { progress: TrackProgress }) {
  const { soloTrek, caravan } = props.progress;
  const theme = useTheme();
  const { completion } = caravan;
  const soloForecast = soloTrek.forecast;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} md={6}>
        <Tile
          label="Solo Trek adoption"
          value={formatPercent(soloTrek.figures.adoption)}
          detail={`${soloTrek.figures.done} of ${plural(
            soloTrek.figures.total,
            'Solo Trek service',
          )} done, moved by their own teams`}
          forecast={{
            label: FORECAST_LABELS[soloForecast.status],
            color: forecastColor(theme, soloForecast.status),
            detail: soloForecast.projectedCompletion
              ? `Projected ${formatDate(
                  soloForecast.projectedCompletion,
                )} at ${formatRate(soloForecast.weeklyRate)} a week.`
              : `${formatRate(
                  soloForecast.requiredWeeklyRate,
                )} a week are needed to finish by the sunset.`,
          }}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <Tile
          label="Caravan wave completion"
          value={`${completion.done} of ${completion.total}`}
          detail={`waves done; ${completion.onSchedule} on schedule, ${
            completion.late
          } late${
            completion.rolledBack
              ? `, ${completion.rolledBack} rolled back`
              : ''
          }${
            caravan.unplaced
              ? `; ${plural(caravan.unplaced, 'Caravan service')} in no wave`
              : ''
          }`}
          forecast={{
            label: FORECAST_LABELS[caravan.forecast.status],
            color: forecastColor(theme, caravan.forecast.status),
            detail: `${caravan.forecast.reason}${
              caravan.forecast.projectedCompletion
                ? ` The plan ends ${formatDate(
                    caravan.forecast.projectedCompletion,
                  )}.`
                : ''
            }`,
          }}
        />
      </Grid>
    </Grid>
  );
}
