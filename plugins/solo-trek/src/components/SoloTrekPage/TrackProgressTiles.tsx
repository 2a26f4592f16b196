import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import { TrackProgress } from '@internal/plugin-solo-trek-common';
import {
  formatDate,
  formatPercent,
  formatNumber,
  formatRate,
} from '../../lib/format';
import { forecastColor } from '../shared/colors';
import { StatTile } from '../shared/StatTile';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

/** A track's tile: its own metric, then its own forecast. */
function Tile(props: {
  label: string;
  value: ReactNode;
  detail: ReactNode;
  forecast: { label: string; color: string; detail: ReactNode };
}) {
  const { forecast } = props;
  const t = useSoloTrekT();
  return (
    <StatTile label={props.label} value={props.value} detail={props.detail}>
      <Typography variant="body2" component="p">
        {t('trackProgressTiles.forecast', {
          status: (
            <strong style={{ color: forecast.color }}>{forecast.label}</strong>
          ),
          detail: <>{forecast.detail}</>,
        })}
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
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const { completion } = caravan;
  const soloForecast = soloTrek.forecast;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} md={6}>
        <Tile
          label={t('trackProgressTiles.soloAdoption')}
          value={formatPercent(soloTrek.figures.adoption)}
          detail={t('trackProgressTiles.soloDetail', {
            done: String(soloTrek.figures.done),
            services: t('trackProgressTiles.soloServices', {
              count: soloTrek.figures.total,
              n: formatNumber(soloTrek.figures.total, 0),
            }),
          })}
          forecast={{
            label: labels.forecast(soloForecast.status),
            color: forecastColor(theme, soloForecast.status),
            detail: soloForecast.projectedCompletion
              ? t('trackProgressTiles.projected', {
                  date: formatDate(soloForecast.projectedCompletion),
                  rate: formatRate(soloForecast.weeklyRate),
                })
              : t('trackProgressTiles.needed', {
                  rate: formatRate(soloForecast.requiredWeeklyRate),
                }),
          }}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <Tile
          label={t('trackProgressTiles.caravanCompletion')}
          value={t('trackProgressTiles.wavesDone', {
            done: String(completion.done),
            total: String(completion.total),
          })}
          detail={t('trackProgressTiles.caravanDetail', {
            onSchedule: String(completion.onSchedule),
            late: String(completion.late),
            rolledBack: completion.rolledBack
              ? t('trackProgressTiles.rolledBack', {
                  n: String(completion.rolledBack),
                })
              : '',
            unplaced: caravan.unplaced
              ? t('trackProgressTiles.unplaced', {
                  services: t('trackProgressTiles.caravanServices', {
                    count: caravan.unplaced,
                    n: formatNumber(caravan.unplaced, 0),
                  }),
                })
              : '',
          })}
          forecast={{
            label: labels.forecast(caravan.forecast.status),
            color: forecastColor(theme, caravan.forecast.status),
            detail: `${caravan.forecast.reason}${
              caravan.forecast.projectedCompletion
                ? t('trackProgressTiles.planEnds', {
                    date: formatDate(caravan.forecast.projectedCompletion),
                  })
                : ''
            }`,
          }}
        />
      </Grid>
    </Grid>
  );
}
