// Cross-source comparison as a reader meets it: the library's copy badge opens the two Al Jazeera reports aligned,
// their small differences marked; a passage brings its counterpart into view; articles read side by side in panes.

import { expect, test } from './fixtures';

const AJ_A = "Syria's Ambassador To Baghdad Quits Assad's Government";

test('the copy badge opens the compare view of the two Al Jazeera reports, with their differences marked', async ({ page, server }) => {
  await page.goto(server.url);
  const row = page.locator('quire-library tbody tr', { hasText: AJ_A });
  const badge = row.locator('a.copies');
  await expect(badge).toHaveText('copy of 1 other');
  await badge.click();
  await expect(page).toHaveURL(/#\/compare\/[^/]+\/[^/]+$/);
  const cmp = page.locator('quire-compare');
  await expect(cmp.locator('.side-a h2')).toHaveText(AJ_A);
  await expect(cmp.locator('.pct')).toHaveText(/^\d+%$/);
  const pct = Number((await cmp.locator('.pct').textContent())!.replace('%', ''));
  expect(pct).toBeGreaterThan(50);
  expect(pct).toBeLessThan(100);
  await expect(cmp.locator('.copies')).toHaveText('flagged as copies');
  // every kind of passage is present on the side it belongs to
  for (const kind of ['same', 'variant', 'only-a']) expect(await cmp.locator(`.side-a .pass.${kind}`).count()).toBeGreaterThan(0);
  for (const kind of ['same', 'variant', 'only-b']) expect(await cmp.locator(`.side-b .pass.${kind}`).count()).toBeGreaterThan(0);
  await expect(cmp.locator('.side-a .pass.only-b')).toHaveCount(0);
  await expect(cmp.locator('.side-b .pass.only-a')).toHaveCount(0);
  // the Deir Ezzor / Deir al-Zor spelling is the marked difference of one variant pair
  const ezzor = cmp.locator('.side-a .pass.variant > mark.del', { hasText: 'Ezzor' });
  await expect(ezzor).toHaveText('Ezzor');
  const k = await ezzor.locator('xpath=..').getAttribute('data-k');
  await expect(cmp.locator(`.side-a .pass[data-k="${k}"]`)).toContainText(['Deir']); // the mark sits in its sentence
  await expect(cmp.locator(`.side-b .pass[data-k="${k}"] > mark.ins`)).toHaveText('al-Zor');
  await ezzor.scrollIntoViewIfNeeded();
  await ezzor.click(); // the pair is outlined on both sides, B's side brought into view
  await page.screenshot({ path: 'artifacts/screenshots/compare.png' });
});

test('clicking a passage brings its counterpart into view on the other side', async ({ page, server }) => {
  await page.goto(server.url);
  await page.locator('quire-library tbody tr', { hasText: AJ_A }).locator('a.copies').click();
  const cmp = page.locator('quire-compare');
  // the last passage A shares with B sits low in B's column: out of view until its A side is clicked
  const shared = cmp.locator('.side-a .pass.same', { hasText: 'Bassam Imadi' });
  const k = await shared.first().getAttribute('data-k');
  const counterpart = cmp.locator(`.side-b .pass[data-k="${k}"]`).first();
  await expect(counterpart).not.toBeInViewport();
  await shared.first().scrollIntoViewIfNeeded();
  await shared.first().click();
  await expect(counterpart).toBeInViewport();
  await expect(counterpart).toHaveClass(/active/);
  // and back: a B passage brings its A side into view, by keyboard too
  const back = cmp.locator('.side-b .pass.same').first();
  const kb = await back.getAttribute('data-k');
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(cmp.locator(`.side-a .pass[data-k="${kb}"]`).first()).toBeInViewport();
});

test('two ticked articles open side by side in resizable panes, each a full reader; the layout is remembered', async ({ page, server }) => {
  await page.goto(server.url);
  const lib = page.locator('quire-library');
  await lib.getByRole('checkbox', { name: `Read side by side: ${AJ_A}` }).check();
  await lib.getByRole('checkbox', { name: /Read side by side: Syrian diplomats 'defect'/ }).check();
  await lib.getByRole('link', { name: 'Read side by side' }).click();
  await expect(page).toHaveURL(/#\/side\/[^/]+\/[^/]+$/);
  const side = page.locator('quire-side-by-side');
  const readers = side.locator('quire-reader');
  await expect(readers).toHaveCount(2);
  await expect(readers.nth(0).locator('h1')).toHaveText(AJ_A);
  await expect(readers.nth(1).locator('h1')).toHaveText("Syrian diplomats 'defect' as Aleppo fighting worsens");
  await expect(readers.nth(0).locator('.back')).toBeHidden(); // compact: no back link inside a pane
  // mentions shown in both panes at once: each keeps its own marks
  await readers.nth(0).getByRole('button', { name: 'Show mentions' }).click();
  await readers.nth(1).getByRole('button', { name: 'Show mentions' }).click();
  await expect.poll(() => page.evaluate(() => {
    const h = CSS.highlights.get('quire-mention');
    const roots = new Set([...(h ?? [])].map((r) => ((r as Range).startContainer.getRootNode() as ShadowRoot).host?.getAttribute('compact')));
    return { ranges: h?.size ?? 0, readers: [...(h ?? [])].map((r) => (r as Range).startContainer.getRootNode()).filter((n, i, a) => a.indexOf(n) === i).length, roots: roots.size };
  })).toMatchObject({ readers: 2 });
  // resize by keyboard: the first pane grows, and the widths survive a reload
  const panes = side.locator('section.pane');
  const before = (await panes.nth(0).boundingBox())!.width;
  await side.getByRole('separator', { name: 'Resize panes 1 and 2' }).focus();
  await page.keyboard.press('Shift+ArrowRight'); // Shoelace's split panel: 1% a press, 10% with Shift
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await panes.nth(0).boundingBox())!.width).toBeGreaterThan(before + 50);
  const grown = (await panes.nth(0).boundingBox())!.width;
  await side.getByLabel('Linked scrolling').check();
  await page.screenshot({ path: 'artifacts/screenshots/side-by-side.png' });
  await page.reload();
  await expect(page.locator('quire-side-by-side quire-reader')).toHaveCount(2);
  await expect.poll(async () => Math.round((await page.locator('quire-side-by-side section.pane').nth(0).boundingBox())!.width)).toBe(Math.round(grown));
  await expect(page.locator('quire-side-by-side').getByLabel('Linked scrolling')).toBeChecked();
});

test('a figure page shows what each source says about the figure, copies grouped as one source', async ({ page, server }) => {
  await page.goto(`${server.url}#/figures`);
  await page.locator('quire-figures a', { hasText: 'Nawaf Fares' }).click();
  const across = page.locator('quire-figure quire-figure-sources');
  await expect(across.locator('th')).toHaveCount(4); // five articles, the two Al Jazeera copies counted once
  await expect(across.locator('th', { hasText: 'Al Jazeera' })).toContainText('2 copies');
  await expect(across.locator('tr.roles mark', { hasText: 'former' })).toHaveCount(1);
});
