// A few broken stories from tests/fixtures/invalid through `?data=` in the built app, in Chromium:
// its own decoder (the BOM), a real 20 MB response, junk nested 100,000 deep. Each shows exactly
// the problems the CLI prints, raises no page error, and the way back opens the default story.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { caseBytes, expectedProblems } from '../fixtures/invalid/corpus.ts';

const expected = expectedProblems();
const tiny = readFileSync('tests/fixtures/tiny.json', 'utf8');

/** Representative cases: the file-level guards, a syntax error, a did-you-mean, a date, a URL. */
const FILES = [
  '02-html-error-page.html',
  '03-byte-order-mark.json',
  '06-truncated-file.json',
  '32-unknown-tie-target.json',
  '42-date-february-30.json',
  '60-javascript-url.json',
];

const cases: { name: string; body: Buffer; problems: string[] }[] = [
  ...FILES.map((name) => ({
    name,
    body: Buffer.from(caseBytes(name)),
    problems: expected[name] ?? [],
  })),
  {
    name: 'a 20 MB story',
    body: Buffer.from(tiny.replace('They met around 2010.', 'k'.repeat(20 * 1024 * 1024))),
    problems: [
      '(file): http://127.0.0.1:4173/story.json is 20.0 MB; stories are limited to 10.0 MB',
    ],
  },
  {
    name: 'junk nested 100,000 deep',
    body: Buffer.from(tiny.replace('"approximate": true', `"approximate": ${'['.repeat(100_000)}`)),
    problems: [
      'line 42, column 519: invalid JSON: lists and objects nested more than 500 deep (a story needs only a few levels)',
    ],
  },
];

for (const { name, body, problems } of cases) {
  test(`${name}: the problems, then the way back`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/story.json', (route) =>
      route.fulfill({
        contentType: name.endsWith('.html') ? 'text/html' : 'application/json',
        body,
      }),
    );
    await page.goto('./?data=story.json');
    const list = page.locator('section', {
      has: page.getByRole('heading', { name: 'This story cannot be shown' }),
    });
    await expect(list).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveText(problems);
    await list.getByRole('button', { name: 'Open the default story instead' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Musk/);
    await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}
