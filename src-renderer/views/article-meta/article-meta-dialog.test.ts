import { describe, expect, it } from 'vitest';
import { toPatch } from './to-patch';

const form = { title: ' Envoy quits ', outlet: '  ', published: '2012-07-11', url: 'https://example.org/a', tags: 'syria, defection,  syria ,' };

describe('toPatch (Edit details form to an updateArticle patch)', () => {
  it('trims, turns empty fields into null and splits tags without duplicates', () => {
    expect(toPatch(form)).toEqual({
      ok: true,
      patch: { title: 'Envoy quits', outlet: null, published: '2012-07-11', url: 'https://example.org/a', tags: ['syria', 'defection'] },
    });
  });
  it('refuses an empty title, a partial date and a URL that is not http(s)', () => {
    expect(toPatch({ ...form, title: ' ' })).toMatchObject({ ok: false, error: expect.stringMatching(/title/) });
    expect(toPatch({ ...form, published: '2012-07' })).toMatchObject({ ok: false, error: expect.stringMatching(/date/) });
    expect(toPatch({ ...form, url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: expect.stringMatching(/URL/) });
  });
});
