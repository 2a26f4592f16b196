import { renderInTestApp } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { screen } from '@testing-library/react';
import { ErrorState } from './ErrorState';

describe('ErrorState', () => {
  it('says plainly when the backend cannot be reached', async () => {
    await renderInTestApp(
      <ErrorState
        error={new TypeError('Failed to fetch')}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByText("Can't reach Solo Trek")).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Try again' }),
    ).toBeInTheDocument();
  });

  it("shows the server's message for other errors", async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          name: 'InputError',
          message: 'limit must be between 1 and 1000',
        },
      }),
      {
        status: 400,
        statusText: 'Bad Request',
        headers: { 'Content-Type': 'application/json' },
      },
    );
    await renderInTestApp(
      <ErrorState error={await ResponseError.fromResponse(response)} />,
    );
    expect(
      screen.getAllByText(/limit must be between 1 and 1000/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText("Can't reach Solo Trek")).not.toBeInTheDocument();
  });
});
