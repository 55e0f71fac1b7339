import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { scrubTo } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test.describe('deep links', () => {
  test('every parameter is restored from the URL', async ({ page }) => {
    await page.goto('./?date=2018&actor=altman&lang=ar&theme=dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '2018');
    await expect(page.getByRole('heading', { level: 2, name: 'سام ألتمان' })).toBeVisible();
    const bg = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
    );
    expect(bg).toBe('#0d1117');
  });

  test('the theme can be switched live and is kept in the URL', async ({ page }) => {
    await page.goto('./?date=2016');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page).toHaveURL(/theme=dark/);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await expect(page).not.toHaveURL(/theme=/);
  });

  test('chapter opens at its start; present and embed choose the mode', async ({ page }) => {
    await page.goto('./?chapter=split');
    await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '2018');
    await page.goto('./?present=1&date=2015');
    await expect(
      page.getByRole('progressbar', { name: 'Progress through the story' }),
    ).toBeVisible();
    await page.goto('./?embed=1&date=2015');
    await expect(page.getByRole('link', { name: 'Open the full view' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  });

  test('the URL keeps up with the reader and survives a reload', async ({ page }) => {
    await page.goto('./');
    await scrubTo(page, '2016-03-10');
    await page.locator('[data-actor-id="musk"]').click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect(page).toHaveURL(
      /date=2016-03-10.*actor=musk.*lang=ar|date=2016-03-10.*lang=ar.*actor=musk/,
    );
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 2, name: 'إيلون ماسك' })).toBeVisible();
  });

  for (const [search, text] of [
    ['?date=2024-02-30', /2012/],
    ['?date=<script>', /2012/],
    ['?date=1990', /2012/],
    ['?date=2099', /21 January 2025/],
    ['?lang=xx&theme=neon&actor=nobody&chapter=nope', /2012/],
  ] as const) {
    test(`a malformed or out-of-range value falls back (${search})`, async ({ page }) => {
      await page.goto(`./${search}`);
      await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', text);
    });
  }
});

test('the share dialog offers the link, embed code and a preview, and gives focus back', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?date=2016');
  const share = page.getByRole('button', { name: 'Share' });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Link to this date and selection')).toHaveValue(
    /\?date=2016-01-01&lang=en$/,
  );
  await expect(dialog.getByLabel('Embed code')).toHaveValue(
    /<iframe src=".*embed=1.*" title="Musk and Altman: from allies to rivals".*loading="lazy".*allow="fullscreen"/,
  );
  await dialog.getByRole('button', { name: 'Copy' }).first().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/date=2016/);
  await expect(dialog.frameLocator('iframe').getByRole('heading', { level: 1 })).toContainText(
    'Musk',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(share).toBeFocused();
});

test('talk mode steps with the keys a clicker sends, shows chapter cards, and Esc leaves', async ({
  page,
}) => {
  await page.goto('./?date=2012');
  // Keys reach the app only once it has drawn the story.
  await expect(page.locator('[data-actor-id="musk"]')).toBeVisible();
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/present=1/);
  const slider = page.getByRole('slider');
  await page.keyboard.press('PageDown');
  await expect(slider).toHaveAttribute('aria-valuetext', '2015');
  await expect(page.getByTestId('chapter-card')).toHaveText('The alliance');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).not.toHaveAttribute('aria-valuetext', '2015');
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '21 January 2025');
  await expect(page.getByRole('progressbar')).toHaveAttribute('value', /\d+/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=1/);
});

test('PNG and SVG exports are produced, named after the story and date, and not empty', async ({
  page,
}) => {
  await page.goto('./?date=2018');
  for (const [button, type] of [
    ['PNG', /\.png$/],
    ['SVG', /\.svg$/],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^musk-altman-2018${type.source}`));
    const file = readFileSync((await download.path())!);
    expect(file.length).toBeGreaterThan(10_000);
    if (button === 'SVG') {
      const svg = file.toString('utf8');
      expect(svg).toContain('@font-face');
      expect(svg).toContain('Musk and Altman');
      expect(svg).toContain('data-actor-id="musk"');
    } else {
      expect(file.subarray(1, 4).toString()).toBe('PNG');
    }
  }
});
