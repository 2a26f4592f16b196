import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { useApi } from '@backstage/core-plugin-api';
import { EntityPulse } from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { useAction } from '../../lib/useAction';
import { useNotify } from '../../lib/useNotify';
import { useUniqueId } from '../../lib/useUniqueId';
import { useScoreLabels } from '../OutcomesSection/SatisfactionBars';
import { useSoloTrekT } from '../../translation';

const useStyles = makeStyles(theme => ({
  root: {
    padding: theme.spacing(1.5),
    margin: theme.spacing(1, 0),
    borderLeft: `4px solid ${theme.palette.primary.main}`,
  },
  scores: { flexWrap: 'wrap', margin: theme.spacing(1, 0) },
  score: { textTransform: 'none', flexDirection: 'column', lineHeight: 1.2 },
  actions: {
    display: 'flex',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
}));

/**
 * The one-question pulse on the card, for the service's owners once it is
 * open: a score from 1 to 5 and an optional comment. Each person answers
 * once and may change the answer; results are shown per team and overall.
 */
export function PulsePrompt(props: {
  migrationId: string;
  entityRef: string;
  pulse: EntityPulse;
  onAnswered: (pulse: EntityPulse) => void;
}) {
  const { migrationId, entityRef, pulse, onAnswered } = props;
  const classes = useStyles();
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const id = useUniqueId('solo-trek-pulse');
  const scoreLabels = useScoreLabels();
  const t = useSoloTrekT();
  const [editing, setEditing] = useState(!pulse.answer);
  const [score, setScore] = useState<number | null>(
    pulse.answer?.score ?? null,
  );
  const [comment, setComment] = useState(pulse.answer?.comment ?? '');
  const action = useAction();

  if (!editing && pulse.answer) {
    return (
      <Typography variant="body2" color="textSecondary" component="p">
        {t('pulsePrompt.yours', {
          score: String(pulse.answer.score),
          label: scoreLabels[pulse.answer.score - 1],
        })}{' '}
        <Button size="small" color="primary" onClick={() => setEditing(true)}>
          {t('pulsePrompt.change')}
        </Button>
      </Typography>
    );
  }

  const submit = () =>
    action.run(async () => {
      const next = await api.answerPulse(migrationId, entityRef, {
        score: score!,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      notify(t('pulsePrompt.thanks'));
      setEditing(false);
      onAnswered(next);
    });

  return (
    <Paper
      className={classes.root}
      variant="outlined"
      component="section"
      aria-labelledby={`${id}-question`}
    >
      <Typography id={`${id}-question`} variant="subtitle2" component="h3">
        {pulse.question}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        {t('pulsePrompt.explained')}
      </Typography>
      <ToggleButtonGroup
        className={classes.scores}
        exclusive
        size="small"
        value={score}
        onChange={(_e, next: number | null) => setScore(next)}
        aria-labelledby={`${id}-question`}
      >
        {scoreLabels.map((label, i) => (
          <ToggleButton
            key={label}
            value={i + 1}
            className={classes.score}
            aria-label={`${i + 1}: ${label}`}
          >
            <strong>{i + 1}</strong>
            <Box component="span" fontSize="0.7rem">
              {label}
            </Box>
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <TextField
        id={`${id}-comment`}
        label={t('pulsePrompt.comment')}
        helperText={t('pulsePrompt.commentHelp')}
        fullWidth
        multiline
        minRows={2}
        value={comment}
        onChange={e => setComment(e.target.value.slice(0, 2000))}
      />
      {action.message && (
        <Alert severity="error" style={{ marginTop: 8 }}>
          {action.message}
        </Alert>
      )}
      <div className={classes.actions}>
        <Button
          variant="contained"
          color="primary"
          size="small"
          disabled={score === null || action.busy}
          onClick={submit}
        >
          {pulse.answer ? t('pulsePrompt.save') : t('pulsePrompt.send')}
        </Button>
        {pulse.answer && (
          <Button size="small" onClick={() => setEditing(false)}>
            {t('formDialog.cancel')}
          </Button>
        )}
      </div>
    </Paper>
  );
}
