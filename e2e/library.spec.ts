// The foundation, as a new user meets it: the sample corpus in the library, a clean reader, deep links, reloads.

import { readdirSync } from 'node:fs';
import { expect, startServer, test } from './fixtures';

const SAMPLE_COUNT = readdirSync('corpus').filter((f) => f.endsWith('.txt')).length;

test('a fresh notebook opens with the sample corpus in the library', async ({ page, server }) => {
  await page.goto(server.url);
  const rows = page.locator('quire-library tbody tr');
  await expect(rows).toHaveCount(SAMPLE_COUNT);
  await expect(page.locator('quire-library')).toContainText("Syria's Ambassador To Baghdad Quits Assad's Government");
  await expect(page).not.toHaveURL(/token=/); // the token is kept for the session, not left in the address bar
  await page.screenshot({ path: 'artifacts/screenshots/library.png' });
});

test('an article opens with its clean text and none of its boilerplate', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Syrian diplomats \'defect\' as Aleppo fighting worsens' }).click();
  const reader = page.locator('quire-reader');
  await expect(reader.locator('h1')).toHaveText("Syrian diplomats 'defect' as Aleppo fighting worsens");
  await expect(reader).toContainText('White House spokesman Jay Carney');
  for (const junk of ['Read the terms and conditions', 'best viewed in an up-to-date web browser', 'More Middle East stories', 'BBC ©']) {
    await expect(reader).not.toContainText(junk);
  }
  await expect(reader.locator('.pn').first()).toHaveText('1');
  await page.screenshot({ path: 'artifacts/screenshots/reader.png' });
});

test('a deep link opens the right article, and state survives a reload', async ({ page, server, request }) => {
  const list = await request.post(`${server.origin}/api/listArticles`, {
    headers: { Authorization: `Bearer ${server.token}` },
    data: {},
  });
  const articles = (await list.json()).value as { id: string; title: string }[];
  const target = articles.find((a) => a.title.startsWith('UK government'))!;
  await page.goto(`${server.url}#/article/${target.id}`);
  await expect(page.locator('quire-reader h1')).toHaveText(target.title);
  await page.reload();
  await expect(page.locator('quire-reader h1')).toHaveText(target.title);
});

test('the notebook survives a server restart and is not seeded twice', async ({ page }) => {
  const first = await startServer();
  await page.goto(first.url);
  await expect(page.locator('quire-library tbody tr')).toHaveCount(SAMPLE_COUNT);
  await first.stop();
  const second = await startServer(first.dataDir);
  await page.goto(second.url);
  await expect(page.locator('quire-library tbody tr')).toHaveCount(SAMPLE_COUNT);
  await second.stop();
});
