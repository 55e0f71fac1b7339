import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateStory } from '../../bench/generate.ts';

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
  // The flagship comes laid out from the build; a larger story opened from a file gets the layout
  // worker, inlined and started from a blob: URL, still with no network.
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-thread', 'build');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a story…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'eighty.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(generateStory({ actors: 80 }))),
  });
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-thread', 'worker');
  await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'done');
  expect(
    requests.filter((u) => !/^(file|data|blob):/.test(u)),
    'only file:, data: and blob: URLs',
  ).toEqual([]);
});
