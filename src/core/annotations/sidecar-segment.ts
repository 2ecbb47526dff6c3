// Splits a sidecar into [header][entry chunks...][trailer] by indentation alone, reads each
// entry (fast reader, else `yaml` on just that entry) and the header (`yaml`, it is a few
// lines). The writer later reassembles the file from the same pieces.
//
// Whenever the split could be wrong (a lone CR, content after the list, a header that does not
// say what the split assumed, a YAML error anywhere) the whole file is read by `yaml` instead:
// slower, always right, and the only source of YAML error messages.
import type { Document, Node, Pair } from 'yaml';
import type { AnnotationsKeyLine, RawEntry, RawField, RawSidecar } from './sidecar-raw';
import { readEntryFast } from './sidecar-fast-entry';
import { fieldsOfMap, isMap, isScalar, isSeq, lineEndFrom, nextLineStart, nodeOffset, parseYaml, type Problem } from './sidecar-yaml';

const ANNOTATIONS_LINE = /^(?:\ufeff)?annotations:(?=[ \t]|\r?$)/m;
const AFTER_ANNOTATIONS_KEY = /^(?:[ \t]+(\[\]))?(?:[ \t]+#.*)?[ \t]*$/;
const LONE_CR = /\r(?!\n)/;

export interface Segments {
  annotationsLine: AnnotationsKeyLine | undefined;
  /** [dash, end) of each item, in file order. */
  items: { dash: number; end: number }[];
  dashIndent: number;
}

function findAnnotationsLine(text: string): AnnotationsKeyLine | undefined {
  const match = ANNOTATIONS_LINE.exec(text);
  if (!match) return undefined;
  const keyEnd = match.index + match[0].length;
  const contentEnd = lineEndFrom(text, keyEnd);
  const rest = AFTER_ANNOTATIONS_KEY.exec(text.slice(keyEnd, contentEnd));
  if (!rest) return undefined;
  const flowEmpty = rest[1] !== undefined;
  const valueStart = flowEmpty ? keyEnd + rest[0].indexOf('[]') : keyEnd;
  return { keyEnd, flowEmpty, valueStart, valueEnd: flowEmpty ? valueStart + 2 : keyEnd, eolEnd: nextLineStart(text, keyEnd) };
}

/** The items of the block list after `annotations:`; undefined when the layout is not one we split. */
export function segment(text: string): Segments | undefined {
  if (LONE_CR.test(text)) return undefined;
  const annotationsLine = findAnnotationsLine(text);
  const segments: Segments = { annotationsLine, items: [], dashIndent: 2 };
  if (!annotationsLine || annotationsLine.flowEmpty) return segments;

  let dashIndent = -1;
  let current: { dash: number; end: number } | undefined;
  for (let lineStart = annotationsLine.eolEnd; lineStart < text.length;) {
    // One search per line: where it ends (before \r\n or \n) and where the next one starts.
    const lf = text.indexOf('\n', lineStart);
    const next = lf === -1 ? text.length : lf + 1;
    const lineEnd = lf === -1 ? text.length : lf > lineStart && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
    let p = lineStart;
    while (text.charCodeAt(p) === 32) p++;
    const c = text.charCodeAt(p);
    const blankOrComment = p >= lineEnd || c === 35 /* # */;
    if (!blankOrComment) {
      if (c === 9 /* tab */) return undefined;
      const indent = p - lineStart;
      const isItem = c === 45 /* - */ && (p + 1 >= lineEnd || text.charCodeAt(p + 1) === 32);
      if (dashIndent === -1) {
        // The first content line after `annotations:` either opens the list or the key was empty.
        if (!isItem) return segments;
        dashIndent = indent;
      }
      if (indent === dashIndent && isItem) {
        current = { dash: p, end: next };
        segments.items.push(current);
      } else if (indent > dashIndent && current) {
        current.end = next;
      } else {
        // Content after the list (another top-level key...): not a layout we splice.
        return undefined;
      }
    }
    lineStart = next;
  }
  if (dashIndent !== -1) segments.dashIndent = dashIndent;
  return segments;
}

function pairNamed(map: unknown, name: string): Pair<Node | null, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  return (map.items as Pair<Node | null, Node | null>[]).find((pair) => isScalar(pair.key) && pair.key.value === name);
}

function versionField(doc: Document.Parsed, text: string, problems: Problem[]): RawField | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  return fieldsOfMap(root, doc, text, 0, problems).find((field) => field.key === 'version');
}

