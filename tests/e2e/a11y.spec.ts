import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalOverflow } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, label: string): Promise<void> {
  // The whole view is there (the parts around the graph render a frame after it)…
  await expect(page.locator('input[type="range"]')).toBeAttached();
  await page.waitForTimeout(500); // …and fades have finished, so axe sees final colours
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 4)
        .join(', ')}`,
  );
  expect(summary, label).toEqual([]);
}

for (const lang of ['en', 'ar'] as const) {
  test.describe(`${lang}: axe finds no WCAG A/AA violation`, () => {
    test('full view, with an actor open', async ({ page }) => {
      await page.goto(`./?lang=${lang}&date=2018&actor=musk`);
      await expectNoViolations(page, 'full');
    });

    test('full view in the dark theme', async ({ page }) => {
      await page.goto(`./?lang=${lang}&date=2025-01-21&theme=dark`);
      await expectNoViolations(page, 'dark');
    });

    test('table view', async ({ page }) => {
      await page.goto(`./?lang=${lang}&date=2024-08`);
      await page.locator('details.table summary').click();
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoViolations(page, 'table');
    });

    test('embed view', async ({ page }) => {
      await page.goto(`./?lang=${lang}&date=2016&embed=1`);
      await expectNoViolations(page, 'embed');
    });

    test('talk mode', async ({ page }) => {
      await page.goto(`./?lang=${lang}&date=2015&present=1`);
      await page.waitForTimeout(2600); // past the chapter card
      await expectNoViolations(page, 'present');
    });

    test('the share dialog', async ({ page }) => {
      await page.goto(`./?lang=${lang}&date=2016`);
      await page.getByRole('button', { name: lang === 'en' ? 'Share' : 'مشاركة' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'dialog');
    });
  });
}

test.describe('right to left', () => {
  test('Arabic mirrors the page and the slider: dragging left moves time forward', async ({
    page,
  }, info) => {
    await page.goto('./?lang=ar&date=2012');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const slider = page.getByRole('slider');
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    // Time starts on the right: the thumb is at the right end on the first date.
    await page.mouse.move(box.x + box.width - 8, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 8 });
    await page.mouse.up();
    await expect(page.locator('[data-tie="altman|musk"]')).toHaveAttribute(
      'data-relation',
      'split',
    );
    // The arrow keys follow what the eye sees: ← is later, → earlier.
    const before = await slider.inputValue();
    await slider.press('ArrowLeft');
    expect(Number(await slider.inputValue())).toBeGreaterThan(Number(before));
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
    expect(Number(await slider.inputValue())).toBeLessThan(Number(before));
    // Panels mirror too: the side panel sits left of the graph.
    const graph = (await page.locator('.graph').boundingBox())!;
    const side = (await page.locator('.side').boundingBox())!;
    expect(side.x).toBeLessThan(graph.x);
    for (const [w, h] of [
      [1280, 800],
      [360, 740],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await info.attach(`arabic-${w}x${h}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
    }
  });

  test('Arabic labels render in the graph, with Latin names in order', async ({ page }) => {
    await page.goto('./?lang=ar&date=2016');
    await expect(page.locator('[data-actor-id="musk"] text')).toHaveText('إيلون ماسك');
    await expect(page.locator('[data-actor-id="openai"] text')).toHaveText('OpenAI');
    const style = await page
      .locator('[data-actor-id="openai"] text')
      .evaluate((e) => getComputedStyle(e).unicodeBidi);
    expect(style).toBe('plaintext');
  });

  test('the Arabic font is self-hosted and loaded only when Arabic is shown', async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font' || /\.woff2?$/.test(r.url())) fonts.push(r.url());
    });
    await page.goto('./?lang=en&date=2016');
    await page.waitForLoadState('networkidle');
    expect(fonts).toEqual([]);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect.poll(() => fonts.some((u) => u.includes('noto-naskh-arabic'))).toBe(true);
    expect(fonts.every((u) => u.startsWith('http://127.0.0.1:4173/'))).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'ماسك')))
      .toBe(true);
  });
});

test('everything works from the keyboard with a visible focus', async ({ page }) => {
  await page.goto('./?date=2016');
  const node = page.locator('[data-actor-id="musk"]');
  await node.focus();
  const outline = await node.locator('.symbol').evaluate((e) => getComputedStyle(e).stroke);
  expect(outline).not.toBe('');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Elon Musk' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(node).toBeFocused();
  await page.getByRole('button', { name: 'Share' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // The page behind the modal dialog is inert: tabbing never reaches it. Past the dialog's last
  // control focus may leave for the browser's own interface (the body is then the active element,
  // as in any modal dialog: no keyboard trap), and comes back to the dialog.
  const places: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    places.push(
      await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'browser';
        return active.closest('dialog') ? 'dialog' : `page: ${active.tagName} ${active.className}`;
      }),
    );
  }
  expect(places.filter((p) => p.startsWith('page'))).toEqual([]);
  const out = places.indexOf('browser');
  if (out >= 0) expect(places.slice(out + 1)).toContain('dialog');
  await expect(dialog).toBeVisible();
});

test('reduced motion: no animation, and play steps from event to event', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?date=2022-11-30');
  expect(
    await page
      .locator('[data-actor-id="musk"] .symbol')
      .evaluate((e) => getComputedStyle(e).animationName),
  ).toBe('none');
  const slider = page.getByRole('slider');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(slider).toHaveAttribute('aria-valuetext', /2023/, { timeout: 5000 });
  const values = new Set<string>();
  for (let i = 0; i < 10; i++) {
    values.add((await slider.getAttribute('aria-valuetext')) ?? '');
    await page.waitForTimeout(100);
  }
  // Only event dates (never an in-between month) are shown while playing.
  for (const v of values) expect(v).toMatch(/^(c\. )?(\d+ )?([A-Z][a-z]+ )?20\d\d$/);
  await page.getByRole('button', { name: 'Pause' }).click();
});

test('text scaled to 200% loses nothing and does not overflow sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?date=2018');
  // Through the CSSOM: the page's policy (rightly) refuses an injected <style>.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  await expectNoHorizontalOverflow(page);
  for (const name of ['Play', 'Share', 'Present'])
    await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.getByRole('slider')).toBeVisible();
});
