// Highlights and notes as a user meets them: select with the mouse or the keyboard, highlight, note, reload, links.

import { expect, test } from './fixtures';
import { api, drawn, openArticle, phraseBox, selectWithMouse } from './reader-helpers';

const SHOTS = 'artifacts/screenshots';


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

  // the note is saved after a debounce of the last keystroke: wait until the notebook holds it, then reload
  await expect.poll(async () => (await api<{ note: string | null }[]>(page, server, 'listHighlights', { articleId: article.id })).map((h) => h.note))
    .toEqual(['Carney is the **only** on-record source.']);
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
  await expect.poll(async () => (await api<{ title: string; body: string }[]>(page, server, 'listNotes', {})).find((n) => n.title === 'Defections timeline')?.body)
    .toContain('[[Nobody at all]].'); // saved (debounced) before the reload
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
