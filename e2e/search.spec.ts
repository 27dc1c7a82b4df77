// Search and navigation: misspelt queries land on the passage, the command palette jumps, find in article counts.

import { expect, test } from './fixtures';
import { drawn } from './reader-helpers';

test('a misspelt query shows marked results as you type and opens the article at the passage', async ({ page, server }) => {
  await page.goto(server.url);
  const box = page.getByRole('searchbox', { name: 'Search the notebook' });
  await box.click();
  await box.pressSequentially('nawaf farres resignation', { delay: 20 });
  await expect(page).toHaveURL(/#\/search\?q=nawaf%20farres%20resignation$/);
  const view = page.locator('quire-search-view');
  const hits = view.locator('li.hit');
  await expect(hits.first()).toBeVisible();
  await expect(view.locator('mark').first()).toBeVisible();
  const marked = (await view.locator('mark').allTextContents()).map((m) => m.toLowerCase());
  expect(marked.some((m) => m.includes('fares'))).toBe(true);
  expect(marked.some((m) => m.startsWith('resignation'))).toBe(true);
  await page.screenshot({ path: 'artifacts/screenshots/search.png' });

  // The first article hit whose snippet marks both the name and the resignation.
  const hit = view.locator('li.hit', { has: page.locator('.kind.article') }).filter({ hasText: /resignation/i }).filter({ hasText: /Fares/ }).first();
  const snippet = (await hit.locator('.snippet').textContent())!;
  await hit.locator('a').click();
  await expect(page).toHaveURL(/#\/article\/[^?]+\?at=\d+-\d+$/);
  await expect(page.locator('quire-reader h1')).toBeVisible();
  await expect.poll(() => drawn(page, 'quire-target')).toHaveLength(1);
  const [passage] = await drawn(page, 'quire-target');
  expect(passage).toContain('Fares');
  expect(passage.replace(/\s+/g, ' ')).toContain(snippet.replace(/^…\s*/, '').replace(/\s*…$/, '').replace(/\s+/g, ' ').slice(0, 30));

  // Back returns to the results, with the query still in the box.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page).toHaveURL(/#\/search\?q=/);
  await expect(box).toHaveValue('nawaf farres resignation');
});

test('another misspelling, kind chips filter the results', async ({ page, server }) => {
  await page.goto(`${server.url}#/search?q=${encodeURIComponent('defectoin ambasador')}`);
  const view = page.locator('quire-search-view');
  await expect(view.locator('li.hit').first()).toBeVisible();
  const marked = (await view.locator('mark').allTextContents()).map((m) => m.toLowerCase());
  expect(marked.some((m) => m.startsWith('defect'))).toBe(true);
  expect(marked.some((m) => m.startsWith('ambassador'))).toBe(true);
  await view.getByRole('button', { name: 'Figures' }).click();
  await expect(view.locator('li.hit .kind').first()).toHaveText('figure');
  const kinds = await view.locator('li.hit .kind').allTextContents();
  expect(new Set(kinds)).toEqual(new Set(['figure']));

  // The filter is in the address: a reload keeps it, and refining the query in the box keeps it too.
  await expect(page).toHaveURL(/#\/search\?q=defectoin%20ambasador&kind=figure$/);
  await page.reload();
  await expect(view.getByRole('button', { name: 'Figures' })).toHaveAttribute('aria-pressed', 'true');
  await expect(view.locator('li.hit .kind').first()).toHaveText('figure');
  const box = page.getByRole('searchbox', { name: 'Search the notebook' });
  await box.fill('ambasador');
  await expect(page).toHaveURL(/#\/search\?q=ambasador&kind=figure$/);
  expect(new Set(await view.locator('li.hit .kind').allTextContents())).toEqual(new Set(['figure']));
});

test('Ctrl+K opens the command palette and jumps to a figure', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.locator('quire-library tbody tr').first()).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await expect(page.locator('quire-command-palette').getByRole('combobox')).toBeFocused();
  await page.keyboard.type('ayoubi');
  // the options are slotted into the dialog: look for them in the palette element
  await expect(page.locator('quire-command-palette').getByRole('option').first()).toContainText(/figure\s*Khaled al-Ayoubi/i, { timeout: 60_000 }); // figures need a first analysis
  await page.screenshot({ path: 'artifacts/screenshots/palette.png' });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/figure\//);
  await expect(palette).toBeHidden();
  await expect(page.locator('quire-figure')).toContainText('Ayoubi');
});

test('Ctrl+F in the reader finds, counts and steps through matches; Escape closes', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('link', { name: "Syria's Ambassador To Baghdad Quits Assad's Government" }).click();
  const reader = page.locator('quire-reader');
  await expect(reader.locator('h1')).toBeVisible();
  const text = (await reader.locator('.text').textContent())!;
  const expected = text.toLowerCase().split('ambassador').length - 1;
  expect(expected).toBeGreaterThan(1);
  await page.keyboard.press('Control+f');
  const find = reader.getByRole('textbox', { name: 'Find in article' });
  await expect(find).toBeFocused();
  await find.fill('ambassador');
  await expect(reader.locator('quire-find-bar .count')).toHaveText(`1 of ${expected}`);
  expect(await drawn(page, 'quire-find')).toHaveLength(expected);
  expect((await drawn(page, 'quire-find-current'))[0].toLowerCase()).toBe('ambassador');
  await find.press('Enter');
  await expect(reader.locator('quire-find-bar .count')).toHaveText(`2 of ${expected}`);
  await find.press('Shift+Enter');
  await find.press('Shift+Enter');
  await expect(reader.locator('quire-find-bar .count')).toHaveText(`${expected} of ${expected}`);
  await find.press('Escape');
  await expect(find).toBeHidden();
  expect(await drawn(page, 'quire-find')).toHaveLength(0);
});

test('the figure filter offers matching names as you type and filters by the one chosen', async ({ page, server }) => {
  await page.goto(`${server.url}#/search?q=${encodeURIComponent('ambassador')}`);
  const view = page.locator('quire-search-view');
  await expect(view.locator('li.hit').first()).toBeVisible();
  const figure = view.getByRole('combobox', { name: 'Figure' });
  await figure.fill('fare');
  await expect(view.locator('datalist#figure-choices option[value="Nawaf Fares"]')).toHaveCount(1);
  expect(await view.locator('datalist#figure-choices option').count()).toBeLessThanOrEqual(30);
  const filtered = page.waitForRequest((r) => r.url().endsWith('/api/search') && /"figureId":"[^"]+"/.test(r.postData() ?? ''));
  await figure.fill('Nawaf Fares');
  await filtered;
  await expect(view.locator('li.hit').first()).toBeVisible();
  const unfiltered = page.waitForRequest((r) => r.url().endsWith('/api/search') && !/figureId/.test(r.postData() ?? ''));
  await figure.fill('');
  await unfiltered;
});
