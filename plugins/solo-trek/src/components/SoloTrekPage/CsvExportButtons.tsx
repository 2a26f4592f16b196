import { useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import { makeStyles } from '@material-ui/core/styles';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useApi } from '@backstage/core-plugin-api';
import { useNotify } from '../../lib/useNotify';
import { soloTrekApiRef, SoloTrekCsvReport } from '../../api';
import { errorMessage } from '../../lib/errors';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  root: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) },
}));

const LABELS = {
  adoption: 'csvExportButtons.adoption',
  'long-tail': 'csvExportButtons.longTail',
  outcomes: 'csvExportButtons.outcomes',
  'decommission-tail': 'csvExportButtons.decommissionTail',
} as const;

/** The header's exports; the outcomes section has its own button. */
const HEADER_REPORTS: SoloTrekCsvReport[] = ['adoption', 'long-tail'];

/** Downloads through the fetch API, so the request carries the user's token. */
export function CsvExportButtons(props: {
  migrationId: string;
  reports?: SoloTrekCsvReport[];
}) {
  const { migrationId, reports = HEADER_REPORTS } = props;
  const classes = useStyles();
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const t = useSoloTrekT();
  const [busy, setBusy] = useState<SoloTrekCsvReport | undefined>();

  const download = async (report: SoloTrekCsvReport) => {
    setBusy(report);
    try {
      await api.downloadCsv(migrationId, report);
    } catch (error) {
      notify(
        t('csvExportButtons.failed', {
          report: t(LABELS[report]),
          error: errorMessage(error),
        }),
        'error',
      );
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className={classes.root}>
      {reports.map(report => (
        <Button
          key={report}
          variant="outlined"
          size="small"
          onClick={() => download(report)}
          disabled={Boolean(busy)}
          startIcon={
            busy === report ? (
              <CircularProgress size={14} aria-hidden />
            ) : (
              <GetAppIcon aria-hidden />
            )
          }
        >
          {t(LABELS[report])}
        </Button>
      ))}
    </div>
  );
}
