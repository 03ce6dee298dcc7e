// The hardened page: a strict CSP that nothing violates, and no network request while a learner works.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { waitForFinish } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function watched(
  path: string,
  /** networkidle: everything the page fetches at load (and idle prefetch) is in before counting. */
  waitUntil: 'networkidle' | 'load' = 'networkidle',
): Promise<{ page: Page; violations: string[]; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}${path}`, { waitUntil });
  page.on('request', (r) => requests.push(r.url()));
  return { page, violations, requests, errors };
}

describe('hardening', () => {
  it('the app runs under a strict CSP (no inline script, no eval) without a single violation', async () => {
    const { page, violations, errors } = await watched('/?depth=expert&speed=20&checkpoints=1&pace=auto');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForSelector('.ej-checkpoint');
    await page.getByRole('button', { name: 'Skip the question' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await waitForFinish(page);
    await page.getByRole('button', { name: 'Embed this' }).click();
    await page.getByRole('dialog').waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('makes no network request while a journey plays, in Expert depth, with dialogs', async () => {
    const { page, requests } = await watched('/?speed=20&pace=auto');
    await page.getByRole('radio', { name: 'Expert' }).check();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await waitForFinish(page);
    await page.getByRole('tab', { name: 'Message header' }).click();
    await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
    await page.keyboard.press('Escape');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('the lesson page with its elements, and the iframe demo, also run under the CSP', async () => {
    const { page, violations, errors } = await watched('/lesson.html', 'load');
    await page.waitForSelector('#cross .ej [data-node="sender-client"]');
    await page.locator('#cross').evaluate((el) => (el as HTMLElement & { send(): void }).send());
    await page.goto(`${inject('baseUrl')}/embed-demo.html`, { waitUntil: 'load' });
    await page.locator('#framed').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#framed').getAttribute('data-last-event')).toBe('ready');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
