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
      text={{
        title: 'Request a waiver',
        description: (
          <>
            Ask the platform team to let this service miss a <em>should</em>{' '}
            item of the Creed for a while. They approve it (perhaps for a
            shorter time) or say why not; you are notified either way. Must
            items can't be waived.
          </>
        ),
        submitLabel: 'Send request',
        busyLabel: 'Sending…',
        creedHelp:
          'Waivable items that fail or are unknown, without a pending request.',
        reasonProblem: 'Say why the service needs more time for this item.',
        reasonHelp:
          'The platform team reads it; once granted, everyone who opens the service does.',
        expiryLabel: 'Needed until',
        expiryHelp:
          'The waiver would stop counting at the end of this day (UTC).',
      }}
      send={async form =>
        onRequested(
          await api.requestWaiver(card.migrationId, card.entityRef, form),
        )
      }
    />
  );
}
