import { describe, expect, it } from 'vitest';
import { alignClaims, differencesFromClosest } from './claims';

const words = (text: string, spans: [number, number][]) => spans.map(([s, e]) => text.slice(s, e));

describe('alignClaims', () => {
  it('puts the same statement from two sources in one row and marks the words that differ', () => {
    const a = ['Fares is from Deir Ezzor, the eastern city.', 'He was ambassador to Iraq since 2008.'];
    const b = ['He was ambassador to Iraq since 2008.', 'Fares is from Deir al-Zor, the eastern city.'];
    const rows = alignClaims([a, b]);
    const pairOf = (claimA: number) => rows.find((r) => r.cells[0]?.claim === claimA)!;
    const deir = pairOf(0);
    expect(deir.cells[1]?.claim).toBe(1);
    expect(words(a[0], deir.cells[0]!.marks)).toEqual(['Ezzor']);
    expect(words(b[1], deir.cells[1]!.marks)).toEqual(['al-Zor']);
    const amb = pairOf(1);
    expect(amb.cells[1]?.claim).toBe(0);
    expect(amb.cells[0]!.marks).toEqual([]);
  });

  it('gives a statement made by only one source a row of its own, in that source\'s order', () => {
    const a = ['Nawaf Fares defected on Wednesday.', 'He is a Sunni from the east.'];
    const b = ['Nawaf Fares defected on Wednesday.', 'His family has close ties to the security services.', 'He is a Sunni from the east.'];
    const rows = alignClaims([a, b]);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.cells.map((c) => c?.claim ?? null))).toEqual([[0, 0], [null, 1], [1, 2]]);
  });

  it('marks a number one source gives and another does not, in every version that has it', () => {
    const a = ['The uprising has killed 19,000 people, activists say.'];
    const b = ['The uprising has killed 17,000 people, activists say.'];
    const c = ['The uprising has killed people, activists say.'];
    const rows = alignClaims([a, b, c]);
    expect(rows).toHaveLength(1);
    const [ra, rb, rc] = rows[0].cells;
    expect(words(a[0], ra!.marks)).toEqual(['19,000']);
    expect(words(b[0], rb!.marks)).toEqual(['17,000']);
    expect(rc!.marks).toEqual([]);
  });

  it('keeps every claim of every source exactly once', () => {
    const sources = [
      ['One thing happened.', 'Another thing followed.'],
      [],
      ['Something unrelated entirely.', 'Another thing followed.', 'One thing happened.'],
    ];
    const rows = alignClaims(sources);
    sources.forEach((claims, s) => {
      const seen = rows.map((r) => r.cells[s]?.claim).filter((c) => c !== undefined).sort();
      expect(seen).toEqual(claims.map((_, k) => k));
    });
  });
});

describe('differencesFromClosest', () => {
  it('marks the words a role has that the most similar role of another source lacks', () => {
    const role = 'former ambassador to Iraq';
    const r = differencesFromClosest(role, ['a Sunni', "Syria's envoy in Baghdad", 'the ambassador to Iraq']);
    expect(r.closest).toBe(2);
    expect(words(role, r.marks)).toEqual(['former']);
  });

  it('finds no counterpart for a role no other source gives anything like', () => {
    expect(differencesFromClosest('a Sunni', ['former ambassador to Iraq'])).toEqual({ closest: null, marks: [] });
    expect(differencesFromClosest('the ambassador to Iraq', ['the ambassador to Iraq'])).toEqual({ closest: 0, marks: [] });
  });
});
