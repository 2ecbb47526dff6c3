// The one-pass scanner behind both the full and the incremental parse. It reads a region of
// the file that starts at the file start or at a header line and ends at a header line or at
// EOF, and splits it into segments: the preamble (text before the first header; only when the
// region starts at the file start) and one segment per article, from its header line to the
// next header line. Everything it reports depends only on the region's own text, because a
// header line is recognised without context; that is what lets the incremental parser re-scan
// a few segments and keep the rest. (Duplicate names and mixed line endings need the whole
// file: parse.ts adds those.)
//
// Line breaks are \r\n, \n and a lone \r, as in VS Code, so lines and columns match the editor.
// Lines are found with indexOf, which the engine runs far faster than a charCodeAt loop.
import type { Article, Diagnostic } from './types';
import { compareDiagnostics, makeDiagnostic } from './diagnostics';
import { classifyMarkerLine } from './markers';

/** Line-break styles, used as indexes. */
export const CRLF = 0;
export const LF = 1;
export const CR = 2;
export const BREAK_NAMES = ['CRLF', 'LF', 'CR'] as const;

/** The first line break of one style in a segment, relative to the segment start. */
export interface FirstBreak {
  count: number;
  offset: number;
  line: number;
  column: number;
}

/** What the whole-file checks need to know about a segment without reading its text again. */
export interface SegmentInfo {
  /** Indexed by CRLF / LF / CR; null when the segment has no break of that style. */
  breaks: [FirstBreak | null, FirstBreak | null, FirstBreak | null];
  /** The article's name relative to its header start (0, 0 for the preamble). */
  nameOffset: number;
  nameLength: number;
}

export interface Region {
  articles: Article[];
  /** One per article, preceded by the preamble's when the region starts at the file start. */
  segments: SegmentInfo[];
  /** Diagnostics that depend only on this region, in canonical order. */
  diagnostics: Diagnostic[];
  /** Number of line breaks in the region. */
  lineBreaks: number;
}

const BOM = 0xfeff;
const PREAMBLE = 0;
const BODY = 1; // inside an article whose header ends with `>>>`
const BLOCK = 2; // inside a block-form article, waiting for its `>>>` line
const GAP = 3; // after a closing line, outside any article

/** Whitespace as JavaScript's \s sees it (a BOM included), by code unit. */
export function isWhitespace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === BOM || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

function newSegment(nameOffset: number, nameLength: number): SegmentInfo {
  return { breaks: [null, null, null], nameOffset, nameLength };
}

/**
 * Scans src, whose offset 0 is file offset `base` and line `startLine`. When `atFileStart` is
 * false, src must start with a header line (anything before the first header is skipped), and
 * `fileStartsWithBom` tells whether the file (not the region) starts with a BOM.
 */
