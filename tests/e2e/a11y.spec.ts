import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  dayOf,
  eventDates,
  expectNoHorizontalOverflow,
  firstAppearances,
  flagshipStory,
} from './helpers.ts';

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

/** The computed stroke of an actor's symbol: what marks it as focused. */
function strokeOf(page: Page, id: string) {
  return page.locator(`[data-actor-id="${id}"] .symbol`).evaluate((e) => ({
    colour: getComputedStyle(e).stroke,
    width: getComputedStyle(e).strokeWidth,
  }));
}

test('everything works from the keyboard with a visible focus', async ({ page }) => {
  // On 2016 the latest event (May 2015) involves neither Demis Hassabis nor Google, so nothing but
  // focus sets their symbols apart (an event's actors are drawn thicker).
  await page.goto('./?date=2016');
  const node = page.locator('[data-actor-id="hassabis"]');
  await expect(node).toBeVisible();
  const unfocused = await strokeOf(page, 'hassabis');
  expect(await strokeOf(page, 'google')).toEqual(unfocused);
  // Real keyboard focus, so :focus-visible applies: Tab until the actor has it.
  await expect
    .poll(
      async () => {
        await page.keyboard.press('Tab');
        return node.evaluate((e) => e === document.activeElement);
      },
      { intervals: [0], timeout: 10_000 },
    )
    .toBe(true);
  const focused = await strokeOf(page, 'hassabis');
  expect(focused.colour).not.toBe(unfocused.colour);
  expect(Number.parseFloat(focused.width)).toBeGreaterThan(Number.parseFloat(unfocused.width));
  expect(await strokeOf(page, 'google')).toEqual(unfocused);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Demis Hassabis' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(node).toBeFocused();
  await page.getByRole('button', { name: 'Share' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // The page behind the modal dialog is inert: tabbing never reaches it. Past the dialog's last
  // control (the preview's own controls, inside its iframe, come last) focus leaves for the
  // browser's own interface (the body is then the active element, as in any modal dialog: no
  // keyboard trap), and comes back to the dialog.
  const places: string[] = [];
  const where = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return 'browser';
      return active.closest('dialog')
        ? 'dialog'
        : `page: ${active.tagName} ${active.getAttribute('class') ?? ''}`;
    });
  await expect
    .poll(
      async () => {
        await page.keyboard.press('Tab');
        places.push(await where());
        const out = places.indexOf('browser');
        return out >= 0 && places.slice(out + 1).includes('dialog');
      },
      { intervals: [0], timeout: 20_000 },
    )
    .toBe(true);
  expect(places.filter((p) => p.startsWith('page'))).toEqual([]);
  await expect(dialog).toBeVisible();
});

/**
 * The first step from one event date to the next where an actor arrives, found in the story file:
 * the date before, the date after and one actor absent before and present after.
 */
function firstArrival(): { from: string; to: string; actor: string } {
  const story = flagshipStory();
  const dates = eventDates(story);
  const appears = firstAppearances(story);
  for (let i = 1; i < dates.length; i++) {
    const [from, to] = [dates[i - 1]!, dates[i]!];
    const actor = [...appears].find(([, day]) => day === dayOf(to))?.[0];
    if (actor) return { from, to, actor };
  }
  throw new Error('no actor arrives after the first event date');
}

/** Steps from `from` to the next event with the slider's key; the arriving actor's animations. */
async function arrive(page: Page, { from, to, actor }: ReturnType<typeof firstArrival>) {
  await page.goto(`./?date=${from}`);
  await expect(page.locator('[data-actor-id]').first()).toBeVisible();
  await expect(page.locator(`[data-actor-id="${actor}"]`)).toHaveCount(0);
  const slider = page.getByRole('slider');
  await slider.press('ArrowRight');
  await expect(slider).toHaveValue(String(dayOf(to)));
  return page.locator(`[data-actor-id="${actor}"]`).evaluate((e) => ({
    actor: getComputedStyle(e).animationName,
    symbol: getComputedStyle(e.querySelector('.symbol')!).animationName,
  }));
}

test('an arriving actor fades and grows in', async ({ page }) => {
  const arrival = firstArrival();
  const names = await arrive(page, arrival);
  expect(names.actor, arrival.actor).not.toBe('none');
  expect(names.symbol, arrival.actor).not.toBe('none');
});

test('reduced motion: an arriving actor just appears', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const arrival = firstArrival();
  expect(await arrive(page, arrival)).toEqual({ actor: 'none', symbol: 'none' });
});

test('reduced motion: play steps from event to event, never in between', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const from = '2022-11-30';
  await page.goto(`./?date=${from}`);
  await expect(page.locator('[data-actor-id]').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('4');
  // Every value the slider holds, frame by frame, from before Play to the end.
  const seen = await page.getByRole('slider').evaluateHandle((slider: HTMLInputElement) => {
    const days: number[] = [];
    const watch = () => {
      const day = Number(slider.value);
      if (days.at(-1) !== day) days.push(day);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    return days;
  });
  await page.getByRole('button', { name: 'Play' }).click();
  // Play stops by itself at the end of the story.
  const days = eventDates(flagshipStory()).map(dayOf);
  await expect(page.getByRole('slider')).toHaveValue(String(days.at(-1)), { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await seen.jsonValue()).toEqual(days.filter((d) => d >= dayOf(from)));
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
