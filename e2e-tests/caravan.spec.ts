import { expect, test } from '@playwright/test';
import { demoComponents } from './demo';
import {
  evidence,
  guestToken,
  signIn,
  visit,
  waitForFullScan,
} from './helpers';

/*
 * Issue 16: the platform team plans a Caravan wave in the dashboard, adds a
 * service and sees a dependency warning. The guest is Ada Lovelace
 * (app-config.e2e.yaml), a member of the platform team.
 *
 * The service is the demo's crown jewel waiting for a wave (marked high
 * criticality and complexity outright, no wave yet, not live): it depends on
 * a Solo Trek service its team has not moved, so the plan warns that it
 * would move first.
 */
const waiting = demoComponents().find(
  c =>
    c.type === 'service' &&
    c.annotations['solo-trek.io/criticality'] === 'high' &&
    c.annotations['solo-trek.io/complexity'] === 'high' &&
    !c.annotations['solo-trek.io/wave'] &&
    !c.annotations['nimbus.io/cluster'],
);
if (!waiting) {
  throw new Error('The demo catalog has no Caravan service waiting for a wave');
}
const WAVE = 'Shakeout cruise';
const day = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.beforeAll(async ({ request }) => {
  await waitForFullScan(request);
});

test.afterAll(async ({ request }) => {
  // Later scenarios start from the demo's own plan.
  const token = await guestToken(request);
  await request.delete(
    'http://localhost:7007/api/solo-trek/migrations/nimbus/waves/shakeout-cruise',
    { headers: { Authorization: `Bearer ${token}` } },
  );
});

test('the platform team plans a wave, adds a service and sees its dependency warning', async ({
  page,
}) => {
  await signIn(page);
  await visit(page, '/solo-trek');

  // The demo's plan: wave 1 is past its planned end.
  const plan = page.getByRole('table', { name: 'Wave plan' });
  await expect(plan).toContainText('Wave 1 · logistics core');
  await expect(
    plan.getByRole('row').filter({ hasText: 'Wave 1' }).first(),
  ).toContainText('Late');
  await expect(
    page.getByRole('region', { name: 'Caravan wave completion' }),
  ).toContainText('late');

  // Plan a wave that moves first.
  await page.getByRole('button', { name: 'Plan a wave' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a wave' });
  await dialog.getByLabel('Title').fill(WAVE);
  await expect(dialog.getByLabel('Id')).toHaveValue('shakeout-cruise');
  await dialog.getByLabel('Order').fill('0');
  await dialog.getByLabel('Planned start').fill(day(7));
  await dialog.getByLabel('Planned end').fill(day(35));
  await dialog.getByRole('button', { name: 'Plan wave' }).click();
  await expect(dialog).toBeHidden();
  const row = plan.getByRole('row').filter({ hasText: WAVE });
  await expect(row).toContainText('On schedule');
  await expect(row).toContainText('0/0');

  // Add the waiting crown jewel to it.
  await row.getByRole('button', { name: `Add a service to ${WAVE}` }).click();
  const add = page.getByRole('dialog', { name: `Add a service to ${WAVE}` });
  await add.getByLabel('Service').click();
  await page
    .getByRole('option', { name: new RegExp(`^${waiting.name} `) })
    .click();
  await add.getByRole('button', { name: 'Add to wave' }).click();
  await expect(add).toBeHidden();
  await expect(row).toContainText('0/1');

  // The plan warns: it depends on a Solo Trek service not yet migrated.
  const warnings = page.getByLabel(`Dependency warnings of ${WAVE}`);
  await expect(warnings).toContainText(`${waiting.name} depends on`);
  await expect(warnings).toContainText('a Solo Trek service not yet migrated');
  await evidence(page, 'caravan-01-wave-planned-with-warning');

  // The service's card shows its wave, with its dates and the same warning.
  await visit(page, `/catalog/default/component/${waiting.name}`);
  await expect(page.getByText(new RegExp(`^${WAVE} · `)).first()).toBeVisible();
  await expect(
    page.getByText(/a Solo Trek service not yet migrated/).first(),
  ).toBeVisible();
  await evidence(page, 'caravan-02-card-shows-the-wave');
});
