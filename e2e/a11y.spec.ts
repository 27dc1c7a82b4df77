// Accessibility as a keyboard or screen-reader user meets Quire: axe (WCAG 2 A/AA) on every main view in light and dark
// with no serious or critical violation, keyboard focus that is visible, the first-run hint, the shortcuts dialog,
// and Arabic paragraphs that read right to left.

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type QuireServer } from './fixtures';

interface Summary { id: string; title: string; fileName: string }

async function api<T>(request: APIRequestContext, server: QuireServer, method: string, data: unknown = {}): Promise<T> {
  const res = await request.post(`${server.origin}/api/${method}`, { headers: { Authorization: `Bearer ${server.token}` }, data });
  expect(res.ok(), `${method} answered ${res.status()}`).toBe(true);
  return (await res.json()).value as T;
}

/** Routes of the main views, with the element that shows each one's content once loaded. */
async function route(request: APIRequestContext, server: QuireServer, view: string): Promise<string> {
  const articles = await api<Summary[]>(request, server, 'listArticles');
  const byFile = (prefix: string) => articles.find((a) => a.fileName.startsWith(prefix))!.id;
  const fares = async () => (await api<{ id: string; name: string }[]>(request, server, 'listFigures', {})).find((f) => f.name === 'Nawaf Fares')!.id;
  if (view === 'reader') return `#/article/${byFile('002_')}`;
  if (view === 'figure') return `#/figure/${await fares()}`;
  if (view === 'dossier') return `#/figure/${await fares()}/dossier`;
  if (view === 'compare') return `#/compare/${byFile('002_')}/${byFile('004_')}`;
  return view === 'figures' ? '#/figures' : '#/';
}

const VIEWS = {
  library: 'quire-library tbody tr',
  reader: 'quire-reader h1',
  figures: 'quire-figures tbody tr',
  figure: 'quire-figure h1',
  dossier: 'quire-dossier iframe',
  compare: 'quire-compare h1, quire-compare h2',
};

/** Serious and critical WCAG 2.1 A/AA violations, one line each. Frames are checked apart (see the dossier test). */
async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ iframes: false }).setLegacyMode(true).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [view, ready] of Object.entries(VIEWS)) {
    test(`axe: no serious or critical violation on the ${view} view (${scheme})`, async ({ page, server, request }) => {
      test.slow(); // axe takes seconds per page on a busy two-core machine
      await page.emulateMedia({ colorScheme: scheme });
      // The library is checked on a first run, with the getting-started hint; the other views without it.
      if (view !== 'library') await page.addInitScript(() => localStorage.setItem('quire.onboarding.dismissed', '1'));
      await page.goto(`${server.url}${await route(request, server, view)}`);
      await expect(page.locator(ready).first()).toBeVisible({ timeout: 60_000 });
      expect(await seriousViolations(page)).toEqual([]);
      if (view === 'dossier') {
        // The dossier frame is sandboxed without scripts, so axe cannot enter it: check its document on its own.
        const html = await page.locator('quire-dossier iframe').evaluate((f) => (f as HTMLIFrameElement).srcdoc);
        await page.setContent(html);
        expect(await seriousViolations(page)).toEqual([]);
      }
      if (scheme === 'dark' && view === 'reader') await page.screenshot({ path: 'artifacts/screenshots/reader-dark.png' });
      if (scheme === 'light' && view === 'compare') await page.screenshot({ path: 'artifacts/screenshots/compare.png' });
      if (scheme === 'light' && view === 'figure') await page.screenshot({ path: 'artifacts/screenshots/figure-light.png' });
    });
  }
}

/** The theme variables of global.css: light from `:root`, dark from `:root[data-theme='dark']` over light. */
function themes(): Record<'light' | 'dark', Record<string, string>> {
  const css = readFileSync('src-renderer/styles/global.css', 'utf8');
  const vars = (re: RegExp) => Object.fromEntries([...(re.exec(css)?.[1] ?? '').matchAll(/--q-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
  const light = vars(/^:root \{([^}]*)\}/m);
  return { light, dark: { ...light, ...vars(/:root\[data-theme='dark'\] \{([^}]*)\}/) } };
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('theme colours meet WCAG AA in light and dark: text 4.5:1, focus ring 3:1', () => {
  const grounds = ['bg', 'panel', 'hover'];
  const marks = ['mark-0', 'mark-1', 'mark-2', 'mark-3', 'mark-4'];
  const failures: string[] = [];
  for (const [name, t] of Object.entries(themes())) {
    const check = (fg: string, bg: string, min: number) => {
      const r = contrast(t[fg], t[bg]);
      if (!(r >= min)) failures.push(`${name}: ${fg} on ${bg} is ${r.toFixed(2)}:1, below ${min}:1`);
    };
    for (const bg of grounds) for (const fg of ['text', 'muted', 'accent', 'danger']) check(fg, bg, 4.5);
    for (const bg of marks) for (const fg of ['text', 'muted']) check(fg, bg, 4.5); // highlighted passages, notes under them
    for (const bg of [...grounds, ...marks]) check('focus', bg, 3);
    check('accent-text', 'accent', 4.5);
  }
  expect(failures).toEqual([]);
});

test('the main navigation is reachable by keyboard and focus is visible', async ({ page, server }) => {
  await page.addInitScript(() => localStorage.setItem('quire.onboarding.dismissed', '1'));
  await page.goto(server.url);
  await expect(page.locator('quire-library tbody tr').first()).toBeVisible();
  const seen: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el) return null;
      const style = getComputedStyle(el);
      return { text: (el.textContent ?? '').trim(), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
    });
    if (!focus) continue;
    seen.push(focus.text);
    expect(focus.outline, `focus ring on "${focus.text}"`).toBe(true);
  }
  for (const name of ['Library', 'Figures']) expect(seen).toContain(name);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter'); // follows whichever link has focus: the route changes without a mouse
});