export function scanRegion(src: string, base: number, startLine: number, atFileStart: boolean, fileStartsWithBom = false): Region {
  const n = src.length;
  const articles: Article[] = [];
  const segments: SegmentInfo[] = [];
  const diagnostics: Diagnostic[] = [];
  let line = startLine;
  let pos = 0;
  let mode = atFileStart ? PREAMBLE : GAP;
  let seg: SegmentInfo | undefined;
  let segStart = 0;
  let segLine = line;
  let article: Article | undefined;
  let preambleText = -1; // first non-blank character before the first header
  let preambleLine = 0;
  let preambleColumn = 0;

  // The BOM is a character of the first line: a header after it starts at column 1.
  let bom = !atFileStart && fileStartsWithBom;
  /** Where the line starting at `at` starts for column counting, in src coordinates. */
  const columnBase = (at: number): number => (bom && base + at === 1 ? -base : at);

  // Diagnostics come almost always in offset order; sort only when one did not.
  let unordered = false;
  const report = (d: Diagnostic): void => {
    if (diagnostics.length > 0 && compareDiagnostics(diagnostics[diagnostics.length - 1], d) > 0) unordered = true;
    diagnostics.push(d);
  };
  let articleDiagnostics = 0; // diagnostics.length when the open article's header line started

  if (atFileStart) {
    seg = newSegment(0, 0);
    segments.push(seg);
    if (n > 0 && src.charCodeAt(0) === BOM) {
      report(makeDiagnostic('bom', 'The file starts with a byte order mark (BOM); it is ignored, but other tools may count it as text.', base, 1, line, 0));
      pos = 1;
      bom = true;
    }
  }

  const endArticle = (at: number): void => {
    if (!article || (mode !== BODY && mode !== BLOCK)) return;
    article.bodyEnd = base + at;
    article.end = base + at;
    if (mode === BLOCK) {
      // Belongs at the header, before the diagnostics reported since.
      diagnostics.splice(articleDiagnostics, 0, makeDiagnostic('unterminated-block', `Block-form article "${article.name}" has no closing \`>>>\` line; it runs to the next header or the end of the file.`,
        article.headerStart, article.headerEnd - article.headerStart, article.headerLine, bom && article.headerStart === 1 ? 1 : 0));
    }
    articles.push(article);
    mode = GAP;
  };

  const endPreamble = (at: number): void => {
    if (mode !== PREAMBLE) return;
    if (preambleText >= 0) {
      let e = at;
      while (e > preambleText && isWhitespace(src.charCodeAt(e - 1))) e--;
      report(makeDiagnostic('text-before-first-header', 'Text before the first article header belongs to no article.',
        base + preambleText, e - preambleText, preambleLine, preambleColumn));
    }
    mode = GAP;
  };

  let nextLF = src.indexOf('\n');
  let nextCR = src.indexOf('\r');
  let nextMarker = src.indexOf('<<<FILE');
  while (pos < n) {
    const lineStart = columnBase(pos);
    if (nextLF !== -1 && nextLF < pos) nextLF = src.indexOf('\n', pos);
    if (nextCR !== -1 && nextCR < pos) nextCR = src.indexOf('\r', pos);
    let eol: number;
    let brk: number;
    let style: number;
    if (nextCR !== -1 && (nextLF === -1 || nextCR < nextLF)) {
      eol = nextCR;
      if (nextLF === nextCR + 1) {
        brk = 2;
        style = CRLF;
      } else {
        brk = 1;
        style = CR;
      }
    } else if (nextLF !== -1) {
      eol = nextLF;
      brk = 1;
      style = LF;
    } else {
      eol = n;
      brk = 0;
      style = -1;
    }

    const c = src.charCodeAt(pos);
    const marker = c === 60 || c === 62 ? classifyMarkerLine(src, pos, eol, mode === BLOCK) : null;
    if (marker?.kind === 'header') {
      endArticle(pos);
      endPreamble(pos);
      articleDiagnostics = diagnostics.length;
    }

    // `<<<FILE` anywhere but at the start of this line.
    while (nextMarker !== -1 && nextMarker < eol) {
      if (nextMarker !== pos) {
        report(makeDiagnostic('header-not-at-line-start', 'Looks like an article header, but a header must start its own line; read as text.',
          base + nextMarker, 7, line, nextMarker - lineStart));
      }
      nextMarker = src.indexOf('<<<FILE', nextMarker + 1);
    }

    if (marker?.kind === 'header') {
      seg = newSegment(marker.nameStart - pos, marker.nameEnd - marker.nameStart);
      segments.push(seg);
      segStart = pos;
      segLine = line;
      article = {
        name: marker.name,
        attributes: marker.attributes,
        dialect: marker.dialect,
        headerLine: line,
        headerStart: base + pos,
        headerEnd: base + eol,
        bodyStart: base + eol + brk,
        bodyEnd: base + n,
        end: base + n,
      };
      mode = marker.dialect === 'block' ? BLOCK : BODY;
      for (const p of marker.problems) report(makeDiagnostic(p.code, p.message, base + p.offset, p.length, line, p.offset - lineStart));
      if (marker.name === '') {
        report(makeDiagnostic('empty-name', 'This article header has no name.', base + pos, eol - pos, line, pos - lineStart));
      }
    } else if (marker?.kind === 'close' || marker?.kind === 'block-close') {
      if (article && (mode === BODY || mode === BLOCK)) {
        article.bodyEnd = base + pos;
        article.closeStart = base + pos;
        article.closeEnd = base + eol;
        article.end = base + eol + brk;
        articles.push(article);
        mode = GAP;
      } else {
        report(makeDiagnostic('stray-close', 'This closing line closes no article.', base + pos, eol - pos, line, pos - lineStart));
      }
    } else if (marker?.kind === 'malformed') {
      report(makeDiagnostic(marker.code, marker.message, base + pos, eol - pos, line, pos - lineStart));
    }

    if (mode === PREAMBLE && preambleText < 0) {
      for (let i = pos; i < eol; i++) {
        if (!isWhitespace(src.charCodeAt(i))) {
          preambleText = i;
          preambleLine = line;
          preambleColumn = i - lineStart;
          break;
        }
      }
    }

    if (brk > 0 && seg) {
      const first = seg.breaks[style];
      if (first) first.count++;
      else seg.breaks[style] = { count: 1, offset: eol - segStart, line: line - segLine, column: eol - lineStart };
      line++;
    } else if (brk > 0) {
      line++;
    }
    pos = eol + brk;
  }
  endArticle(n);
  endPreamble(n);
  if (unordered) diagnostics.sort(compareDiagnostics);
  return { articles, segments, diagnostics, lineBreaks: line - startLine };
}
