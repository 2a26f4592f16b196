import { ComponentType, ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import { SvgIconProps } from '@material-ui/core/SvgIcon';
import { makeStyles, Theme } from '@material-ui/core/styles';

const useStyles = makeStyles<Theme, { color: string; nowrap: boolean }>(
  theme => ({
    root: ({ color, nowrap }) => ({
      display: 'inline-flex',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      color,
      fontWeight: theme.typography.fontWeightBold as number,
      ...(nowrap ? { whiteSpace: 'nowrap' as const } : {}),
    }),
  }),
);

/**
 * A status as an icon and words, bold in the status's colour, so it never
 * relies on colour alone. `data-*` attributes go to the element.
 */
export function StatusText(props: {
  color: string;
  icon: ComponentType<SvgIconProps>;
  nowrap?: boolean;
  children: ReactNode;
  [data: `data-${string}`]: string;
}) {
  const { color, icon: Icon, nowrap = false, children, ...data } = props;
  const classes = useStyles({ color, nowrap });
  return (
    <Typography
      component="span"
      variant="body2"
      className={classes.root}
      {...data}
    >
      <Icon fontSize="small" aria-hidden />
      {children}
    </Typography>
  );
}
