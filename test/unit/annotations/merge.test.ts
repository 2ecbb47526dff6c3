// mergeAnnotations: changes from either side combine, the same change counts once, and every
// conflict keeps both sides' data; nothing disappears without being reported.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeAnnotations, seededRandom, type Annotation } from '../../../src/core/annotations';
import { annotation } from './helpers';

const base = [
  annotation({ id: 'a1', quote: 'alpha', start: 10, note: 'n' }),
  annotation({ id: 'b2', quote: 'beta', start: 20 }),
  annotation({ id: 'c3', quote: 'gamma', start: 30 }),
];
const byId = (list: Annotation[]) => Object.fromEntries(list.map((a) => [a.id, a]));

describe('annotations/mergeAnnotations', () => {
  it('combines changes to different fields and entries from both sides', () => {
    const ours = [{ ...base[0], label: 'denial' }, base[1], base[2], annotation({ id: 'o9', quote: 'ours' })];
    const theirs = [{ ...base[0], note: 'theirs', extra: { verdict: 'true' } }, { ...base[1], start: 25, prefix: 'p' }, base[2], annotation({ id: 't9', quote: 'theirs' })];
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    const m = byId(merged);
    assert.deepEqual([m.a1.label, m.a1.note, { ...m.a1.extra }], ['denial', 'theirs', { verdict: 'true' }]);
    assert.deepEqual([m.b2.start, m.b2.prefix], [25, 'p']);
    assert.deepEqual(merged.map((a) => a.id), ['a1', 'b2', 'c3', 'o9', 't9']);
  });

  it('takes a change made identically on both sides once, and honours deletions on one side', () => {
    const same = { ...base[1], start: 21 };
    const { merged, conflicts } = mergeAnnotations(base, [base[0], same], [base[0], same, base[2]]);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.map((a) => [a.id, a.start]), [['a1', 10], ['b2', 21]]);
  });

  it('reports the same field changed differently, keeping ours and both sides data', () => {
    const ours = [{ ...base[0], note: 'ours' }, base[1], base[2]];
    const theirs = [{ ...base[0], note: 'theirs', label: 'opinion' }, base[1], base[2]];
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    assert.equal(conflicts.length, 1);
    assert.deepEqual([conflicts[0].kind, conflicts[0].fields, conflicts[0].ours!.note, conflicts[0].theirs!.note, conflicts[0].base!.note], ['both-changed', ['note'], 'ours', 'theirs', 'n']);
    assert.deepEqual([byId(merged).a1.note, byId(merged).a1.label], ['ours', 'opinion']);
  });

  it('merges the anchor as one unit', () => {
    const ours = [{ ...base[0], start: 11 }, base[1], base[2]];
    const theirs = [{ ...base[0], quote: 'alphas', prefix: 'x' }, base[1], base[2]];
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    assert.deepEqual(conflicts.map((c) => [c.id, c.fields]), [['a1', ['anchor']]]);
    assert.deepEqual([byId(merged).a1.start, byId(merged).a1.quote], [11, 'alpha']);
  });

  it('keeps an edit that meets a deletion, and says so', () => {
    const { merged, conflicts } = mergeAnnotations(base, [base[0], { ...base[1], note: 'edited' }], [base[0], base[2]]);
    assert.deepEqual(conflicts.map((c) => [c.id, c.kind]), [['b2', 'deleted-by-them']]);
    assert.equal(byId(merged).b2.note, 'edited');
    assert.equal(byId(merged).c3, undefined);
    const other = mergeAnnotations(base, [base[0], base[1]], [base[0], base[1], { ...base[2], label: 'promise' }]);
    assert.deepEqual(other.conflicts.map((c) => [c.id, c.kind]), [['c3', 'deleted-by-us']]);
    assert.equal(byId(other.merged).c3.label, 'promise');
    assert.deepEqual(other.merged.map((a) => a.id), ['a1', 'b2', 'c3']);
  });

  it('keeps both of two different additions with the same id, giving theirs a new id', () => {
    const ours = [...base, annotation({ id: 'zz', quote: 'ours' })];
    const theirs = [...base, annotation({ id: 'zz', quote: 'theirs' })];
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs, { random: seededRandom(3) });
    assert.equal(conflicts[0].kind, 'both-added');
    const renamed = merged.find((a) => a.id === conflicts[0].theirsNewId)!;
    assert.equal(renamed.quote, 'theirs');
    assert.equal(byId(merged).zz.quote, 'ours');
    assert.equal(new Set(merged.map((a) => a.id)).size, merged.length);
  });

  it('never loses a side silently (random three-way histories)', () => {
    const version = fc.record({ note: fc.constantFrom(undefined, 'x', 'y'), start: fc.constantFrom(10, 11, 12), label: fc.constantFrom('claim', 'denial') });
    const side = fc.array(fc.option(version, { nil: undefined }), { minLength: 3, maxLength: 3 });
    fc.assert(fc.property(side, side, (o, t) => {
      const make = (versions: (Record<string, unknown> | undefined)[]) => versions.flatMap((v, i) => (v ? [{ ...base[i], ...v, note: v.note as string | undefined }] : []))
        .map((a) => { if (a.note === undefined) delete a.note; return a; });
      const ours = make(o);
      const theirs = make(t);
      const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
      const conflicted = new Set(conflicts.map((c) => c.id));
      for (const a of [...ours, ...theirs]) {
        const m = merged.find((x) => x.id === a.id);
        const changed = JSON.stringify(a) !== JSON.stringify(base.find((b) => b.id === a.id));
        // An annotation one side changed is in the result, unless the other side deleted it and it is reported.
        if (changed) assert.ok(m || conflicted.has(a.id), `${a.id} lost`);
        if (m && !conflicted.has(a.id)) {
          const other = (ours.includes(a) ? theirs : ours).find((x) => x.id === a.id);
          if (other) for (const key of ['note', 'start', 'label'] as const) assert.ok(m[key] === a[key] || m[key] === other[key]);
        }
      }
    }), { numRuns: 1000 });
  });
});
