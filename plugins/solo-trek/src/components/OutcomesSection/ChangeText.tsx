import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import { OutcomeMetric } from '@internal/plugin-solo-trek-common';
import { changeIsBetter, formatChange } from './outcomeFormat';
import { useSoloTrekT } from '../../translation';

/**
 * A change in %, coloured and worded by whether it is better for the
 * metric (fewer incidents are better, more deployments are), so colour is
 * never the only signal.
 */
export function ChangeText(props: {
  metric: Pick<OutcomeMetric, 'higherIsBetter'>;
  change: number | null | undefined;
  variant?: 'body2' | 'caption' | 'h6';
}) {
  const { metric, change, variant = 'body2' } = props;
  const theme = useTheme();
  const t = useSoloTrekT();
  const better = changeIsBetter(metric, change);
  if (change === null || change === undefined) {
    return (
      <Typography variant={variant} component="span" color="textSecondary">
        {t('changeText.none')}
      </Typography>
    );
  }
  let color = theme.palette.text.secondary;
  if (better === true) color = theme.palette.success.main;
  if (better === false) color = theme.palette.error.main;
  let word: string = t('changeText.unchanged');
  if (better === true) word = t('changeText.better');
  if (better === false) word = t('changeText.worse');
  const Icon = change > 0 ? ArrowUpwardIcon : ArrowDownwardIcon;
  return (
    <Typography
      variant={variant}
      component="span"
      style={{
        color,
        display: 'inline-flex',
        alignItems: 'center',
        gap: 2,
        fontWeight: 600,
      }}
    >
      {change !== 0 && <Icon fontSize="inherit" aria-hidden />}
      {t('changeText.change', { change: formatChange(change), word })}
    </Typography>
  );
}
