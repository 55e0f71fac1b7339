import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// `npm run build:single` runs before the browser tests (see npm test).
const FILE = resolve('dist-single/index.html');

test('the single-file build opens from file:// with no network and scrubs', async ({ page }) => {
  expect(existsSync(FILE), 'run npm run build:single first').toBe(true);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(`${pathToFileURL(FILE).href}?date=2016`);
  await expect(page.locator('[data-tie="altman|musk"]')).toHaveAttribute(
    'data-relation',
    'alliance',
  );
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.locator('[data-tie="altman|musk"]')).toHaveAttribute(
    'data-relation',
    'rivalry',
  );
  await page.keyboard.press('p');
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '2012');
  // The layout worker is inlined and started from a blob: URL, still with no network.
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-thread', 'worker');
  expect(
    requests.filter((u) => !/^(file|data|blob):/.test(u)),
    'only file:, data: and blob: URLs',
  ).toEqual([]);
});
