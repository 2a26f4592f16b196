import { EmptyState, ResponseErrorPanel } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import { errorMessage, isForbidden, isNetworkError } from '../../lib/errors';
import { useSoloTrekT } from '../../translation';

/**
 * A failed request: a friendly "not allowed" state for 403s, the standard
 * error panel otherwise, with a retry button when one is given.
 */
export function ErrorState(props: {
  error: Error;
  title?: string;
  onRetry?: () => void;
}) {
  const { error, title, onRetry } = props;
  const t = useSoloTrekT();
  const retry = onRetry ? (
    <Button variant="outlined" color="primary" onClick={onRetry}>
      {t('errorState.retry')}
    </Button>
  ) : undefined;
  if (isForbidden(error)) {
    return (
      <EmptyState
        missing="info"
        title={t('errorState.forbiddenTitle')}
        description={errorMessage(error)}
      />
    );
  }
  if (isNetworkError(error)) {
    return (
      <EmptyState
        missing="data"
        title={t('errorState.unreachableTitle')}
        description={t('errorState.unreachableDescription')}
        action={retry}
      />
    );
  }
  return (
    <>
      <ResponseErrorPanel error={error} title={title} />
      {retry}
    </>
  );
}
