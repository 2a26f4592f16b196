import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';
import MenuItem from '@material-ui/core/MenuItem';
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
import { useSoloTrekT } from '../../translation';

/** The spacing between a form dialog's fields and its progress mark. */
export const useFormDialogStyles = makeStyles(theme => ({
  field: { marginTop: theme.spacing(2) },
  progress: { marginRight: theme.spacing(1) },
}));

/**
 * Whether the user has tried to submit: fields show their problems from then
 * on. True outside a dialog that tracks it, where a problem shows at once.
 */
const AttemptedContext = createContext(true);

/**
 * The state of a form dialog: `attempted` once the user has tried to submit
 * (fields show their errors from then on), and the request's `busy` and
 * `error`. Each time the dialog opens (or `key` changes while open), the
 * fields are reset by `onOpen` and the submit state with them. With
 * `onClose`, a submit that succeeds closes the dialog. `dialog` holds the
 * props of the `FormDialog` that this state drives.
 */
export function useFormSubmit(opening?: {
  open: boolean;
  /** Resets the dialog's own fields. */
  onOpen: () => void;
  /** What else re-opens the form, e.g. another request to decide. */
  key?: unknown;
  onClose?: () => void;
}) {
  const { busy, error, message, run, clearError } = useAction();
  const [attempted, setAttempted] = useState(false);

  const reset = useCallback(() => {
    setAttempted(false);
    clearError();
  }, [clearError]);

  // The latest `onOpen`, so that only opening (not each render) resets.
  const onOpen = useRef(opening?.onOpen);
  onOpen.current = opening?.onOpen;
  const open = opening?.open ?? false;
  const key = opening?.key;
  useEffect(() => {
    if (open) {
      onOpen.current?.();
      reset();
    }
  }, [open, key, reset]);

  const close = opening?.onClose;
  /** Sends `action` when the form is `ready`; otherwise only shows the field errors. */
  const submit = useCallback(
    (ready: boolean, action: () => Promise<void>) => {
      setAttempted(true);
      clearError();
      if (ready) {
        run(async () => {
          await action();
          close?.();
        });
      }
    },
    [clearError, run, close],
  );

  const dialog = {
    open,
    busy,
    attempted,
    error: message,
    onClose: close ?? (() => {}),
  };
  return { attempted, busy, error, message, reset, submit, dialog };
}

/** A field of a form dialog: outlined, full width, spaced from the one above. */
export function FormField(
  props: Omit<OutlinedTextFieldProps, 'variant'> & {
    /** What to fix, once the user has tried to submit: marks the field and replaces its helper text. */
    problem?: string | false;
  },
) {
  const attempted = useContext(AttemptedContext);
  const { problem: fieldProblem, ...rest } = props;
  const problem = attempted && fieldProblem;
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

/** A free-text field of several lines, such as a reason or a note. */
export function TextAreaField(
  props: Parameters<typeof FormField>[0] & { maxLength?: number },
) {
  const { maxLength = 2000, ...rest } = props;
  return (
    <FormField multiline minRows={3} inputProps={{ maxLength }} {...rest} />
  );
}

/** A day field (yyyy-mm-dd), with its label kept above the browser's mask. */
export function DateField(
  props: Parameters<typeof FormField>[0] & { min?: string; max?: string },
) {
  const { min, max, ...rest } = props;
  return (
    <FormField
      type="date"
      InputLabelProps={{ shrink: true }}
      inputProps={{ min, max }}
      {...rest}
    />
  );
}

/** One choice of a `SelectField`. */
export type SelectOption = {
  value: string;
  label: ReactNode;
  disabled?: boolean;
};

/** A drop-down field over `options`; the `current` one says so. */
export function SelectField(
  props: Omit<Parameters<typeof FormField>[0], 'select' | 'children'> & {
    options: SelectOption[];
    current?: string;
  },
) {
  const { options, current, ...rest } = props;
  const t = useSoloTrekT();
  return (
    <FormField select {...rest}>
      {options.map(o => (
        <MenuItem key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
          {o.value === current ? t('formDialog.current') : ''}
        </MenuItem>
      ))}
    </FormField>
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
  /** Whether the user has tried to submit, so fields show their problems. */
  attempted?: boolean;
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
  const t = useSoloTrekT();
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
          <AttemptedContext.Provider value={props.attempted ?? true}>
            {props.children}
          </AttemptedContext.Provider>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('formDialog.cancel')}
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
