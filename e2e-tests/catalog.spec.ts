import { expect, test } from '@playwright/test';
import { pickService } from './demo';
import { evidence, signIn, visit } from './helpers';

test('the catalog shows the demo services', async ({ page }) => {
  const anyService = pickService(() => true);
  await signIn(page);
  await visit(page, '/catalog?filters[kind]=component&filters[user]=all');
  await expect(
    page.getByRole('heading', { name: /All Components \(\d+\)/ }).first(),
  ).toBeVisible();
  await page.getByPlaceholder('Search').fill(anyService.name);
  await expect(
    page.getByRole('link', { name: anyService.name }).first(),
  ).toBeVisible();
  await evidence(page, '00-catalog');
});
