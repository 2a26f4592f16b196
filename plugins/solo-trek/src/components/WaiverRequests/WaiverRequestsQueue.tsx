import { useState } from 'react';
import Typography from '@material-ui/core/Typography';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { InfoCard, Progress } from '@backstage/core-components';
import { useSoloTrekApi } from '../../hooks';
import { ErrorState } from '../shared/ErrorState';
import { Pager, useKeepPageInRange } from '../shared/Pager';
import { useWaiverRequestDecisions } from './useWaiverRequestDecisions';
import { WaiverRequestList } from './WaiverRequestList';
import { useSoloTrekT } from '../../translation';

const PAGE_SIZE = 10;

type Shown = 'pending' | 'all';

/**
 * The platform team's queue on the dashboard: owners' waiver requests,
 * pending ones first (or every request), each with Approve and Deny.
 */
export function WaiverRequestsQueue(props: { migrationId: string }) {
  const { migrationId } = props;
  const [shown, setShown] = useState<Shown>('pending');
  const t = useSoloTrekT();
  const [page, setPage] = useState(0);
  const state = useSoloTrekApi(
    api =>
      api.getWaiverRequests(migrationId, {
        status: shown,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    [migrationId, shown, page],
  );
  const { actions, dialog } = useWaiverRequestDecisions(() => state.retry());
  useKeepPageInRange({
    page,
    setPage,
    pageSize: PAGE_SIZE,
    result: state.value && {
      total: state.value.total,
      rows: state.value.items.length,
    },
  });

  const toggle = (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={shown}
      onChange={(_e, next: Shown | null) => {
        if (next) {
          setShown(next);
          setPage(0);
        }
      }}
      aria-label={t('waiverRequestsQueue.shown')}
    >
      <ToggleButton
        value="pending"
        aria-label={t('waiverRequestsQueue.pending')}
      >
        {t('waiverRequestsQueue.pending')}
      </ToggleButton>
      <ToggleButton value="all" aria-label={t('waiverRequestsQueue.all')}>
        {t('waiverRequestsQueue.all')}
      </ToggleButton>
    </ToggleButtonGroup>
  );

  let body;
  if (state.error) {
    body = <ErrorState error={state.error} onRetry={state.retry} />;
  } else if (!state.value) {
    body = <Progress />;
  } else if (state.value.total === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {shown === 'pending'
          ? t('waiverRequestsQueue.emptyPending')
          : t('waiverRequestsQueue.empty')}
      </Typography>
    );
  } else {
    body = (
      <>
        <WaiverRequestList
          {...actions}
          requests={state.value.items}
          showService
          label={
            shown === 'pending'
              ? t('waiverRequestsQueue.pendingList')
              : t('waiverRequestsQueue.list')
          }
        />
        <Pager
          label={t('waiverRequestsQueue.pages')}
          total={state.value.total}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
        />
      </>
    );
  }

  return (
    <InfoCard
      title={t('waiverRequestsQueue.title')}
      subheader={
        state.value && shown === 'pending' && state.value.total > 0
          ? t('waiverRequestsQueue.waiting', {
              total: String(state.value.total),
            })
          : t('waiverRequestsQueue.subheader')
      }
      action={toggle}
    >
      <div aria-live="polite">{body}</div>
      {dialog}
    </InfoCard>
  );
}
