import { expect, Page, test } from '@playwright/test';

/** Signs in with the guest provider (a Platform Team member in app-config.e2e.yaml). */
export async function signIn(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  await expect(page.getByRole('link', { name: 'Catalog' }).first()).toBeVisible();
}

/** A full-page screenshot per scenario, kept under e2e-test-results/. */
export async function evidence(page: Page, name: string) {
  await page.screenshot({ path: `e2e-test-results/${name}.png`, fullPage: true });
  await test.info().attach(name, { path: `e2e-test-results/${name}.png`, contentType: 'image/png' });
}

/** The guest's Backstage token, for crafted API requests as that user. */
export async function guestToken(page: Page): Promise<string> {
  const res = await page.request.get('http://localhost:7007/api/auth/guest/refresh', {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  expect(res.ok()).toBe(true);
  return (await res.json()).backstageIdentity.token;
}