test('the first run shows a dismissible hint that stays dismissed', async ({ page, server }) => {
  await page.goto(server.url);
  const hint = page.getByRole('region', { name: 'Getting started' });
  await expect(hint).toBeVisible();
  for (const step of ['Highlight a passage', 'Open a figure', 'Export a dossier']) await expect(hint).toContainText(step);
  await page.screenshot({ path: 'artifacts/screenshots/onboarding.png' });
  await hint.getByRole('button', { name: /dismiss/i }).click();
  await expect(hint).toBeHidden();
  await page.reload();
  await expect(page.locator('quire-library tbody tr').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Getting started' })).toBeHidden();
});

test('? opens the keyboard shortcuts; focus stays inside; Escape closes and gives focus back', async ({ page, server }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // the dialog opens without its zoom (a steady screenshot)
  await page.addInitScript(() => localStorage.setItem('quire.onboarding.dismissed', '1'));
  await page.goto(server.url);
  await expect(page.locator('quire-library tbody tr').first()).toBeVisible();
  const figuresLink = page.getByRole('link', { name: 'Figures', exact: true });
  await figuresLink.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(page.locator('quire-shortcuts sl-dialog')).toContainText('Highlight the selection'); // the list is slotted into the dialog
  await page.screenshot({ path: 'artifacts/screenshots/shortcuts.png' });
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
        if (at.localName === 'sl-dialog') return true; // the focused element is inside the dialog, through shadow roots
      }
      return false;
    });
    expect(inside).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(figuresLink).toBeFocused();
});

const ARABIC_ARTICLE = [
  'Envoy speaks in Arabic and English',
  '',
  'Syria\'s former ambassador spoke to reporters in Baghdad on Thursday, in English and then in Arabic.',
  '',
  'قال السفير السوري السابق نواف الفارس إنه انشق عن النظام احتجاجا على قمع المتظاهرين.',
  '',
  'وأضاف الفارس أن على أعضاء حزب البعث أن يتبعوا طريقه.',
  '',
  'He did not say where he would go next.',
].join('\n');

test('Arabic paragraphs read right to left and a selection in them maps to the right offsets', async ({ page, server, request }) => {
  const report = await api<{ imported: { id: string }[] }>(request, server, 'importUploads', {
    files: [{ name: 'envoy-arabic.txt', content: ARABIC_ARTICLE }],
  });
  const id = report.imported[0].id;
  const article = await api<{ text: string }>(request, server, 'getArticle', { id });
  await page.addInitScript(() => localStorage.setItem('quire.onboarding.dismissed', '1'));
  await page.goto(`${server.url}#/article/${id}`);
  const reader = page.locator('quire-reader');
  await expect(reader.locator('h1')).toHaveText('Envoy speaks in Arabic and English');
  const arabic = reader.locator('p', { hasText: 'نواف الفارس' });
  await expect(arabic).toHaveAttribute('dir', 'auto');
  expect(await arabic.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  const english = reader.locator('p', { hasText: 'He did not say' });
  expect(await english.evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
  await page.screenshot({ path: 'artifacts/screenshots/reader-arabic.png' });

  // Select the name نواف الفارس inside the Arabic paragraph and highlight it with the keyboard shortcut.
  const name = 'نواف الفارس';
  await arabic.evaluate((p, word) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
      return;
    }
    throw new Error('name not found in the paragraph');
  }, name);
  await page.keyboard.press('h');
  await page.keyboard.press('Enter'); // the toolbar's first colour has the focus
  const start = article.text.indexOf(name);
  expect(start).toBeGreaterThan(0);
  await expect
    .poll(async () => (await api<{ start: number | null; end: number | null; quote: string }[]>(request, server, 'listHighlights', { articleId: id })).map((h) => [h.start, h.end, h.quote]))
    .toEqual([[start, start + name.length, name]]);
});
