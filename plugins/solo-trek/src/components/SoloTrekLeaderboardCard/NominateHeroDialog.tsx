import { useState } from 'react';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useApi } from '@backstage/core-plugin-api';
import { useNotify } from '../../lib/useNotify';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { HeroNomination } from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { NomineeOption, useNomineeSearch } from '../../hooks';
import { errorMessage, statusOf } from '../../lib/errors';
import { useUniqueId } from '../../lib/useUniqueId';
import {
  FormDialog,
  FormField,
  TextAreaField,
  useFormSubmit,
} from '../shared/FormDialog';
import { useSoloTrekT } from '../../translation';

/**
 * What is wrong with the nominee, named by its message in the
 * `nominateHeroDialog` group: nothing given, an entity that is neither a
 * group nor a user, or text that is no entity ref.
 */
export type NomineeProblem = 'nomineeMissing' | 'nomineeKind' | 'nomineeRef';

/**
 * Turns what the user typed or picked into a group or user entity ref. Plain
 * names are read as users (`jane` → `user:default/jane`).
 */
export function resolveNominee(
  input: string | NomineeOption | null,
  options: ReadonlyArray<Pick<NomineeOption, 'ref' | 'title'>>,
): { ref?: string; problem?: NomineeProblem } {
  if (!input) {
    return { problem: 'nomineeMissing' };
  }
  if (typeof input !== 'string') {
    return { ref: input.ref };
  }
  const text = input.trim();
  if (!text) {
    return { problem: 'nomineeMissing' };
  }
  const byTitle = options.find(
    t => t.title.toLocaleLowerCase() === text.toLocaleLowerCase(),
  );
  if (byTitle) {
    return { ref: byTitle.ref };
  }
  try {
    const ref = parseEntityRef(text, {
      defaultKind: 'user',
      defaultNamespace: 'default',
    });
    const kind = ref.kind.toLocaleLowerCase('en-US');
    if (kind !== 'user' && kind !== 'group') {
      return { problem: 'nomineeKind' };
    }
    return { ref: stringifyEntityRef({ ...ref, kind }) };
  } catch {
    return { problem: 'nomineeRef' };
  }
}

/** The backend takes a short reason: at most 280 characters. */
const REASON_MAX = 280;

export function NominateHeroDialog(props: {
  open: boolean;
  onClose: () => void;
  migrationId: string;
  monthLabel: string;
  onNominated: (nomination: HeroNomination) => void;
}) {
  const { open, onClose, migrationId, monthLabel, onNominated } = props;
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const id = useUniqueId('solo-trek-hero');
  const t = useSoloTrekT();
  const [nominee, setNominee] = useState<string | NomineeOption | null>(null);
  const [inputValue, setInputValue] = useState('');
  const [reason, setReason] = useState('');
  const { attempted, busy, error, message, submit } = useFormSubmit({
    open,
    onOpen: () => {
      setNominee(null);
      setInputValue('');
      setReason('');
    },
  });

  const search = useNomineeSearch(inputValue, open);
  const resolved = resolveNominee(nominee ?? inputValue, search.options);
  const reasonMissing = reason.trim() === '';
  let nomineeHelp: string = search.error
    ? t('nominateHeroDialog.searchFailed', {
        error: errorMessage(search.error),
      })
    : t('nominateHeroDialog.searchHelp');
  if (attempted && resolved.problem) {
    nomineeHelp = t(`nominateHeroDialog.${resolved.problem}`);
  } else if (!nominee && search.pending && !inputValue.includes(':')) {
    // A name may be a team's title: say who it is once the catalog answers.
    nomineeHelp = t('nominateHeroDialog.searching');
  } else if (resolved.ref) {
    nomineeHelp = t('nominateHeroDialog.nominating', { ref: resolved.ref });
  }

  /**
   * What the nominee resolves to now. Typed text is matched against the
   * catalog's answer for exactly that text, even when the user submits
   * before the debounced search has caught up.
   */
  const resolveNow = async () => {
    if (nominee || !search.pending) {
      return resolved;
    }
    const options = await search.search(inputValue).catch(() => []);
    return resolveNominee(inputValue, options);
  };

  const onSubmit = () =>
    submit(Boolean(resolved.ref) && !reasonMissing, async () => {
      const target = await resolveNow();
      if (!target.ref) {
        return;
      }
      const nomination = await api.nominateHero(migrationId, {
        nominee: target.ref,
        reason: reason.trim(),
      });
      notify(t('nominateHeroDialog.thanks'), 'success');
      onNominated(nomination);
      onClose();
    });

  const alreadyNominated = statusOf(error) === 409;
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      id={id}
      title={t('nominateHeroDialog.title')}
      description={t('nominateHeroDialog.description', { month: monthLabel })}
      error={
        alreadyNominated ? t('nominateHeroDialog.alreadyNominated') : message
      }
      errorSeverity={alreadyNominated ? 'info' : 'error'}
      busy={busy}
      attempted={attempted}
      submitLabel={t('nominateHeroDialog.submit')}
      onSubmit={onSubmit}
    >
      <Autocomplete<NomineeOption, false, false, true>
        freeSolo
        id={`${id}-nominee`}
        options={search.options}
        // The catalog has already filtered them.
        filterOptions={options => options}
        groupBy={option =>
          option.kind === 'group'
            ? t('nominateHeroDialog.teams')
            : t('nominateHeroDialog.people')
        }
        loading={search.pending}
        loadingText={t('nominateHeroDialog.searching')}
        value={nominee}
        onChange={(_e, value) => setNominee(value)}
        inputValue={inputValue}
        onInputChange={(_e, value, why) => {
          setInputValue(value);
          if (why === 'input') setNominee(null);
        }}
        getOptionSelected={(option, value) => option.ref === value.ref}
        getOptionLabel={option =>
          typeof option === 'string' ? option : option.title
        }
        renderOption={option => (
          <div>
            <Typography variant="body2">{option.title}</Typography>
            <Typography variant="caption" color="textSecondary">
              {option.ref}
            </Typography>
          </div>
        )}
        renderInput={params => (
          <FormField
            {...params}
            required
            label={t('nominateHeroDialog.nominee')}
            error={attempted && Boolean(resolved.problem)}
            helperText={nomineeHelp}
          />
        )}
      />
      <TextAreaField
        required
        maxLength={REASON_MAX}
        id={`${id}-reason`}
        label={t('nominateHeroDialog.why')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        problem={reasonMissing && t('nominateHeroDialog.whyProblem')}
        helperText={t('nominateHeroDialog.whyHelp', {
          length: String(reason.length),
          max: String(REASON_MAX),
        })}
      />
    </FormDialog>
  );
}
