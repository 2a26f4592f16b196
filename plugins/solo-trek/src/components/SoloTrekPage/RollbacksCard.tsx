import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { InfoCard, Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  RollbackMonth,
  RollbackReport,
} from '@internal/plugin-solo-trek-common';
import { usePagedCaravanList } from '../../hooks';
import {
  formatDate,
  formatMonth,
  formatNumber,
  formatRelative,
} from '../../lib/format';
import { SafeLink } from '../../lib/safeLink';
import { ErrorState } from '../shared/ErrorState';
import { Pager } from '../shared/Pager';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

const PAGE_SIZE = 5;
/** Months the bars show: the last year. */
const MONTHS = 12;

/** One bar a month, its count written beside it. */
function MonthBars(props: { months: RollbackMonth[] }) {
  const theme = useTheme();
  const t = useSoloTrekT();
  const months = props.months.slice(-MONTHS);
  const max = Math.max(1, ...months.map(m => m.count));
  return (
    <Box
      component="table"
      width="100%"
      aria-label={t('rollbacksCard.perMonth')}
    >
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>{t('rollbacksCard.month')}</th>
          <th style={{ textAlign: 'left', width: '70%' }}>
            {t('rollbacksCard.rollbacks')}
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map(m => (
          <tr key={m.month}>
            <td>
              <Typography variant="body2">{formatMonth(m.month)}</Typography>
            </td>
            <td>
              <Box display="flex" alignItems="center" gridGap={8}>
                <Box
                  height={10}
                  width={`${(m.count / max) * 80}%`}
                  minWidth={m.count ? 4 : 0}
                  bgcolor={theme.palette.secondary.main}
                  aria-hidden
                />
                <Typography variant="body2">{m.count}</Typography>
              </Box>
            </td>
          </tr>
        ))}
      </tbody>
    </Box>
  );
}

/**
 * Rollbacks, to learn from rather than hide: how many a month, and the
 * latest with who moved each back, why, the go-live it undid and its
 * post-mortem.
 */
export function RollbacksCard(props: { migrationId: string }) {
  const { state, page, pageSize, setPage } = usePagedCaravanList(
    props.migrationId,
    (api, id, query) => api.getRollbacks(id, query),
    PAGE_SIZE,
  );
  const report: RollbackReport | undefined = state.value;
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  let body;
  if (state.error) {
    body = <ErrorState error={state.error} onRetry={state.retry} />;
  } else if (!report) {
    body = <Progress />;
  } else {
    const total = report.byMonth.reduce((n, m) => n + m.count, 0);
    body = (
      <>
        <Typography variant="body2" paragraph>
          {total === 0
            ? t('rollbacksCard.none')
            : t('rollbacksCard.total', {
                count: total,
                n: formatNumber(total, 0),
              })}
        </Typography>
        <MonthBars months={report.byMonth} />
        {report.items.length > 0 && (
          <List dense aria-label={t('rollbacksCard.latest')}>
            {report.items.map(r => (
              <ListItem key={`${r.entityRef}-${r.at}`} disableGutters>
                <ListItemText
                  primary={
                    <>
                      <EntityRefLink entityRef={r.entityRef}>
                        {r.title ?? r.entityRef.split('/').pop()}
                      </EntityRefLink>{' '}
                      {labels.stage(r.fromStage)} → {labels.stage(r.toStage)},{' '}
                      {formatRelative(r.at, t)}
                      {r.actor ? t('rollbacksCard.by', { actor: r.actor }) : ''}
                    </>
                  }
                  secondary={
                    <>
                      {r.reason ?? t('rollbacksCard.noReason')}
                      {r.wentLiveAt
                        ? t('rollbacksCard.hadGoneLive', {
                            date: formatDate(r.wentLiveAt),
                          })
                        : ''}{' '}
                      {r.postMortemUrl ? (
                        <SafeLink url={r.postMortemUrl}>
                          {t('stageHistoryTimeline.postMortem')}
                        </SafeLink>
                      ) : (
                        t('stageHistoryTimeline.noPostMortem')
                      )}
                    </>
                  }
                />
              </ListItem>
            ))}
          </List>
        )}
        <Pager
          label={t('rollbacksCard.pages')}
          total={report.total}
          page={page}
          pageSize={pageSize}
          onPageChange={setPage}
        />
      </>
    );
  }
  return (
    <InfoCard
      title={t('rollbacksCard.title')}
      subheader={t('rollbacksCard.subheader')}
    >
      {body}
    </InfoCard>
  );
}
