// UTF-16 code unit offsets (what JavaScript strings, VS Code and our sidecars use) to Unicode
// code point offsets (what Python's str, brat, INCEpTION and the W3C TextPositionSelector
// count). They differ after every astral-plane character (emoji, some CJK, math letters),
// which takes two UTF-16 code units but is one code point.

export type CodePointOffset = (utf16Offset: number) => number;

/**
 * A converter for offsets into `text`. Precomputes where the surrogate pairs are, so each
 * conversion is a binary search. An offset inside a pair counts as before the pair.
 */
export function codePointConverter(text: string): CodePointOffset {
  // Offsets of the low surrogate of each well-formed pair, ascending.
  const lows: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) lows.push(++i);
    }
  }
  if (!lows.length) return (offset) => offset;
  return (offset) => {
    // Pairs whose low surrogate is at or before `offset` - 1 are whole before offset, and
    // a low surrogate exactly at `offset` means offset splits a pair: count that pair too.
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lows[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

/** The inverse, for tests and importers: code point offset -> UTF-16 offset into `text`. */
export function utf16Offset(text: string, codePoints: number): number {
  let units = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen === codePoints) return units;
    units += ch.length;
    seen++;
  }
  return units;
}
