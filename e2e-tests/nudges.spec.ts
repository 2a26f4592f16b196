import { expect, test } from '@playwright/test';
import { pickService } from './demo';
import { evidence, guestToken, signIn, visit } from './helpers';

/*
 * Nudges (issue 14): the demo's second migration, "Leave the legacy message
 * queue" (queue-exit, app-config.yaml), is close to its sunset. After the
 * first scan the nudge sweep sends its owners a Backstage notification;
 * the guest, Ada Lovelace of the Platform Team (app-config.e2e.yaml),
 * opens the notifications page and follows the link to the service's card.
 */

const BACKEND = 'http://localhost:7007';
// A Platform Team service live on Nimbus, but not on Nimbus Streams: not
// done in queue-exit, which scopes the platform team's system.
const own = pickService(
  c =>
    c.owner === 'group:default/platform-team' &&
    Boolean(c.annotations['nimbus.io/cluster']) &&
    !c.annotations['solo-trek.io/stage'],
);
const link = `/catalog/default/component/${own.name}/migration?migration=queue-exit`;

/** What the sunset reminder says, the day it is sent. */
function reminderTitle(daysToSunset: number) {
  const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  if (daysToSunset < 0) {
    return `Stranded for ${days(-daysToSunset)}: ${
      own.name
    } is still on legacy-mq`;
  }
  if (daysToSunset === 0) {
    return `Sunset today: ${own.name} is not on nimbus-streams yet`;
  }
  return `${days(daysToSunset)} to sunset: ${
    own.name
  } is not on nimbus-streams yet`;
}

test('a service close to its sunset: its owner follows the notification to the card', async ({
  page,
}) => {
  await signIn(page);
  const headers = async () => ({
    Authorization: `Bearer ${await guestToken(page.request)}`,
  });
  const migration = await (
    await page.request.get(`${BACKEND}/api/solo-trek/migrations/queue-exit`, {
      headers: await headers(),
    })
  ).json();
  // The first scans, then the sweep after them.
  let reminder: any;
  await expect
    .poll(
      async () => {
        try {
          const res = await page.request.get(
            `${BACKEND}/api/notifications/notifications?limit=100`,
            { headers: await headers() },
          );
          const { notifications } = await res.json();
          reminder = notifications.find(
            (n: any) =>
              n.payload.link === link && n.payload.topic === 'solo-trek.sunset',
          );
        } catch {
          // The development backend restarts when a source file changes.
        }
        return Boolean(reminder);
      },
      { timeout: 200_000, intervals: [2_000] },
    )
    .toBe(true);
  expect(reminder.payload.title).toBe(reminderTitle(migration.daysToSunset));
  expect(reminder.origin).toBe('plugin:solo-trek');

  // The notifications page lists it; its title is the link to the card.
  await visit(page, '/notifications');
  // The page shows 10 a page, and 15 days before the sunset the demo's
  // escalations alone push the reminders past it (11 on 2026-12-03):
  // filter on the service, as its owner would.
  await page.getByPlaceholder('Filter').fill(own.name);
  const title = page.getByRole('link', { name: reminder.payload.title });
  await expect(title).toBeVisible();
  await expect(
    page.getByText(`${own.name} is at stage Not started;`).first(),
  ).toBeVisible();
  await evidence(page, 'nudges-01-notifications-page');
  await title.click();

  // The link opens the service's Migration tab on the queue-exit migration.
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${own.name}/migration`),
  );
  await expect(
    page.getByRole('tab', { name: 'Leave the legacy message queue' }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('next-reminder')).toContainText(
    /^Next reminder (in \d+ days|tomorrow): /,
  );
  await evidence(page, 'nudges-02-card');
});
