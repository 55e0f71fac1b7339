// The first view paints the graph first, then the parts around it, and the graph does not move
// when they arrive (StoryView's `surroundings`; the scrollbar gutter in app.css).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { layoutDone } from './helpers.ts';

/** What the page looked like when its first actor entered it, recorded by an init script. */
interface FirstGraph {
  readonly box: { x: number; y: number; width: number; height: number };
  readonly actors: Record<string, string>;
  readonly slider: boolean;
  readonly eventCard: boolean;
}

const RECORD_FIRST_GRAPH = `(() => {
  const seen = new MutationObserver(() => {
    const svg = document.querySelector('.network svg');
    if (!svg || !svg.querySelector('[data-actor-id]')) return;
    seen.disconnect();
    const r = svg.getBoundingClientRect();
    window.__firstGraph = {
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      actors: Object.fromEntries([...svg.querySelectorAll('[data-actor-id]')].map((n) => [n.getAttribute('data-actor-id'), n.getAttribute('transform')])),
      slider: document.querySelector('input[type="range"]') !== null,
      eventCard: document.querySelector('.side article, .side section') !== null,
    };
  });
  seen.observe(document, { childList: true, subtree: true });
})()`;

for (const [mode, url, gutter] of [
  // Room for a scrollbar, so that the page growing past the window (as it does here once the side
  // panel arrives) cannot narrow the graph; the test browser hides scrollbars, so this is checked
  // on the style. An embed never scrolls.
  ['the full view', './', 'stable'],
  ['an embed', './?embed=1', 'auto'],
] as const) {
  test(`${mode} draws the graph before its surroundings, which then move nothing`, async ({
    page,
  }) => {
    await page.addInitScript({ content: RECORD_FIRST_GRAPH });
    await page.goto(url);
    await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
    await layoutDone(page);
    const first = (await page.evaluate('window.__firstGraph')) as FirstGraph;
    expect(first.slider).toBe(false);
    expect(first.eventCard).toBe(false);
    const svg = page.locator('.network svg');
    expect(await svg.boundingBox()).toEqual(first.box);
    const actors = await svg
      .locator('[data-actor-id]')
      .evaluateAll((nodes) =>
        Object.fromEntries(
          nodes.map((n) => [n.getAttribute('data-actor-id'), n.getAttribute('transform')]),
        ),
      );
    expect(actors).toEqual(first.actors);
    const style = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('scrollbar-gutter'),
    );
    expect(style).toBe(gutter);
  });
}

test('talk mode renders everything at once: its graph takes the height the slider leaves', async ({
  page,
}) => {
  await page.addInitScript({ content: RECORD_FIRST_GRAPH });
  await page.goto('./?present=1');
  await layoutDone(page);
  const first = (await page.evaluate('window.__firstGraph')) as FirstGraph;
  expect(first.slider).toBe(true);
  // Drawn once at its final size: the slider was there from the start.
  expect(await page.locator('.network svg').boundingBox()).toEqual(first.box);
});

/** Records, for each date format the page makes, whether the graph and slider were there yet. */
const RECORD_DATE_FORMATS = `(() => {
  window.__dateFormats = [];
  Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
    construct(target, args, newTarget) {
      window.__dateFormats.push({
        graph: document.querySelector('.network svg [data-actor-id]') !== null,
        slider: document.querySelector('input[type="range"]') !== null,
      });
      return Reflect.construct(target, args, newTarget);
    },
  });
})()`;

interface FormatMade {
  readonly graph: boolean;
  readonly slider: boolean;
}

const formatsMade = (page: Page) => page.evaluate('window.__dateFormats') as Promise<FormatMade[]>;

test('the default story’s first view makes no date format: ICU starts once it is painted', async ({
  page,
}) => {
  // Its first dates are years ("2012"), which need no Intl; the formats a scrub needs are made
  // after the whole view is drawn, so its first month or day does not wait for ICU either.
  await page.addInitScript({ content: RECORD_DATE_FORMATS });
  await page.goto('./');
  await expect.poll(async () => (await formatsMade(page)).length).toBeGreaterThan(0);
  const made = await formatsMade(page);
  expect(made.filter((m) => !m.graph || !m.slider)).toEqual([]);
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
    'aria-valuetext',
    '2012',
  );
});

for (const [what, url, held] of [
  ['a story from ?data=', './?data=slow.json', /\/slow\.json$/],
  // Opened at a shared date or chapter, the default story's first view may say a month or a day.
  [
    'the default story at a shared date',
    './?date=2019-02-21',
    /\/assets\/musk-altman-(?!layout)[^/]*\.js$/,
  ],
  [
    'the default story at a chapter',
    './?chapter=rivalry',
    /\/assets\/musk-altman-(?!layout)[^/]*\.js$/,
  ],
] as const) {
  test(`${what} has its date formats made while it downloads`, async ({ page }) => {
    const body = readFileSync('data/musk-altman.json', 'utf8');
    let answer = () => {};
    const asked = new Promise<void>((resolve) => (answer = resolve));
    // Whether the held request was made: a route that never matches would hold nothing, and the
    // formats would be made with the story already there.
    let holding = false;
    await page.route(held, async (route) => {
      holding = true;
      await asked; // held until the test has seen the formats made
      if (route.request().url().endsWith('.json'))
        await route.fulfill({ contentType: 'application/json', body });
      else await route.continue();
    });
    await page.addInitScript({ content: RECORD_DATE_FORMATS });
    await page.goto(url);
    await expect.poll(async () => (await formatsMade(page)).length).toBeGreaterThan(0);
    await expect.poll(() => holding).toBe(true);
    answer();
    await expect(page.locator('.network svg [data-actor-id]').first()).toBeAttached();
  });
}

test('the app’s entry script asks V8 to compile it whole as it downloads', async ({
  page,
  request,
}) => {
  // Its first line (scripts/compile-hints.ts): V8 reads the hint nowhere else.
  await page.goto('./');
  const src = await page.locator('script[type="module"][src]').getAttribute('src');
  const script = await request.get(new URL(src ?? '', page.url()).href);
  expect((await script.text()).split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
});
