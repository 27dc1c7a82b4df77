import { describe, expect, it } from 'vitest';
import { titleFromLead } from './title';

describe('titleFromLead', () => {
  it('keeps a short first sentence whole, without its full stop', () => {
    expect(titleFromLead('The envoy resigned. He left at once.')).toBe('The envoy resigned');
  });
  it('cuts a long first sentence at a word boundary with an ellipsis', () => {
    const lead = 'The most senior diplomat serving in the capital announced his resignation on Monday, saying his conscience no longer allowed it.';
    const t = titleFromLead(lead, 80);
    expect(t.endsWith('…')).toBe(true);
    expect(t.length).toBeLessThanOrEqual(81);
    expect(lead.startsWith(t.slice(0, -1))).toBe(true);
    expect(lead[t.length - 1]).toBe(' '); // the cut falls between words
  });
});
