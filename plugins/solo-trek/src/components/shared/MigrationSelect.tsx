import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { MigrationInfo } from '@internal/plugin-solo-trek-common';
import { useUniqueId } from '../../lib/useUniqueId';
import { useSoloTrekT } from '../../translation';

/** A migration picker, rendered only when there is more than one migration. */
export function MigrationSelect(props: {
  migrations: MigrationInfo[];
  value: string | undefined;
  onChange: (migrationId: string) => void;
  className?: string;
}) {
  const { migrations, value, onChange, className } = props;
  const id = useUniqueId('solo-trek-migration');
  const t = useSoloTrekT();
  if (migrations.length < 2) {
    return null;
  }
  return (
    <FormControl
      variant="outlined"
      size="small"
      className={className}
      style={{ minWidth: 240 }}
    >
      <InputLabel id={`${id}-label`}>{t('migrationSelect.label')}</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={`${id}-select`}
        label={t('migrationSelect.label')}
        value={value ?? ''}
        onChange={event => onChange(event.target.value as string)}
      >
        {migrations.map(m => (
          <MenuItem key={m.id} value={m.id}>
            {m.title}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
