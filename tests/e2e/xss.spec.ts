import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "'><svg onload=window.__xss=1>",
  '<a href="javascript:window.__xss=1">click</a>',
  '{{constructor.constructor("window.__xss=1")()}}',
];

/** Field names whose values are formats (ids, dates, enums), not free text. */
const FORMATTED = new Set([
  'id',
  'date',
  'kind',
  'relation',
  'source',
  'target',
  'from',
  'to',
  'start',
  'stance',
  'language',
  'url',
  'file',
  '$schema',
]);

/** The tiny fixture with every free-text string replaced by a payload. */
function hostileStory(): string {
  let n = 0;
  const poison = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string')
      return FORMATTED.has(key) ? value : `${PAYLOADS[n++ % PAYLOADS.length]} ${value}`;
    if (Array.isArray(value))
      return key === 'actors' && value.every((v) => typeof v === 'string')
        ? value
        : value.map((v) => poison(v, key === 'languages' ? 'language' : ''));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
    return value;
  };
  const story = poison(JSON.parse(readFileSync('tests/fixtures/tiny.json', 'utf8'))) as {
    meta: { sources: { url?: string }[] };
  };
  story.meta.sources[0]!.url = 'https://example.org/"><script>window.__xss=1</script>';
  return JSON.stringify(story);
}

test('a story whose every string is a payload renders as text and runs nothing', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.route('**/hostile.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: hostileStory() }),
  );
  await page.goto('./?data=hostile.json&date=2012-06-15&actor=ada');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=');
  await expect(page.locator('[data-actor-id="ada"]')).toBeVisible();
  await page.getByRole('slider').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  await page.locator('details.table summary').click();
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  // No element or attribute came from story text.
  expect(
    await page
      .locator(
        'img, script:not([type="module"]):not([src]), [onerror], [onload], a[href^="javascript:"]',
      )
      .count(),
  ).toBe(0);
  expect(errors).toEqual([]);
});

test('payloads in every query parameter are ignored or shown as text', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const p = encodeURIComponent('"><img src=x onerror="window.__xss=1">');
  await page.goto(
    `./?date=${p}&actor=${p}&lang=${p}&theme=${p}&chapter=${p}&embed=${p}&present=${p}&origin=${p}`,
  );
  await expect(page.locator('[data-actor-id="musk"]')).toBeVisible();
  await page.goto(`./?data=${encodeURIComponent('javascript:window.__xss=1')}`);
  await expect(page.getByText(/only http\(s\) story URLs/)).toBeVisible();
  await page.goto(`./?data=${p}`);
  await expect(page.getByRole('heading', { name: 'This story cannot be shown' })).toBeVisible();
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  expect(await page.locator('img, [onerror]').count()).toBe(0);
  expect(errors).toEqual([]);
});
