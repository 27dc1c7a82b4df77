// The story map as a new user meets it: the sample's figures on a network, the passages behind a tie, and a
// timeline of dated events, every line clicking through to the passage behind it.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function nodeNames(page: Page): Promise<string[]> {
  return page.locator('quire-story-map').evaluate((el) => {
    const cy = (el as unknown as { cy: { nodes(): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } | null }).cy;
    return cy ? cy.nodes().map((n) => n.data('name')) : [];
  });
}

test('the map draws the sample figures, coloured by role, with a legend', async ({ page, server }) => {
  await page.goto(`${server.url}#/map`);
  await expect.poll(() => nodeNames(page), { timeout: 60_000 }).toEqual(expect.arrayContaining(['Nawaf Fares', 'Khaled al-Ayoubi', 'Bashar al-Assad', 'Lamia al-Hariri']));
  const map = page.locator('quire-story-map');
  await expect(map.locator('.legend')).toContainText('Diplomat');
  await expect(map.locator('.count')).toContainText('5 articles, 4 stories');
  await page.waitForTimeout(300); // let the canvas paint before the picture
  await page.screenshot({ path: 'artifacts/screenshots/map.png' });
});

test('clicking a line lists the passages that connect two figures, each linking to its place', async ({ page, server }) => {
  await page.goto(`${server.url}#/map`);
  await expect.poll(() => nodeNames(page), { timeout: 60_000 }).toContain('Nawaf Fares');
  // the point on the Fares – Tlas line farthest from every other line and figure, so the click lands on this line
  // (labels take no clicks; a crowded layout can put another line across the midpoint)
  const point = await page.locator('quire-story-map').evaluate((el) => {
    type P = { x: number; y: number };
    type Node = { data(k: string): string; renderedPosition(): P; renderedBoundingBox(o: { includeLabels: boolean }): { x1: number; y1: number; x2: number; y2: number } };
    type Edge = { source(): Node; target(): Node };
    const cy = (el as unknown as { cy: { edges(): Edge[] & { toArray(): Edge[] }; nodes(): { toArray(): Node[] } } }).cy;
    const names = (e: Edge) => [e.source().data('name'), e.target().data('name')].sort().join('|');
    const edges = cy.edges().toArray();
    const edge = edges.find((e) => names(e) === 'Manaf Tlas|Nawaf Fares')!;
    const toSegment = (p: P, a: P, b: P) => {
      const dx = b.x - a.x, dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
    };
    const toBox = (p: P, b: { x1: number; y1: number; x2: number; y2: number }) =>
      Math.hypot(Math.max(b.x1 - p.x, 0, p.x - b.x2), Math.max(b.y1 - p.y, 0, p.y - b.y2));
    const a = edge.source().renderedPosition(), b = edge.target().renderedPosition();
    let best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, clearance = -1;
    for (let t = 0.05; t <= 0.95; t += 0.01) {
      const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
      const others = edges.filter((e) => e !== edge).map((e) => toSegment(p, e.source().renderedPosition(), e.target().renderedPosition()));
      const boxes = cy.nodes().toArray().map((n) => toBox(p, n.renderedBoundingBox({ includeLabels: false })));
      const gap = Math.min(...others, ...boxes);
      if (gap > clearance) { clearance = gap; best = p; }
    }
    const box = el.shadowRoot!.querySelector('.graph')!.getBoundingClientRect();
    return { x: box.left + best.x, y: box.top + best.y };
  });
  await page.mouse.click(point.x, point.y);
  const panel = page.locator('quire-edge-passages');
  await expect(panel.locator('h2')).toContainText('Nawaf Fares');
  await expect(panel.locator('h2')).toContainText('Manaf Tlas');
  const first = panel.locator('.passages li').first();
  await expect(first.locator('blockquote')).toContainText('Tlas');
  const link = first.locator('a.source');
  await expect(link).toHaveText(/¶\d+/);
  const title = (await link.textContent())!.replace(/, ¶\d+$/, '').trim();
  await link.click();
  await expect(page).toHaveURL(/#\/article\/[^?]+\?at=\d+-\d+/);
  await expect(page.locator('quire-reader h1')).toHaveText(title);
});

test('clicking a figure on the map opens it', async ({ page, server }) => {
  await page.goto(`${server.url}#/map`);
  await expect.poll(() => nodeNames(page), { timeout: 60_000 }).toContain('Khaled al-Ayoubi');
  const point = await page.locator('quire-story-map').evaluate((el) => {
    const cy = (el as unknown as { cy: { nodes(): { filter(f: (n: { data(k: string): string }) => boolean): { renderedPosition(): { x: number; y: number } }[] } } }).cy;
    const node = cy.nodes().filter((n) => n.data('name') === 'Khaled al-Ayoubi')[0];
    const box = el.shadowRoot!.querySelector('.graph')!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/#\/figure\/[^/]+$/);
  await expect(page.locator('quire-figure')).toContainText('Khaled al-Ayoubi');
});

test('the timeline lists dated events of 2012 with their citations', async ({ page, server }) => {
  await page.goto(`${server.url}#/timeline`);
  const timeline = page.locator('quire-timeline');
  const events = timeline.locator('.events > li');
  await expect.poll(() => events.count(), { timeout: 60_000 }).toBeGreaterThan(8);
  await expect(timeline.locator('.summary')).toContainText('2012');
  await expect(timeline.locator('.notice')).toContainText('February 2012');
  const fares = events.filter({ hasText: 'Earlier this month, Nawaf Fares' });
  await expect(fares.locator('.date')).toHaveText('February 2012');
  await expect(fares.locator('.chip')).toContainText(['Nawaf Fares']);
  await page.screenshot({ path: 'artifacts/screenshots/timeline.png', fullPage: false });
  const cite = fares.locator('a.cite');
  const title = (await cite.textContent())!.replace(/, ¶\d+$/, '').trim();
  await cite.click();
  await expect(page).toHaveURL(/#\/article\/[^?]+\?at=\d+-\d+/);
  await expect(page.locator('quire-reader h1')).toHaveText(title);
});

test('a timeline event can be corrected and dismissed, and that is kept', async ({ page, server }) => {
  await page.goto(`${server.url}#/timeline`);
  const events = page.locator('quire-timeline .events > li');
  await expect.poll(() => events.count(), { timeout: 60_000 }).toBeGreaterThan(8);
  const fares = events.filter({ hasText: 'Earlier this month, Nawaf Fares' });
  await fares.getByRole('button', { name: 'Correct date' }).click();
  await fares.locator('input[type=date]').fill('2012-07-11');
  await fares.getByRole('button', { name: 'Save' }).click();
  await expect(fares.locator('.date')).toHaveText('Wednesday 11 July 2012');
  await expect(fares.locator('.tag')).toHaveText('corrected');
  const today = events.filter({ hasText: 'defection today represents' });
  await today.getByRole('button', { name: 'Dismiss' }).click();
  await expect(today).toHaveCount(0);
  await page.reload();
  await expect(page.locator('quire-timeline .events > li').filter({ hasText: 'Earlier this month, Nawaf Fares' }).locator('.date')).toHaveText('Wednesday 11 July 2012');
  await expect(page.locator('quire-timeline .events > li').filter({ hasText: 'defection today represents' })).toHaveCount(0);
});
