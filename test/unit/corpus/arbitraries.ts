// fast-check generators of corpus text: headers of every dialect (with names from a small pool,
// so duplicates happen), bodies, closing lines, and noise that looks almost like markers.
import fc from 'fast-check';
import type { TextEdit } from '../../../src/core/corpus';

const name = fc.constantFrom('a.txt', 'b.txt', 'c', '000_88a6.txt', 'x y', '');
const attribute = fc.tuple(fc.constantFrom('source', 'date', 'url', 'k', '__proto__'), fc.constantFrom('TASS', '2016-12-22', '', 'a b', 'é"')).map(([k, v]) => ` ${k}="${v}"`);
const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

const header = fc.tuple(fc.constantFrom('<<<FILE ', '<<<FILE: ', '<<<FILE:', '<<<FILE  '), name, fc.array(attribute, { maxLength: 2 }), fc.constantFrom('>>>', '>>>', ' >>>', '', '>>'), lineBreak)
  .map(([open, n, attrs, close, br]) => `${open}${n}${attrs.join('')}${close}${br}`);
const closing = fc.tuple(fc.constantFrom('<<<END FILE>>>', '<<<END>>>', '>>>', '>>> ', '<<<END FILE >>>', '<<<end>>>'), lineBreak).map(([c, br]) => c + br);
const bodyLine = fc.tuple(fc.constantFrom('Body text.', '"Quote," he said.', 'MOSCOW, March 22 (Xinhua) --', '', '  ', 'é ‘x’ «y»', '😀'), lineBreak).map(([t, br]) => t + br);
const noise = fc.oneof(
  fc.constantFrom('<<<FILE', '<<<', '<', '>>>', 'FILE', ' <<<FILE a>>>', 'x<<<FILE y>>>', '<<<FILES z>>>', '<<<file q>>>', '\uFEFF', '\r', '\n', '"', '=', 'k="'),
  fc.string({ maxLength: 6 }),
);

export const fragment = fc.oneof(
  { weight: 3, arbitrary: header },
  { weight: 5, arbitrary: bodyLine },
  { weight: 1, arbitrary: closing },
  { weight: 2, arbitrary: noise },
);

/** A random corpus text, sometimes with a BOM. */
export const corpusText = fc.tuple(fc.boolean(), fc.array(fragment, { maxLength: 30 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));

/** An edit described independently of the text; `toEdit` fits it to a text's length. */
export const editSpec = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  removed: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })),
  inserted: fc.oneof(fc.constant(''), fc.string({ maxLength: 3 }), fragment, fc.array(fragment, { maxLength: 3 }).map((p) => p.join(''))),
});
export type EditSpec = { at: number; removed: number; inserted: string };

export function toEdit(spec: EditSpec, length: number): TextEdit {
  const offset = Math.min(length, Math.floor(spec.at * (length + 1)));
  return { offset, removed: Math.min(spec.removed, length - offset), inserted: spec.inserted };
}

export function applyToText(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.inserted + text.slice(edit.offset + edit.removed);
}
