import { describe, expect, it } from 'vitest';
import { detectOutlet } from './outlet';

describe('detectOutlet', () => {
  it('reads promos, copyright lines and contact forms among the removed furniture', () => {
    expect(detectOutlet(['More from The Example Times: Floods'], [])).toBe('The Example Times');
    expect(detectOutlet(['Reuters © 2012 All rights reserved'], [])).toBe('Reuters');
    expect(detectOutlet(['© 2019 Daily Example'], [])).toBe('Daily Example');
    expect(detectOutlet(['If you are happy to be contacted by a Guardian journalist please leave a number'], [])).toBe(
      'Guardian',
    );
  });
  it('reads the lead: "..., X reported." and exclusives given to X', () => {
    expect(detectOutlet([], ['The minister has resigned over the scandal, Example News reported. More text.'])).toBe(
      'Example News',
    );
    expect(detectOutlet([], ['Lead.', 'In an exclusive interview with Radio Example, the envoy said he was leaving.'])).toBe(
      'Radio Example',
    );
  });
  it('is conservative: institutions and later credits to other outlets are not the outlet', () => {
    expect(detectOutlet([], ['The envoy has defected, according to the UK Foreign Office.'])).toBeNull();
    expect(detectOutlet([], ['The envoy has defected, the Foreign Office reported.'])).toBeNull();
    expect(detectOutlet([], ['The envoy defected.', 'The Telegraph reported at the time that four diplomats were left.'])).toBeNull();
    expect(detectOutlet([], ['The envoy has defected, he reported.'])).toBeNull();
  });
});
