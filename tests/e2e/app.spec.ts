import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { actorPositions } from './helpers.ts';

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
  // With its layouts from the build, as when the page opens on it.
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-thread', 'build');
});

test('a refused story in Arabic is laid out right to left, as the story would be', async ({
  page,
}) => {
  await page.route('**/broken.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"meta": {"id": "x"}}' }),
  );
  await page.goto('./?data=broken.json&lang=ar');
  const heading = page.getByRole('heading', { name: 'لا يمكن عرض هذه القصة' });
  await expect(heading).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // Its text starts at the right: the text's right edge meets the list's, its left does not.
  const edges = await heading.evaluate((h) => {
    const range = document.createRange();
    range.selectNodeContents(h);
    const text = range.getBoundingClientRect();
    const box = h.getBoundingClientRect();
    return { left: text.left - box.left, right: box.right - text.right };
  });
  expect(edges.right).toBeLessThan(2);
  expect(edges.left).toBeGreaterThan(100);
});

test('invalid JSON reports the line and column', async ({ page }) => {
  await page.route('**/syntax.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{\n  "meta": {},\n}' }),
  );
  await page.goto('./?data=syntax.json');
  await expect(page.getByText('line 3, column 1')).toBeVisible();
  await expect(page.getByText(/trailing comma/)).toBeVisible();
});

test('a story file dropped on the page opens through the validator; a broken one can be undone', async ({
  page,
}) => {
  await page.goto('./?date=2016');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Musk');
  const text = readFileSync('tests/fixtures/tiny.json', 'utf8');
  const drop = async (name: string, body: string) => {
    const transfer = await page.evaluateHandle(
      ([n, b]) => {
        const t = new DataTransfer();
        t.items.add(new File([b], n, { type: 'application/json' }));
        return t;
      },
      [name, body] as const,
    );
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  };
  await drop('tiny.json', text);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two founders');
  await drop('broken.json', '{ "meta": ');
  await expect(page.getByText(/broken\.json/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to the story you had open' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two founders');
});

test('the toolbar opens a story file with the keyboard', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Musk');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a story…' }).press('Enter');
  await (await chooser).setFiles('tests/fixtures/tiny.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two founders');
  await expect(page.locator('[data-tie="ada|bo"]')).toBeAttached();
});

/** Opens the flagship story's file through "Open a story…", as a reader picking it would. */
async function openFlagshipFile(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a story…' }).click();
  await (await chooser).setFiles('data/musk-altman.json');
}

/** Every actor's position at the story's end, once laid out. */
async function positionsAtEnd(page: Page): Promise<Record<string, [number, number]>> {
  await page.getByRole('slider', { name: 'Date' }).press('End');
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
    'aria-valuetext',
    /2025/,
  );
  return actorPositions(page);
}

test('the default story comes laid out from the build, where a page laying it out puts it', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('./');
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-thread', 'build');
  const built = await positionsAtEnd(page);
  expect(Object.keys(built).length).toBeGreaterThan(10);
  expect(requests.filter((u) => /keyframe-layout|layout\.worker/.test(u))).toEqual([]);

  // The same story from a file is laid out on the main thread (it is small)…
  await openFlagshipFile(page);
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-thread', 'main');
  expect(await positionsAtEnd(page)).toEqual(built);

  // …and from `?data=`, whose size is not known in advance, in the worker started early.
  const body = readFileSync('data/musk-altman.json', 'utf8');
  await page.route('**/flagship.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  await page.goto('./?data=flagship.json');
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-thread', 'worker');
  expect(await positionsAtEnd(page)).toEqual(built);
});

test.describe('when a chunk of the default story cannot load', () => {
  test('without its layouts, the story is laid out in the page', async ({ page }) => {
    await page.route(/\/assets\/musk-altman-layout-[^/]*\.js$/, (route) => route.abort());
    await page.goto('./');
    await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'done');
    await expect(page.locator('.graph')).toHaveAttribute('data-layout-thread', 'main');
    await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
      'aria-valuetext',
      /2012/,
    );
  });

  test('without the story itself, the reader is told why, not left on “Loading…”', async ({
    page,
  }) => {
    await page.route(/\/assets\/musk-altman-(?!layout)[^/]*\.js$/, (route) => route.abort());
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'This story cannot be shown' })).toBeVisible();
    await expect(
      page.getByText(/the bundled story could not be loaded .*reload the page/),
    ).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0);
  });
});

test('a story loader that cannot load is reported, with the way back', async ({ page }) => {
  await page.route(/\/assets\/fetch-story-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./?data=story.json');
  await expect(
    page.getByText(/the story loader could not be loaded .*reload the page/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Open the default story instead' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Musk/);
  // A file opened then needs the same loader: the reader is told, and can go back to the story.
  await openFlagshipFile(page);
  await expect(page.getByText(/the story loader could not be loaded/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to the story you had open' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Musk/);
});

// A small story from a file is laid out on the main thread, with code loaded on first use.
test.describe('when the layout code cannot load', () => {
  test('a worker lays the story out instead', async ({ page }) => {
    await page.route(/\/assets\/keyframe-layout-[^/]*\.js$/, (route) => route.abort());
    await page.goto('./');
    await openFlagshipFile(page);
    await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'done');
    await expect(page.locator('.graph')).toHaveAttribute('data-layout-thread', 'worker');
    await expect(page.locator('[data-tie="altman|musk"]')).toHaveAttribute(
      'data-relation',
      'introduced',
    );
  });

  test('with no worker either, the reader is told, not left waiting', async ({ page }) => {
    await page.route(/\/assets\/(keyframe-layout|layout\.worker)-[^/]*\.js$/, (route) =>
      route.abort(),
    );
    await page.goto('./');
    await openFlagshipFile(page);
    await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'failed');
    await expect(page.getByRole('alert')).toContainText(
      /The network could not be laid out: its code did not load .*Reload the page/,
    );
    // The rest of the view still works: the story's text and the slider are there.
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Musk/);
    await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  });
});
