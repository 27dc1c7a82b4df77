// Property tests of the API boundary: whatever JSON arrives, dispatch answers with a Result and a status, never throws;
// bad input is a 400 that never reaches a handler; no input pollutes prototypes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputs, methods, type Handlers } from '../shared/contract/api';
import { openLowdbStore } from '../store/lowdb-store';
import { article, tempDir } from '../store/test-fixtures';
import { dispatch } from './dispatch';
import { createServices } from './index';

function recordingHandlers(calls: { method: string; input: unknown }[]): Handlers {
  return new Proxy({} as Handlers, {
    get: (_t, method) => async (input: unknown) => {
      calls.push({ method: String(method), input });
      return { ok: 1 };
    },
  });
}

const oneLine = (s: string) => !s.includes('\n') && s.length > 0 && s.length < 1000;
const anyJson = fc.jsonValue({ maxDepth: 4 });
/** Objects shaped like real inputs: the contract's own keys with random values, plus now and then a stray key. */
const inputLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    ids: fc.array(fc.string(), { maxLength: 3 }),
    kind: fc.constantFrom('article', 'note', 'highlight', 'figure', ''),
    patch: fc.dictionary(fc.constantFrom('title', 'tags', 'colour', 'note', 'published', 'url'), anyJson),
    query: fc.string(),
    limit: fc.oneof(fc.integer(), fc.double()),
    stray: anyJson,
  },
  { requiredKeys: [] },
);

describe('dispatch under random input', () => {
  it('never throws; answers every method with a Result and a known status; 400s never reach a handler', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods, 'nope', '__proto__', 'constructor', 'toString', ''), fc.oneof(anyJson, inputLike), fc.boolean(), async (method, input, remote) => {
        const calls: { method: string; input: unknown }[] = [];
        const r = await dispatch(recordingHandlers(calls), method, input, { remote });
        expect([200, 400, 403, 404]).toContain(r.status);
        if (r.ok) {
          expect(r.status).toBe(200);
          expect(calls).toHaveLength(1);
          expect(calls[0].method).toBe(method);
        } else {
          expect(calls).toHaveLength(0);
          expect(oneLine(r.error), r.error).toBe(true);
          if (r.status === 400) expect(r.error).toMatch(new RegExp(`^Invalid input for ${method}`));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses anything but an object (or nothing) for every method', async () => {
    const notObjects = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.array(anyJson, { maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), notObjects, async (method, input) => {
        const r = await dispatch(recordingHandlers([]), method, input);
        expect(r.status).toBe(400);
      }),
      { numRuns: 500 },
    );
  });

  it('lets no input pollute Object.prototype', async () => {
    const hostile = ['{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '{"patch":{"__proto__":{"polluted":1}},"id":"x"}'];
    for (const method of methods) {
      for (const text of hostile) await dispatch(recordingHandlers([]), method, JSON.parse(text));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the contract schemas themselves never throw on random input (safeParse only)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...methods), anyJson, (method, input) => {
        expect(() => inputs[method].safeParse(input)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('real services under random input', () => {
  it('answer 200, 400 or 404, never a crash (500), for ids and patches from nowhere', async () => {
    const store = await openLowdbStore(await tempDir());
    await store.addArticles([article('a1')]);
    const { handlers } = createServices({ store });
    const safe = ['getArticle', 'updateArticle', 'deleteArticle', 'restoreTrashItem', 'listTrash', 'getSettings', 'listArticles', 'notebookInfo'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...safe.filter((m) => methods.includes(m as never))), fc.oneof(inputLike, anyJson), async (method, input) => {
        const r = await dispatch(handlers, method, input, { remote: true });
        expect([200, 400, 404], r.ok ? method : `${method}: ${r.error}`).toContain(r.status);
      }),
      { numRuns: 300 },
    );
    await store.close();
  }, 60_000);
});
