import { strict as assert } from 'node:assert';
import type { Annotation } from '../../../src/core/annotations';
import { diffAnnotations, isAnchorUpdate, renderDiffMarkdown, renderDiffText } from '../../../src/core/review';
import { fixtureAnnotations } from './helpers';

function annotation(fields: Partial<Annotation> & { id: string }): Annotation {
  return { article: 'a.txt', label: 'claim', quote: 'text', prefix: '', suffix: '', start: 0, ...fields };
}

describe('review: sidecar diff by id', () => {
  it('finds added, removed, changed and unchanged annotations', () => {
    const base = [annotation({ id: 'a' }), annotation({ id: 'b' }), annotation({ id: 'c', note: 'n' })];
    const head = [annotation({ id: 'c', note: 'n' }), annotation({ id: 'a', label: 'denial' }), annotation({ id: 'd' })];
    const diff = diffAnnotations(base, head);
    assert.deepEqual(diff.added.map((a) => a.id), ['d']);
    assert.deepEqual(diff.removed.map((a) => a.id), ['b']);
    assert.deepEqual(diff.changed.map((c) => [c.id, c.changes]), [['a', [{ field: 'label', group: 'label', before: 'claim', after: 'denial' }]]]);
    assert.equal(diff.unchanged, 1);
  });

  it('reports each changed field with its group: anchor, speaker, note, meta, extras', () => {
    const before = annotation({ id: 'a', start: 5, speaker: 'X', extra: { verdict: 'false', tags: ['a'] } });
    const after = annotation({ id: 'a', start: 9, article: 'b.txt', note: 'new', updated: '2026-01-01T00:00:00Z', extra: { tags: ['a', 'b'], checked: true } });
    const changes = diffAnnotations([before], [after]).changed[0].changes;
    assert.deepEqual(changes.map((c) => `${c.group}:${c.field}`), [
      'anchor:article', 'anchor:start', 'speaker:speaker', 'note:note', 'meta:updated',
      'extra:checked', 'extra:tags', 'extra:verdict',
    ]);
    assert.deepEqual(changes.find((c) => c.field === 'speaker'), { field: 'speaker', group: 'speaker', before: 'X', after: undefined });
  });

  it('tells an anchor update (check --fix) from an edit', () => {
    const base = [annotation({ id: 'a', start: 1, prefix: 'x' }), annotation({ id: 'b' })];
    const head = [annotation({ id: 'a', start: 4, prefix: 'y' }), annotation({ id: 'b', quote: 'other' })];
    const [moved, edited] = diffAnnotations(base, head).changed;
    assert.equal(isAnchorUpdate(moved), true);
    assert.equal(isAnchorUpdate(edited), false);
  });

  it('renders nothing but the counts when nothing changed', () => {
    const same = fixtureAnnotations('review', 'seeds.corpus.annotations.base.yaml');
    const diff = diffAnnotations(same, same);
    assert.equal(renderDiffText(diff), '0 added, 0 removed, 0 changed, 8 unchanged\n');
    assert.match(renderDiffMarkdown(diff), /_No annotation changes\._/);
  });

  it('keeps control characters from a sidecar out of the terminal', () => {
    const diff = diffAnnotations([], [annotation({ id: 'x\x1b[31m', label: 'l\x07', quote: 'q\x1b]0;title\x07' })]);
    const text = renderDiffText(diff);
    // eslint-disable-next-line no-control-regex
    assert.ok(!/[\x00-\x08\x0b-\x1f]/.test(text), JSON.stringify(text));
  });

  it('colours lines only when asked', () => {
    const diff = diffAnnotations([annotation({ id: 'a' })], [annotation({ id: 'b' })]);
    assert.ok(!renderDiffText(diff).includes('\x1b['));
    assert.ok(renderDiffText(diff, { color: true }).includes('\x1b[32m+ b'));
  });
});
