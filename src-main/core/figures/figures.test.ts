// Figure-level tests on the sample corpus: expected person clusters, no wrong merges, roles, quotes, stable ids.

import { describe, expect, it } from 'vitest';
import type { Figure } from '../../shared/model';
import { analyzeArticles, findFigure } from './index';
import { SAMPLE, labelSpans } from './fixtures/sample-labels';

const articles = SAMPLE.map((a) => ({ id: a.id, text: a.text }));
const analysis = analyzeArticles(articles);
const formsOf = (f: Figure) => new Set([f.name, ...f.aliases]);
const figureWith = (form: string) => analysis.figures.filter((f) => formsOf(f).has(form));

describe('figures on the sample corpus', () => {
  it('groups each person\'s spellings into one figure', () => {
    const clusters = [
      ['Nawaf Fares', 'Nawaf al-Fares', 'Fares'],
      ['Bashar al-Assad', 'Bashar Al-Assad'],
      ['Khaled al-Ayoubi', 'Ayoubi', 'al-Ayoubi'],
      ['Abdel Latif al-Dabbagh', 'Abdelatif al-Dabbagh'],
      ['Lamia Hariri', 'Lamia al-Hariri'],
      ['Laurent Fabius', 'Fabius'],
      ['Jay Carney', 'Carney'],
      ['Fawaz Gerges', 'Gerges'],
      ['Ban Ki-moon'],
    ];
    for (const forms of clusters) {
      const f = figureWith(forms[0]);
      expect(f, forms[0]).toHaveLength(1);
      expect([...formsOf(f[0])].sort(), forms[0]).toEqual(expect.arrayContaining(forms));
      for (const form of forms) expect(figureWith(form).map((x) => x.id), form).toContain(f[0].id);
    }
  });

  it('keeps apart people who share a family name', () => {
    const bashar = figureWith('Bashar al-Assad')[0];
    const hafez = figureWith('Hafez al-Assad')[0];
    const mayer = figureWith('Mayer Dabbagh')[0];
    const abdel = figureWith('Abdel Latif al-Dabbagh')[0];
    expect(new Set([bashar.id, hafez.id]).size).toBe(2);
    expect(new Set([mayer.id, abdel.id]).size).toBe(2);
    expect(formsOf(hafez).has('Bashar al-Assad')).toBe(false);
  });

  it('finds every labelled person as exactly one figure, and no figure that is not a labelled person', () => {
    const labelled = new Set(SAMPLE.flatMap((a) => a.names));
    for (const f of analysis.figures) {
      for (const form of formsOf(f)) expect(labelled.has(form), `${form} is not a labelled person`).toBe(true);
    }
    const fullNames = [...labelled].filter((n) => n.includes(' ') && !n.startsWith('al-'));
    for (const n of fullNames) expect(figureWith(n), n).toHaveLength(1);
  });

  it('leaves a bare surname with no full name in its article as a low-confidence figure, and suggests merges', () => {
    const low = analysis.figures.filter((f) => f.confidence === 'low');
    expect(low.map((f) => f.name)).toEqual(['Assad']); // article 004 names only "the late president Hafez al-Assad"
    const pairs = analysis.suggestions.filter((s) => s.a === low[0].id || s.b === low[0].id);
    const others = pairs.map((s) => (s.a === low[0].id ? s.b : s.a));
    expect(others.sort()).toEqual([figureWith('Bashar al-Assad')[0].id, figureWith('Hafez al-Assad')[0].id].sort());
  });

  it('gives every mention of the labels a figure, with exact offsets', () => {
    for (const a of SAMPLE) {
      const got = analysis.mentions.filter((m) => m.articleId === a.id).map((m) => [m.start, m.end]);
      expect(got).toEqual(labelSpans(a));
      for (const m of analysis.mentions) expect(SAMPLE.find((x) => x.id === m.articleId)!.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('collects roles and quotes with their sentences', () => {
    const fares = figureWith('Nawaf Fares')[0];
    expect(fares.roles.map((r) => r.text)).toEqual(expect.arrayContaining(["Syria's ambassador to Iraq", 'former ambassador to Iraq']));
    const fabius = figureWith('Laurent Fabius')[0];
    expect(fabius.roles.map((r) => r.text)).toContain('the French foreign minister');
    expect(fabius.quotes.map((q) => q.text)).toEqual(expect.arrayContaining(['We must try everything']));
    expect(fabius.quotes.some((q) => q.text.startsWith('The Syrian people are being martyred'))).toBe(true);
    expect(figureWith('Bashar al-Assad')[0].quotes).toHaveLength(0); // named inside Fabius's quote, not its speaker
    expect(figureWith('Jay Carney')[0].roles.map((r) => r.text)).toContain('White House spokesman');
    expect(figureWith('Fawaz Gerges')[0].quotes.length).toBeGreaterThanOrEqual(2);
    for (const f of analysis.figures) {
      for (const at of [...f.roles, ...f.quotes]) {
        const text = SAMPLE.find((a) => a.id === at.articleId)!.text;
        expect(text.slice(at.start, at.end)).toBe(at.text);
        expect(at.sentence[0]).toBeLessThanOrEqual(at.start);
        expect(at.sentence[1]).toBeGreaterThanOrEqual(at.end);
      }
    }
  });

  it('keeps figure ids stable when articles are reordered or added', () => {
    const reversed = analyzeArticles([...articles].reverse());
    const fewer = analyzeArticles(articles.slice(2));
    const ids = (a: typeof analysis) => new Map(a.figures.map((f) => [f.name, f.id]));
    expect(ids(reversed)).toEqual(ids(analysis));
    for (const f of fewer.figures) {
      const same = analysis.figures.find((g) => g.id === f.id);
      expect(same && formsOf(same).has(f.name), f.name).toBe(true);
    }
  });

  it('finds a figure by id or any spelling', () => {
    const fares = figureWith('Nawaf Fares')[0];
    expect(findFigure(analysis.figures, fares.id)).toBe(fares);
    expect(findFigure(analysis.figures, 'nawaf al-fares')).toBe(fares);
    expect(findFigure(analysis.figures, 'Abdellatif Dabbagh')?.name).toBe('Abdel Latif al-Dabbagh');
    expect(findFigure(analysis.figures, 'Nobody Here')).toBeUndefined();
  });
});
