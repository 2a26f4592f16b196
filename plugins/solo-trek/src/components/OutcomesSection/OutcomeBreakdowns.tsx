import { useState } from 'react';
import LinearProgress from '@material-ui/core/LinearProgress';
import MenuItem from '@material-ui/core/MenuItem';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Progress } from '@backstage/core-components';
import {
  OutcomeGroupSummary,
  OutcomeMetric,
  OutcomesReport,
} from '@internal/plugin-solo-trek-common';
import { formatNumber } from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { SearchField } from '../shared/SearchField';
import { Pager, useKeepPageInRange } from '../shared/Pager';
import { ChangeText } from './ChangeText';
import { formatOutcome } from './outcomeFormat';
import { useOutcomeTeams } from './useOutcomes';
import { useUniqueId } from '../../lib/useUniqueId';
import { useSearchPaging } from '../../lib/useSearchPaging';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

export const OUTCOME_TEAMS_PAGE_SIZE = 10;

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    margin: theme.spacing(1, 0),
  },
  select: { minWidth: 220 },
  loading: { minHeight: 4 },
  table: { overflowX: 'auto' },
}));

type Row = OutcomeGroupSummary & { key: string; name: string };

/** One side's median (before or after the move), with how many services it is over. */
function MedianCell(props: {
  side?: { median: number | null; services: number };
  fmt: (v: number | null) => string;
}) {
  const { side, fmt } = props;
  const t = useSoloTrekT();
  return (
    <TableCell align="right">
      {side ? fmt(side.median) : '—'}
      {side && side.services > 0 && (
        <Typography variant="caption" color="textSecondary" component="div">
          {t('perspectiveTiles.services', {
            count: side.services,
            n: formatNumber(side.services, 0),
          })}
        </Typography>
      )}
    </TableCell>
  );
}

