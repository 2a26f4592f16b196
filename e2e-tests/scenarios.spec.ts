import fs from 'node:fs';
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
 * The three kinds of user, against the real app, backend, catalog and
 * database. The guest is Ada Lovelace of the Platform Team (app-config.e2e.yaml).
 * Scenarios run in order and build on each other's state.
 */
test.describe.configure({ mode: 'serial' });

const API = 'http://localhost:7007/api/solo-trek/migrations/nimbus';
// The Platform Team's one service not yet live, failing the metrics probe.
const own = pickService(
  c =>
    c.owner === 'group:default/platform-team' &&
    !c.annotations['nimbus.io/cluster'],
);
// A Logistics service: not Ada's.
const other = pickService(c => c.owner === 'group:default/logistics');

test.beforeAll(async ({ request }) => {
  await waitForFullScan(request);
});

async function openService(page: Page, name: string) {
  await visit(page, `/catalog/default/component/${name}`);
  await expect(page.getByRole('heading', { name }).first()).toBeVisible();
}

test('1. a developer checks their service', async ({ page }) => {
  await signIn(page);
  await openService(page, own.name);
  await expect(page.getByTestId('current-stage')).toContainText('Not started');
  await expect(page.getByText(/days to sunset/i).first()).toBeVisible();
  const failing = page
    .getByRole('listitem')
    .filter({ hasText: 'Metrics endpoint answers in Prometheus format' });
  await expect(failing).toContainText('Fail');
  await expect(
    failing.getByRole('link', { name: /Serve Prometheus text/ }),
  ).toHaveAttribute('href', 'https://example.com/golden-path/metrics-endpoint');
  await evidence(page, '01-developer-card');
});

test('2. the owner moves the stage to migrated, and it shows everywhere', async ({
  page,
}) => {
  await signIn(page);
  await openService(page, own.name);
  await page.getByRole('button', { name: 'Update stage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update stage' });
  await dialog.getByLabel('New stage').click();
  await page.getByRole('option', { name: 'Migrated' }).click();
  await dialog.getByLabel(/^Note/).fill('Cut over to nimbus-eu-1 on Tuesday');
  await dialog.getByRole('button', { name: 'Save stage' }).click();
  await expect(dialog).toBeHidden();

  // After a reload, with no refresh of the backend: the card …
  await page.reload();
  await expect(page.getByTestId('current-stage')).toContainText('Migrated');
  await evidence(page, '02-owner-card');

  // … the history on the Migration tab …
  await page.getByRole('link', { name: 'Migration', exact: true }).click();
  const history = page.getByRole('list', { name: 'Stage history' });
  await expect(history).toContainText('Cut over to nimbus-eu-1 on Tuesday');
  await expect(history).toContainText('user:default/ada.lovelace');
  await evidence(page, '02-owner-history');

  // … and the leaderboard on the team's page.
  await visit(page, '/catalog/default/group/platform-team');
  const leaderboard = page
    .getByRole('table')
    .filter({ hasText: 'Platform Team' })
    .last();
  await expect(
    leaderboard.getByRole('row').filter({ hasText: 'Platform Team' }).first(),
  ).toContainText('5/5');
  await evidence(page, '02-owner-leaderboard');
});

test('3. a user who does not own the service cannot change it', async ({
  page,
}) => {
  await signIn(page);
  await openService(page, other.name);
  await expect(page.getByTestId('current-stage')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Update stage' })).toHaveCount(
    0,
  );
  await evidence(page, '03-non-owner-card');

  const token = await guestToken(page.request);
  const res = await page.request.post(
    `${API}/entities/component/default/${other.name}/stage`,
    {
      headers: { Authorization: `Bearer ${token}` },
      data: { stage: 'migrated' },
    },
  );
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toContain('only its owners can');
});

test('4. the platform team reads the dashboard', async ({ page }) => {
  await signIn(page);
  const token = await guestToken(page.request);
  const adoption = await (
    await page.request.get(`${API}/adoption`, {
      headers: { Authorization: `Bearer ${token}` },
    })
  ).json();
  await visit(page, '/solo-trek');
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  await expect(
    page.getByText('Adoption', { exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByText(percent(adoption.totals.adoption), { exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByText(`across ${adoption.teamCount} teams`).first(),
  ).toBeVisible();
  await expect(
    page
      .getByText(percent(adoption.totals.compliantAdoption), { exact: true })
      .first(),
  ).toBeVisible();
  await expect(
    page.getByText(String(adoption.daysToSunset), { exact: true }).first(),
  ).toBeVisible();
  await expect(page.getByText('Sunset', { exact: true }).first()).toBeVisible();
  await expect(
    page.getByText('Adoption over time', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('Segmentation', { exact: true })).toBeVisible();
  const crownJewels = adoption.byQuadrant.find(
    (q: any) => q.criticality === 'high' && q.complexity === 'high',
  );
  await expect(page.getByText('Crown jewels').first()).toBeVisible();
  const matrix = page.getByRole('group', {
    name: /Segmentation: business criticality/,
  });
  await expect(
    matrix.getByRole('button', {
      name: new RegExp(
        `^Crown jewels: .*, ${crownJewels.total} services, ${crownJewels.done} done`,
      ),
    }),
  ).toBeVisible();
  await expect(page.getByText(/Long tail/).first()).toBeVisible();
  await evidence(page, '04-dashboard');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Adoption by team \(CSV\)/i }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file!, 'utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe(
    'team,title,services,not_started,planning,in_progress,migrated,decommissioned,retired,done,compliant_done,adoption_percent,compliant_adoption_percent',
  );
  // The report counts teams; the CSV still lists every one of them.
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(
    adoption.teamCount + 1,
  );
});

test('5. a platform admin waives a failing item', async ({ page }) => {
  await signIn(page);
  await openService(page, own.name);
  await page.getByRole('link', { name: 'Migration', exact: true }).click();
  await page.getByRole('button', { name: 'Add waiver' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a waiver' });
  await dialog.getByLabel('Creed item').click();
  await page.getByRole('option', { name: /Metrics endpoint answers/ }).click();
  await dialog
    .getByLabel('Reason')
    .fill('The metrics sidecar ships with the Q1 platform release');
  const expiry = new Date(Date.now() + 30 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  await dialog.getByLabel('Expires on').fill(expiry);
  await dialog.getByRole('button', { name: 'Add waiver' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('list', { name: 'Active waivers' }),
  ).toContainText('Q1 platform release');

  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  const waived = page
    .getByRole('listitem')
    .filter({ hasText: 'Metrics endpoint answers in Prometheus format' });
  await expect(waived).toContainText('Waived');
  await evidence(page, '05-admin-waiver');
});

test('6. with the backend down, the card says so', async ({ page }) => {
  await signIn(page);
  // Connections to the Solo Trek backend are refused from here on.
  await page.route('**/api/solo-trek/**', route =>
    route.abort('connectionrefused'),
  );
  await openService(page, own.name);
  await expect(page.getByText("Can't reach Solo Trek")).toBeVisible();
  await expect(page.getByText(/did not answer/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await evidence(page, '06-backend-down');
});
