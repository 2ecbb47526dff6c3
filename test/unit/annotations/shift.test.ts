// shiftForEdit: anchors follow typing before, inside, around and over them; a deleted anchor
// collapses to a point and says so (the editor then re-anchors it; it is never dropped).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { shiftForEdit } from '../../../src/core/annotations';

const edit = (offset: number, removed: number, inserted: string) => ({ offset, removed, inserted });

describe('annotations/shiftForEdit', () => {
  it('shifts for edits before, ignores edits after, and does not grow at its edges', () => {
    assert.deepEqual(shiftForEdit(10, 5, edit(2, 3, 'abcdef')), { start: 13, length: 5, effect: 'shifted' });
    assert.deepEqual(shiftForEdit(10, 5, edit(10, 0, 'ab')), { start: 12, length: 5, effect: 'shifted' });
    assert.deepEqual(shiftForEdit(10, 5, edit(15, 0, 'ab')), { start: 10, length: 5, effect: 'none' });
    assert.deepEqual(shiftForEdit(10, 5, edit(20, 4, '')), { start: 10, length: 5, effect: 'none' });
    assert.deepEqual(shiftForEdit(10, 5, edit(3, 0, '')), { start: 10, length: 5, effect: 'none' });
    assert.deepEqual(shiftForEdit(10, 5, edit(4, 6, '')), { start: 4, length: 5, effect: 'shifted' });
  });

  it('resizes for edits inside or over an edge, and collapses when all of it is deleted', () => {
    assert.deepEqual(shiftForEdit(10, 5, edit(12, 1, 'xyz')), { start: 10, length: 7, effect: 'changed' });
    assert.deepEqual(shiftForEdit(10, 5, edit(8, 4, 'q')), { start: 9, length: 3, effect: 'changed' });
    assert.deepEqual(shiftForEdit(10, 5, edit(13, 5, 'qq')), { start: 10, length: 3, effect: 'changed' });
    assert.deepEqual(shiftForEdit(10, 5, edit(9, 7, 'new')), { start: 12, length: 0, effect: 'removed' });
    assert.deepEqual(shiftForEdit(10, 5, edit(10, 5, '')), { start: 10, length: 0, effect: 'removed' });
  });

  it('keeps the anchored text whenever the edit did not touch it', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 });
    fc.assert(fc.property(text, fc.nat(), fc.nat(), fc.nat(), fc.nat(8), fc.string({ maxLength: 8 }), (s, a, b, at, removed, inserted) => {
      const start = a % s.length;
      const length = b % (s.length - start + 1);
      const offset = at % (s.length + 1);
      const cut = Math.min(removed, s.length - offset);
      const after = s.slice(0, offset) + inserted + s.slice(offset + cut);
      const r = shiftForEdit(start, length, { offset, removed: cut, inserted });
      assert.ok(r.start >= 0 && r.length >= 0 && r.start + r.length <= after.length);
      if (r.effect === 'none' || r.effect === 'shifted') assert.equal(after.slice(r.start, r.start + r.length), s.slice(start, start + length));
      if (r.effect === 'removed') assert.equal(r.length, 0);
    }), { numRuns: 3000 });
  });
});
