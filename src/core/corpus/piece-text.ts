// The file text as a short list of pieces (slices of the original text and inserted strings).
// A keystroke on a 50 MB file must not copy 50 MB: applying an edit splits at most two pieces,
// reading the few kilobytes around an edit concatenates slices of pieces, and the full text is
// produced as a rope of string concatenations that the JavaScript engine does not copy until
// someone reads it. When the list grows long it is compacted (one copy every MAX_PIECES edits).
const MAX_PIECES = 4096;

export class PieceText {
  private rope: string | undefined;

  private constructor(
    private readonly pieces: string[],
    /** starts[i] = offset of pieces[i]; one more entry holding the total length. */
    private readonly starts: number[],
    text?: string,
  ) {
    this.rope = text;
  }

  static of(text: string): PieceText {
    return new PieceText([text], [0, text.length], text);
  }

  get length(): number {
    return this.starts[this.starts.length - 1];
  }

  get pieceCount(): number {
    return this.pieces.length;
  }

  /** The whole text; a rope over the pieces, built once. */
  toString(): string {
    if (this.rope === undefined) {
      let s = '';
      for (const piece of this.pieces) s += piece;
      this.rope = s;
    }
    return this.rope;
  }

  /** Index of the piece holding offset (the last piece for offset = length). */
  private pieceAt(offset: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The text [start, end), read from the pieces without building the whole text. */
  slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (this.pieces.length === 1) return this.pieces[0].slice(start, end);
    let i = this.pieceAt(start);
    let out = '';
    while (i < this.pieces.length && this.starts[i] < end) {
      const from = Math.max(start - this.starts[i], 0);
      const to = Math.min(end, this.starts[i + 1]) - this.starts[i];
      if (to > from) out += this.pieces[i].slice(from, to);
      i++;
    }
    return out;
  }

  /** A new PieceText with [offset, offset + removed) replaced by inserted. */
  replace(offset: number, removed: number, inserted: string): PieceText {
    const end = offset + removed;
    const first = this.pieceAt(offset);
    const last = this.pieceAt(end);
    const pieces = this.pieces.slice(0, first);
    const head = this.pieces[first].slice(0, offset - this.starts[first]);
    const tail = this.pieces[last].slice(end - this.starts[last]);
    if (head) pieces.push(head);
    if (inserted) pieces.push(inserted);
    if (tail) pieces.push(tail);
    for (let i = last + 1; i < this.pieces.length; i++) pieces.push(this.pieces[i]);
    if (pieces.length === 0) pieces.push('');
    if (pieces.length > MAX_PIECES) return PieceText.of(flatten(pieces.join('')));
    const starts = new Array<number>(pieces.length + 1);
    starts[0] = 0;
    for (let i = 0; i < pieces.length; i++) starts[i + 1] = starts[i] + pieces[i].length;
    return new PieceText(pieces, starts);
  }
}

/** Makes the engine store a string contiguously (join already does; reading a code unit settles it). */
function flatten(s: string): string {
  if (s.length > 0) s.charCodeAt(0);
  return s;
}
