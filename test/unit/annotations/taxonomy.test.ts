// parseTaxonomy: the documented format, the default taxonomy, and each error with its place.
import assert from 'node:assert/strict';
import { DEFAULT_TAXONOMY, closestLabel, findLabel, isAllowedFieldValue, parseTaxonomy, type Taxonomy } from '../../../src/core/annotations';
import { readFixture } from './helpers';

function ok(text: string): Taxonomy {
  const result = parseTaxonomy(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.taxonomy;
}

function errors(text: string): Array<[number, number, string]> {
  const result = parseTaxonomy(text);
  assert.ok(!result.ok, 'expected errors');
  return result.errors.map((e) => [e.line, e.column, e.message]);
}

const LABEL = '  - id: claim\n    description: d\n    color: "#123456"\n';

describe('annotations/taxonomy', () => {
  it('reads labels, fields in both forms, extra label keys and speaker aliases', () => {
    const t = ok(readFixture('taxonomy/.news-annotator.yaml'));
    assert.deepEqual(t.labels.map((l) => [l.id, l.color, l.key]), [['claim', '#0072B2', 'c'], ['denial', '#D55E00', 'd'], ['accusation', '#CC79A7', undefined]]);
    assert.deepEqual({ ...findLabel(t, 'denial')!.extra }, { severity: 'high' });
    assert.deepEqual(t.fields, [
      { name: 'verdict', values: ['true', 'false', 'misleading', 'unverified'] },
      { name: 'source', description: 'Where the claim was first made', values: ['tv', 'print', 'online'], labels: ['claim', 'denial'] },
      { name: 'checker', description: 'Who checked it (free text)' },
    ]);
    assert.deepEqual({ ...t.speakerAliases }, { Peskov: 'Dmitry Peskov', 'Mr Peskov': 'Dmitry Peskov' });
    assert.ok(isAllowedFieldValue(t.fields[0], true));
    assert.ok(isAllowedFieldValue(t.fields[0], 'misleading'));
    assert.ok(!isAllowedFieldValue(t.fields[0], 'maybe'));
    assert.ok(isAllowedFieldValue(t.fields[2], 'anyone'));
  });

  it('has a built-in default with the eight labels, distinct colours and keys', () => {
    assert.deepEqual(DEFAULT_TAXONOMY.labels.map((l) => l.id), ['claim', 'denial', 'accusation', 'promise', 'prediction', 'attack', 'opinion', 'factual-statement']);
    assert.equal(new Set(DEFAULT_TAXONOMY.labels.map((l) => l.color.toLowerCase())).size, 8);
    assert.equal(new Set(DEFAULT_TAXONOMY.labels.map((l) => l.key)).size, 8);
    assert.ok(DEFAULT_TAXONOMY.labels.every((l) => /^#[0-9A-F]{6}$/.test(l.color) && l.description.length > 10));
    assert.ok(Object.isFrozen(DEFAULT_TAXONOMY.labels[0]));
    assert.equal(closestLabel(DEFAULT_TAXONOMY, 'denail'), 'denial');
    assert.equal(closestLabel(DEFAULT_TAXONOMY, 'xyzzy'), undefined);
  });

  it('reports each mistake where it is', () => {
    assert.deepEqual(errors(`labels:\n  - id: claim\n    description: d\n    color: #123456\n`), [[3, 11, 'color must be "#rrggbb" (quote it: an unquoted # starts a YAML comment)']]);
    assert.deepEqual(errors(`labels:\n  - id: claim\n    description: d\n    color: "red"\n`), [[3, 11, 'color must be "#rrggbb"']]);
    assert.deepEqual(errors(`labels:\n  - id: claim\n    color: "#123456"\n`), [[1, 4, "label is missing 'description'"]]);
    assert.deepEqual(errors(`labels:\n${LABEL}${LABEL}`), [[4, 4, "duplicate label id 'claim'"]]);
    assert.deepEqual(errors(`labels:\n  - id: two words\n    description: d\n    color: "#123456"\n`)[0].slice(0, 2), [1, 8]);
    assert.deepEqual(errors(`labels:\n${LABEL}    key: ab\n`), [[4, 9, 'key must be a single character']]);
    assert.deepEqual(errors(`labels: []\n`), [[0, 8, "'labels' must be a non-empty list"]]);
    assert.deepEqual(errors(`lables:\n${LABEL}`).map((e) => e[2]), ["unknown key 'lables' (expected version, labels, fields, speakers)", "a taxonomy needs a 'labels' list"]);
    assert.deepEqual(errors(`version: 2\nlabels:\n${LABEL}`), [[0, 9, 'unsupported taxonomy version (this News Annotator reads version 1)']]);
    assert.deepEqual(errors(`labels:\n${LABEL}fields:\n  label: [a]\n`), [[5, 2, "'label' is a built-in annotation field"]]);
    assert.deepEqual(errors(`labels:\n${LABEL}fields:\n  verdict: 5\n`)[0].slice(0, 2), [5, 11]);
    assert.deepEqual(errors(`labels:\n${LABEL}speakers:\n  aliases:\n    Peskov: [x]\n`)[0].slice(0, 2), [6, 12]);
    assert.equal(errors(`labels: [\n`)[0][2].startsWith('YAML syntax error'), true);
    assert.equal(errors(`a: &a [1]\nb: *a\n`)[0][2].includes('aliases'), true);
  });
});
