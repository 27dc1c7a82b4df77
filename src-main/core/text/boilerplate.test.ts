import { describe, expect, it } from 'vitest';
import { boilerplateReason, isLabelLike } from './boilerplate';

// Furniture written for these tests (other outlets, other wordings), not copied from the sample corpus.
const FURNITURE: [string, string][] = [
  ['Comments (12)', 'comment prompt'],
  ['Leave a comment', 'comment prompt'],
  ['3 comments', 'comment prompt'],
  ['Join the conversation', 'comment prompt'],
  ['Were you caught up in the floods in Valencia? Share your experience by emailing us.', 'reader call-out'],
  ['Have you been affected by the strike? Get in touch.', 'reader call-out'],
  ['Send us your photos and videos of the storm.', 'reader call-out'],
  ['Terms & Conditions', 'form terms'],
  ['Privacy Policy', 'form terms'],
  ['© 2023 Example Media Ltd. All rights reserved.', 'copyright footer'],
  ['Copyright 2019 The Daily Example', 'copyright footer'],
  ['You are using an outdated browser. Please upgrade to view this site properly.', 'browser notice'],
  ['We use cookies to improve your experience on our site.', 'cookie notice'],
  ['Advertisement', 'advertising'],
  ['Story continues below advertisement', 'navigation'],
  ['Skip to main content', 'navigation'],
  ['Related Stories', 'section label'],
  ['Most Read', 'section label'],
  ['More Europe news', 'section label'],
  ['More from The Example Times: Inside the flood zone', 'promo'],
  ['Read more: How the ceasefire collapsed', 'promo'],
  ['Sign up for our daily newsletter', 'promo'],
  ['Share this article', 'share links'],
  ['Facebook Twitter Email', 'share links'],
  ['Share | Tweet | Print', 'share links'],
  ['Image caption Rescuers search the rubble in Antakya', 'media caption'],
  ['Photo: A man walks past a mural in Beirut', 'media caption'],
  ['This video contains some distressing scenes', 'media caption'],
  ['Firefighters tackle the blaze on Sunday (Getty Images)', 'media caption'],
  ['(Reporting by Jane Doe; Editing by John Roe)', 'credit line'],
  ['Last updated: 4 March 2023', 'dateline stamp'],
];

const PROSE = [
  'More than 100 people died: the worst toll since the war began, officials said.',
  'Do you think the talks will work? the minister was asked. He did not reply.',
  'The company said the terms and conditions of the deal had not been disclosed.',
  'He shared the article on Facebook before deleting it.',
  'Analysts expect the central bank to hold rates.',
  "'Days numbered'",
  'Read the full statement below, the ministry said in an email to reporters on Tuesday.',
];

describe('boilerplateReason', () => {
  it.each(FURNITURE)('recognises %j as %s', (text, reason) => {
    expect(boilerplateReason(text)).toBe(reason);
  });
  it.each(PROSE)('leaves article prose alone: %j', (text) => {
    expect(boilerplateReason(text)).toBeNull();
  });
  it('never calls a long paragraph furniture, whatever it contains', () => {
    const long = `Advertisement ${'the minister said the talks would continue, '.repeat(40)}`;
    expect(boilerplateReason(long)).toBeNull();
  });
});

describe('isLabelLike', () => {
  it('accepts short unpunctuated labels and rejects sentences and quoted cross-heads', () => {
    expect(isLabelLike('Conflict & Justice')).toBe(true);
    expect(isLabelLike('Middle East')).toBe(true);
    expect(isLabelLike('He resigned.')).toBe(false);
    expect(isLabelLike("'Political blow'")).toBe(false);
    expect(isLabelLike('one two three four five six seven')).toBe(false);
  });
});
