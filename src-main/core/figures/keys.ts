// Transliteration-aware keys for names: fold diacritics, drop particles, reduce words to a consonant skeleton.

/** Lower case without diacritics ("Erdoğan" -> "erdogan", "Chargé" -> "charge"). */
export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase(); // cheaper than a cache lookup
  let f = FOLDED.get(s);
  if (f === undefined) {
    f = s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘]/g, "'").toLowerCase();
    if (FOLDED.size > 200_000) FOLDED.clear();
    FOLDED.set(s, f);
  }
  return f;
}
const ASCII = /^[\x00-\x7f]*$/;
const FOLDED = new Map<string, string>(); // words repeat: normalising each once is most of the speed-up

/** Words that join the parts of a name but do not identify the person (al-, bin, van der, de la). */
export const PARTICLES = new Set([
  'al', 'el', 'ul', 'bin', 'ibn', 'bint', 'ben', 'abu', 'van', 'von', 'der', 'den', 'de', 'la', 'le', 'du', 'da',
  'di', 'dos', 'das', 'del', 'della', 'zu', 'ter', 'ten', 'y', 'ap', 'ab', 'verch', 'ferch', 'af',
]);
/** Particles that keep a meaning on their own and so stay in a name key (Abu Bakr is not Bakr). */
const KEPT_PARTICLES = new Set(['abu', 'ben']);

const ARTICLE_PREFIX = /^(?:al|el|ul|il|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en|ud|ur|us)[-'](?=\p{L})/u;

/** A name word folded, without an Arabic article prefix ("al-Fares" -> "fares", "Ad-Dabbagh" -> "dabbagh"). */
export function foldWord(word: string): string {
  return fold(word).replace(ARTICLE_PREFIX, '');
}
const ABD = /^abd(?:[aeiou]{1,2}l)?/;

/** A word's transliteration skeleton: first letter, then consonants with every vowel run reduced to one mark. */
export function skeleton(word: string): string {
  let k = SKELETONS.get(word);
  if (k === undefined) {
    k = computeSkeleton(word);
    if (SKELETONS.size > 200_000) SKELETONS.clear();
    SKELETONS.set(word, k);
  }
  return k;
}
const SKELETONS = new Map<string, string>();

function computeSkeleton(word: string): string {
  let w = foldWord(word).replace(/[^a-z]/g, '');
  if (!w) return '';
  w = w.replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/(.)\1+/g, '$1');
  const head = w[0];
  const tail = w.slice(1).replace(/[aeiouy]+/g, 'e');
  return head + tail;
}

/** True for a particle word ("al", "van", "de"), including a bare "Al" written with a capital. */
export function isParticle(word: string): boolean {
  const f = fold(word);
  return PARTICLES.has(f) && !KEPT_PARTICLES.has(f);
}

/**
 * The identifying keys of a name's words, in order: particles dropped, "Abdel Latif" / "Abd al-Latif" /
 * "Abdelatif" all become one key, hyphenated given names ("Ki-moon") stay one word.
 */
export function nameKeys(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const f = foldWord(words[i]);
    if (isParticle(words[i]) || /^\p{Lu}\.?$/u.test(words[i]) || isNameSuffix(words[i])) continue; // particles, initials, "Jr.", "III"
    const abd = ABD.exec(f);
    if (abd) {
      let rest = f.slice(abd[0].length);
      if (!rest) {
        let j = i + 1;
        while (j < words.length && isParticle(words[j])) j++;
        if (j < words.length) { rest = foldWord(words[j]); i = j; }
      }
      if (rest) { out.push('abd' + skeleton(rest.replace(/^l/, ''))); continue; }
    }
    const k = skeleton(f);
    if (k) out.push(k);
  }
  return out;
}

/** A generational suffix or regnal number ending a name: "Jr.", "Sr", "II", "XIV" (a lone "I" is the pronoun). */
export function isNameSuffix(word: string): boolean {
  return /^(?:Jr|Sr)\.?$|^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/.test(word);
}

/**
 * Initials and suffixes in a name ("George W. Bush" -> ["w"], "Charles III" -> ["iii"]), used to keep apart people
 * who differ only by them.
 */
export function initialsOf(words: string[]): string[] {
  return words.filter((w, i) => /^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(w) || i > 0 && isNameSuffix(w)).map((w) => fold(w).replace(/\./g, ''));
}

/** A figure key for a full name: first and last identifying word ("nawef|fares"); a single word stays alone. */
export function figureKeyOf(keys: string[]): string {
  if (keys.length === 0) return '';
  if (keys.length === 1) return keys[0];
  return keys[0] + '|' + keys[keys.length - 1];
}

/** A stable, readable figure id from a figure key. */
export function figureIdOf(key: string): string {
  return 'p-' + key.replace(/\|/g, '-');
}
