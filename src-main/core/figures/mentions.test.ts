// Name mentions on patterns of news text: suffixes, initials-first names, particles, titles, organisations.

import { describe, expect, it } from 'vitest';
import { findNameMentions } from './mentions';

const names = (text: string) => findNameMentions(text).mentions.map((m) => m.text);

describe('name mentions', () => {
  it('keeps a regnal number or a generational suffix with the name, full stop included', () => {
    expect(names('She was made a dame by Elizabeth II in 1994.')).toEqual(['Elizabeth II']);
    expect(names('Judge Robert L. Stone Jr. set sentencing. Harold Bush Sr. said he would appeal.'))
      .toEqual(['Robert L. Stone Jr.', 'Harold Bush Sr.']);
    expect(names('He died at King Edward VII Hospital after World War II ended.')).toEqual([]);
    expect(names('The speech was given by Martin Luther King Jr. Crowds cheered in the rain.')).toEqual(['Martin Luther King Jr.']);
    expect(names('The speech was given by Mr King. Crowds cheered in the rain.')).toEqual(['King']);
  });
  it('finds names written initials first, and the bare name after them', () => {
    expect(names('R. Selvaraj of the DMK won the seat. Selvaraj, 56, thanked the voters.')).toEqual(['R. Selvaraj', 'Selvaraj']);
  });
  it('reads Welsh and Nordic particles inside a name', () => {
    expect(names('He trained under Prof Rhys ap Gwilym in Cardiff.')).toEqual(['Rhys ap Gwilym']);
  });
  it('strips council titles and keeps hyphenated surnames whose parts are also words', () => {
    expect(names('Cllr Tomáš Novák abstained, said council member Grace Park-Delgado.')).toEqual(['Tomáš Novák', 'Grace Park-Delgado']);
  });
  it('takes a one-word name found on its own evidence wherever the same word stands alone', () => {
    expect(names('The film follows Hélène, a widowed translator. Her son mocks Hélène\'s silence.')).toEqual(['Hélène', 'Hélène']);
    expect(names('He is survived by his wife, Folake, and six children.')).toEqual(['Folake']);
  });
  it('reads accented given names as names', () => {
    expect(names('BOGOTÁ — María Fernanda Restrepo Gaviria was elected mayor on Sunday.')).toEqual(['María Fernanda Restrepo Gaviria']);
  });
  it('makes no person of organisations and teams named like people, or of events', () => {
    expect(names('Accounts at Goldman Sachs were frozen, and Bayern Munich won the Italian Grand Prix of football.')).toEqual([]);
    expect(names('A spokesman told Agence France-Presse the work would resume.')).toEqual([]);
    expect(names('Crowds gathered for Eid al-Fitr prayers in Cairo.')).toEqual([]);
    expect(names('The Swiss academic Tariq Ramadan said he would appeal; analyst Bassem Eid said talks had failed.'))
      .toEqual(['Tariq Ramadan', 'Bassem Eid']);
  });
  it('strips titles led by a place or a portfolio, and hyphenated titles', () => {
    expect(names('Punjab Chief Minister Maryam Nawaz attended. Defence Minister Khawaja Asif told reporters.')).toEqual(['Maryam Nawaz', 'Khawaja Asif']);
    expect(names('He met Commander-in-Chief Oleksandr Syrskyi in Kyiv.')).toEqual(['Oleksandr Syrskyi']);
    expect(names('Former US Secretary of State Condoleezza Rice spoke on Tuesday.')).toEqual(['Condoleezza Rice']);
  });
});
