// The reader's context menu: right-click a selection to highlight it, open it by keyboard (Shift+F10) to copy a
// paragraph's link, Escape gives focus back; axe finds nothing serious with it open; the browser's menu stays elsewhere.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { drawn, openArticle, phraseBox, selectWithMouse } from './reader-helpers';

const SHOTS = 'artifacts/screenshots';


test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
});

// Close the page before the server stops: a request still in flight would keep its connection open past the server's
// close, for as long as a keep-alive lasts (over a minute).
test.afterEach(async ({ page }) => {
  await page.close();
});

test('right-click on a selection: the menu offers the colours by meaning, and one highlights', async ({ page, server }) => {
  await openArticle(page, server, 'Syrian diplomats');
  const phrase = 'White House spokesman Jay Carney';
  const b = await selectWithMouse(page, phrase);
  await page.mouse.click((b.x1 + b.x2) / 2, b.y1, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Reader actions' });
  await expect(menu).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toHaveCount(0); // the menu, not the toolbar too
  await expect(menu.getByRole('menuitem', { name: 'Highlight as Claim' })).toBeFocused();
  for (const name of ['Add note…', 'Copy with citation', 'Copy', `Search the notebook for “White House spokesman…”`, 'Copy link to this paragraph', 'Show mentions', 'Find in article']) {
    await expect(menu.getByRole('menuitem', { name, exact: true })).toBeVisible();
  }
  await page.screenshot({ path: `${SHOTS}/context-menu.png` });
  await menu.getByRole('menuitem', { name: 'Highlight as Contradiction' }).click();
  await expect(menu).toHaveCount(0);
  const panel = page.locator('quire-highlights-panel');
  await expect(panel.locator('li')).toHaveCount(1);
  await expect(panel.locator('li .quote')).toHaveText(phrase);
  await expect.poll(() => drawn(page, 'quire-c2')).toEqual([phrase]);
});

test('Shift+F10 opens the menu by keyboard; arrows and Enter copy the paragraph link; Escape gives focus back', async ({ server, context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const article = await openArticle(page, server, 'Syrian diplomats');
  const phrase = 'White House spokesman';
  const b = await phraseBox(page, phrase);
  await page.mouse.click(b.x1 + 2, b.y1); // caret in that paragraph, focus in the text
  const text = page.locator('quire-reader .text');
  await expect(text).toBeFocused();

  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Reader actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Copy link to this paragraph' })).toBeFocused();
  expect(await axeSerious(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(text).toBeFocused();

  await page.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem', { name: 'Copy link to this paragraph' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Show mentions' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(text).toBeFocused();
  const at = article.text.indexOf(phrase);
  const index = article.paragraphs.findIndex(([s, e]) => s <= at && at < e);
  const [s, e] = article.paragraphs[index];
  await expect(page.getByRole('status').filter({ hasText: 'Copied the link' })).toHaveText(`Copied the link to paragraph ${index + 1}.`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`#/article/${article.id}?at=${s}-${e}`);

  // the same menu shows and hides mentions and opens the find bar
  await page.keyboard.press('ContextMenu');
  await menu.getByRole('menuitem', { name: 'Show mentions' }).click();
  await expect(page.getByRole('toolbar', { name: 'Reader tools' }).getByRole('button', { name: 'Show mentions' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await drawn(page, 'quire-mention')).length).toBeGreaterThan(0); // (and no request left running)
  await page.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem', { name: 'Hide mentions' })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Find in article' }).click();
  await expect(page.getByRole('textbox', { name: 'Find in article' })).toBeFocused();
});

test('dark mode: axe passes with the menu open; a click outside closes it; the browser keeps its own menu outside the text', async ({ page, server }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await openArticle(page, server, 'Syrian diplomats');
  const b = await phraseBox(page, 'White House');
  await page.mouse.click(b.x1, b.y1, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Reader actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Copy', exact: true })).toHaveCount(0); // nothing selected
  await page.keyboard.press('ArrowDown');
  expect(await axeSerious(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/context-menu-dark.png` });
  await page.locator('quire-reader h1').click();
  await expect(menu).toHaveCount(0);
  const prevented = await page.locator('quire-reader').evaluate((host) =>
    ['h1', '.text p[data-start]'].map((sel) => {
      const ev = new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true });
      host.shadowRoot!.querySelector(sel)!.dispatchEvent(ev);
      return ev.defaultPrevented;
    }),
  );
  expect(prevented).toEqual([false, true]);
});

async function axeSerious(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ iframes: false }).setLegacyMode(true).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`);
}
