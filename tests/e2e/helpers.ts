import { expect, type FrameLocator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Sets the slider to a story date the way a drag does (input events on the native range). */
export async function scrubTo(page: Page, isoDay: string): Promise<void> {
  const day = Math.round(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000);
  await page.getByRole('slider').fill(String(day));
}

/** The drawn relation of a pair, or null when no tie is drawn. */
export function drawnRelation(page: Page, key: string) {
  return page
    .locator(`[data-tie="${key}"]`)
    .getAttribute('data-relation', { timeout: 1000 })
    .catch(() => null);
}

/** Resolves once every keyframe is laid out (layouts stream in from a worker after load). */
export async function layoutDone(scope: Page | FrameLocator): Promise<void> {
  await expect(scope.locator('.graph[data-layout="done"]')).toBeAttached({ timeout: 15_000 });
}

/** Every drawn actor's on-screen centre, once the layout is done and fade-outs have finished. */
export async function actorPositions(page: Page): Promise<Record<string, [number, number]>> {
  await layoutDone(page);
  await page.waitForTimeout(450); // let leaving actors fade out (300 ms)
  return page.locator('[data-actor-id]').evaluateAll((nodes) =>
    Object.fromEntries(
      nodes.map((n) => {
        const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(n.getAttribute('transform') ?? '');
        return [n.getAttribute('data-actor-id'), [Number(m?.[1]), Number(m?.[2])]];
      }),
    ),
  );
}

/** Drawn ties as "key=relation", sorted, once transitions have settled. */
export async function drawnTies(page: Page): Promise<string[]> {
  await page.waitForTimeout(450);
  const ties = await page
    .locator('[data-tie]')
    .evaluateAll((n) =>
      n.map((e) => `${e.getAttribute('data-tie')}=${e.getAttribute('data-relation')}`),
    );
  return ties.sort();
}

export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

/** Every drawn actor's symbol lies inside the drawing's box (the graph fits its box). */
export async function expectGraphFitted(scope: Page | FrameLocator): Promise<void> {
  await layoutDone(scope);
  const box = (await scope.locator('.network svg').boundingBox())!;
  const nodes = await scope
    .locator('[data-actor-id] .symbol')
    .evaluateAll((n) => n.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  expect(nodes.length).toBeGreaterThan(10);
  for (const r of nodes) {
    expect(r.left).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(r.right).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(r.top).toBeGreaterThanOrEqual(box.y - 0.5);
    expect(r.bottom).toBeLessThanOrEqual(box.y + box.height + 0.5);
  }
}

/** The bundled story's file as plain data, read from disk: an oracle independent of the app's code. */
export interface StoryFile {
  actors: { id: string; start?: string }[];
  events: { date: string; actors: string[]; ties?: { source: string; target: string }[] }[];
}

export function flagshipStory(): StoryFile {
  return JSON.parse(readFileSync('data/musk-altman.json', 'utf8')) as StoryFile;
}

/**
 * A story date ("2015", "2015-02", "2022-11-30") as the slider's value: whole days from
 * 1970-01-01 (UTC) to the date's first day.
 */
export function dayOf(date: string): number {
  const [year, month = '01', day = '01'] = date.split('-');
  return Date.parse(`${year}-${month}-${day}T00:00:00Z`) / 86_400_000;
}

/** The story's distinct event dates, as written in the file, in time order. */
export function eventDates(story: StoryFile): string[] {
  const byDay = new Map<number, string>();
  for (const { date } of story.events) if (!byDay.has(dayOf(date))) byDay.set(dayOf(date), date);
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([, date]) => date);
}

/**
 * The day each actor first appears: its `start`, or the first event that names it (among the
 * event's actors or at either end of a tie), whichever is earlier.
 */
export function firstAppearances(story: StoryFile): Map<string, number> {
  const first = new Map<string, number>();
  const see = (id: string, day: number) => first.set(id, Math.min(day, first.get(id) ?? day));
  for (const actor of story.actors) if (actor.start) see(actor.id, dayOf(actor.start));
  for (const event of story.events) {
    const day = dayOf(event.date);
    for (const id of event.actors) see(id, day);
    for (const tie of event.ties ?? []) {
      see(tie.source, day);
      see(tie.target, day);
    }
  }
  return first;
}

/** A PNG file decoded by the browser: its size in pixels and the RGB colour at each point asked. */
export async function pngPixels(
  page: Page,
  file: Buffer,
  points: readonly (readonly [number, number])[],
): Promise<{ width: number; height: number; colours: [number, number, number][] }> {
  return page.evaluate(
    async ({ base64, points }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const colours = points.map(([x, y]) => {
        const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
        return [r!, g!, b!] as [number, number, number];
      });
      return { width: bitmap.width, height: bitmap.height, colours };
    },
    { base64: file.toString('base64'), points },
  );
}

/** A CSS colour (any syntax the browser reads) as [r, g, b], painted and read back by the browser. */
export function rgbOf(page: Page, colour: string): Promise<[number, number, number]> {
  return page.evaluate((colour) => {
    const context = new OffscreenCanvas(1, 1).getContext('2d')!;
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!] as [number, number, number];
  }, colour);
}

/** The largest difference between two colours in any channel (0–255). */
export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));
}

/**
 * A PNG export holds the drawing: it is `width` × `height` px, its corner is the page's `--bg`, and
 * every point given (an actor's place in the PNG's px) is painted in another colour.
 */
export async function expectPngPaints(
  page: Page,
  file: Buffer,
  width: number,
  height: number,
  points: readonly (readonly [number, number])[],
): Promise<void> {
  const png = await pngPixels(page, file, [[2, 2], ...points]);
  expect([png.width, png.height]).toEqual([width, height]);
  const bg = await rgbOf(
    page,
    await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg')),
  );
  const [atCorner, ...atActors] = png.colours;
  expect(colourDistance(atCorner!, bg)).toBeLessThanOrEqual(2);
  for (const [i, colour] of atActors.entries())
    expect(colourDistance(colour, bg), `actor at ${points[i]!.join(',')}`).toBeGreaterThan(16);
}
