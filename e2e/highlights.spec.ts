// Highlights and notes as a user meets them: select with the mouse or the keyboard, highlight, note, reload, links.

import type { Page } from '@playwright/test';
import { expect, test, type QuireServer } from './fixtures';

const SHOTS = 'artifacts/screenshots';

async function api<T>(page: Page, server: QuireServer, method: string, input: unknown): Promise<T> {
  const res = await page.request.post(`${server.origin}/api/${method}`, { headers: { Authorization: `Bearer ${server.token}` }, data: input });
  const body = await res.json();
  if (!body.ok) throw new Error(body.error);
  return body.value as T;
}

async function openArticle(page: Page, server: QuireServer, titleStart: string): Promise<{ id: string; text: string }> {
  const list = await api<{ id: string; title: string }[]>(page, server, 'listArticles', {});
  const a = list.find((x) => x.title.startsWith(titleStart))!;
  const full = await api<{ id: string; text: string }>(page, server, 'getArticle', { id: a.id });
  await page.goto(`${server.url}#/article/${a.id}`);
  await expect(page.locator('quire-reader h1')).toBeVisible();
  return full;
}

/** The viewport rectangle of a phrase in the reader's text (first occurrence). */
async function phraseBox(page: Page, phrase: string) {
  return page.locator('quire-reader').evaluate((host, phrase) => {
    const root = host.shadowRoot!;
    for (const p of root.querySelectorAll('p[data-start]')) {
      const node = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode() as Text | null; // Lit puts comment markers first
      const i = node?.data.indexOf(phrase) ?? -1;
      if (!node || i < 0) continue;
      p.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + phrase.length);
      const rects = [...r.getClientRects()];
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`phrase not in the reader: ${phrase}`);
  }, phrase);
}

async function selectWithMouse(page: Page, phrase: string) {
  const b = await phraseBox(page, phrase);
  await page.mouse.move(b.x1, b.y1);
  await page.mouse.down();
  await page.mouse.move(b.x2, b.y2, { steps: 8 });
  await page.mouse.up();
}

/** The texts drawn under a CSS custom highlight name. */
async function drawn(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...((CSS.highlights.get(n) as unknown as Set<Range>) ?? [])].map((r) => r.toString()), name);
}

