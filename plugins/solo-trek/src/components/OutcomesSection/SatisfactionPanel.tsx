import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { OutcomesReport } from '@internal/plugin-solo-trek-common';
import { formatNumber } from '../../lib/format';
import { PulseComments } from './PulseComments';
import { SatisfactionBars } from './SatisfactionBars';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

/**
 * The satisfaction pulse as distributions, overall and per track (teams are
 * in the breakdown), and the comments for the platform team.
 */
export function SatisfactionPanel(props: { report: OutcomesReport }) {
  const { report } = props;
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  const answers = (n: number) =>
    t('perspectiveTiles.answers', { count: n, n: formatNumber(n, 0) });
  const services = (n: number) =>
    t('perspectiveTiles.services', { count: n, n: formatNumber(n, 0) });
  const groups = [
    {
      key: 'overall',
      title: t('satisfactionPanel.all'),
      summary: report.overall.satisfaction,
    },
    ...report.byTrack.map(track => ({
      key: track.track,
      title: labels.track(track.track),
      summary: track.satisfaction,
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
                {t('satisfactionPanel.summary', {
                  score: formatNumber(g.summary.mean ?? 0, 1),
                  answers: answers(g.summary.responses),
                  services: services(g.summary.services),
                })}
              </Typography>
              <SatisfactionBars
                distribution={g.summary.distribution}
                label={t('satisfactionPanel.answers', { group: g.title })}
              />
            </>
          ) : (
            <Typography variant="body2" color="textSecondary" component="p">
              {t('satisfactionPanel.tooFew', {
                answers: answers(g.summary.responses),
                n: String(report.pulse.minGroupSize),
              })}
            </Typography>
          )}
        </Grid>
      ))}
      <Grid item xs={12}>
        <Typography variant="subtitle2" component="h4">
          {t('satisfactionPanel.comments')}
        </Typography>
        <PulseComments migrationId={report.migrationId} />
      </Grid>
    </Grid>
  );
}
