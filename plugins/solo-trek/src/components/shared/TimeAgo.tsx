import { CSSProperties, ReactNode } from 'react';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { formatDateTime, formatRelative } from '../../lib/format';
import { useSoloTrekT } from '../../translation';

/** A caption such as "Checked 3 minutes ago", with the exact time on hover. */
export function TimeAgo(props: {
  at: string;
  /** The words before how long ago. */
  children: ReactNode;
  component?: 'p' | 'span';
  style?: CSSProperties;
}) {
  const { at, children, component, style } = props;
  const t = useSoloTrekT();
  return (
    <Tooltip title={formatDateTime(at)}>
      <Typography
        variant="caption"
        color="textSecondary"
        component={component ?? 'span'}
        style={style}
      >
        {children} {formatRelative(at, t)}
      </Typography>
    </Tooltip>
  );
}
