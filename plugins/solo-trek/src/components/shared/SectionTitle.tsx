import { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';

/**
 * The title of a part of a card or dialog (an h3), spaced from what is
 * above it unless it comes first.
 */
export function SectionTitle(props: { children: ReactNode; first?: boolean }) {
  return (
    <Typography
      variant="subtitle2"
      component="h3"
      style={props.first ? undefined : { marginTop: 16 }}
    >
      {props.children}
    </Typography>
  );
}
