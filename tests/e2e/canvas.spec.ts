// The canvas renderer, in a real Chromium: a generated story above the size threshold is drawn on a
// canvas (not blank, sharp at 2× pixels, re-coloured with the theme), the actor under the pointer is
// found and highlighted, a click or the keyboard selects, scrubbing redraws — while the flagship keeps
// its SVG. Pan/zoom code arrives only at the first sign of intent, and that first gesture still works.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateStory } from '../../bench/generate.ts';
import { CANVAS_ABOVE_ACTORS } from '../../src/lib/view/renderer.ts';
import { expectPngPaints, scrubTo } from './helpers.ts';

const big = generateStory({ actors: 1000 });
const names = new Map(big.actors.map((a) => [a.id, a.name.en]));

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.route('**/big.json', (route) => route.fulfill({ json: big }));
});

/** What the canvas shows: how many pixels are painted, and a checksum of them. */
function pixels(page: Page) {
  return page.locator('.network canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0) painted++;
      sum = (sum * 31 + data[i]! + 7 * data[i + 1]! + 13 * data[i + 2]! + data[i + 3]!) % 2 ** 31;
    }
    return { painted, sum };
  });
}

/** Waits until the drawing holds still (keyframe layouts still arriving redraw it), then returns it. */
async function settled(page: Page) {
  let last = await pixels(page);
  await expect
    .poll(
      async () => {
        const now = await pixels(page);
        const same = now.painted > 5_000 && now.sum === last.sum;
        last = now;
        return same;
      },
      { timeout: 30_000, intervals: [400] },
    )
    .toBe(true);
  return last;
}

/** Screen position of a labelled actor's symbol, if nothing but the canvas is on top of it. */
async function spotOf(page: Page, id: string) {
  const label = page.locator(`.network button[data-actor-id="${id}"]`);
  const box = (await page.locator('.network canvas').boundingBox())!;
  const x = box.x + Number(await label.getAttribute('data-x'));
  const y = box.y + Number(await label.getAttribute('data-y'));
  const free = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px!, py!)?.tagName === 'CANVAS',
    [x, y],
  );
  return free ? { x, y } : undefined;
}

/** The first of the labelled actors (with the given role) whose symbol the pointer can reach. */
async function reachableActor(page: Page, role: string) {
  const ids = await page
    .locator(`.network button[data-role="${role}"]`)
    .evaluateAll((n) => n.map((e) => e.getAttribute('data-actor-id') ?? ''));
  for (const id of ids) {
    const spot = await spotOf(page, id);
    if (spot) return { id, ...spot };
  }
  throw new Error(`no reachable ${role} actor among ${ids.join(', ')}`);
}

