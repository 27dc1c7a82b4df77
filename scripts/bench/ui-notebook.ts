// The UI at a given notebook size, in real Chromium against web mode: library shown, an article opened (time until its
// paragraphs are on screen), and typing in the search box (longest main-thread task while typing, results shown).

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src-main/services/pdf/find-chromium';
import type { BenchRow } from './types';

const r1 = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function serve(cli: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [cli, '--data', dataDir, 'serve', '--port', '0', '--no-seed'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Quire is running at (\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, child };
}

/** Peak resident memory of a process (Linux: VmHWM), in MB. */
export function serverPeakRss(pid: number | undefined): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * In the page: opens an article by route and resolves with the time until the frame that shows its paragraphs. Plain
 * JavaScript text, as the page runs it (the TypeScript transpiler would wrap named functions in helpers it lacks).
 */
const OPEN_ARTICLE_TIMED = `({ id, title }) => {
  const deep = (root, selector) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const found = el.shadowRoot ? deep(el.shadowRoot, selector) : null;
      if (found) return found;
    }
    return null;
  };
  const t0 = performance.now();
  location.hash = '#/article/' + id;
  return new Promise((resolve) => {
    const check = () => {
      const reader = deep(document, 'quire-reader')?.shadowRoot;
      const shown = reader?.querySelector('h1')?.textContent?.includes(title) && reader.querySelector('.para p');
      if (shown) requestAnimationFrame(() => resolve(performance.now() - t0));
      else requestAnimationFrame(check);
    };
    check();
  });
}`;

/** UI rows for the notebook in `dataDir` (served by the built CLI at `root`/out/main/cli.js). */
export async function measureUi(root: string, dataDir: string, area: string, articles: { id: string; title: string }[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const executablePath = findChromium();
  if (!executablePath) return [{ area, metric: 'UI', value: 0, unit: 'ms', note: 'skipped: no Chromium found' }];
  const { url, child } = await serve(join(root, 'out', 'main', 'cli.js'), dataDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let t = performance.now();
    await page.goto(url);
    await page.locator('quire-library tbody tr').first().waitFor();
    rows.push({ area, metric: 'UI: library shown (page load to first row)', value: r1(performance.now() - t), unit: 'ms', note: `${articles.length} articles` });
    const rowsInDom = await page.locator('quire-library tbody tr').count();
    rows.push({ area, metric: 'UI: library rows in the DOM (virtualised)', value: rowsInDom, unit: 'rows' });

    // Articles opened by route, each one not opened before (the server reads its body from disk).
    // Timed inside the page (route change to the frame that paints the paragraphs), so Playwright's own round trips
    // are not counted; the title and the paragraphs are checked from outside afterwards.
    const opens: number[] = [];
    for (let k = 0; k < 12; k++) {
      const a = articles[(k * 7919 + 13) % articles.length];
      opens.push(await page.evaluate<number>(`(${OPEN_ARTICLE_TIMED})(${JSON.stringify({ id: a.id, title: a.title.slice(0, 40) })})`));
      await page.locator('quire-reader h1', { hasText: a.title.slice(0, 40) }).waitFor();
      await page.locator('quire-reader .para p').first().waitFor();
    }
    opens.shift(); // the first loads the reader's code
    rows.push({
      area, metric: 'UI: article opens (route change to the frame painting its paragraphs, median of 11)', value: r1(median(opens)), unit: 'ms',
      target: '<= 100 ms', pass: median(opens) <= 100, note: `max ${r1(Math.max(...opens))} ms`,
    });

    // Typing in the search box: the longest task on the page's main thread while typing, and results shown.
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const box = page.getByRole('searchbox', { name: 'Search the notebook' });
    await box.click();
    t = performance.now();
    await box.pressSequentially('ambasador resigned', { delay: 60 });
    const typed = performance.now() - t;
    await page.locator('quire-search-view li.hit').first().waitFor({ timeout: 300_000 }); // a first search may build the index
    const shown = performance.now() - t - typed;
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    rows.push({ area, metric: 'UI: longest main-thread task while typing a query', value: r1(longest), unit: 'ms', target: '< 50 ms (no long task)', pass: longest < 50, note: `typed 18 characters in ${r1(typed)} ms` });
    rows.push({ area, metric: 'UI: results on screen after the last keystroke (first search of the server process)', value: r1(shown), unit: 'ms', note: 'loads the saved index and the figures analysis' });
    // A second query in the same session: what typing costs once the notebook is open.
    await box.fill('');
    t = performance.now();
    await box.pressSequentially('defecton', { delay: 60 });
    const typed2 = performance.now() - t;
    // the new answer's marks (the previous query marked "ambassador" and "resigned", never "defect…")
    await page.locator('quire-search-view li.hit mark', { hasText: /^defect/i }).first().waitFor({ timeout: 120_000 });
    rows.push({ area, metric: 'UI: results on screen after the last keystroke (a later search)', value: r1(performance.now() - t - typed2), unit: 'ms', note: 'includes the 150 ms typing debounce' });
    const hwm = serverPeakRss(child.pid);
    if (hwm !== undefined) {
      rows.push({ area, metric: 'web-mode server peak RSS (the main process of the UI above)', value: r1(hwm), unit: 'MB', target: '<= 600 MB', pass: hwm <= 600 });
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
  return rows;
}
