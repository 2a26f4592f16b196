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
      text={{
        title: 'Add a waiver',
        description: (
          <>
            A waiver lets a service miss a <em>should</em> item of the Creed for
            a limited time, with a written reason. Must items can't be waived.
          </>
        ),
        submitLabel: 'Add waiver',
        busyLabel: 'Saving…',
        creedHelp: 'Only waivable items that fail or are unknown.',
        reasonProblem: 'Say why the service may skip this item for now.',
        reasonHelp: 'Visible to everyone who opens the service.',
        expiryLabel: 'Expires on',
        expiryHelp: 'The waiver stops counting at the end of this day (UTC).',
      }}
      send={async form =>
        onCreated(
          await api.createWaiver(card.migrationId, card.entityRef, form),
        )
      }
    />
  );
}
