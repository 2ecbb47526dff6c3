// assertConsistent: the invariants every ParsedCorpus must satisfy, whatever the input.
// Used by the hostile-input, property and incremental tests. Messages are built only on
// failure: on hostile input these checks run hundreds of thousands of times.
import assert from 'node:assert/strict';
import { LineIndex, type ParsedCorpus } from '../../../src/core/corpus';
import { compareDiagnostics, DIAGNOSTIC_CODES } from '../../../src/core/corpus/diagnostics';

const CLOSE_LINES = new Set(['<<<END FILE>>>', '<<<END>>>', '>>>']);
const CODES = new Set<string>(DIAGNOSTIC_CODES);
const SEVERITIES = new Set(['error', 'warning', 'info']);

function check(condition: boolean, message: () => string): void {
  if (!condition) assert.fail(message());
}

const trimBlanks = (s: string): string => s.replace(/[ \t]+$/, '');

function breakLengthAt(text: string, offset: number): number {
  if (text.startsWith('\r\n', offset)) return 2;
  return text[offset] === '\n' || text[offset] === '\r' ? 1 : 0;
}

/** Throws (naming the broken invariant) unless every range and position in corpus is sound. */
export function assertConsistent(corpus: ParsedCorpus, lines = new LineIndex(corpus.text)): void {
  const { text, articles, diagnostics } = corpus;
  const n = text.length;
  const bom = text.charCodeAt(0) === 0xfeff;
  let previousEnd = 0;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    const where = (): string => `article #${i} ${JSON.stringify(a)}`;
    check(a.headerStart >= previousEnd, () => `${where()} overlaps the previous one`);
    check(a.headerStart <= a.headerEnd && a.headerEnd <= a.bodyStart && a.bodyStart <= a.bodyEnd && a.bodyEnd <= a.end && a.end <= n, () => `${where()}: ranges out of order`);
    const before = text[a.headerStart - 1];
    check(a.headerStart === 0 || before === '\n' || before === '\r' || (a.headerStart === 1 && bom), () => `${where()}: header not at a line start`);
    check(text.startsWith('<<<FILE', a.headerStart), () => `${where()}: header does not start with <<<FILE`);
    check(a.bodyStart - a.headerEnd === breakLengthAt(text, a.headerEnd), () => `${where()}: body does not start right after the header's line break`);
    const position = lines.positionAt(a.headerStart);
    check(a.headerLine === position.line, () => `${where()}: headerLine, expected ${position.line}`);
    check(position.column === (a.headerStart === 1 && bom ? 1 : 0), () => `${where()}: header column ${position.column}`);
    check((a.dialect === 'block') === !trimBlanks(text.slice(a.headerStart, a.headerEnd)).endsWith('>>>'), () => `${where()}: dialect`);
    if (a.closeStart === undefined) {
      check(a.closeEnd === undefined && !('closeStart' in a) && !('closeEnd' in a), () => `${where()}: close fields without a closing line`);
      check(a.end === a.bodyEnd, () => `${where()}: end without a closing line`);
      const next = articles[i + 1];
      check(a.end === (next ? next.headerStart : n), () => `${where()}: an unclosed body runs to the next header or EOF`);
    } else {
      const closeEnd = a.closeEnd ?? -1;
      check(a.closeStart === a.bodyEnd && a.closeStart < closeEnd && closeEnd <= a.end, () => `${where()}: closing line range`);
      check(CLOSE_LINES.has(trimBlanks(text.slice(a.closeStart, closeEnd))), () => `${where()}: closing line ${JSON.stringify(text.slice(a.closeStart, closeEnd))}`);
      check(a.end - closeEnd === breakLengthAt(text, closeEnd), () => `${where()}: end is not right after the closing line's break`);
    }
    previousEnd = a.end;
  }
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    const where = (): string => `diagnostic #${i} ${JSON.stringify(d)}`;
    check(CODES.has(d.code) && SEVERITIES.has(d.severity) && d.message.length > 0, () => `${where()}: code, severity or message`);
    check(Number.isInteger(d.offset) && d.offset >= 0 && d.length >= 0 && d.offset + d.length <= n, () => `${where()}: outside the text`);
    const position = lines.positionAt(d.offset);
    check(d.line === position.line && d.column === position.column, () => `${where()}: line/column, expected ${position.line}:${position.column}`);
    check(i === 0 || compareDiagnostics(diagnostics[i - 1], d) < 0, () => `${where()}: out of order or repeated`);
  }
}
