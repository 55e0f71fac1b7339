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

test('10,000 scrub steps: no errors, heap growth under 5 MB, no growing DOM or listeners', async ({
  page,
}) => {
  const cdp = await open(page, './?date=2012');
  const before = await counters(cdp);
  await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('input[type=range]');
    if (!input) throw new Error('no slider');
    const [min, max] = [Number(input.min), Number(input.max)];
    for (let i = 0; i < 10_000; i++) {
      // Back and forth across the whole story, one frame every ten steps.
      const t = (i % 400) / 200;
      input.value = String(Math.round(min + (max - min) * (t <= 1 ? t : 2 - t)));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (i % 10 === 9) await new Promise(requestAnimationFrame);
    }
    input.value = String(min);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
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
