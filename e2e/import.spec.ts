// Import end to end in Chromium: drop and upload with progress and report, editing details, and a hostile corpus.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const HOSTILE = 'e2e/hostile';
const hostileFiles = readdirSync(HOSTILE).filter((f) => !f.endsWith('.md')).sort();
const UNREADABLE: Record<string, RegExp> = {
  'empty.html': /empty/,
  'binary.html': /binary/,
  'over-nested.html': /nested too deeply/,
};

/** Drops `files` on the window as a real drag and drop would (a DataTransfer built in the page). */
async function dropFiles(page: Page, files: { name: string; base64: string }[]) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name));
    }
    return dt;
  }, files);
  await page.dispatchEvent('quire-app', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('quire-app', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('quire-app', 'drop', { dataTransfer: transfer });
}

/** Articles in the notebook, through the API (the library list is virtualised: not every row is in the DOM). */
async function articleCount(page: Page, server: { origin: string; token: string }): Promise<number> {
  const res = await page.request.post(`${server.origin}/api/listArticles`, { headers: { Authorization: `Bearer ${server.token}` }, data: {} });
  return ((await res.json()).value as unknown[]).length;
}

const article = (i: number) =>
  `Envoy ${i} leaves his post\n\nThe envoy number ${i} resigned on Monday in protest at the crackdown, officials in the capital said.\n\nHe is the ${i}th diplomat to leave this year, according to people familiar with the matter.\n`;

test('dropped files import with a progress bar and a report; the library shows them', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.locator('quire-library tbody tr').first()).toBeVisible();
  const before = await articleCount(page, server);
  const files = Array.from({ length: 120 }, (_, i) => ({ name: `batch-${String(i).padStart(3, '0')}.txt`, base64: Buffer.from(article(i)).toString('base64') }));
  files.push({ name: 'notes.docx', base64: Buffer.from('x').toString('base64') });
  await dropFiles(page, files);
  const progress = page.getByRole('status', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(progress.locator('progress')).toBeVisible();
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/import-progress.png' });
  await expect(page.getByRole('dialog', { name: 'Import finished' })).toBeVisible({ timeout: 60_000 });
  const report = page.locator('quire-import sl-dialog'); // the report's text is slotted into the dialog
  await expect(report).toContainText('120 imported, 0 already in the notebook, 1 skipped', { timeout: 60_000 });
  await expect(report).toContainText('unsupported file type .docx');
  expect(await articleCount(page, server)).toBe(before + 120);
  await expect(page.locator('quire-library')).toContainText(`${before + 120} articles`); // the list refreshed
  await page.screenshot({ path: 'artifacts/screenshots/import-report.png' });
});

test('Import… uploads chosen files; the same files again are reported as already present', async ({ page, server }) => {
  await page.goto(server.url);
  const input = page.locator('quire-import-button input[type=file]');
  const files = [0, 1].map((i) => ({ name: `picked-${i}.md`, mimeType: 'text/markdown', buffer: Buffer.from(`# ${article(500 + i)}`) }));
  await input.setInputFiles(files);
  const report = page.locator('quire-import sl-dialog'); // the report's text is slotted into the dialog
  await expect(report).toContainText('2 imported, 0 already in the notebook, 0 skipped');
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog', { name: 'Import finished' })).toBeHidden();
  await input.setInputFiles(files);
  await expect(report).toContainText('0 imported, 2 already in the notebook, 0 skipped');
});