test('select with the mouse, highlight, add a note; after a reload it is still listed and drawn', async ({ page, server }) => {
  const article = await openArticle(page, server, 'Syrian diplomats');
  const phrase = 'White House spokesman Jay Carney';
  expect(article.text).toContain(phrase);
  await selectWithMouse(page, phrase);
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await expect(toolbar).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/highlight-toolbar.png` });
  await toolbar.getByRole('radio', { name: 'Contradiction' }).click();

  const panel = page.locator('quire-highlights-panel');
  await expect(panel.locator('li')).toHaveCount(1);
  await expect(panel.locator('li .quote')).toHaveText(phrase);
  await expect.poll(() => drawn(page, 'quire-c2')).toEqual([phrase]);

  await panel.getByRole('button', { name: 'Add note' }).click();
  const editor = panel.getByRole('textbox', { name: 'Note on this highlight' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('Carney is the **only** on-record source.');
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(panel.locator('.note strong')).toHaveText('only');

  await page.waitForTimeout(700); // the note is saved within the debounce (400 ms) of the last keystroke
  await page.reload();
  await expect(panel.locator('li .quote')).toHaveText(phrase);
  await expect(panel.locator('.note')).toContainText('Carney is the only on-record source.');
  await expect.poll(() => drawn(page, 'quire-c2')).toEqual([phrase]);
  await panel.locator('li .quote').click(); // scrolls the passage into view
  await page.waitForTimeout(600); // smooth scrolling, for the screenshot only
  await page.screenshot({ path: `${SHOTS}/highlights-reader.png` });
});

test('overlapping highlights both show, and a deleted one comes back with Undo', async ({ page, server }) => {
  await openArticle(page, server, 'Syrian diplomats');
  await selectWithMouse(page, 'White House spokesman');
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('radio', { name: 'Claim' }).click();
  await expect(page.locator('quire-highlights-panel li')).toHaveCount(1);
  await selectWithMouse(page, 'spokesman Jay Carney');
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('radio', { name: 'Evidence' }).click();
  await expect(page.locator('quire-highlights-panel li')).toHaveCount(2);
  await expect.poll(() => drawn(page, 'quire-c0')).toEqual(['White House spokesman']);
  await expect.poll(() => drawn(page, 'quire-c1')).toEqual(['spokesman Jay Carney']);
  await page.locator('quire-highlights-panel li').first().getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('quire-highlights-panel li')).toHaveCount(1);
  await expect.poll(() => drawn(page, 'quire-c0')).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('quire-highlights-panel li')).toHaveCount(2);
  await expect.poll(() => drawn(page, 'quire-c0')).toEqual(['White House spokesman']);
});

test('keyboard path: select with Shift+arrows, press h, choose a colour with the keyboard, Escape closes', async ({ page, server }) => {
  await openArticle(page, server, 'Syrian diplomats');
  const b = await phraseBox(page, 'White House');
  await page.mouse.click(b.x1 - 1, b.y1); // put the caret before the phrase
  for (let i = 0; i < 'White House'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('h');
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await expect(toolbar.getByRole('radio', { name: 'Claim' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toolbar).toHaveCount(0);
  await page.keyboard.press('Control+Shift+H');
  await expect(toolbar.getByRole('radio', { name: 'Claim' })).toBeFocused();
  await page.keyboard.press('ArrowRight'); // the colour picker is a radio group: arrows move the choice
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('radio', { name: 'Contradiction' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('quire-highlights-panel li .quote')).toHaveText('White House');
  await expect.poll(() => drawn(page, 'quire-c2')).toEqual(['White House']);
});

test('a note with [[links]] renders them as links, and the figure page shows the backlink', async ({ page, server }) => {
  const figures = await api<{ id: string; name: string }[]>(page, server, 'listFigures', {});
  const figure = figures[0];
  await page.goto(`${server.url}#/notes`);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByLabel('Title').fill('Defections timeline');
  const editor = page.getByRole('textbox', { name: 'Note body' });
  await editor.click();
  await page.keyboard.type(`Who left first? [[${figure.name.slice(0, 4)}`);
  await expect(page.getByRole('option', { name: new RegExp(figure.name) }).first()).toBeVisible(); // autocomplete
  // CodeMirror ignores Enter for 75 ms after the list opens (its interactionDelay, against accidental accepts)
  await page.waitForTimeout(200);
  await page.keyboard.press('Enter');
  await page.keyboard.type(' and [[Nobody at all]].');
  await page.screenshot({ path: `${SHOTS}/note-editor.png` });
  const preview = page.locator('quire-note .preview');
  await expect(preview.getByRole('link', { name: figure.name })).toHaveAttribute('href', `#/figure/${figure.id}`);
  await expect(preview.locator('.wiki.missing')).toHaveText('Nobody at all');
  await page.waitForTimeout(700);
  await page.reload();
  await expect(page.locator('quire-note .preview').getByRole('link', { name: figure.name })).toBeVisible();
  await page.locator('quire-note .preview').getByRole('link', { name: figure.name }).click();
  await expect(page.locator('quire-figure quire-backlinks')).toContainText('Defections timeline');
  await page.screenshot({ path: `${SHOTS}/figure-backlinks.png` });
});

test('the global highlights view lists every highlight and filters by colour', async ({ page, server }) => {
  const article = await openArticle(page, server, 'Syrian diplomats');
  const at = (s: string) => ({ start: article.text.indexOf(s), end: article.text.indexOf(s) + s.length });
  await api(page, server, 'createHighlight', { articleId: article.id, ...at('White House'), colour: 0 });
  await api(page, server, 'createHighlight', { articleId: article.id, ...at('Jay Carney'), colour: 3, tags: ['press'] });
  await page.goto(`${server.url}#/highlights`);
  const rows = page.locator('quire-highlights-view li.hl');
  await expect(rows).toHaveCount(2);
  await page.locator('quire-highlights-view').getByRole('radio', { name: 'Follow up' }).click(); // the colour filter's swatches
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Jay Carney');
  await page.screenshot({ path: `${SHOTS}/highlights-view.png` });
});

test('copy with citation puts the quote, title, outlet and paragraph on the clipboard', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await openArticle(page, server, 'Syrian diplomats');
  await selectWithMouse(page, 'White House spokesman Jay Carney');
  await page.getByRole('button', { name: 'Copy with citation' }).click();
  await expect(page.locator('quire-reader .hl-message')).toHaveText('Copied with citation.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('“White House spokesman Jay Carney” (“Syrian diplomats \'defect\' as Aleppo fighting worsens”, BBC, para. 9)');
});
