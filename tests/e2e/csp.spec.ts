import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Records every Content-Security-Policy violation the page reports.
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

async function exercise(page: Page): Promise<void> {
  await expect(page.locator('[data-actor-id="musk"]')).toBeVisible();
  await page.getByRole('slider').focus();
  await page.keyboard.press('End');
  await page.locator('[data-actor-id="altman"]').click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
}

test('the built app carries a strict policy and breaks none of it', async ({ page }) => {
  await recordViolations(page);
  await page.goto('./?date=2016');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).toContain("object-src 'none'");
  // An injected inline script does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return 'injected' in window;
  });
  expect(ran).toBe(false);
  expect(await violations(page)).toEqual(['script-src-elem inline']);
  await page.evaluate(() =>
    (window as unknown as { cspViolations: string[] }).cspViolations.splice(0),
  );
  await exercise(page);
  await page.getByRole('button', { name: 'مشاركة' }).click();
  await expect(
    page.getByRole('dialog').frameLocator('iframe').locator('[data-actor-id="musk"]'),
  ).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the single file allows its inline code by hash only, and breaks none of it', async ({
  page,
}) => {
  await recordViolations(page);
  await page.goto(`${pathToFileURL(resolve('dist-single/index.html')).href}?date=2016`);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain('unsafe-inline');
  await exercise(page);
  expect(await violations(page)).toEqual([]);
});
