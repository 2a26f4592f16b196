import { useApi } from '@backstage/core-plugin-api';
import {
  CheckInfo,
  EntityMigrationCard,
  WaiverInfo,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { WaiverFormDialog } from '../shared/WaiverFormDialog';
import { useSoloTrekT } from '../../translation';

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
  const t = useSoloTrekT();
  return (
    <WaiverFormDialog
      open={open}
      onClose={onClose}
      idPrefix="solo-trek-waiver"
      options={waivableChecks(card)}
      minReason={1}
      text={{
        title: t('addWaiverDialog.title'),
        description: t('addWaiverDialog.description', {
          should: <em>{t('addWaiverDialog.should')}</em>,
        }),
        submitLabel: t('addWaiverDialog.submit'),
        busyLabel: t('formDialog.saving'),
        creedHelp: t('addWaiverDialog.creedHelp'),
        reasonProblem: t('addWaiverDialog.reasonProblem'),
        reasonHelp: t('addWaiverDialog.reasonHelp'),
        expiryLabel: t('addWaiverDialog.expiryLabel'),
        expiryHelp: t('addWaiverDialog.expiryHelp'),
      }}
      send={async form =>
        onCreated(
          await api.createWaiver(card.migrationId, card.entityRef, form),
        )
      }
    />
  );
}
