import { EntityMigrationCard } from '@internal/plugin-solo-trek-common';
import { useEntityWaiverRequests } from '../WaiverRequests';
import { CreedChecklist } from './CreedChecklist';

/**
 * The Creed checklist of the card, where owners ask for a waiver of an item
 * that fails, see their pending request or why it was denied, and the
 * platform team approves or denies it.
 */
export function CreedWithWaiverRequests(props: {
  card: EntityMigrationCard;
  onCardChange: (card: EntityMigrationCard) => void;
}) {
  const { card, onCardChange } = props;
  const requests = useEntityWaiverRequests(card, onCardChange);
  return (
    <>
      <CreedChecklist
        checks={card.checks}
        compliance={card.compliance}
        entityRef={card.entityRef}
        renderAction={requests.renderAction}
      />
      {requests.dialogs}
    </>
  );
}
