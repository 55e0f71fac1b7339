// The first view paints the graph first, then the parts around it, and the graph does not move
// when they arrive (StoryView's `surroundings`; the scrollbar gutter in app.css).
import { expect, test } from '@playwright/test';
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
