// Short ids: the documented shape, no collisions, deterministic with an injected random source.
import assert from 'node:assert/strict';
import { generateId, isGeneratedId, seededRandom } from '../../../src/core/annotations';
import { renderScalar } from '../../../src/core/annotations/yaml-scalar';

describe('annotations/generateId', () => {
  it('makes 6-character base36 ids starting with a letter, plain in YAML', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 1000; i++) {
      const id = generateId(new Set(), random);
      assert.match(id, /^[a-z][0-9a-z]{5}$/);
      assert.ok(isGeneratedId(id));
      assert.equal(renderScalar(id), id);
    }
  });

  it('is deterministic for a seeded source and avoids ids in use', () => {
    const a = generateId(new Set(), seededRandom(42));
    assert.equal(generateId(new Set(), seededRandom(42)), a);
    assert.notEqual(generateId(new Set([a]), seededRandom(42)), a);
    const taken = new Set<string>();
    const random = seededRandom(7);
    for (let i = 0; i < 20000; i++) taken.add(generateId(taken, random));
    assert.equal(taken.size, 20000);
  });

  it('gives up on a broken random source instead of looping forever', () => {
    const stuck = () => 0;
    const only = generateId(new Set(), stuck);
    assert.throws(() => generateId(new Set([only]), stuck), /random source/);
    assert.throws(() => generateId(() => true), /random source/);
  });
});
