// The web tests run in a web worker, where node:assert/strict resolves to test/web/harness/assert.ts.
// A stand-in that passed what Node's assert fails would let web tests pass that should not:
// each case here must pass or fail in both alike.
import * as nodeAssert from 'node:assert/strict';
import * as webAssert from '../../web/harness/assert';

type Assert = typeof webAssert;

const cases: [string, (a: Assert) => void][] = [
  ['ok(1)', (a) => a.ok(1)],
  ['ok(0)', (a) => a.ok(0)],
  ['ok("")', (a) => a.ok('')],
  ['equal(1, 1)', (a) => a.equal(1, 1)],
  ['equal(1, "1")', (a) => a.equal(1, '1')],
  ['equal(NaN, NaN)', (a) => a.equal(NaN, NaN)],
  ['equal({}, {})', (a) => a.equal({}, {})],
  ['notEqual(1, 2)', (a) => a.notEqual(1, 2)],
  ['notEqual(1, 1)', (a) => a.notEqual(1, 1)],
  ['deepEqual([1, {x: [2]}], same)', (a) => a.deepEqual([1, { x: [2] }], [1, { x: [2] }])],
  ['deepEqual([1, 2], [2, 1])', (a) => a.deepEqual([1, 2], [2, 1])],
  ['deepEqual({a: 1}, {a: 1, b: undefined})', (a) => a.deepEqual({ a: 1 }, { a: 1, b: undefined })],
  ['deepEqual([1], {0: 1})', (a) => a.deepEqual([1], { 0: 1 })],
  ['deepEqual(1, "1")', (a) => a.deepEqual(1, '1')],
  ['deepEqual(new Set([1]), new Set([1]))', (a) => a.deepEqual(new Set([1]), new Set([1]))],
  ['deepEqual(new Map([[1, 2]]), new Map([[1, 3]]))', (a) => a.deepEqual(new Map([[1, 2]]), new Map([[1, 3]]))],
  ['notDeepEqual([1], [1])', (a) => a.notDeepEqual([1], [1])],
  ['match("abc", /b/)', (a) => a.match('abc', /b/)],
  ['match("abc", /x/)', (a) => a.match('abc', /x/)],
  ['doesNotMatch("abc", /x/)', (a) => a.doesNotMatch('abc', /x/)],
  ['doesNotMatch("abc", /b/)', (a) => a.doesNotMatch('abc', /b/)],
  ['throws(() => { throw new Error() })', (a) => a.throws(() => { throw new Error('x'); })],
  ['throws(() => 1)', (a) => a.throws(() => 1)],
];

function throwsWith(assert: Assert, run: (a: Assert) => void): boolean {
  try {
    run(assert);
    return false;
  } catch {
    return true;
  }
}

describe('web tests: the node:assert/strict stand-in', () => {
  for (const [name, run] of cases) {
    it(`${name} passes or fails as in Node`, () => {
      nodeAssert.equal(throwsWith(webAssert, run), throwsWith(nodeAssert as unknown as Assert, run));
    });
  }

  it('keeps the custom message, and says what differed without one', () => {
    nodeAssert.throws(() => webAssert.equal(1, 2, 'the count'), { message: 'the count' });
    nodeAssert.throws(() => webAssert.equal('a', 'b'), /actual: {3}"a"\n {2}expected: "b"/);
  });

  it('rejects(promise) fails on a promise that resolves', async () => {
    await nodeAssert.rejects(webAssert.rejects(Promise.resolve(1)));
    await webAssert.rejects(Promise.reject(new Error('no')));
  });
});
