import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "'><svg onload=window.__xss=1>",
  '<a href="javascript:window.__xss=1">click</a>',
  '{{constructor.constructor("window.__xss=1")()}}',
];

/** What a payload would leave in the page had it been parsed as markup. */
const INJECTED =
  'img, script:not([type="module"]):not([src]), [onerror], [onload], a[href^="javascript:"]';

/**
 * Listens, from the next navigation on, for what a payload that ran would do: throw, open a dialog.
 * Returns a check of the page as it is now: no element or attribute came from a payload, no
 * payload's script ran (each sets `window.__xss`), nothing was thrown and no dialog opened.
 */
function watchForPayloads(page: Page): () => Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return async () => {
    expect(await page.evaluate(() => '__xss' in window)).toBe(false);
    expect(await page.locator(INJECTED).count()).toBe(0);
    expect(errors).toEqual([]);
  };
}

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
  const expectInert = watchForPayloads(page);
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
  await expect(page.locator('table')).toBeVisible();
  await expectInert();
});

test('payloads in every query parameter are ignored or shown as text', async ({ page }) => {
  const expectInert = watchForPayloads(page);
  const PARAMETERS = ['date', 'actor', 'lang', 'theme', 'chapter', 'embed', 'present', 'origin'];
  // Each page is checked before the next replaces it.
  for (const payload of PAYLOADS) {
    const p = encodeURIComponent(payload);
    await page.goto(`./?${PARAMETERS.map((name) => `${name}=${p}`).join('&')}`);
    await expect(page.locator('[data-actor-id="musk"]')).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
    await expectInert();
  }
  await page.goto(`./?data=${encodeURIComponent('javascript:window.__xss=1')}`);
  await expect(page.getByText(/only http\(s\) story URLs/)).toBeVisible();
  await expectInert();
  await page.goto(`./?data=${encodeURIComponent(PAYLOADS[0]!)}`);
  await expect(page.getByRole('heading', { name: 'This story cannot be shown' })).toBeVisible();
  // Where the story came from is named, as text.
  await expect(page.getByText(PAYLOADS[0]!)).toBeVisible();
  await expectInert();
});
