import { describe, expect, it } from 'vitest';
import { isHardWrapped, splitBlocks } from './blocks';

describe('splitBlocks', () => {
  it('separates paragraphs at blank lines and records the gaps', () => {
    const b = splitBlocks('Head\n\n\nCaption here.\n\nBody one.');
    expect(b.map((x) => [x.text, x.gapBefore, x.gapAfter])).toEqual([
      ['Head', 0, 2],
      ['Caption here.', 2, 1],
      ['Body one.', 1, 0],
    ]);
  });
  it('gives one paragraph per line when lines are long and ragged (web copy)', () => {
    const long = 'x'.repeat(120);
    const b = splitBlocks(`${long} one.\n${long} two.\nNo comments:\nWrite comments`);
    expect(b.map((x) => x.text)).toEqual([`${long} one.`, `${long} two.`, 'No comments:', 'Write comments']);
  });
  it('joins hard-wrapped lines and starts a new paragraph after a short sentence end', () => {
    const text = [
      'The ambassador announced his resignation on Wednesday in a',
      'statement read on television, saying he had joined the',
      'opposition.',
      'Officials in Damascus did not comment on the report at all,',
      'and the embassy was closed.',
    ].join('\n');
    expect(isHardWrapped(text.split('\n'))).toBe(true);
    expect(splitBlocks(text).map((b) => b.text)).toEqual([
      'The ambassador announced his resignation on Wednesday in a statement read on television, saying he had joined the opposition.',
      'Officials in Damascus did not comment on the report at all, and the embassy was closed.',
    ]);
  });
});
