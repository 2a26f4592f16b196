import { ReactNode, useCallback, useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField, { OutlinedTextFieldProps } from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { useAction } from '../../lib/useAction';

/** The spacing between a form dialog's fields and its progress mark. */
export const useFormDialogStyles = makeStyles(theme => ({
  field: { marginTop: theme.spacing(2) },
  progress: { marginRight: theme.spacing(1) },
}));

/**
 * The state of a form dialog: `attempted` once the user has tried to submit
 * (fields show their errors from then on), and the request's `busy` and
 * `error`. `reset` when the dialog opens.
 */
export function useFormSubmit() {
  const { busy, error, message, run, clearError } = useAction();
  const [attempted, setAttempted] = useState(false);

  const reset = useCallback(() => {
    setAttempted(false);
    clearError();
  }, [clearError]);

  /** Sends `action` when the form is `ready`; otherwise only shows the field errors. */
  const submit = useCallback(
    (ready: boolean, action: () => Promise<void>) => {
      setAttempted(true);
      clearError();
      if (ready) {
        run(action);
      }
    },
    [clearError, run],
  );

  return { attempted, busy, error, message, reset, submit };
}

/** A field of a form dialog: outlined, full width, spaced from the one above. */
export function FormField(
  props: Omit<OutlinedTextFieldProps, 'variant'> & {
    /** What to fix: marks the field and replaces its helper text. */
    problem?: string | false;
  },
) {
  const { problem, ...rest } = props;
  const classes = useFormDialogStyles();
  return (
    <TextField
      fullWidth
      variant="outlined"
      className={classes.field}
      {...rest}
      error={Boolean(problem) || rest.error}
      helperText={problem || rest.helperText}
    />
  );
}

/**
 * A dialog around a form: title, what it does, the error of the last submit,
 * the fields, and Cancel beside a submit button that shows when it is busy.
 * It can't be dismissed while a request runs.
 */
export function FormDialog(props: {
  open: boolean;
  onClose: () => void;
  /** Prefix of the dialog's element ids; the title is `${id}-title`. */
  id: string;
  /** The heading, which also names the dialog. */
  title: string;
  description: ReactNode;
  /** Why the last submit failed, shown above the fields. */
  error?: ReactNode;
  errorSeverity?: 'error' | 'info';
  busy: boolean;
  submitLabel: string;
  /** The submit button's words while busy; `submitLabel` by default. */
  busyLabel?: string;
  submitDisabled?: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const {
    open,
    onClose,
    id,
    busy,
    submitLabel,
    busyLabel = submitLabel,
  } = props;
  const classes = useFormDialogStyles();
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth="sm"
    >
      <form
        onSubmit={event => {
          event.preventDefault();
          props.onSubmit();
        }}
        noValidate
      >
        <DialogTitle id={`${id}-title`}>{props.title}</DialogTitle>
        <DialogContent>
          <DialogContentText>{props.description}</DialogContentText>
          {props.error && (
            <Alert severity={props.errorSeverity ?? 'error'} role="alert">
              {props.error}
            </Alert>
          )}
          {props.children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy || props.submitDisabled}
          >
            {busy && (
              <CircularProgress
                size={16}
                className={classes.progress}
                aria-hidden
              />
            )}
            {busy ? busyLabel : submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
