import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { scaffolderTemplateRouteRef } from '../../routes';
import { CheckRemediation } from './CheckRemediation';

const remediation = {
  text: 'Add the scrape annotation',
  url: 'https://example.com/golden-path/metrics',
  template: 'template:default/add-prometheus-metrics',
};

describe('CheckRemediation', () => {
  it('opens the Creed item’s template with the service filled in', async () => {
    await renderInTestApp(
      <CheckRemediation
        remediation={remediation}
        entityRef="component:default/ledger-service"
      />,
      {
        mountedRoutes: {
          '/create/templates/:namespace/:templateName':
            scaffolderTemplateRouteRef,
        },
      },
    );
    const button = screen.getByRole('button', { name: /Fix with a template/ });
    expect(button).toHaveAttribute(
      'href',
      `/create/templates/default/add-prometheus-metrics?formData=${encodeURIComponent(
        '{"entityRef":"component:default/ledger-service"}',
      )}`,
    );
    // The text and the golden-path link stay.
    expect(
      screen.getByRole('link', { name: /Add the scrape annotation/ }),
    ).toHaveAttribute('href', 'https://example.com/golden-path/metrics');
  });

  it('shows no button where the app has no scaffolder', async () => {
    await renderInTestApp(
      <CheckRemediation
        remediation={remediation}
        entityRef="component:default/ledger-service"
      />,
    );
    expect(screen.getByText(/Add the scrape annotation/)).toBeInTheDocument();
    expect(screen.queryByText('Fix with a template')).not.toBeInTheDocument();
  });

  it('shows no button for an item without a template, or without the service', async () => {
    await renderInTestApp(
      <>
        <CheckRemediation
          remediation={{ text: 'Add a runbook link' }}
          entityRef="component:default/ledger-service"
        />
        <CheckRemediation remediation={remediation} />
      </>,
      {
        mountedRoutes: {
          '/create/templates/:namespace/:templateName':
            scaffolderTemplateRouteRef,
        },
      },
    );
    expect(screen.getByText(/Add a runbook link/)).toBeInTheDocument();
    expect(screen.queryByText('Fix with a template')).not.toBeInTheDocument();
  });
});
