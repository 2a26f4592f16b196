import { useState } from 'react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { parseEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import { soloTrekPulseCommentsReadPermission } from '@internal/plugin-solo-trek-common';
import { formatMonth } from '../../lib/format';
import { ErrorState } from '../shared/ErrorState';
import { Pager } from '../shared/Pager';
import { useScoreLabels } from './SatisfactionBars';
import { usePulseComments } from './useOutcomes';
import { useSoloTrekT } from '../../translation';

const PAGE_SIZE = 10;

/**
 * The pulse's comments, for the platform team only: the score, the words
 * and the month, and the team only where enough of its people answered.
 * Never who wrote them.
 */
export function PulseComments(props: { migrationId: string }) {
  const { migrationId } = props;
  const { allowed, loading } = usePermission({
    permission: soloTrekPulseCommentsReadPermission,
  });
  const [page, setPage] = useState(0);
  const t = useSoloTrekT();
  const scoreLabels = useScoreLabels();
  const state = usePulseComments(migrationId, allowed, {
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  });
  if (loading) return null;
  if (!allowed) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('pulseComments.notAllowed')}
      </Typography>
    );
  }
  if (state.error) {
    return <ErrorState error={state.error} onRetry={state.retry} />;
  }
  if (!state.value) return <Progress />;
  if (state.value.total === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('pulseComments.none')}
      </Typography>
    );
  }
  return (
    <>
      <List dense aria-label={t('pulseComments.list')}>
        {state.value.items.map((c, i) => (
          <ListItem key={`${page}-${i}`} divider disableGutters>
            <ListItemText
              primary={t('pulseComments.comment', { comment: c.comment })}
              secondary={t('pulseComments.meta', {
                score: String(c.score),
                label: scoreLabels[c.score - 1],
                team: c.team
                  ? parseEntityRef(c.team).name
                  : t('pulseComments.fewAnswers'),
                month: formatMonth(c.month),
              })}
            />
          </ListItem>
        ))}
      </List>
      <Pager
        label={t('pulseComments.pages')}
        total={state.value.total}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
