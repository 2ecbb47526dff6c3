import { strict as assert } from 'node:assert';
import { codePointConverter, utf16Offset } from '../../../src/core/review';

describe('review: UTF-16 to code point offsets', () => {
  it('is the identity without astral characters', () => {
    const convert = codePointConverter('plain “text” — é');
    for (let i = 0; i <= 17; i++) assert.equal(convert(i), i);
  });

  it('counts each surrogate pair as one code point', () => {
    const text = 'a😀b🇺🇦c';
    const convert = codePointConverter(text);
    // a=0, 😀=1..3, b=3, 🇺=4..6, 🇦=6..8, c=8 (UTF-16); code points a0 😀1 b2 🇺3 🇦4 c5.
    assert.deepEqual([0, 1, 3, 4, 6, 8, 9].map(convert), [0, 1, 2, 3, 4, 5, 6]);
    assert.equal([...text].slice(convert(3), convert(8)).join(''), text.slice(3, 8));
  });

  it('puts an offset inside a pair before the pair, and tolerates lone surrogates', () => {
    assert.equal(codePointConverter('a😀b')(2), 1);
    const lone = 'x\uD800y\uDC00z';
    const convert = codePointConverter(lone);
    for (let i = 0; i <= lone.length; i++) assert.equal(convert(i), i);
  });

  it('utf16Offset inverts it', () => {
    const text = 'Ministers 🇺🇦 react to the 🚀 launch 𝕏';
    const convert = codePointConverter(text);
    for (let i = 0; i <= text.length; i++) {
      const low = text.charCodeAt(i);
      if (low >= 0xdc00 && low <= 0xdfff) continue; // inside a pair
      assert.equal(utf16Offset(text, convert(i)), i);
    }
  });
});
