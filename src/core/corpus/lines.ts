// Offset <-> line/column over a text, by binary search over line starts. Line breaks are \r\n,
// \n and a lone \r, the same as VS Code and the corpus scanner, so positions agree with the
// editor. Lines and columns are 0-based; columns are UTF-16 code units.

export interface Position {
  line: number;
  column: number;
}

/** Offsets at which lines start; always starts with 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    let next: number;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      next = lf === cr + 1 ? cr + 2 : cr + 1;
    } else if (lf !== -1) {
      next = lf + 1;
    } else {
      return starts;
    }
    starts.push(next);
    if (lf !== -1 && lf < next) lf = text.indexOf('\n', next);
    if (cr !== -1 && cr < next) cr = text.indexOf('\r', next);
  }
}

export class LineIndex {
  readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line holding offset (offsets are clamped into the text). */
  lineAt(offset: number): number {
    const starts = this.starts;
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(offset);
    // An offset between the \r and \n of a CRLF belongs to the end of the line, like VS Code.
    return { line, column: Math.min(offset, this.lineEnd(line)) - this.starts[line] };
  }

  /** Offset of the line's first character. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just past the line's last character, before its line break. */
  lineEnd(line: number): number {
    line = Math.max(0, Math.min(line, this.starts.length - 1));
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    const c = this.text.charCodeAt(end - 1);
    if (c === 10) {
      end--;
      if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    } else if (c === 13) {
      end--;
    }
    return end;
  }

  /** Offset of a line and column, both clamped (a column past the line's end gives its end). */
  offsetAt(line: number, column: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    const start = this.starts[line];
    return Math.max(start, Math.min(start + Math.max(0, column), this.lineEnd(line)));
  }
}
