// LineIndex: offsets <-> lines and columns with the editor's line breaks (\r\n, \n, lone \r).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex, lineStarts } from '../../../src/core/corpus';

describe('corpus/LineIndex', () => {
  it('finds line starts for every kind of line break', () => {
    assert.deepEqual(lineStarts(''), [0]);
    assert.deepEqual(lineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
    assert.deepEqual(lineStarts('\r\n\r\n'), [0, 2, 4]);
    assert.deepEqual(lineStarts('\n\r'), [0, 1, 2]);
    assert.deepEqual(lineStarts('\r\r\n'), [0, 1, 3]);
  });

  it('converts offsets to positions and back', () => {
    const index = new LineIndex('ab\r\ncd\nef');
    assert.deepEqual(index.positionAt(0), { line: 0, column: 0 });
    assert.deepEqual(index.positionAt(2), { line: 0, column: 2 });
    assert.deepEqual(index.positionAt(3), { line: 0, column: 2 }, 'between \\r and \\n: the end of the line, as in VS Code');
    assert.deepEqual(index.positionAt(4), { line: 1, column: 0 });
    assert.deepEqual(index.positionAt(9), { line: 2, column: 2 });
    assert.deepEqual(index.positionAt(99), { line: 2, column: 2 });
    assert.deepEqual(index.positionAt(-5), { line: 0, column: 0 });
    assert.equal(index.offsetAt(1, 1), 5);
    assert.equal(index.offsetAt(0, 99), 2, 'columns clamp to the line end, before its break');
    assert.equal(index.offsetAt(9, 0), 9);
    assert.equal(index.offsetAt(-1, 3), 0);
    assert.equal(index.lineCount, 3);
    assert.deepEqual([index.lineStart(1), index.lineEnd(1), index.lineEnd(2)], [4, 6, 9]);
  });

  it('agrees with a naive split on random text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'é', '\n', '\r', '\r\n', ' ', '😀'), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const index = new LineIndex(text);
      const lines = text.split(/\r\n|\r|\n/);
      assert.equal(index.lineCount, lines.length);
      let offset = 0;
      for (const [line, content] of lines.entries()) {
        for (let column = 0; column <= content.length; column++) {
          assert.deepEqual(index.positionAt(offset + column), { line, column });
          assert.equal(index.offsetAt(line, column), offset + column);
        }
        offset += content.length;
        offset += text.startsWith('\r\n', offset) ? 2 : offset < text.length ? 1 : 0;
      }
    }), { numRuns: 500 });
  });
});
