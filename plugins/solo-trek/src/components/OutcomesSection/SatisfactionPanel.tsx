import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { OutcomesReport } from '@internal/plugin-solo-trek-common';
import { formatNumber, plural, TRACK_LABELS } from '../../lib/format';
import { PulseComments } from './PulseComments';
import { SatisfactionBars } from './SatisfactionBars';

/**
 * The satisfaction pulse as distributions, overall and per track (teams are
 * in the breakdown), and the comments for the platform team.
 */
export function SatisfactionPanel(props: { report: OutcomesReport }) {
  const { report } = props;
  const groups = [
    {
      key: 'overall',
      title: 'All services',
      summary: report.overall.satisfaction,
    },
    ...report.byTrack.map(t => ({
      key: t.track,
      title: TRACK_LABELS[t.track],
      summary: t.satisfaction,
    })),
  ];
  return (
    <Grid container spacing={3}>
      {groups.map(g => (
        <Grid item xs={12} sm={4} key={g.key}>
          <Typography variant="subtitle2" component="h4">
            {g.title}
          </Typography>
          {g.summary.distribution ? (
            <>
              <Typography variant="body2" component="p">
                {formatNumber(g.summary.mean ?? 0, 1)} / 5 from{' '}
                {plural(g.summary.responses, 'answer')} on{' '}
                {plural(g.summary.services, 'service')}
              </Typography>
              <SatisfactionBars
                distribution={g.summary.distribution}
                label={`Answers: ${g.title}`}
              />
            </>
          ) : (
            <Typography variant="body2" color="textSecondary" component="p">
              {plural(g.summary.responses, 'answer')}: scores show from{' '}
              {report.pulse.minGroupSize}.
            </Typography>
          )}
        </Grid>
      ))}
      <Grid item xs={12}>
        <Typography variant="subtitle2" component="h4">
          Comments
        </Typography>
        <PulseComments migrationId={report.migrationId} />
      </Grid>
    </Grid>
  );
}
