// Transliteration variants of one full name across outlets: "Muammar Gaddafi" / "Moammar Gadhafi" / "Moamer Kadhafi",
// "Abbas Araghchi" / "Abbas Araqchi", "Abdul Hamid Dbeibah" / "Abd al-Hamid al-Dbeiba", "Vitali Klitschko" / "Vitaliy Klychko".

/**
 * A coarser form of a name key word (a consonant skeleton from keys.ts) in which the spellings that romanisations of
 * Arabic, Persian and Slavic names trade for one another meet: q, g and gh as k; dh as d; tsch and tch as ch; w as v;
 * a final h after a vowel dropped.
 */
export function coarseKey(key: string): string {
  return key.replace(/tsch|tch/g, 'ch').replace(/dh/g, 'd').replace(/gh|q|g/g, 'k').replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1').replace(/eh$/, 'e');
}

/** The variant key of a full name's keys (first and last identifying word, coarsened); null for a single word. */
export function variantKey(keys: string[]): string | null {
  if (keys.length < 2) return null;
  return `${coarseKey(keys[0])}|${coarseKey(keys[keys.length - 1])}`;
}
