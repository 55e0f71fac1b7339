import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dayOf, eventDates, expectPngPaints, flagshipStory, scrubTo } from './helpers.ts';

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
  // Each key and the date it leads to, as the reader hears it: the story's event dates in order
  // are 2012, 2015, February 2015, March 2015, May 2015, 2018, …, 21 January 2025.
  const steps = [
    ['PageDown', '2015', '2015'],
    ['ArrowRight', '2015-02', 'February 2015'],
    ['Space', '2015-03', 'March 2015'],
    ['ArrowDown', '2015-05', 'May 2015'],
    ['ArrowLeft', '2015-03', 'March 2015'],
    ['ArrowUp', '2015-02', 'February 2015'],
    ['PageUp', '2015', '2015'],
    ['End', '2025-01-21', '21 January 2025'],
    ['PageDown', '2025-01-21', '21 January 2025'],
    ['Home', '2012', '2012'],
    ['PageUp', '2012', '2012'],
  ] as const;
  for (const [key, date, text] of steps) {
    await page.keyboard.press(key);
    await expect(slider, `after ${key}`).toHaveAttribute('aria-valuetext', text);
    await expect(slider, `after ${key}`).toHaveValue(String(dayOf(date)));
    if (key === 'PageDown' && date === '2015')
      await expect(page.getByTestId('chapter-card')).toHaveText('The alliance');
  }
  await page.keyboard.press('End');
  await expect(page.getByRole('progressbar')).toHaveAttribute(
    'value',
    String(eventDates(flagshipStory()).length),
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=1/);
});

test("in Arabic, written right to left, talk mode's ← is next and → is previous", async ({
  page,
}) => {
  await page.goto('./?lang=ar&date=2015&present=1');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.locator('[data-actor-id="musk"]')).toBeVisible();
  const slider = page.getByRole('slider');
  for (const [key, date] of [
    ['ArrowLeft', '2015-02'],
    ['ArrowLeft', '2015-03'],
    ['ArrowRight', '2015-02'],
    ['ArrowRight', '2015'],
    ['ArrowRight', '2012'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(slider, `after ${key}`).toHaveValue(String(dayOf(date)));
  }
});

/** Where the drawing sits in an exported SVG: the offset of the group that holds it (px). */
function drawingTop(svg: string): number {
  const m = /<g transform="translate\(0,([\d.]+)\)">/.exec(svg);
  if (!m) throw new Error('no drawing group in the exported SVG');
  return Number(m[1]);
}

test('PNG and SVG exports are named after the story and date and show the drawing', async ({
  page,
}) => {
  await page.goto('./?date=2018');
  await expect(page.locator('[data-actor-id="musk"]')).toBeVisible();
  // Arrivals have faded in, so the export copies final colours.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const save = async (button: 'PNG' | 'SVG') => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`musk-altman-2018.${button.toLowerCase()}`);
    return readFileSync((await download.path())!);
  };
  const svg = (await save('SVG')).toString('utf8');
  expect(svg).toContain('@font-face');
  expect(svg).toContain('Musk and Altman');
  expect(svg).toContain('data-actor-id="musk"');
  const size = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  const [svgWidth, svgHeight] = [Number(size?.[1]), Number(size?.[2])];

  // The PNG is the SVG at twice its size (export-svg.ts: svgToPng(svg, 2)).
  const drawing = page.locator('.network svg');
  const box = (await drawing.boundingBox())!;
  expect(svgWidth).toBe(Math.round(box.width));
  expect(svgHeight).toBeGreaterThan(box.height); // a title above, a legend below
  const top = drawingTop(svg);
  const centres = await page.locator('[data-actor-id] .symbol').evaluateAll((symbols) =>
    symbols.map((s) => {
      const r = s.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2] as const;
    }),
  );
  expect(centres.length).toBeGreaterThan(10);
  const points = centres.map(([x, y]) => [2 * (x - box.x), 2 * (top + y - box.y)] as const);
  await expectPngPaints(page, await save('PNG'), 2 * svgWidth, 2 * svgHeight, points);
});
