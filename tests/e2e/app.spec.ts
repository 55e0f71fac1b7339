import { expect, test } from '@playwright/test';

test('the built app opens the default story at its first event', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Musk/);
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
    'aria-valuetext',
    /2012/,
  );
  await expect(page.locator('[data-tie="altman|musk"]')).toHaveAttribute(
    'data-relation',
    'introduced',
  );
  expect(errors).toEqual([]);
});

test('a story that fails validation shows its problems, not a blank page', async ({ page }) => {
  await page.route('**/broken.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: '{"meta": {"id": "x"}, "actors": [], "events": []}',
    }),
  );
  await page.goto('./?data=broken.json');
  await expect(page.getByRole('heading', { name: 'This story cannot be shown' })).toBeVisible();
  await expect(page.getByText('meta.title')).toBeVisible();
  await page.getByRole('button', { name: 'Open the default story instead' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Musk/);
});

test('invalid JSON reports the line and column', async ({ page }) => {
  await page.route('**/syntax.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{\n  "meta": {},\n}' }),
  );
  await page.goto('./?data=syntax.json');
  await expect(page.getByText('line 3, column 1')).toBeVisible();
  await expect(page.getByText(/trailing comma/)).toBeVisible();
});
