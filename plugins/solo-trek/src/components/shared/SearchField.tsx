import InputAdornment from '@material-ui/core/InputAdornment';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import SearchIcon from '@material-ui/icons/Search';

const useStyles = makeStyles({
  search: { flex: 1, minWidth: 200 },
});

/** The server's search queries take at most 100 characters. */
const MAX_SEARCH = 100;

/** A search box for a server-side list, as wide as its toolbar allows. */
export function SearchField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const classes = useStyles();
  return (
    <TextField
      id={props.id}
      type="search"
      label={props.label}
      variant="outlined"
      size="small"
      className={classes.search}
      value={props.value}
      onChange={event => props.onChange(event.target.value)}
      inputProps={{ maxLength: MAX_SEARCH }}
      InputProps={{
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon aria-hidden />
          </InputAdornment>
        ),
      }}
    />
  );
}
