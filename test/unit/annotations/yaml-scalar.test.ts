// The fast scalar reader/writer agree with the `yaml` package: whatever we write reads back as
// the same value, and whatever the fast entry reader accepts, it reads exactly as `yaml` does.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { doubleQuote, isPlainSafe, renderScalar, renderValue, resolvePlain } from '../../../src/core/annotations/yaml-scalar';
import { readEntryFast } from '../../../src/core/annotations/sidecar-fast-entry';
import { YAML_OPTIONS } from '../../../src/core/annotations/sidecar-yaml';

// Characters that matter to YAML, plus ordinary text and the awkward rest of Unicode.
const nasty = fc.constantFrom(
  ' ', ' ', 'a', 'Z', '0', '9', '.', '-', '+', '_', ':', '#', '"', "'", '\\', '\n', '\r', '\t', '[', ']', '{', '}', ',',
  '&', '*', '!', '|', '>', '%', '@', '`', '?', '~', 'é', '“', '”', '«', '😀', '\u0085', '\u2028', '\u00a0', '\ufeff', '\u0000', '\u007f',
  '\ud800', 'e', 'x', 'o', 'n', 'u', 'l', 't', 'r', 'true', 'null', 'yes', '.inf', '0x1F', '0o17', '1e3', '.5', '12',
);
const nastyString = fc.array(nasty, { maxLength: 14 }).map((parts) => parts.join(''));

describe('annotations/yaml-scalar', () => {
  it('renders every string so that yaml reads it back unchanged', () => {
    fc.assert(fc.property(nastyString, (s) => {
      assert.equal(parse(`k: ${renderScalar(s)}\n`, YAML_OPTIONS).k, s);
    }), { numRuns: 3000 });
  });

  it('renders numbers, booleans, null, lists and maps that read back unchanged', () => {
    const values: unknown[] = [0, -0, 1, -17, 2.5, 1e21, 1.5e-7, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, true, false, null,
      [], ['a', 1, null, [true]], {}, { a: 'x: y', 'b c': [1, '#'] }];
    for (const value of values) {
      const back = parse(`k: ${renderValue(value)}\n`, YAML_OPTIONS).k;
      assert.ok(Object.is(back, value) || JSON.stringify(back) === JSON.stringify(value), `${String(value)} came back as ${String(back)}`);
    }
  });

  it('writes plain scalars when safe and double quotes otherwise', () => {
    assert.equal(renderScalar('Moscow has repeatedly denied these allegations'), 'Moscow has repeatedly denied these allegations');
    assert.equal(renderScalar('2026-11-22T10:00:00Z'), '2026-11-22T10:00:00Z');
    assert.equal(renderScalar(' in "malicious" cyber attacks.\n\n'), '" in \\"malicious\\" cyber attacks.\\n\\n"');
    assert.equal(renderScalar('123456'), '"123456"');
    assert.equal(renderScalar('yes'), '"yes"');
    assert.equal(renderScalar('a: b'), '"a: b"');
    assert.equal(renderScalar('- item'), '"- item"');
    assert.equal(renderScalar(''), '""');
    assert.equal(doubleQuote('\u2028\u007f'), '"\\u2028\\u007f"');
    assert.ok(!isPlainSafe('x #y'));
    assert.ok(isPlainSafe('x#y'));
  });

  it('resolves plain scalars as the core schema does', () => {
    for (const s of ['~', 'null', 'Null', '', 'true', 'False', 'TRUE', '0o17', '0x1F', '-12', '+3', '1e3', '.5', '5.', '-.inf', '.NaN', 'abc', '1_000', '2026-11-22', 'yes']) {
      const expected = parse(`k: ${s}\n`, YAML_OPTIONS).k;
      assert.ok(Object.is(resolvePlain(s), expected), `${s}: ${String(resolvePlain(s))} vs ${String(expected)}`);
    }
  });

  it('reads a line exactly as yaml does whenever the fast entry reader accepts it', () => {
    const raw = fc.oneof(
      nastyString,
      nastyString.map((s) => renderScalar(s)),
      nastyString.map((s) => `"${s}"`),
      nastyString.map((s) => `'${s}'`),
      fc.tuple(nastyString, nastyString).map(([a, b]) => `${renderScalar(a)} #${b}`),
    );
    let accepted = 0;
    fc.assert(fc.property(raw, fc.constantFrom('', ' ', '  '), (value, gap) => {
      const text = `- k:${gap}${value}\n`;
      const fast = readEntryFast(text, 0, text.length);
      if (!fast) return;
      let expected: unknown;
      try {
        expected = parse(text, YAML_OPTIONS)[0].k;
      } catch (error) {
        assert.fail(`fast reader accepted what yaml rejects: ${JSON.stringify(text)} (${(error as Error).message})`);
      }
      accepted++;
      assert.equal(fast.fields.length, 1);
      assert.ok(Object.is(fast.fields[0].value, expected), `${JSON.stringify(text)}: fast ${JSON.stringify(fast.fields[0].value)} vs yaml ${JSON.stringify(expected)}`);
    }), { numRuns: 5000 });
    assert.ok(accepted > 1000, `only ${accepted} lines took the fast path`);
  });
});
