import { useState } from 'react';
import { MigrationInfo } from '@internal/plugin-solo-trek-common';

/** The migration the user picked, defaulting to the first one. */
export function useSelectedMigration(migrations: MigrationInfo[] | undefined) {
  const [picked, setPicked] = useState<string | undefined>();
  const selected =
    migrations?.find(m => m.id === picked) ?? migrations?.[0] ?? undefined;
  return [selected, setPicked] as const;
}
