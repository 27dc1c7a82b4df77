// JSON text in parts: the same text as JSON.stringify, given a few hundred KB at a time, so that a large cache (the
// search index at 10,000 articles) is written without one string of it all and that string's bytes beside it.

const PART = 256 * 1024; // characters, about

/** JSON.stringify(value) (no replacer, no indent) as a sequence of parts; a single long string stays one part. Arrays
 * and plain objects are walked lazily: they must not change until the parts are used up. */
export function* jsonParts(value: unknown, size = PART): Generator<string> {
  const pending: string[] = [];
  let length = 0;
  const full = (s: string) => {
    pending.push(s);
    length += s.length;
    return length >= size;
  };
  const flush = () => {
    const part = pending.join('');
    pending.length = 0;
    length = 0;
    return part;
  };
  function* walk(v: unknown): Generator<string> {
    if (Array.isArray(v)) {
      if (full('[')) yield flush();
      for (let i = 0; i < v.length; i++) {
        if (i > 0 && full(',')) yield flush();
        if (isWalked(v[i])) yield* walk(v[i]);
        else if (full(JSON.stringify(v[i]) ?? 'null')) yield flush();
      }
      if (full(']')) yield flush();
    } else if (isPlain(v)) {
      if (full('{')) yield flush();
      let first = true;
      for (const key of Object.keys(v)) {
        const x = v[key];
        const walked = isWalked(x);
        const text = walked ? undefined : JSON.stringify(x);
        if (!walked && text === undefined) continue; // undefined, functions and symbols are left out
        if (full(`${first ? '' : ','}${JSON.stringify(key)}:`)) yield flush();
        first = false;
        if (walked) yield* walk(x);
        else if (full(text!)) yield flush();
      }
      if (full('}')) yield flush();
    } else if (full(JSON.stringify(v) ?? 'null')) {
      yield flush();
    }
  }
  yield* walk(value);
  if (pending.length > 0) yield flush();
}

function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || 'toJSON' in v) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const isWalked = (v: unknown) => Array.isArray(v) || isPlain(v);
