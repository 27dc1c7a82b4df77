// Helpers for e2e specs that work in the reader: the API over HTTP, opening an article, selecting a phrase with the
// mouse, and reading what the CSS Custom Highlight API draws.

import type { Page } from '@playwright/test';
import { expect, type QuireServer } from './fixtures';

export interface ReaderArticle { id: string; text: string; paragraphs: [number, number][] }

/** One API call through the page's request context, as the web client makes it. */
export async function api<T>(page: Page, server: QuireServer, method: string, input: unknown): Promise<T> {
  const res = await page.request.post(`${server.origin}/api/${method}`, { headers: { Authorization: `Bearer ${server.token}` }, data: input });
  const body = await res.json();
  if (!body.ok) throw new Error(body.error);
  return body.value as T;
}

/** Opens the first article whose title starts with `titleStart`, and returns it as stored. */
export async function openArticle(page: Page, server: QuireServer, titleStart: string): Promise<ReaderArticle> {
  const list = await api<{ id: string; title: string }[]>(page, server, 'listArticles', {});
  const a = list.find((x) => x.title.startsWith(titleStart))!;
  const full = await api<ReaderArticle>(page, server, 'getArticle', { id: a.id });
  await page.goto(`${server.url}#/article/${a.id}`);
  await expect(page.locator('quire-reader h1')).toBeVisible();
  return full;
}

/** The viewport rectangle of a phrase in the reader's text (first occurrence), scrolled into view. */
export async function phraseBox(page: Page, phrase: string) {
  return page.locator('quire-reader').evaluate((host, phrase) => {
    for (const p of host.shadowRoot!.querySelectorAll('p[data-start]')) {
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

/** Drags the mouse over a phrase, as a user selects it; returns where it was. */
export async function selectWithMouse(page: Page, phrase: string) {
  const b = await phraseBox(page, phrase);
  await page.mouse.move(b.x1, b.y1);
  await page.mouse.down();
  await page.mouse.move(b.x2, b.y2, { steps: 8 });
  await page.mouse.up();
  return b;
}

/** The texts drawn under a CSS custom highlight name. */
export async function drawn(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...((CSS.highlights.get(n) as unknown as Set<Range>) ?? [])].map((r) => r.toString()), name);
}
