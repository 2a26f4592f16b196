import { useState } from 'react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  EntityOutcomes,
  MigrationInfo,
} from '@internal/plugin-solo-trek-common';
import { useSoloTrekApi } from '../../hooks';
import { formatDate } from '../../lib/format';
import { ChangeText } from '../OutcomesSection/ChangeText';
import { formatOutcome } from '../OutcomesSection/outcomeFormat';
import { PulsePrompt } from './PulsePrompt';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  root: { marginTop: theme.spacing(1.5) },
  cell: { padding: theme.spacing(0.5, 1, 0.5, 0), borderBottom: 'none' },
}));

/** The before/after numbers of one service. */
function Strip(props: { outcomes: EntityOutcomes; migration: MigrationInfo }) {
  const { outcomes, migration } = props;
  const classes = useStyles();
  const metrics = new Map(outcomes.metrics.map(m => [m.id, m]));
  const t = useSoloTrekT();
  return (
    <section aria-label={t('entityOutcomesStrip.section')}>
      <Typography variant="subtitle2" component="h3">
        {t('entityOutcomesStrip.title')}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        {outcomes.goLiveAt
          ? t('entityOutcomesStrip.live', {
              to: migration.to,
              date: formatDate(outcomes.goLiveAt, { utc: true }),
              days: String(outcomes.comparisonDays),
              from: migration.from,
            })
          : t('entityOutcomesStrip.notLive', {
              days: String(outcomes.comparisonDays),
              from: migration.from,
            })}
      </Typography>
      <Table size="small" aria-label={t('entityOutcomesStrip.table')}>
        <TableBody>
          {outcomes.values.map(v => {
            const metric = metrics.get(v.metric);
            if (!metric) return null;
            return (
              <TableRow key={v.metric}>
                <TableCell className={classes.cell} component="th" scope="row">
                  {metric.title}
                </TableCell>
                <TableCell className={classes.cell}>
                  {formatOutcome(v.before, metric, outcomes.rateDays, t)}
                  {' → '}
                  {formatOutcome(v.after, metric, outcomes.rateDays, t)}
                </TableCell>
                <TableCell className={classes.cell}>
                  {v.changePercent !== null && (
                    <ChangeText
                      metric={metric}
                      change={v.changePercent}
                      variant="caption"
                    />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}

/**
 * The card's outcomes: the pulse for the service's owners once it is open,
 * and the service's own numbers before and after its go-live. Nothing when
 * there is neither, and nothing on errors: the card's status comes first.
 */
export function EntityOutcomesStrip(props: {
  migration: MigrationInfo;
  entityRef: string;
}) {
  const { migration, entityRef } = props;
  const classes = useStyles();
  const state = useSoloTrekApi(
    api => api.getEntityOutcomes(migration.id, entityRef),
    [migration.id, entityRef],
  );
  const [answered, setAnswered] = useState<EntityOutcomes['pulse']>();
  if (!state.value) return null;
  const outcomes = state.value;
  const pulse = answered ?? outcomes.pulse;
  const ask = pulse.status === 'open' && pulse.canAnswer;
  if (!ask && outcomes.values.length === 0) return null;
  return (
    <div className={classes.root}>
      {ask && (
        <PulsePrompt
          migrationId={migration.id}
          entityRef={entityRef}
          pulse={pulse}
          onAnswered={setAnswered}
        />
      )}
      {outcomes.values.length > 0 && (
        <Strip outcomes={outcomes} migration={migration} />
      )}
    </div>
  );
}
