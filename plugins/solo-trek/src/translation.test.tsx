import { PropsWithChildren } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { render, screen } from '@testing-library/react';
import { createSpecializedApp } from '@backstage/core-app-api';
import { createApiFactory, errorApiRef } from '@backstage/core-plugin-api';
import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { MockErrorApi } from '@backstage/test-utils';
import { themes, UnifiedThemeProvider } from '@backstage/theme';
import { ErrorState } from './components/shared/ErrorState';
import { TimeAgo } from './components/shared/TimeAgo';
import { formatWaveDates } from './lib/waves';
import { soloTrekTranslationRef, useSoloTrekT } from './translation';

type AppOptions = Parameters<typeof createSpecializedApp>[0];

/**
 * A legacy app given an organisation's messages, the way the README tells
 * one to (`createApp` of app-defaults passes the same option through).
 */
function appWithMessages(messages: Record<string, string>) {
  const fail = () => {
    throw new Error('the test app failed to boot');
  };
  const app = createSpecializedApp({
    // The translation hook reports loading failures to the error API.
    apis: [createApiFactory(errorApiRef, new MockErrorApi())],
    configLoader: async () => [],
    components: {
      Progress: () => null,
      BootErrorPage: fail,
      NotFoundErrorPage: fail,
      ErrorBoundaryFallback: fail,
      Router: ({ children }: PropsWithChildren<{}>) => (
        <MemoryRouter>{children}</MemoryRouter>
      ),
    },
    // ErrorState shows no app icon.
    icons: {} as AppOptions['icons'],
    themes: [
      {
        id: 'light',
        title: 'Light',
        variant: 'light',
        Provider: ({ children }) => (
          <UnifiedThemeProvider theme={themes.light}>
            {children}
          </UnifiedThemeProvider>
        ),
      },
    ],
    __experimentalTranslations: {
      resources: [
        createTranslationMessages({ ref: soloTrekTranslationRef, messages }),
      ],
    },
  });
  const AppProvider = app.getProvider();
  const AppRouter = app.getRouter();
  return ({ children }: PropsWithChildren<{}>) => (
    <AppProvider>
      <AppRouter>{children}</AppRouter>
    </AppProvider>
  );
}

describe('soloTrekTranslationRef', () => {
  it("shows an organisation's message in place of the default, and the default elsewhere", async () => {
    const App = appWithMessages({
      'errorState.retry': 'Ask the backend again',
    });
    render(
      <App>
        <ErrorState
          error={new TypeError('Failed to fetch')}
          onRetry={() => {}}
        />
      </App>,
    );
    expect(
      await screen.findByRole('button', { name: 'Ask the backend again' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Try again' }),
    ).not.toBeInTheDocument();
    // Messages it did not override keep their English default.
    expect(screen.getByText("Can't reach Solo Trek")).toBeInTheDocument();
  });

  it('overrides the words of the format helpers too: relative times and wave dates', async () => {
    const App = appWithMessages({
      'format.justNow': 'a moment ago',
      'waves.noDates': 'Dates to be decided',
    });
    function WaveDates() {
      const t = useSoloTrekT();
      return <p>Wave 1: {formatWaveDates(null, null, t)}</p>;
    }
    render(
      <App>
        <TimeAgo at={new Date().toISOString()}>Checked</TimeAgo>
        <WaveDates />
      </App>,
    );
    expect(await screen.findByText('Checked a moment ago')).toBeInTheDocument();
    expect(screen.queryByText(/just now/)).not.toBeInTheDocument();
    expect(screen.getByText('Wave 1: Dates to be decided')).toBeInTheDocument();
  });
});
