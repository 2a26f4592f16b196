import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import IconButton from '@material-ui/core/IconButton';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useNotify } from '../../lib/useNotify';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  soloTrekWaiverManagePermission,
  WaiverInfo,
} from '@internal/plugin-solo-trek-common';
import { soloTrekApiRef } from '../../api';
import { EntityCardProps } from '../../hooks';
import { formatDate, formatDateTime, formatRelative } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { AddWaiverDialog, waivableChecks } from './AddWaiverDialog';
import { useEntityWaiverRequests, WaiverRequestList } from '../WaiverRequests';
import { useSoloTrekT } from '../../translation';
import { SectionTitle } from '../shared/SectionTitle';

/** The card's action: disabled, with why in a tooltip, when `unavailable`. */
function AddButton(props: {
  label: string;
  onClick: () => void;
  unavailable: string | false;
}) {
  return (
    <Tooltip title={props.unavailable || ''}>
      <span>
        <Button
          size="small"
          color="primary"
          variant="outlined"
          startIcon={<AddIcon aria-hidden />}
          onClick={props.onClick}
          disabled={Boolean(props.unavailable)}
        >
          {props.label}
        </Button>
      </span>
    </Tooltip>
  );
}

/**
 * Active waivers of one service and its waiver requests: owners ask for a
 * waiver, the platform team approves or denies a request, adds and removes
 * waivers.
 */
export function WaiversCard(props: EntityCardProps) {
  const { card, onCardChange } = props;
  const api = useApi(soloTrekApiRef);
  const notify = useNotify();
  const t = useSoloTrekT();
  const { allowed: canManage } = usePermission({
    permission: soloTrekWaiverManagePermission,
  });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<WaiverInfo | undefined>();
  const remove = useAction();
  const requests = useEntityWaiverRequests(card, onCardChange);
  const askable = waivableChecks(card).filter(c => !requests.pending.has(c.id));

  const titleOf = (creedId: string) =>
    card.checks.find(c => c.id === creedId)?.title ?? creedId;
  const eligible = waivableChecks(card);

  const reload = async () => {
    onCardChange(await api.getEntityCard(card.migrationId, card.entityRef));
  };

  const onCreated = async (waiver: WaiverInfo) => {
    notify(
      t('waiversCard.added', { creed: titleOf(waiver.creedId) }),
      'success',
    );
    await reload().catch(() => undefined);
  };

  const confirmRemove = async () => {
    if (!removing) return;
    await remove.run(async () => {
      await api.deleteWaiver(card.migrationId, card.entityRef, removing.id);
      notify(
        t('waiversCard.removed', { creed: titleOf(removing.creedId) }),
        'success',
      );
      setRemoving(undefined);
      await reload().catch(() => undefined);
    });
  };

  const requestButton =
    !canManage && requests.canRequest ? (
      <AddButton
        label={t('waiversCard.request')}
        onClick={() => requests.ask()}
        unavailable={
          askable.length === 0 && t('waiversCard.requestUnavailable')
        }
      />
    ) : undefined;

  const addButton = canManage ? (
    <AddButton
      label={t('waiversCard.add')}
      onClick={() => setAdding(true)}
      unavailable={eligible.length === 0 && t('waiversCard.addUnavailable')}
    />
  ) : undefined;

  return (
    <InfoCard
      title={t('waiversCard.title')}
      action={addButton ?? requestButton}
    >
      {card.waivers.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('waiversCard.empty')}
        </Typography>
      ) : (
        <List dense aria-label={t('waiversCard.list')}>
          {card.waivers.map(waiver => (
            <ListItem key={waiver.id} divider>
              <ListItemText
                primary={titleOf(waiver.creedId)}
                secondary={
                  <>
                    <Typography
                      variant="body2"
                      component="span"
                      display="block"
                    >
                      {waiver.reason}
                    </Typography>
                    <Tooltip title={formatDateTime(waiver.expiresAt)}>
                      <Typography
                        variant="caption"
                        component="span"
                        display="block"
                      >
                        {t('waiversCard.expires', {
                          date: formatDate(waiver.expiresAt, { utc: true }),
                          when: formatRelative(waiver.expiresAt, t),
                        })}
                      </Typography>
                    </Tooltip>
                    <Typography
                      variant="caption"
                      component="span"
                      display="block"
                      style={{ wordBreak: 'break-word' }}
                    >
                      {t('waiversCard.grantedBy', {
                        by: waiver.createdBy,
                        when: formatRelative(waiver.createdAt, t),
                      })}
                    </Typography>
                  </>
                }
                secondaryTypographyProps={{ component: 'div' }}
              />
              {canManage && (
                <ListItemSecondaryAction>
                  <Tooltip title={t('waiversCard.remove')}>
                    <IconButton
                      edge="end"
                      aria-label={t('waiversCard.removeFor', {
                        creed: titleOf(waiver.creedId),
                      })}
                      onClick={() => {
                        remove.clearError();
                        setRemoving(waiver);
                      }}
                    >
                      <DeleteIcon />
                    </IconButton>
                  </Tooltip>
                </ListItemSecondaryAction>
              )}
            </ListItem>
          ))}
        </List>
      )}
      {requests.requests.length > 0 && (
        <>
          <SectionTitle>{t('waiversCard.requests')}</SectionTitle>
          <WaiverRequestList
            {...requests.actions}
            requests={requests.requests}
            label={t('waiversCard.requests')}
          />
        </>
      )}
      {requests.dialogs}
      {canManage && (
        <AddWaiverDialog
          open={adding}
          onClose={() => setAdding(false)}
          card={card}
          onCreated={onCreated}
        />
      )}
      <Dialog
        open={Boolean(removing)}
        onClose={remove.busy ? undefined : () => setRemoving(undefined)}
        aria-labelledby="solo-trek-remove-waiver-title"
      >
        <DialogTitle id="solo-trek-remove-waiver-title">
          {t('waiversCard.removeTitle')}
        </DialogTitle>
        <DialogContent>
          {remove.message && (
            <Alert severity="error" role="alert">
              {remove.message}
            </Alert>
          )}
          <DialogContentText>
            {removing &&
              t('waiversCard.removeDescription', {
                creed: titleOf(removing.creedId),
              })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRemoving(undefined)} disabled={remove.busy}>
            {t('formDialog.cancel')}
          </Button>
          <Button
            color="secondary"
            variant="contained"
            onClick={confirmRemove}
            disabled={remove.busy}
          >
            {t('waiversCard.remove')}
          </Button>
        </DialogActions>
      </Dialog>
    </InfoCard>
  );
}
