import { describe, expect, it } from 'vitest';
import { firstDate, isDateStamp, isHeadlineLike, isPhotoCaption, parseByline, parseDateline, sameLine } from './header';

describe('header recognisers', () => {
  it('isHeadlineLike: short, one sentence, no closing full stop', () => {
    expect(isHeadlineLike('Floods cut off villages as rivers burst banks')).toBe(true);
    expect(isHeadlineLike('Is the ceasefire over?')).toBe(true);
    expect(isHeadlineLike('The river burst its banks on Sunday.')).toBe(false);
    expect(isHeadlineLike('Floods')).toBe(false);
    expect(isHeadlineLike(`${'word '.repeat(30)}end`)).toBe(false);
  });
  it('sameLine ignores case, spacing and punctuation', () => {
    expect(sameLine("Syria's Envoy Quits", 'syria’s envoy  quits')).toBe(true);
    expect(sameLine('Syria envoy quits', 'Syria envoy stays')).toBe(false);
  });
  it('parseByline takes the name, not the outlet or the place', () => {
    expect(parseByline('By Ian Pannell, BBC News, Aleppo')).toBe('Ian Pannell');
    expect(parseByline('By Jane Doe and John Roe')).toBe('Jane Doe and John Roe');
    expect(parseByline('By the end of the week the talks had failed')).toBeNull();
    expect(parseByline('By Wednesday')).toBeNull();
  });
  it('parseDateline reads stamp lines only', () => {
    expect(parseDateline('Published: 25 July 2012 Last updated at 14:02 GMT')).toBe('2012-07-25');
    expect(parseDateline('Wednesday, July 11, 2012')).toBe('2012-07-11');
    expect(parseDateline('2012-07-11')).toBe('2012-07-11');
    expect(parseDateline('The ambassador resigned on July 11, 2012 after the massacre.')).toBeNull();
    expect(firstDate('no date here')).toBeNull();
    expect(isDateStamp('3 September')).toBe(true);
    expect(isDateStamp('Tuesday 14:02 GMT')).toBe(false); // no month: could be anything
    expect(isDateStamp('May I come in')).toBe(false);
    expect(firstDate('in July')).toBeNull();
  });
  it('isPhotoCaption wants a described scene, and a date unless the layout isolates it', () => {
    const cap = 'Protesters wave flags outside parliament in Athens on March 3, 2023.';
    expect(isPhotoCaption(cap, false)).toBe(true);
    expect(isPhotoCaption('A woman holds a candle during a vigil in Kyiv, 2022', true)).toBe(true);
    expect(isPhotoCaption('A woman holds a candle during a vigil in Kyiv, 2022', false)).toBe(false);
    expect(isPhotoCaption('The minister resigned on March 3, 2023.', true)).toBe(false);
    expect(isPhotoCaption('"We will hold the line," he said on March 3, 2023.', true)).toBe(false);
  });
});
