import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  EntityMigrationCard,
  MigrationInfo,
  TrackContract,
} from '@internal/plugin-solo-trek-common';
import { SafeLink } from '../../lib/safeLink';
import { formatWaveDates } from '../../lib/waves';
import { rootRouteRef } from '../../routes';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

const useStyles = makeStyles(theme => ({
  panel: {
    marginTop: theme.spacing(1),
    padding: theme.spacing(1, 1.5),
    borderLeft: `3px solid ${theme.palette.primary.main}`,
    background: theme.palette.background.default,
  },
  items: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 2),
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
}));

/** The dashboard's path where the app mounts it; undefined where it does not. */
function useDashboardPath(): string | undefined {
  try {
    // eslint-disable-next-line react-hooks/rules-of-hooks
    return useRouteRef(rootRouteRef)();
  } catch {
    return undefined;
  }
}

/**
 * The migration's "why" in a line, with the way to the dashboard, and what
 * the platform team offers this service's track: for the Solo Trek
 * self-service docs, a support channel and office hours; for the Caravan
 * its wave's dates, the plan and the liaison.
 */
export function TrackContractPanel(props: {
  migration: MigrationInfo;
  card: EntityMigrationCard;
}) {
  const { migration, card } = props;
  const classes = useStyles();
  const dashboard = useDashboardPath();
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const contract: TrackContract | undefined =
    card.track === 'caravan'
      ? migration.tracks?.caravan
      : migration.tracks?.soloTrek;
  const caravan = card.track === 'caravan';
  const items = [
    caravan && card.waveDetail && (
      <li key="wave">
        {card.waveDetail.title}:{' '}
        {formatWaveDates(
          card.waveDetail.plannedStart,
          card.waveDetail.plannedEnd,
          t,
        )}
      </li>
    ),
    contract?.docsUrl && (
      <li key="docs">
        <SafeLink url={contract.docsUrl}>
          {caravan
            ? t('trackContractPanel.caravanPlan')
            : t('trackContractPanel.selfServiceDocs')}
        </SafeLink>
      </li>
    ),
    contract?.supportChannelUrl && (
      <li key="support">
        <SafeLink url={contract.supportChannelUrl}>
          {t('trackContractPanel.supportChannel')}
        </SafeLink>
      </li>
    ),
    contract?.officeHours && (
      <li key="hours">
        {t('trackContractPanel.officeHours', { hours: contract.officeHours })}
      </li>
    ),
    contract?.liaison && (
      <li key="liaison">
        {t('trackContractPanel.liaison', {
          liaison: <EntityRefLink entityRef={contract.liaison} />,
        })}
      </li>
    ),
  ].filter(Boolean);

  return (
    <Box
      className={classes.panel}
      component="section"
      aria-label={t('trackContractPanel.section')}
    >
      {migration.description && (
        <Typography variant="body2" paragraph>
          <strong>{t('trackContractPanel.why')}</strong> {migration.description}{' '}
          {dashboard && (
            <Link to={dashboard}>{t('trackContractPanel.dashboard')}</Link>
          )}
        </Typography>
      )}
      <Typography variant="subtitle2" component="h4">
        {caravan
          ? t('trackContractPanel.caravanTitle')
          : t('trackContractPanel.soloTitle', {
              track: labels.track(card.track),
            })}
      </Typography>
      {items.length > 0 ? (
        <ul className={classes.items}>{items}</ul>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {t('trackContractPanel.noSupport')}
        </Typography>
      )}
    </Box>
  );
}
