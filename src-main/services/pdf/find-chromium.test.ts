import { describe, expect, it } from 'vitest';
import { findChromium, systemChromiumPaths } from './find-chromium';

describe('findChromium', () => {
  it('prefers CHROME_PATH when it exists', () => {
    expect(findChromium({ CHROME_PATH: '/opt/my/chrome' }, (p) => p === '/opt/my/chrome' || p === '/usr/bin/chromium')).toBe('/opt/my/chrome');
  });

  it('skips a CHROME_PATH that is not on disk and falls back to the system paths in order', () => {
    const present = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']);
    expect(findChromium({ CHROME_PATH: '/nowhere' }, (p) => present.has(p))).toBe('/usr/bin/chromium-browser');
  });

  it('returns null when nothing is installed', () => {
    expect(findChromium({}, () => false)).toBeNull();
  });

  it('looks in Program Files on Windows', () => {
    const paths = systemChromiumPaths({ PROGRAMFILES: 'C:\\Program Files' });
    expect(paths.some((p) => p.includes('Program Files') && p.endsWith('chrome.exe'))).toBe(true);
    expect(paths.some((p) => p.endsWith('msedge.exe'))).toBe(true);
  });
});
