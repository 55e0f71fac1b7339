import { readFileSync } from 'node:fs';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { expectGraphFitted } from '../e2e/helpers.ts';

interface Counters {
  heap: number;
  nodes: number;
  listeners: number;
}

/** Heap after a full garbage collection, and the DOM's node and listener counts. */
async function counters(cdp: CDPSession): Promise<Counters> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

async function open(page: Page, search: string): Promise<CDPSession> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Ours only: a host page's own missing favicon is not the app's error.
    if (m.type() === 'error' && m.location().url.startsWith('http://127.0.0.1:4173/'))
      errors.push(m.text());
  });
  test.info().annotations.push({ type: 'errors', description: 'checked at the end' });
  await page.goto(search);
  await expect(page.locator('[data-actor-id="musk"]')).toBeVisible();
  Object.assign(page, { soakErrors: errors });
  return page.context().newCDPSession(page);
}
const errorsOf = (page: Page) => (page as Page & { soakErrors: string[] }).soakErrors;

/** The flagship's events, as much of them as the oracle below reads. */
interface StoryEvents {
  events: { date: string; ties: { source: string; target: string; relation: string }[] }[];
}
const flagship = JSON.parse(readFileSync('data/musk-altman.json', 'utf8')) as StoryEvents;

/** A story date ("2012", "2015-02", "2022-11-30") as the slider's whole UTC day. */
function dayOf(date: string): number {
  const [y = NaN, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The Musk–Altman relation on `day`, replaying the events one by one: the latest tie wins. */
function muskAltmanOn(day: number): string | null {
  let relation: string | null = null;
  for (const e of [...flagship.events].sort((a, b) => dayOf(a.date) - dayOf(b.date))) {
    if (dayOf(e.date) > day) break;
    for (const t of e.ties)
      if ([t.source, t.target].sort().join('|') === 'altman|musk') relation = t.relation;
  }
  return relation;
}

/** Prints the figures, then holds them to the budget: heap +5 MB at most, no growing DOM or listeners. */
function expectNoLeak(name: string, page: Page, before: Counters, after: Counters): void {
  const mb = (n: number) => (n / 1048576).toFixed(2);
  process.stdout.write(
    `${name}: heap ${mb(before.heap)} → ${mb(after.heap)} MB, nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}\n`,
  );
  expect(after.heap - before.heap).toBeLessThan(5 * 1048576);
  expect(after.nodes).toBeLessThanOrEqual(before.nodes + 50);
  expect(after.listeners).toBeLessThanOrEqual(before.listeners);
  expect(errorsOf(page)).toEqual([]);
}

/** Slider steps of a round trip across the whole story: 190 up, 190 down. */
const ROUND_TRIP = 380;

test('10,000 scrub steps move the date and the ties, with no errors, heap growth under 5 MB, no growing DOM or listeners', async ({
  page,
}) => {
  const cdp = await open(page, './?date=2012');
  const slider = page.getByRole('slider');
  // The domain runs from the first event to the last, as the story file dates them.
  const dates = flagship.events.map((e) => dayOf(e.date));
  const [min, max] = [Math.min(...dates), Math.max(...dates)];
  await expect(slider).toHaveAttribute('min', String(min));
  await expect(slider).toHaveAttribute('max', String(max));
  // Back and forth across the whole story. The round trip does not divide 10,000 evenly, so the
  // last step lands mid-story (6 March 2020) and the samples every 1,000 steps fall at dates in
  // each of the tie's four relations.
  const values = Array.from({ length: 10_000 }, (_, i) => {
    const t = (i % ROUND_TRIP) / (ROUND_TRIP / 2);
    return Math.round(min + (max - min) * (t <= 1 ? t : 2 - t));
  });
  const before = await counters(cdp);
  const sampled = await page.evaluate(async (values) => {
    const input = document.querySelector<HTMLInputElement>('input[type=range]');
    if (!input) throw new Error('no slider');
    const relations: (string | null)[] = [];
    for (const [i, value] of values.entries()) {
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // One frame every ten steps; every 1,000th step, once drawn, the tie as the page shows it.
      if (i % 10 === 9) await new Promise(requestAnimationFrame);
      if (i % 1000 === 999)
        relations.push(
          document.querySelector('[data-tie="altman|musk"]')?.getAttribute('data-relation') ?? null,
        );
    }
    return relations;
  }, values);
  const last = values.at(-1) ?? NaN;
  expect(dates).not.toContain(last); // off an event, the value text is the month
  const month = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  expect(month.format(last * 86_400_000)).toBe('March 2020');
  await expect(slider).toHaveAttribute('aria-valuetext', 'March 2020');
  expect(sampled).toEqual(values.filter((_, i) => i % 1000 === 999).map(muskAltmanOn));
  expect(new Set(sampled).size).toBeGreaterThan(1);
  // Back where it began, so that the counters compare the same picture.
  await page.evaluate((min) => {
    const input = document.querySelector<HTMLInputElement>('input[type=range]');
    if (!input) throw new Error('no slider');
    input.value = String(min);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, min);
  await expect(slider).toHaveAttribute('aria-valuetext', '2012');
  await page.waitForTimeout(600);
  const after = await counters(cdp);
  expectNoLeak('scrub', page, before, after);
});

test('100 play-throughs on a fast-forwarded clock end where they should, leaking nothing', async ({
  page,
}) => {
  await page.clock.install();
  const cdp = await open(page, './?date=2012');
  const slider = page.getByRole('slider');
  const play = async () => {
    await page.keyboard.press('Home');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.clock.runFor(60_000);
    await expect(slider).toHaveAttribute('aria-valuetext', '21 January 2025');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  };
  await slider.focus();
  await play();
  const before = await counters(cdp);
  for (let i = 1; i < 100; i++) {
    await slider.focus();
    await play();
  }
  const after = await counters(cdp);
  expectNoLeak('play', page, before, after);
});

test('200 language and theme switches keep the date and selection, and leak nothing', async ({
  page,
}) => {
  const cdp = await open(page, './?date=2018&actor=musk');
  // By position: their accessible names change with the language.
  const language = page.getByRole('combobox').nth(0);
  const theme = page.getByRole('combobox').nth(1);
  await language.selectOption('ar');
  await language.selectOption('en');
  const before = await counters(cdp);
  for (let i = 0; i < 50; i++) {
    await language.selectOption('ar');
    await theme.selectOption('dark');
    await language.selectOption('en');
    await theme.selectOption('light');
  }
  await theme.selectOption('system');
  await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '2018');
  await expect(page.getByRole('heading', { level: 2, name: 'Elon Musk' })).toBeVisible();
  const after = await counters(cdp);
  expectNoLeak('language and theme', page, before, after);
});

test('a resize storm and a hidden, zero-size iframe shown again leave a fitted graph', async ({
  page,
}) => {
  await open(page, './?date=2025-01-21');
  for (let i = 0; i < 60; i++)
    await page.setViewportSize({ width: 320 + ((i * 97) % 1600), height: 480 + ((i * 53) % 600) });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.waitForTimeout(300);
  await expectGraphFitted(page);
  // A background tab: the page is frozen (no timers, no frames), then resumed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await page.waitForTimeout(300);
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await page.getByRole('slider').press('Home');
  await page.getByRole('slider').press('End');
  await expectGraphFitted(page);
  // An embed that starts at zero size and hidden, then is shown.
  await page.goto(
    'http://127.0.0.1:4180/page?body=' +
      encodeURIComponent(
        '<iframe id="f" src="http://127.0.0.1:4173/?embed=1&date=2025-01-21" style="width:0;height:0;display:none" title="t"></iframe>',
      ),
  );
  await page.waitForTimeout(800);
  await page.evaluate(() => {
    const f = document.getElementById('f') as HTMLIFrameElement;
    f.style.cssText = 'display:block;width:600px;height:900px';
  });
  await page.waitForTimeout(600);
  await expectGraphFitted(page.frameLocator('#f'));
  expect(errorsOf(page)).toEqual([]);
});