/** Reads the file with `yaml` as a whole: for layouts the split does not handle, and for errors. */
function readWhole(text: string, problems: Problem[]): RawSidecar {
  const raw: RawSidecar = { text, version: undefined, annotationsNotAList: undefined, entries: [], layout: undefined };
  const doc = parseYaml(text, 0, problems);
  if (!doc) return raw;
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return raw;
  if (!isMap(root)) {
    problems.push({ code: 'not-a-mapping', message: 'a sidecar is a YAML mapping with `version: 1` and `annotations:`', offset: nodeOffset(root, 0), length: 0 });
    return raw;
  }
  raw.version = versionField(doc, text, problems);
  const list = pairNamed(root, 'annotations')?.value;
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return raw;
  if (!isSeq(list)) {
    raw.annotationsNotAList = { offset: nodeOffset(list, 0) };
    return raw;
  }
  for (const item of list.items as (Node | null)[]) {
    const offset = nodeOffset(item, 0, nodeOffset(list, 0));
    const fields = isMap(item) ? fieldsOfMap(item, doc, text, 0, problems) : undefined;
    raw.entries.push({ dash: offset, chunkStart: offset, end: offset, keyIndent: 0, fields });
  }
  return raw;
}

export function readEntry(text: string, item: { dash: number; end: number }, chunkStart: number, problems: Problem[]): RawEntry | undefined {
  const fast = readEntryFast(text, item.dash, item.end);
  if (fast) return { dash: item.dash, chunkStart, end: item.end, keyIndent: fast.keyIndent, fields: fast.fields };
  // Parse just this item; its lines start at the beginning of the dash's line.
  const lineStart = text.lastIndexOf('\n', item.dash - 1) + 1;
  const doc = parseYaml(text.slice(lineStart, item.end), lineStart, problems);
  if (!doc || !isSeq(doc.contents) || doc.contents.items.length !== 1) return undefined;
  const node = doc.contents.items[0] as Node | null;
  const fields = isMap(node) ? fieldsOfMap(node, doc, text, lineStart, problems) : undefined;
  const keyIndent = fields?.length ? fields[0].keyOffset - text.lastIndexOf('\n', fields[0].keyOffset - 1) - 1 : item.dash - lineStart + 2;
  return { dash: item.dash, chunkStart, end: item.end, keyIndent, fields };
}

/** Reads a sidecar into raw entries, splitting it when the layout allows. Never throws. */
export function readRawSidecar(text: string): { raw: RawSidecar; problems: Problem[] } {
  const segments = segment(text);
  if (segments) {
    const problems: Problem[] = [];
    const raw = readSegments(text, segments, problems);
    if (raw && problems.length === 0) return { raw, problems };
  }
  // Either the split does not apply or something is wrong: let `yaml` read it all and word the errors.
  const problems: Problem[] = [];
  return { raw: readWhole(text, problems), problems };
}

function readSegments(text: string, segments: Segments, problems: Problem[]): RawSidecar | undefined {
  const { items, annotationsLine } = segments;
  const headerEnd = items.length ? annotationsLine!.eolEnd : text.length;
  const header = parseYaml(text.slice(0, headerEnd), 0, problems);
  if (!header) return undefined;
  const root = header.contents;
  const emptyDocument = root === null || (isScalar(root) && root.value === null);
  if (!emptyDocument && !isMap(root)) return undefined;
  // The header must say what the split assumed: an empty `annotations` exactly where we found it.
  const listPair = emptyDocument ? undefined : pairNamed(root, 'annotations');
  if (annotationsLine) {
    const value = listPair?.value;
    const empty = value === null || value === undefined || (isScalar(value) && value.value === null);
    const emptyFlow = isSeq(value) && value.items.length === 0 && value.flow === true;
    if (!listPair || !(annotationsLine.flowEmpty ? emptyFlow : empty)) return undefined;
  } else if (listPair) {
    return undefined;
  }

  const entries: RawEntry[] = [];
  let chunkStart = headerEnd;
  for (const item of items) {
    const entry = readEntry(text, item, chunkStart, problems);
    if (!entry) return undefined;
    entries.push(entry);
    chunkStart = entry.end;
  }
  const firstBreak = text.indexOf('\n');
  return {
    text,
    version: emptyDocument ? undefined : versionField(header, text, problems),
    annotationsNotAList: undefined,
    entries,
    layout: {
      annotationsLine,
      dashIndent: segments.dashIndent,
      eol: firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n',
    },
  };
}
