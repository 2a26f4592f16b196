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
    notify(`Waiver added for ${titleOf(waiver.creedId)}`, 'success');
    await reload().catch(() => undefined);
  };

  const confirmRemove = async () => {
    if (!removing) return;
    await remove.run(async () => {
      await api.deleteWaiver(card.migrationId, card.entityRef, removing.id);
      notify(`Waiver removed for ${titleOf(removing.creedId)}`, 'success');
      setRemoving(undefined);
      await reload().catch(() => undefined);
    });
  };

  const requestButton =
    !canManage && requests.canRequest ? (
      <AddButton
        label="Request a waiver"
        onClick={() => requests.ask()}
        unavailable={
          askable.length === 0 &&
          'No waivable Creed item is failing or unknown without a pending request.'
        }
      />
    ) : undefined;

  const addButton = canManage ? (
    <AddButton
      label="Add waiver"
      onClick={() => setAdding(true)}
      unavailable={
        eligible.length === 0 &&
        'No waivable Creed item is failing or unknown right now.'
      }
    />
  ) : undefined;

  return (
    <InfoCard title="Waivers" action={addButton ?? requestButton}>
      {card.waivers.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No active waivers. Every Creed item counts as it is evaluated.
        </Typography>
      ) : (
        <List dense aria-label="Active waivers">
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
                        Expires {formatDate(waiver.expiresAt, { utc: true })} (
                        {formatRelative(waiver.expiresAt)})
                      </Typography>
                    </Tooltip>
                    <Typography
                      variant="caption"
                      component="span"
                      display="block"
                      style={{ wordBreak: 'break-word' }}
                    >
                      Granted by {waiver.createdBy}{' '}
                      {formatRelative(waiver.createdAt)}
                    </Typography>
                  </>
                }
                secondaryTypographyProps={{ component: 'div' }}
              />
              {canManage && (
                <ListItemSecondaryAction>
                  <Tooltip title="Remove waiver">
                    <IconButton
                      edge="end"
                      aria-label={`Remove waiver for ${titleOf(
                        waiver.creedId,
                      )}`}
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
          <Typography
            variant="subtitle2"
            component="h3"
            style={{ marginTop: 16 }}
          >
            Waiver requests
          </Typography>
          <WaiverRequestList
            {...requests.actions}
            requests={requests.requests}
            label="Waiver requests"
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
          Remove waiver?
        </DialogTitle>
        <DialogContent>
          {remove.message && (
            <Alert severity="error" role="alert">
              {remove.message}
            </Alert>
          )}
          <DialogContentText>
            {removing &&
              `${titleOf(
                removing.creedId,
              )} will count as evaluated again, starting now.`}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRemoving(undefined)} disabled={remove.busy}>
            Cancel
          </Button>
          <Button
            color="secondary"
            variant="contained"
            onClick={confirmRemove}
            disabled={remove.busy}
          >
            Remove waiver
          </Button>
        </DialogActions>
      </Dialog>
    </InfoCard>
  );
}