test.describe('a story of 1,000 actors', () => {
  test.use({ deviceScaleFactor: 2 });

  test('is drawn on a sharp canvas where hover highlights, click selects and scrubbing redraws', async ({
    page,
  }) => {
    expect(big.actors.length).toBeGreaterThan(CANVAS_ABOVE_ACTORS);
    await page.goto('./?data=big.json&date=2015');
    await expect(page.locator('.network')).toHaveAttribute('data-renderer', 'canvas');
    await expect(page.locator('.network svg')).toHaveCount(0);
    const canvas = page.locator('.network canvas');
    // An image for assistive technology, naming the date, the counts and the table alternative.
    await expect(
      page.getByRole('img', {
        name: /^Network on January 2015: \d+ actors, \d+ ties\. Every tie is listed in “Ties as a table” below\.$/,
      }),
    ).toBeVisible();
    // Drawn at device resolution: twice as many canvas pixels as CSS pixels.
    const size = await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.clientWidth]);
    expect(size[0]).toBe(Math.round(size[1]! * 2));
    // Not blank, once the date's keyframes are laid out.
    const quiet = await settled(page);
    // Labels only for the focused neighbourhood: here, the actors of the month's events.
    const labelled = await page.locator('.network button[data-actor-id]').count();
    expect(labelled).toBeGreaterThan(0);
    expect(labelled).toBeLessThanOrEqual(40);

    // Hover an event actor's symbol: it is highlighted, its neighbours are labelled, the rest dims.
    const first = await reachableActor(page, 'involved');
    await page.mouse.move(first.x, first.y);
    await expect(canvas).toHaveAttribute('data-hovered', first.id);
    await expect(page.locator(`.network button[data-actor-id="${first.id}"]`)).toHaveAttribute(
      'data-role',
      'focus',
    );
    await expect(page.locator('.network button[data-role="neighbour"]').first()).toBeAttached();
    await expect.poll(async () => (await pixels(page)).sum).not.toBe(quiet.sum);

    // Move to a neighbour, an actor found only by hit-testing the canvas, and click it.
    const next = await reachableActor(page, 'neighbour');
    await page.mouse.move(next.x, next.y);
    await expect(canvas).toHaveAttribute('data-hovered', next.id);
    await page.mouse.click(next.x, next.y);
    await expect(canvas).toHaveAttribute('data-selected', next.id);
    await expect(page.getByRole('heading', { level: 2, name: names.get(next.id) })).toBeVisible();

    // Empty canvas: nothing hovered.
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + 3, box.y + box.height - 3);
    await expect(canvas).not.toHaveAttribute('data-hovered');

    // Scrubbing redraws: other actors, other ties, another picture.
    const before = await pixels(page);
    await scrubTo(page, '2021-06-01');
    await expect(page.getByRole('img', { name: /^Network on .*2021/ })).toBeVisible();
    await expect.poll(async () => (await pixels(page)).sum).not.toBe(before.sum);

    // The theme's colours are read again when it changes.
    const light = await pixels(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect.poll(async () => (await pixels(page)).sum).not.toBe(light.sum);
  });

  test('keyboard users reach actors through the labels, which are buttons', async ({ page }) => {
    await page.goto('./?data=big.json&date=2015');
    const label = page.locator('.network button[data-role="involved"]').first();
    const id = (await label.getAttribute('data-actor-id'))!;
    await label.focus();
    await expect(page.locator('.network canvas')).toHaveAttribute('data-hovered', id);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: names.get(id) })).toBeFocused();
    await expect(page.locator(`.network button[data-actor-id="${id}"]`)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const { violations } = await new AxeBuilder({ page })
      .include('.graph')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });

  test('a crowded date shows five events, and the rest after their button', async ({ page }) => {
    await page.goto('./?data=big.json&date=2015-06');
    const events = page.locator('.side article');
    await expect(events).toHaveCount(5);
    // Named without its ▸ (CSS content with empty alternative text).
    const all = page.getByRole('button', { name: /^All events on this date \((\d+)\)$/ });
    const total = Number(/\((\d+)\)/.exec((await all.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(5);
    // A button its own width, not the panel's.
    const [button, panel] = await Promise.all([
      all.boundingBox(),
      page.locator('.side').boundingBox(),
    ]);
    expect(button && panel && button.width / panel.width).toBeLessThan(0.8);
    await all.click();
    await expect(events).toHaveCount(total);
    await expect(all).toHaveAttribute('aria-expanded', 'true');
    await expect(all).toBeFocused();
    // Another date starts folded again.
    await scrubTo(page, '2016-06-01');
    await expect(events).toHaveCount(5);
  });

  test('a Latin name keeps its own direction on a label in the Arabic view', async ({ page }) => {
    // Names in English only, each ending in a full stop: in a right-to-left paragraph the stop
    // would be drawn at the name's left.
    const latin = {
      ...big,
      actors: big.actors.map((a) => ({ ...a, name: { en: `${a.name.en}.` } })),
    };
    await page.route('**/latin.json', (route) => route.fulfill({ json: latin }));
    await page.goto('./?data=latin.json&date=2015&lang=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const label = page.locator('.network button[data-role="involved"]').first();
    const ends = await label.evaluate((button) => {
      const text = button.firstChild!;
      const at = (i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left;
      };
      const n = text.textContent!.length;
      return { first: at(0), stop: at(n - 1), text: text.textContent };
    });
    expect(ends.text).toMatch(/\.$/);
    expect(ends.stop).toBeGreaterThan(ends.first);
  });

  test('the first wheel zooms even when pan/zoom code arrives after it', async ({ page }) => {
    const lazy: string[] = [];
    await page.goto('./?data=big.json&date=2015');
    const network = page.locator('.network');
    await expect(page.locator('.network canvas')).toBeVisible();
    // From now on every script is a lazy chunk; hold each back so the wheel comes first.
    await page.route(/\.js$/, async (route) => {
      lazy.push(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    const drawn = await settled(page);
    await expect(network).toHaveAttribute('data-zoom', 'idle');
    expect(lazy).toEqual([]);
    const box = (await page.locator('.network canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect(network).toHaveAttribute('data-zoom', 'idle'); // still on its way
    await expect(network).toHaveAttribute('data-zoom', 'ready');
    expect(Number(await network.getAttribute('data-scale'))).toBeGreaterThan(1);
    await expect.poll(async () => (await pixels(page)).sum).not.toBe(drawn.sum);
    // Fit puts the drawing back as it was.
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect(network).toHaveAttribute('data-scale', '1');
    await expect.poll(async () => (await pixels(page)).sum).toBe(drawn.sum);
  });
});

test('the flagship keeps its SVG, loads pan/zoom only when reached for, and keeps that first drag', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('./');
  const network = page.locator('.network');
  await expect(network).toHaveAttribute('data-renderer', 'svg');
  await expect(page.locator('.network canvas')).toHaveCount(0);
  await expect(page.locator('.network svg [data-actor-id]').first()).toBeVisible();
  await page.waitForTimeout(300);
  const firstView = [...scripts];
  await expect(network).toHaveAttribute('data-zoom', 'idle');

  // A press before pan/zoom has arrived (its code held back here) still drags once it has.
  await page.route(/\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  const box = (await page.locator('.network svg').boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height - 20);
  await page.mouse.down();
  await expect(network).toHaveAttribute('data-zoom', 'idle');
  await expect(network).toHaveAttribute('data-zoom', 'ready');
  expect(scripts.length).toBeGreaterThan(firstView.length);
  await page.mouse.move(box.x + 120, box.y + box.height - 60, { steps: 5 });
  await page.mouse.up();
  const moved = page.locator('.network svg > g');
  await expect(moved).toHaveAttribute('transform', /^translate\(100,-40\) scale\(1\)$/);
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect(moved).toHaveAttribute('transform', 'translate(0,0) scale(1)');
});

test('a canvas-drawn story exports to PNG and SVG with its title, the picture inside', async ({
  page,
}) => {
  await page.goto('./?data=big.json&date=2010');
  await expect(page.locator('.graph[data-layout="done"]')).toBeAttached({ timeout: 30_000 });
  await settled(page);
  const save = async (button: 'PNG' | 'SVG') => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${button.toLowerCase()}$`));
    return readFileSync((await download.path())!);
  };
  const svg = (await save('SVG')).toString('utf8');
  expect(svg).toContain(big.meta.title.en);
  expect(svg).toMatch(/<image [^>]*href="data:image\/png;base64,/);
  const size = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  const [svgWidth, svgHeight] = [Number(size?.[1]), Number(size?.[2])];
  // The drawing is the canvas at its size on the page, below the title (the group that holds it).
  const canvas = (await page.locator('.network canvas').boundingBox())!;
  expect(svgWidth).toBe(Math.round(canvas.width));
  const top = Number(/<g transform="translate\(0,([\d.]+)\)">/.exec(svg)?.[1]);
  expect(top).toBeGreaterThan(0);
  expect(svgHeight).toBeGreaterThan(top + canvas.height);

  // The PNG is the SVG at twice its size (export-svg.ts: svgToPng(svg, 2)); the labelled actors'
  // symbols (their label's data-x/y: CSS px on the canvas) are painted where the canvas has them.
  const spots = await page
    .locator('.network button[data-actor-id]')
    .evaluateAll((labels) =>
      labels.map(
        (l) => [Number(l.getAttribute('data-x')), Number(l.getAttribute('data-y'))] as const,
      ),
    );
  expect(spots.length).toBeGreaterThan(0);
  const points = spots.map(([x, y]) => [2 * x, 2 * (top + y)] as const);
  await expectPngPaints(page, await save('PNG'), 2 * svgWidth, 2 * svgHeight, points);
});
