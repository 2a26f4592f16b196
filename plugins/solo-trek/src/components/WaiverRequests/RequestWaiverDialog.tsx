import { useApi } from '@backstage/core-plugin-api';
import {
  EntityMigrationCard,
  WaiverRequestInfo,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { WaiverFormDialog } from '../shared/WaiverFormDialog';
import { waivableChecks } from '../EntitySoloTrekContent/AddWaiverDialog';

/**
 * An owner asks the platform team for a waiver: which item, why, and until
 * when. Only waivable items that fail or are unknown, and that have no
 * pending request, can be chosen.
 */
export function RequestWaiverDialog(props: {
  open: boolean;
  onClose: () => void;
  card: EntityMigrationCard;
  /** Items with a pending request already; they cannot be asked for twice. */
  pending: ReadonlySet<string>;
  /** Pre-selects this item, e.g. the one whose "Request a waiver" was clicked. */
  creedId?: string;
  onRequested: (request: WaiverRequestInfo) => void;
}) {
  const { open, onClose, card, pending, onRequested } = props;
  const api = useApi(soloTrekApiRef);
  return (
    <WaiverFormDialog
      open={open}
      onClose={onClose}
      idPrefix="solo-trek-waiver-request"
      options={waivableChecks(card).filter(c => !pending.has(c.id))}
      creedId={props.creedId}
      // The API refuses a request reason under 3 characters (openapi.yaml, minLength: 3).
      minReason={3}
      messages="requestWaiverDialog"
      send={async form =>
        onRequested(
          await api.requestWaiver(card.migrationId, card.entityRef, form),
        )
      }
    />
  );
}
