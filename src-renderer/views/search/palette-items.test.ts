import { describe, expect, it } from 'vitest';
import { matchScore, rankItems, type PaletteItem } from './palette-items';

const items: PaletteItem[] = [
  { kind: 'action', label: 'Go to figures', href: '#/figures' },
  { kind: 'figure', label: 'Nawaf Fares', href: '#/figure/f1' },
  { kind: 'figure', label: 'Khaled al-Ayoubi', href: '#/figure/f2' },
  { kind: 'article', label: "Syria's ambassador to Iraq has defected", detail: 'Al Jazeera', href: '#/article/a1' },
];

describe('command palette ranking', () => {
  it('puts word starts before scattered letters and drops non-matches', () => {
    expect(rankItems(items, 'fares').map((i) => i.label)).toEqual(['Nawaf Fares']);
    expect(rankItems(items, 'ayoubi')[0].label).toBe('Khaled al-Ayoubi');
    expect(rankItems(items, 'fig')[0].label).toBe('Go to figures');
    expect(rankItems(items, 'zzz')).toEqual([]);
  });

  it('matches the detail line and accents loosely, and keeps order for an empty query', () => {
    expect(rankItems(items, 'jazeera').map((i) => i.kind)).toEqual(['article']);
    expect(matchScore('Farès', 'fares')).toBeGreaterThan(0);
    expect(rankItems(items, '').map((i) => i.label)).toEqual(items.map((i) => i.label));
  });
});
