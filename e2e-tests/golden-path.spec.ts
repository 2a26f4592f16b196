import { expect, Page, test } from '@playwright/test';
import { pickService } from './demo';
import {
  evidence,
  guestToken,
  signIn,
  visit,
  waitForFullScan,
} from './helpers';

/*
 * The golden path: the guest (Ada Lovelace of the Platform Team,
 * app-config.e2e.yaml) starts migrating a service her team owns from the
 * Create page, through the real scaffolder and Solo Trek's actions, and the
 * card shows the new stage. The service is put back afterwards, so the
 * other scenarios find it as the demo catalog has it.
 */
test.describe.configure({ mode: 'serial' });

const API = 'http://localhost:7007/api/solo-trek/migrations/nimbus';
// The Platform Team's one service not yet live.
const own = pickService(
  c =>
    c.owner === 'group:default/platform-team' &&
    !c.annotations['nimbus.io/cluster'],
);
// A service that fails the prometheus-metrics item, whose remediation names
// the add-prometheus-metrics template.
const unscraped = pickService(
  c => c.annotations['prometheus.io/scrape'] !== 'true',
);

async function stageOf(page: Page, name: string): Promise<string> {
  const token = await guestToken(page.request);
  const res = await page.request.get(
    `${API}/entities/component/default/${name}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(res.ok()).toBe(true);
  return (await res.json()).stage;
}

test.beforeAll(async ({ request }) => {
  await waitForFullScan(request);
});

test.afterAll(async ({ request }) => {
  const token = await guestToken(request);
  await request.post(`${API}/entities/component/default/${own.name}/stage`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { stage: 'not-started', note: 'Reset after the golden-path test' },
  });
});

test('the owner starts migrating a service from the Create page and the card shows it', async ({
  page,
}) => {
  await signIn(page);
  expect(await stageOf(page, own.name)).toBe('not-started');

  // The catalog ingests the templates after the backend starts; it accepts
  // the Template kind only with the scaffolder's entity model module.
  const token = await guestToken(page.request);
  await expect
    .poll(
      async () =>
        (
          await page.request.get(
            'http://localhost:7007/api/catalog/entities/by-name/template/default/start-migration',
            { headers: { Authorization: `Bearer ${token}` } },
          )
        ).status(),
      {
        message:
          'template:default/start-migration is not in the catalog (is @backstage/plugin-catalog-backend-module-scaffolder-entity-model installed in the backend?)',
        timeout: 120_000,
      },
    )
    .toBe(200);

  await visit(page, '/create');
  const choose = page
    .getByRole('button', { name: 'Choose' })
    .or(page.getByRole('link', { name: 'Choose' }));
  // The innermost element holding the template's title and its button.
  const card = page
    .locator('div')
    .filter({
      has: page.getByText('Start migrating a service', { exact: true }),
    })
    .filter({ has: choose })
    .last();
  await expect(card).toBeVisible();
  await evidence(page, 'golden-00-create-page');
  await card
    .getByRole('button', { name: 'Choose' })
    .or(card.getByRole('link', { name: 'Choose' }))
    .click();

  // Only the services Ada's teams own are offered.
  // The picker's label names both its text box and its open list.
  const picker = page.getByRole('textbox', { name: 'Service' });
  await picker.click();
  await picker.fill(own.name);
  await page.getByRole('option', { name: new RegExp(own.name) }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await evidence(page, 'golden-01-review');
  await page.getByRole('button', { name: 'Create' }).click();

  // The task runs the Creed check and sets the stage as Ada.
  const migrationTab = page.getByRole('link', {
    name: 'Open the Migration tab',
  });
  await expect(migrationTab).toBeVisible({ timeout: 60_000 });
  await evidence(page, 'golden-02-task');

  await migrationTab.click();
  const history = page.getByRole('list', { name: 'Stage history' });
  await expect(history).toContainText('Started from the golden path');
  await expect(history).toContainText('user:default/ada.lovelace');

  await visit(page, `/catalog/default/component/${own.name}`);
  await expect(page.getByTestId('current-stage')).toContainText('Planning');
  await evidence(page, 'golden-03-card');
  expect(await stageOf(page, own.name)).toBe('planning');
});

test('"Fix with a template" opens the Creed item\'s template with the service filled in', async ({
  page,
}) => {
  await signIn(page);
  await visit(page, `/catalog/default/component/${unscraped.name}`);
  const item = page
    .getByRole('listitem')
    .filter({ hasText: 'Emits Prometheus metrics' });
  const fix = item.getByRole('button', { name: 'Fix with a template' });
  await expect(fix).toHaveAttribute(
    'href',
    `/create/templates/default/add-prometheus-metrics?formData=${encodeURIComponent(
      JSON.stringify({ entityRef: `component:default/${unscraped.name}` }),
    )}`,
  );
  await fix.click();
  await expect(page).toHaveURL(
    /\/create\/templates\/default\/add-prometheus-metrics\?formData=/,
  );
  await expect(page.getByText('Add Prometheus metrics').first()).toBeVisible();
  await evidence(page, 'golden-04-fix-with-template');
});
