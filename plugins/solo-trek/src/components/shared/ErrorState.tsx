import { EmptyState, ResponseErrorPanel } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import { errorMessage, isForbidden, isNetworkError } from '../../lib/errors';

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
  const retry = onRetry ? (
    <Button variant="outlined" color="primary" onClick={onRetry}>
      Try again
    </Button>
  ) : undefined;
  if (isForbidden(error)) {
    return (
      <EmptyState
        missing="info"
        title="You don't have access to this"
        description={errorMessage(error)}
      />
    );
  }
  if (isNetworkError(error)) {
    return (
      <EmptyState
        missing="data"
        title="Can't reach Solo Trek"
        description="The Solo Trek backend did not answer. It may be restarting; try again in a moment."
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
