import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { AdoptionReport } from '@internal/plugin-solo-trek-common';
import { formatPercent, TRACK_LABELS } from '../../lib/format';

const NOWRAP = { whiteSpace: 'nowrap', paddingLeft: 8 } as const;

/** Adoption per track and per caravan wave. */
export function TracksAndWaves(props: { report: AdoptionReport }) {
  const { report } = props;
  const waves = [...report.byWave].sort((a, b) => {
    if (a.wave === null) return 1;
    if (b.wave === null) return -1;
    return a.wave.localeCompare(b.wave, undefined, { numeric: true });
  });
  return (
    <Table size="small">
      <caption>Adoption per track and caravan wave</caption>
      <TableHead>
        <TableRow>
          <TableCell>Group</TableCell>
          <TableCell align="right" style={NOWRAP}>
            Done
          </TableCell>
          <TableCell align="right" style={NOWRAP}>
            Adoption
          </TableCell>
          <TableCell align="right" style={NOWRAP}>
            Compliant
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {report.byTrack.map(t => (
          <TableRow key={t.track}>
            <TableCell component="th" scope="row">
              {TRACK_LABELS[t.track]} track
            </TableCell>
            <TableCell align="right" style={NOWRAP}>
              {t.done}/{t.total}
            </TableCell>
            <TableCell align="right" style={NOWRAP}>
              {formatPercent(t.adoption)}
            </TableCell>
            <TableCell align="right" style={NOWRAP}>
              {formatPercent(t.compliantAdoption)}
            </TableCell>
          </TableRow>
        ))}
        {waves.map(w => (
          <TableRow key={w.wave ?? 'none'}>
            <TableCell component="th" scope="row">
              {w.wave ? `Wave ${w.wave}` : 'Caravan, no wave yet'}
            </TableCell>
            <TableCell align="right" style={NOWRAP}>
              {w.done}/{w.total}
            </TableCell>
            <TableCell align="right" style={NOWRAP}>
              {formatPercent(w.adoption)}
            </TableCell>
            <TableCell align="right" style={NOWRAP}>
              {formatPercent(w.compliantAdoption)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
