// Figures and dossiers as a researcher uses them: the people of the sample, one figure each, a figure page with
// roles, quotes and mentions, curation that survives a reload, and a dossier exported to PDF.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('the figures list shows each sample person once, with their name variants', async ({ page, server }) => {
  await page.goto(`${server.url}#/figures`);
  const table = page.locator('quire-figures table');
  await expect(table).toContainText('Nawaf Fares');
  const fares = page.locator('quire-figures tbody tr', { hasText: 'Nawaf Fares' });
  await expect(fares).toHaveCount(1);
  await expect(fares).toContainText('Nawaf al-Fares');
  for (const name of ['Khaled al-Ayoubi', 'Jay Carney', 'Ban Ki-moon', 'Lamia al-Hariri', 'Hafez al-Assad', 'Bashar al-Assad']) {
    await expect(page.locator('quire-figures tbody tr', { hasText: name })).toHaveCount(1);
  }
  for (const notPerson of ['Deir al-Zor', 'Foreign Office', 'White House', 'Security Council']) {
    await expect(page.locator('quire-figures tbody td:first-child', { hasText: notPerson })).toHaveCount(0);
  }
  await page.screenshot({ path: 'artifacts/screenshots/figures.png' });
});

test("a figure page shows roles, quotes and every mention, and a mention opens the passage", async ({ page, server }) => {
  await page.goto(`${server.url}#/figures`);
  await page.locator('quire-figures a', { hasText: 'Nawaf Fares' }).click();
  const fig = page.locator('quire-figure');
  await expect(fig.locator('h1')).toHaveText('Nawaf Fares');
  await expect(fig).toContainText("Syria's ambassador to Iraq");
  await expect(fig).toContainText('I announced my resignation');
  await expect(fig.locator('.art')).toHaveCount(5);
  await page.screenshot({ path: 'artifacts/screenshots/figure.png', fullPage: false });
  await fig.locator('.ctx').first().click();
  await expect(page.locator('quire-reader h1')).toBeVisible();
  const marked = await page.evaluate(() => CSS.highlights.get('quire-target')?.size ?? 0);
  expect(marked).toBe(1);
});

test('renaming a figure is a decision that survives a reload', async ({ page, server }) => {
  await page.goto(`${server.url}#/figures`);
  await page.locator('quire-figures a', { hasText: 'Jay Carney' }).click();
  await page.locator('quire-figure').getByRole('button', { name: 'Rename…' }).click();
  await expect(page.getByRole('dialog', { name: 'Rename this figure' })).toBeVisible();
  const name = page.locator('quire-ask').getByLabel('New name');
  await expect(name).toBeFocused();
  await name.fill('James Carney');
  await name.press('Enter');
  await expect(page.locator('quire-figure h1')).toHaveText('James Carney');
  await page.reload();
  await expect(page.locator('quire-figure h1')).toHaveText('James Carney');
});

test('the reader reveals the figure behind a mention', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('link', { name: /UK government: Khaled al-Ayoubi/ }).click();
  await page.locator('quire-reader').getByRole('button', { name: 'Show mentions' }).click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('quire-mention')?.size ?? 0)).toBeGreaterThan(3);
  await page.screenshot({ path: 'artifacts/screenshots/reader-mentions.png' });
});

test("Nawaf Fares's dossier opens in the app and exports a PDF with his names, roles, a quote and every source", async ({ page, server }) => {
  await page.goto(`${server.url}#/figures`);
  await page.locator('quire-figures a', { hasText: 'Nawaf Fares' }).click();
  await page.locator('quire-figure').getByRole('link', { name: 'Dossier' }).click();
  const frame = page.frameLocator('quire-dossier iframe');
  await expect(frame.locator('body')).toContainText('What the sources say');
  await page.screenshot({ path: 'artifacts/screenshots/dossier.png' });
  const download = page.waitForEvent('download');
  await page.locator('quire-dossier').getByRole('button', { name: 'Export…' }).click();
  await page.locator('quire-dossier').getByRole('menuitem', { name: 'PDF (A4)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('nawaf-fares.pdf');
  mkdirSync('artifacts/pdf', { recursive: true });
  const path = 'artifacts/pdf/nawaf-fares-e2e.pdf';
  await file.saveAs(path);
  const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
  for (const s of ['Nawaf Fares', 'Nawaf al-Fares', "ambassador to Iraq", 'I announced my resignation', 'Al Jazeera', 'GlobalPost', 'BBC']) {
    expect(text).toContain(s);
  }
  writeFileSync('artifacts/pdf/nawaf-fares-e2e.txt', text);
});
