import { strict as assert } from 'node:assert';
import { csvField, csvRecord, parseCsv } from '../../../src/core/review';

describe('review: RFC 4180 CSV', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    assert.equal(csvField('plain text'), 'plain text');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\r'), '"cr\r"');
    assert.equal(csvField(''), '');
    assert.equal(csvRecord(['a', 'b,c', '']), 'a,"b,c",\r\n');
  });

  it('parses what it writes, including line breaks, quotes and empty fields', () => {
    const records = [
      ['type', 'text', 'note'],
      ['quote', 'He said, "no".\r\nThen left.', ''],
      ['annotation', '', '😀 ""'],
      ['', '', ''],
    ];
    assert.deepEqual(parseCsv(records.map(csvRecord).join('')), records);
  });

  it('accepts LF line ends and a missing final line break', () => {
    assert.deepEqual(parseCsv('a,b\n"c\nd",e'), [['a', 'b'], ['c\nd', 'e']]);
  });
});
