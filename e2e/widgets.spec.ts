// Quire's Shoelace widgets as a keyboard or screen-reader user meets them, in light and dark: the side-by-side split
// panel, a dialog, a menu, the colour picker and a tooltip. Each is checked with axe while open (no serious or
// critical violation), by keyboard (Escape closes, focus comes back), for CSP violations and remote loads (icons
// are local files), and photographed.

import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type QuireServer } from './fixtures';

const SHOTS = 'artifacts/screenshots';

async function api<T>(request: APIRequestContext, server: QuireServer, method: string, data: unknown = {}): Promise<T> {
  const res = await request.post(`${server.origin}/api/${method}`, { headers: { Authorization: `Bearer ${server.token}` }, data });
  expect(res.ok(), `${method} answered ${res.status()}`).toBe(true);
  return (await res.json()).value as T;
}

async function articleIds(request: APIRequestContext, server: QuireServer): Promise<Record<string, string>> {
  const list = await api<{ id: string; fileName: string }[]>(request, server, 'listArticles');
  return Object.fromEntries(list.map((a) => [a.fileName.slice(0, 3), a.id]));
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ iframes: false }).setLegacyMode(true).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`);
}

/** Records CSP violations, console errors and requests that leave the app's origin, from the first page load. */
async function watch(page: Page, server: QuireServer) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    localStorage.setItem('quire.onboarding.dismissed', '1');
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber}:${e.columnNumber})`));
  });
  page.on('console', (m) => {
    const text = `${m.text()} ${m.location().url}`;
    // Known and harmless, not Shoelace's: zod probes whether eval is allowed (it is not), and there is no favicon.
    if (m.type() === 'error' && !/^CSP: script-src blocked eval /.test(text) && !/favicon\.ico$/.test(text)) problems.push(text);
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== server.origin && url.protocol !== 'blob:') problems.push(`request outside the app: ${r.url().slice(0, 80)}`);
  });
  return problems;
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      test.slow(); // axe takes seconds per page on a busy two-core machine
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }); // Shoelace skips its animations
    });

    test(`split panel: side-by-side panes resize by keyboard (${scheme})`, async ({ page, server, request }) => {
      const problems = await watch(page, server);
      const ids = await articleIds(request, server);
      await page.goto(`${server.url}#/side/${ids['004']}/${ids['003']}/${ids['002']}`);
      const side = page.locator('quire-side-by-side');
      await expect(side.locator('quire-reader h1')).toHaveCount(3);
      const separators = side.getByRole('separator');
      await expect(separators).toHaveCount(2);
      await expect(side.getByRole('separator', { name: 'Resize panes 2 and 3' })).toBeVisible();
      const panes = side.locator('section.pane');
      const before = await Promise.all([0, 1, 2].map(async (i) => (await panes.nth(i).boundingBox())!.width));
      await side.getByRole('separator', { name: 'Resize panes 2 and 3' }).focus();
      await page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(async () => (await panes.nth(1).boundingBox())!.width).toBeLessThan(before[1] - 30);
      expect(Math.abs((await panes.nth(0).boundingBox())!.width - before[0])).toBeLessThan(2); // the first pane keeps its width
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/side-by-side-${scheme}.png` });
      expect(problems).toEqual([]);
    });

    test(`dialog: Edit details traps focus, Escape closes it and focus returns (${scheme})`, async ({ page, server, request }) => {
      const problems = await watch(page, server);
      const ids = await articleIds(request, server);
      await page.goto(`${server.url}#/article/${ids['003']}`);
      const reader = page.locator('quire-reader');
      const open = reader.getByRole('button', { name: 'Edit details' });
      await open.click();
      const dialog = page.getByRole('dialog', { name: 'Edit details' });
      await expect(dialog).toBeVisible();
      await expect(reader.locator('sl-dialog').getByLabel('Title')).toBeFocused();
      for (let i = 0; i < 9; i++) await page.keyboard.press('Tab'); // round the dialog and then some: focus stays inside
      expect(await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) if (at.localName === 'sl-dialog') return true;
        return false;
      })).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/dialog-${scheme}.png` });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(open).toBeFocused();
      expect(problems).toEqual([]);
    });

    test(`menu: the dossier's Export menu opens by keyboard and Escape gives focus back (${scheme})`, async ({ page, server, request }) => {
      const problems = await watch(page, server);
      const fares = (await api<{ id: string; name: string }[]>(request, server, 'listFigures')).find((f) => f.name === 'Nawaf Fares')!.id;
      await page.goto(`${server.url}#/figure/${fares}/dossier`);
      const dossier = page.locator('quire-dossier');
      await expect(page.frameLocator('quire-dossier iframe').locator('body')).toContainText('What the sources say');
      const trigger = dossier.getByRole('button', { name: 'Export…' });
      await expect(trigger).toHaveAttribute('aria-haspopup', 'true');
      await trigger.focus();
      await page.keyboard.press('ArrowDown');
      const menu = dossier.getByRole('menu');
      await expect(menu).toBeVisible();
      await expect(dossier.getByRole('menuitem', { name: 'PDF (A4)' })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(dossier.getByRole('menuitem', { name: 'PDF (US Letter)' })).toBeFocused();
      await expect(trigger).toHaveAttribute('aria-expanded', 'true');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/menu-${scheme}.png` });
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(trigger).toBeFocused();
      // the figure page's "More actions" menu: an icon button with a tooltip
      await page.goto(`${server.url}#/figure/${fares}`);
      const more = page.locator('quire-figure').getByRole('button', { name: 'More actions' });
      await more.hover();
      await expect(page.locator('quire-figure').getByRole('tooltip')).toHaveText('More actions');
      await more.click();
      await expect(page.locator('quire-figure').getByRole('menuitem', { name: 'Not a person' })).toBeVisible();
      expect(problems).toEqual([]);
    });

    test(`colour picker: the selection toolbar's swatches are a radio group (${scheme})`, async ({ page, server, request }) => {
      const problems = await watch(page, server);
      const ids = await articleIds(request, server);
      await page.goto(`${server.url}#/article/${ids['003']}`);
      const reader = page.locator('quire-reader');
      await expect(reader.locator('h1')).toBeVisible();
      await reader.locator('p', { hasText: 'White House spokesman' }).evaluate((p) => {
        p.scrollIntoView({ block: 'center' });
        const node = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode() as Text;
        const at = node.data.indexOf('White House spokesman');
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'White House spokesman'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await page.keyboard.press('h');
      const toolbar = page.getByRole('toolbar', { name: 'Selection' });
      await expect(toolbar.getByRole('radio', { name: 'Claim' })).toBeFocused();
      await expect(toolbar.getByRole('radio', { name: 'Claim' })).toHaveAttribute('aria-checked', 'true');
      await page.keyboard.press('ArrowRight');
      await expect(toolbar.getByRole('radio', { name: 'Evidence' })).toBeFocused();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/colour-picker-${scheme}.png` });
      // the close button's tooltip shows on keyboard focus too
      await toolbar.getByRole('button', { name: 'Close' }).focus();
      await expect(reader.getByRole('tooltip')).toHaveText('Close (Escape)');
      await page.keyboard.press('Escape');
      await expect(toolbar).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  });
}
