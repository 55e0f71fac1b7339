import { expect, test, type FrameLocator, type Page } from '@playwright/test';

// Host pages live on other origins than the app (http://127.0.0.1:4173): real local servers, as
// Chromium will not let a routed (public) page frame a local address.
const APP = 'http://127.0.0.1:4173/';
const HOST = 'http://127.0.0.1:4180';
const STRANGER = 'http://127.0.0.1:4181';

/** Opens a host page with the given body on one of the host servers (tests/e2e/host-server.mjs). */
async function host(page: Page, origin: string, body: string): Promise<void> {
  await page.goto(`${origin}/page?body=${encodeURIComponent(body)}`);
}

/**
 * A host that records every message the embed (#embed) sends — pym.js's strings apart — and can
 * send commands back, to #embed or to another frame of the page.
 */
const RECORDING_HOST = (src: string, sandbox = '') => `
  <iframe id="embed" src="${src}" title="Tielines" width="600" height="300" ${sandbox}></iframe>
  <script>
    window.received = [];
    window.pym = [];
    addEventListener('message', (e) => {
      if (e.source !== document.getElementById('embed').contentWindow) return;
      if (typeof e.data === 'string' && e.data.startsWith('pymxPYMx')) window.pym.push(e.data);
      else if (e.data && typeof e.data === 'object') window.received.push(e.data);
    });
    window.command = (m, id = 'embed') => document.getElementById(id).contentWindow.postMessage(m, '*');
  </script>`;

interface Recorded {
  received: { type: string; height?: number }[];
  pym: string[];
}

const received = (page: Page) => page.evaluate(() => (window as unknown as Recorded).received);
const command = (page: Page, m: unknown, id = 'embed') =>
  page.evaluate(
    ([msg, to]) =>
      (window as unknown as { command: (m: unknown, id: string) => void }).command(msg, to),
    [m, id] as const,
  );

/** The embed document's content height in CSS px, measured inside its frame: what a host must show. */
const contentHeight = (frame: FrameLocator) =>
  frame.locator('html').evaluate((html) => html.scrollHeight);

/**
 * How far the last height the embed reported is from its content height, as `tielines:height`
 * and as pym.js's `height` message (the embed's src carries `childId`); NaN while one is missing.
 */
async function heightError(page: Page, frame: FrameLocator) {
  const { received: messages, pym } = await page.evaluate(() => {
    const w = window as unknown as Recorded;
    return { received: w.received, pym: w.pym };
  });
  const plain = messages.filter((m) => m.type === 'tielines:height').at(-1)?.height ?? Number.NaN;
  const [, id, kind, px] = pym.at(-1)?.split('xPYMx') ?? [];
  const viaPym = id === 'embed' && kind === 'height' ? Number(px) : Number.NaN;
  const inner = await contentHeight(frame);
  return Math.max(Math.abs(plain - inner), Math.abs(viaPym - inner));
}

/** Waits until the embed has reported its current content height, both ways, to within 2 px. */
async function expectHeightReported(page: Page, frame: FrameLocator): Promise<void> {
  await expect.poll(() => heightError(page, frame)).toBeLessThanOrEqual(2);
}

/**
 * Records, inside the embed, every message its window receives. A listener added once the host
 * bridge listens runs after the bridge's for each message, so once it has heard a message the
 * bridge has handled it.
 */
async function hearInFrame(frame: FrameLocator): Promise<() => Promise<number>> {
  await frame.locator('html').evaluate(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    addEventListener('message', (e) => heard.push(e.data));
  });
  return () =>
    frame.locator('html').evaluate(() => (window as unknown as { heard: unknown[] }).heard.length);
}

test('a host using the real pym.js parent resizes the iframe to the content, with no scrollbars inside', async ({
  page,
}) => {
  await host(
    page,
    HOST,
    `<div id="graphic" style="width:300px"></div><script src="/pym.js"></script>
     <script>window.parentPym = new pym.Parent('graphic', '${APP}?embed=1&date=2018', {});</script>`,
  );
  const iframe = page.locator('#graphic iframe');
  await expect
    .poll(async () => Number.parseInt((await iframe.getAttribute('height')) ?? '', 10), {
      timeout: 10_000,
    })
    .toBeGreaterThan(400);
  const height = Number.parseInt((await iframe.getAttribute('height')) ?? '', 10);
  const frame = page.frameLocator('#graphic iframe');
  await expect(frame.getByRole('link', { name: 'Open the full view' })).toBeVisible();
  const inner = await frame.locator('html').evaluate((html) => ({
    scroll: html.scrollHeight,
    client: html.clientHeight,
    sw: html.scrollWidth,
    cw: html.clientWidth,
  }));
  expect(Math.abs(inner.scroll - height)).toBeLessThanOrEqual(2);
  expect(inner.sw).toBeLessThanOrEqual(inner.cw);
});

