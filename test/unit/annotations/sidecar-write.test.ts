// serializeSidecar/updateSidecar: the canonical layout, sort order, byte-identical saves,
// comments and unknown fields kept, minimal line diffs, CRLF, and random edit sequences that
// always read back as exactly the annotations saved.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  createSidecar, parseSidecar, serializeSidecar, sortAnnotations, updateSidecar, type Annotation,
} from '../../../src/core/annotations';
import { annotation, read, readFixture } from './helpers';

const ORDER = ['000_88a625c4827ab9bc.txt', '001_b95ea068836629e5.txt', '002_159676f630bb4c25.txt', '003_c39b77451d523681.txt', '004_7ddae7ebccbc7a8a.txt'];
const fixture = () => readFixture('seeds.corpus.annotations.yaml');

/** Lines of `after` that are not at the same place in `before` (both split on \n). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(a.length, b.length, 'line count changed');
  return b.filter((line, i) => line !== a[i]);
}

const SPEC_EXAMPLE = `# News Annotator annotations for seeds.corpus
version: 1
annotations:
  - id: k3v9q2
    article: 000_88a625c4827ab9bc.txt
    label: denial
    quote: Moscow has repeatedly denied these allegations
    prefix: " in \\"malicious\\" cyber attacks.\\n\\n"
    suffix: " and blamed Washington for inter"
    start: 2085
    speaker: Moscow
    note: Repeated in every Kremlin briefing since 2016.
    author: jdoe
    created: 2026-11-22T10:00:00Z
`;

describe('annotations/serializeSidecar: layout and order', () => {
  it('writes a new sidecar exactly in the documented format', () => {
    const a: Annotation = {
      id: 'k3v9q2', article: '000_88a625c4827ab9bc.txt', label: 'denial', quote: 'Moscow has repeatedly denied these allegations',
      prefix: ' in "malicious" cyber attacks.\n\n', suffix: ' and blamed Washington for inter', start: 2085,
      speaker: 'Moscow', note: 'Repeated in every Kremlin briefing since 2016.', author: 'jdoe', created: '2026-11-22T10:00:00Z',
    };
    // Field order comes from the format, not from the object.
    const shuffled = Object.fromEntries(Object.entries(a).reverse()) as unknown as Annotation;
    assert.equal(serializeSidecar(createSidecar('seeds.corpus'), [shuffled], ORDER), SPEC_EXAMPLE);
    assert.equal(createSidecar('seeds.corpus').text, '# News Annotator annotations for seeds.corpus\nversion: 1\nannotations: []\n');
  });

  it('sorts by corpus article order, then start, then id; unknown articles last in given order', () => {
    const list = [
      annotation({ id: 'z1', article: 'gone.txt', start: 5 }),
      annotation({ id: 'b2', article: ORDER[1], start: 10 }),
      annotation({ id: 'a2', article: ORDER[1], start: 10 }),
      annotation({ id: 'y1', article: 'renamed.txt', start: 1 }),
      annotation({ id: 'c0', article: ORDER[0], start: 99 }),
      annotation({ id: 'x1', article: 'gone.txt', start: 0 }),
      annotation({ id: 'd1', article: ORDER[1], start: 3 }),
    ];
    assert.deepEqual(sortAnnotations(list, ORDER).map((a) => a.id), ['c0', 'd1', 'a2', 'b2', 'z1', 'y1', 'x1']);
    const text = serializeSidecar(createSidecar('c'), list, ORDER);
    assert.deepEqual(read(text).annotations.map((a) => a.id), ['c0', 'd1', 'a2', 'b2', 'z1', 'y1', 'x1']);
  });

  it('sorts any order of the same annotations alike, including lists already in order and one swap away', () => {
    const item = fc.record({
      article: fc.constantFrom(ORDER[0], ORDER[1], 'gone.txt'),
      start: fc.integer({ min: 0, max: 3 }),
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    });
    fc.assert(fc.property(fc.uniqueArray(item, { selector: (x) => x.id, maxLength: 6 }), fc.nat(), (items, swapAt) => {
      const list = items.map((x) => annotation(x));
      const sorted = sortAnnotations(list, ORDER);
      assert.deepEqual(sortAnnotations(sorted, ORDER).map((a) => a.id), sorted.map((a) => a.id));
      if (sorted.length < 2) return;
      const i = swapAt % (sorted.length - 1);
      const swapped = sorted.slice();
      [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
      // Unknown articles keep the order given, so a swap among them is a different valid order.
      if (swapped[i].article === 'gone.txt' && swapped[i + 1].article === 'gone.txt') return;
      assert.deepEqual(sortAnnotations(swapped, ORDER).map((a) => a.id), sorted.map((a) => a.id));
    }), { numRuns: 2000 });
  });

  it('is deterministic: the same annotations in any order give the same bytes', () => {
    const list = read(fixture()).annotations.map((a) => ({ ...a }));
    const first = serializeSidecar(createSidecar('seeds.corpus'), list, ORDER);
    fc.assert(fc.property(fc.shuffledSubarray(list, { minLength: list.length }), (shuffled) => {
      assert.equal(serializeSidecar(createSidecar('seeds.corpus'), shuffled, ORDER), first);
    }), { numRuns: 50 });
  });

  it('keeps team fields after the known ones, in their order, with any JSON-like value', () => {
    const extra = Object.assign(Object.create(null), { verdict: true, sources: ['tv', 'print'], __proto__x: 1, detail: { a: 'b: c' } });
    const text = serializeSidecar(createSidecar('c'), [annotation({ id: 'e1', extra, note: 'fine' })], ['a.txt']);
    assert.match(text, /note: fine\n {4}verdict: true\n {4}sources: \["tv", "print"\]\n {4}__proto__x: 1\n {4}detail: \{"a": "b: c"\}\n$/);
    assert.deepEqual({ ...read(text).annotations[0].extra }, { verdict: true, sources: ['tv', 'print'], __proto__x: 1, detail: { a: 'b: c' } });
  });

  it('refuses to write annotations that could not be read back', () => {
    const sidecar = createSidecar('c');
    assert.throws(() => serializeSidecar(sidecar, [annotation({ id: 'a' }), annotation({ id: 'a' })], []), /duplicate id/);
    assert.throws(() => serializeSidecar(sidecar, [annotation({ id: 'a', label: '' })], []), /'label'/);
    assert.throws(() => serializeSidecar(sidecar, [annotation({ id: 'a', start: 1.5 })], []), /'start'/);
  });
});

describe('annotations/serializeSidecar: saving over an existing file', () => {
  it('changes no byte when the annotations did not change (in any order, as copies)', () => {
    const sidecar = read(fixture());
    const copies = sidecar.annotations.map((a) => ({ ...a, extra: a.extra && { ...a.extra } })).reverse();
    assert.equal(serializeSidecar(sidecar, copies, ORDER), fixture());
    assert.equal(serializeSidecar(sidecar, copies, [...ORDER].reverse()), fixture());
    const crlf = fixture().replace(/\n/g, '\r\n');
    assert.equal(serializeSidecar(read(crlf), read(crlf).annotations, ORDER), crlf);
    const odd = '%YAML 1.2\n---\nversion: 1\nannotations: [{id: a, article: b, label: c, quote: d, start: 0}]\n';
    assert.equal(serializeSidecar(read(odd), read(odd).annotations, ORDER), odd);
  });

  it('rewrites only the value that changed, keeping comments on and around it', () => {
    const sidecar = read(fixture());
    const moved = sidecar.annotations.map((a) => (a.id === 'hz8v65' ? { ...a, start: a.start + 3, extra: { ...a.extra, verdict: 'misleading' } } : a));
    const out = serializeSidecar(sidecar, moved, ORDER);
    assert.deepEqual(changedLines(fixture(), out), ['    start: 1825', '    verdict: misleading  # pending the fact-check desk']);
    assert.ok(out.includes("  # Lavrov accuses Washington's critics"));
    assert.ok(out.startsWith('# News Annotator annotations for seeds.corpus\n# Reviewed in PR #12'));
  });

  it('keeps CRLF line breaks, also on lines it adds', () => {
    const crlf = fixture().replace(/\n/g, '\r\n');
    const sidecar = read(crlf);
    const changed = sidecar.annotations.map((a, i) => (i === 0 ? { ...a, start: 1, note: 'added' } : a));
    const out = serializeSidecar(sidecar, [...changed, annotation({ id: 'new001', article: ORDER[4], start: 5000 })], ORDER);
    assert.ok(!/[^\r]\n/.test(out), 'a bare LF slipped in');
    assert.deepEqual(read(out).annotations.find((a) => a.id === 'm8jq95')!.note, 'added');
  });

  it('adds and removes fields as whole lines in the canonical place', () => {
    const sidecar = read(fixture());
    const edited = sidecar.annotations.map((a) => {
      if (a.id !== 'a2zpie') return a;
      const rest = { ...a };
      delete rest.note;
      return { ...rest, label: 'claim', updated: '2026-12-01T09:00:00Z', extra: { checked: true } };
    });
    const out = serializeSidecar(sidecar, edited, ORDER);
    const entry = out.slice(out.indexOf('  - id: a2zpie'), out.indexOf('  - id: ti7daj'));
    assert.equal(entry, [
      '  - id: a2zpie', '    article: 000_88a625c4827ab9bc.txt', '    label: claim',
      '    quote: Moscow has repeatedly denied these allegations', '    prefix: " in \\"malicious\\" cyber attacks.\\n\\n"',
      '    suffix: " and blamed Washington for inter"', '    start: 2085', '    speaker: Moscow', '    author: jdoe',
      '    created: 2026-11-22T10:00:00Z', '    updated: 2026-12-01T09:00:00Z', '    checked: true', '',
    ].join('\n'));
    // Everything outside that entry is untouched.
    assert.equal(out.slice(0, out.indexOf('  - id: a2zpie')), fixture().slice(0, fixture().indexOf('  - id: a2zpie')));
    assert.equal(out.slice(out.indexOf('  - id: ti7daj')), fixture().slice(fixture().indexOf('  - id: ti7daj')));
  });

  it('moves an entry with its comment when its sort position changes; deletes take their comment along', () => {
    const sidecar = read(fixture());
    const moved = sidecar.annotations.map((a) => (a.id === 'hz8v65' ? { ...a, start: 10 } : a));
    const out = serializeSidecar(sidecar, moved, ORDER);
    assert.deepEqual(read(out).annotations.map((a) => a.id).slice(2, 4), ['hz8v65', 'ti7daj']);
    assert.ok(out.indexOf("# Lavrov accuses") < out.indexOf('  - id: hz8v65'));
    assert.ok(out.indexOf('  - id: hz8v65') < out.indexOf('  - id: ti7daj'));

    const deleted = serializeSidecar(sidecar, sidecar.annotations.filter((a) => a.id !== 'hz8v65'), ORDER);
    assert.ok(!deleted.includes('Lavrov accuses'));
    assert.ok(deleted.includes('# Reviewed in PR #12'));
    assert.equal(read(deleted).annotations.length, 7);
  });

  it('empties a list to [] and fills an empty one, keeping the header', () => {
    const sidecar = read(fixture());
    const empty = serializeSidecar(sidecar, [], ORDER);
    assert.equal(empty, '# News Annotator annotations for seeds.corpus\n# Reviewed in PR #12 by jdoe and aklein. Keep speaker names canonical (see .news-annotator.yaml).\nversion: 1\nannotations: []\n');
    const one = annotation({ id: 'q1w2e3', article: ORDER[0] });
    assert.equal(serializeSidecar(read(empty), [one], ORDER), empty.replace('annotations: []\n', 'annotations:\n') + '  - id: q1w2e3\n    article: 000_88a625c4827ab9bc.txt\n    label: claim\n    quote: x\n    prefix: ""\n    suffix: ""\n    start: 0\n');
    assert.equal(serializeSidecar(read('version: 1 # v'), [one], ORDER), 'version: 1 # v\nannotations:\n  - id: q1w2e3\n    article: 000_88a625c4827ab9bc.txt\n    label: claim\n    quote: x\n    prefix: ""\n    suffix: ""\n    start: 0');
    assert.equal(serializeSidecar(read('version: 1\nannotations: [] # later\n'), [one], ORDER).split('\n')[1], 'annotations: # later');
  });

  it('rewrites multi-line values and hand-ordered entries correctly', () => {
    const text = 'version: 1\nannotations:\n- note: first\n  id: a1\n  article: b\n  label: c\n  quote: |\n    two\n    lines\n  start: 1\n';
    const sidecar = read(text);
    const [a] = sidecar.annotations;
    const requoted = serializeSidecar(sidecar, [{ ...a, quote: 'two\nlines!' }], ['b']);
    assert.equal(requoted, 'version: 1\nannotations:\n- note: first\n  id: a1\n  article: b\n  label: c\n  quote: "two\\nlines!"\n  start: 1\n');
    const withoutNote = { ...a };
    delete withoutNote.note;
    const out = serializeSidecar(sidecar, [withoutNote], ['b']);
    assert.deepEqual(read(out).annotations, [withoutNote]);
  });

  it('saves files it cannot splice through the yaml Document, comments kept', () => {
    const text = '# top\nversion: 1\nannotations: [{id: a, article: b, label: c, quote: d, start: 0}] # flow\nextra_key: kept\n';
    const sidecar = read(text);
    const out = serializeSidecar(sidecar, [{ ...sidecar.annotations[0], start: 7 }, annotation({ id: 'n1', article: 'b', quote: 'multi\nline' })], ['b']);
    assert.ok(out.startsWith('# top\n'));
    assert.ok(out.includes('extra_key: kept'));
    assert.deepEqual(read(out).annotations.map((a) => [a.id, a.start, a.quote]), [['n1', 0, 'multi\nline'], ['a', 7, 'd']]);
  });

  it('keeps a file without a final line break without one', () => {
    const text = 'version: 1\nannotations:\n  - id: a\n    article: b\n    label: c\n    quote: d\n    start: 1';
    const out = serializeSidecar(read(text), [{ ...read(text).annotations[0], start: 2 }], ['b']);
    assert.equal(out, text.replace('start: 1', 'start: 2'));
  });

  it('hands back the sidecar it wrote as the base for the next save', () => {
    const first = updateSidecar(read(fixture()), [], ORDER);
    assert.equal(first.sidecar.text, first.text);
    assert.deepEqual(first.sidecar.annotations, []);
  });
});

// Random edit sessions on the fixture: every save reads back as exactly the annotations saved
// (sorted), entries that did not change keep their exact text, and human comments of surviving
// entries stay.
const op = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), index: fc.nat(), start: fc.nat(5000) }),
  fc.record({ kind: fc.constant('note' as const), index: fc.nat(), note: fc.option(fc.string({ maxLength: 40 })) }),
  fc.record({ kind: fc.constant('label' as const), index: fc.nat(), label: fc.constantFrom('claim', 'denial', 'a b', 'x: y', '#tag') }),
  fc.record({ kind: fc.constant('extra' as const), index: fc.nat(), key: fc.constantFrom('verdict', 'reviewed_by', 'x-y', '__proto__'), value: fc.option(fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean())) }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), article: fc.constantFrom(...ORDER, 'gone.txt'), start: fc.nat(3000), quote: fc.string({ minLength: 1, maxLength: 30 }), prefix: fc.string({ maxLength: 32 }) }),
  fc.record({ kind: fc.constant('quote' as const), index: fc.nat(), quote: fc.string({ minLength: 1, maxLength: 30 }) }),
);

function apply(list: Annotation[], o: Record<string, unknown> & { kind: string }, serial: number): Annotation[] {
  const out = list.map((a) => a);
  const i = typeof o.index === 'number' && out.length ? o.index % out.length : -1;
  const at = i >= 0 ? { ...out[i] } : undefined;
  switch (o.kind) {
    case 'move': if (at) { at.start = o.start as number; out[i] = at; } break;
    case 'note': if (at) { if (o.note === null) delete at.note; else at.note = o.note as string; out[i] = at; } break;
    case 'label': if (at) { at.label = o.label as string; out[i] = at; } break;
    case 'quote': if (at) { at.quote = o.quote as string; out[i] = at; } break;
    case 'extra': if (at) {
      const extra = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of Object.entries(at.extra ?? {})) extra[k] = v;
      if (o.value === null) delete extra[o.key as string];
      else Object.defineProperty(extra, o.key as string, { value: o.value, enumerable: true, writable: true, configurable: true });
      at.extra = Object.keys(extra).length ? extra : undefined;
      if (!at.extra) delete at.extra;
      out[i] = at;
    } break;
    case 'delete': if (i >= 0) out.splice(i, 1); break;
    case 'add': out.push(annotation({ id: `n${serial.toString(36).padStart(5, '0')}`, article: o.article as string, start: o.start as number, quote: o.quote as string, prefix: o.prefix as string })); break;
  }
  return out;
}

describe('annotations/updateSidecar: random edit sessions', () => {
  it('always reads back as the annotations saved, keeping unchanged entries and comments byte for byte', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 12 }), fc.boolean(), (ops, crlf) => {
      const eol = crlf ? '\r\n' : '\n';
      let sidecar = read(fixture().replace(/\n/g, eol));
      let list = [...sidecar.annotations];
      let serial = 0;
      for (const o of ops) {
        const before = sidecar;
        list = apply(list, o as never, serial++);
        const { text, sidecar: after } = updateSidecar(before, list, ORDER);
        const back = parseSidecar(text);
        assert.ok(back.ok);
        // The sidecar handed back (checked incrementally) is what a fresh read of the text gives.
        assert.equal(after.text, text);
        assert.deepEqual(after.annotations.map((a) => ({ ...a, extra: a.extra && { ...a.extra } })),
          back.sidecar.annotations.map((a) => ({ ...a, extra: a.extra && { ...a.extra } })));
        for (const a of back.sidecar.annotations) {
          for (const field of [undefined, 'start', 'note', 'verdict']) assert.deepEqual(after.positionOf(a.id, field), back.sidecar.positionOf(a.id, field));
        }
        assert.deepEqual(back.sidecar.annotations.map((a) => ({ ...a, extra: a.extra && { ...a.extra } })),
          sortAnnotations(list, ORDER).map((a) => ({ ...a, extra: a.extra && { ...a.extra } })));
        // Every annotation that did not change keeps its entry's text exactly.
        for (const old of before.annotations) {
          const now = list.find((a) => a.id === old.id);
          if (now === old) {
            const entryText = (s: typeof before, source: string, id: string) => {
              const { line } = s.positionOf(id)!;
              const lines = source.split('\n');
              let end = line + 1;
              while (end < lines.length && !/^\s*- /.test(lines[end]) && lines[end] !== '' && !/^\s*#/.test(lines[end])) end++;
              return lines.slice(line, end).join('\n');
            };
            assert.equal(entryText(after, text, old.id), entryText(before, before.text, old.id));
          }
        }
        if (list.some((a) => a.id === 'hz8v65')) assert.ok(text.includes("# Lavrov accuses Washington's critics"));
        assert.ok(text.includes('# Reviewed in PR #12'));
        sidecar = after;
      }
    }), { numRuns: 300 });
  });
});