/** A table of groups (tracks or teams) for one metric and the pulse. */
function GroupTable(props: {
  caption: string;
  groupLabel: string;
  rows: Row[];
  metric: OutcomeMetric;
  report: OutcomesReport;
}) {
  const { caption, groupLabel, rows, metric, report } = props;
  const classes = useStyles();
  const t = useSoloTrekT();
  const fmt = (v: number | null) =>
    formatOutcome(v, metric, report.rateDays, t);
  return (
    <div className={classes.table}>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            <TableCell>{groupLabel}</TableCell>
            <TableCell align="right">
              {t('outcomeBreakdowns.services')}
            </TableCell>
            <TableCell align="right">
              {t('outcomeBreakdowns.on', { platform: report.from })}
            </TableCell>
            <TableCell align="right">
              {t('outcomeBreakdowns.on', { platform: report.to })}
            </TableCell>
            <TableCell align="right">
              {t('outcomeBreakdowns.withBoth')}
            </TableCell>
            <TableCell>{t('outcomeBreakdowns.change')}</TableCell>
            <TableCell align="right">
              {t('outcomeBreakdowns.satisfaction')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => {
            const s = row.metrics.find(m => m.metric === metric.id);
            const p = row.satisfaction;
            return (
              <TableRow key={row.key}>
                <TableCell component="th" scope="row">
                  {row.name}
                </TableCell>
                <TableCell align="right">{row.services}</TableCell>
                <MedianCell side={s?.before} fmt={fmt} />
                <MedianCell side={s?.after} fmt={fmt} />
                <TableCell align="right">{s?.paired.services ?? 0}</TableCell>
                <TableCell>
                  {s && s.paired.services > 0 ? (
                    <ChangeText
                      metric={metric}
                      change={s.paired.changePercent}
                    />
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell align="right">
                  {p.mean !== null
                    ? t('outcomeBreakdowns.score', {
                        score: formatNumber(p.mean, 1),
                      })
                    : t('perspectiveTiles.answers', {
                        count: p.responses,
                        n: formatNumber(p.responses, 0),
                      })}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** Teams, a page at a time, of the teams the user may read. */
function TeamBreakdown(props: {
  migrationId: string;
  metric: OutcomeMetric;
  report: OutcomesReport;
}) {
  const { migrationId, metric, report } = props;
  const classes = useStyles();
  const { text, setText, q, page, setPage } = useSearchPaging();
  const searchId = useUniqueId('solo-trek-outcome-teams-search');
  const t = useSoloTrekT();
  const state = useOutcomeTeams(migrationId, {
    limit: OUTCOME_TEAMS_PAGE_SIZE,
    offset: page * OUTCOME_TEAMS_PAGE_SIZE,
    q: q || undefined,
  });
  useKeepPageInRange({
    page,
    setPage,
    pageSize: OUTCOME_TEAMS_PAGE_SIZE,
    result: state.value && {
      total: state.value.total,
      rows: state.value.items.length,
    },
  });
  return (
    <>
      <div className={classes.toolbar}>
        <SearchField
          id={searchId}
          label={t('searchField.searchTeams')}
          value={text}
          onChange={setText}
        />
      </div>
      <div className={classes.loading}>
        {state.loading && <LinearProgress />}
      </div>
      {state.error && <ErrorState error={state.error} onRetry={state.retry} />}
      {!state.value && !state.error && <Progress />}
      {state.value && state.value.total === 0 && (
        <Typography variant="body2" color="textSecondary">
          {q
            ? t('outcomeBreakdowns.noMatch', { q })
            : t('outcomeBreakdowns.noTeams')}
        </Typography>
      )}
      {state.value && state.value.total > 0 && (
        <>
          <GroupTable
            caption={t('outcomeBreakdowns.byTeamCaption', {
              metric: metric.title,
            })}
            groupLabel={t('outcomeBreakdowns.team')}
            rows={state.value.items.map(team => ({
              ...team,
              key: team.team,
              name: team.title,
            }))}
            metric={metric}
            report={report}
          />
          <Pager
            label={t('outcomeBreakdowns.pages')}
            total={state.value.total}
            page={page}
            pageSize={OUTCOME_TEAMS_PAGE_SIZE}
            onPageChange={setPage}
          />
        </>
      )}
    </>
  );
}

/** Per-track and per-team breakdowns of one metric, chosen by the user. */
export function OutcomeBreakdowns(props: { report: OutcomesReport }) {
  const { report } = props;
  const classes = useStyles();
  const withData = report.metrics.filter(m =>
    report.overall.metrics.some(
      s => s.metric === m.id && (s.before.services > 0 || s.after.services > 0),
    ),
  );
  const choices = withData.length ? withData : report.metrics;
  const [metricId, setMetricId] = useState(choices[0]?.id);
  const id = useUniqueId('solo-trek-outcome-metric');
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const metric = choices.find(m => m.id === metricId) ?? choices[0];
  if (!metric) return null;
  return (
    <>
      <div className={classes.toolbar}>
        <TextField
          select
          id={id}
          className={classes.select}
          label={t('outcomeBreakdowns.metric')}
          value={metric.id}
          onChange={e => setMetricId(e.target.value)}
        >
          {choices.map(m => (
            <MenuItem key={m.id} value={m.id}>
              {m.title}
            </MenuItem>
          ))}
        </TextField>
      </div>
      <Typography variant="subtitle2" component="h4" gutterBottom>
        {t('outcomeBreakdowns.byTrack')}
      </Typography>
      <GroupTable
        caption={t('outcomeBreakdowns.byTrackCaption', {
          metric: metric.title,
        })}
        groupLabel={t('outcomeBreakdowns.track')}
        rows={report.byTrack.map(track => ({
          ...track,
          key: track.track,
          name: labels.track(track.track),
        }))}
        metric={metric}
        report={report}
      />
      <Typography
        variant="subtitle2"
        component="h4"
        style={{ marginTop: 24 }}
        gutterBottom
      >
        {t('outcomeBreakdowns.byTeam')}
      </Typography>
      <TeamBreakdown
        migrationId={report.migrationId}
        metric={metric}
        report={report}
      />
    </>
  );
}
