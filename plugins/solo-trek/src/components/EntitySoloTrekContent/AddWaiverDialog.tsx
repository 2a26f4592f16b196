import { useApi } from '@backstage/core-plugin-api';
import {
  CheckInfo,
  EntityMigrationCard,
  WaiverInfo,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { WaiverFormDialog } from '../shared/WaiverFormDialog';

/** Creed items that may be waived now: waivable, failing or unknown, not already waived. */
export function waivableChecks(card: EntityMigrationCard): CheckInfo[] {
  return card.checks.filter(
    c =>
      c.waivable &&
      (c.status === 'fail' || c.status === 'unknown') &&
      !card.waivers.some(w => w.creedId === c.id),
  );
}

export function AddWaiverDialog(props: {
  open: boolean;
  onClose: () => void;
  card: EntityMigrationCard;
  onCreated: (waiver: WaiverInfo) => void;
}) {
  const { open, onClose, card, onCreated } = props;
  const api = useApi(soloTrekApiRef);
  return (
    <WaiverFormDialog
      open={open}
      onClose={onClose}
      idPrefix="solo-trek-waiver"
      options={waivableChecks(card)}
      minReason={1}
      messages="addWaiverDialog"
      send={async form =>
        onCreated(
          await api.createWaiver(card.migrationId, card.entityRef, form),
        )
      }
    />
  );
}
