import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { fixtureBytes, readBytes } from './helpers.js';

const valid = fixtureBytes('valid.xml').toString('utf8');
const TAG = /<\/?[A-Z_]+>/g;
const tags = [...valid.matchAll(TAG)].map((m) => ({ at: m.index!, text: m[0] }));
const closingTags = tags.filter((t) => t.text.startsWith('</'));
const values = [...valid.matchAll(/>([^<>\n]+)</g)].map((m) => ({ at: m.index! + 1, length: m[1]!.length }));

type Mutation = (s: string) => string;
const truncate = fc.nat({ max: valid.length }).map((n): Mutation => (s) => s.slice(0, n));
const swapTags = fc.tuple(fc.nat({ max: tags.length - 1 }), fc.nat({ max: tags.length - 1 })).map(([i, j]): Mutation => (s) => {
  const [a, b] = [tags[Math.min(i, j)]!, tags[Math.max(i, j)]!];
  if (a.at === b.at) return s;
  return s.slice(0, a.at) + b.text + s.slice(a.at + a.text.length, b.at) + a.text + s.slice(b.at + b.text.length);
});
const replaceValue = fc.tuple(fc.nat({ max: values.length - 1 }), fc.string({ unit: 'binary', maxLength: 12 })).map(([i, text]): Mutation => (s) => {
  const v = values[i]!;
  return s.slice(0, v.at) + text + s.slice(v.at + v.length);
});
const deleteClosingTag = fc.nat({ max: closingTags.length - 1 }).map((i): Mutation => (s) => {
  const t = closingTags[i]!;
  return s.slice(0, t.at) + s.slice(t.at + t.text.length);
});
const mutation = fc.oneof(truncate, swapTags, replaceValue, deleteClosingTag);

describe('mutated returns (property)', () => {
  it('give only findings or an InputError, and read = accepted + reported', async () => {
    let inputErrors = 0;
    let withFindings = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom(7, 100, 64 * 1024), async (mutations, chunkSize) => {
        // Mutations apply to the original's offsets; later ones may land anywhere: any bytes are fair input.
        const text = mutations.reduce((s, m) => m(s), valid);
        try {
          const r = await readBytes(Buffer.from(text, 'utf8'), chunkSize);
          expect(r.childrenRead).toBe(r.childrenAccepted + r.childrenReported);
          // No child lost without being counted: every CHILD start tag the mutations left whole, on its own
          // line, is a child read; and nothing else is (`<CHILD` can also survive inside a broken tag).
          expect(r.childrenRead).toBeGreaterThanOrEqual(text.match(/\n {2}<CHILD>\n/g)?.length ?? 0);
          expect(r.childrenRead).toBeLessThanOrEqual(text.match(/<CHILD(?![\w.:-])/g)?.length ?? 0);
          expect(r.rows.filter((x) => x.table === 'Header').length).toBe(r.childrenAccepted);
          for (const f of r.findings) expect(f.ruleId).toMatch(/^xml-/);
          if (r.childrenReported > 0) expect(r.findings.some((f) => f.severity === 'error')).toBe(true);
          if (r.findings.length > 0) withFindings++;
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          inputErrors++;
        }
      }),
      { seed: 903, numRuns: 200 },
    );
    // The mutations do break things, and some cut the file before its first element.
    expect(withFindings).toBeGreaterThan(100);
    expect(inputErrors).toBeGreaterThan(0);
  });

  it('one mutation costs at most the children it touches: a cut at most one, any other edit at most two', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(truncate.map((m) => ({ m, most: 1 })), fc.oneof(swapTags, replaceValue, deleteClosingTag).map((m) => ({ m, most: 2 }))),
        async ({ m, most }) => {
          try {
            const r = await readBytes(Buffer.from(m(valid), 'utf8'), 100);
            expect(r.childrenReported).toBeLessThanOrEqual(most);
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
          }
        }),
      { seed: 1903, numRuns: 200 },
    );
  });

  it('the unmutated fixture reads with no finding (so findings above come from the mutations)', async () => {
    const r = await readBytes(Buffer.from(valid, 'utf8'), 7);
    expect(r.findings).toEqual([]);
    expect(r.childrenAccepted).toBe(4);
  });
});
