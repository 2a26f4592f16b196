import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  AdoptionFigures,
  AdoptionReport,
} from '@internal/plugin-solo-trek-common';
import { formatPercent } from '../../lib/format';
import { useSoloTrekT } from '../../translation';
import { useSoloTrekLabels } from '../../lib/labels';

const NOWRAP = { whiteSpace: 'nowrap', paddingLeft: 8 } as const;

/** One track or wave: services done, adoption and compliant adoption. */
function GroupRow(props: { label: string; group: AdoptionFigures }) {
  const { label, group } = props;
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        {label}
      </TableCell>
      <TableCell align="right" style={NOWRAP}>
        {group.done}/{group.total}
      </TableCell>
      <TableCell align="right" style={NOWRAP}>
        {formatPercent(group.adoption)}
      </TableCell>
      <TableCell align="right" style={NOWRAP}>
        {formatPercent(group.compliantAdoption)}
      </TableCell>
    </TableRow>
  );
}

/**
 * Adoption per track. The Caravan's own progress is its wave completion,
 * shown apart (TrackProgressTiles, WavePlanCard), never merged into this.
 */
export function TracksAndWaves(props: { report: AdoptionReport }) {
  const { report } = props;
  const t = useSoloTrekT();
  const labels = useSoloTrekLabels();
  return (
    <Table size="small">
      <caption>{t('tracksAndWaves.caption')}</caption>
      <TableHead>
        <TableRow>
          <TableCell>{t('tracksAndWaves.group')}</TableCell>
          <TableCell align="right" style={NOWRAP}>
            {t('tracksAndWaves.done')}
          </TableCell>
          <TableCell align="right" style={NOWRAP}>
            {t('tracksAndWaves.adoption')}
          </TableCell>
          <TableCell align="right" style={NOWRAP}>
            {t('tracksAndWaves.compliant')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {report.byTrack.map(group => (
          <GroupRow
            key={group.track}
            label={t('tracksAndWaves.track', {
              track: labels.track(group.track),
            })}
            group={group}
          />
        ))}
      </TableBody>
    </Table>
  );
}
