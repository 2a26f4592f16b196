import { expect, test } from '@playwright/test';
import { pickService } from './demo';
import {
  evidence,
  guestToken,
  signIn,
  visit,
  waitForFullScan,
} from './helpers';

/*
 * Issue 17: an owner asks for a waiver from the service's card, the platform
 * team approves it from the dashboard's queue, and the owner sees the item
 * waived. The guest is Ada Lovelace (app-config.e2e.yaml): she owns the
 * Platform Team's services and is in the platform team, so she plays both
 * parts, as a platform engineer does for the team's own services.
 */

// A Platform Team service whose data is not encrypted: a should item that fails.
const service = pickService(
  c =>
    c.owner === 'group:default/platform-team' &&
    c.annotations['nimbus.io/encryption'] === 'none',
);
const ITEM = 'Data encrypted at rest';
const day = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.beforeAll(async ({ request }) => {
  await waitForFullScan(request);
});

test('an owner requests a waiver, the platform team approves it, and the owner sees the item waived', async ({
  page,
  request,
}) => {
  await signIn(page);
  await visit(page, `/catalog/default/component/${service.name}`);
  const item = page.getByTestId('check-encryption-at-rest').first();
  await expect(item).toContainText('Fail');

  // The owner asks, from the card.
  await item
    .getByRole('button', { name: `Request a waiver of ${ITEM}` })
    .click();
  const ask = page.getByRole('dialog', { name: 'Request a waiver' });
  await ask
    .getByLabel('Reason')
    .fill('The encrypted storage class reaches our region in the next release');
  await ask.getByLabel('Needed until').fill(day(60));
  await ask.getByRole('button', { name: 'Send request' }).click();
  await expect(ask).toBeHidden();
  await expect(item).toContainText('Waiver requested, pending');
  await evidence(page, 'waiver-request-01-asked');

  // The platform team decides from the dashboard's queue, granting less time.
  await visit(page, '/solo-trek');
  const queue = page.getByRole('list', { name: 'Pending waiver requests' });
  await expect(queue).toContainText(ITEM);
  await expect(queue).toContainText('next release');
  await queue
    .getByRole('button', { name: new RegExp(`^Approve the waiver of ${ITEM}`) })
    .click();
  const approve = page.getByRole('dialog', { name: 'Approve the waiver' });
  await approve.getByLabel('Waived until').fill(day(30));
  await approve
    .getByLabel('Note (optional)')
    .fill('Thirty days; ask again if it slips');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(approve).toBeHidden();
  await expect(
    page.getByText('No waiver requests waiting.', { exact: false }),
  ).toBeVisible();
  await evidence(page, 'waiver-request-02-approved');

  // The owner sees the item waived, until the date granted.
  await visit(page, `/catalog/default/component/${service.name}`);
  const waived = page.getByTestId('check-encryption-at-rest').first();
  await expect(waived).toContainText('Waived');
  await expect(waived).toContainText('next release');
  await evidence(page, 'waiver-request-03-waived');

  // And was told so by notification.
  const token = await guestToken(request);
  const inbox = await request.get(
    'http://localhost:7007/api/notifications/notifications?limit=50',
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(inbox.ok()).toBe(true);
  const titles = (await inbox.json()).notifications.map(
    (n: { payload: { title: string } }) => n.payload.title,
  );
  expect(titles).toContain(`Waiver approved: ${ITEM} on ${service.name}`);
});
