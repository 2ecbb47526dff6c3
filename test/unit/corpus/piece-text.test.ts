// PieceText, the edit-friendly text behind incremental parses, against plain string edits.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PieceText } from '../../../src/core/corpus/piece-text';

describe('corpus/PieceText', () => {
  it('applies random edits like string slicing does, through compaction', () => {
    fc.assert(fc.property(
      fc.string({ maxLength: 40 }),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.string({ maxLength: 4 })), { maxLength: 40 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }),
      (initial, edits, slices) => {
        let text = initial;
        let pieces = PieceText.of(initial);
        for (const [at, rem, ins] of edits) {
          const offset = at % (text.length + 1);
          const removed = Math.min(rem, text.length - offset);
          text = text.slice(0, offset) + ins + text.slice(offset + removed);
          pieces = pieces.replace(offset, removed, ins);
          assert.equal(pieces.length, text.length);
        }
        assert.equal(pieces.toString(), text);
        for (const [a, b] of slices) assert.equal(pieces.slice(a % (text.length + 1), b % (text.length + 2)), text.slice(a % (text.length + 1), Math.max(a % (text.length + 1), b % (text.length + 2))));
      },
    ), { numRuns: 1000 });
  });

  it('compacts a long run of edits into one piece', () => {
    let pieces = PieceText.of('x'.repeat(100));
    for (let i = 0; i < 5000; i++) pieces = pieces.replace((i * 37) % 100, 0, 'y');
    assert.ok(pieces.pieceCount < 5000);
    assert.equal(pieces.length, 5100);
  });
});