test('a refused story lists its problems at full height in the embed, and the host hears of them', async ({
  page,
}) => {
  // Twenty actors with neither kind nor name: a list of problems taller than any default iframe.
  const actors = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}` }));
  await page.route(`${APP}broken.json`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ meta: { id: 'x' }, actors, events: [] }),
    }),
  );
  await host(
    page,
    HOST,
    `<div id="graphic" style="width:400px"></div><script src="/pym.js"></script>
     <script>
       window.received = [];
       addEventListener('message', (e) => { if (e.data && typeof e.data === 'object') window.received.push(e.data); });
       window.parentPym = new pym.Parent('graphic', '${APP}?embed=1&data=broken.json', {});
     </script>`,
  );
  const frame = page.frameLocator('#graphic iframe');
  await expect(frame.getByRole('heading', { name: 'This story cannot be shown' })).toBeVisible();
  const problems = async () =>
    (await received(page)).find((m) => m.type === 'tielines:problems') as
      { count: number } | undefined;
  await expect.poll(problems).toBeDefined();
  const count = (await problems())?.count ?? 0;
  await expect(frame.getByRole('listitem')).toHaveCount(count);
  expect(count).toBeGreaterThanOrEqual(40);
  expect((await received(page)).some((m) => m.type === 'tielines:ready')).toBe(false);

  // pym.js sized the iframe to the whole list: nothing is cut off, nothing scrolls inside.
  const iframe = page.locator('#graphic iframe');
  const inner = () =>
    frame
      .locator('html')
      .evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }));
  await expect
    .poll(async () => {
      const height = Number.parseInt((await iframe.getAttribute('height')) ?? '', 10);
      return Math.abs((await inner()).scroll - height);
    })
    .toBeLessThanOrEqual(2);
  expect((await inner()).scroll).toBeGreaterThan(1000);
  // The last of it, the way back, lies inside the iframe's box (page coordinates).
  const [button, box] = await Promise.all([
    frame.getByRole('button', { name: 'Open the default story instead' }).boundingBox(),
    iframe.boundingBox(),
  ]);
  expect(button && box && box.y + box.height - (button.y + button.height)).toBeGreaterThan(0);
});

test('the host API drives the date and selection and hears about both', async ({ page }) => {
  await host(page, HOST, RECORDING_HOST(`${APP}?embed=1&date=2012&childId=embed`));
  await expect
    .poll(async () => (await received(page)).map((m) => m.type))
    .toContain('tielines:ready');
  expect((await received(page)).find((m) => m.type === 'tielines:ready')).toMatchObject({
    story: 'musk-altman',
    date: '2012',
    lang: 'en',
  });
  const frame = page.frameLocator('#embed');
  await expect(frame.getByRole('slider')).toBeVisible();
  await expectHeightReported(page, frame);

  await command(page, { type: 'tielines:set-date', date: '2019-06' });
  await expect(frame.locator('[data-tie="altman|musk"]')).toHaveAttribute('data-relation', 'split');
  await expect
    .poll(async () => (await received(page)).filter((m) => m.type === 'tielines:date').at(-1))
    .toMatchObject({ date: '2019-06-01' });

  const closed = await contentHeight(frame);
  await command(page, { type: 'tielines:select-actor', actor: 'altman' });
  await expect(frame.getByRole('heading', { level: 2, name: 'Sam Altman' })).toBeVisible();
  await expect
    .poll(async () => (await received(page)).filter((m) => m.type === 'tielines:actor').at(-1))
    .toMatchObject({ actor: 'altman' });
  // The actor's panel makes the content taller, a narrower frame taller still: each new height is
  // reported.
  await expect.poll(() => contentHeight(frame)).toBeGreaterThan(closed + 100);
  await expectHeightReported(page, frame);
  const wide = await contentHeight(frame);
  await page.locator('#embed').evaluate((iframe) => iframe.setAttribute('width', '320'));
  await expect.poll(() => contentHeight(frame)).toBeGreaterThan(wide + 100);
  await expectHeightReported(page, frame);

  await frame.locator('[data-actor-id="musk"]').click();
  await expect
    .poll(async () => (await received(page)).filter((m) => m.type === 'tielines:actor').at(-1))
    .toMatchObject({ actor: 'musk' });

  await command(page, { type: 'tielines:set-language', lang: 'ar' });
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await command(page, { type: 'tielines:play' });
  await expect(frame.getByRole('button', { name: 'إيقاف مؤقت' })).toBeVisible();
  await command(page, { type: 'tielines:pause' });
  await expect(frame.getByRole('button', { name: 'تشغيل' })).toBeVisible();
  // Moving through dates, actors and languages never reconnects: "ready" was said once.
  expect((await received(page)).filter((m) => m.type === 'tielines:ready')).toHaveLength(1);
});

test('messages from a disallowed origin, or of the wrong shape, change nothing', async ({
  page,
}) => {
  // Beside it, the same embed allowing this page's origin: the commands below do act when allowed.
  await host(
    page,
    STRANGER,
    RECORDING_HOST(`${APP}?embed=1&date=2012&origin=${HOST}`) +
      `<iframe id="control" src="${APP}?embed=1&date=2012&origin=${STRANGER}" title="Control"></iframe>`,
  );
  const frame = page.frameLocator('#embed');
  const control = page.frameLocator('#control');
  // Sent any sooner, the commands would be dropped whatever the allow-list says: no one listens.
  await expect(frame.locator('[data-host-bridge="ready"]')).toBeAttached();
  await expect(control.locator('[data-host-bridge="ready"]')).toBeAttached();
  for (const embed of [frame, control])
    await expect(embed.locator('[data-tie="altman|musk"]')).toHaveAttribute(
      'data-relation',
      'introduced',
    );
  const heard = await hearInFrame(frame);
  const commands = [
    { type: 'tielines:set-date', date: '2019-06' },
    { type: 'tielines:select-actor', actor: 'altman' },
  ];
  for (const m of commands) await command(page, m);
  // Both reached the bridge, and Svelte has drawn whatever they did.
  await expect.poll(heard).toBe(commands.length);
  await expect(frame.locator('[data-tie="altman|musk"]')).toHaveAttribute(
    'data-relation',
    'introduced',
  );
  await expect(frame.locator('[data-actor-id="altman"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(frame.getByRole('heading', { level: 2, name: 'Sam Altman' })).toHaveCount(0);
  // The sentinel: the same commands from an allowed origin take effect.
  for (const m of commands) await command(page, m, 'control');
  await expect(control.locator('[data-tie="altman|musk"]')).toHaveAttribute(
    'data-relation',
    'split',
  );
  await expect(control.locator('[data-actor-id="altman"]')).toHaveAttribute('aria-pressed', 'true');
  // And the embed told the disallowed host nothing.
  expect(await received(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as Recorded).pym)).toEqual([]);
});

test('an allowed host origin is obeyed; malformed messages are ignored', async ({ page }) => {
  await host(page, HOST, RECORDING_HOST(`${APP}?embed=1&date=2012&origin=${HOST}`));
  await expect
    .poll(async () => (await received(page)).map((m) => m.type))
    .toContain('tielines:ready');
  const frame = page.frameLocator('#embed');
  for (const bad of [
    'tielines:play',
    { type: 'tielines:set-date', date: '2019-13' },
    { type: 'tielines:set-date', date: '2019-06', extra: 1 },
    null,
  ])
    await command(page, bad);
  // A sentinel sent after them: once it has acted, they were handled (in order, from one window).
  await command(page, { type: 'tielines:select-actor', actor: 'altman' });
  await expect(frame.locator('[data-actor-id="altman"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('[data-tie="altman|musk"]')).toHaveAttribute(
    'data-relation',
    'introduced',
  );
  await expect(frame.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await command(page, { type: 'tielines:set-date', date: '2019-06' });
  await expect(frame.locator('[data-tie="altman|musk"]')).toHaveAttribute('data-relation', 'split');
});

test('it works in an iframe sandboxed to scripts only, requesting nothing from other origins', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await host(
    page,
    HOST,
    RECORDING_HOST(`${APP}?embed=1&date=2016&childId=embed`, 'sandbox="allow-scripts"'),
  );
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('[data-tie="altman|musk"]')).toHaveAttribute(
    'data-relation',
    'alliance',
  );
  await frame.getByRole('slider').focus();
  await frame.getByRole('slider').press('End');
  await expect(frame.locator('[data-tie="altman|musk"]')).toHaveAttribute(
    'data-relation',
    'rivalry',
  );
  await expectHeightReported(page, frame);
  const foreign = requests.filter((u) => !u.startsWith(APP) && !u.startsWith(`${HOST}/`));
  expect(foreign).toEqual([]);
});