test('Edit details changes title, outlet, date, URL and tags, at once in the reader and the library', async ({ page, server }) => {
  await page.goto(server.url);
  await page.locator('quire-library tbody tr a').first().click();
  const reader = page.locator('quire-reader');
  await reader.getByRole('button', { name: 'Edit details' }).click();
  await expect(reader.getByRole('dialog', { name: 'Edit details' })).toBeVisible();
  const dialog = reader.locator('sl-dialog[label="Edit details"]'); // its fields are slotted in, outside the role's subtree
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await dialog.getByLabel('Title').fill('Envoy defects: the full story');
  await dialog.getByLabel('Outlet').fill('Example Wire');
  await dialog.getByLabel('Date').fill('2012-07-12');
  await dialog.getByLabel('URL').fill('not a url');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('URL');
  await dialog.getByLabel('URL').fill('https://news.example.org/envoy');
  await dialog.getByLabel('Tags').fill('defection, iraq');
  await page.screenshot({ path: 'artifacts/screenshots/edit-details.png' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(reader.getByRole('dialog', { name: 'Edit details' })).toBeHidden();
  await expect(reader.locator('h1')).toHaveText('Envoy defects: the full story');
  await expect(reader.locator('.meta').first()).toContainText('Example Wire');
  await expect(reader.locator('.tags')).toContainText('defection');
  await expect(reader.locator('.tags')).toContainText('https://news.example.org/envoy');
  await page.getByRole('link', { name: '← Library' }).click();
  const row = page.locator('quire-library tbody tr', { hasText: 'Envoy defects: the full story' });
  await expect(row).toContainText('Example Wire');
});

test('a hostile corpus runs nothing, loads nothing remote, never navigates, and readable articles stay readable', async ({ page, server }) => {
  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') outside.push(r.url());
  });
  await page.goto(server.url);
  const origin = new URL(page.url()).origin;
  await expect(page.locator('quire-library tbody tr').first()).toBeVisible();
  const before = await articleCount(page, server);
  await dropFiles(page, hostileFiles.map((name) => ({ name, base64: readFileSync(join(HOSTILE, name)).toString('base64') })));
  const report = page.locator('quire-import sl-dialog'); // the report's text is slotted into the dialog
  const readable = hostileFiles.filter((f) => !(f in UNREADABLE));
  await expect(report).toContainText(`${readable.length} imported, 0 already in the notebook, ${Object.keys(UNREADABLE).length} skipped`, { timeout: 60_000 });
  for (const [file, reason] of Object.entries(UNREADABLE)) {
    await expect(report.locator('li', { hasText: file })).toContainText(reason);
  }
  await page.screenshot({ path: 'artifacts/screenshots/import-hostile-report.png' });
  expect(await articleCount(page, server)).toBe(before + readable.length);

  // Open every imported article: its text is there, shown as text.
  const links = await report.locator('details').first().locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  expect(links).toHaveLength(readable.length);
  for (const link of links) {
    await page.goto(`${origin}/${link}`);
    const reader = page.locator('quire-reader');
    await expect(reader.locator('h1')).not.toBeEmpty();
    await expect(reader.locator('.text p').first()).toBeVisible();
    expect(await reader.locator('.text').evaluate((el) => el.querySelectorAll('script, img, iframe, object, embed, svg, form, a[href^="javascript"], style').length)).toBe(0);
    const text = await reader.locator('.text').innerText();
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000\u0007]/);
    await page.mouse.move(300, 300); // hover handlers would fire here
    await page.mouse.click(300, 300);
  }
  await page.goto(`${origin}/#/`);
  await page.locator('quire-library tbody tr a', { hasText: 'Tracking pixels' }).click();
  await expect(page.locator('quire-reader .text')).toContainText('[image: Nawaf al-Fares at a press conference]');
  await expect(page.locator('quire-reader .text')).not.toContainText('t.example');
  await page.screenshot({ path: 'artifacts/screenshots/import-hostile-reader.png' });
  await page.goto(`${origin}/#/`);
  await page.locator('quire-library tbody tr a', { hasText: 'Café talks stall' }).click();
  await expect(page.locator('quire-reader .text')).toContainText('The café owner said the talks had stalled "again"');

  await page.waitForTimeout(500); // a late refresh or timer would have fired by now
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
  expect(new URL(page.url()).origin).toBe(origin);
});
