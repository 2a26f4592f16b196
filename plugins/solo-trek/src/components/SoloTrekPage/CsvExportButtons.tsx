import { useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import { makeStyles } from '@material-ui/core/styles';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useApi } from '@backstage/core-plugin-api';
import { useNotify } from '../../lib/useNotify';
import { soloTrekApiRef, SoloTrekCsvReport } from '../../api';
import { errorMessage } from '../../lib/errors';

const useStyles = makeStyles(theme => ({
  root: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) },
}));

const LABELS: Record<SoloTrekCsvReport, string> = {
  adoption: 'Adoption by team (CSV)',
  'long-tail': 'Long tail (CSV)',
  outcomes: 'Outcomes (CSV)',
  'decommission-tail': 'Decommission tail (CSV)',
};

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
  const [busy, setBusy] = useState<SoloTrekCsvReport | undefined>();

  const download = async (report: SoloTrekCsvReport) => {
    setBusy(report);
    try {
      await api.downloadCsv(migrationId, report);
    } catch (error) {
      notify(
        `Could not download ${LABELS[report]}: ${errorMessage(error)}`,
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
          {LABELS[report]}
        </Button>
      ))}
    </div>
  );
}
