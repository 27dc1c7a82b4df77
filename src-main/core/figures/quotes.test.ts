import { describe, expect, it } from 'vitest';
import { extractPeople } from './extract';

const quotesOf = (text: string) =>
  extractPeople('t', text).people.map((p) => [p.mentions[0].text, p.quotes.map((q) => q.text)] as const);

describe('quote attribution', () => {
  it('attributes after-quote, before-quote and pronoun patterns', () => {
    const text = [
      'Anna Berg met Tomas Lind on Monday.',
      '"We are close," said Berg.',
      '"Not yet," Lind told reporters.',
      'Berg said: "Soon."',
      '"It is done," she added.',
    ].join('\n');
    expect(quotesOf(text)).toEqual([
      ['Anna Berg', ['We are close,', 'Soon.', 'It is done,']],
      ['Tomas Lind', ['Not yet,']],
    ]);
  });
  it('does not give a quote to a name inside it, nor to a pronoun after a finished sentence', () => {
    const text = 'Minister Karl Ode spoke. "Lena Vik was right," he said. "That is all". He urged calm.';
    const people = quotesOf(text);
    expect(people.find(([n]) => n === 'Karl Ode')?.[1]).toEqual(['Lena Vik was right,']);
    expect(people.find(([n]) => n === 'Lena Vik')?.[1]).toEqual([]);
  });
  it('leaves a pronoun unattributed when its sentence names two people', () => {
    const text = 'Ivo Dahl and Petra Holm met. "Good talks," he said.';
    expect(quotesOf(text).every(([, q]) => q.length === 0)).toBe(true);
  });
});

describe('roles', () => {
  it('reads titles and appositions on both sides of a name', () => {
    const text = 'Norway\'s ambassador to Chile, Erik Sand, met Anna Berg, the deputy foreign minister, and spokesman Jon Vik.';
    const roles = Object.fromEntries(extractPeople('t', text).people.map((p) => [p.mentions[0].text, p.roles.map((r) => r.text)]));
    expect(roles['Erik Sand']).toEqual(["Norway's ambassador to Chile"]);
    expect(roles['Anna Berg']).toEqual(['the deputy foreign minister']);
    expect(roles['Jon Vik']).toEqual(['spokesman']);
  });
});
