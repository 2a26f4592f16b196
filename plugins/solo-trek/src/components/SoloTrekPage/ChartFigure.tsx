import { ReactNode, useState } from 'react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { useUniqueId } from '../../lib/useUniqueId';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  figure: { margin: 0 },
  chart: { width: '100%' },
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
  table: { marginTop: theme.spacing(1), overflowX: 'auto' },
}));

/**
 * A chart with words: the chart is an image with a text summary for
 * assistive technology, and everyone can switch to the numbers as a table.
 */
export function ChartFigure(props: {
  /** What the chart shows, as one sentence: read out for the chart image. */
  label: string;
  /** The gist, shown under the chart and linked as its description. */
  summary: ReactNode;
  /** The same data as a table. */
  table: ReactNode;
  height: number;
  children: ReactNode;
}) {
  const { label, summary, table, height, children } = props;
  const classes = useStyles();
  const id = useUniqueId('solo-trek-chart');
  const [showTable, setShowTable] = useState(false);
  const t = useSoloTrekT();
  return (
    <figure className={classes.figure} aria-labelledby={`${id}-summary`}>
      <div
        className={classes.chart}
        style={{ height }}
        role="img"
        aria-label={label}
        aria-describedby={`${id}-summary`}
      >
        {children}
      </div>
      <div className={classes.footer}>
        <Typography
          id={`${id}-summary`}
          variant="body2"
          color="textSecondary"
          component="figcaption"
        >
          {summary}
        </Typography>
        <Button
          size="small"
          onClick={() => setShowTable(v => !v)}
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
        >
          {showTable ? t('chartFigure.hideTable') : t('chartFigure.showTable')}
        </Button>
      </div>
      <Box id={`${id}-table`} className={classes.table} hidden={!showTable}>
        {showTable && table}
      </Box>
    </figure>
  );
}

/** A column of a chart's data table: numbers are right-aligned. */
export type ChartDataColumn<R> = {
  header: string;
  align?: 'right';
  cell: (row: R) => ReactNode;
};

/**
 * A chart's data as a table: one row per point, the first column naming the
 * row (a row header).
 */
export function ChartDataTable<R>(props: {
  caption: ReactNode;
  rows: R[];
  rowKey: (row: R) => string;
  columns: [ChartDataColumn<R>, ...ChartDataColumn<R>[]];
}) {
  const [first, ...rest] = props.columns;
  return (
    <Table size="small">
      <caption>{props.caption}</caption>
      <TableHead>
        <TableRow>
          {props.columns.map(column => (
            <TableCell key={column.header} align={column.align}>
              {column.header}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map(row => (
          <TableRow key={props.rowKey(row)}>
            <TableCell component="th" scope="row" align={first.align}>
              {first.cell(row)}
            </TableCell>
            {rest.map(column => (
              <TableCell key={column.header} align={column.align}>
                {column.cell(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The tooltip box of a chart, in the theme's colours. */
export function useChartTooltipStyle() {
  const theme = useTheme();
  return {
    background: theme.palette.background.paper,
    borderColor: theme.palette.divider,
    color: theme.palette.text.primary,
  };
}
