import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { demoComponents } from './demo';

const BACKEND = 'http://localhost:7007';

async function enterIfAsked(page: Page) {
  const enter = page.getByRole('button', { name: 'Enter' });
  const signedIn = page.getByRole('link', { name: 'Catalog' }).first();
  // The first visit may wait for the dev server's first bundle.
  await expect(enter.or(signedIn)).toBeVisible({ timeout: 180_000 });
  if (await enter.isVisible()) {
    await enter.click();
    await expect(signedIn).toBeVisible();
  }
}

/** Signs in with the guest provider (a Platform Team member in app-config.e2e.yaml). */
export async function signIn(page: Page) {
  await page.goto('/');
  await enterIfAsked(page);
}

/** Opens a page, signing in again if the app asks. */
export async function visit(page: Page, path: string) {
  await page.goto(path);
  await enterIfAsked(page);
}

/** A full-page screenshot per scenario, kept under e2e-test-results/. */
export async function evidence(page: Page, name: string) {
  await page.screenshot({
    path: `e2e-test-results/${name}.png`,
    fullPage: true,
  });
  await test
    .info()
    .attach(name, {
      path: `e2e-test-results/${name}.png`,
      contentType: 'image/png',
    });
}

/** The guest's Backstage token, for crafted API requests as that user. */
export async function guestToken(request: APIRequestContext): Promise<string> {
  const res = await request.get(`${BACKEND}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  expect(res.ok()).toBe(true);
  return (await res.json()).backstageIdentity.token;
}

/**
 * Waits until a scheduled scan has evaluated the whole demo catalog, so the
 * dashboard and the leaderboard count every service.
 */
export async function waitForFullScan(request: APIRequestContext) {
  const services = demoComponents().filter(c => c.type === 'service').length;
  await expect
    .poll(
      async () => {
        const token = await guestToken(request);
        const res = await request.get(
          `${BACKEND}/api/solo-trek/migrations/nimbus`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        return res.ok() ? (await res.json()).lastScan?.entities ?? 0 : 0;
      },
      { timeout: 180_000, intervals: [2_000] },
    )
    .toBe(services);
}
